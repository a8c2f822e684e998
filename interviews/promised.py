"""'They'll get back to you by…': the date HR promised, and the quick picks people say it
with ("end of this week", "next week"), for every form that logs their answer.

The date goes on the update itself (``StatusUpdate.news_by``), whatever its kind. The
picks count from the day HR said it (the update's own date, not the day it is typed in),
and "this week" means that week's last working day in the person's calendar (the
holidays in force, ``guidance.business_days``): a Good Friday makes it Thursday."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django import forms
from django.utils.formats import date_format

from interviews.guidance.business_days import is_business_day
from interviews.validators import validate_within_reach

FRIDAY = 4
# How far back the page knows the picks (``pick_weeks``), for an update logged late.
WEEKS_BACK = 13


@dataclass(frozen=True)
class Pick:
    day: date
    label: str


def last_working_day(day: date) -> date:
    """The last business day of the week (Monday to Sunday) that holds ``day``; its Friday
    in a week with no working day at all."""
    friday = day + timedelta(days=FRIDAY - day.weekday())
    last = friday
    while not is_business_day(last) and last.weekday() > 0:
        last -= timedelta(days=1)
    return last if is_business_day(last) else friday


def promise_picks(on: date) -> list[Pick]:
    """End of this week (its last working day, while not before ``on``, the day it was
    said) and next week (the last working day of the week after)."""
    this = last_working_day(on)
    after = last_working_day(on + timedelta(days=7))
    if this < on:  # said at the weekend, or after the week's last working day
        return [Pick(after, "Next week")]
    return [Pick(this, "End of this week"), Pick(after, "Next week")]


def pick_label(pick: Pick) -> str:
    return f"{pick.label} ({date_format(pick.day, 'D j M')})"


def pick_choices(on: date) -> list[tuple[str, str]]:
    return [("", "They didn't say")] + [
        (pick.day.isoformat(), pick_label(pick)) for pick in promise_picks(on)
    ]


def pick_weeks(first: date, last: date) -> dict[str, list[str]]:
    """For the page's script, which re-labels the picks as the update's date changes: each
    week's Monday from ``first``'s to the week after ``last``'s -> its last working day,
    as an ISO date and as shown ("Fri 4 Dec")."""
    monday = first - timedelta(days=first.weekday())
    weeks = {}
    while monday <= last + timedelta(days=7):
        day = last_working_day(monday)
        weeks[monday.isoformat()] = [day.isoformat(), date_format(day, "D j M")]
        monday += timedelta(days=7)
    return weeks


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

    def promise_setup(self, on: date) -> None:
        """The picks as said on ``on``: the update's date (today for a one-click answer)."""
        self.promise_today = on
        pick = self.fields["news_by_pick"]
        assert isinstance(pick, forms.ChoiceField)
        pick.choices = pick_choices(on)
        pick.initial = ""

    def clean_news_by_pick(self) -> date | None:
        value = self.cleaned_data.get("news_by_pick")
        return date.fromisoformat(value) if value else None

    def promise_clean(self, cleaned: dict, *, since: date | None) -> None:
        promised = cleaned.get("news_by") or cleaned.get("news_by_pick")
        cleaned["news_by"] = promised
        if promised and since and promised < since:
            self.add_error("news_by", "They can't get back to you before the day they said it.")
