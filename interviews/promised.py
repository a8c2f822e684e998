"""'They'll get back to you by…': the date HR promised, and the quick picks people say it
with ("end of this week", "next week"), for every form that logs their answer.

The date goes on the update itself (``StatusUpdate.news_by``), whatever its kind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django import forms
from django.utils.formats import date_format

from interviews.validators import validate_within_reach

FRIDAY = 4


@dataclass(frozen=True)
class Pick:
    day: date
    label: str


def promise_picks(today: date) -> list[Pick]:
    """End of this week (its Friday, while still ahead) and next week (the Friday after)."""
    friday = today + timedelta(days=FRIDAY - today.weekday())
    if friday < today:  # said at the weekend, "next week" is the coming one
        return [Pick(friday + timedelta(days=7), "Next week")]
    return [Pick(friday, "End of this week"), Pick(friday + timedelta(days=7), "Next week")]


def pick_choices(today: date) -> list[tuple[str, str]]:
    return [("", "They didn't say")] + [
        (pick.day.isoformat(), f"{pick.label} ({date_format(pick.day, 'D j M')})")
        for pick in promise_picks(today)
    ]


class PromiseFields(forms.Form):
    """A quick pick or a date of one's own, cleaned into one ``news_by``; never before
    the day of the update (``on``, or ``today`` for a one-click answer)."""

    news_by_pick = forms.ChoiceField(
        label="They'll get back to you by", required=False, widget=forms.RadioSelect
    )
    news_by = forms.DateField(
        label="Or on this date",
        required=False,
        validators=[validate_within_reach],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def promise_setup(self, today: date) -> None:
        self.promise_today = today
        pick = self.fields["news_by_pick"]
        assert isinstance(pick, forms.ChoiceField)
        pick.choices = pick_choices(today)
        pick.initial = ""

    def clean_news_by_pick(self) -> date | None:
        value = self.cleaned_data.get("news_by_pick")
        return date.fromisoformat(value) if value else None

    def promise_clean(self, cleaned: dict, *, since: date | None) -> None:
        promised = cleaned.get("news_by") or cleaned.get("news_by_pick")
        cleaned["news_by"] = promised
        if promised and since and promised < since:
            self.add_error("news_by", "They can't get back to you before the day they said it.")
