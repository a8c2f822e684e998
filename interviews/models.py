"""The records of a job search: applications, interview rounds and status updates.

An application's ``stage`` is stored so that pages can filter and group by it, but it
is never edited by hand: ``interviews.stages.derive_stage`` computes it from the
records and ``interviews.services`` saves it whenever a record changes.
"""

from __future__ import annotations

import secrets
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from interviews.constraints import one_of_choices
from interviews.folding import fold, fold_variants
from interviews.links import pk_url
from interviews.people import CONTACT_SEARCH_LENGTH, ContactQuerySet, ContactRole
from interviews.validators import (
    NOTE_LENGTH,
    spelled_date,
    validate_one_line,
    validate_within_reach,
)


class Stage(models.TextChoices):
    SAVED = "saved", "Saved"
    APPLIED = "applied", "Applied"
    SCREENING = "screening", "Screening"
    INTERVIEWING = "interviewing", "Interviewing"
    OFFER = "offer", "Offer"
    ACCEPTED = "accepted", "Accepted"
    DECLINED = "declined", "Declined"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"
    RESCINDED = "rescinded", "Offer rescinded"

    @classmethod
    def active(cls) -> list[Stage]:
        return [cls.SAVED, cls.APPLIED, cls.SCREENING, cls.INTERVIEWING, cls.OFFER]

    @classmethod
    def closed(cls) -> list[Stage]:
        return [cls.ACCEPTED, cls.DECLINED, cls.REJECTED, cls.WITHDRAWN, cls.RESCINDED]


class WorkMode(models.TextChoices):
    ONSITE = "onsite", "On site"
    HYBRID = "hybrid", "Hybrid"
    REMOTE = "remote", "Remote"


class Source(models.TextChoices):
    JOB_BOARD = "job_board", "Job board"
    COMPANY_SITE = "company_site", "Company website"
    REFERRAL = "referral", "Referral"
    RECRUITER = "recruiter", "Recruiter"
    NETWORK = "network", "Network"
    OTHER = "other", "Other"


class EmploymentType(models.TextChoices):
    PERMANENT = "permanent", "Permanent"
    CONTRACT = "contract", "Contract"
    CONTRACT_TO_HIRE = "contract_to_hire", "Contract-to-hire"


class RoundKind(models.TextChoices):
    PHONE_SCREEN = "phone_screen", "Phone screen"
    PHONE = "phone", "Phone interview"
    VIDEO = "video", "Video interview"
    RECORDED_VIDEO = "recorded_video", "Recorded video (one-way)"
    ONSITE = "onsite", "Onsite interview"
    TECHNICAL = "technical", "Technical interview"
    TAKE_HOME = "take_home", "Take-home assignment"
    PANEL = "panel", "Panel interview"
    GROUP = "group", "Group interview"
    LUNCH = "lunch", "Lunch interview"
    HIRING_MANAGER = "hiring_manager", "Hiring manager interview"
    FINAL = "final", "Final interview"
    OTHER = "other", "Other interview"


# Kinds that are not a meeting with people (``InterviewRound.is_meeting``).
NOT_MEETINGS = frozenset({RoundKind.TAKE_HOME, RoundKind.RECORDED_VIDEO})


