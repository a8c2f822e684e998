"""The saved postings and the live offers as CSV, written by the core's CSV helpers (the
same defused cells, separator and byte-order mark as every other export)."""

from __future__ import annotations

import html

import nh3
from django.http import HttpRequest, StreamingHttpResponse

from interviews.postings.models import Posting
from interviews.postings.offers import LiveOffer, live_offers
from interviews.views.exports import _csv, _for_excel, _prepend, _stamp

COLUMNS = [
    "title", "company", "location", "remote", "salary_min", "salary_max", "salary_currency",
    "salary_period", "employment_type", "posted_on", "closes_on", "address", "application",
    "saved_at", "description",
]  # fmt: skip
CELL = 32_000  # characters: a spreadsheet cell holds 32,767


def export_postings(request: HttpRequest) -> StreamingHttpResponse:
    postings = (
        Posting.objects.for_user(request.user)
        .select_related("application")
        .order_by("saved_at", "pk")
        .iterator(500)
    )
    rows = (_row(posting) for posting in postings)
    return _csv(_prepend(COLUMNS, rows), f"postings-{_stamp()}.csv", **_for_excel(request))


def _row(posting: Posting) -> list[object]:
    application = posting.application
    return [
        posting.title,
        posting.company,
        posting.location,
        {True: "yes", False: "no", None: ""}[posting.remote],
        posting.salary_min,
        posting.salary_max,
        posting.salary_currency,
        posting.salary_period,
        posting.employment_type,
        posting.posted_on,
        posting.closes_on,
        posting.address,
        f"{application.company}: {application.role}" if application else "",
        posting.saved_at,
        text_of(posting.description)[:CELL],
    ]


def text_of(description: str) -> str:
    """The description as plain text: its tags dropped, its entities read."""
    return " ".join(html.unescape(nh3.clean(description, tags=set())).split())


OFFER_COLUMNS = [
    "company", "role", "answer_by", "starts_on", "base_pay", "pay_period", "currency", "bonus",
    "equity", "benefits",
]  # fmt: skip


def export_offers(request: HttpRequest) -> StreamingHttpResponse:
    """The live offers as /offers/ shows them: each in its own currency, nothing converted."""
    rows = ([*_offer_row(offer)] for offer in live_offers(request.user))
    return _csv(_prepend(OFFER_COLUMNS, rows), f"offers-{_stamp()}.csv", **_for_excel(request))


def _offer_row(offer: LiveOffer) -> list[object]:
    terms = offer.terms
    figures = (
        [
            terms.base_pay,
            terms.pay_period,
            terms.currency,
            terms.bonus,
            terms.equity,
            terms.benefits,
        ]
        if terms
        else [""] * 6
    )
    return [
        offer.application.company,
        offer.application.role,
        offer.answer_by,
        offer.starts_on,
        *figures,
    ]
