"""The person's whole search for the advice (``guidance.search.Search``), in one query."""

from __future__ import annotations

from django.db.models import OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from interviews.guidance.search import Entry, Search
from interviews.models import (
    Application,
    ApplicationContact,
    ContactRole,
    StatusUpdate,
    UpdateKind,
)

FIELDS = ("pk", "company", "role", "stage", "source", "applied_on")


def search_of(owner, stages: dict[int, str] | None = None) -> Search:
    """Every application of ``owner`` as the others' advice sees it: one query, with the
    newest offer's answer-by date and day, and the day an offer was accepted as subqueries.

    ``stages``: stages just worked out and not stored yet (a batch refresh), by pk."""
    updates = StatusUpdate.objects.filter(application=OuterRef("pk")).order_by("-on", "-created_at")
    speaker = ApplicationContact.objects.filter(
        application=OuterRef("pk"), role__in=[ContactRole.AGENCY, ContactRole.RECRUITER]
    ).order_by("role", "created_at")  # "agency" sorts before "recruiter"
    rows = (
        Application.objects.for_user(owner)
        .annotate(
            offer_deadline=Subquery(
                updates.filter(kind__in=UpdateKind.offers()).values("respond_by")[:1]
            ),
            offer_on=Subquery(updates.filter(kind__in=UpdateKind.offers()).values("on")[:1]),
            accepted_on=Subquery(updates.filter(kind=UpdateKind.ACCEPTED).values("on")[:1]),
            # Who speaks for it: the agency's recruiter first (a double submission's advice
            # names them), else the recruiter.
            speaker=Coalesce(Subquery(speaker.values("contact__name")[:1]), Value("")),
        )
        .order_by()
        .values(*FIELDS, "offer_deadline", "offer_on", "accepted_on", "speaker")
    )
    fresh = stages or {}
    return Search(tuple(_entry(row, fresh) for row in rows))


def _entry(row: dict, fresh: dict[int, str]) -> Entry:
    """A row as the others' advice sees it: who speaks for it, its stage as just worked out."""
    speaker = row.pop("speaker")
    return Entry(**{**row, "stage": fresh.get(row["pk"], row["stage"])}, contact_name=speaker)
