"""The situations independent recruiters wrote before the engine was run on them: the first
30 in ``tests/data/advice_cases/``, the second 30 in ``tests/data/advice_cases2/``, the
third 15 in ``tests/data/advice_cases3/``, the fourth 30 in ``tests/data/advice_cases4/``
(format in docs/advice-cases.md; the sets' verdicts are summarised there), each run through the same
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

from tests.guidance.blind_fourth import FOURTH_FOLLOW_UP_LEFT, FOURTH_FORBIDDEN_LEFT
from tests.support.advice_cases import CASES, case_id, field, run

pytestmark = pytest.mark.django_db

# The fourth set's stage words that are not the product's, as its judge scored them: the
# situation carries the rest (the files stay byte for byte as checksummed).
STAGE_AS_SCORED = {
    # "on_hold" is a situation here, not a stage: the judge scored screening/on_hold right.
    "09-us-mn-hiring-freeze-after-screen": "screening",
    # Judged on its meaning (a reserve list is not a pause), not on the stage word.
    "16-uk-eng-civil-service-reserve-list": "interviewing",
    # Online tests passed before an assessment centre: "defensible either way, I do not
    # count that" (the judge).
    "18-uk-sct-graduate-scheme-waiting-for-ac": "interviewing",
}
# The recruiter's stage that the product does not give, and why.
STAGE_LEFT = {
    "10-us-california-pre-adverse-action": "the product keeps the accepted conditional offer "
    "as accepted; the recruiter wrote offer, while the second set's 04 (the same records: a "
    "conditional offer accepted, then a notice) wants accepted",
}
# The recruiter's follow-up date that the product does not give yet, and why.
FOLLOW_UP_LEFT = {
    "12-interview-booked-then-role-paused": "a pause after a booking asks today whether "
    "the interview still goes ahead (stage-facts: ask whether booked interviews still go "
    "ahead), so the card's follow-up is today, as the third set's 04 wants; this recruiter, "
    "whose note already says the interview is off, dates only the January check-in",
    "24-uk-references-current-employer-pre-offer": "the move is hers while she owes the "
    "references, but the product takes them as sent the next business day and sets a chase "
    "a week on (the second set's 16 wants that chase, so no rule by day alone tells them apart)",
    # The second set.
    "06-de-nw-city-administration": "a public body's 6-12 weeks run from the posting's "
    "closing date, which nothing records; from the application the product gives the private "
    "pace stretched by two weeks (5-25 business days), so the nudge is due the day entered",
    "08-uk-wls-recorded-video-grad-scheme": "nothing records that an employer runs a "
    "graduate scheme (only the role's name says so), so its 2-4 week batch review is not the "
    "window; a recorded screen's 5-10 business days are",
    "10-de-be-on-hold-budget": "the note's 'in January' reads as news by the end of its "
    "first working week (Fri 8 Jan, check-in Mon 11 Jan, as case 12 wants); this recruiter "
    "waits to mid-January (Wed 13 Jan) for a budget decision",
    "22-de-bw-early-january-answer": "the note's 'Anfang Januar' reads as news by Fri 8 Jan, "
    "nudged Mon 11 Jan, as case 04 wants for the same words and holidays; this recruiter "
    "allows one more day (Tue 12 Jan)",
    "28-uk-eng-interview-moved-twice": "an upcoming interview has no follow-up date; the "
    "recruiter puts 'confirm the slot the day before' there, while the first set's 14 (also "
    "moved twice, booked ahead) wants none, so a follow-up date on a booking needs a rule "
    "that tells the two apart",
    # The third set (a recruiter's 15, judged 10 right, 3 weak, 2 wrong on first reading).
    "01-us-ca-two-offers-staggered-deadlines": "the page asks today, in writing, to move the "
    "answer-by date to the other offer's, but an offer waiting on the person's answer has no "
    "waiting clock, so no follow-up date; the recruiter dates that ask as the follow-up",
    "14-de-he-still-deciding-news-before-christmas": "a promise of news by Wed 23 Dec is "
    "nudged after the new year (Mon 4 Jan), as stage-facts has it (the days between the years "
    "are widely taken off in Germany); the recruiter wrote Mon 28 Dec or, with the office "
    "closed, 4 Jan",
    # The fourth set (a recruiter's 30, judged 13 right, 11 weak, 6 wrong on first reading).
    # Its judge compared the waiting clock's date, else the earliest dated step contacting
    # the employer; this check reads the waiting clock only, which offers and closed
    # applications do not run.
    **FOURTH_FOLLOW_UP_LEFT,
}
# Outputs that must never appear but still do, and why.
FORBIDDEN_LEFT: dict[str, str] = {**FOURTH_FORBIDDEN_LEFT}
# The recruiters' own "must not" phrases said anyway (plain substrings, as the fourth set's
# judge searched them), and why.
MUST_NOT_LEFT: dict[str, str] = {}

PLACEHOLDER = re.compile(r"\{[^}]*\}")


def follow_up(text: str) -> str | None:
    found = re.search(r"follow up on (\S+)$", field(text, "waiting"))
    return None if found is None or found.group(1) == "none" else found.group(1)


def case_param(path: Path, left: dict[str, str]):
    reason = left.get(path.stem)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(path, id=case_id(path), marks=marks)


@pytest.mark.parametrize("path", [case_param(p, STAGE_LEFT) for p in CASES])
def test_the_stage_is_the_recruiters(path):
    data, text = run(path)
    expected = STAGE_AS_SCORED.get(path.stem, data["expected"]["stage"])
    assert field(text, "stage") == expected


@pytest.mark.parametrize("path", [case_param(p, FOLLOW_UP_LEFT) for p in CASES])
def test_the_follow_up_is_the_recruiters(path):
    data, text = run(path)
    assert follow_up(text) == data["expected"].get("follow_up")


@pytest.mark.parametrize("path", [case_param(p, FORBIDDEN_LEFT) for p in CASES])
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
        assert "send a short thank-you" not in lowered, "thanks for an interview already won"
    if stage in {"offer", "accepted"}:
        assert "gone quiet" not in lowered
    if not data["person"].get("employed"):
        assert "do not resign yet" not in lowered
    finals = [r for app in data["applications"] for r in app.get("rounds", []) if r.get("is_final")]
    if finals and stage == "interviewing":
        assert "a yes usually means another round" not in lowered
    assert "a move to another city" not in lowered, "a reason nobody recorded"
    if _final_called_off(data):
        assert "a cancellation is not a no" not in lowered, "false comfort"
        assert "illness, travel" not in lowered, "a reason nobody recorded"
    if _promise_missed_and_chased(data):
        assert "one of a few finalists" not in lowered, "stale comfort"
    if "hiring slows from mid-december" in lowered:
        assert _reaches_the_slow_weeks(data, text), "the slowdown named for a wait it misses"


def _reaches_the_slow_weeks(data: dict, text: str) -> bool:
    """What is left of the wait (today to the last date the page names) overlaps 15 December
    to 8 January (../shared/domain/stage-facts.md: hiring slows between mid-December and
    early January). Naming the slowdown on 3 December for a wait promised to 16 December is
    true; naming it for a wait over by then is not (the second set's 26 held its nudge to
    January)."""
    today = dt.date.fromisoformat(data["today"])
    named = [dt.date.fromisoformat(day) for day in re.findall(r"\d{4}-\d{2}-\d{2}", text)]
    until = max([today, *named])
    return any(
        until >= dt.date(year, 12, 15) and today <= dt.date(year + 1, 1, 8)
        for year in (today.year - 1, today.year)
    )


def _focus(data: dict) -> dict:
    return next(app for app in data["applications"] if app["ref"] == data["focus"])


def _final_called_off(data: dict) -> bool:
    """The focus application's last round is a final one they cancelled."""
    rounds = _focus(data).get("rounds", [])
    return bool(rounds) and rounds[-1].get("is_final") and rounds[-1]["outcome"] == "cancelled"


