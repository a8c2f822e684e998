"""Pages of a list: ``page`` from 1 and ``page_size`` up to a declared maximum, answered
with the total ``count`` and the ``next`` and ``previous`` pages' links (null at the
ends). A page past the last is an empty page whose ``previous`` leads back; a page size
over the maximum is a 422 that says the maximum, never a silent cap."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, Schema
from ninja.pagination import PaginationBase

PAGE_SIZE = 25
MAX_PAGE_SIZE = 100


class PageQuery(Schema):
    page: int = Field(1, ge=1, description="From 1. A page past the last is empty.")
    page_size: int = Field(
        PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description=f"At most {MAX_PAGE_SIZE}."
    )


class Pages(PaginationBase):
    # Named on its own so that the schema calls it PageQuery, not a bare "Input".
    Input = PageQuery  # type: ignore[assignment]

    class Output(Schema):
        count: int
        # Always sent (null at the ends), so declared required.
        next: str | None = Field(..., description="The next page's URL; null on the last.")
        previous: str | None = Field(
            None, description="The previous page's URL; null on the first."
        )
        items: list[Any]

    def paginate_queryset(
        self, queryset: QuerySet, pagination: PageQuery, request: HttpRequest, **params: Any
    ) -> dict[str, Any]:
        size, number = pagination.page_size, pagination.page
        offset = (number - 1) * size
        count = self._items_count(queryset)
        last = max(1, -(-count // size))
        return {
            "items": queryset[offset : offset + size],
            "count": count,
            "next": _link(request, number + 1, size) if number < last else None,
            "previous": _link(request, min(number - 1, last), size) if number > 1 else None,
        }


def _link(request: HttpRequest, page: int, size: int) -> str:
    query = request.GET.copy()
    for name in ("page", "page_size"):
        query.pop(name, None)
    query["page"], query["page_size"] = str(page), str(size)  # last, in this order
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
