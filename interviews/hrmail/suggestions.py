"""Suggestions from e-mail: record one per message, accept it as a record, or dismiss it.

Nothing reaches the person's records without ``suggestion_accept``, which a click calls;
it writes through ``interviews.services.record_save`` so the stage and the advice follow.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, time
from typing import TypeVar

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Case, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from interviews import services
from interviews.guidance import short_date
from interviews.hrmail.matching import Candidate, match
from interviews.hrmail.models import MailKind, MailSource, MailSuggestion, SuggestionStatus
from interviews.hrmail.reading import MailReading, read
from interviews.hrmail.senders import contact_of
from interviews.models import (
    NOTE_LENGTH,
    Application,
    ApplicationContact,
    ContactRole,
    InterviewRound,
    Outcome,
    RoundKind,
    StatusUpdate,
)
from interviews.validators import EARLIEST, validate_within_reach
from interviews.vocabulary import UPDATE_OF

ROUND_WORDS = [  # the first that the subject or the deciding sentence names
    ("phone screen", RoundKind.PHONE_SCREEN),
    ("phone", RoundKind.PHONE),
    ("onsite", RoundKind.ONSITE),
    ("on-site", RoundKind.ONSITE),
    ("panel", RoundKind.PANEL),
    ("technical", RoundKind.TECHNICAL),
    ("final", RoundKind.FINAL),
    ("hiring manager", RoundKind.HIRING_MANAGER),
    ("video", RoundKind.VIDEO),
    ("zoom", RoundKind.VIDEO),
    ("teams", RoundKind.VIDEO),
    ("google meet", RoundKind.VIDEO),
]
DUE_AT = time(17, 0)  # a test "due 4 December" is due by the end of that working day


def message_key(reading: MailReading, raw: bytes) -> str:
    basis = reading.message_id.strip().lower().encode("utf-8", "replace") or b"\n".join(raw.split())
    return hashlib.sha256(basis).hexdigest()


# The recruiter's address first, then the agency's, then anyone else's on the application.
RECRUITER_FIRST = Case(
    When(role=ContactRole.RECRUITER, then=Value(0)),
    When(role=ContactRole.AGENCY, then=Value(1)),
    default=Value(2),
)


def candidates_of(user: User) -> list[Candidate]:
    """The person's applications as the matcher sees them: one query."""
    # The address of someone on it (the recruiter first): people write from their own.
    addresses = ApplicationContact.objects.filter(application=OuterRef("pk")).exclude(
        contact__email=""
    )
    rows = (
        Application.objects.for_user(user)
        .annotate(
            address=Coalesce(
                Subquery(addresses.order_by(RECRUITER_FIRST, "pk").values("contact__email")[:1]),
                Value(""),
            )
        )
        .values_list("pk", "company", "role", "address", "job_url")
    )
    return [Candidate(*row) for row in rows]


def suggestion_record(
    *,
    owner: User,
    raw: bytes,
    source: str = MailSource.PASTED,
    candidates: list[Candidate],
) -> tuple[MailSuggestion | None, bool, MailReading]:
    """A suggestion for a message that reads as news: (suggestion, created, reading).
    The same message a second time returns the suggestion it already has, as it stands."""
    reading = read(raw, zone=timezone.get_current_timezone())  # the person's, in force
    if not reading.is_update:
        return None, False, reading
    key = message_key(reading, raw)
    existing = MailSuggestion.objects.filter(owner=owner, message_key=key).first()
    if existing:
        return existing, False, reading
    found = match(reading, candidates)
    suggestion = MailSuggestion(
        owner=owner,
        message_key=key,
        application_id=found.application_id,
        kind=reading.kind,
        confidence=reading.confidence,
        sender=_storable(reading.sender),
        sender_name=_storable(reading.sender_name),
        subject=_storable(reading.subject),
        sent_at=_within_reach(reading.sent_at),
        company=_storable(reading.company),
        evidence=_storable(reading.evidence),
        excerpt=_storable(reading.excerpt),
        promised_reply_by=_within_reach(reading.promised_reply_by),
        respond_by=_within_reach(reading.respond_by),
        scheduled_at=_within_reach(reading.scheduled_at),
        duration_minutes=_minutes(reading),
        organiser=_storable(reading.organiser)[:300],
        location_or_link=_storable(" ".join(reading.location.split()))[:500],
        source=source,
    )
    try:
        with transaction.atomic():
            suggestion.save()
    except IntegrityError:  # the same message, saved by a concurrent fetch a moment ago
        return MailSuggestion.objects.get(owner=owner, message_key=key), False, reading
    return suggestion, True, reading


CONTROL = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n")


