"""Ownership checks: one lookup per record type, and a stranger's record is a 404."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404
from django.utils.http import url_has_allowed_host_and_scheme
from django_htmx.middleware import HtmxDetails

from interviews.guidance.person import Person
from interviews.models import (
    Application,
    ApplicationContact,
    Contact,
    InterviewRound,
    StatusUpdate,
)


class AuthenticatedRequest(HttpRequest):
    """The request a @login_required view gets: its user is a real account, not anonymous
    (for the type checker; django-stubs' recipe), and profiles.ProfileMiddleware has set
    their calendar on it."""

    user: User
    person: Person


class HtmxRequest(AuthenticatedRequest):
    """A logged-in request through django-htmx's middleware, which sets `htmx`."""

    htmx: HtmxDetails


def owned_application(request: HttpRequest, pk: int, *, with_records: bool = False):
    queryset = Application.objects.for_user(request.user)
    if with_records:
        queryset = queryset.with_records()
    return get_object_or_404(queryset, pk=pk)


def owned_round(request: HttpRequest, pk: int) -> InterviewRound:
    return get_object_or_404(
        InterviewRound.objects.select_related("application"),
        pk=pk,
        application__owner=request.user,
    )


def owned_contact(request: HttpRequest, pk: int) -> Contact:
    return get_object_or_404(Contact.objects.for_user(request.user), pk=pk)


def owned_link(request: HttpRequest, pk: int) -> ApplicationContact:
    """A person's role on an application, both the requester's."""
    return get_object_or_404(
        ApplicationContact.objects.select_related("application", "contact"),
        pk=pk,
        application__owner=request.user,
    )


def owned_update(request: HttpRequest, pk: int) -> StatusUpdate:
    return get_object_or_404(
        StatusUpdate.objects.select_related("application"),
        pk=pk,
        application__owner=request.user,
    )


def safe_next(request: HttpRequest, fallback: str) -> str:
    """The `next` field of a form when it is a path on this site, else the fallback.
    Only a path: `redirect()` would take a bare word for a view name, and fail."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate.startswith("/") and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return fallback


def wrong_method(request: HttpRequest, *allowed: str) -> HttpResponseNotAllowed | None:
    """A 405 for a method the view does not take. Views call it after the ownership
    lookup, so a stranger's record is a 404 whatever the method."""
    if request.method in allowed:
        return None
    return HttpResponseNotAllowed(allowed)
