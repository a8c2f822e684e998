"""The forms of the mail pages: add a message, and accept a suggestion (possibly changed)."""

from __future__ import annotations

from django import forms

from interviews.mail.models import MailKind
from interviews.models import Application

MAX_UPLOAD_BYTES = 5 * 1024 * 1024  # a letter with its attachments; more is not HR's answer
MAX_PASTE_CHARS = 500_000


class AddMailForm(forms.Form):
    message = forms.CharField(
        label="Paste the e-mail",
        required=False,
        max_length=MAX_PASTE_CHARS,
        widget=forms.Textarea(attrs={"rows": 10, "spellcheck": "false"}),
        help_text="The whole message is best (in most mail apps: “Show original” or "
        "“View source”); the text alone works too.",
    )
    eml = forms.FileField(
        label="…or upload an .eml file",
        required=False,
        help_text="Saved from your mail app; up to 5 MB.",
        widget=forms.ClearableFileInput(attrs={"accept": ".eml,message/rfc822"}),
    )

    def clean_eml(self):
        upload = self.cleaned_data.get("eml")
        if upload and upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                "That file is over 5 MB. Save the message without its attachments and try again."
            )
        return upload

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned.get("message", "").strip() and not cleaned.get("eml"):
            raise forms.ValidationError("Paste a message or choose an .eml file.")
        return cleaned

    def raw(self) -> bytes:
        upload = self.cleaned_data.get("eml")
        if upload:
            return upload.read(MAX_UPLOAD_BYTES + 1)[:MAX_UPLOAD_BYTES]
        return self.cleaned_data["message"].encode("utf-8", errors="replace")


class AcceptForm(forms.Form):
    """The application (the match, or the person's choice) and the kind, as suggested or
    changed. ``applications`` are the person's own: nothing else can be chosen."""

    application = forms.TypedChoiceField(coerce=int, required=False, label="Application")
    kind = forms.ChoiceField(choices=MailKind.choices, label="What it says")

    def __init__(self, *args, suggestion, applications: list[Application], **kwargs):
        kwargs.setdefault(
            "initial", {"application": suggestion.application_id, "kind": suggestion.kind}
        )
        super().__init__(*args, **kwargs)
        self.suggestion = suggestion
        self.applications = {application.pk: application for application in applications}
        self.fields["application"].choices = [
            ("", "Choose the application…"),
            *((a.pk, f"{a.company} — {a.role}") for a in applications),
        ]

    def clean_application(self) -> Application:
        chosen = self.cleaned_data.get("application") or self.suggestion.application_id
        if chosen not in self.applications:
            raise forms.ValidationError("Choose which application this e-mail is about.")
        return self.applications[chosen]
