"""Spreadsheet import in three steps: upload the CSV, say which column holds what, then
read the preview and confirm. The file waits in the person's session between steps;
nothing is saved until the last step, and then all of it or none."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from interviews.exchange.forms import ColumnsForm, SpreadsheetUploadForm
from interviews.exchange.importer import Preview, import_rows, preview
from interviews.exchange.mapping import Reading, guess_columns
from interviews.exchange.presets import detect, named
from interviews.exchange.spreadsheet import SpreadsheetError, Table, read_table
from interviews.exchange.values import guess_date_order
from interviews.once import submit_once

TABLE, COLUMNS = "import_table", "import_columns"
SAMPLE_ROWS = 5
DATE_FIELDS = ("applied_on", "status_date", "interview_on")


def _date_order(table: Table, columns: dict[str, int | None]) -> str:
    """Day or month first, from every date cell of the file (those with a time too)."""
    indexes = [index for name in DATE_FIELDS if (index := columns.get(name)) is not None]
    return guess_date_order([row[index] for row in table.rows for index in indexes])


def _stored_table(request: HttpRequest) -> tuple[str, Table] | None:
    stored = request.session.get(TABLE)
    if not stored:
        return None
    return stored["name"], Table(stored["header"], stored["rows"], stored["numbers"])


def _start_again(request: HttpRequest) -> str:
    messages.info(request, "Choose the spreadsheet to import first.")
    return reverse("interviews:import_upload")


@login_required
@require_http_methods(["GET", "POST"])
def import_upload(request: HttpRequest) -> HttpResponse:
    """Step 1: choose the CSV file."""
    form = SpreadsheetUploadForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            upload = form.cleaned_data["spreadsheet"]
            try:
                table = read_table(upload.read())
            except SpreadsheetError as problem:
                form.add_error("spreadsheet", str(problem))
            else:
                request.session[TABLE] = {
                    "name": upload.name[:100],
                    "header": table.header,
                    "rows": table.rows,
                    "numbers": table.numbers,
                }
                request.session.pop(COLUMNS, None)
                return redirect(_recognised(request, table))
        status = 400
    return render(request, "interviews/import_upload.html", {"form": form}, status=status)


def _recognised(request: HttpRequest, table: Table) -> str:
    """Straight to the preview for a format we know by its headers; else the columns step."""
    preset = detect(table.header)
    if preset is None:
        return reverse("interviews:import_columns")
    columns = preset.columns_in(table.header)
    request.session[COLUMNS] = {
        "columns": columns,
        "order": preset.order or _date_order(table, columns),
        "preset": preset.key,
    }
    return reverse("interviews:import_preview")


@login_required
@require_http_methods(["GET", "POST"])
def import_columns(request: HttpRequest) -> HttpResponse:
    """Step 2: which column holds the company, the role, the date... guessed from the headers."""
    stored = _stored_table(request)
    if stored is None:
        return redirect(_start_again(request))
    name, table = stored
    guess = guess_columns(table.header)
    initial = {
        **{field: "" if index is None else str(index) for field, index in guess.items()},
        "date_order": _date_order(table, guess),
    }
    form = ColumnsForm(request.POST or None, initial=initial, header=table.header)
    if request.method == "POST" and form.is_valid():
        request.session[COLUMNS] = {
            "columns": form.columns(),
            "order": form.cleaned_data["date_order"],
        }
        return redirect("interviews:import_preview")
    return render(
        request,
        "interviews/import_columns.html",
        {
            "form": form,
            "name": name,
            "header": table.header,
            "sample": table.rows[:SAMPLE_ROWS],
            "total": len(table.rows),
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def import_preview(request: HttpRequest) -> HttpResponse:
    """Step 3: every row's fate and problems; confirming imports the good rows at once."""
    if request.method == "POST":
        # A confirmation sent twice imports once: the twin goes to the board too.
        return redirect(submit_once(request, lambda: _import(request)))
    planned = _plan(request)
    if planned is None:
        return redirect(_start_again(request))
    name, plan = planned
    preset = named(request.session[COLUMNS].get("preset", ""))
    return render(
        request,
        "interviews/import_preview.html",
        {"name": name, "plan": plan, "sample": plan.ready[:20], "preset": preset},
    )


def _plan(request: HttpRequest) -> tuple[str, Preview] | None:
    stored, choice = _stored_table(request), request.session.get(COLUMNS)
    if stored is None or choice is None:
        return None
    name, table = stored
    preset = named(choice.get("preset", ""))
    own_email = getattr(request.user, "email", "")  # login_required: a signed-in person
    reading = (
        preset.reading(choice["order"], own_email)
        if preset
        else Reading(order=choice["order"], own_email=own_email)
    )
    plan = preview(
        request.user, table, choice["columns"], reading=reading, today=timezone.localdate()
    )
    return name, plan


def _import(request: HttpRequest) -> str:
    """Import the previewed rows; where to go next."""
    planned = _plan(request)
    if planned is None:
        return _start_again(request)
    imported = import_rows(request.user, planned[1].ready)
    for key in (TABLE, COLUMNS):
        request.session.pop(key, None)
    messages.success(request, _done(len(imported), planned[1]))
    return reverse("interviews:board")


def _done(count: int, plan) -> str:
    text = f"Imported {count} application{'s' if count != 1 else ''}."
    if plan.duplicates:
        text += f" {len(plan.duplicates)} already here were skipped."
    if plan.refused:
        text += f" {len(plan.refused)} with problems were left out: fix them and import again."
    return text
