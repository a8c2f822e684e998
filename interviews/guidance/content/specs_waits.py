"""The waits that are not "waiting for a reply": an offer on hold, a hold with an interview
still booked, a background check, a pre-adverse action notice, a reply with no decision,
and a process to close because the person accepted an offer elsewhere.

Each is one ``Spec``; ``guidance.spec.register`` files it where the engine reads it.
"""

from __future__ import annotations

from interviews.guidance.content.steps import Planned
from interviews.guidance.situations import Due
from interviews.guidance.spec import Spec

_NOT_SIGNED = (
    "Until you hold a signed offer with a start date, do not resign or turn down other processes."
)

SPECS: tuple[Spec, ...] = (
    Spec(
        key="on_hold/offer",
        headline="Offer on hold: not secure until they confirm it",
        meaning="After offering you the role, {company} has paused it. That usually means an "
        "approval (headcount, budget, a sign-off) has not come through on their side.",
        not_meaning="A paused offer is not withdrawn, and not a comment on you. It is not "
        "safe either: some pauses end in a confirmed offer, some in a cancelled role. "
        + _NOT_SIGNED,
        timing="Approvals like this usually take one to three weeks. Asking every week is "
        "reasonable while an offer is at stake.",
        card="Offer paused: ask weekly",
        steps=(
            Planned("hold_offer_call", Due.NEXT_DAY),
            Planned("hold_offer_others", Due.NEXT_DAY, only="others_to_tell"),
            Planned("hold_offer_stay"),
        ),
        words={
            "hold_offer_call": "Call {contact}: ask what approval the offer is waiting on, who "
            "decides, and when they expect to know.",
            "hold_offer_others": "Tell the other companies you are talking to that you are "
            "still available, and keep those processes moving.",
            "hold_offer_stay": "Stay in your current job, and keep your notice unserved, until "
            "the offer is confirmed in writing.",
        },
    ),
    Spec(
        key="on_hold/booked",
        headline="On hold, with an interview still booked: check it is still on",
        meaning="{company} has paused the process, and the {round_noun} on {round_date} was "
        "booked before that news.",
        not_meaning="A pause is not a no, but a booking made before it may not stand: do not "
        "travel or take time off for it until they confirm.",
        timing="Ask now, so you know well before {round_date}.",
        card="Paused: is {round_date} still on?",
        steps=(
            Planned("hold_booked_ask", Due.NEXT_DAY),
            Planned("keep_applying"),
        ),
        words={
            "hold_booked_ask": "Write to {contact}: thank them for the update and ask whether "
            "the {round_noun} on {round_date} still goes ahead or will be moved.",
        },
    ),
    Spec(
        key="background_check",
        headline="Background check under way",
        meaning="{company} has started a background check. It usually comes near the end, "
        "once they have chosen someone, and most checks come back clear.",
        not_meaning="A check is not a doubt about you, and not a final yes either: the "
        "result still has to come back. " + _NOT_SIGNED,
        timing="Most checks take 3 to 10 business days; past that, a delay is usually a slow "
        "past employer or a missing form, not a problem with you.",
        card="",
        steps=(
            Planned("check_forms", Due.NEXT_DAY),
            Planned("check_ask_time", Due.NEXT_DAY),
            Planned("keep_applying"),
        ),
        words={
            "check_forms": "Fill in any consent or identity forms the screening company sends "
            "straight away: a missing form is the most common delay.",
            "check_ask_time": "Ask {contact} how long the check usually takes and whether it "
            "needs anything more from you.",
        },
    ),
    Spec(
        key="background_check/offer",
        headline="Offer pending a background check",
        meaning="{company} has offered you the role, on condition of a background check that "
        "is now running. Most checks come back clear.",
        not_meaning="A conditional offer is not a finished one: the job is yours once the "
        "check clears and the offer is confirmed. " + _NOT_SIGNED,
        timing="Most checks take 3 to 10 business days. A check running much longer deserves "
        "a call, not more waiting: a live offer never just goes quiet.",
        card="",
        steps=(
            Planned("check_forms", Due.NEXT_DAY),
            Planned("check_ask_time", Due.NEXT_DAY),
            Planned("hold_offer_stay"),
        ),
    ),
    Spec(
        key="background_check/accepted",
        headline="Accepted: checks still running",
        meaning="You accepted {company}'s offer on condition of checks (a background check, "
        "references or vetting) that are still running. Long checks are common, above all "
        "in the public sector and for security clearance, and most come back clear.",
        not_meaning="A slow check is not a sign of a problem, and not the final yes either: "
        "the job is safe once the checks clear and the start date is confirmed in writing.",
        timing="Checks often take weeks, and vetting two to three months; a polite status "
        "check every two to three weeks is fine.",
        card="",
        steps=(
            Planned("accepted_check_hold", only="employed"),
            Planned("accepted_check_ask"),
            Planned("accepted_check_start"),
        ),
        words={
            "accepted_check_hold": "Do not hand in your notice until the checks have cleared "
            "and the start date is confirmed in writing.",
            "accepted_check_ask": "Ask {contact} whether anything is outstanding from you "
            "and when they expect the checks to clear.",
            "accepted_check_start": "If the checks may run past {agreed_start}, ask "
            "{contact} now to move the start date, rather than wait for the day.",
        },
    ),
    Spec(
        key="adverse_action",
        headline="Pre-adverse action notice: respond by {deadline}",
        meaning="{company} has told you that something in your background report may lead "
        "them to withdraw. In the US they must send you a copy of the report and a summary of "
        "your rights, and wait before they decide.",
        not_meaning="It is not a final decision: this is your chance to correct mistakes or "
        "explain. Reports are wrong more often than people think (a namesake, an old record).",
        timing="You have until {deadline} ({countdown}) to respond; the employer decides after "
        "that.",
        card="Respond by {deadline} ({countdown})",
        steps=(
            Planned("adverse_read", Due.TODAY),
            Planned("adverse_dispute", Due.TODAY),
            Planned("adverse_tell", Due.TODAY),
        ),
        words={
            "adverse_read": "Read the report line by line and mark anything that is wrong, "
            "out of date or not about you.",
            "adverse_dispute": "Before {deadline}, dispute the errors in writing with the "
            "screening company named in the notice, and send {contact} a short explanation "
            "with any proof.",
            "adverse_tell": "Tell {contact} today that you are disputing the report, so they "
            "wait for the correction before deciding.",
            "dispute_confirm": "Check with {contact} that your dispute reached them and that "
            "they will wait for the correction before deciding; keep a copy of everything you "
            "send.",
        },
    ),
    Spec(
        key="still_deciding",
        headline="They replied: no decision yet",
        meaning="{company} got back to you: you are still in the running, and they have not "
        "decided yet.",
        not_meaning="No decision is not a no, and not a yes either: it usually means they "
        "are still comparing candidates or waiting on a sign-off.",
        timing="Their reply on {decided_on} starts a new wait.",
        card="",
        steps=(
            Planned("still_deciding_thanks", Due.NEXT_DAY),
            Planned("keep_applying"),
        ),
        words={
            "still_deciding_thanks": "A one-line thank-you for the update is enough; no need "
            "to ask again yet.",
        },
    ),
    Spec(
        key="accepted_elsewhere",
        headline="You accepted an offer at {other_company}: close this process kindly",
        meaning="You said yes to {other_company}, so this application at {company} is no "
        "longer one you need to win.",
        not_meaning="Withdrawing is not burning a bridge: a short, prompt note leaves a good "
        "impression, and companies remember candidates who told them.",
        timing="Withdraw once the other offer is signed and its conditions have cleared; "
        "until then, simply do not start anything new here.",
        card="Withdraw once {other_company} is signed",
        steps=(
            Planned("elsewhere_withdraw"),
            Planned("elsewhere_log"),
        ),
        words={
            "elsewhere_withdraw": "Once the offer from {other_company} is signed and its "
            "conditions have cleared, tell {contact} you are withdrawing and thank them.",
            "elsewhere_log": "Then log the withdrawal here, so this application closes.",
        },
    ),
    Spec(
        key="accepted_elsewhere/booked",
        headline="You accepted an offer at {other_company}: withdraw before the {round_noun}",
        meaning="You said yes to {other_company}, and your {round_noun} here is still booked for "
        "{round_date}. Going to it would take their time and yours for a job you will not take.",
        not_meaning="Withdrawing is not burning a bridge: a short, prompt note leaves a good "
        "impression, and it frees the slot for another candidate.",
        timing="Withdraw before {round_date}, today if you can: the sooner they know, the "
        "easier it is for them to rearrange.",
        card="Withdraw before {round_date}",
        steps=(
            Planned("elsewhere_withdraw_booked", Due.TODAY),
            Planned("elsewhere_log"),
        ),
        words={
            "elsewhere_withdraw_booked": "Tell {contact} today that you have accepted another "
            "offer and are withdrawing, so they can free the {round_noun} on {round_date}; "
            "thank them for their time.",
        },
    ),
    Spec(
        key="accepted_elsewhere/saved",
        headline="You accepted an offer at {other_company}: nothing to do here",
        meaning="You saved this role at {company} but did not apply, so there is nothing to "
        "withdraw and no one to tell.",
        not_meaning="A saved job is only a note to yourself: keeping it commits you to nothing.",
        timing="Nothing here waits on you or on them.",
        card="Nothing to do: you accepted {other_company}",
        steps=(Planned("elsewhere_saved"),),
        words={
            "elsewhere_saved": "Keep it saved until your start at {other_company} is settled; "
            "after that you can delete it from this page.",
        },
    ),
)
