"""The forms of the mail pages: add a message, and accept a suggestion (possibly changed)."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone

from interviews.forms import CrispyMixin, DateInput
from interviews.hrmail import imap, pasted
from interviews.hrmail.addresses import PRIVATE, is_public, literal_address
from interviews.hrmail.models import MailAccount, MailKind, MailSuggestion, Security
from interviews.hrmail.secrets import encrypt
from interviews.hrmail.suggestions import contact_offered
from interviews.models import Application
from interviews.validators import validate_within_reach

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

    def clean_eml(self) -> UploadedFile[bytes] | None:
        upload: UploadedFile[bytes] | None = self.cleaned_data.get("eml")
        if upload and (upload.size or 0) > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                "That file is over 5 MB. Save the message without its attachments and try again."
            )
        return upload

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not self.errors and not cleaned.get("message", "").strip() and not cleaned.get("eml"):
            raise forms.ValidationError("Paste a message or choose an .eml file.")
        return cleaned

    def raw(self) -> bytes:
        upload: UploadedFile[bytes] | None = self.cleaned_data.get("eml")
        if upload:
            return bytes(upload.read(MAX_UPLOAD_BYTES + 1)[:MAX_UPLOAD_BYTES])
        message: str = self.cleaned_data["message"]
        return pasted.as_message(message, received=timezone.now())


class AcceptForm(forms.Form):
    """The application (the match, or the person's choice) and the kind, as suggested or
    changed. ``applications`` are the person's own: nothing else can be chosen."""

    application = forms.TypedChoiceField(coerce=int, required=False, label="Application")
    kind = forms.ChoiceField(choices=MailKind.choices, label="What it says")
    keep_contact = forms.BooleanField(required=False, initial=True)
    # The date they promised, as read or corrected (new-user trial 4: a German mail's "bis
    # Ende nächster Woche" had nowhere to go): the record's ``news_by``.
    news_by = forms.DateField(
        required=False,
        label="They'll get back to you by",
        widget=DateInput(),
        validators=[validate_within_reach],
        help_text="Leave empty if they gave no date.",
    )

    def __init__(
        self,
        *args: Any,
        suggestion: MailSuggestion,
        applications: list[Application],
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault(
            "initial",
            {
                "application": suggestion.application_id,
                "kind": suggestion.kind,
                "news_by": suggestion.promised_reply_by,
            },
        )
        super().__init__(*args, **kwargs)
        self.suggestion = suggestion
        self.applications = {application.pk: application for application in applications}
        field = self.fields["application"]
        assert isinstance(field, forms.TypedChoiceField)
        field.choices = [
            ("", "Choose the application…"),
            *((a.pk, f"{a.company} — {a.role}") for a in applications),
        ]
        # The sender as the contact, for an application that has none (the match's, or
        # the one chosen): offered whenever the mail names its sender.
        self.offered_contact = contact_offered(suggestion, suggestion.application)
        if self.offered_contact:
            self.fields[
                "keep_contact"
            ].label = f"Save {self.offered_contact} as the contact, if none is set yet"
        else:
            del self.fields["keep_contact"]

    def clean_application(self) -> Application:
        chosen = self.cleaned_data.get("application") or self.suggestion.application_id
        if chosen not in self.applications:
            raise forms.ValidationError("Choose which application this e-mail is about.")
        return self.applications[chosen]


HOST_NAME = re.compile(
    r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\[?[0-9a-fA-F:.]+\]?$"
)


# ModelForm takes no type argument at run time (no django_stubs_ext here).
class MailboxForm(CrispyMixin, forms.ModelForm):  # type: ignore[type-arg]
    """The IMAP mailbox: the password is asked for, encrypted, and never shown again."""

    password = forms.CharField(
        label="App password",
        required=False,
        strip=False,
        max_length=500,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text="Leave empty to keep the one saved.",
    )

    class Meta:
        model = MailAccount
        fields = ["host", "port", "security", "username", "password", "folder"]

    def clean_host(self) -> str:
        host: str = self.cleaned_data["host"].strip().lower()
        if not HOST_NAME.match(host):
            raise forms.ValidationError("Enter the server's name only, e.g. imap.gmail.com.")
        # Names are checked when the server connects; these need no lookup to refuse.
        address = "127.0.0.1" if host == "localhost" else literal_address(host)
        if address and not is_public(address) and not settings.MAIL_PRIVATE_NETWORK:
            raise forms.ValidationError(PRIVATE.format(host=host))
        return host

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not cleaned.get("password") and not self.instance.password_encrypted:
            self.add_error("password", "Enter the app password for this mailbox.")
        host = cleaned.get("host", "")
        if cleaned.get("security") == Security.PLAIN and host.strip("[]") not in imap.LOOPBACK:
            self.add_error(
                "security",
                "A password without encryption is allowed only on this machine (localhost). "
                "Choose SSL/TLS or STARTTLS.",
            )
        for name in ("username", "folder", "password"):
            if "\x00" in (cleaned.get(name) or "") or "\r" in (cleaned.get(name) or ""):
                self.add_error(name, "This can't contain control characters.")
        return cleaned

    def save(self, commit: bool = True) -> MailAccount:
        account: MailAccount = super().save(commit=False)
        if self.cleaned_data.get("password"):
            account.password_encrypted = encrypt(self.cleaned_data["password"])
            account.last_error = ""
        if commit:
            account.save()
        return account
