"""What to do next, and when: the steps of a point, the thank-you rule, the timing keys.

Pure: it reads the ``Point``, the ``Wait``, the ``Records`` and ``today``. The rule for when a
thank-you is owed lives here and only here; ``Advice.thank_you`` carries it to the drafts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from operator import itemgetter

from django.utils import timezone

from interviews.guidance import content
from interviews.guidance.breaks import days_off_before
from interviews.guidance.business_days import (
    add_business_days,
    business_days_between,
    previous_business_day,
)
from interviews.guidance.carried import references_owed
from interviews.guidance.clock import MAX_FOLLOW_UPS, THANK_YOU_LATE_FINE, Wait
from interviews.guidance.doubt import DOUBT
from interviews.guidance.person import current_person
from interviews.guidance.quick import quick_init
from interviews.guidance.records import Records, last_day
from interviews.guidance.situations import Due, Situation
from interviews.guidance.spec import is_spec, timing_key
from interviews.guidance.standing import SCORED_FINAL, Point
from interviews.models import (
    Application,
    InterviewRound,
    Outcome,
    RoundKind,
    Source,
    UpdateKind,
)
from interviews.stages import local_zone, round_day

FRESH_FOR = 2  # business days a debrief is still "fresh"
NOON = 12  # a visit that ends before noon is thanked the same day
STALE_STEPS_AFTER = timedelta(days=14)  # closed: dated steps older than this are history


NO_THANKS = {Situation.SAVED, Situation.GONE_QUIET, Situation.ACCEPTED_ELSEWHERE}


@quick_init
@dataclass(frozen=True)
class ThankYou:
    """A thank-you owed for one visit (a same-day loop counts once), and when it is due."""

    rounds: tuple[InterviewRound, ...]
    names: tuple[str, ...]  # every interviewer met on that visit and not yet thanked
    due: date

    @property
    def round(self) -> InterviewRound:
        return self.rounds[-1]

    @property
    def is_panel(self) -> bool:
        return any(r.kind == RoundKind.PANEL for r in self.rounds)


def thank_you_owed(point: Point, records: Records, today: date) -> ThankYou | None:
    """The latest visit still owed a thank-you, while one is still timely."""
    if point.situation.is_closed or point.situation in NO_THANKS:
        return None
    held = [r for r in records.past_rounds if r.is_meeting]
    if not held:
        return None
    visit = tuple(r for r in records.same_visit(held[-1]) if r in held)
    if any(r.outcome == Outcome.NOT_SELECTED for r in visit):
        return None
    # Each round's thank-you is its own record: interviewers on the visit with none
    # recorded are still owed one (one thanked in a loop of four leaves three).
    unthanked = tuple(r for r in visit if not r.thank_you_sent_on)
    if not unthanked:
        return None
    day = last_day(visit[-1])
    if business_days_between(day, today) < 0:
        return None
    if point.update is not None and point.update.on > day:
        # Newer news governs (an offer, a check, their reply): the thank-you's moment passed.
        return None
    # A visit over several days ends on its last day, at a time not recorded: next day.
    last = visit[-1]
    morning = last.days == 1 and timezone.localtime(last.ends_at, local_zone()).hour < NOON
    due = add_business_days(day, 0 if morning else 1)
    if business_days_between(due, today) > THANK_YOU_LATE_FINE:
        return None  # past what the Stage guide calls still fine (guide_phrases.THANK_YOU)
    names = tuple(dict.fromkeys(name for r in unthanked for name in r.interviewer_names))
    return ThankYou(rounds=unthanked, names=names, due=due)


def prep_due(interview_round: InterviewRound, today: date) -> date:
    """Preparation falls due the business day before the round; today when that has passed."""
    day = round_day(interview_round)
    return max(previous_business_day(day), min(today, day))


def _applies(only: str, point: Point, application: Application, today: date, others: bool) -> bool:
    return not only or CONDITIONS[only](point, application, today, others)


# The conditions a planned step may need (``content.Planned.only``), each read when asked.
CONDITIONS: dict[str, Callable[[Point, Application, date, bool], bool]] = {
    "employed": lambda point, application, today, others: current_person().employed,
    "us": lambda point, application, today, others: current_person().country == "US",
    "referral": lambda point, application, today, others: (
        application.source == Source.REFERRAL or application.referrer is not None
    ),
    "deadline": lambda point, application, today, others: point.deadline is not None,
    "fresh": lambda point, application, today, others: (
        point.event_on is not None and business_days_between(point.event_on, today) <= FRESH_FOR
    ),
    "contract_to_hire": lambda point, application, today, others: (
        application.employment_type == "contract_to_hire"
    ),
    "others_to_tell": lambda point, application, today, others: others,
    "days_off": lambda point, application, today, others: bool(days_off_to_deadline(point, today)),
    # A reply needs someone to read it: an automated rejection from a no-reply address
    # leaves no contact (``hrmail.senders.contact_of``), and nobody to thank.
    "someone_to_reply": lambda point, application, today, others: bool(
        application.contact_name or application.contact_email
    ),
}


def days_off_to_deadline(point: Point, today: date) -> tuple[date, ...]:
    """A take-home due ahead: the working days its time loses to holidays and breaks (a
    deadline the person must meet gets the same calendar as a nudge they send)."""
    if point.situation != Situation.ROUND_UPCOMING or point.context != "take_home":
        return ()
    assert point.subject is not None  # the take-home ahead
    return days_off_before(today, round_day(point.subject), current_person().country)


ROUND_DUES = frozenset({Due.PREP, Due.ROUND})


def _due(code: Due | None, point: Point, today: date, applied_on: date | None) -> date | None:
    if code is None:
        return None
    if code == Due.TODAY:
        return today
    if code == Due.AFTER_APPLYING:
        return add_business_days(applied_on, 1) if applied_on else None
    if code == Due.DEADLINE:
        return point.deadline
    if code in ROUND_DUES:
        assert point.subject is not None  # a round's own steps
        if code == Due.ROUND:
            return round_day(point.subject)
        return prep_due(point.subject, today)
    if point.event_on is None:
        return None
    if code == Due.EVENT:
        return point.event_on
    return add_business_days(point.event_on, {Due.NEXT_DAY: 1, Due.TWO_DAYS: 2}[code])


def plan_key(point: Point) -> str:
    return _plan_key(point.situation, point.context)


@lru_cache(maxsize=256)
def _plan_key(situation: Situation, context: str) -> str:
    # Asked several times per application; formatting an enum member is not cheap.
    keyed = f"{situation}/{context}"
    return keyed if keyed in content.STEP_PLAN else str(situation)


def plan_steps(
    point: Point,
    wait: Wait,
    records: Records,
    application: Application,
    today: date,
    thank_you: ThankYou | None,
    *,
    others_to_tell: bool = False,
) -> list[tuple[str, date | None]]:
    """(key, due) pairs, soonest first; undated steps keep their order at the end.
    ``others_to_tell``: another process is live short of an offer and none is accepted
    (``whole_search.Elsewhere``)."""
    steps: list[tuple[str, date | None]] = []
    if point.situation == Situation.GONE_QUIET and len(wait.follow_ups) < MAX_FOLLOW_UPS:
        steps.append(("quiet_last_note", None))
    for planned in content.STEP_PLAN[plan_key(point)]:
        only = planned.only
        if not only or CONDITIONS[only](point, application, today, others_to_tell):
            steps.append((planned.key, _due(planned.due, point, today, application.applied_on)))
    steps += _round_steps(point, today)
    for key, due, only in references_owed(point, records, steps):
        if _applies(only, point, application, today, others_to_tell):
            steps.append((key, due))
    if thank_you is not None:
        steps.append(("thank_you_panel" if thank_you.is_panel else "thank_you", thank_you.due))
    if wait.follow_up_on is not None:
        steps.append((follow_up_key(point, wait), wait.follow_up_on))
    if point.deadline is not None:
        steps = [(key, _before_deadline(key, due, point, today)) for key, due in steps]
    if point.situation.is_closed:
        steps = [
            (key, due) for key, due in steps if due is None or due >= today - STALE_STEPS_AFTER
        ]
    steps = honestly_dated(steps, today)
    for key, _ in steps:
        if key in ANSWERED_BY_A_MESSAGE:  # a step a message may have done: was one sent?
            done = answered(point, records)
            steps = [(key, due) for key, due in steps if key not in done]
            break
    return soonest_first(steps)


def soonest_first(steps: list[tuple[str, date | None]]) -> list[tuple[str, date | None]]:
    """Dated steps soonest first, then the undated ones; each keeps its order among steps
    due the same day (a stable sort by the day alone, without a Python key per step)."""
    if len(steps) < 2:
        return steps
    dated: list[tuple[str, date | None]] = []
    undated: list[tuple[str, date | None]] = []
    for step in steps:  # one loop: most advice has two or three steps
        (undated if step[1] is None else dated).append(step)
    dated.sort(key=_DUE)
    return dated + undated if undated else dated


_DUE = itemgetter(1)


# Steps a message to the employer does: a reply to a rejection (which asks for feedback
# when they met) is logged as a sent follow-up, as every message sent from a draft is
# (``drafts.SENT_AS``), and so counts in the work-search log as contact with an employer.
ANSWERED_BY_A_MESSAGE = frozenset({"rejected_reply", "rejected_feedback"})


def answered(point: Point, records: Records) -> frozenset[str]:
    """The steps done by a message the person sent after the news the point stands on."""
    if point.update is None:
        return frozenset()
    _, later = records.after(point.update)
    if any(update.kind == UpdateKind.FOLLOW_UP_SENT for update in later):
        return ANSWERED_BY_A_MESSAGE
    return frozenset()


# Steps with a real deadline: the only ones that may show as overdue.
DEADLINES = frozenset({"written_deadline", "adverse_dispute"})
# Courtesy replies to news (thanks for an offer, an update, a rejection): "within a day",
# still fine a day after that (../shared/domain/stage-facts.md: answer an offer within
# 24 h; a gracious reply to a rejection within 24-48 h). Past that, the moment has gone:
# the step is dropped, never shown as due today as if the news were new.
COURTESY = frozenset({"written_reply", "still_deciding_thanks", "rejected_reply", "declined_note"})
COURTESY_LATE = 1  # business days past its due day a courtesy reply still makes sense
# Open-ended steps that lose their point once their moment has passed, and how many
# business days late they still make sense; every other open-ended step is simply due today.
LAPSES_AFTER = {
    "referral_tell": 5,
    # Feedback is asked while the process is fresh in their minds; an old rejection
    # entered late is history (#22), not a reply due today.
    "rejected_feedback": 5,
    "references_brief": 10,  # by then they have called, or asked again
    "debrief": 2,
    "invited_reply": 5,
    "on_hold_ask": 5,
    "moving_forward_reply": 5,  # its question (what next, and when) outlives the thanks
    **dict.fromkeys(COURTESY, COURTESY_LATE),
}


def nudge_day(due: date, today: date) -> date:
    """The day a nudge to the employer is shown due: its own, or once that has passed, the
    first business day from today. One rule for the pages and the calendar feed, so a
    follow-up the card calls "today" is today in the person's calendar too."""
    return due if due >= today else add_business_days(today, 0)


