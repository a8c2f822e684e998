"""The drafts an offer needs, beyond thanking them and asking for it in writing
(``drafts.OFFER_REPLY``): asking for time, negotiating, accepting, declining. Words as
data, filled by ``drafts.compose`` with the same names as every draft; no figure and no
date the person did not give (../shared/domain/stage-facts.md: a counter names the
number the person chooses, on the call, not a number made up for them).

A follow-up ("grateful for any update") or only "Withdraw" is the wrong tone once an
offer is made (new-user trial 4): an offer's drafts are these.
"""

from __future__ import annotations

from interviews.models import UpdateKind

OFFER_TIME = "offer_time"
OFFER_NEGOTIATE = "offer_negotiate"
OFFER_ACCEPT = "offer_accept"
OFFER_DECLINE = "offer_decline"
# In the order the person reaches for them: time and terms before the answer.
OFFER_KINDS = (OFFER_TIME, OFFER_NEGOTIATE, OFFER_ACCEPT, OFFER_DECLINE)
# Asked before an answer: not again once a counter is under way.
ASKS = frozenset({OFFER_TIME, OFFER_NEGOTIATE})

TITLES = {
    OFFER_TIME: "Ask for time to decide",
    OFFER_NEGOTIATE: "Negotiate the offer",
    OFFER_ACCEPT: "Accept the offer",
    OFFER_DECLINE: "Decline the offer",
}

SUBJECTS = {
    OFFER_TIME: "The {role} offer: a little more time",
    OFFER_NEGOTIATE: "The {role} offer",
    OFFER_ACCEPT: "Accepting the offer: {role}",
    OFFER_DECLINE: "The {role} offer",
}

BODIES = {
    OFFER_TIME: (
        "{greeting},\n\n"
        "Thank you again for the offer for the {role} role. I'm very glad to have it, and I "
        "want to give you a considered answer. Would it be possible to have a few more days "
        "to decide, until the end of next week? If that does not work on your side, please "
        "tell me what would.\n\n"
        "Thank you,\n{signature}"
    ),
    OFFER_NEGOTIATE: (
        "{greeting},\n\n"
        "Thank you again for the offer for the {role} role at {company}. I'm excited about "
        "the work and the team, and I would like to make this work.\n\n"
        "Before I answer, could we talk about the salary? Given the scope of the role and "
        "what similar roles pay, I had hoped for a higher figure, and I'd like to hear "
        "whether there is room to move. Could we find time for a short call this week?\n\n"
        "Thank you,\n{signature}"
    ),
    OFFER_ACCEPT: (
        "{greeting},\n\n"
        "Thank you for the offer for the {role} role at {company}. I'm delighted to accept.\n\n"
        "Please send the contract to sign, if it is not already on its way, and let me know "
        "what you need from me before the start date. I'm looking forward to joining the "
        "team.\n\n"
        "Best regards,\n{signature}"
    ),
    OFFER_DECLINE: (
        "{greeting},\n\n"
        "Thank you very much for the offer for the {role} role at {company}, and for the time "
        "you and the team spent with me. After careful thought I have decided not to accept "
        "it. It was not an easy decision, and I hope our paths cross again.\n\n"
        "Kind regards,\n{signature}"
    ),
}

# What "mark as sent" records: the answer itself. Asking for time changes nothing the
# advice reads (the date they agree is logged on the offer when they answer).
SENT_AS = {
    OFFER_NEGOTIATE: UpdateKind.COUNTER_OFFER,
    OFFER_ACCEPT: UpdateKind.ACCEPTED,
    OFFER_DECLINE: UpdateKind.DECLINED,
}
