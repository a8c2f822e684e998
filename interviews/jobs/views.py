"""A person's job and its progress: the page polls its own partial while the job runs."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.files.storage import storages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django_htmx.middleware import HtmxDetails

from interviews.jobs.models import PRIVATE_FILES, Job, JobKind, JobStatus, is_stored_backup
from interviews.jobs.unpicked import waiting_for_no_worker


class HtmxRequest(HttpRequest):
    htmx: HtmxDetails  # set by django-htmx's middleware


@login_required
@require_GET
def job(request: HtmxRequest, pk: int) -> HttpResponse:
    """How far the job has got; htmx asks again every second for the progress alone."""
    job = get_object_or_404(Job.objects.defer("work", "result"), pk=pk, owner=request.user)
    template = "jobs/_progress.html" if request.htmx else "jobs/job.html"
    no_worker = waiting_for_no_worker(job, timezone.now())
    return render(request, template, {"job": job, "no_worker": no_worker})


@never_cache
@login_required
@require_GET
def job_file(request: HttpRequest, pk: int) -> HttpResponse | FileResponse:
    """The backup a finished export job made."""
    job = get_object_or_404(
        Job, pk=pk, owner=request.user, kind=JobKind.EXPORT, status=JobStatus.DONE
    )
    if is_stored_backup(job):  # a zip with the documents' files, kept on private storage
        try:
            stored = storages[PRIVATE_FILES].open(job.result, "rb")
        except FileNotFoundError as error:
            raise Http404("This backup's file is gone. Make a new one.") from error
        return FileResponse(
            stored, as_attachment=True, filename=job.name, content_type="application/zip"
        )
    response = HttpResponse(job.result, content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="{job.name}"'
    return response