def honestly_dated(
    steps: list[tuple[str, date | None]], today: date
) -> list[tuple[str, date | None]]:
    """Only a deadline can be overdue: an open-ended step dated in the past is due today
    (a nudge to the employer, the next business day), or is dropped when its moment has
    passed."""
    dated: list[tuple[str, date | None]] = []
    for key, due in steps:
        if due is None or due >= today or key in DEADLINES:
            dated.append((key, due))
        elif business_days_between(due, today) <= LAPSES_AFTER.get(key, 10**6):
            dated.append((key, nudge_day(due, today) if key in NUDGES else today))
    return dated


# One page never says two things that contradict each other: a step gives way when a step
# that overrides it falls due no later (the newer fact wins). "No need to ask again" and
# "thank them for the update" are over once a nudge is due; an application someone else
# already submitted is not to be applied to again; with a counter open, the answer-by date
# is to be moved, not met.
SUPERSEDED_BY: dict[str, frozenset[str]] = {
    "still_deciding_thanks": frozenset({"follow_up_1", "follow_up_2"}),
    "on_hold_ask": frozenset({"follow_up_1", "follow_up_2"}),
    "apply": frozenset({"double_submission", "double_submission_agency"}),
    "apply_tailor": frozenset({"double_submission", "double_submission_agency"}),
    "written_deadline": frozenset({"negotiate_deadline"}),
    # Telling them about an offer elsewhere is the nudge; so is asking if the role is live.
    "follow_up_1": frozenset({"other_offer_tell", "role_status_ask", "consent_ask"}),
    "follow_up_2": frozenset({"other_offer_tell"}),
}


