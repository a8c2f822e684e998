"""What the tracker keeps of an e-mail: a suggestion for the person to accept, change or
dismiss. Only the headers, the sentence that decided, dates and a short excerpt are
stored; never the whole message and never its attachments.

The app ``hrmail``; its tables keep the names they had in the ``interviews`` app
(``db_table``), so moving them changed no row.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import User
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from interviews.constraints import one_of_choices


class MailKind(models.TextChoices):
    ACKNOWLEDGED = "acknowledged", "Application acknowledged"
    INVITED = "invited", "Invited to interview"
    MOVING_FORWARD = "moving_forward", "Moving forward"
    ON_HOLD = "on_hold", "On hold"
    REFERENCES_REQUESTED = "references_requested", "References requested"
    ASSESSMENT = "assessment", "Test or take-home assignment"
    OFFER_VERBAL = "offer_verbal", "Verbal offer"
    OFFER_WRITTEN = "offer_written", "Written offer"
    REJECTED = "rejected", "Rejected"
    RESCINDED = "rescinded", "Offer rescinded"
    RESCHEDULED = "rescheduled", "Interview rescheduled by them"
    CANCELLED = "cancelled", "Interview cancelled by them"
    REPLIED = "replied", "Replied with a date to hear by"


class SuggestionStatus(models.TextChoices):
    PENDING = "pending", "To review"
    ACCEPTED = "accepted", "Accepted"
    DISMISSED = "dismissed", "Dismissed"


class MailSource(models.TextChoices):
    PASTED = "pasted", "Pasted or uploaded"
    IMAP = "imap", "Fetched from the mailbox"


class MailSuggestionQuerySet(models.QuerySet["MailSuggestion"]):
    def for_user(self, user: User) -> MailSuggestionQuerySet:
        return self.filter(owner=user)

    def pending(self) -> MailSuggestionQuerySet:
        return self.filter(status=SuggestionStatus.PENDING)


class MailSuggestion(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mail_suggestions"
    )
    # sha256 of the Message-ID (or of the message when it has none): the same mail fetched
    # again finds its suggestion, so a dismissed one stays dismissed.
    message_key = models.CharField(max_length=64)
    application = models.ForeignKey(
        "interviews.Application",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="mail_suggestions",
        help_text="The application it was matched to; empty when the person must choose.",
    )
    kind = models.CharField(max_length=30, choices=MailKind)
    confidence = models.FloatField(default=0)
    sender = models.CharField(max_length=254, blank=True)
    sender_name = models.CharField(max_length=200, blank=True)
    subject = models.CharField(max_length=300, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    company = models.CharField(max_length=200, blank=True)
    evidence = models.CharField(max_length=300, blank=True)
    excerpt = models.CharField(max_length=300, blank=True)
    promised_reply_by = models.DateField(null=True, blank=True)
    respond_by = models.DateField(null=True, blank=True)
    scheduled_at = models.DateTimeField(null=True, blank=True)
    # From a calendar invite: how long, who organised it, where (a place or a meeting link).
    duration_minutes = models.PositiveSmallIntegerField(null=True, blank=True)
    organiser = models.CharField(max_length=300, blank=True)
    location_or_link = models.CharField(max_length=500, blank=True)
    source = models.CharField(max_length=10, choices=MailSource, default=MailSource.PASTED)
    status = models.CharField(
        max_length=10, choices=SuggestionStatus, default=SuggestionStatus.PENDING
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    objects = MailSuggestionQuerySet.as_manager()

    class Meta:
        db_table = "interviews_mailsuggestion"
        ordering = ["-sent_at", "-pk"]
        indexes = [
            # The review list and the Waiting page's count: one user's pending suggestions.
            models.Index(fields=["owner", "status", "-sent_at"], name="mail_owner_status_sent"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["owner", "message_key"], name="mail_once_per_message"),
            one_of_choices("kind", MailKind, name="mail_kind_valid"),
            one_of_choices("status", SuggestionStatus, name="mail_status_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} from {self.company or self.sender or 'an e-mail'}"

    @property
    def is_pending(self) -> bool:
        return self.status == SuggestionStatus.PENDING


class Security(models.TextChoices):
    SSL = "ssl", "SSL/TLS (usually port 993)"
    STARTTLS = "starttls", "STARTTLS (usually port 143)"
    PLAIN = "plain", "None: only for a server on this machine"


class MailAccount(models.Model):
    """One IMAP mailbox per person, read-only. The app password is stored encrypted
    (``interviews.hrmail.secrets``) and never shown again."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mail_account"
    )
    host = models.CharField("IMAP server", max_length=253, help_text="e.g. imap.gmail.com")
    port = models.PositiveIntegerField(
        default=993, validators=[MinValueValidator(1), MaxValueValidator(65535)]
    )
    security = models.CharField(max_length=10, choices=Security, default=Security.SSL)
    username = models.CharField("User name", max_length=254, help_text="Usually your address.")
    # A Fernet token of a password of at most 500 characters (2,000 bytes) fits in 4,000.
    password_encrypted = models.TextField(max_length=4000, editable=False)
    folder = models.CharField(
        max_length=200, default="INBOX", help_text="Where HR's answers arrive; most use INBOX."
    )
    # Where the last run stopped: only messages with a higher UID are read next time.
    uid_validity = models.BigIntegerField(null=True, editable=False)
    last_uid = models.BigIntegerField(default=0, editable=False)
    last_checked_at = models.DateTimeField(null=True, editable=False)
    last_error = models.CharField(max_length=300, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "interviews_mailaccount"
        constraints = [
            one_of_choices("security", Security, name="mail_account_security_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.username} on {self.host}"
