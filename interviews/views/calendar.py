"""Calendars: a round as an .ics file, and a private feed URL to subscribe to."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import quote_etag
from django.utils.text import slugify
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_http_methods, require_POST
from icalendar import Calendar

from interviews import calendar as ical
from interviews.access import AuthenticatedRequest, owned_application, owned_round
from interviews.guidance import Person, advise
from interviews.models import (
    PARTICIPANTS,
    Application,
    CalendarFeed,
    InterviewRound,
    Outcome,
    Stage,
    StatusUpdate,
    UpdateKind,
)
from interviews.page_cache import Kept, next_start
from interviews.profiles import activated, profile_of
from interviews.search_picture import search_of
from interviews.stages import event_key
from interviews.waiting import awaiting

CONTENT_TYPE = "text/calendar; charset=utf-8"
# Past rounds older than this drop out of the feed (and so out of subscribed calendars):
# a month of history covers the follow-ups that still matter and keeps the feed small.
FEED_HISTORY = timedelta(days=30)
# At most this many of each kind (rounds ahead, rounds behind, follow-ups, offer deadlines),
# nearest to today first, so a feed costs the same however long the search: far more than
# anyone has at once, and the pages hold everything.
FEED_LIMIT = 50


@login_required
@require_http_methods(["GET"])
def round_ics(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Download one round as an .ics file to add to any calendar."""
    interview_round = owned_round(request, pk)
    if interview_round.scheduled_at is None:
        raise Http404("This interview's date is not recorded: there is nothing to add.")
    # With its records, so the event can carry the advice's preparation step.
    application = owned_application(request, interview_round.application_id, with_records=True)
    calendar = ical.round_calendar(
        interview_round,
        application=application,
        today=timezone.localdate(),
        person=request.person,
        link=request.build_absolute_uri(application.get_absolute_url()),
    )
    filename = slugify(f"{application.company} {interview_round.get_kind_display()}") or "round"
    return _ics_response(calendar, f'attachment; filename="{filename}.ics"')


@never_cache  # the page shows a secret link, and a stale one after a reset
@login_required
@require_http_methods(["GET"])
def calendar_settings(request: AuthenticatedRequest) -> HttpResponse:
    """Show the private feed link and how to subscribe to it."""
    feed, _ = CalendarFeed.objects.get_or_create(owner=request.user)
    feed_url = request.build_absolute_uri(reverse("interviews:calendar_feed", args=[feed.token]))
    return render(
        request,
        "interviews/calendar_settings.html",
        {
            "feed_url": feed_url,
            "webcal_url": "webcal://" + feed_url.split("://", 1)[1],
            "history_days": FEED_HISTORY.days,
            "limit": FEED_LIMIT,
        },
    )


@login_required
@require_POST
def calendar_reset(request: AuthenticatedRequest) -> HttpResponse:
    """Replace the feed link, for when it was shared by mistake."""
    feed, created = CalendarFeed.objects.get_or_create(owner=request.user)
    if not created:
        feed.reset()
    messages.success(request, "Made a new calendar link: the old link no longer works.")
    return redirect("interviews:calendar_settings")


# Private to its owner: no shared cache may keep a copy, and the owner's calendar app
# must ask again each time (cheaply: an unchanged feed answers 304 Not Modified).
@cache_control(private=True, no_cache=True)
@require_http_methods(["GET", "HEAD"])
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The owner's rounds, follow-ups and offer deadlines; the token is the only key."""
    feed = (
        CalendarFeed.objects.select_related("owner__profile")
        .filter(token=token, owner__is_active=True)
        .first()
    )
    if feed is None:
        raise Http404("No such calendar.")
    # Whoever asks, the calendar is the owner's: their time zone and holidays.
    with activated(profile_of(feed.owner)):
        return _feed_response(request, feed)


def _feed_response(request: HttpRequest, feed: CalendarFeed) -> HttpResponse:
    owner = feed.owner
    kept = Kept(owner)
    # Changes whenever the feed could (``page_cache``: a record written, stored dates a
    # refresh changed, an application deleted, a setting, a new day; an interview begun,
    # which no longer carries its preparation), and with the token.
    begins = next_start(owner, timezone.now())
    etag = quote_etag(_digest(f"{feed.token}|{kept.stamp}|{begins}"))
    if unchanged := get_conditional_response(request, etag=etag):
        return unchanged
    host = request.get_host()  # the events' links point back at the site asked
    body = kept.get("calendar-feed", lambda: _feed_body(request, feed), feed.token, host, begins)
    response = HttpResponse(body, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = 'inline; filename="job-search.ics"'
    response["ETag"] = etag
    return response


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _feed_body(request: HttpRequest, feed: CalendarFeed) -> bytes:
    owner = feed.owner
    calendar = ical.feed_calendar(
        _feed_records(owner, today=timezone.localdate(), now=timezone.now()),
        link=lambda application: request.build_absolute_uri(application.get_absolute_url()),
        name=f"Job search ({owner.get_username()})",
        uid=f"feed-{owner.pk}@{ical.UID_DOMAIN}",
    )
    return calendar.to_ical()


def _feed_records(owner, *, today: date, now: datetime) -> ical.FeedRecords:
    """A window of the search, so the feed stays small however long it has run: rounds
    from the last FEED_HISTORY on, follow-ups still open, deadlines of offers in hand;
    of each, the FEED_LIMIT nearest to today."""
    person = Person.of(profile_of(owner))
    search = search_of(owner)  # the whole search, as the pages read it
    held = (
        InterviewRound.objects.filter(application__owner=owner)
        .exclude(outcome=Outcome.CANCELLED)
        .select_related("application")
        .prefetch_related(PARTICIPANTS)  # their names go in the event
    )
    ahead = list(held.filter(scheduled_at__gte=now).order_by("scheduled_at")[:FEED_LIMIT])
    recent = held.filter(scheduled_at__gte=now - FEED_HISTORY, scheduled_at__lt=now)
    behind = list(recent.order_by("-scheduled_at")[:FEED_LIMIT])
    coming = {r.application_id for r in ahead}
    advised = Application.objects.for_user(owner).filter(pk__in=coming).with_records()
    # gone_quiet is awaiting()'s annotation, which django-stubs cannot see through a call.
    follow_ups = awaiting(owner, today).filter(follow_up_on__isnull=False, gone_quiet=0)  # type: ignore[misc]
    in_hand = Application.objects.for_user(owner).filter(stage=Stage.OFFER)
    offers = StatusUpdate.objects.filter(
        application__in=in_hand.order_by("-updated_at").values("pk")[:FEED_LIMIT],
        kind__in=UpdateKind.offers(),
        respond_by__isnull=False,
    ).select_related("application")
    return ical.FeedRecords(
        rounds=[*reversed(behind), *ahead],
        advice={
            a.pk: advise(a, today=today, person=person, search=search)
            for a in advised
            if not a.is_closed
        },
        follow_ups=follow_ups.order_by("-follow_up_on", "-pk")[:FEED_LIMIT],
        offers=_latest_per_application(offers),
        today=today,
    )


def _latest_per_application(offers) -> list[StatusUpdate]:
    """Only each application's latest offer counts, and only when it names a deadline."""
    latest: dict[int, StatusUpdate] = {}
    for offer in sorted(offers, key=event_key):
        latest[offer.application_id] = offer
    return [offer for offer in latest.values() if offer.respond_by is not None]


def _ics_response(calendar: Calendar, disposition: str) -> HttpResponse:
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = disposition
    return response
