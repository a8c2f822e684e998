"""Generated input for the bad-input tests: hypothesis settings and strategies that mix
tricky, overlong and malformed values with mostly-valid forms."""

from __future__ import annotations

import datetime as dt
import operator
import os

from django.utils import timezone
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from tests.support.hypothesis_profiles import PROFILE


def examples(full: int) -> int:
    """How many examples a property tries: `full` under the "ci" profile (even above
    hypothesis's 100), no more than the active profile allows otherwise
    (tests/support/hypothesis_profiles.py); FUZZ_EXAMPLES overrides both."""
    if os.environ.get("FUZZ_EXAMPLES"):
        return int(os.environ["FUZZ_EXAMPLES"])
    if PROFILE == "ci":
        return full
    return min(full, settings.default.max_examples)


FUZZ = settings(
    # 40 in CI keeps the suite quick; FUZZ_EXAMPLES=500 searches harder, e.g. before a release.
    max_examples=examples(40),
    # CI replays the same examples on every run, so a red build always means a change
    # broke something; developers' runs keep exploring new input.
    derandomize=bool(os.environ.get("CI")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

TODAY = timezone.localdate()
TRICKY_TEXT = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "%00",
    "\u202egnp.exe",
    "😀",
    "<script>alert(1)</script>",
    "'; DROP TABLE interviews_application; --",
    "\r\n\t",
]
# Long enough to overflow every max_length in the models.
long_text = st.builds(
    operator.mul, st.sampled_from(["a", "é", "😀", "\x00", "ab "]), st.integers(150, 3000)
)
text = st.one_of(st.sampled_from(TRICKY_TEXT), st.text(max_size=40), long_text)
number = st.one_of(
    st.integers(-(2**70), 2**70).map(str),
    st.sampled_from(["-1", "0", "4", "5", "720", "721", "1e3", "NaN", "inf", "4.5", "٣"]),
    text,
)
date_text = st.one_of(
    st.dates(TODAY - dt.timedelta(days=400), TODAY + dt.timedelta(days=30)).map(str),
    st.dates().map(str),
    st.sampled_from(["0001-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "0000-00-00"]),
    text,
)
datetime_text = st.one_of(
    st.datetimes(dt.datetime(2025, 1, 1), dt.datetime(2028, 1, 1)).map(
        lambda d: d.isoformat(timespec="minutes")
    ),
    st.datetimes().map(lambda d: d.isoformat(timespec="minutes")),
    st.sampled_from(["0001-01-01T00:00", "9999-12-31T23:59", "2026-11-27T25:00", "2026-11-27"]),
    text,
)
url_text = st.one_of(
    st.sampled_from(
        ["https://example.com/job", "example.com", "javascript:alert(1)", "http://", "http://[::1"]
    ),
    st.builds(lambda n: "https://example.com/" + "a" * n, st.integers(400, 600)),
    text,
)
email_text = st.one_of(st.emails().map(str), st.sampled_from(["a@", "@b", "a@b@c"]), text)


def spoiled(valid: dict[str, st.SearchStrategy], bad: dict[str, st.SearchStrategy]):
    """A form the view would accept, with up to three fields given bad values or left out:
    mostly-good input reaches the code behind the form, not just its first validation."""

    @st.composite
    def build(draw) -> dict[str, str]:
        data = draw(st.fixed_dictionaries(valid))
        for name in draw(st.lists(st.sampled_from(sorted(bad)), max_size=3, unique=True)):
            value = draw(st.one_of(st.none(), bad[name]))
            if value is None:
                data.pop(name, None)
            else:
                data[name] = value
        return data

    return build()


fine_text = st.text(st.characters(exclude_categories=["Cs", "Cc"]), max_size=60)
name_text = fine_text.filter(str.strip)
past_day = st.one_of(st.just(""), st.dates(TODAY - dt.timedelta(days=400), TODAY).map(str))
later_day = st.one_of(st.just(""), st.dates(TODAY, TODAY + dt.timedelta(days=90)).map(str))
near_time = st.datetimes(
    dt.datetime.combine(TODAY, dt.time()) - dt.timedelta(days=60),
    dt.datetime.combine(TODAY, dt.time()) + dt.timedelta(days=60),
).map(lambda d: d.isoformat(timespec="minutes"))


def one_of_values(values: list[str], *, blank: bool = False) -> st.SearchStrategy[str]:
    return st.sampled_from([*values, ""] if blank else values)


# Whose record a URL points at: mostly the owner's, else the stranger's, one that does
# not exist (ids in a test database stay far below a million) or one past a bigint.
pk_choice = st.sampled_from(["own"] * 5 + ["stranger", 10**6, 2**63 - 1, 2**64 + 7])


def resolve_pk(choice: str | int, own: int, stranger: int) -> int:
    return {"own": own, "stranger": stranger}.get(choice, choice)
