"""The form for an offer's figures."""

from __future__ import annotations

from django import forms

from interviews.forms import CrispyMixin
from interviews.postings.models import Offer


class OfferForm(CrispyMixin, forms.ModelForm):
    class Meta:
        model = Offer
        fields = ["base_pay", "pay_period", "currency", "bonus", "equity", "benefits"]
        widgets = {
            "base_pay": forms.NumberInput(
                attrs={"min": "0", "step": "0.01", "inputmode": "decimal"}
            ),
            "currency": forms.TextInput(attrs={"maxlength": "3", "autocapitalize": "characters"}),
            "benefits": forms.Textarea(attrs={"rows": 4}),
        }
