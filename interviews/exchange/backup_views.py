"""Backup and restore from /settings/: the whole account as one JSON file, and back."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from interviews.access import AuthenticatedRequest
from interviews.exchange.backup import backup_json
from interviews.exchange.export_job import export_queue
from interviews.exchange.forms import BackupUploadForm
from interviews.exchange.restore import RestoreError, read_document
from interviews.exchange.restore_job import restore_queue
from interviews.jobs.models import running_jobs
from interviews.views.settings import render_settings


@never_cache
@login_required
@require_GET
def backup_download(request: HttpRequest) -> HttpResponse:
    """Everything in the account, to keep or to restore here or on another instance."""
    response = HttpResponse(backup_json(request.user), content_type="application/json")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="interview-tracker-{stamp}.json"'
    return response


@login_required
@require_POST
def backup_restore(request: AuthenticatedRequest) -> HttpResponse:
    """Queue adding what a backup holds and the account lacks, all or nothing."""
    form = BackupUploadForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["backup"]
        try:
            document = read_document(upload.read())  # a file that is no backup: said now
        except RestoreError as problem:
            form.add_error("backup", str(problem))
        else:
            # Every record is checked, then written, by a worker: the page shows how far.
            return redirect(restore_queue(request.user, name=upload.name, document=document))
    return render_settings(request, backup_form=form, status=400)


def settings_context(request: HttpRequest) -> dict:
    """What the backup section of /settings/ shows: the restore's upload form, and the
    restores still running (the person who closed the tab finds them here again)."""
    return {"backup_form": BackupUploadForm(), "running_jobs": running_jobs(request.user)}


@login_required
@require_POST
def backup_export(request: HttpRequest) -> HttpResponse:
    """Make the person's backup in the background; its page offers the file when done."""
    return redirect(export_queue(request.user))
