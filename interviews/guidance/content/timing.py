"""When things happen at each point, in words: the long form for the application page and
one short line for a card."""

from __future__ import annotations

TIMING: dict[str, str] = {
    "saved_submitted": "Settle it today, before either side sends your CV anywhere else.",
    "saved": "Postings can close without warning, so sooner beats later.",
    "round_on": "It is on {round_date}.",
    "take_home_due": "It is due {round_date}; deadlines for take-homes are often 1 to 3 days."
    "{days_off_note}",
    "window": "A reply within about {low} to {high} business days of {since} is normal here, "
    "so by about {expected}.",
    "promise": "{promise_said} {promise}.",
    "promise_weekend": "{promise_said} {promise}; as that is not a working day, read it as "
    "{expected}.",
    "applied_big": "Large companies and public bodies often take 3 to 4 weeks.",
    "applied_agency": "A recruiter usually hears from the client within a few days of "
    "putting you forward, so checking in with them after about a week is normal.",
    "public_sector": "Public-sector employers often take weeks per stage, with fixed panels "
    "and scoring, so the window here is longer.",
    "year_end": "Hiring slows from mid-December into early January, and many teams are away "
    "from Christmas Eve to New Year's Day, so no nudge is planned while they are away; news "
    "promised for after the holidays usually comes in the second week of January.",
    "thanksgiving": "Thanksgiving week is short: many people are out from Wednesday to "
    "Friday, so no nudge is planned before the week after.",
    "follow_up_1": "If it stays quiet, a short note on {follow_up} is fair.",
    "follow_up_2": "You followed up on {last_follow_up}; if that stays unanswered, one last "
    "note on {follow_up} is reasonable.",
    "follow_ups_done": "You have followed up twice; give the last note until {quiet_from} "
    "before you treat this as gone quiet.",
    "likely_answers": "A yes usually means another round, references or an offer; a no is "
    "about this one role; and silence past the date can mean approvals, schedules or another "
    "candidate ahead of you, so keep going elsewhere meanwhile.",
    "offer_deadline": "They want your answer by {deadline} ({countdown}).",
    "offer_deadline_passed": "Your answer was due {deadline} ({countdown}).",
    "offer_no_deadline": "Employers usually expect a decision within a day to a week.",
    "verbal": "The written offer often follows within a few business days.",
    "negotiating": "Answers to a counter usually come within a few business days.",
    "rebook_doubt": "Ask now: a plain answer within a few business days is normal.",
    "rebook": "Asking for a new date now keeps things moving; a reply within a few business "
    "days is normal.",
    "on_hold": "Holds often last weeks. Checking in about every two weeks is reasonable.",
    "invited": "Replying within a day keeps things moving.",
    "quiet": "You have waited {days_waiting} business days since {since}.",
    "closed": "Closed on {decided_on}.",
    "other_role": "The other role is a new process, with its own wait.",
    # The nudge of a wait with a live stake (an offer, a check): a call, not a note.
    "offer_chase": "If nothing comes by {follow_up}, call {contact}.",
    "offer_chase_now": "It has been {days_waiting} business days since {since}, past the "
    "usual time: call {contact} today rather than wait.",
    "offer_chase_now_deadline": "Their answer has not come yet and your answer date is "
    "close: call {contact} today rather than wait.",
    "check_chase": "If nothing comes by {follow_up}, ask {contact} what it is waiting on.",
    "dispute_confirm": "Check that your dispute reached them by {follow_up}, with time left "
    "before the window closes.",
    "check_chase_now": "It has run {days_waiting} business days since {since}, past the usual "
    "time: call {contact} today rather than wait.",
}

# A take-home whose time runs over days off (``planning.days_off_to_deadline``).
DAYS_OFF_NOTE = (
    " {days_off} fall inside that time, when most people are off, so asking for a later "
    "deadline is fair."
)

# One short line for a card: the single date that matters most here.
TIMING_LINE: dict[str, str] = {
    "deadline": "Answer by {deadline} ({countdown})",
    "deadline_passed": "Answer was due {deadline}",
    "round": "Interview {round_date}",
    "take_home": "Due {round_date}",
    "promise": "They promised news by {promise}",
    "window": "Reply usually by {expected}",
    "window_nudge": "A short note now is fair; most reply by {expected}",
    "on_hold": "Check in every two weeks",
    "quiet": "Quiet since {since}",
    "chase_now": "No word since {since}: call them",
}
