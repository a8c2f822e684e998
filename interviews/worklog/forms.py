"""The log's forms: an activity, and the range of weeks an export covers."""

from __future__ import annotations

from datetime import date, timedelta

from django import forms

from interviews.forms import CrispyMixin, DateInput, HappenedMixin
from interviews.validators import validate_within_reach
from interviews.worklog.layouts import LAYOUT_CHOICES, layout_for
from interviews.worklog.models import Activity

# A benefit year and its keeping time (Washington: 30 days past its end) fit in this.
MAX_EXPORT_WEEKS = 60
DEFAULT_EXPORT_WEEKS = 4


class ActivityForm(HappenedMixin, CrispyMixin, forms.ModelForm):
    happened = ("on",)

    class Meta:
        model = Activity
        fields = [
            "on",
            "kind",
            "organisation",
            "method",
            "position",
            "contact_name",
            "contact_title",
            "address",
            "phone",
            "result",
            "minutes",
            "notes",
        ]
        widgets = {"on": DateInput(), "notes": forms.Textarea(attrs={"rows": 3})}


class QuickActivityForm(ActivityForm):
    """The log page's short form: the fields every agency asks for; the rest on edit."""

    class Meta(ActivityForm.Meta):
        fields = ["on", "kind", "organisation", "method", "position", "minutes"]


class ExportForm(forms.Form):
    """Which weeks to export, and in which agency's shape. Read from the query string."""

    start = forms.DateField(label="From", widget=DateInput(), validators=[validate_within_reach])
    end = forms.DateField(label="To", widget=DateInput(), validators=[validate_within_reach])
    layout = forms.ChoiceField(label="Layout", choices=LAYOUT_CHOICES)

    def __init__(self, data, *, today: date, country: str):
        """Always bound: what the query string leaves out takes the last four weeks, in the
        layout of the person's country."""
        defaults = {
            "start": (today - timedelta(weeks=DEFAULT_EXPORT_WEEKS - 1)).isoformat(),
            "end": today.isoformat(),
            "layout": layout_for(country),
        }
        given = {name: data[name] for name in defaults if data.get(name)}
        super().__init__({**defaults, **given})

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if end < start:
                self.add_error("end", "The last day is before the first.")
            elif (end - start).days > MAX_EXPORT_WEEKS * 7:
                self.add_error(
                    "end", f"Pick up to {MAX_EXPORT_WEEKS} weeks at a time, then the next ones."
                )
        return cleaned
