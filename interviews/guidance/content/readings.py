"""What each point means and does not mean, and how rounds are named in a sentence."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    headline: str
    meaning: str
    not_meaning: str


# How each kind of round is named inside a sentence.
ROUND_NOUN: dict[str, str] = {
    "phone_screen": "phone screen",
    "phone": "phone interview",
    "video": "video interview",
    "recorded_video": "recorded video interview",
    "onsite": "onsite interview",
    "technical": "technical interview",
    "take_home": "take-home assignment",
    "panel": "panel interview",
    "group": "group interview",
    "lunch": "lunch interview",
    "hiring_manager": "interview with the hiring manager",
    "final": "final interview",
    "other": "interview",
}

# Why the later meeting is a second interview, keyed by the kind of the first meeting.
# Employers rarely label it; the person should still know where they stand.
COUNTS_AS_SECOND: dict[str, str] = {
    "lunch": (
        "After a lunch meeting, a more formal interview with the team counts as your second "
        "interview, even if nobody calls it that."
    ),
    "group": (
        "Being asked back after a group interview counts as your second interview, even if "
        "nobody calls it that."
    ),
    "default": (
        "Coming after your {first_noun}, the {round_noun} counts as your second interview, "
        "even if nobody calls it that."
    ),
}

_SECOND_MEANING = (
    "{counts_as} Whatever it is called, a further round is always progress: they see you "
    "as a serious candidate and want to confirm it. The focus tends to move from whether you can "
    "do the work to how you would fit with the team, often with new people in the room. "
    "Afterwards, "
    "expect to hear from HR or the hiring manager about where you stand: either they want "
    "to continue with you, or they have chosen to go in a different direction."
)
_SECOND_NOT_MEANING = (
    "It is not an offer yet: no offer is guaranteed at this point, and others may still be in "
    "the running. More questions, or harder ones, are not a warning sign either; going deeper "
    "is simply how they run their process, not a hint that they think you are a risky hire."
)
_FINAL_NOT_MEANING = (
    "Still not an offer: a final round usually has one or two other finalists, and the "
    "decision can go either way."
)
_WAIT_NOT_MEANING = (
    "Waiting is not a no. Silence in the first days is normal: decisions wait on other "
    "candidates, schedules and sign-offs."
)
_OFFER_NOT_MEANING = (
    "A verbal offer is not a job until you hold it in writing and its conditions (references, "
    "a background check, right to work) are cleared: terms can still change, and offers are "
    "sometimes withdrawn before the paperwork.{resign_note}"
)
_FINALIST = "one of a few finalists"

READINGS: dict[str, Reading] = {
    "saved": Reading(
        "Saved, not applied yet",
        "Nothing has started: {company} does not know about you yet.",
        "Saving a posting holds no place in line; roles can close without warning.",
    ),
    "saved/submitted": Reading(
        "Saved, but already put forward for this role",
        "{double_note} {company} may already have your CV for it.",
        "A second submission for the same role does not double your chances: it can rule "
        "you out of both, so do not apply again yourself.",
    ),
    "applied_waiting": Reading(
        "Applied: now it is their move",
        "Your application for the {role} role is in. For now the move is theirs: someone "
        "has to read it.",
        "Silence at this point is not a rejection: many teams review applications in batches.",
    ),
    "acknowledged_waiting": Reading(
        "Application received: their move",
        "{company} confirmed they have your application. That is usually an automatic reply, "
        "so the real news is still to come.",
        "A confirmation is not a sign of interest yet, and it is not a no either.",
    ),
    "invited": Reading(
        "Invited to interview: real interest",
        "{company} wants to talk to you: out of everyone who applied, few get this far.",
        "An invitation is interest, not an offer; it is your chance to show them, and to look "
        "at them too.",
    ),
    "invited/second": Reading(
        "Asked back: a second interview, a good sign, not an offer",
        _SECOND_MEANING,
        _SECOND_NOT_MEANING,
    ),
    "round_upcoming": Reading(
        "Your {ordinal} interview: {round_noun} on {round_date}",
        "{kind_note} {number_note}",
        "Being interviewed is interest, not an offer; it is also your chance to judge them.",
    ),
    "round_upcoming/screen": Reading(
        "Phone screen on {round_date}: the first filter",
        "{kind_note} Being called at all means your application got past the first read.",
        "A screen is encouraging, but it does not promise a full interview.",
    ),
    "round_upcoming/take_home": Reading(
        "Take-home assignment due {round_date}",
        "{kind_note}",
        "A take-home is a work sample, not a test of how many hours you can give away.",
    ),
    "round_upcoming/second": Reading(
        "Second interview on {round_date}: a good sign, not an offer",
        _SECOND_MEANING,
        _SECOND_NOT_MEANING,
    ),
    "round_upcoming/final": Reading(
        f"Final round on {{round_date}}: you are likely {_FINALIST}",
        f"{{kind_note}} Getting this far usually means you are {_FINALIST}.",
        _FINAL_NOT_MEANING,
    ),
    "round_upcoming/final_scored": Reading(
        "Final stage on {round_date}: scored against a set bar",
        "{kind_note} At a final stage like this, assessors usually score each candidate "
        "against set criteria, often those in the role's description: prepare an example for "
        "each one.",
        "Reaching it is a real step, not an offer: several candidates can meet the bar.",
    ),
    "after_round_waiting/final_scored": Reading(
        "Final stage done: now they score and decide",
        "You have been through the last stage. Assessors usually score each candidate "
        "against set criteria and then compare, so nothing you send now changes the result; a "
        "thank-you is a courtesy, not part of the score.{signals}",
        "It is not an offer, and not a race among two or three either: several candidates "
        "can meet the bar, and the decision can go either way.",
    ),
    "after_round_waiting": Reading(
        "{ordinal_cap} interview done: waiting to hear",
        "You have had your {round_noun}; the next move is theirs.{signals}",
        _WAIT_NOT_MEANING,
    ),
    "after_round_waiting/screen": Reading(
        "Phone screen done: waiting to hear",
        "The screen was a filter on the basics, and you have passed the first look.{signals}",
        "A screen is a good sign, not a promise of a full interview.",
    ),
    "after_round_waiting/take_home": Reading(
        "Take-home handed in: waiting for their review",
        "Your work sample is with them; reviewers usually look at several side by side.",
        _WAIT_NOT_MEANING,
    ),
    "after_round_waiting/second": Reading(
        "Second interview done: a good sign, not an offer",
        _SECOND_MEANING + "{signals}",
        _SECOND_NOT_MEANING,
    ),
    "after_round_waiting/final": Reading(
        "Final round done: a decision is near",
        f"You have met them at the last stage; you are likely {_FINALIST}, and they are now "
        "comparing.{signals}",
        _FINAL_NOT_MEANING,
    ),
    "round_cancelled": Reading(
        "Interview cancelled by them: ask to rebook",
        "{company} called off the {round_noun} planned for {round_date} and has not given a "
        "new date yet. Plans change on their side for many reasons: illness, travel, a busy "
        "week.",
        "A cancellation is not a no. It does mean the next move is to ask for a new date, "
        "rather than wait.",
    ),
    # In doubt (guidance/doubt.py): the facts point against the hopeful reading.
    "after_round_waiting/doubt": Reading(
        "No word by their date, and no reply to your note",
        "{promise_said} {promise}. That date has passed and your "
        "follow-up has gone unanswered, which often means they went another way or the "
        "process has stalled.",
        "It is not a formal no, and news can still come; but do not count on this one, and "
        "keep your other applications moving.",
    ),
    "round_cancelled/doubt": Reading(
        "Final interview called off: ask once where the role stands",
        "{company} called off the {round_noun} planned for {round_date} and has not given a "
        "new date. Sometimes that is only a clash in someone's diary, but a final round "
        "called off with no new date can also mean the role itself is being reconsidered.",
        "It is not a no, and not a simple reschedule either: until they name a new date, "
        "do not count on this one.",
    ),
    "rescheduled": Reading(
        "Rescheduled by them: waiting for the new date",
        "{company} moved your interview. Schedules shift all the time in hiring, and you are "
        "still in the process.",
        "A reschedule is not a sign they have lost interest, and it is not a no. Until a new "
        "date is booked, though, nothing is settled.",
    ),
    "moving_forward": Reading(
        "Moving forward: you are still in it",
        "{company} wants to keep going with you. The next step is usually another round, "
        "references or an offer.",
        "Moving forward is not an offer yet; ask what the next step is and when.",
    ),
    "moving_forward/before_interview": Reading(
        "Moving forward: past the first screening",
        "{company} has moved your application on. Before any interview, that usually means "
        "you passed the first screening and it is now with the people hiring; the next step "
        "is usually an invitation to interview, which can take a few weeks (in the public "
        "sector, months).",
        "It is not an interview yet, and not an offer: keep your other applications moving.",
    ),
    "moving_forward/undated_round": Reading(
        "In the interviews: the date is not recorded",
        "{company} has you in the interviews; your records name the stage but not the day "
        "of the interview, so the usual wait is counted from the day it was recorded.",
        "Without the interview's date nothing here is late: add it and the thank-you and "
        "the follow-up are timed from it.",
    ),
    "on_hold": Reading(
        "On hold: paused on their side",
        "{company} has paused the process. Holds come from budgets, approvals or a reshuffle, "
        "and sometimes from waiting on another candidate's answer first.",
        "On hold is not a no, and not a yes either: some holds lift within weeks, some roles "
        "close. Keep your other options moving meanwhile.",
    ),
    "references_finalist": Reading(
        "References requested: a strong sign, not an offer",
        f"Asking for references after meeting you usually means you are {_FINALIST}, "
        "sometimes the first choice.",
        "References are a strong sign but not an offer: checks are still a real step, and "
        "nothing is settled until you have it in writing.",
    ),
    "references_formality": Reading(
        "References requested early: a formality",
        "Some employers collect references early, before they have met you in person; it is "
        "paperwork at this point.",
        "References this early say nothing yet about your chances, good or bad.",
    ),
    "offer_verbal": Reading(
        "Verbal offer: great news, but get it in writing",
        "{company} has told you they want to hire you.",
        _OFFER_NOT_MEANING,
    ),
    "offer_verbal/references": Reading(
        "Verbal offer, references being checked",
        "{company} has said they want to hire you, and is now checking your references: "
        "after a verbal offer that is usually one of the last conditions before the written "
        "offer.",
        _OFFER_NOT_MEANING,
    ),
    "offer_verbal/meeting": Reading(
        "Verbal offer, and a {round_noun} on {round_date}",
        "{company} has said they want to hire you. A meeting after an offer is often a chance "
        "to meet the team and ask your own questions: use it for your decision, and stay "
        "your professional self.",
        _OFFER_NOT_MEANING,
    ),
    "offer_verbal/deadline_passed": Reading(
        "Your answer was due {deadline}: call them today",
        "{company} asked for your answer on the offer by {deadline}, and that date has passed.",
        "A passed date does not always end an offer, but it can: only a call will tell you "
        "where it stands.",
    ),
    "offer_written": Reading(
        "Written offer: your decision now",
        "You have a written offer from {company}. The move is yours.",
        "You do not have to answer on the spot, and accepting is not your only option: asking "
        "for a few days or negotiating is normal. Just do it before the answer-by date.",
    ),
    "offer_written/references": Reading(
        "Written offer, references being checked",
        "You have a written offer from {company}, and they are checking your references, "
        "usually one of the last conditions.",
        "Until the conditions are cleared the offer can still change: do not resign yet.",
    ),
    "offer_written/meeting": Reading(
        "Written offer, and a {round_noun} on {round_date}",
        "You have a written offer from {company}. A meeting after an offer is often a chance "
        "to meet the team and ask your own questions: use it for your decision.",
        "The meeting is not another test of the offer, but it is still professional time with "
        "your future colleagues.",
    ),
    "offer_written/deadline_passed": Reading(
        "Your answer was due {deadline}: call them today",
        "{company} asked for your answer by {deadline}, and that date has passed.",
        "A passed date does not always end an offer, but it can: only a call will tell you "
        "where it stands.",
    ),
    "negotiating": Reading(
        "Negotiating: your counter is with them",
        "You have answered {company}'s offer with a counter. Many employers offer below their "
        "maximum and expect one.",
        "A counter is not an acceptance, and their first reply may not be their last word: "
        "nothing is final until the updated offer is in writing.",
    ),
    "negotiating/deadline_passed": Reading(
        "Your answer was due {deadline}: call them today",
        "You are negotiating with {company}, and the answer-by date of the offer has passed.",
        "A passed date does not always end an offer, but it can: settle where it stands by phone.",
    ),
    "gone_quiet": Reading(
        "Gone quiet: inactive, not rejected",
        "{quiet_reason} It is fair to stop waiting on this one. Hiring stalls for budgets, "
        "freezes or reshuffles, and a long silence after interviews often means they are "
        "talking to another candidate first.",
        "Silence is not a formal rejection, and it does not close the door: roles reopen, and "
        "people sometimes come back weeks later.",
    ),
    "closed_accepted": Reading(
        "Accepted: congratulations",
        "You said yes to the {role} role at {company}. This search has reached its goal.",
        "The job is only safe once the offer is signed and its conditions are cleared: until "
        "then, keep your current options.",
    ),
    "closed_declined": Reading(
        "Declined: your choice, well made",
        "You turned down the offer from {company}.",
        "Declining does not burn a bridge when it is done kindly; many people are hired later "
        "by a company they once said no to.",
    ),
    "closed_rejected": Reading(
        "Not selected this time",
        "{company} decided to go another way for the {role} role.",
        "It is a decision about one role at one moment, not a verdict on you; roles reopen, and "
        "a gracious reply is remembered.",
    ),
    "closed_rejected/other_role": Reading(
        "Not this role, but they want you for another",
        "{company} chose someone else for the {role} role and wants to put you forward for a "
        "different one. The {role} role is closed; the other one is a new application.",
        "It is not a consolation prize: putting you forward means they want to keep you. It is "
        "not an offer either: the other role has its own interviews, pay and decision.",
    ),
    "closed_rejected/early": Reading(
        "Not selected: an early screen-out",
        "{company} said no within days of your application, before any interview. Answers "
        "that fast usually come from a first screen of many applications.",
        "It says little about you or your fit: first screens are quick and often automatic.",
    ),
    "closed_withdrawn": Reading(
        "Withdrawn: you stepped back",
        "You withdrew from the process at {company}.",
        "Withdrawing politely closes this round, not the door.",
    ),
    "closed_rescinded": Reading(
        "Offer rescinded: get the reason in writing",
        "{company} has withdrawn the offer it made you. That can come from their side (a "
        "freeze, a budget cut, a changed plan) or from a condition such as a reference or "
        "background check.",
        "A rescinded offer is not a verdict on your interviews: they had chosen you. It is a "
        "real loss, though, and it is worth acting on today rather than waiting.",
    ),
    "closed_rescinded/accepted": Reading(
        "Offer rescinded after you accepted: act today",
        "{company} has withdrawn the offer you had accepted. That can come from their side (a "
        "freeze, a budget cut, a changed plan) or from a condition such as a reference or "
        "background check.",
        "It is not a verdict on your interviews: they had chosen you. It is a real loss, "
        "though, and the sooner you act the more options you keep.",
    ),
}

# When the first days of a wait are over, "silence in the first days is normal" is stale.
LATER_NOT_MEANING: dict[str, str] = {
    "after_round_waiting": "Waiting is not a no. Past the first week, though, a silence can "
    "also mean they are waiting on another candidate first: keep your other options moving.",
    "after_round_waiting/take_home": "Waiting is not a no. Past the first week, though, a "
    "silence can also mean they are reviewing other candidates first: keep your other options "
    "moving.",
}

# Added to an offer's headline while its answer-by date is ahead.
DEADLINE_SUFFIX = " — answer by {deadline} ({countdown})"

# The question for a round whose day has passed while it still says "scheduled".
PENDING_QUESTION = "How did the {round_noun} on {round_date} go?"
# The question for a round still booked ahead on a closed application.
STALE_QUESTION = "The {round_noun} on {round_date} is still booked: cancel it?"

# What the person noticed in the room (a round's debrief), as the advice reads it.
SIGNALS: dict[str, str] = {
    "good": " You noted {good}: good signs, though even several together guarantee nothing.",
    "good_one": " You noted {good}: a good sign, though even several together guarantee nothing.",
    "vague": " You noted that the next steps were vague; that is uncertain rather than bad, "
    "so ask for their timeline in your thank-you note.",
}
SIGNAL_NAMES: dict[str, str] = {
    "discussed_start_date": "talk of your start date or notice",
    "discussed_salary": "salary discussed",
    "met_the_team": "meeting the team",
}

# What each kind of round is, said before it happens.
KIND_NOTE: dict[str, str] = {
    "phone_screen": "A phone screen is a short filter of 15 to 30 minutes: why you applied, "
    "your pay expectations and when you could start.",
    "phone": "A phone interview goes beyond the basics, with no faces to read, so your voice "
    "carries it.",
    "video": "A video interview is a real interview on camera; the setup matters more than "
    "people expect.",
    "recorded_video": "A recorded video interview is one-way: questions appear on screen and "
    "you record your answers, with a set time for each.",
    "onsite": "An onsite interview means time at their place, often meeting several people.",
    "technical": "A technical interview looks at how you solve problems, not only whether you "
    "reach the answer.",
    "take_home": "A take-home is a work sample; most are meant to take about three hours.",
    "panel": "A panel interview puts you in front of several people at once, often two to five.",
    "group": "In a group interview they watch how you work with the other candidates as much "
    "as what you say.",
    "lunch": "A lunch interview is still an interview, however relaxed the setting.",
    "hiring_manager": "Meeting the hiring manager means meeting the person you would work for.",
    "final": "A final interview is the last step before a decision.",
    "other": "This interview may follow any format.",
}

NUMBER_NOTE: dict[str, str] = {
    "first": "A first interview is where real interest starts.",
    "later": "By a {ordinal} interview, few candidates are left.",
}

DEFAULT_CONTACT = "your contact there"
DEFAULT_REFERRER = "the person who referred you"
# Said after an offer to someone with a job to leave (the reading names {resign_note}).
RESIGN_NOTE = " Do not resign yet."
DEFAULT_INTERVIEWERS = "the people you met"
DEFAULT_ROUND_NOUN = "next interview"

QUIET_REASON: dict[str, str] = {
    "follow_ups": "Two follow-ups have gone unanswered, each given about a week.",
    "application": "It has been a month or more without a reply to your application.",
    "silence": "It has been more than two weeks past when a reply was due.",
}
