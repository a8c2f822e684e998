"""The postings' one write path: every posting, from a page, the bookmarklet, the API or
a restored backup, is saved here, so its description is always cleaned."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction

from interviews.models import Application
from interviews.postings.models import Posting, ReadFrom
from interviews.postings.reading import Reading


def posting_save(posting: Posting) -> Posting:
    """Check the record (its ``clean`` cleans the description) and save it."""
    posting.full_clean(exclude=["owner", "application"])
    posting.save()
    return posting


def posting_from_reading(*, owner, reading: Reading, application: Application | None) -> Posting:
    """A new posting for ``owner`` from what a page said; an application's old posting,
    if it had one, is replaced (one posting per application)."""
    address = _address(reading.address)
    posting = Posting(
        owner=owner,
        application=application,
        address=address,
        title=reading.title or address[:300] or "Untitled posting",
        company=reading.company,
        location=reading.location,
        remote=reading.remote,
        salary_min=reading.salary_min,
        salary_max=reading.salary_max,
        salary_currency=reading.salary_currency,
        salary_period=reading.salary_unit,
        employment_type=reading.employment_type,
        posted_on=reading.posted_on,
        closes_on=reading.closes_on,
        description=reading.description,
        read_from=ReadFrom(reading.read_from),
    )
    if posting.salary_min and posting.salary_max and posting.salary_min > posting.salary_max:
        posting.salary_min, posting.salary_max = posting.salary_max, posting.salary_min
    with transaction.atomic():
        if application is not None:
            Posting.objects.filter(application=application).delete()
        return posting_save(posting)


def posting_attach(*, posting: Posting, application: Application) -> Posting:
    """Make ``posting`` the application's (both the same person's)."""
    with transaction.atomic():
        Posting.objects.filter(application=application).exclude(pk=posting.pk).delete()
        posting.application = application
        posting.save(update_fields=["application"])
    return posting


def _address(address: str) -> str:
    """The page's address when it is a web address (a page may claim anything)."""
    try:
        URLValidator(schemes=["http", "https"])(address)
    except ValidationError:
        return ""
    return address if len(address) <= 2000 else ""
