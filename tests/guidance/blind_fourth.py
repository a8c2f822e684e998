"""What the fourth blind set (``tests/data/advice_cases4/``) still misses, check by check,
and why: the strict xfails of ``test_blind_cases``. Where the deciding fact is only in the
story, not in the records the product receives, the reason says so (the judge's "input
gap": 11 and 21 fully, 13, 23 and 29 partly)."""

from __future__ import annotations

_NO_CLOCK_ON_AN_OFFER = (
    "a written offer with its answer-by date ahead runs no waiting clock; the recruiter's "
    "date is today's reply, which is the page's first step (the judge: a match)"
)

FOURTH_FOLLOW_UP_LEFT: dict[str, str] = {
    "01-us-tx-relocation-lump-sum-offer": _NO_CLOCK_ON_AN_OFFER,
    "10-us-pa-h1b-transfer-offer": _NO_CLOCK_ON_AN_OFFER,
    "14-uk-sct-offer-deadline-over-new-year": _NO_CLOCK_ON_AN_OFFER,
    "15-uk-eng-agency-exploding-verbal-offer": "a verbal offer whose answer is due today "
    "runs no waiting clock; asking for it in writing today is the page's first step",
    "06-de-bw-contract-withdrawn-after-resigning": "a closed application runs no waiting "
    "clock; the steps to protect her income are dated today",
    "25-uk-wls-asking-for-feedback-after-rejection": "a closed application runs no waiting "
    "clock; the gracious reply asking for feedback is dated today (the judge: right)",
    "16-uk-eng-civil-service-reserve-list": "a reserve list has no reply to wait for: the "
    "recruiter's today is the request for feedback and scores, a step, not a clock",
    "18-uk-sct-graduate-scheme-waiting-for-ac": "'invitations in January' reads as news "
    "by the end of its first working week and a nudge on Mon 11 Jan; the recruiter waits "
    "to the end of January (vague promises over holidays are engine6's part of #19)",
    "21-us-oh-ill-before-onsite-reschedule": "input gap: the illness is only in the story; "
    "the records show an onsite booked for tomorrow, and the card now says what to do if "
    "you cannot make it, but nothing recorded makes it today's contact",
    "23-de-ni-decision-after-easter": "the nudge falls inside the page's own window after "
    "the Easter holidays ('nach Ostern' is only in the story: partly an input gap; windows "
    "over holidays are engine6's part of #19)",
    "24-de-st-news-early-january-epiphany": "'Anfang Januar' reads as news by Fri 8 Jan, "
    "nudged Mon 11 Jan; the recruiter allows the first full week back (Wed 13 Jan; engine6's "
    "part of #19)",
    "29-de-hb-verbal-zusage-notice-deadline": "the page now asks today for the signed "
    "contract before the last day to resign (the notice counted back from the Apr 1 start), "
    "but the waiting clock's chase stays the verbal offer's usual Wed 17 Feb; that day is his "
    "notice deadline only in the story (partly an input gap), and pulling the clock in would "
    "make the card say 'past the usual time', which is not so",
    "30-uk-nir-promise-on-st-patricks-day": "the nudge is Fri 19 Mar, one working day "
    "before the recruiter's Mon 22 Mar (the judge: within tolerance)",
}

# engine6's rule for naming the year-end slowdown (only when a wait reaches the slow weeks)
# made the last one (20) pass.
FOURTH_FORBIDDEN_LEFT: dict[str, str] = {}
