"""The status words the mail reader and the import share: what each kind of news is
called, which are bad news and which good, and the status update each one records.

The mail reader names what a letter says with these words (``MailReading.kind``); the
spreadsheet import's status column (``interviews.exchange.mapping.STATUSES``) maps
people's own words onto the same update kinds, and is the next to move here.
"""

from __future__ import annotations

from interviews.models import UpdateKind

# News that ends or withdraws something: never to be read as good news by mistake.
BAD_NEWS = frozenset({"rescinded", "rejected"})
# News that moves an application forward.
GOOD_NEWS = frozenset({"offer_written", "offer_verbal", "invited", "moving_forward"})

# The status update each kind of news records when the person accepts it. An assessment
# has no update kind of its own (with a due date it becomes a take-home round); a
# cancellation with no round to cancel, or a reply that only promises a date with no
# round to carry it, is at most a rescheduling or an acknowledgement.
UPDATE_OF: dict[str, str] = {
    "acknowledged": UpdateKind.ACKNOWLEDGED,
    "invited": UpdateKind.INVITED,
    "moving_forward": UpdateKind.MOVING_FORWARD,
    "on_hold": UpdateKind.ON_HOLD,
    "references_requested": UpdateKind.REFERENCES_REQUESTED,
    "assessment": UpdateKind.INVITED,
    "offer_verbal": UpdateKind.OFFER_VERBAL,
    "offer_written": UpdateKind.OFFER_WRITTEN,
    "rejected": UpdateKind.REJECTED,
    "rescinded": UpdateKind.OFFER_RESCINDED,
    "rescheduled": UpdateKind.RESCHEDULED,
    "cancelled": UpdateKind.RESCHEDULED,
    "replied": UpdateKind.ACKNOWLEDGED,
}