def _storable(text: str) -> str:
    """Text from a stranger's e-mail as a database takes it: no control characters
    (PostgreSQL refuses NUL) and no lone surrogates (the email package's stand-ins for
    undecodable bytes in headers)."""
    return text.translate(CONTROL).encode("utf-8", "replace").decode("utf-8")


def _minutes(reading: MailReading) -> int | None:
    """The invite's length, when it is one a round can have (5 minutes to 12 hours)."""
    if not (reading.scheduled_at and reading.ends_at):
        return None
    minutes = int((reading.ends_at - reading.scheduled_at).total_seconds() // 60)
    return minutes if 5 <= minutes <= 720 else None


Reachable = TypeVar("Reachable", date, datetime)


def _within_reach(value: Reachable | None) -> Reachable | None:
    if value is None:
        return None
    try:
        validate_within_reach(value)
    except Exception:
        return None
    return value


class KEEP:
    """``suggestion_accept``'s default: the promised date as the mail was read."""


@transaction.atomic
def suggestion_accept(
    *,
    suggestion: MailSuggestion,
    application: Application,
    kind: str,
    keep_contact: bool = False,
    news_by: date | type[KEEP] | None = KEEP,
) -> InterviewRound | StatusUpdate:
    """Record what the mail says on the application the person chose, dated from the mail;
    with ``keep_contact``, the sender becomes the contact of an application without one;
    ``news_by``: the date they promised as the person corrected it (None: no date)."""
    if not isinstance(news_by, type):  # KEEP: the date as the mail was read
        suggestion.promised_reply_by = news_by
    if keep_contact and contact_offered(suggestion, application):
        name, address = contact_of(suggestion.sender_name, suggestion.sender)
        services.application_save(
            application, people={ContactRole.RECRUITER: services.Named(name, address)}
        )
    record = _round_for(suggestion, application, kind) or _update_for(suggestion, application, kind)
    # The invite's organiser is in the round: its thank-you is addressed to them.
    organiser = suggestion.organiser if isinstance(record, InterviewRound) else ""
    services.record_save(record, people=services.Named.split(organiser) if organiser else None)
    # A hold that calls off the interview booked: it is no longer on anyone's calendar.
    calls_off = kind == MailKind.ON_HOLD and suggestion.scheduled_at
    if calls_off and (called_off := _cancelled(suggestion, application, only_booked=True)):
        services.record_save(called_off)
    suggestion.application = application
    suggestion.kind = kind
    suggestion.status = SuggestionStatus.ACCEPTED
    suggestion.decided_at = timezone.now()
    suggestion.save(
        update_fields=["application", "kind", "status", "decided_at", "promised_reply_by"]
    )
    return record


def prefill_of(suggestion: MailSuggestion) -> dict[str, str]:
    """What a mail from a company not yet in the list says about a new application: the
    company as read, and the sender as the contact there when a person wrote it (the
    reader finds no role)."""
    name, address = contact_of(suggestion.sender_name, suggestion.sender)
    return {"company": suggestion.company, "recruiter_name": name, "recruiter_email": address}


def suggestion_attach(*, suggestion: MailSuggestion, application: Application) -> None:
    """Match a suggestion to the application just added from it: Accept records it there."""
    suggestion.application = application
    suggestion.save(update_fields=["application"])


def contact_offered(suggestion: MailSuggestion, application: Application | None) -> str:
    """The sender's name, offered as the contact of an application that has none yet."""
    if application is not None and application.contact_name:
        return ""
    return contact_of(suggestion.sender_name, suggestion.sender)[0]


def pending_count(user: User) -> int:
    """How many suggestions wait for the person: the Waiting page links to them."""
    return MailSuggestion.objects.for_user(user).pending().count()


def suggestion_dismiss(suggestion: MailSuggestion) -> None:
    suggestion.status = SuggestionStatus.DISMISSED
    suggestion.decided_at = timezone.now()
    suggestion.save(update_fields=["status", "decided_at"])


def _mail_day(suggestion: MailSuggestion) -> date:
    """The day the mail was sent, in the person's calendar; today for an undated or
    impossible one (a Date header from the future)."""
    today = timezone.localdate()
    if suggestion.sent_at is None:
        return today
    day = timezone.localdate(suggestion.sent_at)
    return day if EARLIEST <= day <= today else today


def _note(suggestion: MailSuggestion, *, promise_kept_apart: bool = False) -> str:
    """The record's note; the date they promised only when the record has no field of its
    own for it (``promise_kept_apart``: the history says it from there, once)."""
    lines = [
        f"From an e-mail: “{suggestion.evidence}”" if suggestion.evidence else "From an e-mail."
    ]
    if suggestion.promised_reply_by and not promise_kept_apart:
        lines.append(f"They said they would reply by {short_date(suggestion.promised_reply_by)}.")
    if suggestion.kind == MailKind.ASSESSMENT:
        lines.append("A test or take-home assignment.")
    if suggestion.scheduled_at and suggestion.kind == MailKind.RESCHEDULED:
        moment = timezone.localtime(suggestion.scheduled_at)
        lines.append(f"New time: {short_date(moment.date())} at {moment:%H:%M}.")
    return " ".join(lines)


def _round_kind(suggestion: MailSuggestion) -> str:
    words = f"{suggestion.subject} {suggestion.evidence}".lower()
    return next((kind for word, kind in ROUND_WORDS if word in words), RoundKind.OTHER)


def _round_for(
    suggestion: MailSuggestion, application: Application, kind: str
) -> InterviewRound | None:
    """An invitation with a time is a round at that time; a test with a due date is a
    take-home round due then; a new time for an interview moves the round still booked
    (or books one). Anything else is a status update."""
    if kind == MailKind.CANCELLED:
        return _cancelled(suggestion, application)
    if kind == MailKind.RESCHEDULED and suggestion.scheduled_at:
        if booked := _booked_round(application):
            return _moved(booked, suggestion, suggestion.scheduled_at)
        at, round_kind = suggestion.scheduled_at, _round_kind(suggestion)
    elif kind == MailKind.INVITED and suggestion.scheduled_at:
        at, round_kind = suggestion.scheduled_at, _round_kind(suggestion)
    elif kind == MailKind.ASSESSMENT and suggestion.respond_by:
        at = timezone.make_aware(datetime.combine(suggestion.respond_by, DUE_AT))
        round_kind = RoundKind.TAKE_HOME
    else:
        return None
    return _new_round(suggestion, application, at, round_kind)


def _new_round(
    suggestion: MailSuggestion, application: Application, at: datetime, round_kind: str
) -> InterviewRound:
    return InterviewRound(
        application=application,
        kind=round_kind,
        scheduled_at=at,
        duration_minutes=suggestion.duration_minutes or 60,
        location_or_link=suggestion.location_or_link,
        outcome=Outcome.SCHEDULED,
        reply_promised_by=suggestion.promised_reply_by,
        notes=_note(suggestion, promise_kept_apart=True),
    )


def _cancelled(
    suggestion: MailSuggestion, application: Application, *, only_booked: bool = False
) -> InterviewRound | None:
    """The round they cancel: the booked one at the invite's time, else the latest booked;
    with none booked, the cancelled invite's round, recorded as cancelled (unless
    ``only_booked``: a hold releases a booking but records no round of its own)."""
    at = suggestion.scheduled_at
    booked = application.rounds.filter(outcome=Outcome.SCHEDULED).exclude(kind=RoundKind.TAKE_HOME)
    found = (booked.filter(scheduled_at=at).first() if at else None) or _booked_round(application)
    if found is None:
        if at is None or only_booked:
            return None  # nothing to cancel: a status update says it (UPDATE_OF)
        found = _new_round(suggestion, application, at, _round_kind(suggestion))
    found.outcome = Outcome.CANCELLED
    found.notes = f"{found.notes}\nCancelled by them. {_note(suggestion)}".strip()[:NOTE_LENGTH]
    return found


def _booked_round(application: Application) -> InterviewRound | None:
    """The round they are moving: the latest one still booked, not a take-home."""
    booked = application.rounds.filter(outcome=Outcome.SCHEDULED).exclude(kind=RoundKind.TAKE_HOME)
    return booked.order_by("-scheduled_at", "-pk").first()


def _moved(booked: InterviewRound, suggestion: MailSuggestion, to: datetime) -> InterviewRound:
    before = timezone.localtime(booked.scheduled_at)
    moved = f"Moved by them from {short_date(before.date())} at {before:%H:%M}. {_note(suggestion)}"
    booked.notes = f"{booked.notes}\n{moved}".strip()[:NOTE_LENGTH]
    booked.scheduled_at = to
    booked.location_or_link = suggestion.location_or_link or booked.location_or_link
    booked.duration_minutes = suggestion.duration_minutes or booked.duration_minutes
    return booked


def _update_for(suggestion: MailSuggestion, application: Application, kind: str) -> StatusUpdate:
    return StatusUpdate(
        application=application,
        kind=UPDATE_OF[kind],
        on=_mail_day(suggestion),
        note=_note(suggestion, promise_kept_apart=True),
        respond_by=suggestion.respond_by if kind != MailKind.ASSESSMENT else None,
        news_by=suggestion.promised_reply_by,
    )
