"""A month of mixed work-search records, for the log's counting and export tests.

The person lives in Los Angeles. Weeks (Sunday start): Sun 25 Oct, 1 Nov, 8 Nov,
15 Nov, 22 Nov 2026. What each record is there to prove is said beside it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from interviews.accounts.models import Profile
from interviews.models import Outcome, RoundKind, Source, UpdateKind
from interviews.services import profile_save
from interviews.worklog.models import ActivityKind, ContactMethod, LogExclusion
from tests.factories import (
    ActivityFactory,
    ApplicationFactory,
    InterviewRoundFactory,
    StatusUpdateFactory,
    UserFactory,
)

LA = ZoneInfo("America/Los_Angeles")
# "Now" for the counting: interviews after it have not been attended yet.
NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)
FIRST_WEEK = dt.date(2026, 10, 25)  # a Sunday
LAST_WEEK = dt.date(2026, 11, 22)


def la(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), LA)


@dataclass
class Month:
    user: Any
    profile: Profile
    records: dict[str, Any]


def build_month(username: str = "claimant", *, week_starts_on: int = 6) -> Month:
    user = UserFactory(username=username)
    profile = Profile.objects.get(owner=user)
    profile.time_zone = "America/Los_Angeles"
    profile.week_starts_on = week_starts_on
    profile_save(profile)
    r: dict[str, Any] = {}
    r["fair"] = ActivityFactory(
        owner=user,
        on=dt.date(2026, 10, 30),
        kind=ActivityKind.JOB_FAIR,
        organisation="City Job Fair",
        address="100 Main St, Seattle",
        phone="+1 206 555 0100",
        contact_name="Lee Park",
        contact_title="Organiser",
        method=ContactMethod.IN_PERSON,
        result="Met three employers",
        minutes=120,
    )
    r["acme"] = ApplicationFactory(
        owner=user,
        company="Acme",
        role="Engineer",
        applied_on=dt.date(2026, 10, 31),  # the Saturday that ends the first week
        source=Source.JOB_BOARD,
        job_url="https://acme.example/jobs/1",
        contact_name="Dana Reyes",
    )
    # 23:30 on Saturday 31 Oct in Los Angeles is already Sunday 1 Nov in UTC: it counts
    # in the week of 25 Oct for this person.
    r["acme_call"] = InterviewRoundFactory(
        application=r["acme"],
        kind=RoundKind.PHONE_SCREEN,
        scheduled_at=la(dt.date(2026, 10, 31), 23, 30),
        duration_minutes=60,
        interviewers="Sam Lee",
        outcome=Outcome.DONE,
    )
    r["globex"] = ApplicationFactory(
        owner=user,
        company="Globex",
        role="=HYPERLINK(1)",  # a formula: the CSV must defuse it
        applied_on=dt.date(2026, 11, 1),  # Sunday: first day of the next week
        source=Source.COMPANY_SITE,
        job_url="",
        contact_name="",
        contact_email="jobs@globex.example",
    )
    r["globex_follow_up"] = StatusUpdateFactory(
        application=r["globex"], kind=UpdateKind.FOLLOW_UP_SENT, on=dt.date(2026, 11, 3)
    )
    # Not activities: an acknowledgement from them, and a cancelled interview.
    StatusUpdateFactory(
        application=r["globex"], kind=UpdateKind.ACKNOWLEDGED, on=dt.date(2026, 11, 4)
    )
    InterviewRoundFactory(
        application=r["globex"],
        scheduled_at=la(dt.date(2026, 11, 4), 10),
        outcome=Outcome.CANCELLED,
    )
    r["workshop"] = ActivityFactory(
        owner=user,
        on=dt.date(2026, 11, 7),
        kind=ActivityKind.WORKSHOP,
        organisation="WorkSource",
        method=ContactMethod.ONLINE,
        minutes=90,
    )
    r["left_out"] = ApplicationFactory(
        owner=user, company="Left Out Inc", role="Tester", applied_on=dt.date(2026, 11, 9)
    )
    LogExclusion.objects.create(application=r["left_out"])
    r["initech"] = ApplicationFactory(
        owner=user, company="Initech", role="Analyst", applied_on=dt.date(2026, 11, 10)
    )
    r["initech_onsite"] = InterviewRoundFactory(
        application=r["initech"],
        kind=RoundKind.ONSITE,
        scheduled_at=la(dt.date(2026, 11, 12), 10),
        duration_minutes=90,
        interviewers="Ana Ruiz, Bo Chen",
        outcome=Outcome.ADVANCED,
    )
    r["recruiter"] = ActivityFactory(
        owner=user,
        on=dt.date(2026, 11, 16),
        kind=ActivityKind.RECRUITER_CALL,
        organisation="TalentCo",
        method=ContactMethod.PHONE,
        minutes=30,
    )
    # After NOW: not attended yet, so not counted.
    InterviewRoundFactory(
        application=r["initech"],
        kind=RoundKind.FINAL,
        scheduled_at=la(dt.date(2026, 11, 21), 9),
        outcome=Outcome.SCHEDULED,
    )
    # Someone else's search in the same weeks.
    stranger = UserFactory(username=f"{username}-neighbour")
    ActivityFactory(owner=stranger, on=dt.date(2026, 11, 2))
    ApplicationFactory(owner=stranger, applied_on=dt.date(2026, 11, 2))
    return Month(user, profile, r)
