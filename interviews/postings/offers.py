"""The live offers side by side (/offers/): each application holding an offer, its figures
(``Offer``) and its dates, read where they live, on the offer's status updates (the same
reading as the advice's: ``guidance.records``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from interviews.guidance.records import agreed_start, offer_deadline
from interviews.models import Application, Stage
from interviews.postings.models import Offer
from interviews.stages import event_key


@dataclass(frozen=True)
class LiveOffer:
    application: Application
    terms: Offer | None
    answer_by: date | None
    starts_on: date | None


def live_offers(user) -> list[LiveOffer]:
    """Every application holding an offer, the earliest answer-by first (none last). Three
    queries, however many offers."""
    applications = (
        Application.objects.for_user(user)
        .filter(stage=Stage.OFFER)
        .select_related("offer_terms")
        .prefetch_related("updates")
    )
    found = [_live(application) for application in applications]
    return sorted(
        found,
        key=lambda o: (o.answer_by is None, o.answer_by or date.max, o.application.company),
    )


def _live(application: Application) -> LiveOffer:
    updates = sorted(application.updates.all(), key=event_key)
    return LiveOffer(
        application=application,
        terms=getattr(application, "offer_terms", None),
        answer_by=offer_deadline(updates),
        starts_on=agreed_start(updates),
    )
