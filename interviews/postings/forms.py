"""The posting's forms: saving one from an address or a page."""

from __future__ import annotations

from django import forms

from interviews.forms import CrispyMixin

MAX_PAGE = 3 * 1024 * 1024  # characters of pasted HTML (the fetch's own limit, in bytes)


class PostingImportForm(CrispyMixin, forms.Form):
    address = forms.URLField(
        label="The job's web address",
        max_length=2000,
        required=False,
        assume_scheme="https",
        help_text="We fetch the page and read the job from it.",
    )
    page = forms.CharField(
        label="Or the page itself",
        required=False,
        max_length=MAX_PAGE,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 6, "spellcheck": "false"}),
        help_text=(
            "If the site needs you to be logged in, open the page, view its source "
            "(Ctrl+U), copy all of it and paste it here."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned.get("address") and not cleaned.get("page", "").strip():
            raise forms.ValidationError("Paste the job's web address, or the page itself.")
        return cleaned
