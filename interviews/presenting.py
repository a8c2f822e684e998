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

from interviews.guidance import Advice, Step, short_date
from interviews.models import Stage
from interviews.stages import round_day

# Card-length forms of the steps in ``content.STEPS``, by key: a whole short phrase,
# never a sentence cut mid-word. A test checks every step has one.
SHORT_STEPS: dict[str, str] = {
    "apply": "Apply, then log the date",
    "apply_tailor": "Tailor your CV to the posting",
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


def card_state(stage: str, advice: Advice, today: date) -> CardState:
    """The words for one application's state on ``today``."""
    step = advice.next_steps[0] if advice.next_steps else None
    due = step.due if step else None
    label, tone = _label(stage, advice, due, today)
    return CardState(
        label=label,
        tone=tone,
        step=short_step(step) if step else "",
        due=due,
        due_words=due_words(due, today) if due else "",
    )


def _label(stage: str, advice: Advice, due: date | None, today: date) -> tuple[str, str]:
    if stage in Stage.closed():
        # Closed, but a step of the person's fell due this past week (a rescinded offer's
        # questions): the label says so, so it is never filed away with the rest.
        if due is not None and closed_needs_action(due, today):
            return f"{Stage(stage).label} · {due_words(due, today)}", (
                TODAY if due == today else OVERDUE
            )
        return Stage(stage).label, CLOSED
    interview_on = round_day(advice.next_round) if advice.next_round else None
    if due is not None and due < today:
        return overdue_words(due, today), OVERDUE
    if interview_on == today:
        return "Interview today", INTERVIEW
    if due == today:
        return ("Follow up today" if advice.waiting_state == "follow_up" else "Due today"), TODAY
    if interview_on is not None:
        return f"Interview {day_words(interview_on, today)}", INTERVIEW
    if advice.waiting_state == "quiet":
        return "Gone quiet", QUIET
    if advice.waiting_state == "overdue":
        return "Reply later than usual", WAITING
    if advice.awaiting_reply:
        # The date a reply is usual by is the card's timing line (Advice.timing_line).
        return "Waiting for their reply", WAITING
    if stage == Stage.SAVED:
        return "Not applied yet", CALM
    return ("Next step " + day_words(due, today)) if due else "Nothing due", CALM


def closed_needs_action(due: date | None, today: date) -> bool:
    """A closed application's step due by today, and not so long ago it no longer matters."""
    return due is not None and today - CLOSED_STEP_LASTS <= due <= today


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
