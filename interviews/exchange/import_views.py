"""Spreadsheet import in three steps: upload the CSV, say which column holds what, then
read the preview and confirm. The table read from the file waits server-side as the
person's ``PendingImport`` (the session holds only its id); nothing is saved until the
last step, which queues the import for a worker (``import_job``): all of it or none
(in batches, undone if one fails), its progress on a page of its own."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from interviews.exchange.forms import (
    ColumnsForm,
    LikelyForm,
    SpreadsheetUploadForm,
    StatusWordsForm,
)
from interviews.exchange.import_job import import_queue
from interviews.exchange.importer import Preview, stored_preview
from interviews.exchange.mapping import guess_columns
from interviews.exchange.presets import detect, named
from interviews.exchange.spreadsheet import SpreadsheetError, Table, read_table
from interviews.exchange.values import guess_date_order
from interviews.jobs.models import Job, running_jobs
from interviews.models import PendingImport

PENDING = "import_pending"  # the session holds the PendingImport's id, nothing more
SAMPLE_ROWS = 5
DATE_FIELDS = ("applied_on", "status_date", "interview_on")


def _date_order(table: Table, columns: dict[str, int | None]) -> str:
    """Day or month first, from every date cell of the file (those with a time too)."""
    indexes = [index for name in DATE_FIELDS if (index := columns.get(name)) is not None]
    return guess_date_order([row[index] for row in table.rows for index in indexes])


def _pending(request: HttpRequest) -> PendingImport | None:
    """The person's upload waiting in this session, if it has not expired."""
    pk = request.session.get(PENDING)
    if not isinstance(pk, int):
        return None
    return PendingImport.objects.filter(
        pk=pk, owner=request.user.pk, expires_at__gt=timezone.now()
    ).first()


def _table_of(pending: PendingImport) -> Table:
    stored = pending.table
    return Table(stored["header"], stored["rows"], stored["numbers"])


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
                pending = _keep(request, upload.name, table)
                request.session[PENDING] = pending.pk
                return redirect(_recognised(pending, table))
        status = 400
    # Imports still running: the person who closed the tab finds them here again.
    context = {"form": form, "running_jobs": running_jobs(request.user)}
    return render(request, "interviews/import_upload.html", context, status=status)


def _keep(request: HttpRequest, name: str, table: Table) -> PendingImport:
    """Store the table as the person's one pending import, replacing any earlier one."""
    with transaction.atomic():
        owner = request.user.pk
        assert owner is not None  # login_required
        PendingImport.objects.filter(owner=owner).delete()
        stored = {"header": table.header, "rows": table.rows, "numbers": table.numbers}
        return PendingImport.objects.create(owner_id=owner, name=name[:100], table=stored)


def _recognised(pending: PendingImport, table: Table) -> str:
    """Straight to the preview for a format we know by its headers; else the columns step."""
    preset = detect(table.header)
    if preset is None:
        return reverse("interviews:import_columns")
    columns = preset.columns_in(table.header)
    pending.columns = {
        "columns": columns,
        "order": preset.order or _date_order(table, columns),
        "preset": preset.key,
    }
    pending.save(update_fields=["columns"])
    return reverse("interviews:import_preview")


@login_required
@require_http_methods(["GET", "POST"])
def import_columns(request: HttpRequest) -> HttpResponse:
    """Step 2: which column holds the company, the role, the date... guessed from the headers."""
    pending = _pending(request)
    if pending is None:
        return redirect(_start_again(request))
    name, table = pending.name, _table_of(pending)
    guess = guess_columns(table.header)
    initial = {
        **{field: "" if index is None else str(index) for field, index in guess.items()},
        "date_order": _date_order(table, guess),
    }
    form = ColumnsForm(request.POST or None, initial=initial, header=table.header)
    if request.method == "POST" and form.is_valid():
        pending.columns = {"columns": form.columns(), "order": form.cleaned_data["date_order"]}
        pending.save(update_fields=["columns"])
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
        return redirect(_import(request))
    planned = _plan(request)
    if planned is None:
        return redirect(_start_again(request))
    pending, plan = planned
    return _preview_page(request, pending, plan, _words_form(pending, plan))


def _likely_form(plan: Preview, data=None) -> LikelyForm:
    return LikelyForm(data, likely=plan.likely)


def _words_form(pending: PendingImport, plan: Preview, data=None) -> StatusWordsForm:
    chosen = (pending.columns or {}).get("statuses", {})
    return StatusWordsForm(data, unknown=plan.unknown_statuses, chosen=chosen)


def _preview_page(
    request, pending, plan, form, status: int = 200, likely_form: LikelyForm | None = None
) -> HttpResponse:
    preset = named((pending.columns or {}).get("preset", ""))
    context = {
        "name": pending.name,
        "plan": plan,
        "sample": plan.ready[:20],
        "preset": preset,
        "words_form": form,
        "likely_form": likely_form or _likely_form(plan),
    }
    return render(request, "interviews/import_preview.html", context, status=status)


@login_required
@require_POST
def import_statuses(request: HttpRequest) -> HttpResponse:
    """On the preview: what the status words we did not know mean; then the preview again."""
    planned = _plan(request)
    if planned is None:
        return redirect(_start_again(request))
    pending, plan = planned
    form = _words_form(pending, plan, request.POST)
    if not form.is_valid():
        return _preview_page(request, pending, plan, form, status=400)
    assert pending.columns is not None  # _plan found the columns
    pending.columns = {**pending.columns, "statuses": form.chosen()}
    pending.save(update_fields=["columns"])
    return redirect("interviews:import_preview")


@login_required
@require_POST
def import_likely(request: HttpRequest) -> HttpResponse:
    """On the preview: skip, merge or add each row that looks like an application the
    person has; then the preview again, counting what will happen."""
    planned = _plan(request)
    if planned is None:
        return redirect(_start_again(request))
    pending, plan = planned
    form = _likely_form(plan, request.POST)
    if not form.is_valid():
        words_form = _words_form(pending, plan)
        return _preview_page(request, pending, plan, words_form, status=400, likely_form=form)
    assert pending.columns is not None  # _plan found the columns
    pending.columns = {**pending.columns, "likely": form.chosen()}
    pending.save(update_fields=["columns"])
    return redirect("interviews:import_preview")


def _plan(request: HttpRequest) -> tuple[PendingImport, Preview] | None:
    pending = _pending(request)
    if pending is None or pending.columns is None:
        return None
    plan = stored_preview(request.user, pending.table, pending.columns, today=timezone.localdate())
    return pending, plan


def _import(request: HttpRequest) -> str:
    """Queue the import of the previewed rows (a worker runs it); where to go next: the
    page of its progress."""
    pending = _pending(request)
    if pending is None or pending.columns is None:
        if request.session.pop(PENDING, None) is not None:
            # Claimed by a twin of this POST (a double click): it imports once, and this
            # one goes where the twin went, to the import's progress.
            messages.info(request, "That form was sent twice; it was saved once.")
            latest = Job.objects.for_user(request.user).only("pk").first()
            return latest.get_absolute_url() if latest else reverse("interviews:board")
        return _start_again(request)
    with transaction.atomic():
        # Deleting the pending import claims it: a twin POST finds nothing left to import.
        if not PendingImport.objects.filter(pk=pending.pk).delete()[0]:
            return reverse("interviews:board")
        job = import_queue(pending)
    request.session.pop(PENDING, None)
    return job.get_absolute_url()
