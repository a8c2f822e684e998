"""A spreadsheet import as a job: the request that confirms it only moves the stored table
into a ``Job`` and queues the task; a worker plans and imports it in batches, counting
the rows done, and ends with the report the person used to get at once. A failure
changes nothing (the batches already written are removed) and says what went wrong.

A worker killed mid-import leaves its batches committed and the job running; once the
job's lease lapses the task runs again (``jobs.runs``) and plans the same table again:
the rows committed are now in the account, so the plan skips them as already there
and the run imports the rest. Each row is imported once, and the report counts both
runs (the first plan's skipped and refused rows are kept in the job for it).
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from interviews.exchange.importer import (
    ImportFailed,
    Preview,
    import_report,
    import_rows,
    stored_preview,
)
from interviews.exchange.likely import merge_rows
from interviews.jobs.models import Job, JobKind, JobStatus
from interviews.jobs.runs import LeaseLost, Run, claim
from interviews.models import PendingImport
from interviews.profiles import activated, profile_of

UNEXPECTED = "Nothing was imported: something went wrong on our side. Try again in a minute."


def import_queue(pending: PendingImport) -> Job:
    """The job importing ``pending``'s table with its chosen columns, queued."""
    from interviews.exchange.tasks import run_import  # the tasks import this module

    with transaction.atomic():
        job = Job.objects.create(
            owner_id=pending.owner_id,
            kind=JobKind.IMPORT,
            name=pending.name,
            total=len(pending.table["rows"]),
            work={"table": pending.table, "choice": pending.columns},
        )
        run_import.enqueue(job.pk)
    return job


def import_run(job_id: int) -> str:
    """Run a queued import job, or take over one a dead worker left; what it ends with.
    A job another run holds does nothing."""
    run = claim(job_id)
    if run is None:
        return "taken already"
    try:
        with activated(profile_of(run.job.owner)):  # the person's own "today" for the dates
            count, report_plan, merged = _import(run)
    except LeaseLost:
        return "stopped: another run took the job over"
    except ImportFailed as problem:
        return run.finish(JobStatus.FAILED, str(problem))
    except Exception:
        run.finish(JobStatus.FAILED, UNEXPECTED)
        raise  # the task fails too, with its traceback for whoever looks into it
    return run.finish(JobStatus.DONE, import_report(count, report_plan, merged))


def _import(run: Run) -> tuple[int, Preview, int]:
    """Plan the stored table and import what is ready, then merge the rows the person chose
    to merge; the rows imported by this job in all its runs, the plan its report describes
    (the first run's) and how many rows were merged (once, whichever run did it)."""
    work = run.job.work or {}
    before = run.job.done if run.resumed else 0
    # The first run's date, so that a run taken over after midnight reads the same rows.
    today = dt.date.fromisoformat(work.get("today") or timezone.localdate().isoformat())
    plan = stored_preview(run.job.owner, work["table"], work["choice"], today=today)
    if not run.resumed:
        work = work | {"today": today.isoformat(), "skipped": len(plan.duplicates)}
        Job.objects.filter(pk=run.job.pk).update(work=work)
    else:  # the rows the dead run committed now read as already here: not skipped
        plan.duplicates = plan.duplicates[: work.get("skipped", 0)]
    run.progress(done=before, total=before + len(plan.ready))
    imported = import_rows(
        run.job.owner, plan.ready, progress=lambda done: run.progress(done=before + done)
    )
    merged = work.get("merged")
    if merged is None:
        with transaction.atomic():
            merged = merge_rows(run.job.owner, plan.merges)
            Job.objects.filter(pk=run.job.pk).update(work=work | {"merged": merged})
    return before + len(imported), plan, merged
