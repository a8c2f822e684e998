"""Stage guide entries: the stages of an application."""

from __future__ import annotations

from interviews.guidance.guide_phrases import (
    AFTER_PROMISE,
    ASK_NEXT,
    NOT_OFFER,
    THANK_YOU,
    GuideEntry,
)

STAGES: list[GuideEntry] = [
    GuideEntry(
        slug="saved",
        title="Saved",
        group="stage",
        meaning="A role you want to remember; the employer does not know about you yet.",
        not_meaning="No place in line: postings can close without notice.",
        timing="No clock is running until you apply.",
        actions=(
            "Apply while the posting is open.",
            "Tailor your CV to what the posting stresses most.",
        ),
    ),
    GuideEntry(
        slug="applied",
        title="Applied",
        group="stage",
        meaning="Your application is in and the next move is theirs.",
        not_meaning="Nothing has been decided yet, and silence now is not a no.",
        timing=(
            "A first human reply often takes 1 to 3 weeks; about 4 weeks at large companies "
            "and public bodies."
        ),
        actions=(
            "Follow up once after about two weeks if you hear nothing.",
            AFTER_PROMISE,
            "After a month of silence, mark it inactive rather than rejected.",
        ),
    ),
    GuideEntry(
        slug="screening",
        title="Screening",
        group="stage",
        meaning=(
            "A recruiter or HR checks the basics: why you applied, pay, when you could start."
        ),
        not_meaning="Encouraging, but no promise of a full interview.",
        timing=(
            "A reply within 2 to 3 business days is common after a short screen; allow up to "
            "two weeks if no date was given."
        ),
        actions=(
            "Have your salary expectations and availability ready.",
            "Ask what the next step would be.",
        ),
    ),
    GuideEntry(
        slug="interviewing",
        title="Interviewing",
        group="stage",
        meaning="They have real interest: you are meeting the people who decide.",
        not_meaning=NOT_OFFER,
        timing=(
            "Most processes have 2 to 4 rounds. After each, a reply within about 5 to 10 "
            "business days is normal."
        ),
        actions=(
            THANK_YOU,
            ASK_NEXT,
            "No timeline given? Follow up after about 5 business days.",
        ),
    ),
    GuideEntry(
        slug="offer",
        title="Offer",
        group="stage",
        meaning="They want to hire you. A verbal offer still needs to reach you in writing.",
        not_meaning="Not a job until you hold it in writing and have accepted it.",
        timing="Employers usually expect an answer within a day to a week.",
        actions=(
            "Reply within a day; asking for a few days to decide is a fine answer.",
            "If you negotiate, do it before saying yes, and ask for everything in one go.",
            ("Tell the other companies you are talking to, and ask how soon they could decide."),
        ),
    ),
    GuideEntry(
        slug="accepted",
        title="Accepted",
        group="stage",
        meaning="You said yes: this search has reached its goal.",
        not_meaning="Until the offer is signed, it is not safe to resign.",
        timing="Signing and clearing the conditions can take from a few days to two weeks.",
        actions=(
            "Confirm in writing, restating the key terms.",
            "Once the offer is signed and its conditions are cleared, withdraw politely from "
            "your other processes.",
        ),
    ),
    GuideEntry(
        slug="declined",
        title="Declined",
        group="stage",
        meaning="You turned an offer down.",
        not_meaning="Not a burned bridge when done kindly.",
        timing="Within a day or two of deciding is kind to everyone.",
        actions=(
            "Thank them for their time and the offer.",
            "Keep the contact: roles come back.",
        ),
    ),
    GuideEntry(
        slug="rejected",
        title="Not selected",
        group="stage",
        meaning="They chose someone else for this role, this time.",
        not_meaning="Not a verdict on you; roles reopen when a hire falls through.",
        timing="A reply within a day or two is the gracious move.",
        actions=(
            "Reply briefly and kindly.",
            "Ask whether they can share feedback.",
            "Keep the contact for future roles.",
        ),
    ),
    GuideEntry(
        slug="withdrawn",
        title="Withdrawn",
        group="stage",
        meaning="You stepped out of the process.",
        not_meaning="Not a closed door if you leave politely.",
        timing="As soon as you have decided; at a late stage, the same day.",
        actions=(
            "At a late stage, call first, then confirm by email.",
            "Thank them for their time.",
        ),
    ),
    GuideEntry(
        slug="rescinded",
        title="Offer rescinded",
        group="stage",
        meaning=(
            "The employer withdrew an offer it had made, for reasons of its own (a freeze, a "
            "budget cut) or because of a condition such as a background check."
        ),
        not_meaning=(
            "Not a verdict on your interviews, and not the same as being turned down: they "
            "had chosen you."
        ),
        timing="The same day you hear: the reason is freshest for them then.",
        actions=(
            "Ask for the reason in writing.",
            "If you have not resigned, do not; if you have, ask whether you can take it back "
            "and consider a short talk with an employment lawyer.",
            "In the US, if a background check was the reason, the employer must first show you "
            "the report and give you time to respond.",
            "Tell the processes you paused that you are available again.",
        ),
    ),
]
