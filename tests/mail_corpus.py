"""The labelled corpus of hiring e-mail (tests/data/mail/<kind>/*.eml), scored per kind,
and for the mails in labels.json per language and on the dates and times they state.

Print the table:  .venv/bin/python -m tests.mail_corpus [PREFIX]
(PREFIX, e.g. heldout3-, scores only the mails whose names start with it.)

Files named heldout-* were written after the rules, to measure them on unseen phrasing;
heldout2-* a second time, after the rules had been widened for the first set; heldout3-*
a third time (English and German), after negation scope and German rules, before any
tuning to them. labels.json holds, per mail, its language and the interview time
(``scheduled_at``, ISO with offset) and promised reply day (``promised_reply_by``) it
states, null when it states none, and for a span of working days that crosses a public
holiday the reader's calendar (``calendar``: country and region, as on the profile).
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

CORPUS = Path(__file__).parent / "data" / "mail"
LABELS = CORPUS / "labels.json"
POSITIVE = {"invited", "moving_forward", "offer_verbal", "offer_written"}  # vocabulary.GOOD_NEWS
NEGATIVE = {"rejected", "rescinded"}  # vocabulary.BAD_NEWS


@dataclass(frozen=True)
class Scored:
    path: Path
    expected: str
    got: str
    language: str = ""  # from labels.json; "" when the mail has no labels
    dates_expected: tuple[object, object] | None = None  # (scheduled_at, promised_reply_by)
    dates_got: tuple[object, object] | None = None

    @property
    def right(self) -> bool:
        return self.expected == self.got

    @property
    def dates_right(self) -> bool:
        return self.dates_expected == self.dates_got

    @property
    def bad_news_as_good(self) -> bool:
        return self.expected in NEGATIVE and self.got in POSITIVE


def files(prefix: str = "") -> list[Path]:
    return sorted(p for p in CORPUS.glob("*/*.eml") if p.name.startswith(prefix))


def labels() -> dict[str, dict[str, str | None]]:
    return json.loads(LABELS.read_text(encoding="utf-8"))


def _labelled(label: dict[str, str | None]) -> tuple[object, object]:
    at, by = label.get("scheduled_at"), label.get("promised_reply_by")
    return (
        datetime.fromisoformat(at) if at else None,
        date.fromisoformat(by) if by else None,
    )


def score(prefix: str = "") -> list[Scored]:
    from interviews.guidance.business_days import holidays_of
    from interviews.mail import read

    known = labels()
    results = []
    for path in files(prefix):
        label = known.get(f"{path.parent.name}/{path.name}")
        # A span of working days counts the person's public holidays, as the product reads
        # mail with the person's calendar in force ("calendar": [country, region]).
        with holidays_of(*(label or {}).get("calendar", ("", ""))):
            reading = read(path.read_bytes())
        results.append(
            Scored(
                path,
                path.parent.name,
                reading.kind,
                language=(label or {}).get("lang") or "",
                dates_expected=_labelled(label) if label else None,
                dates_got=(reading.scheduled_at, reading.promised_reply_by) if label else None,
            )
        )
    return results


def table(results: list[Scored]) -> str:
    total, right = (
        Counter(r.expected for r in results),
        Counter(r.expected for r in results if r.right),
    )
    lines = [f"{'kind':<22}{'right':>6}{'of':>4}{'accuracy':>10}"]
    for kind in sorted(total):
        lines.append(
            f"{kind:<22}{right[kind]:>6}{total[kind]:>4}{right[kind] / total[kind]:>10.0%}"
        )
    everything = sum(right.values()) / len(results)
    lines.append(f"{'all':<22}{sum(right.values()):>6}{len(results):>4}{everything:>10.0%}")
    lines += _by_language(results)
    lines += _by_set(results)
    lines += [
        f"  wrong: {r.path.parent.name}/{r.path.name} read as {r.got}"
        for r in results
        if not r.right
    ]
    lines += [
        f"  dates: {r.path.parent.name}/{r.path.name} {r.dates_got} not {r.dates_expected}"
        for r in results
        if r.dates_expected is not None and not r.dates_right
    ]
    return "\n".join(lines)


def _by_language(results: list[Scored]) -> list[str]:
    lines = []
    for language in sorted({r.language for r in results if r.language}):
        mine = [r for r in results if r.language == language]
        kinds = sum(r.right for r in mine)
        dated = [r for r in mine if any(r.dates_expected or ())]
        dates_right = sum(r.dates_right for r in dated)
        bad = sum(r.bad_news_as_good for r in mine)
        lines.append(
            f"{language}: kinds {kinds}/{len(mine)}, dates and times {dates_right}/{len(dated)}"
            f" (of mails stating one), bad news read as good {bad}"
        )
    return lines


# The held-out sets, each written before the reader was tuned to it; blind-*, blind2-*
# and blind3-* by an HR specialist who had never seen the reader (docs/mail-reader.md, "The
# corpus").
HELD_OUT = re.compile(r"^(?P<set>heldout\d*|v5|blind\d*)-")


def held_out_set(path: Path) -> str:
    found = HELD_OUT.match(path.name)
    return found["set"] if found else ""


def _by_set(results: list[Scored]) -> list[str]:
    lines = []
    for name in sorted({held_out_set(r.path) for r in results} - {""}):
        mine = [r for r in results if held_out_set(r.path) == name]
        lines.append(f"set {name}-: kinds {sum(r.right for r in mine)}/{len(mine)}")
        lines += ["  " + line for line in _by_language(mine)]
    return lines


if __name__ == "__main__":
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    django.setup()
    print(table(score(sys.argv[1] if len(sys.argv) > 1 else "")))
