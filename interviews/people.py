"""The people of a search: contacts that belong to the person, linked to applications with
a role and to interview rounds as participants (docs/contacts.md).

These rows are the one source for who is who: an application's recruiter, referrer and
agency, and who was in a round, are read from them (``Application.recruiter``,
``InterviewRound.interviewer_names``), and written only by ``interviews.services``.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models

from interviews.constraints import one_of_choices
from interviews.folding import fold, fold_variants
from interviews.links import pk_url
from interviews.validators import NOTE_LENGTH, validate_one_line

CONTACT_SEARCH_LENGTH = 1000


class ContactRole(models.TextChoices):
    RECRUITER = "recruiter", "Recruiter or HR"
    HIRING_MANAGER = "hiring_manager", "Hiring manager"
    REFERRER = "referrer", "Referred you"
    AGENCY = "agency", "Agency recruiter"
    INTERVIEWER = "interviewer", "Interviewer"

    @classmethod
    def single(cls) -> tuple[ContactRole, ...]:
        """The roles the add form names one of: a second recruiter replaces the first."""
        return (cls.RECRUITER, cls.REFERRER, cls.AGENCY)


def folded_contact(name: str, email: str, company: str) -> str:
    """What the contacts search looks in: name, e-mail and company, folded."""
    return "\n".join(sorted(fold_variants(f"{name} {email} {company}")))[:CONTACT_SEARCH_LENGTH]


class ContactQuerySet(models.QuerySet["Contact"]):
    def for_user(self, user) -> ContactQuerySet:
        return self.filter(owner=user)

    def search(self, text: str) -> ContactQuerySet:
        text = text.replace("\x00", "").strip()
        if not text:
            return self
        return self.filter(search_text__contains=fold(text))


class Contact(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contacts"
    )
    name = models.CharField(max_length=200, validators=[validate_one_line])
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
        return self.name

    def get_absolute_url(self) -> str:
        return pk_url("contact_detail", self.pk)


class ApplicationContact(models.Model):
    """A contact's part in one application: recruiter, hiring manager, referrer, agency or
    interviewer (one row per role: the same person may be recruiter and interviewer)."""

    application = models.ForeignKey(
        "interviews.Application", on_delete=models.CASCADE, related_name="contact_links"
    )
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="links")
    role = models.CharField(max_length=20, choices=ContactRole)
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
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
        "interviews.InterviewRound", on_delete=models.CASCADE, related_name="participants"
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
