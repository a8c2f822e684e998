"""Read one person's work-search log for a range of days: four queries, any size.

Every entry is dated in the person's own time zone (``Profile.time_zone``), so an
interview at 23:30 on Sunday in Los Angeles counts in the week that holds that Sunday
there, whatever the server's zone.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Prefetch

from interviews.models import (
    Application,
    ApplicationContact,
    InterviewRound,
    Outcome,
    RoundKind,
    RoundParticipant,
    Source,
    Stage,
    StatusUpdate,
    UpdateKind,
)
from interviews.page_cache import next_start
from interviews.profiles import profile_of, zone_of
from interviews.stages import derive_stage, local_day, round_day
from interviews.weblinks import web_address
from interviews.worklog.entries import Entry, Origin
from interviews.worklog.models import Activity, ActivityKind, ContactMethod, LogExclusion
from interviews.worklog.weeks import ClaimWeek, Minimum, Tally, claim_weeks, week_start

# What an automatic entry shows of its application: reading only these keeps a busy
# month's few hundred rows cheap (no notes, no timestamps).
# (public_sector: a public body's sift decides the stage then, see stage_then)
ABOUT = [
    "company",
    "role",
    "job_url",
    "source",
    "stage",
    "public_sector",
]
# How an interview was held, in the words agencies use for "how contact was made".
BY_PHONE = {RoundKind.PHONE_SCREEN, RoundKind.PHONE}
ONLINE = {RoundKind.VIDEO, RoundKind.RECORDED_VIDEO, RoundKind.TAKE_HOME}
# An application's records, for its stage as it stood at the end of a past week.
RECORD_FIELDS = {
    "rounds": ("application_id", "uid", "kind", "outcome", "scheduled_at", "created_at"),
    "updates": ("application_id", "uid", "kind", "on", "created_at"),
}


def _people(path: str = "") -> list[Prefetch]:
    """Who the contact is (``Application.contact_name``, the recruiter): one query."""
    links = ApplicationContact.objects.select_related("contact").order_by("created_at", "pk")
    return [Prefetch(f"{path}contact_links", queryset=links)]


def _records(path: str = "") -> list[Prefetch]:
    return [
        Prefetch(f"{path}{name}", queryset=model.objects.only(*RECORD_FIELDS[name]).order_by())
        for name, model in (("rounds", InterviewRound), ("updates", StatusUpdate))
    ]


def log_entries(
    user, profile, first: date, last: date, *, now: datetime, then: bool = False
) -> list[Entry]:
    """Every entry dated ``first`` to ``last`` (both included): activities, applications
    sent, interviews attended before ``now`` and not cancelled, and follow-ups sent. Each
    knows its claim week's last day. With ``then`` (an agency's log: two queries more),
    an application's result is its stage at the end of that week, not today's."""
    zone = ZoneInfo(zone_of(profile))

    def week_ending(day: date) -> date:
        return week_start(day, profile.week_starts_on) + timedelta(days=6)

    def as_of(day: date) -> date | None:
        return week_ending(day) if then else None

    entries = [
        *map(activity_entry, Activity.objects.filter(owner=user, on__range=(first, last))),
        *(
            application_entry(a, as_of=as_of(a.applied_on))
            for a in _applications(user, first, last, then=then)
        ),
        *(interview_entry(r, zone) for r in _interviews(user, first, last, zone, now)),
        *(follow_up_entry(u, as_of=as_of(u.on)) for u in _follow_ups(user, first, last, then)),
    ]
    return [replace(entry, week_ending=week_ending(entry.on)) for entry in entries]


def stage_then(application: Application, day: date | None) -> Stage:
    """The stage the application's records put it in at the end of ``day``; None: now."""
    if day is None:
        return Stage(application.stage)
    return derive_stage(
        applied_on=application.applied_on if (application.applied_on or day) <= day else None,
        rounds=[r for r in application.rounds.all() if _known_by(r, day)],
        updates=[u for u in application.updates.all() if u.on <= day],
        public_sector=application.public_sector,
    )


