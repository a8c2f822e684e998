"""Situation files: a person's search written as JSON (``docs/advice-cases.md``), turned
into records through the one write path, so the advice reads them as it reads a real
account. ``advise_case`` runs it inside a transaction that it rolls back.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.db.models import F
from django.utils import timezone

from interviews import services
from interviews.models import (
    Application,
    ContactRole,
    EmploymentType,
    InterviewRound,
    Outcome,
    RoundKind,
    Source,
    StatusUpdate,
    UpdateKind,
)
from interviews.people_writes import Named
from interviews.profiles import profile_of


class CaseError(ValueError):
    """A situation file that cannot be read: the message says where."""


@dataclass(frozen=True)
class Case:
    id: str
    today: dt.date
    focus: Application
    applications: dict[str, Application]


_COMMENT = re.compile(r'("(?:\\.|[^"\\])*")|//[^\n]*')


def parse(text: str) -> dict[str, Any]:
    """JSON, allowing ``//`` comments as in the format's own example."""
    try:
        return json.loads(_COMMENT.sub(lambda m: m.group(1) or "", text))
    except json.JSONDecodeError as error:
        raise CaseError(f"not JSON: {error}") from error


def _day(value: str | None, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as error:
        raise CaseError(f"{where}: {value!r} is not a YYYY-MM-DD date") from error


def _choice(value: Any, choices, where: str) -> str:
    text = str(value or "")
    if text and text not in choices.values:
        raise CaseError(f"{where}: {text!r} is not one of {', '.join(choices.values)}")
    return text


def build(data: dict[str, Any]) -> Case:
    """The person, their applications and records, saved as the product saves them."""
    try:
        today = _day(data["today"], "today")
        person = data.get("person", {})
        owner = _person(person)
        zone = ZoneInfo(person.get("time_zone") or "UTC")
        built = {app["ref"]: _application(owner, app, zone, today) for app in data["applications"]}
        focus = built[data["focus"]]
    except KeyError as error:
        raise CaseError(f"missing or unknown {error}") from error
    assert today is not None
    _entered_on(owner, today, zone)
    return Case(str(data.get("id", "")), today, focus, built)


def _entered_on(owner, today: dt.date, zone: ZoneInfo) -> None:
    """The person types the history in on the case's day: the records' logging times move
    to that day (their order kept), as if the file had been entered then."""
    shift = dt.datetime.combine(today, dt.time(12), tzinfo=zone) - timezone.now()
    for model in (InterviewRound, StatusUpdate):
        model.objects.filter(application__owner=owner).update(created_at=F("created_at") + shift)


def _person(person: dict[str, Any]):
    owner = get_user_model().objects.create(username=f"case-{uuid.uuid4().hex[:12]}")
    profile = profile_of(owner)
    profile.full_name = person.get("name", "")
    profile.country = person.get("country", "")
    profile.region = person.get("region", "")
    profile.time_zone = person.get("time_zone") or "UTC"
    profile.employed = bool(person.get("employed", False))
    services.profile_save(profile)
    return owner


def _application(owner, data: dict[str, Any], zone: ZoneInfo, today) -> Application:
    ref = data.get("ref", "?")
    application = services.application_save(
        Application(
            owner=owner,
            company=data["company"],
            role=data["role"],
            source=_choice(data.get("source"), Source, f"{ref}.source"),
            employment_type=_choice(
                data.get("employment_type"), EmploymentType, f"{ref}.employment_type"
            ),
            public_sector=bool(data.get("public_sector", False)),
            applied_on=_day(data.get("applied_on"), f"{ref}.applied_on"),
        ),
        people={ContactRole.RECRUITER: Named(data.get("contact_name", ""))}
        if data.get("contact_name")
        else None,
    )
    # Rounds first, then the news in date order: a pause logged after a booking is newer.
    for number, fields in enumerate(data.get("rounds", [])):
        interview_round = _round(application, fields, zone, today, f"{ref}.rounds[{number}]")
        services.record_save(interview_round, people=Named.split(fields.get("interviewers", "")))
    updates = sorted(data.get("updates", []), key=lambda u: str(u.get("on", "")))
    for number, fields in enumerate(updates):
        services.record_save(_update(application, fields, f"{ref}.updates[{number}]"))
    return application


def _round(application, fields: dict[str, Any], zone: ZoneInfo, today, where) -> InterviewRound:
    try:
        local = dt.datetime.fromisoformat(fields["scheduled_at"])
    except (KeyError, ValueError) as error:
        raise CaseError(f"{where}.scheduled_at: a local date and time is needed") from error
    at = local.replace(tzinfo=zone) if local.tzinfo is None else local
    outcome = _choice(fields.get("outcome") or Outcome.SCHEDULED, Outcome, f"{where}.outcome")
    return InterviewRound(
        application=application,
        kind=_choice(fields.get("kind") or "video", RoundKind, f"{where}.kind"),
        scheduled_at=at,
        days=int(fields.get("days") or 1),
        is_final=bool(fields.get("is_final", False)),
        outcome=outcome,
        reply_promised_by=_day(fields.get("reply_promised_by"), f"{where}.reply_promised_by"),
        thank_you_sent_on=_day(fields.get("thank_you_sent_on"), f"{where}.thank_you_sent_on"),
        # The file does not say when it was called off: no later than the interview or today.
        cancelled_on=min(at.date(), today) if outcome == Outcome.CANCELLED else None,
    )


def _update(application, fields: dict[str, Any], where: str) -> StatusUpdate:
    on = _day(fields.get("on"), f"{where}.on")
    if on is None:
        raise CaseError(f"{where}.on: the day it happened is needed")
    return StatusUpdate(
        application=application,
        kind=_choice(fields["kind"], UpdateKind, f"{where}.kind"),
        on=on,
        note=fields.get("note", "") or "",
        respond_by=_day(fields.get("respond_by"), f"{where}.respond_by"),
        news_by=_day(fields.get("news_by"), f"{where}.news_by"),
        starts_on=_day(fields.get("starts_on"), f"{where}.starts_on"),
    )