class Outcome(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    DONE = "done", "Done, waiting to hear"
    ADVANCED = "advanced", "Advanced to the next step"
    NOT_SELECTED = "not_selected", "Not selected"
    CANCELLED = "cancelled", "Cancelled"

    @classmethod
    def held(cls) -> frozenset[Outcome]:
        """The outcomes that say the interview took place: never one for a round ahead."""
        return frozenset({cls.DONE, cls.ADVANCED, cls.NOT_SELECTED})


class UpdateKind(models.TextChoices):
    # From the employer.
    ACKNOWLEDGED = "acknowledged", "Application acknowledged"
    INVITED = "invited", "Invited to interview"
    MOVING_FORWARD = "moving_forward", "Moving forward"
    ON_HOLD = "on_hold", "On hold"
    REFERENCES_REQUESTED = "references_requested", "References requested"
    OFFER_VERBAL = "offer_verbal", "Verbal offer"
    OFFER_WRITTEN = "offer_written", "Written offer"
    REJECTED = "rejected", "Rejected"
    OFFER_RESCINDED = "offer_rescinded", "Offer rescinded"
    RESCHEDULED = "rescheduled", "Interview rescheduled by them"
    REPLIED = "replied", "They replied: no decision yet"
    BACKGROUND_CHECK = "background_check", "Background check started"
    # In the US, the notice an employer must send before acting on a background report;
    # its respond_by is the last day to dispute the report.
    ADVERSE_ACTION_NOTICE = "adverse_action_notice", "Pre-adverse action notice"
    # By the candidate.
    FOLLOW_UP_SENT = "follow_up_sent", "Follow-up sent"
    COUNTER_OFFER = "counter_offer", "Counter-offer sent / negotiating"
    WITHDREW = "withdrew", "Withdrew"
    ACCEPTED = "accepted", "Accepted the offer"
    DECLINED = "declined", "Declined the offer"

    # The groups every module reads (methods, so that Enum does not take them for members).
    @classmethod
    def from_employer(cls) -> frozenset[UpdateKind]:
        return frozenset(
            {
                cls.ACKNOWLEDGED,
                cls.INVITED,
                cls.MOVING_FORWARD,
                cls.ON_HOLD,
                cls.REFERENCES_REQUESTED,
                cls.OFFER_VERBAL,
                cls.OFFER_WRITTEN,
                cls.REJECTED,
                cls.OFFER_RESCINDED,
                cls.RESCHEDULED,
                cls.REPLIED,
                cls.BACKGROUND_CHECK,
                cls.ADVERSE_ACTION_NOTICE,
            }
        )

    @classmethod
    def offered_in(cls, country: str) -> list[UpdateKind]:
        """The kinds a person in ``country`` is offered: a US employer's pre-adverse action
        notice (the Fair Credit Reporting Act's) means nothing elsewhere. No country set:
        every kind, as nothing says which apply."""
        us_only = {cls.ADVERSE_ACTION_NOTICE}
        return [kind for kind in cls if country in {"", "US"} or kind not in us_only]

    @classmethod
    def offers(cls) -> frozenset[UpdateKind]:
        return frozenset({cls.OFFER_VERBAL, cls.OFFER_WRITTEN})

    @classmethod
    def with_deadline(cls) -> frozenset[UpdateKind]:
        """Kinds whose ``respond_by`` is a date the person must act by."""
        return frozenset({cls.OFFER_VERBAL, cls.OFFER_WRITTEN, cls.ADVERSE_ACTION_NOTICE})

    @classmethod
    def with_start(cls) -> frozenset[UpdateKind]:
        """Kinds that may carry the agreed start date (``starts_on``)."""
        return frozenset({cls.OFFER_VERBAL, cls.OFFER_WRITTEN, cls.ACCEPTED})

    @classmethod
    def decisive(cls) -> frozenset[UpdateKind]:
        """Records that settle where the process stands, whatever was booked before them."""
        return frozenset(
            {
                cls.OFFER_VERBAL,
                cls.OFFER_WRITTEN,
                cls.REJECTED,
                cls.OFFER_RESCINDED,
                cls.WITHDREW,
                cls.ACCEPTED,
                cls.DECLINED,
            }
        )


class ApplicationQuerySet(models.QuerySet["Application"]):
    def for_user(self, user) -> ApplicationQuerySet:
        return self.filter(owner=user)

    def active(self) -> ApplicationQuerySet:
        return self.filter(stage__in=Stage.active())

    def closed(self) -> ApplicationQuerySet:
        return self.filter(stage__in=Stage.closed())

    def search(self, text: str) -> ApplicationQuerySet:
        # PostgreSQL refuses a NUL character in a query (a 500); no company or role has one.
        text = text.replace("\x00", "").strip()
        if not text:
            return self
        return self.filter(search_text__contains=fold(text))

    def with_records(self) -> ApplicationQuerySet:
        """Prefetch what the advice engine reads, so a page of cards costs five queries:
        the rounds with their participants, the updates, and the people."""
        return self.prefetch_related(*RECORDS)


def folded_names(company: str, role: str) -> str:
    """What ``ApplicationQuerySet.search`` looks in: company and role, folded, in each
    spelling ``fold_variants`` knows, one per line; cut at the column's length (only a
    name made of characters that unfold into many, such as ligatures, comes near it)."""
    return "\n".join(sorted(fold_variants(f"{company} {role}")))[:SEARCH_LENGTH]


SEARCH_LENGTH = 2000


class Application(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="applications"
    )
    company = models.CharField(max_length=200, validators=[validate_one_line])
    role = models.CharField(max_length=200, validators=[validate_one_line])
    job_url = models.URLField("Job posting URL", max_length=500, blank=True)
    location = models.CharField(max_length=200, blank=True, validators=[validate_one_line])
    work_mode = models.CharField(max_length=10, choices=WorkMode, blank=True)
    source = models.CharField(max_length=20, choices=Source, blank=True)
    employment_type = models.CharField(
        max_length=20,
        choices=EmploymentType,
        blank=True,
        help_text="Contract-to-hire changes what to ask before you accept.",
    )
    salary = models.CharField(
        max_length=100,
        blank=True,
        validators=[validate_one_line],
        help_text="As advertised or discussed.",
    )
    applied_on = models.DateField(
        null=True,
        blank=True,
        validators=[validate_within_reach],
        help_text="Leave empty if you have saved it but not applied yet.",
    )
    public_sector = models.BooleanField(
        "Public-sector employer",
        default=False,
        help_text="Government, public bodies and universities usually take longer to reply.",
    )
    notes = models.TextField(
        blank=True, max_length=NOTE_LENGTH, validators=[MaxLengthValidator(NOTE_LENGTH)]
    )
    # A stable identity that survives export and restore into any account
    # (interviews.exchange): restoring the same backup twice adds nothing.
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    stage = models.CharField(max_length=20, choices=Stage, default=Stage.SAVED, editable=False)
    # The advice's waiting clock as dates (interviews.guidance.attention), stored with the
    # stage so that the Waiting page and the board's counts filter and sort in SQL.
    awaiting_from = models.DateField(null=True, editable=False)
    follow_up_on = models.DateField(null=True, editable=False)
    quiet_from = models.DateField(null=True, editable=False)
    # The card state (interviews.card_state), stored by the same write: what the card and
    # the Waiting desk show, and the last day on which it stays true.
    card_situation = models.CharField(max_length=40, blank=True, editable=False)
    card_waiting_state = models.CharField(max_length=20, blank=True, editable=False)
    card_step = models.CharField(max_length=300, blank=True, editable=False)
    card_due = models.DateField(null=True, editable=False)
    card_interview_on = models.DateField(null=True, editable=False)
    card_timing = models.CharField(max_length=200, blank=True, editable=False)
    card_valid_until = models.DateField(null=True, editable=False)
    # When the person last wrote one of its records (the application itself, a round, an
    # update): the board's and the list's order. Only the record writes in
    # interviews.services move it; recomputing the stage never does, so an upgrade's
    # refresh_stages leaves every board as it was. updated_at is when the row last changed.
    last_activity_at = models.DateTimeField(default=timezone.now, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Company and role folded (interviews.folding: no case, no accents, both spellings of
    # an umlaut), written with the names by interviews.services: the search compares in
    # the database, the same on SQLite and PostgreSQL ("MÜLLER", "Muller" find "Müller").
    search_text = models.CharField(max_length=SEARCH_LENGTH, blank=True, default="", editable=False)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-last_activity_at"]
        indexes = [
            # The board and the list: one user's applications in a stage, most recently
            # active first.
            models.Index(
                fields=["owner", "stage", "-last_activity_at"], name="app_owner_stage_activity"
            ),
            # The Waiting page: one user's applications whose reply is owed, by follow-up date.
            models.Index(
                fields=["owner", "awaiting_from", "follow_up_on"], name="app_owner_awaiting"
            ),
        ]
        constraints = [
            one_of_choices("stage", Stage, name="app_stage_valid"),
            one_of_choices("work_mode", WorkMode, name="app_work_mode_valid", blank=True),
            one_of_choices("source", Source, name="app_source_valid", blank=True),
            one_of_choices(
                "employment_type", EmploymentType, name="app_employment_type_valid", blank=True
            ),
            models.UniqueConstraint(fields=["owner", "uid"], name="app_uid_per_owner"),
        ]

    def __str__(self) -> str:
        return f"{self.role} at {self.company}"

    def get_absolute_url(self) -> str:
        return pk_url("application_detail", self.pk)  # drawn on every card and row

    @property
    def is_closed(self) -> bool:
        return self.stage in Stage.closed()

    def person(self, role: str):
        """The application's contact in ``role`` (the first one named), or None."""
        for link in prefetched(self, "contact_links"):
            if link.role == role:
                return link.contact
        return None

    @property
    def recruiter(self):
        return self.person(ContactRole.RECRUITER)

    @property
    def referrer(self):
        return self.person(ContactRole.REFERRER)

    @property
    def agency(self):
        return self.person(ContactRole.AGENCY)

    @property
    def contact_name(self) -> str:
        """Who follow-ups go to: the recruiter (or, through an agency, the agency)."""
        contact = self.recruiter or self.agency
        return contact.name if contact else ""

    @property
    def contact_email(self) -> str:
        contact = self.recruiter or self.agency
        return contact.email if contact else ""


class InterviewRound(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="rounds")
    kind = models.CharField(max_length=20, choices=RoundKind, default=RoundKind.VIDEO)
    # Empty for a round whose date was never recorded (an imported "2nd interview" with no
    # date): it counts for the stage, and is never in the calendar, never due or overdue,
    # and never the start of a wait (interviews.guidance.records keeps it apart).
    scheduled_at = models.DateTimeField(
        null=True,
        blank=True,
        validators=[validate_within_reach],
        help_text="For a take-home assignment, when it is due.",
    )
    duration_minutes = models.PositiveSmallIntegerField(
        default=60, validators=[MinValueValidator(5), MaxValueValidator(720)]
    )
    # An interview spread over consecutive days (an assessment centre, a two-day onsite):
    # it starts at scheduled_at and its last day is days - 1 later.
    days = models.PositiveSmallIntegerField(
        "Number of days",
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text="More than one for an interview over consecutive days.",
    )
    is_final = models.BooleanField(
        "They said this is the final round",
        default=False,
    )
    location_or_link = models.CharField(
        "Location or link", max_length=500, blank=True, validators=[validate_one_line]
    )
    outcome = models.CharField(max_length=20, choices=Outcome, default=Outcome.SCHEDULED)
    reply_promised_by = models.DateField(
        null=True,
        blank=True,
        validators=[validate_within_reach],
        help_text="The date they said they would get back to you.",
    )
    # True when reply_promised_by was read from the notes as the outcome was settled, not
    # given (interviews.promised.promise_from_round_notes).
    reply_promised_read = models.BooleanField(default=False, editable=False)
    thank_you_sent_on = models.DateField(null=True, blank=True, validators=[validate_within_reach])
    # The day the outcome became "cancelled": their clock for a new date starts there.
    cancelled_on = models.DateField(null=True, blank=True, editable=False)
    notes = models.TextField(
        blank=True,
        max_length=NOTE_LENGTH,
        validators=[MaxLengthValidator(NOTE_LENGTH)],
        help_text="Preparation before, debrief after.",
    )
    # Debrief signals: what the person noticed in the room, which the advice reads.
    discussed_start_date = models.BooleanField(
        "Start date or notice period discussed", default=False
    )
    discussed_salary = models.BooleanField("Salary discussed", default=False)
    met_the_team = models.BooleanField("Met the team", default=False)
    next_steps_vague = models.BooleanField("Next steps were vague", default=False)
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["scheduled_at", "pk"]
        indexes = [
            # Upcoming interviews and the calendar feed: rounds in a time window.
            models.Index(fields=["scheduled_at"], name="round_scheduled_at"),
        ]
        constraints = [
            one_of_choices("kind", RoundKind, name="round_kind_valid"),
            one_of_choices("outcome", Outcome, name="round_outcome_valid"),
            models.CheckConstraint(
                condition=Q(duration_minutes__gte=5, duration_minutes__lte=720),
                name="round_duration_range",
            ),
            models.CheckConstraint(condition=Q(days__gte=1, days__lte=5), name="round_days_range"),
            models.UniqueConstraint(fields=["application", "uid"], name="round_uid_per_app"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for {self.application}"

    @property
    def is_meeting(self) -> bool:
        """Every kind but a take-home and a one-way recorded video is a meeting with people."""
        return self.kind not in NOT_MEETINGS

    @property
    def people(self) -> list:
        """The round's participants (contacts), in the order they were named."""
        return [p.contact for p in prefetched(self, "participants")]

    @property
    def interviewer_names(self) -> list[str]:
        return [contact.name for contact in self.people]

    @property
    def interviewers(self) -> str:
        return ", ".join(self.interviewer_names)

    @property
    def is_dated(self) -> bool:
        return self.scheduled_at is not None

    @property
    def ends_at(self):
        if self.scheduled_at is None:
            return None
        return self.scheduled_at + timedelta(minutes=self.duration_minutes)


class StatusUpdate(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="updates")
    on = models.DateField(default=timezone.localdate, validators=[validate_within_reach])
    kind = models.CharField(max_length=30, choices=UpdateKind)
    note = models.TextField(
        blank=True, max_length=NOTE_LENGTH, validators=[MaxLengthValidator(NOTE_LENGTH)]
    )
    respond_by = models.DateField(
        null=True,
        blank=True,
        validators=[validate_within_reach],
        help_text="For an offer, the date they want your answer by; for a pre-adverse "
        "action notice, the last day to dispute the report.",
    )
    # "They'll get back to you by X": the one field for a date they promised, whatever the
    # kind of update (a reply with no decision yet, moving forward, on hold). The advice
    # reads it on the same track as a round's reply_promised_by; the newest promise wins.
    news_by = models.DateField(
        "They'll get back to you by",
        null=True,
        blank=True,
        validators=[validate_within_reach],
        help_text="The date they said you would hear from them, if they named one.",
    )
    # True when news_by was read from the note ("decision early January"), not given: the
    # page says so, and the person can correct it (interviews.promised.promise_in_note).
    news_by_read = models.BooleanField(default=False, editable=False)
    # The first day of work agreed with an offer or an acceptance: the advice chases a
    # check that is still open before it, and coaches the notice period towards it.
    starts_on = models.DateField(
        "Agreed start date",
        null=True,
        blank=True,
        validators=[validate_within_reach],
        help_text="For an offer or your acceptance: the first day of work you agreed.",
    )
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-on", "-created_at", "-pk"]
        constraints = [
            one_of_choices("kind", UpdateKind, name="update_kind_valid"),
            models.UniqueConstraint(fields=["application", "uid"], name="update_uid_per_app"),
        ]

    def __str__(self) -> str:
        # Dated as every page dates it ("Thu 3 Dec 2026"), not ISO: the delete page shows it.
        return f"{self.get_kind_display()} ({spelled_date(self.on)}) for {self.application}"


def new_feed_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A private calendar URL: whoever holds the token reads the owner's interview dates."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Calendar feed of {self.owner}"

    def reset(self) -> None:
        """Issue a new token; the old URL stops working at once."""
        self.token = new_feed_token()
        self.save(update_fields=["token"])


class DigestLog(models.Model):
    """One row per user per day a digest went out: running the command twice sends once."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digests"
    )
    sent_on = models.DateField()
    items = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-sent_on"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "sent_on"], name="digest_once_a_day"),
        ]

    def __str__(self) -> str:
        return f"Digest for {self.owner} on {self.sent_on}"


class Submission(models.Model):
    """A create form that was already carried out: its one-time key, and where it led.

    Every create form carries a fresh key (``interviews.once``); a second POST with the
    same key (a double click, a browser retrying after a lost response) finds this row
    and creates nothing.
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="submissions"
    )
    key = models.CharField(max_length=64)
    location = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "key"], name="submission_once"),
        ]
        indexes = [
            # prune: DELETE ... WHERE created_at < now - once.KEEP
            models.Index(fields=["created_at"], name="submission_created"),
        ]

    def __str__(self) -> str:
        return f"Submission {self.key} by {self.owner}"


def pending_import_expiry():
    return timezone.now() + PENDING_IMPORT_LIFETIME


PENDING_IMPORT_LIFETIME = timedelta(days=1)


class PendingImport(models.Model):
    """A spreadsheet read and waiting for its columns and the person's confirmation.

    Stored once, server-side (every worker sees it), never in the session: a copy per
    log-in of up to 10 MB once slowed its owner's every page. One per person (a new
    upload replaces it); ``manage.py prune`` deletes those past ``expires_at``.
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pending_imports"
    )
    name = models.CharField(max_length=100)
    table = models.JSONField()  # {"header": [...], "rows": [[...]], "numbers": [...]}
    columns = models.JSONField(null=True, blank=True)  # {"columns": {...}, "order": "..."}
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(default=pending_import_expiry)

    class Meta:
        indexes = [
            # prune: DELETE ... WHERE expires_at < now
            models.Index(fields=["expires_at"], name="pending_import_expiry"),
        ]

    def __str__(self) -> str:
        return f"Import of {self.name} by {self.owner}"


def prefetched(instance: models.Model, name: str) -> list:
    """A relation's rows from the prefetch cache (``with_records``), or a query without
    one; an unsaved record has none."""
    cache = getattr(instance, "_prefetched_objects_cache", {})
    if name in cache:
        return list(cache[name])
    if instance.pk is None:
        return []
    return list(getattr(instance, name).all())


# The people of a search: contacts that belong to the person, linked to applications with
# a role and to interview rounds as participants (docs/contacts.md). These rows are the one
# source for who is who (``Application.recruiter``, ``InterviewRound.interviewer_names``),
# written only by ``interviews.services``.


class Contact(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contacts"
    )
    # Blank only for someone known by their address alone (jobs@company.example).
    name = models.CharField(max_length=200, blank=True, validators=[validate_one_line])
    email = models.EmailField("E-mail", blank=True)
    phone = models.CharField(max_length=50, blank=True, validators=[validate_one_line])
    company = models.CharField(max_length=200, blank=True, validators=[validate_one_line])
    linkedin_url = models.URLField("LinkedIn address", max_length=500, blank=True)
    notes = models.TextField(
        blank=True, max_length=NOTE_LENGTH, validators=[MaxLengthValidator(NOTE_LENGTH)]
    )
    # Name, e-mail and company folded (interviews.folding), written by the services.
    search_text = models.CharField(
        max_length=CONTACT_SEARCH_LENGTH, blank=True, default="", editable=False
    )
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ContactQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        indexes = [
            # The contacts list: one person's contacts by name.
            models.Index(fields=["owner", "name"], name="contact_owner_name"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["owner", "uid"], name="contact_uid_per_owner"),
        ]

    def __str__(self) -> str:
        return self.name or self.email or "(no name)"

    def get_absolute_url(self) -> str:
        return pk_url("contact_detail", self.pk)

    def clean(self) -> None:
        if not self.name.strip() and not self.email:
            raise ValidationError({"name": "Give their name, or at least their e-mail."})


class ApplicationContact(models.Model):
    """A contact's part in one application: recruiter, hiring manager, referrer, agency or
    interviewer (one row per role: the same person may be recruiter and interviewer)."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="contact_links"
    )
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="links")
    role = models.CharField(max_length=20, choices=ContactRole)
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = "role on an application"
        verbose_name_plural = "roles on applications"
        constraints = [
            one_of_choices("role", ContactRole, name="app_contact_role_valid"),
            models.UniqueConstraint(
                fields=["application", "contact", "role"], name="app_contact_once_per_role"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.contact} ({self.get_role_display()}) on {self.application}"


class RoundParticipant(models.Model):
    """A contact who was (or will be) in an interview round."""

    interview_round = models.ForeignKey(
        InterviewRound, on_delete=models.CASCADE, related_name="participants"
    )
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="rounds_in")
    position = models.PositiveSmallIntegerField(default=0)
    uid = models.UUIDField(default=uuid.uuid4, editable=False)  # the backup's identity

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["interview_round", "contact"], name="round_participant_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.contact} in {self.interview_round}"


# A round's participants with their contacts, in one query for any number of rounds.
PARTICIPANTS = models.Prefetch(
    "participants", queryset=RoundParticipant.objects.select_related("contact")
)


def people_prefetch(path: str = "") -> models.Prefetch:
    """The people on an application (``path`` leads to it), with their contacts: one query."""
    links = ApplicationContact.objects.select_related("contact")
    return models.Prefetch(f"{path}contact_links", queryset=links)


# What the advice reads of an application, prefetched together (``with_records``).
RECORDS = (
    models.Prefetch(
        "rounds__participants", queryset=RoundParticipant.objects.select_related("contact")
    ),
    "updates",
    models.Prefetch("contact_links", queryset=ApplicationContact.objects.select_related("contact")),
)