OVERRIDABLE = frozenset(SUPERSEDED_BY)


def without_contradictions(
    steps: list[tuple[str, date | None]],
) -> list[tuple[str, date | None]]:
    """Steps less those overridden by a step due no later (undated: any time, so now)."""
    if OVERRIDABLE.isdisjoint([key for key, _ in steps]):
        return steps  # none of them gives way to another
    due_by_key = {key: due or date.min for key, due in steps}

    def overridden(key: str, due: date | None) -> bool:
        return any(
            due_by_key[other] <= (due or date.max)
            for other in SUPERSEDED_BY.get(key, frozenset())
            if other in due_by_key
        )

    return [(key, due) for key, due in steps if not overridden(key, due)]


# Questions the person needs answered before anything else can sensibly happen: whether a
# booking made before a pause still stands, which of two submissions counts, whether the
# offer due first can wait for the next one. The page asks them now, so the card's
# follow-up is that day (a business day), not the next nudge on the waiting clock.
# (Telling the agency about a direct application is not one: the agency then owns the
# candidacy and this record gets no follow-up at all, ``guidance._searched_wait``.)
ASKED_FIRST = frozenset({"hold_booked_ask", "double_submission", "offers_align"})


def asked_first(wait: Wait, steps: list[tuple[str, date | None]], today: date) -> Wait:
    """The wait as the card shows it: its follow-up brought forward to a question asked
    first, if any. The timing's words keep the waiting clock's own nudge."""
    if wait.waiting_since is None:
        return wait
    asks = [due for key, due in steps if key in ASKED_FIRST and due is not None]
    if not asks:
        return wait
    due = add_business_days(min(asks), 0)
    if wait.follow_up_on is not None and wait.follow_up_on <= due:
        return wait
    return replace(wait, follow_up_on=due, state="follow_up" if due <= today else wait.state)


