"""Backup and restore from /settings/: the whole account as one JSON file, and back."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from interviews.access import AuthenticatedRequest
from interviews.exchange.backup_files import backup_file, read_backup
from interviews.exchange.export_job import export_queue
from interviews.exchange.forms import BackupUploadForm
from interviews.exchange.restore import RestoreError
from interviews.exchange.restore_job import restore_queue
from interviews.jobs.models import running_jobs
from interviews.views.settings import render_settings


@never_cache
@login_required
@require_GET
def backup_download(request: HttpRequest) -> HttpResponse | FileResponse:
    """Everything in the account, to keep or to restore here or on another instance: the
    JSON, or a zip of it and the documents' files when there are documents."""
    content, content_type, extension = backup_file(request.user)
    name = f"interview-tracker-{timezone.localdate().isoformat()}.{extension}"
    if extension == "zip":  # streamed from its temporary file
        return FileResponse(content, as_attachment=True, filename=name, content_type=content_type)
    response = HttpResponse(content.read(), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
@require_POST
def backup_restore(request: AuthenticatedRequest) -> HttpResponse:
    """Queue adding what a backup holds and the account lacks, all or nothing."""
    form = BackupUploadForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["backup"]
        try:
            # A file that is no backup is said now; a zip's files are checked and stored.
            document, files = read_backup(upload.read())
        except RestoreError as problem:
            form.add_error("backup", str(problem))
        else:
            # Every record is checked, then written, by a worker: the page shows how far.
            job = restore_queue(request.user, name=upload.name, document=document, files=files)
            return redirect(job)
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
