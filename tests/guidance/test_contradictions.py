"""One page never holds two steps that contradict each other, checked over every situation
the recruiters wrote (both blind sets): the newer fact's step wins
(``planning.SUPERSEDED_BY``), so the older one is not said beside it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.advice_cases import CASES, case_id, field, run

pytestmark = pytest.mark.django_db

# Pairs of phrases that must never appear on one page, and why.
NEVER_TOGETHER = [
    ("apply for the", "put you forward", "applying where an agency already submitted"),
    ("apply for the", "applied for the", "applying twice for one role"),
    ("sooner beats later", "do not apply again", "hurrying and holding back at once"),
]


# Pairs of steps that must never fall due on the same day (on different days, waiting
# now and a nudge later is the plan, not a contradiction).
NEVER_SAME_DAY = [
    ("no need to ask again", "asking where things stand", "waiting and chasing at once"),
    ("no need to ask again", "one last brief note", "waiting and chasing at once"),
]
STEP_LINE = re.compile(r"^  - \[(?P<day>[^\]]+)\] (?P<text>.*)$", re.MULTILINE)


def steps_by_day(text: str) -> dict[str, str]:
    days: dict[str, str] = {}
    for found in STEP_LINE.finditer(text):
        days[found["day"]] = days.get(found["day"], "") + " " + found["text"].lower()
    return days


def promises(app: dict) -> list[str]:
    rounds = [r.get("reply_promised_by") for r in app.get("rounds", [])]
    return [day for day in rounds + [u.get("news_by") for u in app.get("updates", [])] if day]


def steps_of(text: str) -> str:
    return text.split("next steps:", 1)[1].split("drafts:", 1)[0].lower()


@pytest.mark.parametrize("path", [pytest.param(p, id=case_id(p)) for p in CASES])
def test_no_page_contradicts_itself(path: Path):
    data, text = run(path)
    lowered = text.lower()
    if not any(promises(app) for app in data["applications"] if app["ref"] == data["focus"]):
        assert "their date" not in lowered, "a date they never gave"
    for first, second, why in NEVER_TOGETHER:
        assert not (first in lowered and second in lowered), why
    for day in steps_by_day(text).values():
        for first, second, why in NEVER_SAME_DAY:
            assert not (first in day and second in day), why
    if field(text, "situation") == "negotiating":
        # With a counter open, the answer-by date is to be moved, not met.
        assert "give your answer by" not in steps_of(text)


def test_a_call_brought_forward_by_the_answer_date_is_not_called_late():
    """A counter two business days old, answer due today: the call is for the date, not
    because the usual few business days have run out (blind case b19)."""
    path = next(p for p in CASES if case_id(p) == "b19")
    _, text = run(path)
    timing = field(text, "timing")
    assert "past the usual time" not in timing
    assert "your answer date is close: call Nina today" in timing
