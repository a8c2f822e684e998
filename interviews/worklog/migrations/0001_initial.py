"""The log's models, taken up from the core app's state (``interviews`` 0021): their
tables keep their names and rows; only Django's picture of them moves, with their content
types, so permissions and the admin's history follow."""

import uuid

import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import interviews.validators
from interviews.relabel import relabel_content_types


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("interviews", "0023_models_move_to_their_apps"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Activity",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "on",
                            models.DateField(
                                validators=[interviews.validators.validate_within_reach],
                                verbose_name="Date",
                            ),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("networking", "Networking contact"),
                                    ("job_fair", "Job fair"),
                                    ("workshop", "Workshop or training"),
                                    ("informational", "Informational interview"),
                                    ("recruiter_call", "Recruiter call"),
                                    ("agency", "Registered with an agency"),
                                    ("other", "Other work-search activity"),
                                ],
                                max_length=20,
                                verbose_name="What you did",
                            ),
                        ),
                        (
                            "organisation",
                            models.CharField(
                                max_length=200,
                                validators=[interviews.validators.validate_one_line],
                                verbose_name="Employer or organisation",
                            ),
                        ),
                        (
                            "address",
                            models.CharField(
                                blank=True,
                                help_text="Street address, e-mail address or web page, as your agency asks.",
                                max_length=300,
                                validators=[interviews.validators.validate_one_line],
                                verbose_name="Address or web address",
                            ),
                        ),
                        (
                            "phone",
                            models.CharField(
                                blank=True,
                                max_length=40,
                                validators=[interviews.validators.validate_one_line],
                            ),
                        ),
                        (
                            "contact_name",
                            models.CharField(
                                blank=True,
                                max_length=200,
                                validators=[interviews.validators.validate_one_line],
                                verbose_name="Contact name",
                            ),
                        ),
                        (
                            "contact_title",
                            models.CharField(
                                blank=True,
                                max_length=200,
                                validators=[interviews.validators.validate_one_line],
                                verbose_name="Contact's title",
                            ),
                        ),
                        (
                            "method",
                            models.CharField(
                                choices=[
                                    ("online", "Online"),
                                    ("email", "E-mail"),
                                    ("phone", "Phone"),
                                    ("in_person", "In person"),
                                    ("mail", "Mail"),
                                ],
                                max_length=20,
                                verbose_name="How you made contact",
                            ),
                        ),
                        (
                            "position",
                            models.CharField(
                                blank=True,
                                max_length=200,
                                validators=[interviews.validators.validate_one_line],
                                verbose_name="Position, if any",
                            ),
                        ),
                        (
                            "result",
                            models.CharField(
                                blank=True,
                                help_text="What came of it, so far.",
                                max_length=300,
                                validators=[interviews.validators.validate_one_line],
                            ),
                        ),
                        (
                            "notes",
                            models.TextField(
                                blank=True,
                                max_length=10000,
                                validators=[django.core.validators.MaxLengthValidator(10000)],
                            ),
                        ),
                        (
                            "minutes",
                            models.PositiveSmallIntegerField(
                                blank=True,
                                help_text="Counts towards a minimum in hours.",
                                null=True,
                                validators=[django.core.validators.MaxValueValidator(1440)],
                                verbose_name="Time spent (minutes)",
                            ),
                        ),
                        ("uid", models.UUIDField(default=uuid.uuid4, editable=False)),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        (
                            "owner",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="activities",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name_plural": "activities",
                        "db_table": "interviews_activity",
                        "ordering": ["-on", "-pk"],
                        "indexes": [models.Index(fields=["owner", "on"], name="activity_owner_on")],
                        "constraints": [
                            models.CheckConstraint(
                                condition=models.Q(
                                    (
                                        "kind__in",
                                        [
                                            "networking",
                                            "job_fair",
                                            "workshop",
                                            "informational",
                                            "recruiter_call",
                                            "agency",
                                            "other",
                                        ],
                                    )
                                ),
                                name="activity_kind_valid",
                            ),
                            models.CheckConstraint(
                                condition=models.Q(
                                    (
                                        "method__in",
                                        ["online", "email", "phone", "in_person", "mail"],
                                    )
                                ),
                                name="activity_method_valid",
                            ),
                            models.CheckConstraint(
                                condition=models.Q(
                                    ("minutes__isnull", True),
                                    ("minutes__lte", 1440),
                                    _connector="OR",
                                ),
                                name="activity_minutes_range",
                            ),
                            models.UniqueConstraint(
                                fields=("owner", "uid"), name="activity_uid_per_owner"
                            ),
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="LogExclusion",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("uid", models.UUIDField(default=uuid.uuid4, editable=False)),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        (
                            "application",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="log_exclusions",
                                to="interviews.application",
                            ),
                        ),
                        (
                            "round",
                            models.OneToOneField(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="log_exclusion",
                                to="interviews.interviewround",
                            ),
                        ),
                        (
                            "update",
                            models.OneToOneField(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="log_exclusion",
                                to="interviews.statusupdate",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "interviews_logexclusion",
                        "constraints": [
                            models.CheckConstraint(
                                condition=models.Q(
                                    ("round__isnull", True),
                                    ("update__isnull", True),
                                    _connector="OR",
                                ),
                                name="exclusion_one_record",
                            ),
                            models.UniqueConstraint(
                                condition=models.Q(
                                    ("round__isnull", True), ("update__isnull", True)
                                ),
                                fields=("application",),
                                name="exclusion_application_once",
                            ),
                            models.UniqueConstraint(
                                fields=("application", "uid"), name="exclusion_uid_per_app"
                            ),
                        ],
                    },
                ),
            ],
        ),
        relabel_content_types("interviews", "worklog", ["activity", "logexclusion"]),
    ]