# Messages to the employer: never due on a day they are closed.
NUDGES = frozenset(
    {"follow_up_1", "follow_up_2", "offer_chase", "offer_chase_now", "check_chase"}
    | {"check_chase_now", "dispute_confirm"}
)
# The nudge for a wait with a live stake is a call, with its own words.
CHASES = {
    Situation.OFFER_VERBAL: "offer_chase",
    Situation.NEGOTIATING: "offer_chase",
    Situation.BACKGROUND_CHECK: "check_chase",
    Situation.REFERENCES_FINALIST: "check_chase",
}


def chase_of(point: Point) -> str:
    """The call a wait with a live stake asks for; "" for a plain wait (a note will do)."""
    if point.situation == Situation.ON_HOLD and point.context == "offer":
        return "offer_chase"
    return CHASES.get(point.situation, "")


def follow_up_key(point: Point, wait: Wait) -> str:
    """The nudge, in the words of its wait: a note, or a call; once due, a call today. In a
    dispute window, the check that the dispute reached them."""
    if point.situation == Situation.ADVERSE_ACTION:
        return "dispute_confirm"
    chase = chase_of(point)
    if chase:
        return f"{chase}_now" if wait.state == "follow_up" else chase
    return "follow_up_2" if wait.follow_ups else "follow_up_1"


def _chase_timing_key(point: Point, wait: Wait) -> str:
    """The nudge's timing words; a call brought forward by the answer date, inside the
    usual window, says so rather than "past the usual time"."""
    key = follow_up_key(point, wait)
    early = wait.window is not None and (wait.days_waiting or 0) <= wait.window[1]
    if key == "offer_chase_now" and point.deadline is not None and early:
        return "offer_chase_now_deadline"
    return key


# Steps done at the interview itself (asking about next steps and their timing).
AT_THE_ROUND = frozenset({"prep_first", "prep_later"})


def _round_steps(point: Point, today: date) -> list[tuple[str, date]]:
    """Preparation by interview number, and the salary talk where it usually comes up."""
    if point.situation != Situation.ROUND_UPCOMING or point.context == "trial_day":
        return []  # a trial day is a working day, not an interview (guidance.named)
    assert point.subject is not None  # the round ahead
    due = prep_due(point.subject, today)
    steps = []
    if point.number:
        key = {1: "prep_first", 2: "prep_second"}.get(point.number, "prep_later")
        # A question to ask at the interview is due on its day, not the day before.
        steps.append((key, max(round_day(point.subject), today) if key in AT_THE_ROUND else due))
    if point.context == "screen":
        steps.append(("salary_screen", due))
    elif point.context == "second":
        steps.append(("salary_second", due))
    return steps


def _before_deadline(key: str, due: date | None, point: Point, today: date) -> date | None:
    """With an answer-by date, every other step is due before it (today at the latest)."""
    if point.deadline is None or due is None or key in DEADLINES:
        return due
    latest = max(previous_business_day(point.deadline), today)
    return min(due, latest)


