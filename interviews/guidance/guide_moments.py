"""Stage guide entries: moments that need a closer reading."""

from __future__ import annotations

from interviews.guidance.guide_phrases import FINALIST, THANK_YOU, GuideEntry

MOMENTS: list[GuideEntry] = [
    GuideEntry(
        slug="second_interview",
        title="Second interview",
        group="situation",
        meaning=(
            "A further round is always progress. Employers may not call it a second "
            "interview: a phone interview then an onsite, a lunch then a formal interview "
            "with the team, or a group interview then being asked to return all count. The "
            "focus moves to how you fit with the team."
        ),
        not_meaning=(
            "No offer is guaranteed yet. More questions are their normal process, not a sign "
            "they think you are a risky hire."
        ),
        timing=(
            "Afterwards you usually hear from HR or the hiring manager: either they continue "
            "with you, or they choose a different direction."
        ),
        actions=(
            "Review what interested your first interviewer.",
            "Expect to meet more of the team.",
            THANK_YOU,
        ),
    ),
    GuideEntry(
        slug="final_round",
        title="Final round",
        group="situation",
        meaning=FINALIST,
        not_meaning="Still not an offer.",
        timing=(
            "A decision usually follows within 5 to 10 business days; at small companies 1 to"
            " 3 days; relocation can add a few weeks."
        ),
        actions=(
            THANK_YOU,
            "Ask for their decision timeline.",
        ),
    ),
    GuideEntry(
        slug="references",
        title="References requested",
        group="situation",
        meaning=(
            "After an interview in person, a strong finalist signal. Before any interview, a "
            "formality."
        ),
        not_meaning="A strong sign but not an offer.",
        timing="An offer often follows within 1 to 3 business days of the last reference.",
        actions=("Brief your references: who may call, the role, what to mention.",),
    ),
    GuideEntry(
        slug="verbal_offer",
        title="Verbal offer",
        group="situation",
        meaning="They want to hire you and have said so.",
        not_meaning="Not a job until you hold it in writing.",
        timing="The written offer often follows within a few business days.",
        actions=(
            "Ask when the written offer will come and when they need your answer.",
            "Do not resign yet.",
            "Ask for the offer in writing.",
        ),
    ),
    GuideEntry(
        slug="written_offer",
        title="Written offer",
        group="situation",
        meaning="A real offer: the decision is yours.",
        not_meaning="Not a demand for an instant answer.",
        timing=(
            "Employers usually expect an answer within a day to a week; campus offers 1 to 2 weeks."
        ),
        actions=(
            "Reply within a day; asking for a few days to decide is a fine answer.",
            "Negotiate before accepting, and have any changes put in writing.",
            ("Tell the other companies you are talking to, and ask how soon they could decide."),
        ),
    ),
    GuideEntry(
        slug="on_hold",
        title="On hold",
        group="situation",
        meaning="The employer has paused the process, often for budget or approvals.",
        not_meaning="Not a no, and not a yes.",
        timing="Holds often last weeks; check in about every two weeks.",
        actions=("Keep your other applications moving.",),
    ),
    GuideEntry(
        slug="gone_quiet",
        title="Gone quiet",
        group="situation",
        meaning="After two unanswered follow-ups, or long silence, stop waiting on it.",
        not_meaning="Inactive, not rejected: roles reopen and people come back.",
        timing="About a month after applying, or two weeks past an expected reply.",
        actions=(
            "Stop chasing; put your energy elsewhere.",
            "Log it here if they get back in touch.",
        ),
    ),
    GuideEntry(
        slug="rescheduled",
        title="Cancelled or rescheduled by them",
        group="situation",
        meaning=(
            "The employer moved or called off an interview. Schedules shift in hiring all the "
            "time: illness, travel, a busy week."
        ),
        not_meaning="Not a no, and not a sign of lost interest; but nothing is settled until a "
        "new date is booked.",
        timing="A reply to a request for a new date usually comes within a few business days.",
        actions=(
            "Reply promptly, say you are still keen, and offer two or three new times.",
            "If you ever need to move an interview yourself, give as much notice as you can "
            "and propose new times in the same message.",
        ),
    ),
    GuideEntry(
        slug="negotiation",
        title="Negotiating an offer",
        group="situation",
        meaning=(
            "Asking for more is normal: about half of employers offer below their maximum, and "
            "most expect a counter."
        ),
        not_meaning="A counter is not an acceptance, and their first reply may not be their "
        "last word.",
        timing="Answers to a counter usually come within a few business days.",
        actions=(
            "Look at the whole package: base, bonus, equity, benefits, leave.",
            "Make one counter with a specific number, everything at once.",
            "Get the updated offer in writing before you accept.",
        ),
    ),
    GuideEntry(
        slug="conditional_offer",
        title="Conditional offers and background checks",
        group="situation",
        meaning=(
            "Many offers depend on conditions: references, a background check, the right to "
            "work. A background check usually comes after a conditional offer."
        ),
        not_meaning="A check is routine, not a sign of doubt; but until it clears, the offer can "
        "still change.",
        timing="Checks usually take 1 to 5 business days, up to two weeks; international ones "
        "1 to 3 weeks.",
        actions=(
            "Ask which conditions apply and how long they take.",
            "Do not resign until every condition is cleared.",
            "In the US, an employer who withdraws an offer over a background report must first "
            "send you the report and a summary of your rights.",
        ),
    ),
    GuideEntry(
        slug="salary",
        title="Talking about pay",
        group="situation",
        meaning=(
            "Pay usually comes up early, in the screen, and again in a second round or at the "
            "offer."
        ),
        not_meaning="Being asked your expectations is not a trap, and a range is not a "
        "promise to accept its bottom.",
        timing="Usually in the first screen, again in a second round, and at the offer.",
        actions=(
            "Give a researched range rather than one number.",
            "At the offer, look at the whole package and counter once, with a number.",
        ),
    ),
]
