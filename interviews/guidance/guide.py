"""The Stage guide: one entry per stage, per kind of round and per special situation.

Each piece of advice names its entry by ``Advice.guide_slug``. Timings follow
/work/shared/domain/stage-facts.md; the sentences are the project's own.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GuideEntry:
    slug: str
    title: str
    group: str  # "stage" | "round" | "situation"
    meaning: str
    not_meaning: str
    timing: str
    actions: tuple[str, ...]


def _stage(slug, title, meaning, not_meaning, timing, *actions) -> GuideEntry:
    return GuideEntry(slug, title, "stage", meaning, not_meaning, timing, actions)


def _round(slug, title, meaning, not_meaning, timing, *actions) -> GuideEntry:
    return GuideEntry(slug, title, "round", meaning, not_meaning, timing, actions)


def _situation(slug, title, meaning, not_meaning, timing, *actions) -> GuideEntry:
    return GuideEntry(slug, title, "situation", meaning, not_meaning, timing, actions)


_THANK_YOU = "Send a short thank-you within a day; two or three days late is still fine."
_ASK_NEXT = "Before you leave, ask what the next steps are and when you will hear."
_NOT_OFFER = "Interest, not an offer: others are usually still in the running."

GUIDE: list[GuideEntry] = [
    _stage(
        "saved",
        "Saved",
        "A role you want to remember; the employer does not know about you yet.",
        "No place in line: postings can close without notice.",
        "No clock is running until you apply.",
        "Apply while the posting is open.",
        "Tailor your CV to what the posting stresses most.",
    ),
    _stage(
        "applied",
        "Applied",
        "Your application is in and the next move is theirs.",
        "Nothing has been decided yet, and silence now is not a no.",
        "A first human reply often takes 1 to 3 weeks; about 4 weeks at large companies and "
        "public bodies.",
        "Follow up once after about two weeks if you hear nothing.",
        "If a date was given, wait until 2 to 3 business days after it.",
        "After a month of silence, mark it inactive rather than rejected.",
    ),
    _stage(
        "screening",
        "Screening",
        "A recruiter or HR checks the basics: why you applied, pay, when you could start.",
        "Encouraging, but no promise of a full interview.",
        "A reply within 2 to 3 business days is common after a short screen; allow up to two "
        "weeks if no date was given.",
        "Have your salary expectations and availability ready.",
        "Ask what the next step would be.",
    ),
    _stage(
        "interviewing",
        "Interviewing",
        "They have real interest: you are meeting the people who decide.",
        _NOT_OFFER,
        "Most processes have 2 to 4 rounds. After each, a reply within about 5 to 10 business days "
        "is normal.",
        _THANK_YOU,
        _ASK_NEXT,
        "No timeline given? Follow up after about 5 business days.",
    ),
    _stage(
        "offer",
        "Offer",
        "They want to hire you. A verbal offer still needs to reach you in writing.",
        "Not a job until you hold it in writing and have accepted it.",
        "Employers usually expect an answer within a day to a week.",
        "Reply within a day; asking for a few days to decide is a fine answer.",
        "If you negotiate, do it before saying yes, and ask for everything in one go.",
        "Tell the other companies you are talking to, and ask how soon they could decide.",
    ),
    _stage(
        "accepted",
        "Accepted",
        "You said yes: this search has reached its goal.",
        "Until the offer is signed, it is not safe to resign.",
        "Resign only once the signed offer is in hand.",
        "Confirm in writing, restating the key terms.",
        "Withdraw politely from your other processes.",
    ),
    _stage(
        "declined",
        "Declined",
        "You turned an offer down.",
        "Not a burned bridge when done kindly.",
        "Let them know as soon as you have decided.",
        "Thank them for their time and the offer.",
        "Keep the contact: roles come back.",
    ),
    _stage(
        "rejected",
        "Not selected",
        "They chose someone else for this role, this time.",
        "Not a verdict on you; roles reopen when a hire falls through.",
        "A reply within a day or two is the gracious move.",
        "Reply briefly and kindly.",
        "Ask whether they can share feedback.",
        "Keep the contact for future roles.",
    ),
    _stage(
        "withdrawn",
        "Withdrawn",
        "You stepped out of the process.",
        "Not a closed door if you leave politely.",
        "Tell them promptly once you have decided.",
        "At a late stage, call first, then confirm by email.",
        "Thank them for their time.",
    ),
    _round(
        "phone_screen",
        "Phone screen",
        "A short filter of 15 to 30 minutes: why you applied, pay, when you could start.",
        "Encouraging, but no promise of a full interview.",
        "A reply within 2 to 3 business days is common; allow up to two weeks without a date.",
        "Have your salary expectations and availability ready.",
        "Prepare a two-minute summary of why this role.",
    ),
    _round(
        "phone",
        "Phone interview",
        "A real interview by phone: your voice carries it.",
        _NOT_OFFER,
        "After it, a reply within about 5 to 10 business days is normal.",
        "Take it somewhere quiet with good signal.",
        "Keep your notes and the posting in front of you.",
        _THANK_YOU,
    ),
    _round(
        "video",
        "Video interview",
        "A real interview on camera.",
        _NOT_OFFER,
        "After it, a reply within about 5 to 10 business days is normal.",
        "Test the link, camera and microphone the day before.",
        "Check what is behind you on screen.",
        _THANK_YOU,
    ),
    _round(
        "onsite",
        "Onsite interview",
        "Time at their place, often meeting several people. After a phone interview, it "
        "counts as your second interview.",
        _NOT_OFFER,
        "After it, a reply within about 5 to 10 business days is normal.",
        "Plan the route and arrive ten minutes early.",
        "Ask who you will meet.",
        _THANK_YOU,
    ),
    _round(
        "technical",
        "Technical interview",
        "A look at how you solve problems, not only whether you reach the answer.",
        "A stumble on one question does not decide it; your reasoning counts.",
        "After it, a reply within about 5 to 10 business days is normal.",
        "Practise problems out loud.",
        "Ask clarifying questions before you start.",
    ),
    _round(
        "take_home",
        "Take-home assignment",
        "A work sample you complete on your own time.",
        "Not a test of how many hours you can give away.",
        "Most are meant to take about three hours; deadlines are often 1 to 3 days.",
        "Ask clarifying questions early.",
        "Set a time budget and note your trade-offs.",
    ),
    _round(
        "panel",
        "Panel interview",
        "Several interviewers at once, often two to five.",
        "Not a tougher verdict: panels save everyone's time.",
        "Panels tend to add about a week to a process.",
        "Ask who is on the panel and their roles.",
        "Thank each panelist separately.",
    ),
    _round(
        "group",
        "Group interview",
        "Several candidates at once: they watch how you work with others.",
        "Not a contest of who talks most.",
        "If you are asked to return, that counts as your second interview.",
        "Listen and build on others' ideas.",
        _THANK_YOU,
    ),
    _round(
        "lunch",
        "Lunch interview",
        "An interview over a meal: relaxed setting, real evaluation.",
        "Not small talk only: the table conversation counts.",
        "A formal interview with the team afterwards counts as your second interview.",
        "Order something easy to eat and skip the alcohol.",
        _THANK_YOU,
    ),
    _round(
        "hiring_manager",
        "Hiring manager interview",
        "A meeting with the person you would work for.",
        _NOT_OFFER,
        "After it, a reply within about 5 to 10 business days is normal.",
        "Ask about the team, its priorities and how success is measured.",
        _THANK_YOU,
    ),
    _round(
        "final",
        "Final interview",
        "The last step before a decision.",
        "Still not an offer.",
        "A decision usually follows within 5 to 10 business days.",
        "Prepare why this role and what you would bring.",
        "Ask for their decision timeline.",
    ),
    _round(
        "other",
        "Other interview",
        "Any other format of meeting with the employer.",
        _NOT_OFFER,
        "After it, a reply within about 5 to 10 business days is normal.",
        "Ask what format to expect and who you will meet.",
        _THANK_YOU,
    ),
    _situation(
        "second_interview",
        "Second interview",
        "A further round is always progress. Employers may not call it a second "
        "interview: a phone interview then an onsite, a lunch then a formal interview with "
        "the team, or a group interview then being asked to return all count. The focus "
        "moves to how you fit with the team.",
        "No offer is guaranteed yet. More questions are their normal process, not a sign they "
        "think you are a risky hire.",
        "Afterwards you usually hear from HR or the hiring manager: either they continue with "
        "you, or they choose a different direction.",
        "Review what interested your first interviewer.",
        "Expect to meet more of the team.",
        _THANK_YOU,
    ),
    _situation(
        "final_round",
        "Final round",
        "You are probably one of one or two finalists.",
        "Still not an offer.",
        "A decision usually follows within 5 to 10 business days; at small companies 1 to 3 days; "
        "relocation can add a few weeks.",
        _THANK_YOU,
        "Ask for their decision timeline.",
    ),
    _situation(
        "references",
        "References requested",
        "After an interview in person, a strong finalist signal. Before any interview, a "
        "formality.",
        "A strong sign but not an offer.",
        "An offer often follows within 1 to 3 business days of the last reference.",
        "Brief your references: who may call, the role, what to mention.",
    ),
    _situation(
        "verbal_offer",
        "Verbal offer",
        "They want to hire you and have said so.",
        "Not a job until you hold it in writing.",
        "Ask when the written offer will come and when they need your answer.",
        "Do not resign yet.",
        "Ask for the offer in writing.",
    ),
    _situation(
        "written_offer",
        "Written offer",
        "A real offer: the decision is yours.",
        "Not a demand for an instant answer.",
        "Employers usually expect an answer within a day to a week; campus offers 1 to 2 weeks.",
        "Reply within a day; asking for a few days to decide is a fine answer.",
        "Negotiate before accepting, and have any changes put in writing.",
        "Tell the other companies you are talking to, and ask how soon they could decide.",
    ),
    _situation(
        "on_hold",
        "On hold",
        "The employer has paused the process, often for budget or approvals.",
        "Not a no, and not a yes.",
        "Holds often last weeks; check in about every two weeks.",
        "Keep your other applications moving.",
    ),
    _situation(
        "gone_quiet",
        "Gone quiet",
        "After two unanswered follow-ups, or long silence, stop waiting on it.",
        "Inactive, not rejected: roles reopen and people come back.",
        "About a month after applying, or two weeks past an expected reply.",
        "Stop chasing; put your energy elsewhere.",
        "Log it here if they get back in touch.",
    ),
]

GUIDE_BY_SLUG: dict[str, GuideEntry] = {entry.slug: entry for entry in GUIDE}


def guide_entry(slug: str) -> GuideEntry:
    """The guide entry for a slug; KeyError for an unknown one."""
    return GUIDE_BY_SLUG[slug]
