"""Rounds with a reading of their own beyond the tables: the one-way recorded video."""

from __future__ import annotations

from interviews.guidance.content.steps import Planned
from interviews.guidance.situations import Due
from interviews.guidance.spec import Spec

SPECS: tuple[Spec, ...] = (
    Spec(
        key="round_upcoming/recorded",
        headline="Recorded video interview to do by {round_date}",
        meaning="{kind_note} It is usually an early filter, watched later by a recruiter or "
        "the hiring team.",
        not_meaning="Nobody is watching live, so a pause to think reads better than a rushed "
        "answer; it is a screen, not a verdict on the whole process.",
        timing="Finish it by {round_date}; doing it a day early leaves room for a technical "
        "problem.",
        card="Record by {round_date}",
        steps=(Planned("prep", Due.PREP), Planned("recorded_practice", Due.PREP)),
        words={
            "recorded_practice": "Do the practice question first, and keep each answer to "
            "about two minutes: a situation, what you did, what came of it.",
        },
    ),
    Spec(
        key="after_round_waiting/recorded",
        headline="Recorded video sent: waiting for their review",
        meaning="Your recorded answers are with {company}; recorded interviews are usually "
        "reviewed in batches.",
        not_meaning="Waiting is not a no, and there is nobody to thank for a one-way "
        "interview: the next move is theirs.",
        timing="Reviews of recorded interviews usually take 5 to 10 business days.",
        card="",
        steps=(Planned("keep_applying"),),
    ),
)
