"""Invariants of the advice over generated timelines (hypothesis): rules that must hold
whatever happened, in whatever order it was logged.

Every timeline is built through the one write path, in a person's own calendar, inside a
savepoint undone after each example. TODAY is fixed (Friday 27 November 2026).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from itertools import count

import holidays
import pytest
import time_machine
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviews.card_state import card_of
from interviews.guidance import Advice, advise
from interviews.guidance.business_days import add_business_days, holidays_of
from interviews.guidance.clock import PROMISE_GRACE
from interviews.guidance.planning import DEADLINES
from interviews.guidance.situations import Situation
from interviews.models import (
    Application,
    InterviewRound,
    Outcome,
    RoundKind,
    StatusUpdate,
    UpdateKind,
)
from interviews.profiles import activated, profile_of
from interviews.search_picture import search_of
from interviews.services import Named, application_save, profile_save, record_save
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PROPERTIES = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "20")),
    derandomize=bool(os.environ.get("CI")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
TODAY = dt.date(2026, 11, 27)
START = TODAY - dt.timedelta(days=90)
names = count()

PLACES = [("GB", "SCT"), ("GB", "ENG"), ("DE", "BY"), ("US", "CA"), ("US", ""), ("", "")]
NEWS = [
    UpdateKind.ACKNOWLEDGED,
    UpdateKind.INVITED,
    UpdateKind.MOVING_FORWARD,
    UpdateKind.ON_HOLD,
    UpdateKind.REFERENCES_REQUESTED,
    UpdateKind.RESCHEDULED,
    UpdateKind.REPLIED,
    UpdateKind.BACKGROUND_CHECK,
    UpdateKind.FOLLOW_UP_SENT,
]
OFFERS = [UpdateKind.OFFER_VERBAL, UpdateKind.OFFER_WRITTEN, UpdateKind.COUNTER_OFFER]
ROUND_KINDS = [k for k in RoundKind.values if k != RoundKind.TAKE_HOME]

offsets = st.integers(min_value=0, max_value=85)  # days after START, all before TODAY
rounds = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(ROUND_KINDS),
        "day": offsets,
        "outcome": st.sampled_from([Outcome.DONE, Outcome.ADVANCED, Outcome.SCHEDULED]),
        "promise_after": st.none() | st.integers(1, 15),
        "days": st.integers(1, 3),
    }
)
news = st.fixed_dictionaries(
    {"kind": st.sampled_from(NEWS), "day": offsets, "news_after": st.none() | st.integers(1, 15)}
)
timelines = st.fixed_dictionaries(
    {
        "place": st.sampled_from(PLACES),
        "employed": st.booleans(),
        "applied": st.integers(0, 10),
        "rounds": st.lists(rounds, max_size=3),
        "updates": st.lists(news, max_size=4, unique_by=lambda u: u["day"]),
    }
)


def rolled_back(check):
    """Each example in its own savepoint, undone after, so examples never meet."""

    @functools.wraps(check)
    def run(*args, **kwargs):
        with transaction.atomic():
            check(*args, **kwargs)
            transaction.set_rollback(True)

    return run


def person(place=("", ""), employed=False):
    user = UserFactory(username=f"invariant{next(names)}")
    profile = profile_of(user)
    profile.country, profile.region = place
    profile.employed = employed
    profile_save(profile)
    return user


def day(offset: int) -> dt.date:
    return START + dt.timedelta(days=offset)


def a_round(application, fields) -> InterviewRound:
    on = day(fields["day"])
    promised = on + dt.timedelta(days=fields["promise_after"]) if fields["promise_after"] else None
    return InterviewRound(
        application=application,
        kind=fields["kind"],
        scheduled_at=timezone.make_aware(dt.datetime.combine(on, dt.time(10))),
        outcome=fields["outcome"],
        days=fields["days"],
        reply_promised_by=promised,
    )


def an_update(application, fields, **extra) -> StatusUpdate:
    on = day(fields["day"])
    after = fields.get("news_after")
    return StatusUpdate(
        application=application,
        kind=fields["kind"],
        on=on,
        news_by=on + dt.timedelta(days=after) if after else None,
        **extra,
    )


def build(user, timeline, *, company="Acme", reverse=False) -> Application:
    application = application_save(
        Application(
            owner=user, company=company, role="Analyst", applied_on=day(timeline["applied"])
        )
    )
    records = [a_round(application, r) for r in timeline["rounds"]]
    records += [an_update(application, u) for u in timeline["updates"]]
    for record in reversed(records) if reverse else records:
        # Sam Lee was in every round (the thank-you's names).
        met = [Named("Sam Lee")] if isinstance(record, InterviewRound) else None
        record_save(record, people=met)
    return application


def advice_on(application, today=TODAY) -> Advice:
    fetched = Application.objects.with_records().get(pk=application.pk)
    with activated(profile_of(fetched.owner)):
        return advise(fetched, today=today, search=search_of(fetched.owner))


def comparable(advice: Advice) -> dict:
    plain = advice.as_dict()
    for name in ("next_round_id", "last_round_id", "questions"):
        plain.pop(name)
    plain["thank_you"] = plain["thank_you"] and plain["thank_you"]["due"]
    return plain


@PROPERTIES
@given(timelines, st.sampled_from(OFFERS), st.integers(0, 60))
@rolled_back
def test_a_live_offer_never_reads_as_gone_quiet(timeline, kind, later):
    user = person(timeline["place"])
    application = build(user, timeline)
    record_save(an_update(application, {"kind": UpdateKind.OFFER_VERBAL, "day": 86}))
    record_save(an_update(application, {"kind": kind, "day": 87}))
    advice = advice_on(application, TODAY + dt.timedelta(days=later))
    assert advice.stage == "offer"
    assert advice.situation != Situation.GONE_QUIET
    assert not advice.quiet
    text = " ".join([advice.headline, advice.meaning, advice.timing, advice.timing_line])
    assert "gone quiet" not in text.lower()


@PROPERTIES
@given(timelines, st.sampled_from(NEWS[:-1]), st.integers(0, 84))
@rolled_back
def test_an_older_record_never_changes_what_a_newer_decisive_one_governs(timeline, kind, when):
    user = person(timeline["place"])
    application = build(user, timeline)
    record_save(an_update(application, {"kind": UpdateKind.OFFER_WRITTEN, "day": 86}))
    before = advice_on(application)
    record_save(an_update(application, {"kind": kind, "day": when}))
    after = advice_on(application)
    assert (after.situation, after.headline, after.deadline, after.timing_line) == (
        before.situation,
        before.headline,
        before.deadline,
        before.timing_line,
    )
    assert [s.key for s in after.next_steps] == [s.key for s in before.next_steps]


@PROPERTIES
@given(timelines)
@rolled_back
def test_the_advice_does_not_depend_on_the_order_records_were_saved(timeline):
    place, employed = timeline["place"], timeline["employed"]
    forwards = build(person(place, employed), timeline)
    backwards = build(person(place, employed), timeline, reverse=True)
    assert comparable(advice_on(forwards)) == comparable(advice_on(backwards))


@PROPERTIES
@given(timelines, st.integers(0, 40))
@rolled_back
def test_no_step_is_dated_before_today_unless_it_is_a_deadline(timeline, later):
    application = build(person(timeline["place"]), timeline)
    today = TODAY + dt.timedelta(days=later)
    for step in advice_on(application, today).next_steps:
        assert step.due is None or step.due >= today or step.key in DEADLINES, step


@PROPERTIES
@given(timelines, st.integers(0, 40))
@rolled_back
def test_no_follow_up_falls_on_a_public_holiday_of_the_persons_region(timeline, later):
    country, region = timeline["place"]
    application = build(person(timeline["place"]), timeline)
    advice = advice_on(application, TODAY + dt.timedelta(days=later))
    nudges = [advice.follow_up_on] + [s.due for s in advice.next_steps if "follow_up" in s.key]
    closed = holidays.country_holidays(country, subdiv=region or None) if country else {}
    for nudge in filter(None, nudges):
        assert nudge.weekday() < 5 and nudge not in closed, nudge


@PROPERTIES
@given(timelines, st.integers(0, 40))
@rolled_back
def test_no_nudge_comes_before_the_date_the_page_says_they_promised(timeline, later):
    """One page never says two things: where its card says "They promised news by X", the
    follow-up it dates waits until X has passed, plus the grace day, in the person's own
    calendar, whatever was chased before (an answer-by date, a deadline of the person's,
    may pull a call earlier: offers are left out)."""
    country, region = timeline["place"]
    application = build(person(timeline["place"]), timeline)
    advice = advice_on(application, TODAY + dt.timedelta(days=later))
    stated = advice.timing_line.startswith("They promised news by")
    if not stated or advice.follow_up_on is None or advice.deadline is not None:
        return
    with holidays_of(country, region):
        earliest = add_business_days(advice.reply_expected_by, PROMISE_GRACE)
    assert advice.follow_up_on >= earliest, (advice.timing_line, advice.follow_up_on)
    for step in advice.next_steps:
        if step.key.startswith("follow_up"):
            assert step.due >= earliest, step


@PROPERTIES
@given(timelines)
@rolled_back
def test_accepting_an_offer_elsewhere_changes_this_advice_and_its_stored_dates(timeline):
    user = person(timeline["place"])
    application = build(user, timeline)
    if application.is_closed:
        return
    other = application_save(Application(owner=user, company="Other", role="Lead"))
    record_save(StatusUpdate(application=other, kind=UpdateKind.OFFER_WRITTEN, on=day(80)))
    record_save(StatusUpdate(application=other, kind=UpdateKind.ACCEPTED, on=day(84)))
    advice = advice_on(application)
    assert advice.situation == Situation.ACCEPTED_ELSEWHERE
    assert "Other" in advice.headline
    application.refresh_from_db()
    assert (application.follow_up_on, application.quiet_from) == (None, None)
    assert application.card_situation == Situation.ACCEPTED_ELSEWHERE


@PROPERTIES
@given(timelines)
@rolled_back
def test_the_stored_card_state_equals_a_fresh_one_until_it_expires(timeline):
    with time_machine.travel(dt.datetime(2026, 11, 27, 12, tzinfo=dt.UTC), tick=False):
        application = build(person(timeline["place"]), timeline)
    application.refresh_from_db()
    stored = {
        name: getattr(application, f"card_{name}")
        for name in ("situation", "waiting_state", "step", "due", "interview_on", "timing")
    }
    assert application.card_valid_until >= TODAY
    last = min(application.card_valid_until, TODAY + dt.timedelta(days=30))
    for offset in range((last - TODAY).days + 1):
        today = TODAY + dt.timedelta(days=offset)
        fresh = card_of(advice_on(application, today), today)
        assert {name: getattr(fresh, name) for name in stored} == stored, today
