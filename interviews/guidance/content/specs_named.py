"""Events named for what they are (``guidance.named``): a reserve list, a selection waiting
on a staff council's consent, an unpaid trial day, an interview they keep moving."""

from __future__ import annotations

from interviews.guidance.content.steps import Planned
from interviews.guidance.situations import Due
from interviews.guidance.spec import Spec

_MOVED_OFTEN_MEANING = (
    "{company} has moved or called off this interview three or more times. Once can be a "
    "diary clash; a pattern like this often means the role itself is being reconsidered, "
    "or the hiring manager's priorities are elsewhere."
)
_MOVED_OFTEN_NOT = (
    "It says nothing about you, and it is not a no. But until they name a firm date, do "
    "not count on this one."
)
_MOVED_OFTEN_TIMING = (
    "Ask once now. If a week passes after that with no firm new date, treat the role as "
    "stalled: keep the door open, but put your time into your other applications."
)

SPECS: tuple[Spec, ...] = (
    Spec(
        key="on_hold/reserve_list",
        headline="On the reserve list: you passed, but no post yet",
        meaning="You met the standard, but the post went to someone ranked higher. "
        "{company} keeps you on its reserve list: if a post at the same grade comes up "
        "while the list runs (often 12 months), they may offer it to you, usually in merit "
        "order.",
        not_meaning="It is not a rejection, and not a pause you can speed up: chasing "
        "does not move the list. It is not a promise either, as many lists expire unused.",
        timing="Offers from a reserve list come whenever a post opens, with no set date; "
        "there is nothing to chase meanwhile.",
        card="Reserve list: apply elsewhere too",
        steps=(
            Planned("reserve_feedback", Due.NEXT_DAY),
            Planned("reserve_apply"),
            Planned("reserve_log"),
        ),
        words={
            "reserve_feedback": "Ask {contact} once for your feedback and scores, and how "
            "long the list runs: both help you in the next campaign.",
            "reserve_apply": "Apply to other campaigns at the same grade now: a place on "
            "one list does not stop you, and a pass here shows you can meet the standard.",
            "reserve_log": "If they offer you a post from the list, log it here and the "
            "advice picks up from there.",
        },
    ),
    Spec(
        key="moving_forward/consent",
        headline="Chosen for the post: waiting for the staff council's consent",
        meaning="{company} has selected you, and the works council or Personalrat has to "
        "agree to the appointment before the contract is signed. That is the last step "
        "before the contract, not another round.",
        not_meaning="The council rarely blocks a selection, but until it agrees and you "
        "hold the signed contract, the job is not yours: do not resign yet.",
        timing="A council usually decides at its next meeting, often within one to three weeks.",
        card="Waiting on the council's consent",
        steps=(
            Planned("consent_ask", Due.NEXT_DAY),
            Planned("consent_notice", only="employed"),
        ),
        words={
            "consent_ask": "Ask {contact} when the council meets about it and when you can "
            "expect the contract.",
            "consent_notice": "Look up your notice period now, so you can give notice the "
            "day the signed contract arrives; until then, do not resign.",
        },
    ),
    Spec(
        key="round_upcoming/trial_day",
        headline="Trial day on {round_date}: a working day with the team",
        meaning="A trial day (Probetag) lets you and {company} see how you work together: "
        "you spend the day with the team, watch the work and do small tasks.",
        not_meaning="It is not an interview in a room, and not a day of free labour: one "
        "day to get to know each other is usual; real work for their customers, or more "
        "unpaid days, is not.",
        timing="It is on {round_date}; plan for the whole day.",
        card="Trial day {round_date}",
        steps=(
            Planned("trial_leave", Due.TODAY, only="employed"),
            Planned("trial_scope", Due.TODAY),
            Planned("trial_prep", Due.PREP),
        ),
        words={
            "trial_leave": "Book the day off at your current job now, as a day of "
            "holiday, so the day is yours.",
            "trial_scope": "Confirm with {contact} in writing the hours, who you will work "
            "with, and that it is a day to get to know each other, not work for their "
            "customers; if they want more than one day, ask that it be paid.",
            "trial_prep": "Get ready for {round_date}: suitable clothes, what to bring, and "
            "two or three questions for the team about how they work.",
        },
    ),
    Spec(
        key="still_deciding/earlier",
        headline="No decision yet, by their last word on {decided_on}",
        meaning="On {decided_on} {company} told you they had not decided yet; nothing has "
        "come since.",
        not_meaning="Weeks without news after that are not a no: decisions with sign-offs "
        "often take this long. It is not news either, so nothing here needs a reply.",
        timing="Their word on {decided_on} set the wait you are in.",
        card="",
        steps=(Planned("keep_applying"),),
    ),
    Spec(
        key="round_cancelled/moved_often",
        headline="Moved again and again: ask whether the role is still live",
        meaning=_MOVED_OFTEN_MEANING,
        not_meaning=_MOVED_OFTEN_NOT,
        timing=_MOVED_OFTEN_TIMING,
        card="Moved 3+ times: is the role live?",
        steps=(Planned("role_status_ask", Due.TODAY), Planned("keep_applying")),
    ),
    Spec(
        key="rescheduled/moved_often",
        headline="Moved again and again: ask whether the role is still live",
        meaning=_MOVED_OFTEN_MEANING,
        not_meaning=_MOVED_OFTEN_NOT,
        timing=_MOVED_OFTEN_TIMING,
        card="Moved 3+ times: is the role live?",
        steps=(Planned("role_status_ask", Due.TODAY), Planned("keep_applying")),
    ),
)
