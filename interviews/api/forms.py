"""The form of /settings/ that names a new API token."""

from __future__ import annotations

from django import forms

from interviews.api.models import ApiToken
from interviews.forms import CrispyMixin


class ApiTokenForm(CrispyMixin, forms.ModelForm):
    class Meta:
        model = ApiToken
        fields = ["name"]
        labels = {"name": "Name for the new token"}
