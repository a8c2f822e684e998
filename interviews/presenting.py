"""How one application's advice reads in a small space: a state label and a short step.

The board, the application page, the Waiting page and the digest all show these, so the
same application says the same words everywhere. Everything here is read from ``Advice``
(``interviews.guidance``); nothing is decided twice. The one due date is the first next
step's date (the steps come soonest first), and the state label is worded from it, from
the next interview and from the employer's clock, in that order of urgency.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils import timezone

from interviews.guidance import Advice, Question, Step, round_question, short_date
from interviews.models import Application, Stage
from interviews.stages import round_day

# Card-length forms of the steps in ``content.STEPS``, by key: a whole short phrase,
# never a sentence cut mid-word. A test checks every step has one.
SHORT_STEPS: dict[str, str] = {
    # Events named for what they are, and the person's income (the fourth blind set).
    "reserve_feedback": "Ask for feedback and scores",
    "reserve_apply": "Apply at the same grade",
    "reserve_log": "Log an offer from the list",
    "consent_ask": "Ask when the council meets",
    "consent_notice": "Look up your notice period",
    "trial_leave": "Book the day off",
    "trial_scope": "Confirm the day's scope",
    "trial_prep": "Get ready for the trial day",
    "cannot_make_it": "Can't make it? Tell them early",
    "visa_first": "No notice before the visa filing",
    "notice_back": "Count your notice back",
    "de_agentur": "Register with the Agentur",
    "de_written_only": "Sign nothing; see a lawyer",
    "withdraw_resignation": "Ask to withdraw your notice",
    "verbal_ask_written": "Ask when it comes in writing",
    # The third blind set's steps.
    "take_home_start": "Plan the take-home's hours",
    "take_home_later": "Ask for a later deadline",
    "offers_align": "Ask to move the answer date",
    "other_role_reply": "Reply about the other role",
    "other_role_log": "Log the other role",
    # Issue 19's steps (the whole search, waits with a stake, new records).
    "hold_offer_call": "Ask what the offer waits on",
    "hold_offer_others": "Keep other processes moving",
    "hold_offer_stay": "Do not resign yet",
    "hold_booked_ask": "Check the interview is still on",
    "check_forms": "Fill in the check's forms",
    "check_ask_time": "Ask how long the check takes",
    "adverse_read": "Read the report for mistakes",
    "adverse_dispute": "Dispute errors in writing",
    "adverse_tell": "Tell them you are disputing",
    "still_deciding_thanks": "Thank them for the update",
    "elsewhere_withdraw": "Withdraw once signed elsewhere",
    "elsewhere_log": "Log the withdrawal",
    "recorded_practice": "Do the practice question",
    "double_submission": "Sort out the double submission",
    "double_submission_agency": "Tell the agency you applied too",
    "elsewhere_withdraw_booked": "Withdraw before the interview",
    "elsewhere_saved": "Nothing to do: keep or delete it",
    "accepted_check_hold": "Keep your job until cleared",
    "accepted_check_ask": "Ask what is still outstanding",
    "accepted_check_start": "Move the start date if needed",
    "other_offer_tell": "Tell them about your offer",
    "other_offer_mention": "Mention your offer next time",
    "dispute_confirm": "Check your dispute reached them",
    "offers_compare": "Compare your two offers",
    "references_employer": "Keep your employer out of it",
    "notice_start": "Check your notice period",
    "contract_to_hire": "Ask what going permanent needs",
    "offer_chase": "Call if no word by then",
    "offer_chase_now": "Call them about the offer",
    "check_chase": "Ask about the check if no word",
    "check_chase_now": "Call them about the check",
    "apply": "Apply, then log the date",
    "apply_tailor": "Tailor your CV to the posting",
    "agency_one_submission": "Agree each submission first",
    "prep": "Prepare for the interview",
    "prep_first": "Ask about next steps",
    "prep_second": "Prepare to meet the team",
    "prep_later": "Ask about their timeline",
    "thank_you": "Send a thank-you note",
    "thank_you_panel": "Thank each panelist",
    "debrief": "Write down how it went",
    "follow_up_1": "Send a friendly follow-up",
    "follow_up_2": "Send one last follow-up",
    "keep_applying": "Keep other applications moving",
    "undated_round_date": "Add the interview's date",
    "invited_reply": "Reply with times that suit you",
    "invited_log": "Log the round once booked",
    "moving_forward_reply": "Thank them, ask what is next",
    "on_hold_ask": "Ask when they will know more",
    "references_brief": "Brief your references",
    "references_formality": "Send your references",
    "verbal_ask": "Ask for the offer in writing",
    "verbal_hold": "Do not resign yet",
    "written_reply": "Reply to the offer",
    "written_deadline": "Give your answer",
    "written_negotiate": "Negotiate, all at once",
    "other_processes": "Tell the other companies",
    "quiet_last_note": "One last note, if you like",
    "quiet_rest": "Treat it as inactive",
    "quiet_other": "Focus on your other applications",
    "quiet_log": "Log it if they get back to you",
    "accepted_confirm": "Confirm in writing",
    "accepted_resign": "Resign once it is signed",
    "accepted_withdraw": "Withdraw from other processes",
    "declined_note": "Send a kind thank-you",
    "declined_keep": "Keep the contact",
    "rejected_reply": "Reply graciously",
    "rejected_feedback": "Ask for feedback",
    "rejected_reopen": "Keep the contact",
    "withdrawn_tell": "Tell your contact",
    "withdrawn_thank": "Thank them for their time",
    "conditions": "Ask about any conditions",
    "deadline_call": "Call them about the offer today",
    "employed_counter": "Plan for a counter-offer",
    "negotiate_explain": "Explain your number if asked",
    "negotiate_writing": "Get the new offer in writing",
    "outcome_log": "Log how the interview went",
    "reapplied": "Say what has changed",
    "rebook_ask": "Offer new times",
    "negotiate_deadline": "Get the date moved",
    "role_status_ask": "Ask if the role is open",
    "rebook_log": "Log the new date once booked",
    "referral_tell": "Tell your referrer",
    "rejected_next": "Focus on your other applications",
    "rescinded_fcra": "Check the background report",
    "rescinded_reason": "Ask for the reason in writing",
    "rescinded_resigned": "Do not resign; get advice",
    "rescinded_restart": "Restart paused processes",
    "salary_screen": "Research the pay range",
    "salary_second": "Have your pay range ready",
    "stale_cancel": "Cancel the booking left over",
    "verbal_deadline": "Ask for it in writing first",
}

# Tones, each with its colour in app.css and its words in the board's legend.
OVERDUE, TODAY, INTERVIEW, WAITING, QUIET, CALM, CLOSED = (
    "overdue",
    "today",
    "interview",
    "waiting",
    "quiet",
    "calm",
    "closed",
)
# Most urgent first: the order of a board column and of the Waiting desk.
TONE_ORDER = {OVERDUE: 0, TODAY: 1, INTERVIEW: 2, WAITING: 3, CALM: 4, QUIET: 5, CLOSED: 6}
# How long a closed application's due step (a reply to a rejection, a rescinded offer's
# questions) keeps it out of the closed list.
CLOSED_STEP_LASTS = timedelta(days=7)
LEGEND = (
    (OVERDUE, "Overdue: a step of yours is late"),
    (TODAY, "Due today"),
    (INTERVIEW, "Interview booked"),
    (WAITING, "Waiting for their reply"),
    (QUIET, "Gone quiet"),
)


@dataclass(frozen=True)
class CardState:
    label: str  # "Overdue 4 days", "Follow up today", "Interview Tue 1 Dec"
    tone: str  # one of the tones above, for colour; the label alone carries the meaning
    step: str  # the next step, card length
    due: date | None  # the application's one due date (its first next step's)
    due_words: str  # "Due today", "Due by Tue 1 Dec", "Was due Tue 24 Nov"
    # The advice's timing line ("Interview Tue 1 Dec"), unless the label already says it.
    timing: str = ""


def urgency(state: CardState) -> tuple[int, date]:
    """Overdue first, then due today, then booked interviews, waits and the rest; of the
    same tone, the soonest due."""
    return (TONE_ORDER.get(state.tone, TONE_ORDER[CALM]), state.due or date.max)


def card_state(stage: str, advice: Advice, today: date) -> CardState:
    """The words for one application's state on ``today``, from its advice."""
    step = advice.next_steps[0] if advice.next_steps else None
    return card_words(
        stage,
        today,
        step=short_step(step) if step else "",
        due=step.due if step else None,
        next_round=advice.next_round,
        waiting_state=advice.waiting_state,
        timing=advice.timing_line,
    )


