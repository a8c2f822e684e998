"""Helpers for the advice tests: records logged as a person would, and advice as a page
gets it.

Every date is fixed. TODAY is Friday 27 November 2026; in that month the Mondays are the
2nd, 9th, 16th, 23rd and 30th, and Tuesday 1 December follows. Thursday 26 November is
Thanksgiving in the US; factories give people no country (weekends only) unless a test
names one.
"""

from __future__ import annotations

import datetime as dt
from datetime import date

from django.utils import timezone

from interviews.accounts.models import Profile
from interviews.guidance import Advice, Step, advise
from interviews.models import Application, Outcome, RoundKind, UpdateKind
from interviews.profiles import profile_of
from interviews.search_picture import search_of
from interviews.services import application_save, profile_save, stage_refresh
from tests.factories import ApplicationFactory, InterviewRoundFactory, StatusUpdateFactory

TODAY = date(2026, 11, 27)  # a Friday


def nov(day: int) -> date:
    return date(2026, 11, day)


def dec(day: int) -> date:
    return date(2026, 12, day)


MON_16_NOV = nov(16)
TUE_1_DEC = dec(1)


def held(app, kind=RoundKind.VIDEO, on=MON_16_NOV, hour=10, **fields):
    """A round that took place (or, with outcome=SCHEDULED and a later date, is booked)."""
    fields.setdefault("outcome", Outcome.DONE)
    when = timezone.make_aware(dt.datetime(on.year, on.month, on.day, hour))
    return InterviewRoundFactory(application=app, kind=kind, scheduled_at=when, **fields)


def booked(app, kind=RoundKind.VIDEO, on=TUE_1_DEC, **fields):
    fields.setdefault("outcome", Outcome.SCHEDULED)
    return held(app, kind, on, **fields)


def news(app, kind, on, **fields):
    return StatusUpdateFactory(application=app, kind=kind, on=on, **fields)


def living_in(app, **settings) -> Profile:
    """Set the owner's profile (country, time_zone, employed...)."""
    profile = profile_of(app.owner)
    for name, value in settings.items():
        setattr(profile, name, value)
    return profile_save(profile)


def advice_for(app, today: date = TODAY, **kwargs) -> Advice:
    """Advice as a page gets it: stage refreshed, application fetched with its records,
    in the owner's calendar."""
    stage_refresh(app)
    fetched = Application.objects.with_records().get(pk=app.pk)
    kwargs.setdefault("search", search_of(fetched.owner))
    return advise(fetched, today=today, **kwargs)


def all_text(advice: Advice) -> str:
    parts = [advice.headline, advice.meaning, advice.not_meaning, advice.timing]
    return " ".join(parts + [step.text for step in advice.next_steps])


def step_with(advice: Advice, words: str) -> Step:
    matches = [step for step in advice.next_steps if words in step.text]
    assert matches, f"no step with {words!r} in {[s.text for s in advice.next_steps]}"
    return matches[0]


def has_step(advice: Advice, words: str) -> bool:
    return any(words in step.text for step in advice.next_steps)


# One application per situation the rules know, each built from records as a person would
# log them. Used to check properties that must hold everywhere.
def _saved(app):
    app.applied_on = None
    application_save(app)


def _applied_recently(app):
    app.applied_on = nov(24)
    application_save(app)


def _accepted_elsewhere(app):
    held(app)
    other = ApplicationFactory(owner=app.owner, company="Elsewhere Ltd")
    news(other, UpdateKind.OFFER_WRITTEN, nov(20))
    news(other, UpdateKind.ACCEPTED, nov(24))


SCENARIOS = {
    "saved": _saved,
    "applied_waiting": lambda app: None,
    "acknowledged_waiting": lambda app: news(app, UpdateKind.ACKNOWLEDGED, nov(3)),
    "round_upcoming": lambda app: booked(app),
    "after_round_waiting": lambda app: held(app, on=nov(24)),
    "round_cancelled": lambda app: booked(
        app, on=dec(3), outcome=Outcome.CANCELLED, cancelled_on=nov(25)
    ),
    "rescheduled": lambda app: (held(app), news(app, UpdateKind.RESCHEDULED, nov(25))),
    "invited": lambda app: news(app, UpdateKind.INVITED, nov(25)),
    "moving_forward": lambda app: (held(app), news(app, UpdateKind.MOVING_FORWARD, nov(20))),
    "on_hold": lambda app: (held(app), news(app, UpdateKind.ON_HOLD, nov(20))),
    "references_finalist": lambda app: (
        held(app, RoundKind.ONSITE),
        news(app, UpdateKind.REFERENCES_REQUESTED, nov(20)),
    ),
    "references_formality": lambda app: news(app, UpdateKind.REFERENCES_REQUESTED, nov(20)),
    "offer_verbal": lambda app: (held(app), news(app, UpdateKind.OFFER_VERBAL, nov(25))),
    "offer_written": lambda app: (held(app), news(app, UpdateKind.OFFER_WRITTEN, nov(25))),
    "negotiating": lambda app: (
        news(app, UpdateKind.OFFER_WRITTEN, nov(20)),
        news(app, UpdateKind.COUNTER_OFFER, nov(24)),
    ),
    "still_deciding": lambda app: (
        held(app),
        news(app, UpdateKind.REPLIED, nov(23), news_by=dec(4)),
    ),
    "background_check": lambda app: (
        held(app, RoundKind.ONSITE),
        news(app, UpdateKind.BACKGROUND_CHECK, nov(23)),
    ),
    "adverse_action": lambda app: (
        news(app, UpdateKind.OFFER_VERBAL, nov(16)),
        news(app, UpdateKind.BACKGROUND_CHECK, nov(18)),
        news(app, UpdateKind.ADVERSE_ACTION_NOTICE, nov(25), respond_by=dec(2)),
    ),
    "accepted_elsewhere": _accepted_elsewhere,
    "gone_quiet": lambda app: (
        held(app, on=nov(2)),
        news(app, UpdateKind.FOLLOW_UP_SENT, nov(9)),
        news(app, UpdateKind.FOLLOW_UP_SENT, nov(16)),
    ),
    "closed_accepted": lambda app: (
        news(app, UpdateKind.OFFER_WRITTEN, nov(20)),
        news(app, UpdateKind.ACCEPTED, nov(24)),
    ),
    "closed_declined": lambda app: (
        news(app, UpdateKind.OFFER_WRITTEN, nov(20)),
        news(app, UpdateKind.DECLINED, nov(24)),
    ),
    "closed_rejected": lambda app: (held(app), news(app, UpdateKind.REJECTED, nov(20))),
    "closed_withdrawn": lambda app: news(app, UpdateKind.WITHDREW, nov(20)),
    "closed_rescinded": lambda app: (
        news(app, UpdateKind.OFFER_WRITTEN, nov(16)),
        news(app, UpdateKind.OFFER_RESCINDED, nov(25)),
    ),
}


def scenario(name: str, **kwargs) -> Advice:
    app = ApplicationFactory()
    SCENARIOS[name](app)
    return advice_for(app, **kwargs)
