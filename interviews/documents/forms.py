"""Uploading a version, and recording which version went with an application."""

from __future__ import annotations

from typing import cast

from django import forms
from django.utils import timezone

from interviews.documents.checking import file_format, max_bytes
from interviews.documents.models import Document, DocumentSent
from interviews.forms import CrispyMixin


class DocumentForm(CrispyMixin, forms.ModelForm):
    file = forms.FileField(
        label="File",
        help_text="A PDF, Word (.docx) or OpenDocument (.odt) file, up to {} MB.",
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.docx,.odt"}),
    )

    class Meta:
        model = Document
        fields = ["kind", "label"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = self.fields["file"].help_text.format(
            f"{max_bytes() / (1024 * 1024):g}"
        )
        self.file_format = None

    def clean_file(self):
        upload = self.cleaned_data["file"]
        self.file_format = file_format(upload)  # by its content: the name says nothing
        return upload


class DocumentEditForm(CrispyMixin, forms.ModelForm):
    """A version's kind and label; its file stays (upload a new version for a new file)."""

    class Meta:
        model = Document
        fields = ["kind", "label"]


class DocumentSentForm(CrispyMixin, forms.ModelForm):
    # None until the person's own are given: no query of everyone's documents, ever.
    document = forms.ModelChoiceField(
        label="Version",
        queryset=Document.objects.none(),
        error_messages={"invalid_choice": "Choose one of your documents."},
    )

    class Meta:
        model = DocumentSent
        fields = ["document", "sent_on"]
        widgets = {"sent_on": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, user, documents: list[Document] | None = None, **kwargs):
        """``documents``: the person's, already read (the application page's one query)."""
        super().__init__(*args, **kwargs)
        field = cast("forms.ModelChoiceField", self.fields["document"])
        field.queryset = Document.objects.for_user(user)
        if documents is not None:
            field.choices = [("", "Choose a version"), *((d.pk, str(d)) for d in documents)]
        self.fields["sent_on"].initial = timezone.localdate()
