"""iCalendar (RFC 5545) for a user's job search: interview rounds, follow-ups, offer deadlines.

Pure: it reads records its caller fetched (``interviews.views.calendar`` keeps the feed to a
window: recent and coming rounds, open follow-ups and offer deadlines, so it stays small
however long the search has run). Timed events are written in UTC so
that every calendar client places them right without a VTIMEZONE block; follow-ups and
deadlines are all-day events because they fall on a day, not at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from django.utils import timezone
from icalendar import Calendar, Event, vDuration, vText

from interviews.guidance import Advice, Person, advise
from interviews.guidance.planning import nudge_day
from interviews.models import (
    Application,
    InterviewRound,
    StatusUpdate,
)

PRODID = "-//Interview Tracker//Interview Tracker//EN"
UID_DOMAIN = "interview-tracker"
# How often subscribed clients should fetch the feed again; Google and Outlook may poll
# less often than asked, Apple Calendar honours it.
REFRESH = timedelta(hours=1)

Link = Callable[[Application], str]


def new_calendar(name: str, *, uid: str) -> Calendar:
    calendar = Calendar.new(prodid=PRODID, method="PUBLISH", uid=uid)
    # icalendar writes NAME and X-WR-CALNAME unescaped unless given as text: a line break
    # in a company name then broke the file, and a comma cut the name short in vobject.
    calendar.add("name", vText(name))
    calendar.add("x-wr-calname", vText(name))
    # RFC 7986 wants VALUE=DURATION on REFRESH-INTERVAL; Outlook reads X-PUBLISHED-TTL.
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH))
    return calendar


def round_event(
    interview_round: InterviewRound, *, application: Application, prep: str = "", link: str = ""
) -> Event:
    """A timed event for an interview round, in UTC."""
    names = interview_round.interviewer_names
    description = [
        f"{application.role} at {application.company}",
        f"With {', '.join(names)}" if names else "",
        prep,
        link,
    ]
    start, end = interview_round.scheduled_at, interview_round.ends_at
    assert start is not None and end is not None, "only a dated round is an event"
    return Event.new(
        uid=f"round-{interview_round.uid}@{UID_DOMAIN}",
        stamp=_now(),
        start=start.astimezone(UTC),
        end=end.astimezone(UTC),
        summary=f"{interview_round.get_kind_display()} · {application.company}",
        location=interview_round.location_or_link or None,
        description="\n".join(line for line in description if line),
        url=link or None,
    )


def follow_up_event(application: Application, day: date, *, link: str = "") -> Event:
    return _all_day(
        f"follow-up-{application.uid}",
        day,
        summary=f"Follow up with {application.company}",
        description=f"No reply yet about the {application.role} role: send a short, "
        "friendly note asking where things stand.",
        link=link,
    )


def offer_deadline_event(application: Application, day: date, *, link: str = "") -> Event:
    return _all_day(
        f"offer-deadline-{application.uid}",
        day,
        summary=f"Answer the offer from {application.company}",
        description=f"The last day to answer {application.company}'s offer for the "
        f"{application.role} role.",
        link=link,
    )


def round_calendar(
    interview_round: InterviewRound,
    *,
    application: Application,
    today: date,
    person: Person,
    link: str = "",
) -> Calendar:
    """A one-event calendar for downloading a round; the application comes with records."""
    calendar = new_calendar(
        f"{interview_round.get_kind_display()} · {application.company}",
        uid=f"round-file-{interview_round.uid}@{UID_DOMAIN}",
    )
    prep = _prep_for(advise(application, today=today, person=person), interview_round)
    calendar.add_component(
        round_event(interview_round, application=application, prep=prep, link=link)
    )
    return calendar


@dataclass(frozen=True)
class FeedRecords:
    """What a feed shows, fetched by the caller: rounds (with their applications), the
    advice of applications whose next round is among them, applications with an open
    follow-up date, and the latest offer update of each application holding an offer."""

    rounds: Iterable[InterviewRound]
    advice: dict[int, Advice]
    follow_ups: Iterable[Application]
    offers: Iterable[StatusUpdate]
    # The person's today: a follow-up whose day has passed is shown on the day the app
    # shows it due (``planning.nudge_day``), never left on a past day as if missed.
    today: date | None = None


def feed_calendar(records: FeedRecords, *, link: Link, name: str, uid: str) -> Calendar:
    """A user's feed: interview rounds, follow-up dates and offer deadlines."""
    calendar = new_calendar(name, uid=uid)
    for r in records.rounds:
        prep = _prep_for(records.advice.get(r.application_id), r)
        calendar.add_component(
            round_event(r, application=r.application, prep=prep, link=link(r.application))
        )
    # The caller selects only follow-ups and offers with their date; the fields are nullable.
    for application in records.follow_ups:
        if (due := application.follow_up_on) is not None:
            if records.today is not None:
                due = nudge_day(due, records.today)
            calendar.add_component(follow_up_event(application, due, link=link(application)))
    for offer in records.offers:
        if (answer_by := offer.respond_by) is not None:
            event = offer_deadline_event(offer.application, answer_by, link=link(offer.application))
            calendar.add_component(event)
    return calendar


def _prep_for(advice: Advice | None, interview_round: InterviewRound) -> str:
    """The advice's preparation step for its next round."""
    if advice is None or advice.next_round is None or advice.next_round.pk != interview_round.pk:
        return ""
    return next((step.text for step in advice.next_steps if step.key == "prep"), "")


def _all_day(key: str, day: date, *, summary: str, description: str, link: str) -> Event:
    return Event.new(
        uid=f"{key}@{UID_DOMAIN}",
        stamp=_now(),
        start=day,
        # DTEND is exclusive; some clients (Outlook) mis-draw all-day events without one.
        end=day + timedelta(days=1),
        summary=summary,
        description="\n".join(line for line in (description, link) if line),
        url=link or None,
    )


def _now() -> datetime:
    return timezone.now().astimezone(UTC)
