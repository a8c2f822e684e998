"""The log for an agency: a printable page (one claim week per printed page) and a
download, in the US, German or UK shape, for any range of weeks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TypeVar

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from interviews.access import AuthenticatedRequest
from interviews.profiles import profile_of
from interviews.views.exports import csv_text
from interviews.worklog.forms import ExportForm
from interviews.worklog.kept import kept_log
from interviews.worklog.layouts import TABLES, UK, journal_paragraph, journal_text
from interviews.worklog.selectors import weeks_of
from interviews.worklog.weeks import ClaimWeek, Minimum, week_start

T = TypeVar("T")


def _weeks(request: HttpRequest, form: ExportForm) -> list[ClaimWeek]:
    """The form's weeks, oldest first, as agencies read them."""
    profile = profile_of(request.user)
    start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    # An agency's log gives each result as it stood at the end of its week.
    return weeks_of(request.user, profile, start, end, now=timezone.now(), then=True)[::-1]


def _kept(request: HttpRequest, form: ExportForm, name: str, build: Callable[[], T]) -> T:
    """An export of the form's range, worked out once per change of what it shows."""
    profile = profile_of(request.user)
    start = week_start(form.cleaned_data["start"], profile.week_starts_on)
    end = week_start(form.cleaned_data["end"], profile.week_starts_on) + timedelta(days=6)
    layout = form.cleaned_data["layout"]
    return kept_log(request.user, profile, name, start, end, build, layout)


def _refused(request: HttpRequest, form: ExportForm) -> HttpResponse:
    """A range that can't be exported: the form again, saying why."""
    return render(request, "interviews/worklog/export_refused.html", {"export": form}, status=400)


@login_required
@require_http_methods(["GET"])
def worklog_print(request: AuthenticatedRequest) -> HttpResponse:
    """The chosen weeks on one page, each printing on a page of its own."""
    form = ExportForm(request.GET, today=timezone.localdate(), country=request.person.country)
    if not form.is_valid():
        return _refused(request, form)
    table = TABLES.get(form.cleaned_data["layout"])  # None: the UK journal's paragraphs
    line = table.row if table else journal_paragraph
    minimum = Minimum.of(profile_of(request.user))

    def weeks_html() -> str:
        weeks = [
            (week, week.tally(minimum), [line(entry) for entry in week.in_order])
            for week in _weeks(request, form)
        ]
        return render_to_string(
            "interviews/worklog/_print_weeks.html", {"weeks": weeks, "table": table}
        )

    context = {
        "weeks_html": _kept(request, form, "print", weeks_html),
        "profile": profile_of(request.user),
    }
    return render(request, "interviews/worklog/print.html", context)


@login_required
@require_http_methods(["GET"])
def worklog_download(request: AuthenticatedRequest) -> HttpResponse:
    """CSV in the US or German shape; the UK journal as plain text."""
    form = ExportForm(request.GET, today=timezone.localdate(), country=request.person.country)
    if not form.is_valid():
        return _refused(request, form)
    slug = form.cleaned_data["layout"]

    def download() -> tuple[str, str]:
        """The file's name and its whole text, worked out once per change of the log."""
        weeks = _weeks(request, form)
        span = f"{weeks[0].start.isoformat()}-to-{weeks[-1].end.isoformat()}"
        if slug == UK:
            return f"work-search-journal-{span}.txt", journal_text(weeks)
        layout = TABLES[slug]
        rows = [layout.header] + [layout.row(e) for week in weeks for e in week.in_order]
        text = csv_text(rows, delimiter=layout.delimiter, bom=layout.bom)
        return f"{layout.filename}-{span}.csv", text

    name, text = _kept(request, form, "download", download)
    kind = "text/plain" if slug == UK else "text/csv"
    response = HttpResponse(text, content_type=f"{kind}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