def _promise_missed_and_chased(data: dict) -> bool:
    """A promised date passed by more than a week, a follow-up sent after it and nothing
    logged since."""
    app, today = _focus(data), dt.date.fromisoformat(data["today"])
    promises = [r["reply_promised_by"] for r in app.get("rounds", []) if r.get("reply_promised_by")]
    promises += [u["news_by"] for u in app.get("updates", []) if u.get("news_by")]
    if not promises:
        return False
    promised = dt.date.fromisoformat(max(promises))
    updates = sorted(app.get("updates", []), key=lambda u: u["on"])
    last = updates[-1] if updates else None
    return (
        (today - promised).days > 7
        and last is not None
        and last["kind"] == "follow_up_sent"
        and dt.date.fromisoformat(last["on"]) > promised
    )


# A recruiter's "must not" said only as its negation ("do not resign yet" for "resign") is
# the advice keeping to it.
NEGATED = re.compile(r"(?:\bnot|\bnever|n't|\bno)\s+(?:\w+\s+){0,1}$")


def said(phrase: str, text: str) -> bool:
    """The phrase appears in the text, other than right after a negation."""
    return any(
        not NEGATED.search(text[max(0, found.start() - 20) : found.start()])
        for found in re.finditer(re.escape(phrase.lower()), text)
    )


def _has_must_not(path: Path) -> bool:
    return "must_not" in json.loads(path.read_text(encoding="utf-8"))["expected"]


@pytest.mark.parametrize("path", [case_param(p, MUST_NOT_LEFT) for p in CASES if _has_must_not(p)])
def test_none_of_the_recruiters_must_nots_is_said(path):
    """The third and fourth sets' "must_not" phrases (the first two sets wrote none)."""
    data, text = run(path)
    lowered = text.lower()
    assert [phrase for phrase in data["expected"]["must_not"] if said(phrase, lowered)] == []


def test_a_must_not_said_only_as_its_negation_is_kept():
    assert not said("resign", "do not resign yet.")
    assert not said("resign", "you don't resign before the contract.")
    assert said("resign", "resign today, then tell them.")
    assert said("follow up now", "you can follow up now.")
