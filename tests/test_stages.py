"""The one stage derivation, table-driven: every stage, and the latest decisive record wins."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from django.utils import timezone

from interviews.models import Outcome, RoundKind, Stage, UpdateKind
from interviews.stages import derive_stage

APPLIED = dt.date(2026, 11, 2)


def rnd(kind: str, day: int, outcome: str = Outcome.DONE):
    moment = timezone.make_aware(dt.datetime(2026, 11, day, 10, 0))
    return SimpleNamespace(kind=kind, scheduled_at=moment, outcome=outcome)


def upd(kind: str, day: int):
    return SimpleNamespace(kind=kind, on=dt.date(2026, 11, day))


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
