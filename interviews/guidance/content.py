"""The words of the advice, as data. The rules pick keys and fill in dates and numbers.

Fields the templates may use (``str.format`` names): company, role, contact, round_noun,
round_date, ordinal, ordinal_cap, kind_note, number_note, prep, counts_as, first_noun,
thanked_noun, interviewers, low, high, since, days_waiting, expected, promise, follow_up,
last_follow_up, deadline, decided_on, quiet_reason.
Voice: plain, warm and exact; honest about what a point does not mean; concrete about time;
every piece of advice ends in something the person can do.
"""

from __future__ import annotations

from dataclasses import dataclass

from interviews.guidance.guide import GUIDE, GuideEntry, guide_entry

__all__ = ["GUIDE", "GuideEntry", "guide_entry"]


def ordinal(number: int) -> str:
    words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
    return words[number - 1] if 0 < number <= len(words) else f"{number}th"


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
    "decision can go either way for reasons that have little to do with you."
)
_WAIT_NOT_MEANING = (
    "Waiting is not a no. Silence in the first days is normal: decisions wait on other "
    "candidates, schedules and sign-offs."
)

READINGS: dict[str, Reading] = {
    "saved": Reading(
        "Saved, not applied yet",
        "Nothing has started: {company} does not know about you yet.",
        "Saving a posting holds no place in line; roles can close without warning.",
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
        "Final round on {round_date}: you are one of a few finalists",
        "{kind_note} Getting this far usually means you are one of a small number of finalists.",
        _FINAL_NOT_MEANING,
    ),
    "after_round_waiting": Reading(
        "{ordinal_cap} interview done: waiting to hear",
        "You have had your {round_noun}; the next move is theirs.",
        _WAIT_NOT_MEANING,
    ),
    "after_round_waiting/screen": Reading(
        "Phone screen done: waiting to hear",
        "The screen was a filter on the basics, and you have passed the first look.",
        "A screen is a good sign, not a promise of a full interview.",
    ),
    "after_round_waiting/take_home": Reading(
        "Take-home handed in: waiting for their review",
        "Your work sample is with them; reviewers usually look at several side by side.",
        _WAIT_NOT_MEANING,
    ),
    "after_round_waiting/second": Reading(
        "Second interview done: a good sign, not an offer",
        _SECOND_MEANING,
        _SECOND_NOT_MEANING,
    ),
    "after_round_waiting/final": Reading(
        "Final round done: a decision is near",
        "You have met them at the last stage; they are now comparing a few finalists.",
        _FINAL_NOT_MEANING,
    ),
    "moving_forward": Reading(
        "Moving forward: you are still in it",
        "{company} wants to keep going with you. The next step is usually another round, "
        "references or an offer.",
        "Moving forward is not an offer yet; ask what the next step is and when.",
    ),
    "on_hold": Reading(
        "On hold: paused on their side",
        "{company} has paused the process. That usually comes from budget, approvals or a "
        "reshuffle, not from anything about you.",
        "On hold is not a no, and not a yes either: some holds lift within weeks, some roles "
        "close.",
    ),
    "references_finalist": Reading(
        "References requested: a strong sign, not an offer",
        "Asking for references after meeting you usually means you are a finalist, sometimes "
        "the first choice.",
        "References are a strong sign but not an offer: checks are still a real step, and "
        "nothing is settled until you have it in writing.",
    ),
    "references_formality": Reading(
        "References requested early: a formality",
        "Some employers collect references from everyone before interviews; it is paperwork "
        "at this point.",
        "References this early say nothing yet about your chances, good or bad.",
    ),
    "offer_verbal": Reading(
        "Verbal offer: great news, but get it in writing",
        "{company} has told you they want to hire you.",
        "A verbal offer is not a job until you hold it in writing: terms can still change, and "
        "offers are sometimes withdrawn before the paperwork. Do not resign yet.",
    ),
    "offer_written": Reading(
        "Written offer: your decision now",
        "You have a written offer from {company}. The move is yours.",
        "You do not have to answer on the spot, and accepting is not your only option: asking "
        "for time or negotiating is normal and rarely costs an offer.",
    ),
    "gone_quiet": Reading(
        "Gone quiet: inactive, not rejected",
        "{quiet_reason} It is fair to stop waiting on this one. Hiring stalls all the time for "
        "budgets, freezes or reshuffles, and rarely because of one candidate.",
        "Silence is not a rejection, and it does not close the door: roles reopen, and people "
        "sometimes come back weeks later.",
    ),
    "closed_accepted": Reading(
        "Accepted: congratulations",
        "You said yes to the {role} role at {company}. This search has reached its goal.",
        "The job is only safe once the offer is signed: until then, keep your current one.",
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
    "closed_withdrawn": Reading(
        "Withdrawn: you stepped back",
        "You withdrew from the process at {company}.",
        "Withdrawing politely closes this round, not the door.",
    ),
}

# What each kind of round is, said before it happens.
KIND_NOTE: dict[str, str] = {
    "phone_screen": "A phone screen is a short filter of 15 to 30 minutes: why you applied, "
    "your pay expectations and when you could start.",
    "phone": "A phone interview goes beyond the basics, with no faces to read, so your voice "
    "carries it.",
    "video": "A video interview is a real interview on camera; the setup matters more than "
    "people expect.",
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

TIMING: dict[str, str] = {
    "saved": "Postings can close without warning, so sooner beats later.",
    "round_on": "It is on {round_date}.",
    "take_home_due": "It is due {round_date}; deadlines for take-homes are often 1 to 3 days.",
    "window": "A reply within about {low} to {high} business days of {since} is normal here, "
    "so by about {expected}.",
    "promise": "They said they would get back to you by {promise}.",
    "applied_big": "Large companies and public bodies often take 3 to 4 weeks.",
    "final_relocation": "A move to another city can add a few weeks.",
    "follow_up_1": "If it stays quiet, a short note on {follow_up} is fair.",
    "follow_up_2": "You followed up on {last_follow_up}; if that stays unanswered, one last "
    "note on {follow_up} is reasonable.",
    "likely_answers": "A yes usually means another round, references or an offer; a no is "
    "about this one role; and silence past the date most often means approvals or "
    "schedules, not a decision.",
    "offer_deadline": "They want your answer by {deadline}.",
    "offer_no_deadline": "Employers usually expect a decision within a day to a week.",
    "verbal": "Ask when the written offer will come; it often follows within a few business days.",
    "on_hold": "Holds often last weeks. Checking in about every two weeks is reasonable.",
    "invited": "Replying within a day keeps things moving.",
    "quiet": "You have waited {days_waiting} business days since {since}.",
    "closed": "Closed on {decided_on}.",
}

# Preparation for a round, specific to its kind.
PREP: dict[str, str] = {
    "phone_screen": "Have your salary expectations, notice period and availability ready, "
    "plus a two-minute summary of why this role.",
    "phone": "Find a quiet spot with good signal and keep your notes and the job posting in "
    "front of you.",
    "video": "Test the link, camera and microphone the day before, and check what is behind "
    "you on screen.",
    "onsite": "Plan the route so you arrive ten minutes early, and ask who you will meet.",
    "technical": "Practise a few problems out loud: they want to hear how you think, so think "
    "aloud and ask clarifying questions.",
    "take_home": "Ask any clarifying questions early, set yourself a time budget, and note the "
    "trade-offs you made in a short README.",
    "panel": "Ask who is on the panel and their roles, and plan to answer the person who "
    "asked while including the others.",
    "group": "In a group interview, listen and build on what others say; helping the group "
    "work counts more than talking most.",
    "lunch": "Order something easy to eat, skip the alcohol, and treat the table talk as part "
    "of the interview.",
    "hiring_manager": "Prepare questions for the hiring manager about the team, its "
    "priorities and how success is measured in the first months.",
    "final": "As a finalist, prepare a clear close: why this role, what you would bring, and "
    "any open questions about the offer.",
    "other": "Ask what format to expect and who you will meet, so you can prepare for it.",
}

STEPS: dict[str, str] = {
    "apply": "Apply for the {role} role at {company}, then log the date here so the waiting "
    "clock starts.",
    "apply_tailor": "Tailor your CV to the two or three things the posting stresses most.",
    "prep": "Get ready for the {round_noun} on {round_date}. {prep}",
    "prep_first": "At the end of the interview, ask what the next steps are and when you can "
    "expect to hear.",
    "prep_second": "Look back at what interested your first interviewer, and get ready to talk "
    "about how you work with a team: expect to meet more people.",
    "prep_later": "Ask about their timeline for a decision, and keep your answers consistent "
    "with earlier rounds.",
    "thank_you": "Send a short thank-you to {interviewers} for the {thanked_noun}: one "
    "specific thing you enjoyed discussing is enough.",
    "thank_you_panel": "Send each panelist ({interviewers}) their own short thank-you for the "
    "panel interview.",
    "debrief": "Write down what they asked and what you would answer better, while it is fresh.",
    "follow_up_1": "No news by {follow_up}? Send {contact} a short, friendly note asking "
    "where things stand.",
    "follow_up_2": "Still nothing by {follow_up}? Send {contact} one last brief note, then let "
    "it rest.",
    "keep_applying": "Keep your other applications moving: nothing is certain until an offer "
    "is signed.",
    "invited_reply": "Reply with a few times that suit you, and ask about the format and who "
    "you will meet.",
    "invited_log": "Once it is booked, add the round here so you get advice to prepare for it.",
    "moving_forward_reply": "Thank them, and ask what the next step is and when to expect it.",
    "on_hold_ask": "Reply to thank them for the update and ask when they expect to know more.",
    "references_brief": "Brief your references now: who may call, what the role is, and two or "
    "three things worth mentioning.",
    "references_formality": "Send the references they asked for, and give those people a "
    "quick heads-up.",
    "verbal_ask": "Thank them, and ask when the written offer will arrive and when they need "
    "your answer.",
    "verbal_hold": "Do not resign or drop your other processes until the written offer is in hand.",
    "written_reply": "Reply within a day: thank them, and ask for a few days to decide if you "
    "need them.",
    "written_deadline": "Give your answer by {deadline}.",
    "written_negotiate": "If anything should change (salary, start date, title), negotiate it "
    "all at once before you accept, and ask for the updated offer in writing.",
    "other_processes": "Tell the other companies you are talking to that you have an offer, "
    "and ask how soon they could decide.",
    "quiet_last_note": "If you like, send {contact} one short, last note; there is no need "
    "for more.",
    "quiet_rest": "Stop counting the days: treat it as inactive, not rejected.",
    "quiet_other": "Put your energy into your other applications.",
    "quiet_log": "If they get back in touch, log it here and the advice picks up from there.",
    "accepted_confirm": "Confirm your acceptance in writing, restating the key terms: title, "
    "salary, start date.",
    "accepted_resign": "Resign from your current job only once the offer is signed.",
    "accepted_withdraw": "Withdraw politely from your other processes.",
    "declined_note": "Send a short, kind note thanking them for their time and the offer.",
    "declined_keep": "Keep the contact: people move on, and roles come back.",
    "rejected_reply": "Reply briefly and graciously: thank them for their time and say you "
    "would welcome hearing about future roles.",
    "rejected_feedback": "Ask if they can share any feedback; some cannot, and that is not "
    "about you.",
    "rejected_reopen": "Keep the contact: roles reopen when a chosen candidate falls through.",
    "withdrawn_tell": "If you have not yet, tell {contact} promptly; at a late stage, call "
    "first, then confirm by email.",
    "withdrawn_thank": "Thank them for their time, and leave the door open.",
}

# The steps of each situation: (key into STEPS, when it is due). Due codes:
# "next_day" / "two_days" count business days from the event the situation rests on;
# "round" is the round's day; "respond_by" is the offer's deadline ("!" drops the step
# when there is none). The rules add thank-you, follow-up and per-round steps.
STEP_PLAN: dict[str, tuple[tuple[str, str | None], ...]] = {
    "saved": (("apply", None), ("apply_tailor", None)),
    "applied_waiting": (("keep_applying", None),),
    "acknowledged_waiting": (("keep_applying", None),),
    "round_upcoming": (("prep", "round"),),
    "after_round_waiting": (("debrief", None),),
    "invited": (("invited_reply", "next_day"), ("invited_log", None)),
    "moving_forward": (("moving_forward_reply", "next_day"),),
    "on_hold": (("on_hold_ask", "next_day"), ("keep_applying", None)),
    "references_finalist": (("references_brief", "next_day"),),
    "references_formality": (("references_formality", "next_day"), ("keep_applying", None)),
    "offer_verbal": (
        ("verbal_ask", "next_day"),
        ("other_processes", "next_day"),
        ("verbal_hold", None),
    ),
    "offer_written": (
        ("written_reply", "next_day"),
        ("other_processes", "next_day"),
        ("written_negotiate", "respond_by"),
        ("written_deadline", "respond_by!"),
    ),
    "gone_quiet": (("quiet_rest", None), ("quiet_other", None), ("quiet_log", None)),
    "closed_accepted": (
        ("accepted_confirm", "next_day"),
        ("accepted_withdraw", "next_day"),
        ("accepted_resign", None),
    ),
    "closed_declined": (("declined_note", "next_day"), ("declined_keep", None)),
    "closed_rejected": (
        ("rejected_reply", "two_days"),
        ("rejected_feedback", "two_days"),
        ("rejected_reopen", None),
    ),
    "closed_withdrawn": (("withdrawn_tell", None), ("withdrawn_thank", None)),
}
DEFAULT_CONTACT = "your contact there"
DEFAULT_INTERVIEWERS = "the people you met"
DEFAULT_ROUND_NOUN = "next interview"

QUIET_REASON: dict[str, str] = {
    "follow_ups": "Two follow-ups have gone unanswered.",
    "application": "It has been a month or more without a reply to your application.",
    "silence": "It has been more than two weeks past when a reply was due.",
}
