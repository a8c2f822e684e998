"""The values the advice's templates name ("{company}", "{round_date}"), in words.

A template names a handful of the thirty-odd values, so each is worked out when a template
first names it (``Words.__missing__``) rather than all of them for every application: the
advice is read for every card on a page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from interviews.guidance import content
from interviews.guidance.breaks import later_deadline
from interviews.guidance.clock import Wait
from interviews.guidance.contact_name import spoken
from interviews.guidance.person import current_person
from interviews.guidance.planning import ThankYou, days_off_to_deadline
from interviews.guidance.records import Records, agreed_start
from interviews.guidance.standing import Point
from interviews.guidance.whole_search import SEARCH_WORDS, Elsewhere
from interviews.guidance.wording import countdown, join_names, ordinal, short_date
from interviews.models import Application
from interviews.stages import round_day


class Words(dict[str, object]):
    """The values for one application's advice, each made on first use."""

    def __init__(
        self,
        application: Application,
        point: Point,
        wait: Wait,
        records: Records,
        thank_you: ThankYou | None,
        today: date,
        found: Elsewhere,
    ) -> None:
        # Named by most advice, and only read: stored at once, not made by a call on first use.
        super().__init__(company=application.company, role=application.role)
        self.application, self.point, self.wait, self.records = application, point, wait, records
        self.thank_you, self.today, self.found = thank_you, today, found
        subject = point.subject
        self.kind = subject.kind if subject is not None else ""
        self.first_kind = records.meetings[0].kind if records.meetings else ""

    def __missing__(self, name: str) -> object:
        value = self[name] = MAKERS[name](self)  # an unknown name: KeyError, as from a dict
        return value


def _round_date(w: Words) -> str:
    subject = w.point.subject
    return short_date(round_day(subject)) if subject is not None else ""


def _signals(w: Words) -> str:
    """The debrief's signals in words: what the person noticed, read with care."""
    subject = w.point.subject
    if subject is None:
        return ""
    good = [name for field, name in content.SIGNAL_NAMES.items() if getattr(subject, field)]
    key = "good" if len(good) > 1 else "good_one"
    said = content.SIGNALS[key].format(good=join_names(good)) if good else ""
    if subject.next_steps_vague:
        said += content.SIGNALS["vague"]
    return said


def _day(date_of: Callable[[Words], date | None]) -> Callable[[Words], str]:
    def made(w: Words) -> str:
        value = date_of(w)
        return short_date(value) if value else ""

    return made


def _thanked(w: Words) -> str:
    if w.thank_you is None:
        raise KeyError("thanked_noun")  # named only where a thank-you is owed
    return content.ROUND_NOUN[w.thank_you.round.kind]


def _referrer(w: Words) -> str:
    """The person who referred them, by name when the application names one."""
    referrer = w.application.referrer
    return (spoken(referrer.name) if referrer else "") or content.DEFAULT_REFERRER


def _interviewers(w: Words) -> str:
    if w.thank_you is None:
        raise KeyError("interviewers")
    return join_names(list(w.thank_you.names)) or content.DEFAULT_INTERVIEWERS


def _days_off(w: Words) -> tuple[date, ...]:
    return days_off_to_deadline(w.point, w.today)


def _later_deadline(w: Words) -> str:
    lost = _days_off(w)
    assert w.point.subject is not None and lost  # named only where a deadline loses days
    due = round_day(w.point.subject)
    return short_date(later_deadline(due, len(lost), current_person().country))


def _days_off_note(w: Words) -> str:
    return content.DAYS_OFF_NOTE.format_map(w) if _days_off(w) else ""


def _promise_read(w: Words) -> bool:
    """Whether the promise the wait runs to is a date read from a note, not one given."""
    promise = w.point.promise
    return any(u.news_by_read and u.news_by == promise for u in w.records.updates) or any(
        r.reply_promised_read and r.reply_promised_by == promise for r in w.records.past_rounds
    )


# Each value but the company and the role (``Words.__init__``), made on first use.
MAKERS: dict[str, Callable[[Words], object]] = {
    "contact": lambda w: spoken(w.application.contact_name) or content.DEFAULT_CONTACT,
    "referrer": _referrer,
    "round_noun": lambda w: content.ROUND_NOUN.get(w.kind, content.DEFAULT_ROUND_NOUN),
    "round_date": _round_date,
    "ordinal": lambda w: ordinal(w.point.number) if w.point.number else "",
    "ordinal_cap": lambda w: str(w["ordinal"]).capitalize(),
    "kind_note": lambda w: content.KIND_NOTE.get(w.kind, ""),
    "prep": lambda w: content.PREP.get(w.kind, ""),
    "first_noun": lambda w: content.ROUND_NOUN.get(w.first_kind, ""),
    "low": lambda w: w.wait.window[0] if w.wait.window else "",
    "high": lambda w: w.wait.window[1] if w.wait.window else "",
    "days_waiting": lambda w: w.wait.days_waiting,
    "quiet_reason": lambda w: content.QUIET_REASON.get(w.wait.quiet_reason, ""),
    "countdown": lambda w: countdown(w.point.deadline, w.today) if w.point.deadline else "",
    "signals": _signals,
    # Only someone with a job to leave is told not to leave it.
    "resign_note": lambda w: content.RESIGN_NOTE if current_person().employed else "",
    "since": _day(lambda w: w.wait.waiting_since),
    "expected": _day(lambda w: w.wait.reply_expected_by),
    "promise": _day(lambda w: w.point.promise),
    "follow_up": _day(lambda w: w.wait.follow_up_on),
    "last_follow_up": _day(lambda w: w.wait.follow_ups[-1].on if w.wait.follow_ups else None),
    "quiet_from": _day(lambda w: w.wait.quiet_from),
    "deadline": _day(lambda w: w.point.deadline),
    "decided_on": _day(lambda w: w.point.event_on),
    "number_note": lambda w: content.NUMBER_NOTE[
        "first" if w.point.number == 1 else "later"
    ].format_map(w),
    "counts_as": lambda w: content.COUNTS_AS_SECOND.get(
        w.first_kind, content.COUNTS_AS_SECOND["default"]
    ).format_map(w),
    "promise_said": lambda w: content.PROMISE_SAID[_promise_read(w)],
    "start_date": _day(lambda w: agreed_start(w.records.updates)),
    "agreed_start": lambda w: (
        f"your start on {w['start_date']}" if w["start_date"] else "the agreed start date"
    ),
    "notice_words": lambda w: content.NOTICE_WORDS[
        "agreed" if w["start_date"] else "open"
    ].format_map(w),
    "days_off": lambda w: join_names([short_date(day) for day in _days_off(w)]),
    "later_deadline": _later_deadline,
    "days_off_note": _days_off_note,
    "thanked_noun": _thanked,
    "interviewers": _interviewers,
}


def _in_the_search(make: Callable[[Elsewhere], object]) -> Callable[[Words], object]:
    return lambda w: make(w.found)


# The search's words (``whole_search.SEARCH_WORDS``), made as the others are.
MAKERS.update({name: _in_the_search(make) for name, make in SEARCH_WORDS.items()})
