"""'They'll get back to you by…': the date HR promised, and the quick picks people say it
with ("end of this week", "next week"), for every form that logs their answer.

The date goes on the update itself (``StatusUpdate.news_by``), whatever its kind. Left
empty, it is read from the update's note when the note states it (``promise_from_note``,
called by the one write path). The picks count from the day HR said it (the update's own
date, not the day it is typed in), and "this week" means that week's last working day in
the person's calendar (the holidays in force, ``guidance.business_days``): a Good Friday
makes it Thursday."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from django import forms
from django.utils.formats import date_format

from interviews.guidance.business_days import is_business_day
from interviews.models import InterviewRound, StatusUpdate, UpdateKind
from interviews.stages import round_day
from interviews.validators import validate_within_reach
from interviews.written_dates import SOFT, day_in
from interviews.written_promises import PROMISE, REQUEST, sentences

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


# Updates whose note may say when news comes: a reply with no decision yet, a hold, a step
# forward, an acknowledgement.
NOTE_PROMISE_KINDS = frozenset(
    {UpdateKind.REPLIED, UpdateKind.ON_HOLD, UpdateKind.MOVING_FORWARD, UpdateKind.ACKNOWLEDGED}
)
# A sentence of a note that speaks of their news or of a time it waits for: a promise as the
# mail reader hears one, or the words people jot down ("decision early January", "paused
# until the budget in January", "Rückmeldung Anfang Januar").
NEWS_WORDS = re.compile(
    r"\b(?:decid\w*|decision|news|hear\w*|revisit\w*|reopen\w*|answer|update|feedback|"
    r"get(?:ting)? back|come back|back to (?:me|us|you)|until|till|approv\w*|"
    r"Rückmeldung|Entscheidung|entscheid\w*|Bescheid|Antwort|melden|meldet|bis)\b",
    re.IGNORECASE,
)


def promise_in_note(note: str, on: date) -> date | None:
    """The day a note says news comes by, read as the mail reader reads a letter
    (``mail.dates.day_in``, said on ``on``): from the last sentence that speaks of their
    news (``NEWS_WORDS``, a promise, or soft words for a time such as "after the
    holidays") and names a day from ``on``; not from a question or a request. None when
    no sentence does: "Thursday's interview is off" promises nothing."""
    for sentence in reversed(sentences(note)):
        if sentence.endswith("?") or REQUEST.search(sentence):
            continue
        if not (NEWS_WORDS.search(sentence) or PROMISE.search(sentence) or SOFT.search(sentence)):
            continue
        found = day_in(sentence, on)
        if found is not None and found >= on:
            return found
    return None


def promise_from_note(update: StatusUpdate) -> None:
    """A new update of a kind that waits on their news, with no "news by" given: the date
    its note states, marked as read (``news_by_read``) so the page can say so."""
    if update.pk is not None or update.news_by is not None or update.kind not in NOTE_PROMISE_KINDS:
        return
    found = promise_in_note(update.note, update.on)
    if found is not None:
        update.news_by, update.news_by_read = found, True


class NewsByCorrectionForm(forms.Form):
    """The person's word on a date read from their note: another date, or none at all."""

    news_by = forms.DateField(required=False, validators=[validate_within_reach])
    action = forms.ChoiceField(choices=[("save", "Correct it"), ("clear", "No date named")])

    def __init__(self, *args, update: StatusUpdate, **kwargs):
        super().__init__(*args, **kwargs)
        self.update = update

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == "clear":
            cleaned["news_by"] = None
        elif cleaned.get("action") == "save" and not cleaned.get("news_by"):
            self.add_error("news_by", "Give the date they named, or say they named none.")
        promised = cleaned.get("news_by")
        if promised and promised < self.update.on:
            self.add_error("news_by", "They can't get back to you before the day they said it.")
        return cleaned


def promise_from_round_notes(interview_round: InterviewRound, *, settled_now: bool) -> None:
    """A round whose outcome is settled as "done, waiting to hear" (``settled_now``), with no
    reply date given: the date its notes state ("they decide next week"), said on the day
    of the round, marked as read (``reply_promised_read``). Read once, as the outcome is
    settled, so a date the person clears later stays cleared."""
    moment = interview_round.scheduled_at
    if not settled_now or interview_round.reply_promised_by is not None or moment is None:
        return
    found = promise_in_note(interview_round.notes, round_day(interview_round))
    if found is not None:
        interview_round.reply_promised_by, interview_round.reply_promised_read = found, True