def pending_steps(records: Records) -> list[tuple[str, InterviewRound]]:
    """Records the person still has to settle: outcomes not logged, bookings left behind."""
    return [("outcome_log", r) for r in records.pending] + [
        ("stale_cancel", r) for r in records.stale
    ]


def timing_keys(point: Point, wait: Wait) -> list[str]:
    """Keys into content.TIMING: when things happen at this point, in reading order."""
    key = plan_key(point)
    if is_spec(key):
        return [timing_key(key), *_spec_wait_keys(point, wait)]
    situation = point.situation
    fixed = {
        Situation.SAVED: ["saved_submitted" if point.context == "submitted" else "saved"],
        Situation.INVITED: ["invited"],
        Situation.GONE_QUIET: ["quiet"],
    }
    if situation in fixed:
        return fixed[situation]
    if situation.is_closed:
        # Rejected for this role, put forward for another: the other role's own wait.
        other_role = ["other_role", *_spec_wait_keys(point, wait)] if point.waiting_since else []
        return ["closed", *other_role] if point.event_on else []
    if situation == Situation.ROUND_UPCOMING:
        return ["take_home_due" if point.context == "take_home" else "round_on"]
    keys = _offer_keys(point) if situation.is_offer else _wait_keys(point, wait)
    keys += list(wait.slowdowns)
    if situation in {Situation.APPLIED_WAITING, Situation.ACKNOWLEDGED_WAITING}:
        keys.append("applied_agency" if point.context == "agency" else "applied_big")
    if wait.follow_up_on is not None:
        keys.append(_chase_timing_key(point, wait))
    elif len(wait.follow_ups) >= MAX_FOLLOW_UPS:
        keys.append("follow_ups_done")
    decided_next = {"final", SCORED_FINAL, DOUBT}
    if situation == Situation.AFTER_ROUND_WAITING and point.context not in decided_next:
        # After a final round the next news is a decision, not another round; in doubt,
        # a yes is not the likely news.
        keys.append("likely_answers")
    return keys


def _offer_keys(point: Point) -> list[str]:
    situation = point.situation
    keys = ["round_on"] if point.context == "meeting" else []
    if point.context == "deadline_passed":
        return [*keys, "offer_deadline_passed"]
    deadline = ["offer_deadline"] if point.deadline else []
    if situation == Situation.OFFER_WRITTEN:
        return [*keys, *(deadline or ["offer_no_deadline"])]
    if situation == Situation.NEGOTIATING:
        return [*keys, "negotiating", *deadline]
    return [*keys, "verbal", *deadline]


def _wait_keys(point: Point, wait: Wait) -> list[str]:
    situation = point.situation
    if situation == Situation.ON_HOLD:
        return ["on_hold"]
    if situation in {Situation.ROUND_CANCELLED, Situation.RESCHEDULED}:
        return ["rebook_doubt" if point.context == DOUBT else "rebook"]
    if point.promise:
        weekend = wait.reply_expected_by is not None and wait.reply_expected_by != point.promise
        return ["promise_weekend" if weekend else "promise"]
    return ["window"]


def _spec_wait_keys(point: Point, wait: Wait) -> list[str]:
    """A spec situation's own timing, then its clock: the promise, the slow seasons, the
    next nudge."""
    if wait.waiting_since is None:
        return []
    keys = ["promise"] if point.promise else []
    keys += list(wait.slowdowns)
    if wait.follow_up_on is not None:
        keys.append(_chase_timing_key(point, wait))
    return keys


def timing_line_key(point: Point, wait: Wait) -> str:
    """The one date that matters most here, for a card."""
    key = plan_key(point)
    if chase_of(point) and wait.state == "follow_up":
        return "chase_now"
    if timing_key(key) in content.TIMING_LINE:
        return timing_key(key)
    if point.deadline is not None:
        return "deadline_passed" if point.context == "deadline_passed" else "deadline"
    if point.situation == Situation.ROUND_UPCOMING:
        return "take_home" if point.context == "take_home" else "round"
    if point.situation == Situation.GONE_QUIET:
        return "quiet"
    if point.situation == Situation.ON_HOLD:
        return "on_hold"
    if wait.waiting_since is None:
        return ""
    if point.promise:
        return "promise"
    # A nudge due inside the usual window: the card says why both hold (new-user trial 4:
    # "Follow up today" beside "Reply usually by Tue 22 Dec" read as a contradiction).
    within = wait.window is not None and (wait.days_waiting or 0) < wait.window[1]
    return "window_nudge" if wait.state == "follow_up" and within else "window"
