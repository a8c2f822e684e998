"""Applications holding an offer, for the offers' tests."""

from __future__ import annotations

import datetime as dt

from interviews.models import UpdateKind
from interviews.postings.models import Offer
from tests.factories import ApplicationFactory, StatusUpdateFactory

DAY = dt.date(2026, 11, 20)


def offered(user, company: str, *, respond_by=None, starts_on=None, **terms):
    application = ApplicationFactory(owner=user, company=company, applied_on=DAY - dt.timedelta(30))
    StatusUpdateFactory(
        application=application,
        kind=UpdateKind.OFFER_WRITTEN,
        on=DAY,
        respond_by=respond_by,
        starts_on=starts_on,
    )
    if terms:
        Offer.objects.create(application=application, **terms)
    return application
