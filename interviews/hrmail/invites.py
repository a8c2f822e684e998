"""Calendar invitations in a mail (text/calendar, .ics): what they book, move or cancel.

Google Calendar, Outlook/Teams and the schedulers of hiring services send an iCalendar
part with the event: its start and end, organiser, place and meeting link. Outlook writes
Windows zone names ("W. Europe Standard Time"); ``icalendar`` maps them to IANA zones.
METHOD:CANCEL (or STATUS:CANCELLED) cancels; a SEQUENCE above 0 or an "Updated:" subject
moves an event booked before; METHOD:REPLY or COUNTER (an attendee's answer) books nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import parseaddr

import icalendar

MAX_CALENDAR_BYTES = 200_000
CALENDAR_TYPES = {"text/calendar", "application/ics"}
MEETING_LINK = re.compile(
    r"https://(?:[\w-]+\.)*(?:teams\.microsoft\.com|teams\.live\.com|zoom\.us|meet\.google\.com|"
    r"whereby\.com|webex\.com|gotomeeting\.com|chime\.aws|meet\.jit\.si)/[^\s<>\"')\]]+",
    re.IGNORECASE,
)
# iTIP methods that answer an invite rather than make one: an attendee's "Accepted:", a
# proposed new time, a request to resend. Only PUBLISH and REQUEST book or move; CANCEL
# cancels.
ANSWERS = {"REPLY", "COUNTER", "DECLINECOUNTER", "REFRESH"}
LINK_FIELDS = ("X-MICROSOFT-SKYPETEAMSMEETINGURL", "X-GOOGLE-CONFERENCE", "URL", "LOCATION")


@dataclass(frozen=True)
class Invite:
    cancelled: bool
    updated: bool  # a new version of an event sent before (SEQUENCE > 0)
    start: datetime | None  # aware; None for a whole-day or floating time
    end: datetime | None
    summary: str
    organiser: str  # the organiser's name, or address when it has none
    location: str  # a place, or the meeting link when there is no place
    link: str


def invite_in(parts: list[EmailMessage]) -> Invite | None:
    """The first event of the first calendar part that has one."""
    for part in parts:
        if part.get_content_type() not in CALENDAR_TYPES:
            continue
        try:
            payload = part.get_payload(decode=True) or b""
            if not isinstance(payload, bytes) or len(payload) > MAX_CALENDAR_BYTES:
                continue
            calendar = icalendar.Calendar.from_ical(payload)
            method = str(calendar.get("METHOD", "")).upper()
            if method in ANSWERS:
                continue  # someone's answer to an invite books nothing
            for event in calendar.walk("VEVENT"):
                return _invite(event, cancelled=method == "CANCEL")
        except Exception:  # icalendar raises ValueError and friends on bad input
            continue
    return None


def _invite(event: icalendar.cal.Component, *, cancelled: bool) -> Invite:
    link = _link(event)
    location = _text(event, "LOCATION")
    if not location or MEETING_LINK.fullmatch(location) or "teams meeting" in location.lower():
        location = link or location
    return Invite(
        cancelled=cancelled or _text(event, "STATUS").upper() == "CANCELLED",
        updated=_sequence(event) > 0,
        start=_moment(event, "DTSTART"),
        end=_moment(event, "DTEND"),
        summary=_text(event, "SUMMARY")[:300],
        organiser=_organiser(event),
        location=location[:500],
        link=link[:500],
    )


def _text(event: icalendar.cal.Component, name: str) -> str:
    value = event.get(name)
    return " ".join(str(value).split()) if value is not None else ""


def _sequence(event: icalendar.cal.Component) -> int:
    try:
        return int(str(event.get("SEQUENCE", 0)))
    except ValueError:
        return 0


def _moment(event: icalendar.cal.Component, name: str) -> datetime | None:
    value = getattr(event.get(name), "dt", None)
    # A whole-day event fixes no time; a floating time has no zone to read it in.
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value
    return None


def _organiser(event: icalendar.cal.Component) -> str:
    organiser = event.get("ORGANIZER")
    if organiser is None:
        return ""
    name = str(getattr(organiser, "params", {}).get("CN", "")).strip().strip('"')
    address = parseaddr(str(organiser).removeprefix("mailto:").removeprefix("MAILTO:"))[1]
    return (name or address)[:300]


def _link(event: icalendar.cal.Component) -> str:
    for name in (*LINK_FIELDS, "DESCRIPTION"):
        if found := MEETING_LINK.search(_text(event, name)):
            return found.group(0)
    return ""