def stored_card_state(application: Application, today: date, next_round=None) -> CardState:
    """The same words from the state stored on the application (``card_state.card_of``);
    ``next_round``: its next booking ahead, for the time of day (the day is stored)."""
    on = application.card_interview_on
    return card_words(
        application.stage,
        today,
        step=application.card_step,
        due=application.card_due,
        next_round=next_round if next_round is not None and round_day(next_round) == on else None,
        waiting_state=application.card_waiting_state,
        timing=application.card_timing,
        interview_on=on,
    )


def card_words(
    stage: str,
    today: date,
    *,
    step: str,
    due: date | None,
    next_round,
    waiting_state: str,
    timing: str,
    interview_on: date | None = None,
) -> CardState:
    """The one rule for a card's words on ``today``: the values that do not change with the
    day (stored or fresh), worded for it. ``interview_on`` defaults to the next round's day."""
    if interview_on is None and next_round is not None:
        interview_on = round_day(next_round)
    at = clock(next_round) if next_round is not None else ""
    if held_earlier_today(next_round, today):
        # Its preparation has passed with it: what is left is to log how it went.
        step, due = HELD_STEP, today
        label, tone = f"Interview earlier today, {at}", TODAY
    else:
        label, tone = _label(stage, due, interview_on, at, waiting_state, today)
    return CardState(
        label=label,
        tone=tone,
        step=step,
        due=due,
        due_words=due_words(due, today) if due else "",
        timing="" if timing and label.startswith(timing) else timing,
    )


