"""The advice engine: ``advise(application, *, today) -> Advice``.

Pure Python: it reads the application's prefetched ``rounds`` and ``updates`` (fetch it
with ``Application.objects.with_records()``), makes no queries and reads no clock.
``rules`` decides where the application stands and which words apply; ``content`` and
``guide`` hold the words; this module puts the two together.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from interviews.guidance import content
from interviews.guidance.guide import GUIDE, GuideEntry, guide_entry
from interviews.guidance.records import Records
from interviews.guidance.rules import (
    Point,
    Wait,
    decide,
    interview_number,
    plan_steps,
    thanked_round,
    timing_keys,
)
from interviews.models import Application, InterviewRound, Stage
from interviews.stages import round_day

__all__ = ["GUIDE", "Advice", "GuideEntry", "Step", "advise", "guide_entry"]


@dataclass(frozen=True)
class Step:
    text: str
    due: date | None = None


@dataclass(frozen=True)
class Advice:
    stage: Stage
    situation: str  # the rules' name for this point, e.g. "round_upcoming"
    guide_slug: str  # the Stage guide entry this advice belongs to
    headline: str
    meaning: str
    not_meaning: str
    timing: str  # when things happen here, in words
    next_steps: tuple[Step, ...]  # soonest first; never empty
    interview_number: int
    awaiting_reply: bool
    waiting_since: date | None
    window: tuple[int, int] | None  # typical reply window, business days
    days_waiting: int | None  # business days since waiting_since
    reply_expected_by: date | None
    follow_up_on: date | None
    follow_ups_unanswered: int
    quiet: bool
    quiet_from: date | None  # the first day the silence counts as gone quiet
    waiting_state: str  # "", "on_track", "overdue", "follow_up" or "quiet"
    last_activity_on: date | None
    next_round: InterviewRound | None
    last_round: InterviewRound | None


def advise(application: Application, *, today: date) -> Advice:
    """Where this application stands today, what that means, and what to do next."""
    records = Records.read(application, today)
    point, wait = decide(application, records, today)
    thanked = thanked_round(point, records, today)
    words = _words(application, point, wait, records, thanked)
    reading = _reading(point.situation, point.context)
    steps = plan_steps(point, wait, thanked)
    return Advice(
        stage=Stage(application.stage),
        situation=point.situation,
        guide_slug=point.guide_slug,
        headline=reading.headline.format_map(words),
        meaning=reading.meaning.format_map(words),
        not_meaning=reading.not_meaning.format_map(words),
        timing=" ".join(content.TIMING[key].format_map(words) for key in timing_keys(point, wait)),
        next_steps=tuple(Step(content.STEPS[key].format_map(words), due) for key, due in steps),
        interview_number=interview_number(point, records),
        awaiting_reply=wait.waiting_since is not None,
        waiting_since=wait.waiting_since,
        window=wait.window,
        days_waiting=wait.days_waiting,
        reply_expected_by=wait.reply_expected_by,
        follow_up_on=wait.follow_up_on,
        follow_ups_unanswered=len(wait.follow_ups),
        quiet=bool(wait.quiet_reason),
        quiet_from=wait.quiet_from,
        waiting_state=wait.state,
        last_activity_on=records.last_activity_on(application.applied_on),
        next_round=records.next_round,
        last_round=records.past_rounds[-1] if records.past_rounds else None,
    )


WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def short_date(day: date) -> str:
    """'Tue 1 Dec': the weekday matters when you are counting business days."""
    # Tables, not strftime: the words stay English whatever the server's locale.
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


def join_names(names: list[str]) -> str:
    """'Sam', 'Sam and Ana', 'Sam, Ana and Lee'."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _reading(situation: str, context: str) -> content.Reading:
    """The situation's reading, in its variant (second, final, ...) when there is one."""
    return content.READINGS.get(f"{situation}/{context}", content.READINGS[situation])


def _words(
    application: Application,
    point: Point,
    wait: Wait,
    records: Records,
    thanked: InterviewRound | None,
) -> dict[str, object]:
    """The values the templates name, in words: dates as 'Tue 1 Dec', kinds as nouns."""
    subject = point.subject
    kind = subject.kind if subject is not None else ""
    first_kind = records.meetings[0].kind if records.meetings else ""
    number = point.number
    words: dict[str, object] = {
        "company": application.company,
        "role": application.role,
        "contact": application.contact_name or content.DEFAULT_CONTACT,
        "round_noun": content.ROUND_NOUN.get(kind, content.DEFAULT_ROUND_NOUN),
        "round_date": short_date(round_day(subject)) if subject is not None else "",
        "ordinal": content.ordinal(number) if number else "",
        "kind_note": content.KIND_NOTE.get(kind, ""),
        "prep": content.PREP.get(kind, ""),
        "first_noun": content.ROUND_NOUN.get(first_kind, ""),
        "low": wait.window[0] if wait.window else "",
        "high": wait.window[1] if wait.window else "",
        "days_waiting": wait.days_waiting,
        "quiet_reason": content.QUIET_REASON.get(wait.quiet_reason, ""),
    }
    words |= {name: short_date(value) if value else "" for name, value in _dates(point, wait)}
    words["ordinal_cap"] = str(words["ordinal"]).capitalize()
    words["number_note"] = content.NUMBER_NOTE["first" if number == 1 else "later"].format_map(
        words
    )
    counts_as = content.COUNTS_AS_SECOND.get(first_kind, content.COUNTS_AS_SECOND["default"])
    words["counts_as"] = counts_as.format_map(words)
    if thanked is not None:
        names = thanked.interviewer_names
        words["thanked_noun"] = content.ROUND_NOUN[thanked.kind]
        words["interviewers"] = join_names(names) or content.DEFAULT_INTERVIEWERS
    return words


def _dates(point: Point, wait: Wait) -> list[tuple[str, date | None]]:
    update = point.update
    return [
        ("since", wait.waiting_since),
        ("expected", wait.reply_expected_by),
        ("promise", point.promise),
        ("follow_up", wait.follow_up_on),
        ("last_follow_up", wait.follow_ups[-1].on if wait.follow_ups else None),
        ("deadline", update.respond_by if update is not None else None),
        ("decided_on", point.event_on),
    ]
