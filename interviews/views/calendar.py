"""Calendars: a round as an .ics file, and a private feed URL to subscribe to."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST
from icalendar import Calendar

from interviews import calendar as ical
from interviews.access import owned_application, owned_round
from interviews.models import Application, CalendarFeed

CONTENT_TYPE = "text/calendar; charset=utf-8"


@login_required
@require_http_methods(["GET"])
def round_ics(request: HttpRequest, pk: int) -> HttpResponse:
    """Download one round as an .ics file to add to any calendar."""
    interview_round = owned_round(request, pk)
    # With its records, so the event can carry the advice's preparation step.
    application = owned_application(request, interview_round.application_id, with_records=True)
    calendar = ical.round_calendar(
        interview_round,
        application=application,
        today=timezone.localdate(),
        link=request.build_absolute_uri(application.get_absolute_url()),
    )
    filename = slugify(f"{application.company} {interview_round.get_kind_display()}") or "round"
    return _ics_response(calendar, f'attachment; filename="{filename}.ics"')


@never_cache  # the page shows a secret link, and a stale one after a reset
@login_required
@require_http_methods(["GET"])
def calendar_settings(request: HttpRequest) -> HttpResponse:
    """Show the private feed link and how to subscribe to it."""
    feed, _ = CalendarFeed.objects.get_or_create(owner=request.user)
    feed_url = request.build_absolute_uri(reverse("interviews:calendar_feed", args=[feed.token]))
    return render(
        request,
        "interviews/calendar_settings.html",
        {"feed_url": feed_url, "webcal_url": "webcal://" + feed_url.split("://", 1)[1]},
    )


@login_required
@require_POST
def calendar_reset(request: HttpRequest) -> HttpResponse:
    """Replace the feed link, for when it was shared by mistake."""
    feed, created = CalendarFeed.objects.get_or_create(owner=request.user)
    if not created:
        feed.reset()
    messages.success(request, "Made a new calendar link: the old link no longer works.")
    return redirect("interviews:calendar_settings")


@never_cache  # private to its owner: no shared cache may keep a copy
@require_http_methods(["GET", "HEAD"])
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The owner's rounds, follow-ups and offer deadlines; the token is the only key."""
    feed = (
        CalendarFeed.objects.select_related("owner")
        .filter(token=token, owner__is_active=True)
        .first()
    )
    if feed is None:
        raise Http404("No such calendar.")
    owner = feed.owner
    applications = Application.objects.for_user(owner).with_records()
    calendar = ical.feed_calendar(
        applications,
        today=timezone.localdate(),
        link=lambda application: request.build_absolute_uri(application.get_absolute_url()),
        name=f"Job search ({owner.get_username()})",
        uid=f"feed-{owner.pk}@{ical.UID_DOMAIN}",
    )
    return _ics_response(calendar, 'inline; filename="job-search.ics"')


def _ics_response(calendar: Calendar, disposition: str) -> HttpResponse:
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = disposition
    return response