def _label(
    stage: str, due: date | None, interview_on: date | None, at: str, waiting: str, today: date
) -> tuple[str, str]:
    if stage in Stage.closed():
        # Closed, but a step of the person's fell due this past week (a rescinded offer's
        # questions): the label says so, so it is never filed away with the rest.
        if due is not None and closed_needs_action(due, today):
            tone = OVERDUE if due < today else TODAY if due == today else CALM
            return f"{Stage(stage).label} · {due_words(due, today)}", tone
        return Stage(stage).label, CLOSED
    at = f", {at}" if at else ""
    if due is not None and due < today:
        return overdue_words(due, today), OVERDUE
    if interview_on == today:
        return f"Interview today{at}", INTERVIEW
    if due == today:
        return ("Follow up today" if waiting == "follow_up" else "Due today"), TODAY
    if interview_on is not None:
        return f"Interview {day_words(interview_on, today)}{at}", INTERVIEW
    if stage == Stage.OFFER and due is not None:
        # An offer is the person's to answer: never "waiting for their reply".
        return f"Your move · next step {day_words(due, today)}", CALM
    if waiting == "quiet":
        return "Gone quiet", QUIET
    if waiting == "overdue":
        return "Reply later than usual", WAITING
    if waiting:
        # Any waiting state means the employer owes a reply (``Advice.awaiting_reply``);
        # the date a reply is usual by is the card's timing line (Advice.timing_line).
        return "Waiting for their reply", WAITING
    if stage == Stage.SAVED:
        return "Not applied yet", CALM
    return ("Next step " + day_words(due, today)) if due else "Nothing due", CALM


HELD_STEP = "Log how it went"


def held_earlier_today(next_round, today: date) -> bool:
    """A one-day round booked for today whose time is over. The advice counts in days, so
    until tomorrow it is still "ahead" there; the pages stop saying "prepare" at once."""
    now = timezone.now()
    if next_round is None or next_round.scheduled_at is None or next_round.days != 1:
        return False
    if round_day(next_round) != today:
        return False
    # Words for another day than the clock's (a test's, a digest's) know no time of day.
    return timezone.localdate(now) == today and next_round.ends_at <= now


def page_steps(advice: Advice, today: date) -> tuple[list[Step], tuple[Question, ...]]:
    """The application page's next steps and questions: once today's round is over, the
    steps due by today were for it (prepare, ask at its end), and its outcome is asked."""
    held = advice.next_round
    if held is None or not held_earlier_today(held, today):
        return list(advice.next_steps), advice.questions
    steps = [step for step in advice.next_steps if step.due is None or step.due > today]
    return steps, (round_question(held), *advice.questions)


def clock(interview_round) -> str:
    """A round's time of day in the current (the person's) zone: '11:00'."""
    return f"{timezone.localtime(interview_round.scheduled_at):%H:%M}"


def closed_needs_action(due: date | None, today: date) -> bool:
    """A closed application's step due within the week either side of today: not so long
    ago it no longer matters, and never folded away while it is still to come (new-user
    trial 4: today's rejection, its reply due in two days, hidden under "Closed")."""
    return due is not None and today - CLOSED_STEP_LASTS <= due <= today + CLOSED_STEP_LASTS


def day_words(day: date, today: date) -> str:
    """'today', 'tomorrow' or 'Tue 1 Dec'."""
    if day == today:
        return "today"
    if day == today + timedelta(days=1):
        return "tomorrow"
    return short_date(day)


def due_words(due: date, today: date) -> str:
    """When a step is due, said the same way on every page."""
    if due < today:
        return f"Was due {short_date(due)}"
    if due <= today + timedelta(days=1):
        return f"Due {day_words(due, today)}"
    return f"Due by {short_date(due)}"


def overdue_words(due: date, today: date) -> str:
    """'Overdue 4 days': lateness in words, never by colour alone."""
    days = (today - due).days
    return f"Overdue {days} day{'' if days == 1 else 's'}"


def short_step(step: Step) -> str:
    """The step's card-length form; a step the table does not know keeps its first sentence."""
    return SHORT_STEPS.get(step.key) or step.text.split(". ")[0].rstrip(".")
