"""The 30 situations an independent recruiter wrote before the engine was run on them
(``tests/data/advice_cases/``, format in docs/advice-cases.md), each run through the same
path as ``manage.py advise_case``: built through the one write path, advised as the
application page advises. What is asserted is mechanical: the stage, the follow-up date
where the product now gives the recruiter's, and outputs that must never appear. Cases the
engine does not yet get right are strict xfails with the reason: they flip when fixed."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from django.db import transaction

from interviews.cases import build, parse
from interviews.management.commands.advise_case import report

pytestmark = pytest.mark.django_db

CASES = sorted((Path(__file__).parent.parent / "data" / "advice_cases").glob("[0-9][0-9]-*.json"))

# The recruiter's stage that the product does not give, and why.
STAGE_LEFT = {
    "10-us-california-pre-adverse-action": "the product keeps the accepted conditional offer "
    "as accepted; the recruiter wrote offer",
}
# The recruiter's follow-up date that the product does not give yet, and why.
FOLLOW_UP_LEFT = {
    "02-scotland-offer-signoff-new-year": "the year-end break pushes the chase to Thu 7 Jan, "
    "not the first working day Tue 5 Jan",
    "04-bavaria-epiphany-january": "a soft 'early January' is not read as the second week",
    "06-us-thanksgiving-week-wait": "the first business day after the promise is the day "
    "before Thanksgiving; the recruiter waits out the holiday week",
    "09-us-background-check-stuck-education": "no start date is recorded, so the check's "
    "chase is not brought before it",
    "10-us-california-pre-adverse-action": "a dispute window has no follow-up date of its own",
    "12-interview-booked-then-role-paused": "the note 'interview is off, maybe January' is "
    "not read; the booking still governs",
    "18-competing-offer-ask-to-expedite": "the other offer's date does not pull the chase in",
    "24-uk-references-current-employer-pre-offer": "the move is hers (she owes the "
    "references), but a chase is still set",
}

PLACEHOLDER = re.compile(r"\{[^}]*\}")


def run(path: Path) -> tuple[dict, str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    with transaction.atomic():
        case = build(parse(path.read_text(encoding="utf-8")))
        text = "\n".join(report(case))
        transaction.set_rollback(True)
    return data, text


def field(text: str, name: str) -> str:
    found = re.search(rf"^{name}:\s*(.*)$", text, re.MULTILINE)
    return found.group(1).strip() if found else ""


def follow_up(text: str) -> str | None:
    found = re.search(r"follow up on (\S+)$", field(text, "waiting"))
    return None if found is None or found.group(1) == "none" else found.group(1)


def case_param(path: Path, left: dict[str, str]):
    reason = left.get(path.stem)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(path, id=path.stem[:2], marks=marks)


@pytest.mark.parametrize("path", [case_param(p, STAGE_LEFT) for p in CASES])
def test_the_stage_is_the_recruiters(path):
    data, text = run(path)
    assert field(text, "stage") == data["expected"]["stage"]


@pytest.mark.parametrize("path", [case_param(p, FOLLOW_UP_LEFT) for p in CASES])
def test_the_follow_up_is_the_recruiters(path):
    data, text = run(path)
    assert follow_up(text) == data["expected"].get("follow_up")


@pytest.mark.parametrize("path", [pytest.param(p, id=p.stem[:2]) for p in CASES])
def test_nothing_forbidden_is_said(path):
    data, text = run(path)
    lowered = text.lower()
    assert not PLACEHOLDER.search(text), "a template placeholder leaked"
    stage = field(text, "stage")
    accepted = stage == "accepted" or any(
        u["kind"] == "accepted" for app in data["applications"] for u in app.get("updates", [])
    )
    if accepted:
        assert "tell the other companies" not in lowered
        assert stage != "interviewing" or field(text, "situation") == "accepted_elsewhere"
        assert "still in the running" not in lowered
    if stage in {"offer", "accepted"}:
        assert "gone quiet" not in lowered
    if not data["person"].get("employed"):
        assert "do not resign yet" not in lowered
    finals = [r for app in data["applications"] for r in app.get("rounds", []) if r.get("is_final")]
    if finals and stage == "interviewing":
        assert "a yes usually means another round" not in lowered
    today = dt.date.fromisoformat(data["today"])
    if not ((today.month == 12 and today.day >= 15) or (today.month == 1 and today.day <= 8)):
        assert "hiring slows from mid-december" not in lowered
