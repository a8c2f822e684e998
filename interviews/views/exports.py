"""Exports: the whole search as CSV files, to keep or to open in a spreadsheet."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import TypedDict

from django.contrib.auth.decorators import login_required
from django.db.models import Max, OuterRef, Prefetch, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import HttpRequest, StreamingHttpResponse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from interviews.access import AuthenticatedRequest
from interviews.models import (
    Application,
    ApplicationContact,
    ContactRole,
    InterviewRound,
    RoundParticipant,
    StatusUpdate,
)
from interviews.profiles import profile_of

APPLICATION_COLUMNS = [
    "company",
    "role",
    "stage",
    "applied_on",
    "location",
    "work_mode",
    "source",
    "salary",
    "contact_name",
    "contact_email",
    "referrer",
    "agency",
    "job_url",
    "notes",
    "created_at",
    "last_activity_at",
    # The day of the newest status update: the import dates the stage by it (round trip).
    "stage_on",
]
# The people's columns (the recruiter as "contact", as the import reads it back), each
# from a subquery: one query for the whole file.
PEOPLE_COLUMNS = {
    "contact_name": "recruiter_name",
    "contact_email": "recruiter_email",
    "referrer": "referrer_name",
    "agency": "agency_name",
}


def people_columns() -> dict[str, Coalesce]:
    def first(role: str, field: str) -> Subquery:
        links = ApplicationContact.objects.filter(application=OuterRef("pk"), role=role)
        return Subquery(links.order_by("created_at", "pk").values(f"contact__{field}")[:1])

    return {
        "recruiter_name": Coalesce(first(ContactRole.RECRUITER, "name"), Value("")),
        "recruiter_email": Coalesce(first(ContactRole.RECRUITER, "email"), Value("")),
        "referrer_name": Coalesce(first(ContactRole.REFERRER, "name"), Value("")),
        "agency_name": Coalesce(first(ContactRole.AGENCY, "name"), Value("")),
    }


# Where Excel's list separator is ";" (the decimal mark is a comma: Germany, Austria,
# Switzerland and most of continental Europe), a CSV opens in columns only when ";"
# separates its cells, and its accents survive only with a UTF-8 byte-order mark.
SEMICOLON_COUNTRIES = frozenset(
    {"DE", "AT", "CH", "LI", "LU", "FR", "BE", "NL", "IT", "ES", "PT", "DK", "SE", "NO", "FI",
     "PL", "CZ", "SK", "HU", "SI", "HR"}
)  # fmt: skip
HISTORY_COLUMNS = [
    "date", "company", "role", "record", "kind", "outcome", "with", "note", "start_date",
]  # fmt: skip
# A spreadsheet runs a cell that starts with one of these as a formula. Opened with
# another separator (Excel and Calc use ";" in much of Europe, and offer tab, "|" and
# others), any text after one of those starts a cell of its own: defuse it there too.
FORMULA = re.compile(r"(^|[,;\t|\r\n])(\s*)(?=[=+\-@\t\r])")


class _Echo:
    """csv.writer writes each row here and gets the line back to stream it."""

    def write(self, value: str) -> str:
        return value


def safe_cell(value: object) -> str:
    """A cell as text that a spreadsheet shows and never runs."""
    if isinstance(value, datetime):
        # In the person's time zone, as "2026-11-27 09:30:00": spreadsheets read it as a date.
        value = timezone.localtime(value).strftime("%Y-%m-%d %H:%M:%S")
    text = "" if value is None else str(value)
    return FORMULA.sub(r"\1\2'", text)


def _lines(rows: Iterable[Sequence[object]], zone, delimiter: str, bom: bool) -> Iterator[str]:
    """The CSV lines, each made in the person's time zone: a streamed body is written
    after the view has returned, when the request's time zone is no longer in force."""
    writer, remaining = csv.writer(_Echo(), delimiter=delimiter), iter(rows)
    if bom:
        yield "\ufeff"
    while True:
        with timezone.override(zone):
            row = next(remaining, None)
            if row is None:
                return
            line = writer.writerow([safe_cell(cell) for cell in row])
        yield line


def csv_text(rows: Iterable[Sequence[object]], *, delimiter: str = ",", bom: bool = False) -> str:
    """The whole CSV at once, as ``_csv`` streams it: for a download that is kept."""
    return "".join(_lines(rows, timezone.get_current_timezone(), delimiter, bom))


def _csv(
    rows: Iterable[Sequence[object]], filename: str, *, delimiter: str = ",", bom: bool = False
) -> StreamingHttpResponse:
    """A streamed CSV download; for German Excel, ``delimiter=";"`` and a byte-order mark."""
    lines = _lines(rows, timezone.get_current_timezone(), delimiter, bom)
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class ForExcel(TypedDict):
    delimiter: str
    bom: bool


def _for_excel(request: HttpRequest) -> ForExcel:
    """The separator and byte-order mark the person's Excel expects, by their country."""
    european = profile_of(request.user).country in SEMICOLON_COUNTRIES
    return {"delimiter": ";" if european else ",", "bom": european}


def _stamp() -> str:
    return timezone.localdate().isoformat()


@login_required
@require_http_methods(["GET"])
def export_applications(request: HttpRequest) -> StreamingHttpResponse:
    """Every application, one row each."""
    applications = (
        Application.objects.for_user(request.user)
        .annotate(stage_on=Max("updates__on"), **people_columns())
        .order_by("created_at", "pk")
        .iterator(2000)
    )
    rows = (
        [getattr(application, PEOPLE_COLUMNS.get(column, column)) for column in APPLICATION_COLUMNS]
        for application in applications
    )
    return _csv(
        _prepend(APPLICATION_COLUMNS, rows),
        f"applications-{_stamp()}.csv",
        **_for_excel(request),
    )


@login_required
@require_http_methods(["GET"])
def export_history(request: AuthenticatedRequest) -> StreamingHttpResponse:
    """Every interview round and status update, one row each, oldest first."""
    rounds = (
        InterviewRound.objects.filter(application__owner=request.user)
        .select_related("application")
        .prefetch_related(
            Prefetch("participants", queryset=RoundParticipant.objects.select_related("contact"))
        )
        .order_by("scheduled_at", "pk")
        .iterator(2000)
    )
    updates = (
        StatusUpdate.objects.filter(application__owner=request.user)
        .select_related("application")
        .order_by("on", "pk")
        .iterator(2000)
    )
    # One timeline: ISO dates sort as text ("2026-11-10" before "2026-11-10 10:00").
    merged = sorted([*map(_round_row, rounds), *map(_update_row, updates)], key=lambda r: str(r[0]))
    return _csv(_prepend(HISTORY_COLUMNS, merged), f"history-{_stamp()}.csv", **_for_excel(request))


def _prepend(header: Sequence[str], rows: Iterable[Sequence[object]]) -> Iterator[Sequence[object]]:
    yield header
    yield from rows


def _local_minute(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def _round_row(interview_round: InterviewRound) -> list[object]:
    application = interview_round.application
    return [
        # Undated (never recorded): empty, first in the history, as the timeline shows it.
        _local_minute(interview_round.scheduled_at),
        application.company,
        application.role,
        "interview round",
        interview_round.get_kind_display(),
        interview_round.get_outcome_display(),
        interview_round.interviewers,
        interview_round.notes,
        "",
    ]


def _update_row(update: StatusUpdate) -> list[object]:
    application = update.application
    return [
        update.on.isoformat(),
        application.company,
        application.role,
        "status update",
        update.get_kind_display(),
        "",
        "",
        update.note,
        update.starts_on.isoformat() if update.starts_on else "",
    ]
