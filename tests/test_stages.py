"""The one stage derivation, table-driven: every stage, and the latest decisive record wins."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from django.utils import timezone

from interviews.models import Outcome, RoundKind, Stage, UpdateKind
from interviews.stages import derive_stage

APPLIED = dt.date(2026, 11, 2)


def logged(hour: int | None):
    """When a record was typed in (27 Nov at that hour); None: not known."""
    return None if hour is None else timezone.make_aware(dt.datetime(2026, 11, 27, hour))


def rnd(kind: str, day: int, outcome: str = Outcome.DONE, at: int | None = None):
    moment = timezone.make_aware(dt.datetime(2026, 11, day, 10, 0))
    return SimpleNamespace(kind=kind, scheduled_at=moment, outcome=outcome, created_at=logged(at))


def upd(kind: str, day: int, at: int | None = None):
    return SimpleNamespace(kind=kind, on=dt.date(2026, 11, day), created_at=logged(at))


CASES = [
    ("nothing recorded", None, [], [], Stage.SAVED),
    ("applied", APPLIED, [], [], Stage.APPLIED),
    ("acknowledged", APPLIED, [], [upd(UpdateKind.ACKNOWLEDGED, 4)], Stage.APPLIED),
    ("phone screen", APPLIED, [rnd(RoundKind.PHONE_SCREEN, 5)], [], Stage.SCREENING),
    ("video interview", APPLIED, [rnd(RoundKind.VIDEO, 5)], [], Stage.INTERVIEWING),
    (
        "screen then onsite",
        APPLIED,
        [rnd(RoundKind.PHONE_SCREEN, 5), rnd(RoundKind.ONSITE, 9)],
        [],
        Stage.INTERVIEWING,
    ),
    ("invited before any round", APPLIED, [], [upd(UpdateKind.INVITED, 4)], Stage.INTERVIEWING),
    (
        "verbal offer",
        APPLIED,
        [rnd(RoundKind.FINAL, 5)],
        [upd(UpdateKind.OFFER_VERBAL, 9)],
        Stage.OFFER,
    ),
    (
        "written offer",
        APPLIED,
        [rnd(RoundKind.FINAL, 5)],
        [upd(UpdateKind.OFFER_WRITTEN, 9)],
        Stage.OFFER,
    ),
    (
        "accepted",
        APPLIED,
        [rnd(RoundKind.FINAL, 5)],
        [upd(UpdateKind.OFFER_WRITTEN, 9), upd(UpdateKind.ACCEPTED, 10)],
        Stage.ACCEPTED,
    ),
    (
        "declined",
        APPLIED,
        [],
        [upd(UpdateKind.OFFER_WRITTEN, 9), upd(UpdateKind.DECLINED, 11)],
        Stage.DECLINED,
    ),
    ("rejected", APPLIED, [rnd(RoundKind.VIDEO, 5)], [upd(UpdateKind.REJECTED, 9)], Stage.REJECTED),
    (
        "round marked not selected",
        APPLIED,
        [rnd(RoundKind.PANEL, 5, Outcome.NOT_SELECTED)],
        [],
        Stage.REJECTED,
    ),
    (
        "withdrew",
        APPLIED,
        [rnd(RoundKind.VIDEO, 5)],
        [upd(UpdateKind.WITHDREW, 6)],
        Stage.WITHDRAWN,
    ),
    (
        "reopened after a rejection",
        APPLIED,
        [rnd(RoundKind.VIDEO, 12)],
        [upd(UpdateKind.REJECTED, 6)],
        Stage.INTERVIEWING,
    ),
    (
        "a cancelled round says nothing",
        APPLIED,
        [rnd(RoundKind.ONSITE, 12, Outcome.CANCELLED)],
        [],
        Stage.APPLIED,
    ),
    (
        "on hold and follow-ups change nothing",
        APPLIED,
        [rnd(RoundKind.VIDEO, 5)],
        [upd(UpdateKind.ON_HOLD, 7), upd(UpdateKind.FOLLOW_UP_SENT, 9)],
        Stage.INTERVIEWING,
    ),
    (
        "rejection on the interview's own day wins",
        APPLIED,
        [rnd(RoundKind.VIDEO, 5)],
        [upd(UpdateKind.REJECTED, 5)],
        Stage.REJECTED,
    ),
    (
        "an application date typed after the interview does not move it back",
        dt.date(2026, 11, 9),
        [rnd(RoundKind.PHONE, 5)],
        [],
        Stage.INTERVIEWING,
    ),
    (
        "an acknowledgment after a screen does not move it back",
        APPLIED,
        [rnd(RoundKind.PHONE_SCREEN, 5)],
        [upd(UpdateKind.ACKNOWLEDGED, 6)],
        Stage.SCREENING,
    ),
    (
        "applying again after a rejection reopens it",
        dt.date(2026, 11, 20),
        [rnd(RoundKind.VIDEO, 5)],
        [upd(UpdateKind.REJECTED, 9)],
        Stage.APPLIED,
    ),
    (
        "references keep it interviewing",
        APPLIED,
        [rnd(RoundKind.ONSITE, 5)],
        [upd(UpdateKind.REFERENCES_REQUESTED, 8)],
        Stage.INTERVIEWING,
    ),
    # Decisive records win over bookings left "scheduled" before them.
    (
        "a rejection settles an onsite left booked for later",
        APPLIED,
        [rnd(RoundKind.PHONE, 16), rnd(RoundKind.ONSITE, 30, Outcome.SCHEDULED, at=9)],
        [upd(UpdateKind.REJECTED, 27, at=10)],
        Stage.REJECTED,
    ),
    (
        "a withdrawal settles a booking too",
        APPLIED,
        [rnd(RoundKind.ONSITE, 30, Outcome.SCHEDULED, at=9)],
        [upd(UpdateKind.WITHDREW, 27, at=10)],
        Stage.WITHDRAWN,
    ),
    (
        "a booking logged after the rejection reopens the role",
        APPLIED,
        [rnd(RoundKind.VIDEO, 30, Outcome.SCHEDULED, at=11)],
        [upd(UpdateKind.REJECTED, 20, at=10)],
        Stage.INTERVIEWING,
    ),
    # Offers stay offers.
    (
        "a sell lunch after a verbal offer",
        APPLIED,
        [rnd(RoundKind.FINAL, 5), rnd(RoundKind.LUNCH, 12)],
        [upd(UpdateKind.OFFER_VERBAL, 9)],
        Stage.OFFER,
    ),
    (
        "meeting the team booked after an offer",
        APPLIED,
        [rnd(RoundKind.FINAL, 5), rnd(RoundKind.PANEL, 30, Outcome.SCHEDULED)],
        [upd(UpdateKind.OFFER_VERBAL, 9)],
        Stage.OFFER,
    ),
    (
        "references after a verbal offer",
        APPLIED,
        [rnd(RoundKind.FINAL, 5)],
        [upd(UpdateKind.OFFER_VERBAL, 9), upd(UpdateKind.REFERENCES_REQUESTED, 10)],
        Stage.OFFER,
    ),
    (
        "negotiating keeps the offer",
        APPLIED,
        [rnd(RoundKind.FINAL, 5)],
        [upd(UpdateKind.OFFER_WRITTEN, 9), upd(UpdateKind.COUNTER_OFFER, 10)],
        Stage.OFFER,
    ),
    (
        "an offer rescinded",
        APPLIED,
        [rnd(RoundKind.FINAL, 5)],
        [upd(UpdateKind.OFFER_WRITTEN, 9), upd(UpdateKind.OFFER_RESCINDED, 13)],
        Stage.RESCINDED,
    ),
    (
        "an accepted offer rescinded",
        APPLIED,
        [rnd(RoundKind.FINAL, 5)],
        [
            upd(UpdateKind.OFFER_WRITTEN, 9),
            upd(UpdateKind.ACCEPTED, 10),
            upd(UpdateKind.OFFER_RESCINDED, 20),
        ],
        Stage.RESCINDED,
    ),
    (
        "a reschedule by them changes nothing",
        APPLIED,
        [rnd(RoundKind.VIDEO, 5)],
        [upd(UpdateKind.RESCHEDULED, 9)],
        Stage.INTERVIEWING,
    ),
    (
        "same day: the record logged last wins",
        APPLIED,
        [],
        [upd(UpdateKind.OFFER_WRITTEN, 9, at=9), upd(UpdateKind.DECLINED, 9, at=10)],
        Stage.DECLINED,
    ),
]


@pytest.mark.parametrize(
    ("applied_on", "rounds", "updates", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_derive_stage(applied_on, rounds, updates, expected):
    assert derive_stage(applied_on=applied_on, rounds=rounds, updates=updates) == expected


def test_every_stage_is_covered_by_the_table():
    assert {case[-1] for case in CASES} == set(Stage)


@pytest.mark.parametrize("uids", [("a", "b"), ("b", "a")])
def test_two_bookings_for_one_slot_give_one_stage_whatever_their_uids(uids):
    """Found by the order-independence property: a phone screen and a final booked for the
    same moment; the one further along decides, never which uid sorts first."""
    screen = rnd(RoundKind.PHONE_SCREEN, 25, Outcome.SCHEDULED)
    final = rnd(RoundKind.FINAL, 25, Outcome.SCHEDULED)
    screen.uid, final.uid = uids
    for rounds in ([screen, final], [final, screen]):
        stage = derive_stage(applied_on=APPLIED, rounds=rounds, updates=[])
        assert stage == Stage.INTERVIEWING
