"""The advice engine: ``advise(application, *, today, person) -> Advice``.

Pure Python: it reads the application's prefetched ``rounds`` and ``updates`` (fetch it
with ``Application.objects.with_records()``), makes no queries and reads no clock. The
person's calendar (time zone, holidays, country, employment) is the ``Person`` it is
given, or its owner's; never whatever the caller happened to put in force. ``standing``
decides where the application stands, ``clock`` the employer's side of the waiting,
``planning`` what to do and when; ``content`` and ``guide`` hold the words; this module
puts them together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from functools import lru_cache

from interviews.guidance import content
from interviews.guidance.asked import asked_already
from interviews.guidance.business_days import add_business_days
from interviews.guidance.clock import NO_WAIT, Wait, dispute_wait, measure_wait
from interviews.guidance.doubt import DOUBT, in_doubt
from interviews.guidance.guide import GUIDE, GuideEntry, guide_entry
from interviews.guidance.livelihood import livelihood_steps
from interviews.guidance.named import name_event
from interviews.guidance.person import Person
from interviews.guidance.planning import (
    ThankYou,
    asked_first,
    pending_steps,
    plan_steps,
    soonest_first,
    thank_you_owed,
    timing_keys,
    timing_line_key,
    without_contradictions,
)
from interviews.guidance.quick import quick_init, replace
from interviews.guidance.records import Records, stage_of
from interviews.guidance.search import NO_SEARCH, Search
from interviews.guidance.situations import Situation
from interviews.guidance.standing import Point, situate
from interviews.guidance.whole_search import (
    Elsewhere,
    accepted_point,
    elsewhere,
    near_a_decision,
    offer_to_tell,
    search_steps,
)
from interviews.guidance.wording import join_names, short_date
from interviews.guidance.words import Words
from interviews.models import Application, InterviewRound, Stage
from interviews.stages import round_day

__all__ = [
    "GUIDE",
    "Advice",
    "GuideEntry",
    "Person",
    "Question",
    "Search",
    "Situation",
    "Step",
    "ThankYou",
    "advise",
    "bookings",
    "guide_entry",
    "join_names",
    "short_date",
]

APPLIED_PACE = {Situation.APPLIED_WAITING, Situation.ACKNOWLEDGED_WAITING}
FIRST_DAYS = 3  # business days of waiting during which silence is simply normal


@quick_init
@dataclass(frozen=True)
class Step:
    text: str
    due: date | None = None
    key: str = ""  # which step this is (content.STEPS), for pages that single one out


@dataclass(frozen=True)
class Question:
    """A record the person still has to settle, asked as a question about one round."""

    text: str
    round: InterviewRound
    stale: bool  # True: booked ahead on a closed application ("cancel it?")


@dataclass(frozen=True)
class Advice:
    stage: Stage
    situation: Situation  # the rules' name for this point
    guide_slug: str  # the Stage guide entry this advice belongs to
    headline: str
    meaning: str
    not_meaning: str
    timing: str  # when things happen here, in words
    timing_line: str  # the one date that matters most, for a card ("" when none)
    next_steps: tuple[Step, ...]  # soonest first; never empty
    questions: tuple[Question, ...]  # outcomes not logged, bookings left on a closed one
    interview_number: int
    awaiting_reply: bool
    waiting_since: date | None
    window: tuple[int, int] | None  # typical reply window, business days
    days_waiting: int | None  # business days since waiting_since
    reply_expected_by: date | None
    follow_up_on: date | None
    follow_ups_sent: int  # follow-ups sent since the event the wait rests on
    follow_ups_unanswered: int  # those whose own reply window has passed
    quiet: bool
    quiet_from: date | None  # the first day the silence counts as gone quiet
    waiting_state: str  # "", "on_track", "overdue", "follow_up" or "quiet"
    deadline: date | None  # an offer's answer-by date
    thank_you: ThankYou | None  # the visit still owed a thank-you, and when
    last_activity_on: date | None
    next_round: InterviewRound | None
    last_round: InterviewRound | None

    @classmethod
    def made(cls, **values: object) -> Advice:
        """``Advice(**values)`` given every field, made without the generated ``__init__``:
        a frozen dataclass sets each of its 27 fields through ``object.__setattr__``,
        which costs more than the rest of a closed application's advice, and the engine
        makes one for every card on a page. Still immutable; a field left out or unknown
        is a TypeError, as from the constructor."""
        if values.keys() != ADVICE_FIELDS:
            wrong = sorted(ADVICE_FIELDS.symmetric_difference(values))
            raise TypeError(f"Advice is made from exactly its fields; not so: {wrong}")
        advice = object.__new__(cls)
        advice.__dict__.update(values)
        return advice

    def as_dict(self) -> dict[str, object]:
        """A plain, stable form for the API and exports: text, numbers, ISO dates and ids."""
        return {
            "stage": str(self.stage),
            "situation": str(self.situation),
            "guide_slug": self.guide_slug,
            "headline": self.headline,
            "meaning": self.meaning,
            "not_meaning": self.not_meaning,
            "timing": self.timing,
            "timing_line": self.timing_line,
            "next_steps": [
                {"key": s.key, "text": s.text, "due": _iso(s.due)} for s in self.next_steps
            ],
            "questions": [
                {"text": q.text, "round_id": q.round.pk, "stale": q.stale} for q in self.questions
            ],
            "interview_number": self.interview_number,
            "awaiting_reply": self.awaiting_reply,
            "waiting_since": _iso(self.waiting_since),
            "window": list(self.window) if self.window else None,
            "days_waiting": self.days_waiting,
            "reply_expected_by": _iso(self.reply_expected_by),
            "follow_up_on": _iso(self.follow_up_on),
            "follow_ups_sent": self.follow_ups_sent,
            "follow_ups_unanswered": self.follow_ups_unanswered,
            "quiet": self.quiet,
            "quiet_from": _iso(self.quiet_from),
            "waiting_state": self.waiting_state,
            "deadline": _iso(self.deadline),
            "thank_you": (
                {"round_id": self.thank_you.round.pk, "due": _iso(self.thank_you.due)}
                if self.thank_you
                else None
            ),
            "last_activity_on": _iso(self.last_activity_on),
            "next_round_id": self.next_round.pk if self.next_round else None,
            "last_round_id": self.last_round.pk if self.last_round else None,
        }


ADVICE_FIELDS = frozenset(field.name for field in fields(Advice))


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def decide(
    application: Application, records: Records, today: date, found: Elsewhere | None = None
) -> tuple[Point, Wait]:
    """The situation and the employer's clock; a long silence turns into "gone quiet",
    but only for a wait that can go quiet. An offer accepted elsewhere outranks all but
    a closing record: there is nothing left to wait for here."""

    def read() -> Point:
        return name_event(situate(application, records, today), records, today)

    elsewhere_point = None if found is None else accepted_point(found, application, records, read)
    if elsewhere_point is not None:
        return elsewhere_point, NO_WAIT
    point = read()
    wait = measure_wait(
        point,
        records.updates,
        today,
        public_sector=application.public_sector,
        applied_pace=point.situation in APPLIED_PACE,
        can_go_quiet=point.situation.can_go_quiet and point.context != "offer",
    )
    if point.situation == Situation.ADVERSE_ACTION and point.update and point.deadline:
        wait = dispute_wait(point.update.on, point.deadline, today)
    if wait.quiet_reason:
        point = replace(point, situation=Situation.GONE_QUIET, guide_slug="gone_quiet", context="")
    elif in_doubt(point, wait, today):
        point = replace(point, context=DOUBT)
    elif point.situation == Situation.SAVED and found is not None and found.double is not None:
        # Already put forward for this role another way: applying again is the risk.
        point = replace(point, context="submitted")
    return point, _searched_wait(point, wait, records, today, found)


def _searched_wait(
    point: Point, wait: Wait, records: Records, today: date, found: Elsewhere | None
) -> Wait:
    """The nudge as the rest of the search moves it: pulled in to today when an offer
    elsewhere is to be told (the telling is the nudge), gone when an agency owns the
    candidacy (all chasing goes through them)."""
    if found is None or wait.follow_up_on is None:
        return wait
    if offer_to_tell(found, point, records) and near_a_decision(records):
        due = min(wait.follow_up_on, add_business_days(today, 0))
        wait = replace(wait, follow_up_on=due, state="follow_up" if due <= today else wait.state)
    if found.agency_owns:
        state = "on_track" if wait.state == "follow_up" else wait.state
        wait = replace(wait, follow_up_on=None, state=state)
    return wait


def advise(
    application: Application,
    *,
    today: date,
    person: Person | None = None,
    earlier: Sequence[Application] = (),
    search: Search = NO_SEARCH,
) -> Advice:
    """Where this application stands today, what that means, and what to do next.

    ``person``: whose calendar the dates are in (time zone, holidays, employment); pages
    pass the one they hold, else it is read from the application's owner. Whatever the
    caller has activated, the advice is the same.
    ``search``: the person's whole search (``interviews.search_picture.search_of``), so the
    advice sees an offer accepted elsewhere, other live offers, the same role submitted
    twice and earlier applications to the company. ``earlier``: closed applications to the
    same company, when a caller has them without a search picture."""
    with (person or Person.of_owner(application.owner)).advising():
        return _advise(application, today, earlier, search)


def _advise(
    application: Application, today: date, earlier: Sequence[Application], search: Search
) -> Advice:
    records = Records.read(application, today)
    found = elsewhere(application, search, earlier)
    point, wait = decide(application, records, today, found)
    thank_you = thank_you_owed(point, records, today)
    words = Words(application, point, wait, records, thank_you, today, found)
    reading = _reading(point, wait)
    steps = search_steps(found, point, records, today)
    steps += plan_steps(
        point, wait, records, application, today, thank_you, others_to_tell=found.others_to_tell
    )
    steps = livelihood_steps(
        asked_already(steps, point, records), point, records, application, today
    )
    steps = soonest_first(without_contradictions(steps))
    card_wait = asked_first(wait, steps, today)
    line_key = timing_line_key(point, wait)
    timing = timing_keys(point, wait)
    return Advice.made(
        stage=stage_of(application),
        situation=point.situation,
        guide_slug=point.guide_slug,
        headline=reading.headline.format_map(words),
        meaning=reading.meaning.format_map(words),
        not_meaning=reading.not_meaning.format_map(words),
        timing=" ".join([content.TIMING[key].format_map(words) for key in timing]),
        timing_line=content.TIMING_LINE[line_key].format_map(words) if line_key else "",
        next_steps=tuple(
            [Step(content.STEPS[key].format_map(words), due, key) for key, due in steps]
        ),
        questions=_questions(records),
        interview_number=_interview_number(point, records),
        awaiting_reply=wait.waiting_since is not None,
        waiting_since=wait.waiting_since,
        window=wait.window,
        days_waiting=wait.days_waiting,
        reply_expected_by=wait.reply_expected_by,
        follow_up_on=card_wait.follow_up_on,
        follow_ups_sent=len(wait.follow_ups),
        follow_ups_unanswered=wait.follow_ups_unanswered,
        quiet=bool(wait.quiet_reason),
        quiet_from=wait.quiet_from,
        waiting_state=card_wait.state,
        deadline=point.deadline,
        thank_you=thank_you,
        last_activity_on=records.last_activity_on(application.applied_on),
        next_round=records.next_round,
        last_round=records.past_rounds[-1] if records.past_rounds else None,
    )


def _interview_number(point: Point, records: Records) -> int:
    """Visits had or booked; a pending invitation already counts ("my second interview")."""
    return len(records.visit_days) + (1 if point.situation == Situation.INVITED else 0)


def bookings(
    application: Application, *, today: date, person: Person
) -> tuple[InterviewRound | None, tuple[Question, ...]]:
    """What an application's rounds alone say on ``today``, in the person's calendar: its
    next booking ahead and the records still to settle (``Advice.next_round`` and
    ``Advice.questions``), without its updates or the rest of the advice."""
    with person.in_force():
        records = Records.of(application, (), today)
        return records.next_round, _questions(records)


def _questions(records: Records) -> tuple[Question, ...]:
    asked = []
    for key, interview_round in pending_steps(records):
        if key == "stale_cancel":
            text = content.STALE_QUESTION.format_map(_round_words(interview_round))
            asked.append(Question(text, interview_round, True))
        else:
            asked.append(round_question(interview_round))
    return tuple(asked)


def round_question(interview_round: InterviewRound) -> Question:
    """ "How did the video interview on Fri 11 Dec go?": a round whose outcome is due."""
    text = content.PENDING_QUESTION.format_map(_round_words(interview_round))
    return Question(text, interview_round, False)


def _round_words(interview_round: InterviewRound) -> dict[str, str]:
    return {
        "round_noun": content.ROUND_NOUN.get(interview_round.kind, content.DEFAULT_ROUND_NOUN),
        "round_date": short_date(round_day(interview_round)),
    }


def _reading(point: Point, wait: Wait) -> content.Reading:
    """The situation's reading, in its variant (second, final, ...) when there is one; past
    the first days of a wait, without "silence in the first days is normal"."""
    key = _reading_key(point.situation, point.context)
    reading = content.READINGS[key]
    if (
        point.situation.is_offer
        and point.deadline is not None
        and point.context != "deadline_passed"
    ):
        reading = replace(reading, headline=reading.headline + content.DEADLINE_SUFFIX)
    later = content.LATER_NOT_MEANING.get(key)
    if later and wait.days_waiting is not None and wait.days_waiting > FIRST_DAYS:
        return replace(reading, not_meaning=later)
    return reading


@lru_cache(maxsize=256)
def _reading_key(situation: Situation, context: str) -> str:
    # Asked for every application; formatting an enum member is not cheap (as plan_key).
    keyed = f"{situation}/{context}"
    return keyed if keyed in content.READINGS else str(situation)
