"""Ready-to-edit messages in the product's own words, filled from the application's records.

Which drafts an application offers follows its advice: a thank-you while the advice says
one is owed (``Advice.thank_you``, the engine's one rule), a first and a second follow-up
while the employer owes a reply, a timeline request when another offer has arrived, a
gracious reply to a rejection, and a withdrawal while it is open. Pure: no queries, no
clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from interviews import drafts_offer as offer
from interviews.folding import fold
from interviews.guidance.wording import join_names, long_date
from interviews.models import Application, Stage, UpdateKind
from interviews.stages import round_day

# Words that open a name in an address book as a form of address or a title, folded
# (``interviews.folding``), without their dot: "Frau Schneider", "Dr. Lee", "Mme Roux".
HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "herr",
        "frau",
        "fraulein",
        "mme",
        "mlle",
        "madame",
        "monsieur",
        "sr",
        "sra",
        "srta",
        "senor",
        "senora",
        "signor",
        "signora",
        "sig",
        "dott",
    ]
)

THANK_YOU = "thank_you"
FOLLOW_UP = "follow_up"
SECOND_FOLLOW_UP = "second_follow_up"
TIMELINE = "timeline"
REJECTION_REPLY = "rejection_reply"
WITHDRAWAL = "withdrawal"
OFFER_REPLY = "offer_reply"

TITLES = {
    THANK_YOU: "Thank-you note",
    FOLLOW_UP: "Follow-up",
    SECOND_FOLLOW_UP: "Second follow-up",
    TIMELINE: "Ask for their timeline",
    REJECTION_REPLY: "Reply to the rejection",
    WITHDRAWAL: "Withdraw your application",
    OFFER_REPLY: "Thank them and ask for it in writing",
    **offer.TITLES,
}

SUBJECTS = {
    THANK_YOU: "Thank you: {role} interview",
    FOLLOW_UP: "Following up: {role} application",
    SECOND_FOLLOW_UP: "Checking in again: {role}",
    TIMELINE: "Timing question about the {role} role",
    REJECTION_REPLY: "Thank you for letting me know",
    WITHDRAWAL: "Withdrawing my application: {role}",
    OFFER_REPLY: "Thank you for the offer: {role}",
    **offer.SUBJECTS,
}

BODIES = {
    THANK_YOU: (
        "{greeting},\n\n"
        "Thank you for taking the time to talk with me on {interview_day}{with_names}. "
        "I enjoyed learning more about the {role} role and the team at {company}, and our "
        "conversation made me even more keen on the job.\n\n"
        "If there is anything else I can send to help your decision, I'm happy to.\n\n"
        "Best regards,\n{signature}"
    ),
    FOLLOW_UP: (
        "{greeting},\n\n"
        "I hope your week is going well. I wanted to follow up on the {role} role at "
        "{company}{since_phrase}. I'm still very interested, and I'd be grateful for any "
        "update on the next steps and their timing.\n\n"
        "Thank you,\n{signature}"
    ),
    SECOND_FOLLOW_UP: (
        "{greeting},\n\n"
        "I'm checking in once more about the {role} role at {company}. I understand these "
        "decisions take time. If the position is still open I remain interested, and if "
        "things have moved on, a short note would help me plan.\n\n"
        "Thank you for your time,\n{signature}"
    ),
    TIMELINE: (
        "{greeting},\n\n"
        "I'm still very interested in the {role} role at {company}. I have received an "
        "offer from another employer and need to answer it soon, so I wanted to ask "
        "whether you could share your timeline for a decision. I would much rather make "
        "my choice knowing where things stand with you.\n\n"
        "Thank you,\n{signature}"
    ),
    REJECTION_REPLY: (
        "{greeting},\n\n"
        "Thank you for letting me know, and for the time you and the team spent with me. "
        "I enjoyed learning about {company}. If you have a moment, I'd value any feedback "
        "that could help me in future interviews. I'd be glad to be considered for other "
        "roles that fit.\n\n"
        "Best wishes,\n{signature}"
    ),
    WITHDRAWAL: (
        "{greeting},\n\n"
        "Thank you for considering me for the {role} role at {company}. After careful "
        "thought I have decided to withdraw my application. I appreciate the time you "
        "have given me and hope our paths cross again.\n\n"
        "Kind regards,\n{signature}"
    ),
    # A fresh offer: thanks, the offer in writing, and the answer date (never asked again
    # once it is known).
    OFFER_REPLY: (
        "{greeting},\n\n"
        "Thank you very much for the offer for the {role} role. I'm delighted, and I want "
        "to give it the careful thought it deserves.\n\n"
        "Could you send me the full offer in writing, if it is not already on its way, with "
        "the salary, benefits and start date? {answer_sentence}\n\n"
        "Thank you again,\n{signature}"
    ),
    **offer.BODIES,
}

# A rejection that came before any interview: nobody spent time with the person, so the
# reply thanks them for reading the application and asks for nothing about interviews.
REJECTION_REPLY_UNMET = (
    "{greeting},\n\n"
    "Thank you for letting me know, and for considering my application for the {role} "
    "role. I'm still interested in {company}, and I'd be glad to be considered for other "
    "roles that fit.\n\n"
    "Best wishes,\n{signature}"
)


# What "mark as sent" records for the kinds that can be marked: a status update of this
# kind, or (None) for the thank-you the day on the round it thanks for. See
# services.draft_mark_sent; a timeline request changes nothing the advice reads. A reply
# to a rejection is a message to the employer like a follow-up: it counts in the
# work-search log, and its note says what it was.
SENT_AS: dict[str, UpdateKind | None] = {
    THANK_YOU: None,
    FOLLOW_UP: UpdateKind.FOLLOW_UP_SENT,
    SECOND_FOLLOW_UP: UpdateKind.FOLLOW_UP_SENT,
    REJECTION_REPLY: UpdateKind.FOLLOW_UP_SENT,
    WITHDRAWAL: UpdateKind.WITHDREW,
    **offer.SENT_AS,
}
SENT_NOTES = {REJECTION_REPLY: "Replied to their rejection."}


@dataclass(frozen=True)
class Draft:
    kind: str
    title: str
    to: str
    subject: str
    body: str

    @property
    def can_mark_sent(self) -> bool:
        return self.kind in SENT_AS


# Where a reply to the offer itself is the draft to send.
FRESH_OFFERS = frozenset({"offer_verbal", "offer_written"})


def available_drafts(application: Application, advice, *, another_offer: bool) -> list[str]:
    """The draft kinds that fit where the application stands, most pressing first."""
    if application.stage == Stage.REJECTED:
        # While the advice asks for a reply: once one is sent, the step and draft are done.
        replying = any(step.key == "rejected_reply" for step in advice.next_steps)
        return [REJECTION_REPLY] if replying else []
    if application.is_closed or application.stage == Stage.SAVED:
        return []
    if application.stage == Stage.OFFER:
        # An offer's own drafts: thank them and ask for it in writing, time, terms, the
        # answer; never a follow-up's "grateful for any update", nor only "Withdraw".
        # With a counter under way, the offer has been answered for now: no fresh reply.
        countering = str(advice.situation) == "negotiating"
        thanks = [THANK_YOU] if advice.thank_you is not None else []
        own = [kind for kind in offer.OFFER_KINDS if not (countering and kind in offer.ASKS)]
        return [*([] if countering else [OFFER_REPLY]), *thanks, *own]
    kinds = []
    if str(advice.situation) in FRESH_OFFERS:
        kinds.append(OFFER_REPLY)  # what the person needs first, not a way out
    if advice.thank_you is not None:
        kinds.append(THANK_YOU)
    if advice.awaiting_reply and not advice.quiet and advice.follow_ups_sent < 2:
        kinds.append(SECOND_FOLLOW_UP if advice.follow_ups_sent else FOLLOW_UP)
    if another_offer and application.stage != Stage.OFFER:
        kinds.append(TIMELINE)
    # Never the only draft before a booked interview: it is the step people prepare for,
    # not the time to suggest leaving (withdrawing stays one update away).
    if kinds or advice.next_round is None:
        kinds.append(WITHDRAWAL)
    return kinds


def compose(kind: str, application: Application, advice, *, signature: str) -> Draft:
    """Fill the words for one draft kind with this application's names and dates. A
    thank-you goes to the people in the rounds it thanks for; every other draft to the
    recruiter (or the agency's), never to the person who referred them."""
    thanked = advice.thank_you
    met = thanked.round if thanked else advice.last_round
    to, greeted = _addressed(kind, application, thanked)
    names = list(thanked.names) if thanked else (met.interviewer_names if met else [])
    # Thanking them for a talk "with" themselves reads oddly: they are "you".
    names = [name for name in names if not any(_same_person(name, g) for g in greeted)]
    fields = {
        "greeting": greeting_all(greeted),
        "role": application.role,
        "company": application.company,
        "signature": signature,
        "interview_day": long_date(round_day(met)) if met else "our call",
        "with_names": f" with {join_names(names)}" if names else "",
        "since_phrase": _since_phrase(advice.waiting_since, application.applied_on),
        "answer_sentence": _answer_sentence(advice.deadline),
    }
    return Draft(
        kind=kind,
        title=TITLES[kind],
        to=to,
        subject=SUBJECTS[kind].format(**fields),
        body=_body(kind, met=met).format(**fields),
    )


def _addressed(kind: str, application: Application, thanked) -> tuple[str, list[str]]:
    """Whom a draft goes to: its addresses (comma-separated, as a mailto takes them) and
    the names it greets."""
    if kind == THANK_YOU and thanked is not None:
        people = [person for r in thanked.rounds for person in r.people]
        unique = list({person.pk: person for person in people}.values())
        if unique:
            addresses = [person.email for person in unique if person.email]
            return ",".join(addresses), [person.name for person in unique if person.name]
    return application.contact_email, [application.contact_name] if application.contact_name else []


def greeting_all(names: list[str]) -> str:
    """One greeting for everyone a draft goes to: "Hi Sam and Ana", "Dear Frau Schneider"."""
    if len(names) <= 1:
        return greeting(names[0] if names else "")
    each = [greeting(name) for name in names]
    if any(g == "Hello" for g in each):
        return "Hello"
    if all(g.startswith("Hi ") for g in each):
        return "Hi " + join_names([g.removeprefix("Hi ") for g in each])
    return "Dear " + join_names([" ".join(name.split()) for name in names])


def _body(kind: str, *, met) -> str:
    """The words for a draft kind; a rejection's reply knows whether anyone met the person."""
    if kind == REJECTION_REPLY and met is None:
        return REJECTION_REPLY_UNMET
    return BODIES[kind]


def greeting(contact_name: str) -> str:
    """How a draft opens: "Hi Dana" for a first name, "Dear Frau Schneider" for a name
    written with a title (the whole name as written, never a bare title), else "Hello"."""
    words = contact_name.split()
    titled = 0
    while titled < len(words) and _honorific(words[titled]):
        titled += 1
    if titled == len(words):  # empty, or only a title ("Frau"): no name to greet by
        return "Hello"
    if titled:
        return f"Dear {' '.join(words)}"
    return f"Hi {words[0]}"


def _honorific(word: str) -> bool:
    return fold(word).rstrip(".") in HONORIFICS


def _same_person(name: str, contact_name: str) -> bool:
    """Whether an interviewer's name is the contact's, titles aside ("Katrin Schneider"
    and "Frau Schneider" share a surname; "Katrin Schneider" and "Katrin" a first name)."""
    mine = [fold(word) for word in name.split() if not _honorific(word)]
    theirs = [fold(word) for word in contact_name.split() if not _honorific(word)]
    if not mine or not theirs:
        return False
    if mine == theirs:
        return True
    titled = len(theirs) < len(contact_name.split())
    return (theirs[-1] == mine[-1]) if titled else False


def _since_phrase(since: date | None, applied_on: date | None) -> str:
    """When the wait began, in words that fit it: a wait from the application itself was
    no contact with anyone, just the day it was sent."""
    if since is None:
        return ""
    if since == applied_on:
        return f", which I applied for on {long_date(since)}"
    return f", following our last contact on {long_date(since)}"


def _answer_sentence(deadline: date | None) -> str:
    """The answer date: promised when they set one, asked for when they did not."""
    if deadline is None:
        return "Could you also let me know by when you need my answer?"
    return (
        f"I will come back to you by {long_date(deadline)}; if I need a few more days, "
        "I'll let you know as early as I can."
    )
