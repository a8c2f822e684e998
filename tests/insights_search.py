"""A known job search for the Insights tests: fixed applications, rounds and updates across
sources and weeks, seen on Wednesday 25 November 2026 by a person in Los Angeles (US
holidays), with a stranger's records beside it that must never count."""

from __future__ import annotations

import datetime as dt

from interviews.models import Outcome
from interviews.profiles import profile_of
from interviews.services import profile_save
from tests.factories import (
    ApplicationFactory,
    InterviewRoundFactory,
    StatusUpdateFactory,
    UserFactory,
)

# Noon on Wed 25 Nov in Los Angeles: the same date in UTC, the site's time zone.
NOW = dt.datetime(2026, 11, 25, 20, 0, tzinfo=dt.UTC)


def on(month: int, day: int) -> dt.date:
    return dt.date(2026, month, day)


def at(month: int, day: int, hour: int = 17) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, tzinfo=dt.UTC)


# company, source, applied on, rounds (kind, when, outcome), updates (kind, on)
SEARCH = [
    (
        "Acme",
        "job_board",
        on(11, 2),
        [],
        [("acknowledged", on(11, 3)), ("follow_up_sent", on(11, 17))],
    ),
    ("Bolt", "job_board", on(11, 2), [], [("rejected", on(11, 6))]),
    # Rejected after its onsite: it reached interviewing. Its video is at 05:00 UTC on
    # Monday 16 Nov, which is Sunday 15 Nov in Los Angeles: ISO week 46, not 47.
    (
        "Cora",
        "job_board",
        on(11, 9),
        [("video", at(11, 16, 5), "advanced"), ("onsite", at(11, 23), "not_selected")],
        [("invited", on(11, 13))],
    ),
    (
        "Dune",
        "job_board",
        on(11, 10),
        [("phone_screen", at(11, 12), "advanced"), ("video", at(11, 20), "cancelled")],
        [],
    ),
    (
        "Echo",
        "job_board",
        on(11, 16),
        [],
        [("acknowledged", on(11, 16)), ("follow_up_sent", on(11, 23))],
    ),
    ("Acme", "job_board", on(11, 18), [], [("rejected", on(11, 20))]),
    (
        "ACME",
        "job_board",
        on(10, 19),
        [("video", at(10, 26), "done")],
        [("invited", on(10, 21)), ("rejected", on(10, 30))],
    ),
    # Withdrawn after an offer: it reached offer.
    (
        "Glow",
        "referral",
        on(10, 5),
        [
            ("phone_screen", at(10, 7), "advanced"),
            ("video", at(10, 12), "advanced"),
            ("onsite", at(10, 19), "advanced"),
        ],
        [("offer_written", on(10, 23)), ("withdrew", on(10, 26))],
    ),
    (
        "Helix",
        "referral",
        on(10, 5),
        [("group", at(10, 8), "advanced")],
        [("invited", on(10, 6)), ("offer_verbal", on(10, 13)), ("accepted", on(10, 14))],
    ),
    (
        "Iris",
        "referral",
        on(10, 1),
        [("lunch", at(10, 6), "advanced")],
        [("invited", on(10, 2)), ("offer_written", on(10, 9)), ("offer_rescinded", on(10, 12))],
    ),
    ("Jade", "recruiter", on(8, 24), [], [("on_hold", on(8, 31))]),
    ("Kite", "", on(11, 24), [], []),
    ("Lumen", "job_board", None, [], []),  # saved, never sent: counts nowhere
]

# The stranger's search: busy in the same weeks, so a leak would change every number.
STRANGER_SEARCH = [
    (
        "Stranger Co",
        "job_board",
        on(11, 16),
        [("onsite", at(11, 18), "advanced")],
        [("offer_written", on(11, 20))],
    ),
    (
        "Stranger Co",
        "referral",
        on(11, 2),
        [],
        [("rejected", on(11, 3)), ("follow_up_sent", on(11, 4))],
    ),
    (
        "Other Co",
        "",
        on(10, 5),
        [("phone_screen", at(10, 6), "advanced")],
        [("invited", on(10, 6))],
    ),
]


def searcher(username: str, search, *, time_zone: str = "America/Los_Angeles"):
    """A user with `search` stored through the app's write path (call under NOW)."""
    user = UserFactory(username=username)
    profile = profile_of(user)
    profile.time_zone, profile.country = time_zone, "US"
    profile_save(profile)
    for company, source, applied_on, rounds, updates in search:
        application = ApplicationFactory(
            owner=user, company=company, source=source, applied_on=applied_on
        )
        for kind, when, outcome in rounds:
            InterviewRoundFactory(
                application=application,
                kind=kind,
                scheduled_at=when,
                outcome=outcome,
                # Called off on the day, not on the day this test runs.
                cancelled_on=when.date() if outcome == Outcome.CANCELLED else None,
            )
        for kind, day in updates:
            StatusUpdateFactory(application=application, kind=kind, on=day)
    return user


def known_search():
    """The person's search and the stranger's; returns the person."""
    searcher("stranger", STRANGER_SEARCH, time_zone="Asia/Tokyo")
    return searcher("searcher", SEARCH)
