"""What the log stores beyond the tracker's own records: other work-search activities,
and the automatic entries a person chose to leave out of the log.

The app ``worklog``; its tables keep the names they had when these models lived in the
``interviews`` app (``db_table``), so moving them changed no row.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.validators import MaxLengthValidator, MaxValueValidator
from django.db import models
from django.db.models import Q

from interviews.constraints import one_of_choices
from interviews.validators import NOTE_LENGTH, validate_one_line, validate_within_reach

MAX_MINUTES = 24 * 60


class ActivityKind(models.TextChoices):
    NETWORKING = "networking", "Networking contact"
    JOB_FAIR = "job_fair", "Job fair"
    WORKSHOP = "workshop", "Workshop or training"
    INFORMATIONAL = "informational", "Informational interview"
    RECRUITER_CALL = "recruiter_call", "Recruiter call"
    AGENCY = "agency", "Registered with an agency"
    OTHER = "other", "Other work-search activity"


class ContactMethod(models.TextChoices):
    ONLINE = "online", "Online"
    EMAIL = "email", "E-mail"
    PHONE = "phone", "Phone"
    IN_PERSON = "in_person", "In person"
    MAIL = "mail", "Mail"


class Activity(models.Model):
    """Work-search activity the tracker cannot see: a job fair, a call, a workshop."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="activities"
    )
    on = models.DateField("Date", validators=[validate_within_reach])
    kind = models.CharField("What you did", max_length=20, choices=ActivityKind)
    organisation = models.CharField(
        "Employer or organisation", max_length=200, validators=[validate_one_line]
    )
    address = models.CharField(
        "Address or web address",
        max_length=300,
        blank=True,
        validators=[validate_one_line],
        help_text="Street address, e-mail address or web page, as your agency asks.",
    )
    phone = models.CharField(max_length=40, blank=True, validators=[validate_one_line])
    contact_name = models.CharField(
        "Contact name", max_length=200, blank=True, validators=[validate_one_line]
    )
    contact_title = models.CharField(
        "Contact's title", max_length=200, blank=True, validators=[validate_one_line]
    )
    method = models.CharField("How you made contact", max_length=20, choices=ContactMethod)
    position = models.CharField(
        "Position, if any", max_length=200, blank=True, validators=[validate_one_line]
    )
    result = models.CharField(
        max_length=300,
        blank=True,
        validators=[validate_one_line],
        help_text="What came of it, so far.",
    )
    notes = models.TextField(
        blank=True, max_length=NOTE_LENGTH, validators=[MaxLengthValidator(NOTE_LENGTH)]
    )
    minutes = models.PositiveSmallIntegerField(
        "Time spent (minutes)",
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_MINUTES)],
        help_text="Counts towards a minimum in hours.",
    )
    uid = models.UUIDField(default=uuid.uuid4, editable=False)  # stable across backups
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "interviews_activity"
        ordering = ["-on", "-pk"]
        verbose_name_plural = "activities"
        indexes = [
            # The log and its exports: one person's activities in a range of days.
            models.Index(fields=["owner", "on"], name="activity_owner_on"),
        ]
        constraints = [
            one_of_choices("kind", ActivityKind, name="activity_kind_valid"),
            one_of_choices("method", ContactMethod, name="activity_method_valid"),
            models.CheckConstraint(
                condition=Q(minutes__isnull=True) | Q(minutes__lte=MAX_MINUTES),
                name="activity_minutes_range",
            ),
            models.UniqueConstraint(fields=["owner", "uid"], name="activity_uid_per_owner"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.organisation} ({self.on})"


class LogExclusion(models.Model):
    """An automatic entry left out of the log: an application sent (``round`` and
    ``update`` empty), an interview attended (``round``) or a follow-up sent (``update``).
    Deleting the record deletes its exclusion with it."""

    application = models.ForeignKey(
        "interviews.Application", on_delete=models.CASCADE, related_name="log_exclusions"
    )
    round = models.OneToOneField(
        "interviews.InterviewRound",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="log_exclusion",
    )
    update = models.OneToOneField(
        "interviews.StatusUpdate",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="log_exclusion",
    )
    uid = models.UUIDField(default=uuid.uuid4, editable=False)  # stable across backups
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "interviews_logexclusion"
        constraints = [
            models.CheckConstraint(
                condition=Q(round__isnull=True) | Q(update__isnull=True),
                name="exclusion_one_record",
            ),
            models.UniqueConstraint(
                fields=["application"],
                condition=Q(round__isnull=True, update__isnull=True),
                name="exclusion_application_once",
            ),
            models.UniqueConstraint(fields=["application", "uid"], name="exclusion_uid_per_app"),
        ]

    def __str__(self) -> str:
        record = self.round or self.update or self.application
        return f"Left out of the log: {record}"