def _known_by(interview_round, day: date) -> bool:
    """Held by ``day``: a round on or before it; one whose date was never recorded, once it
    had been recorded (what the records said then, never a made-up day for it)."""
    if interview_round.scheduled_at is None:
        return local_day(interview_round.created_at) <= day
    return round_day(interview_round) <= day


def weeks_of(
    user, profile, first: date, last: date, *, now: datetime, then: bool = False
) -> list[ClaimWeek]:
    """The claim weeks holding ``first`` through ``last``, newest first, with their entries."""
    first = week_start(first, profile.week_starts_on)
    last = week_start(last, profile.week_starts_on)
    entries = log_entries(user, profile, first, last + timedelta(days=6), now=now, then=then)
    return claim_weeks(entries, first=first, last=last)


def this_week(user, profile, *, today: date, now: datetime) -> ClaimWeek:
    return weeks_of(user, profile, today, today, now=now)[0]


def still_short_lines(user, *, today: date, now: datetime) -> list[str]:
    """The digest's reminder on the last two days of a short claim week: reads only then,
    and never without a minimum."""
    profile = profile_of(user)
    minimum = Minimum.of(profile)
    if minimum is None or not ClaimWeek(week_start(today, profile.week_starts_on)).is_ending(today):
        return []
    week = this_week(user, profile, today=today, now=now)
    tally = week.tally(minimum)
    return week.still_short(tally, today) if tally is not None else []


def this_week_tally(user, *, today: date, now: datetime) -> Tally | None:
    """This claim week against the minimum; None, without a query, when none is set."""
    profile = profile_of(user)
    minimum = Minimum.of(profile)
    if minimum is None:
        return None
    return this_week(user, profile, today=today, now=now).tally(minimum)


def has_entries_before(user, profile, day: date) -> bool:
    """Whether anything in the log is dated before ``day``: one query, for "Earlier weeks"."""
    before = datetime.combine(day, time(), ZoneInfo(zone_of(profile)))
    owner = {"owner": OuterRef("pk")}
    via_application = {"application__owner": OuterRef("pk")}
    found = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .annotate(
            activity=Exists(Activity.objects.filter(**owner, on__lt=day)),
            application=Exists(Application.objects.filter(**owner, applied_on__lt=day)),
            interview=Exists(
                InterviewRound.objects.filter(**via_application, scheduled_at__lt=before)
            ),
            follow_up=Exists(
                StatusUpdate.objects.filter(
                    **via_application, kind=UpdateKind.FOLLOW_UP_SENT, on__lt=day
                )
            ),
        )
        .values_list("activity", "application", "interview", "follow_up")
    )
    return any(any(row) for row in found)


def _applications(user, first: date, last: date, *, then: bool):
    left_out = LogExclusion.objects.filter(
        application=OuterRef("pk"), round__isnull=True, update__isnull=True
    )
    return (
        Application.objects.for_user(user)
        .filter(applied_on__range=(first, last))
        .only("applied_on", *ABOUT)
        .annotate(excluded=Exists(left_out))
        .prefetch_related(*_people(), *(_records() if then else ()))
        .order_by()
    )


def _interviews(user, first: date, last: date, zone: ZoneInfo, now: datetime):
    start = datetime.combine(first, time(), zone)
    end = min(datetime.combine(last + timedelta(days=1), time(), zone), now)
    return (
        InterviewRound.objects.filter(
            application__owner=user, scheduled_at__gte=start, scheduled_at__lt=end
        )
        .exclude(outcome=Outcome.CANCELLED)
        .select_related("application")
        .only(
            "kind",
            "scheduled_at",
            "duration_minutes",
            "outcome",
            "location_or_link",
            *(f"application__{name}" for name in ABOUT),
        )
        .annotate(excluded=Exists(LogExclusion.objects.filter(round=OuterRef("pk"))))
        .prefetch_related(
            *_people("application__"),
            Prefetch("participants", queryset=RoundParticipant.objects.select_related("contact")),
        )
        .order_by()
    )


