"""Insights: how the search is going, in numbers and pictures, for the chosen window."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from interviews.access import AuthenticatedRequest
from interviews.desk import counts
from interviews.insights import words
from interviews.insights.charts import COHORT_CHARTS, SIZES, WIDE, activity_chart
from interviews.insights.numbers import Cohort, Week, cohort_numbers
from interviews.insights.selectors import WINDOWS, Window, activity, cohort_journeys, window_named
from interviews.page_cache import Kept
from interviews.services import cards_refresh

FLOW_TITLE = "Where my applications went"


def _cohort(request: HttpRequest, kept: Kept) -> tuple[Window, Cohort]:
    """The window's numbers, worked out once per change of the person's data or day."""
    window = window_named(request.GET.get("window"))

    def count() -> Cohort:
        journeys = cohort_journeys(request.user, today=timezone.localdate(), window=window)
        return cohort_numbers(journeys)

    return window, kept.get("insights-cohort", count, window.key)


def _activity(request: HttpRequest, kept: Kept) -> tuple[Week, ...]:
    today = timezone.localdate()
    return kept.get("insights-weeks", lambda: activity(request.user, today=today))


def _image(content: str | bytes, content_type: str, filename: str = "") -> HttpResponse:
    # Under the site's policy like every response: shown as an image, an SVG keeps its own
    # styles and runs no script; opened on its own, its inline styles and script are refused.
    response = HttpResponse(content, content_type=content_type)
    if filename:
        response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@login_required
@require_http_methods(["GET"])
def insights(request: AuthenticatedRequest) -> HttpResponse:
    """The funnel, replies, time to a first reply, interviews, weekly activity and what
    is waiting now."""
    kept = Kept(request.user)
    window, cohort = _cohort(request, kept)
    today = timezone.localdate()
    weeks = _activity(request, kept)
    cards_refresh(request.user, today)  # the desk's numbers are read from stored states
    return render(
        request,
        "interviews/insights.html",
        {
            "window": window,
            "windows": WINDOWS,
            "cohort": cohort,
            "reply_time_groups": [
                ("", [cohort.reply_time, *cohort.reply_time_by_source]),
                ("Companies you applied to more than once", cohort.reply_time_by_company),
            ],
            "weeks": weeks,
            # A chart with one bar beside its own total says nothing a sentence does not.
            "single_charts": {
                "replies": len(cohort.response_by_source) <= 1,
                "reply_times": len(cohort.reply_time_by_source) <= 1
                and not cohort.reply_time_by_company,
                "interviews": len(cohort.interviews_by_kind) <= 1,
            },
            "summaries": {
                "funnel": words.funnel_summary(cohort),
                "replies": words.replies_summary(cohort),
                "reply_time": words.reply_time_summary(cohort),
                "interviews": words.interviews_summary(cohort),
                "activity": words.activity_summary(weeks),
                "flow": words.flow_summary(cohort),
            },
            # The Waiting desk's own numbers, so both pages say the same.
            "waiting": counts(request.user, today),
            "today": today,
        },
    )


@login_required
@require_http_methods(["GET"])
def insights_chart(request: HttpRequest, chart: str) -> HttpResponse:
    """One of the page's charts as an SVG image, wide or (``?size=narrow``) for a phone."""
    size = SIZES.get(request.GET.get("size", ""), WIDE)
    if chart == "activity":
        svg = activity_chart(_activity(request, Kept(request.user)), size)
    elif chart in COHORT_CHARTS:
        svg = COHORT_CHARTS[chart](_cohort(request, Kept(request.user))[1], size)
    else:
        raise Http404("No such chart")
    return _image(svg, "image/svg+xml")


@login_required
@require_http_methods(["GET"])
def insights_flow_svg(request: HttpRequest) -> HttpResponse:
    """The flow picture as SVG, to show on the page or to share."""
    from interviews.insights.flow import flow_svg  # loaded only when a picture is asked for

    flow = _cohort(request, Kept(request.user))[1].flow
    return _image(flow_svg(flow, FLOW_TITLE), "image/svg+xml", "flow.svg")


@login_required
@require_http_methods(["GET"])
def insights_flow_png(request: HttpRequest) -> HttpResponse:
    """The flow picture as PNG, for places that take no SVG."""
    from interviews.insights.flow import flow_png

    flow = _cohort(request, Kept(request.user))[1].flow
    return _image(flow_png(flow, FLOW_TITLE), "image/png", "flow.png")
