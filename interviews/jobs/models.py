"""The scheduler's claims and the workers' leases: rows whose uniqueness is the lock, so
that any number of schedulers and workers, on any number of machines, agree."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse


class DigestClaim(models.Model):
    """A person's digest for one of their own days, queued: the scheduler inserts the row
    and queues the task in one transaction, so a second scheduler finds the row and queues
    nothing (``DigestLog`` still guards the sending itself)."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_claims"
    )
    day = models.DateField()  # the person's local date
    queued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-day"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "day"], name="digest_claim_once_a_day"),
        ]
        indexes = [
            # prune: DELETE ... WHERE queued_at < cutoff
            models.Index(fields=["queued_at"], name="digest_claim_queued"),
        ]

    def __str__(self) -> str:
        return f"Digest of {self.owner} for {self.day}"


class Tick(models.Model):
    """A periodic job's latest slot queued (a mailbox's fetch every five minutes, the
    day's pruning): one row per job, moved forward by an update that only a run finding an
    older slot makes, so one run per slot queues it (``schedule``)."""

    name = models.CharField(max_length=100, unique=True)
    slot = models.DateTimeField()  # the start of the latest slot queued, in UTC

    class Meta:
        indexes = [
            # prune: DELETE ... WHERE slot < cutoff (the ticks of mailboxes disconnected)
            models.Index(fields=["slot"], name="tick_slot"),
        ]

    def __str__(self) -> str:
        return f"{self.name} at {self.slot:%Y-%m-%d %H:%M}"


class Lease(models.Model):
    """Who may work on ``key`` (a mailbox) until ``expires_at``. A worker killed while
    holding it never releases it; the lease lapses at its expiry and the next one takes it."""

    key = models.CharField(max_length=100, unique=True)
    holder = models.CharField(max_length=64)
    expires_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.key} held by {self.holder} until {self.expires_at:%H:%M:%S}"


class JobKind(models.TextChoices):
    IMPORT = "import", "Spreadsheet import"
    RESTORE = "restore", "Restore"
    EXPORT = "export", "Backup"


class JobStatus(models.TextChoices):
    QUEUED = "queued", "Waiting for a worker"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class JobQuerySet(models.QuerySet["Job"]):
    def for_user(self, user) -> JobQuerySet:
        return self.filter(owner=user)

    def unfinished(self) -> JobQuerySet:
        return self.filter(status__in=[JobStatus.QUEUED, JobStatus.RUNNING])


# The storage alias of private files (STORAGES, docs/documents.md): a backup with documents
# is a zip kept there, ``result`` holding its name, until the job is pruned.
PRIVATE_FILES = "documents"


def is_stored_backup(job: Job) -> bool:
    return job.kind == JobKind.EXPORT and job.name.endswith(".zip")


def stored_backups_remove(jobs: models.QuerySet) -> None:
    """Remove the stored zips of these jobs' backups (before the jobs are deleted)."""
    from django.core.files.storage import storages

    zips = jobs.filter(kind=JobKind.EXPORT, name__endswith=".zip").exclude(result="")
    for name in zips.values_list("result", flat=True).iterator():
        storages[PRIVATE_FILES].delete(name)


class Job(models.Model):
    """A person's long job and how far it has got, for the page that shows its progress
    (the task itself is a django-tasks row; this is what the person may see of it)."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="jobs"
    )
    kind = models.CharField(max_length=20, choices=JobKind)
    name = models.CharField(max_length=100)  # the file's name
    status = models.CharField(max_length=20, choices=JobStatus, default=JobStatus.QUEUED)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    # What the task reads (an import: the table and the columns chosen; a restore: the
    # backup's document); emptied once done.
    work = models.JSONField(null=True, blank=True)
    report = models.CharField(max_length=1000, blank=True)
    # A backup's file, once made: downloaded from the job's page until pruned (KEEP_JOBS).
    result = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = JobQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            # the import page: WHERE owner_id = ? AND status IN (queued, running)
            models.Index(fields=["owner", "status"], name="job_owner_status"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} of {self.name} ({self.get_status_display()})"

    def get_absolute_url(self) -> str:
        return reverse("jobs:job", args=[self.pk])

    @property
    def finished(self) -> bool:
        return self.status in (JobStatus.DONE, JobStatus.FAILED)

    @property
    def unit(self) -> str:
        """What ``done`` and ``total`` count."""
        units: dict[str, str] = {JobKind.IMPORT: "rows", JobKind.RESTORE: "records"}
        return units.get(self.kind, "")  # a backup counts nothing


def running_jobs(user) -> JobQuerySet:
    """The person's jobs still waiting or running, for the pages they started them from."""
    return Job.objects.for_user(user).unfinished().defer("work", "result")