def next_held(user, profile, first: date, last: date, *, now: datetime) -> datetime | None:
    """When the log of ``first`` to ``last`` next changes by itself: the start of the next
    interview in the range still ahead of ``now`` (it counts once it has started)."""
    zone = ZoneInfo(zone_of(profile))
    end = datetime.combine(last + timedelta(days=1), time(), zone)
    return next_start(user, max(now, datetime.combine(first, time(), zone)), end)


def _follow_ups(user, first: date, last: date, then: bool):
    return (
        StatusUpdate.objects.filter(
            application__owner=user, kind=UpdateKind.FOLLOW_UP_SENT, on__range=(first, last)
        )
        .select_related("application")
        .only("on", "application__applied_on", *(f"application__{name}" for name in ABOUT))
        .annotate(excluded=Exists(LogExclusion.objects.filter(update=OuterRef("pk"))))
        .prefetch_related(*_people("application__"), *(_records("application__") if then else ()))
        .order_by()
    )


def activity_entry(activity: Activity) -> Entry:
    contact = ", ".join(part for part in (activity.contact_name, activity.contact_title) if part)
    return Entry(
        Origin.ACTIVITY,
        activity.pk,
        activity.on,
        activity.get_kind_display(),
        activity.organisation,
        position=activity.position,
        address=activity.address,
        phone=activity.phone,
        contact=contact,
        method=ContactMethod(activity.method),
        result=activity.result,
        notes=activity.notes,
        minutes=activity.minutes,
        activity_kind=ActivityKind(activity.kind),
    )


def _about(application: Application) -> dict:
    """What every automatic entry says of its application. Its notes stay private."""
    return {
        "organisation": application.company,
        "position": application.role,
        "address": application.job_url or application.contact_email,
        "contact": application.contact_name,
        "application_id": application.pk,
    }


# `excluded` below is the selectors' .annotate(); django-stubs cannot see it on a model
# instance passed in, hence the ignores.
def application_entry(application: Application, *, as_of: date | None = None) -> Entry:
    assert application.applied_on is not None, "_applications() selects by applied_on"
    stage = stage_then(application, as_of)
    return Entry(
        Origin.APPLICATION,
        application.pk,
        application.applied_on,
        Origin.APPLICATION.label,
        method=Source(application.source) if application.source else None,
        result=stage.label,
        status=stage,
        excluded=application.excluded,  # type: ignore[attr-defined]
        **_about(application),
    )


def contact_method(interview: InterviewRound) -> ContactMethod:
    """How the interview was held: by its kind, or online when its place is a link."""
    if interview.kind in BY_PHONE:
        return ContactMethod.PHONE
    if interview.kind in ONLINE or web_address(interview.location_or_link):
        return ContactMethod.ONLINE
    return ContactMethod.IN_PERSON


def interview_entry(interview: InterviewRound, zone: ZoneInfo) -> Entry:
    held = interview.scheduled_at
    assert held is not None, "the log reads rounds in a window of days: dated ones"
    return Entry(
        Origin.INTERVIEW,
        interview.pk,
        held.astimezone(zone).date(),
        interview.get_kind_display(),
        **{**_about(interview.application), "contact": interview.interviewers},
        method=contact_method(interview),
        result=interview.get_outcome_display(),
        status=Outcome(interview.outcome),
        minutes=interview.duration_minutes,
        excluded=interview.excluded,  # type: ignore[attr-defined]
    )


def follow_up_entry(update: StatusUpdate, *, as_of: date | None = None) -> Entry:
    application = update.application
    stage = stage_then(application, as_of)
    return Entry(
        Origin.FOLLOW_UP,
        update.pk,
        update.on,
        Origin.FOLLOW_UP.label,
        # The tracker's follow-up drafts are e-mails to the contact.
        method=ContactMethod.EMAIL,
        result=stage.label,
        status=stage,
        excluded=update.excluded,  # type: ignore[attr-defined]
        **{**_about(application), "address": application.contact_email or application.job_url},
    )
