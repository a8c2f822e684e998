"""The stored waiting dates agree with advise() on every day until the records change."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from interviews.guidance import Person, advise
from interviews.guidance.attention import attention
from interviews.models import Application
from interviews.profiles import profile_of
from tests.factories import ApplicationFactory, InterviewRoundFactory, StatusUpdateFactory

pytestmark = pytest.mark.django_db

T0 = dt.date(2026, 11, 27)  # a Friday


def day(offset: int) -> dt.date:
    return T0 + dt.timedelta(days=offset)


def at(offset: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day(offset), dt.time(10)))


def rnd(offset, kind="video", outcome="done", **extra):
    return {"kind": kind, "scheduled_at": at(offset), "outcome": outcome, **extra}


def upd(offset, kind):
    return {"on": day(offset), "kind": kind}


SCENARIOS = {
    "just applied": (-3, [], []),
    "applied long ago": (-40, [], []),
    "after a video interview": (-20, [rnd(-2)], []),
    "an interview booked ahead": (-10, [rnd(5, outcome="scheduled")], []),
    "two interviews booked ahead": (
        -10,
        [rnd(3, outcome="scheduled"), rnd(10, "onsite", outcome="scheduled")],
        [],
    ),
    "a booked interview already past": (-10, [rnd(-2, outcome="scheduled")], []),
    "a promised reply date": (-20, [rnd(-3, reply_promised_by=day(4))], []),
    "one follow-up sent": (-30, [rnd(-10)], [upd(-1, "follow_up_sent")]),
    "two follow-ups sent": (
        -40,
        [rnd(-20)],
        [upd(-12, "follow_up_sent"), upd(-3, "follow_up_sent")],
    ),
    "verbal offer": (-30, [rnd(-10, "final")], [upd(-1, "offer_verbal")]),
    "written offer": (-30, [rnd(-10, "final")], [upd(-1, "offer_written")]),
    "invited to the next round": (-15, [rnd(-8)], [upd(-2, "invited")]),
    "on hold": (-25, [rnd(-12)], [upd(-5, "on_hold")]),
    "references after an onsite": (-25, [rnd(-6, "onsite")], [upd(-1, "references_requested")]),
    "rejected": (-25, [rnd(-6)], [upd(-1, "rejected")]),
}


def build(applied, rounds, updates) -> Application:
    # Logged as they happened, on T0 at the latest: an entry's logging day is a fact the
    # advice reads (history typed in late is not time waited).
    with time_machine.travel(dt.datetime.combine(T0, dt.time(12), tzinfo=dt.UTC), tick=False):
        application = ApplicationFactory(applied_on=day(applied))
        for fields in rounds:
            InterviewRoundFactory(application=application, **fields)
        for fields in updates:
            StatusUpdateFactory(application=application, **fields)
    return Application.objects.with_records().get(pk=application.pk)


@pytest.mark.parametrize("name", SCENARIOS)
def test_stored_dates_match_the_advice_day_by_day(name):
    application = build(*SCENARIOS[name])
    person = Person.of(profile_of(application.owner))
    dates = attention(application, today=T0, person=person)
    for offset in range(0, 90):
        today = day(offset)
        advice = advise(application, today=today, person=person)
        awaiting = dates.awaiting_from is not None and dates.awaiting_from <= today
        assert awaiting == advice.awaiting_reply, (name, today)
        if not advice.awaiting_reply:
            continue
        # A wait with a live stake (an offer, a check) never goes quiet: no quiet_from.
        quiet = dates.quiet_from is not None and dates.quiet_from <= today
        assert quiet == advice.quiet, (name, today)
        if not advice.quiet:
            assert dates.follow_up_on == advice.follow_up_on, (name, today)


def test_a_booked_interview_waits_until_the_day_after_it():
    application = build(*SCENARIOS["an interview booked ahead"])
    person = Person.of(profile_of(application.owner))
    assert attention(application, today=T0, person=person).awaiting_from == day(6)


def test_the_write_path_stores_the_dates(user):
    application = ApplicationFactory(owner=user, applied_on=timezone.localdate())
    application.refresh_from_db()
    fresh = Application.objects.with_records().get(pk=application.pk)
    expected = attention(fresh, today=timezone.localdate(), person=Person.of(profile_of(user)))
    stored = (application.awaiting_from, application.follow_up_on, application.quiet_from)
    assert stored == (expected.awaiting_from, expected.follow_up_on, expected.quiet_from)
    assert application.awaiting_from == timezone.localdate()


def test_refresh_stages_repairs_stale_stored_values(user):
    from django.core.management import call_command

    application = ApplicationFactory(owner=user, applied_on=timezone.localdate())
    Application.objects.filter(pk=application.pk).update(stage="offer", awaiting_from=None)
    call_command("refresh_stages")
    application.refresh_from_db()
    assert application.stage == "applied"
    assert application.awaiting_from == timezone.localdate()
