"""What to do next, as data: each situation's steps, and the words of every step.

A plan names steps by key, with when each falls due (``Due``) and, for some, the one
condition under which it applies (``only``, checked by ``guidance.steps``). The rules add
the steps that depend on the history: thank-you notes, follow-ups, preparation by round.
"""

from __future__ import annotations

from dataclasses import dataclass

from interviews.guidance.situations import Due


@dataclass(frozen=True)
class Planned:
    key: str
    due: Due | None = None
    only: str = ""  # a condition of ``planning._applies``: employed, us, days_off, ...


# Preparation for a round, specific to its kind.
PREP: dict[str, str] = {
    "phone_screen": "Have your salary expectations, notice period and availability ready, "
    "plus a two-minute summary of why this role.",
    "phone": "Find a quiet spot with good signal and keep your notes and the job posting in "
    "front of you.",
    "video": "Test the link, camera and microphone the day before, and check what is behind "
    "you on screen.",
    "recorded_video": "Set up in a quiet, well-lit room with the camera at eye level, and "
    "check your connection before you start.",
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

# Who named the date the wait runs to: they, or the person's note as the product read it.
PROMISE_SAID = {
    False: "They said they would get back to you by",
    True: "Your note reads as news by",
}

# The employed person's notice, before a start date is agreed and once one is.
NOTICE_WORDS = {
    "open": "Check the notice period in your contract before you agree a start date, and "
    "ask for a start that covers it; give notice only once you hold the signed offer.",
    "agreed": "Your agreed start is {start_date}: check that your notice period, counted "
    "from the day you resign (after the signed offer and any checks), ends before it; if "
    "it does not, ask {contact} now to move the start.",
}

STEPS: dict[str, str] = {
    "apply": "Apply for the {role} role at {company}, then log the date here so the waiting "
    "clock starts.",
    "apply_tailor": "Tailor your CV to the two or three things the posting stresses most.",
    "agency_one_submission": "Ask {contact} to check with you before sending your CV to any "
    "employer, and keep a list of where each agency has put you forward: two submissions to "
    "the same employer can rule you out of both.",
    "referral_tell": "Tell {referrer} that you have applied, and ask them to flag your "
    "application to the hiring manager.",
    "reapplied": "You applied to {company} before ({earlier}). Say what has changed since: "
    "new skills, new results, a closer fit.",
    "prep": "Get ready for the {round_noun} on {round_date}. {prep}",
    "prep_first": "At the end of the interview, ask what the next steps are and when you can "
    "expect to hear.",
    "prep_second": "Find out who you will meet, rework the answers that felt weak in your "
    "first round, and bring questions for the team; at the end, ask about next steps and "
    "their timeline.",
    "prep_later": "Ask about their timeline for a decision, and keep your answers consistent "
    "with earlier rounds.",
    "salary_screen": "Research the pay range for this role before the call, and be ready to "
    "give a range rather than one number.",
    "salary_second": "Pay often comes up in a second round: have your researched range ready.",
    "thank_you": "Send a short thank-you to {interviewers} for the {thanked_noun}: one "
    "specific thing you enjoyed discussing is enough.",
    "thank_you_panel": "Send each panelist ({interviewers}) their own short thank-you for the "
    "panel interview.",
    "debrief": "Write down what they asked and what you would answer better, while it is fresh.",
    "follow_up_1": "No news by {follow_up}? Send {contact} a short, friendly note asking "
    "where things stand.",
    "follow_up_2": "Still nothing by {follow_up}? Send {contact} one last brief note, then let "
    "it rest.",
    "undated_round_date": "If you know when the interview was, add its date and time to the "
    "round: the advice then counts the wait from it.",
    "keep_applying": "Keep your other applications moving: nothing is certain until an offer "
    "is signed.",
    "take_home_start": "Plan the work now rather than the evening before: block the hours "
    "it needs before {round_date}. {prep}",
    "take_home_later": "Your time for it runs over {days_off}, when most people are off. "
    "Today, in writing, ask {contact} to move the deadline to {later_deadline} to make up "
    "for those days: asking is common, usually agreed, and says nothing against you.",
    "invited_reply": "Reply with a few times that suit you, and ask about the format and who "
    "you will meet.",
    "invited_log": "Once it is booked, add the round here so you get advice to prepare for it.",
    "rebook_ask": "Reply to {contact}: thank them, say you are still keen, and offer two or "
    "three new times.",
    "role_status_ask": "Ask {contact} once, plainly, whether the role is still open and "
    "when they expect to decide; if it is, offer two or three new times.",
    "rebook_log": "Once a new date is booked, add it here as a round.",
    "outcome_log": "Log how the {round_noun} on {round_date} went, so the advice can move on.",
    "stale_cancel": "Cancel the {round_noun} still booked for {round_date}, or tell {contact} "
    "you will not attend if they still expect you.",
    "moving_forward_reply": "Thank them, and ask what the next step is and when to expect it.",
    "on_hold_ask": "Reply to thank them for the update and ask when they expect to know more.",
    "references_brief": "Brief your references now: who may call, what the role is, and two or "
    "three things worth mentioning.",
    "references_formality": "Send the references they asked for, and give those people a "
    "quick heads-up.",
    "verbal_ask": "Thank them, and ask when the written offer will arrive and when they need "
    "your answer.",
    "verbal_deadline": "Ask for the offer in writing before you answer; your answer is due "
    "{deadline}.",
    "verbal_hold": "Do not resign or drop your other processes until the written offer is in hand.",
    "conditions": "Ask whether the offer depends on conditions (references, a background "
    "check, right to work) and how long they take; checks usually take 1 to 5 business days.",
    "written_reply": "Reply within a day: thank them, and ask for a few days to decide if you "
    "need them.",
    "written_deadline": "Give your answer by {deadline} ({countdown}).",
    "written_negotiate": "If you negotiate, look at the whole package (base, bonus, equity, "
    "benefits, leave) and make one counter with a specific number, all at once, before you "
    "accept.",
    "employed_counter": "When you resign, your current employer may make a counter-offer. "
    "Decide beforehand what, if anything, would change your mind: surveys suggest many who "
    "accept one leave within a year or two.",
    "other_processes": "Tell the other companies you are talking to that you have an offer, "
    "and ask how soon they could decide.",
    "negotiate_explain": "If they ask, explain your number with your research and any other "
    "offer; keep it friendly and brief.",
    "negotiate_deadline": "They asked for your answer by {deadline}, but your counter is still "
    "open: ask {contact} to confirm in writing that the date moves until they reply.",
    "negotiate_writing": "Once you agree, ask for the updated offer in writing before you "
    "accept it.",
    "double_submission": "{double_note} Tell {contact} today and agree which one counts: two "
    "submissions for one role can rule you out.",
    "double_submission_agency": "{double_note} The agency's submission owns the candidacy: "
    "tell {double_contact} today that you also applied directly, and let all news and "
    "chasing go through them.",
    "other_offer_tell": "You have an offer from {offer_company}{offer_by}. Tell {contact}, and "
    "ask how soon they could decide.",
    "other_offer_mention": "Next time you are in touch with {contact}, mention your offer "
    "from {offer_company}{offer_by} and ask how soon they could decide.",
    "offers_align": "Your answer here is due first. Today, in writing, ask {contact} to "
    "move it to {offer_deadline}, saying plainly that you have another offer to answer by "
    "then; such requests are common and usually granted. Do not accept to hold this offer: "
    "if they cannot wait, decide by {deadline}, a yes or a kind no.",
    "offers_compare": "You also have an offer from {offer_company}{offer_by}. Write down what "
    "matters most to you and score both offers against it before the first answer is due.",
    "references_employer": "Keep your current employer out of it for now: offer a former "
    "manager or a colleague who has moved on, and ask that your current manager be "
    "contacted only after you hold a signed offer.",
    "notice_start": "{notice_words}",
    "contract_to_hire": "Ask what the move to permanent depends on, when it is decided, and "
    "what pay and benefits come with it; get that in writing with the offer.",
    "offer_chase": "No word by {follow_up}? Call {contact} and ask where things stand: with an "
    "offer at stake, a short call is expected, not pushy.",
    "check_chase": "No result by {follow_up}? Ask {contact} whether the check is waiting on "
    "anything from you or a past employer.",
    "offer_chase_now": "Call {contact} today: ask where the offer stands, what it is waiting "
    "on, and when you will have it in writing.",
    "check_chase_now": "Call {contact} today: ask what the check is waiting on and whether "
    "you can help (a form, a past employer's contact details).",
    "deadline_call": "Call {contact} today: say where you stand and ask whether the offer is "
    "still open.",
    "quiet_last_note": "If you like, send {contact} one short, last note; there is no need "
    "for more.",
    "quiet_rest": "Stop counting the days: treat it as inactive, not rejected.",
    "quiet_other": "Put your energy into your other applications.",
    "quiet_log": "If they get back in touch, log it here and the advice picks up from there.",
    "accepted_confirm": "Confirm your acceptance in writing, restating the key terms: title, "
    "salary, start date.",
    "accepted_resign": "Resign from your current job only once the offer is signed and its "
    "conditions are cleared, and expect a counter-offer when you do.",
    "accepted_withdraw": "Once the offer is signed and its conditions are cleared, withdraw "
    "politely from your other processes.",
    "declined_note": "Send a short, kind note thanking them for their time and the offer.",
    "declined_keep": "Keep the contact: people move on, and roles come back.",
    "rejected_reply": "Reply briefly and graciously: thank them for their time and say you "
    "would welcome hearing about future roles.",
    "other_role_reply": "Reply to {contact} in writing: say whether the other role "
    "interests you, and ask for its description, its salary band and whether your interviews "
    "so far count towards it.",
    "other_role_log": "Add the other role here as its own application once you know its "
    "title, so its dates and advice are its own; this one stays closed.",
    "rejected_feedback": "Ask if they can share any feedback; some cannot, and that is not "
    "about you.",
    "rejected_reopen": "Keep the contact: roles reopen when a chosen candidate falls through.",
    "rejected_next": "Put the time into your other applications: a first screen says little "
    "about your chances elsewhere.",
    "withdrawn_tell": "If you have not yet, tell {contact} promptly; at a late stage, call "
    "first, then confirm by email.",
    "withdrawn_thank": "Thank them for their time, and leave the door open.",
    "rescinded_reason": "Ask {contact} for the reason in writing, and for any document it "
    "rests on.",
    "rescinded_resigned": "If you have not resigned yet, do not. If you already have, ask your "
    "employer whether you can take it back, and consider a short talk with an employment "
    "lawyer: relying on an offer can give you a claim in some places.",
    "rescinded_fcra": "If a background check was the reason: in the US the employer must "
    "first send you a copy of the report and a summary of your rights, and give you time to "
    "respond (commonly about 5 business days). Check the report for mistakes and answer in "
    "writing.",
    "rescinded_restart": "Get back in touch with the processes you paused: tell them you are "
    "available again and ask where they stand.",
}

# The steps of each situation (or "situation/context"), in reading order.
STEP_PLAN: dict[str, tuple[Planned, ...]] = {
    "saved": (Planned("apply"), Planned("apply_tailor")),
    "saved/submitted": (),
    "applied_waiting": (
        Planned("referral_tell", Due.AFTER_APPLYING, only="referral"),
        Planned("keep_applying"),
    ),
    "acknowledged_waiting": (
        Planned("referral_tell", Due.AFTER_APPLYING, only="referral"),
        Planned("keep_applying"),
    ),
    "applied_waiting/agency": (Planned("agency_one_submission"), Planned("keep_applying")),
    "acknowledged_waiting/agency": (Planned("agency_one_submission"), Planned("keep_applying")),
    "round_upcoming": (Planned("prep", Due.PREP),),
    # A take-home is work to do by a deadline, not a meeting to get ready for: it starts
    # now, and a deadline that loses working days to holidays is worth moving, today.
    "round_upcoming/take_home": (
        Planned("take_home_later", Due.TODAY, only="days_off"),
        Planned("take_home_start", Due.TODAY),
    ),
    "after_round_waiting": (Planned("debrief", Due.EVENT, only="fresh"),),
    "round_cancelled": (Planned("rebook_ask", Due.TODAY), Planned("rebook_log")),
    "round_cancelled/doubt": (
        Planned("role_status_ask", Due.TODAY),
        Planned("keep_applying"),
        Planned("rebook_log"),
    ),
    "after_round_waiting/doubt": (Planned("keep_applying"),),
    "rescheduled": (Planned("rebook_ask", Due.NEXT_DAY), Planned("rebook_log")),
    "invited": (Planned("invited_reply", Due.NEXT_DAY), Planned("invited_log")),
    "moving_forward": (Planned("moving_forward_reply", Due.NEXT_DAY),),
    "moving_forward/before_interview": (Planned("keep_applying"),),
    "moving_forward/undated_round": (Planned("undated_round_date"), Planned("keep_applying")),
    "on_hold": (Planned("on_hold_ask", Due.NEXT_DAY), Planned("keep_applying")),
    "references_finalist": (
        Planned("references_brief", Due.NEXT_DAY),
        Planned("references_employer", only="employed"),
    ),
    "references_formality": (
        Planned("references_formality", Due.NEXT_DAY),
        Planned("keep_applying"),
    ),
    "offer_verbal": (
        Planned("verbal_ask", Due.NEXT_DAY),
        Planned("verbal_deadline", Due.NEXT_DAY, only="deadline"),
        Planned("other_processes", Due.NEXT_DAY, only="others_to_tell"),
        Planned("conditions"),
        Planned("contract_to_hire", only="contract_to_hire"),
        Planned("verbal_hold"),
    ),
    "offer_verbal/references": (
        Planned("references_brief", Due.NEXT_DAY),
        Planned("references_employer", only="employed"),
        Planned("verbal_ask", Due.NEXT_DAY),
        Planned("verbal_deadline", Due.NEXT_DAY, only="deadline"),
        Planned("verbal_hold"),
    ),
    "offer_verbal/meeting": (
        Planned("prep", Due.PREP),
        Planned("verbal_ask", Due.NEXT_DAY),
        Planned("verbal_deadline", Due.NEXT_DAY, only="deadline"),
        Planned("verbal_hold"),
    ),
    "offer_verbal/deadline_passed": (Planned("deadline_call", Due.TODAY),),
    "offer_written": (
        Planned("written_deadline", Due.DEADLINE, only="deadline"),
        Planned("written_reply", Due.NEXT_DAY),
        Planned("other_processes", Due.NEXT_DAY, only="others_to_tell"),
        Planned("conditions"),
        Planned("contract_to_hire", only="contract_to_hire"),
        Planned("written_negotiate"),
        Planned("notice_start", only="employed"),
        Planned("employed_counter", only="employed"),
    ),
    "offer_written/references": (
        Planned("written_deadline", Due.DEADLINE, only="deadline"),
        Planned("references_brief", Due.NEXT_DAY),
        Planned("references_employer", only="employed"),
        Planned("written_reply", Due.NEXT_DAY),
        Planned("written_negotiate"),
        Planned("employed_counter", only="employed"),
    ),
    "offer_written/meeting": (
        Planned("written_deadline", Due.DEADLINE, only="deadline"),
        Planned("prep", Due.PREP),
        Planned("written_reply", Due.NEXT_DAY),
        Planned("written_negotiate"),
        Planned("employed_counter", only="employed"),
    ),
    "offer_written/deadline_passed": (Planned("deadline_call", Due.TODAY),),
    "negotiating": (
        Planned("written_deadline", Due.DEADLINE, only="deadline"),
        Planned("negotiate_deadline", Due.TODAY, only="deadline"),
        Planned("negotiate_explain"),
        Planned("negotiate_writing"),
        Planned("notice_start", only="employed"),
        Planned("employed_counter", only="employed"),
    ),
    "negotiating/deadline_passed": (Planned("deadline_call", Due.TODAY),),
    "gone_quiet": (Planned("quiet_rest"), Planned("quiet_other"), Planned("quiet_log")),
    "closed_accepted": (
        Planned("accepted_confirm", Due.NEXT_DAY),
        Planned("accepted_resign", only="employed"),
        Planned("notice_start", only="employed"),
        Planned("accepted_withdraw"),
    ),
    "closed_declined": (Planned("declined_note", Due.NEXT_DAY), Planned("declined_keep")),
    "closed_rejected": (
        Planned("rejected_reply", Due.TWO_DAYS, only="someone_to_reply"),
        Planned("rejected_feedback", Due.TWO_DAYS),
        Planned("rejected_reopen"),
    ),
    "closed_rejected/early": (Planned("rejected_next"),),
    "closed_rejected/other_role": (
        Planned("other_role_reply", Due.NEXT_DAY),
        Planned("rejected_feedback", Due.TWO_DAYS),
        Planned("other_role_log"),
    ),
    "closed_withdrawn": (Planned("withdrawn_tell"), Planned("withdrawn_thank")),
    "closed_rescinded": (
        Planned("rescinded_reason", Due.NEXT_DAY),
        Planned("rescinded_resigned", Due.NEXT_DAY),
        Planned("rescinded_fcra", Due.NEXT_DAY, only="us"),
        Planned("rescinded_restart", Due.NEXT_DAY),
    ),
}
STEP_PLAN["closed_rescinded/accepted"] = STEP_PLAN["closed_rescinded"]
