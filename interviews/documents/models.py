"""A person's résumé and cover-letter versions, and which version went with which
application (and when)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse

from interviews.documents.storage import document_storage
from interviews.models import Application
from interviews.validators import validate_one_line


class Kind(models.TextChoices):
    RESUME = "resume", "Résumé"
    COVER_LETTER = "cover_letter", "Cover letter"


class Format(models.TextChoices):
    """What the file is, read from its content (``checking.file_format``), never its name."""

    PDF = "pdf", "PDF"
    DOCX = "docx", "Word (.docx)"
    ODT = "odt", "OpenDocument (.odt)"


CONTENT_TYPES = {
    Format.PDF: "application/pdf",
    Format.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    Format.ODT: "application/vnd.oasis.opendocument.text",
}


class DocumentQuerySet(models.QuerySet):
    def for_user(self, user) -> DocumentQuerySet:
        return self.filter(owner=user)

    def with_sendings(self) -> DocumentQuerySet:
        """Each with how many applications it went with (the library's list)."""
        return self.annotate(sent_count=models.Count("sendings"))

    def with_sent_to(self, application: Application) -> DocumentQuerySet:
        """Each with the day it went with ``application`` and that record's id, or None."""
        sent = DocumentSent.objects.filter(document=models.OuterRef("pk"), application=application)
        return self.annotate(
            sent_on=models.Subquery(sent.values("sent_on")[:1]),
            sent_pk=models.Subquery(sent.values("pk")[:1]),
        )


class Document(models.Model):
    """One version of a résumé or a cover letter. Its bytes are in the ``documents``
    storage under ``file`` (a random name: it says nothing of the person or the file)."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="documents"
    )
    kind = models.CharField(max_length=12, choices=Kind, default=Kind.RESUME)
    label = models.CharField(
        max_length=120,
        validators=[validate_one_line],
        help_text="Your name for this version, e.g. “Data engineer, short”.",
    )
    file = models.FileField(storage=document_storage, max_length=200)
    file_format = models.CharField("Format", max_length=4, choices=Format)
    size = models.PositiveIntegerField(help_text="In bytes.")
    original_name = models.CharField(max_length=200, blank=True, validators=[validate_one_line])
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "-uploaded_at", "-pk"]
        indexes = [
            # The library page: for_user(...) by kind, newest first.
            models.Index(fields=["owner", "kind", "-uploaded_at"], name="document_owner_kind"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.label}"

    def get_absolute_url(self) -> str:
        return reverse("interviews:document_file", args=[self.pk])

    @property
    def content_type(self) -> str:
        return CONTENT_TYPES[Format(self.file_format)]

    def download_name(self) -> str:
        """The name the browser saves it under: the label, with the format's extension."""
        stem = "".join(c if c.isalnum() or c in " -_" else "_" for c in self.label).strip()
        return f"{stem or 'document'}.{self.file_format}"


class DocumentSent(models.Model):
    """This version went with this application, on this day."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="sendings")
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="documents_sent"
    )
    sent_on = models.DateField("Sent on")
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-sent_on", "-pk"]
        verbose_name = "document sent"
        verbose_name_plural = "documents sent"
        constraints = [
            models.UniqueConstraint(
                fields=["document", "application"], name="document_sent_once_per_application"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.document} sent on {self.sent_on}"
