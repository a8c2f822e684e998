"""ModelForms for the three records, and sign up."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import timedelta
from typing import Any, cast

from crispy_forms.helper import FormHelper
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm
from django.core.validators import MaxLengthValidator
from django.db.models import BLANK_CHOICE_DASH
from django.utils import timezone
from django.utils.html import format_html

from interviews.accounts.models import Profile
from interviews.long_select import LongSelect
from interviews.models import Application, InterviewRound, Outcome, StatusUpdate, UpdateKind
from interviews.people_forms import ApplicationPeopleFields, RoundPeopleFields
from interviews.profiles import (
    country_choices,
    country_in_sentence,
    region_choices,
    time_zone_choices,
)
from interviews.promised import WEEKS_BACK, PromiseFields, pick_weeks
from interviews.validators import (
    spelled_date,
    validate_not_in_future,
    validate_one_line,
    validate_within_reach,
)


def held_too_soon(scheduled_at, outcome: str) -> str:
    """Why an outcome that says the interview took place ("Done, waiting to hear", moved
    forward, not selected) can't go on a round whose time is still ahead, or "" when it
    can: the rule for every form that settles a round, as an application dated in the
    future is refused (``validate_not_in_future``)."""
    if scheduled_at is None or outcome not in Outcome.held() or scheduled_at <= timezone.now():
        return ""
    when = timezone.localtime(scheduled_at)
    return (
        f"This interview is on {spelled_date(when.date())} at {when:%H:%M}, still ahead: "
        "log how it went once it has happened."
    )


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class HappenedMixin:
    """The date fields named in ``happened`` record something done, so none may be ahead
    of today: one validator (``validate_not_in_future``) and one message for every form."""

    happened: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.happened:
            self.fields[name].validators.append(validate_not_in_future)


class CrispyMixin:
    """A crispy helper that renders fields only: templates own the <form> tag and buttons.
    A select's empty first choice reads as a prompt, not Django's "---------"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        for field in self.fields.values():
            prompt_blank_choice(field)


def prompt_blank_choice(field: forms.Field) -> None:
    """ "Choose what happened" for a required select, "Not recorded" for an optional one."""
    if not isinstance(field, forms.ChoiceField):
        return
    choices = list(cast("Iterable[tuple[str, str]]", field.choices))
    if not choices or choices[0] != ("", BLANK_CHOICE_DASH[0][1]):
        return
    label = str(field.label or "one")
    prompt = f"Choose {label[0].lower()}{label[1:]}" if field.required else "Not recorded"
    field.choices = [("", prompt), *choices[1:]]


class LoginForm(AuthenticationForm):
    """Django's log-in form sets the username's max_length after building the field, so it
    is never checked: an over-long name reached axes' 255-character column (a 500)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        username = self.fields["username"]
        username.validators.append(MaxLengthValidator(username.max_length))


class PlaceForm(CrispyMixin, forms.ModelForm):
    """The three settings a new person must get right on day one: the name drafts are signed
    with, and the country and time zone every date follows. The page fills the last two in
    from the browser (``first-run.js``) for the person to confirm."""

    full_name = forms.CharField(
        label="Your name",
        max_length=150,
        validators=[validate_one_line],
        help_text="Drafts to recruiters are signed with it.",
    )
    country = forms.ChoiceField(
        choices=country_choices,
        widget=LongSelect,
        help_text="Its public holidays are not counted as business days.",
    )
    time_zone = forms.ChoiceField(
        choices=time_zone_choices,
        widget=LongSelect,
        help_text="Interview times, due dates and the digest follow it.",
    )

    class Meta:
        model = Profile
        fields = ["full_name", "country", "time_zone"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["full_name"].widget.attrs["autocomplete"] = "name"


class SignupForm(UserCreationForm):
    """An account, and the name, country and time zone it starts with (``PlaceForm``'s)."""

    email = forms.EmailField(
        help_text="For password resets and your daily digest. Never shared.",
    )
    full_name = PlaceForm.base_fields["full_name"]
    country = PlaceForm.base_fields["country"]
    time_zone = PlaceForm.base_fields["time_zone"]
    # Asked here because much advice depends on it (a notice period, an employer's
    # counter-offer, references kept from the current employer); unanswered reads as no.
    employed = forms.TypedChoiceField(
        label="Are you working at the moment?",
        choices=[("yes", "Yes, I have a job now"), ("no", "No, not at the moment")],
        coerce=lambda answer: answer == "yes",
        empty_value=False,  # type: ignore[arg-type]  # coerce makes it a bool; unanswered is no
        required=False,
        widget=forms.RadioSelect,
        help_text=(
            "If you are, the advice adds what matters while employed: keeping your employer "
            "out of references, notice periods, counter-offers. You can change it in Settings."
        ),
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email")

    def clean_email(self):
        email = self.cleaned_data["email"]
        if email_taken(email):
            raise forms.ValidationError(
                "An account already uses this e-mail address. If it is yours, log in or "
                "reset your password from the log-in page."
            )
        return email


def email_taken(email: str, *, besides=None) -> bool:
    """Whether another account has this address, in any mix of capitals: a reset link
    goes to every account with the address, so two accounts must never share one."""
    others = get_user_model().objects.filter(email__iexact=email.strip())
    if besides is not None:
        others = others.exclude(pk=besides.pk)
    return others.exists()


class ApplicationForm(HappenedMixin, CrispyMixin, ApplicationPeopleFields, forms.ModelForm):
    happened = ("applied_on",)
    field_order = [
        "company",
        "role",
        "applied_on",
        "job_url",
        "location",
        "work_mode",
        "source",
        "employment_type",
        "salary",
        "recruiter_name",
        "recruiter_email",
        "referrer_name",
        "agency_name",
        "agency_email",
        "public_sector",
        "notes",
    ]

    job_url = forms.URLField(
        label="Job posting URL", max_length=500, required=False, assume_scheme="https"
    )

    class Meta:
        model = Application
        fields = [
            "company",
            "role",
            "applied_on",
            "job_url",
            "location",
            "work_mode",
            "source",
            "employment_type",
            "salary",
            "public_sector",
            "notes",
        ]
        widgets = {
            "applied_on": DateInput(),
            "notes": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.people_initial(self.instance)
        # today.js puts an "Applied today" button beside the empty date; without script,
        # the date is typed. Never filled in ahead: empty is how a saved job is told apart.
        self.fields["applied_on"].widget.attrs.update(
            {"data-today": timezone.localdate().isoformat(), "data-today-label": "Applied today"}
        )


class InterviewRoundForm(HappenedMixin, CrispyMixin, RoundPeopleFields, forms.ModelForm):
    happened = ("thank_you_sent_on",)
    field_order = [
        "kind",
        "scheduled_at",
        "duration_minutes",
        "days",
        "is_final",
        "interviewers",
    ]

    days = forms.IntegerField(
        label="Number of days",
        required=False,
        min_value=1,
        max_value=5,
        help_text="More than one for an interview over consecutive days. Empty means one.",
    )

    class Meta:
        model = InterviewRound
        fields = [
            "kind",
            "scheduled_at",
            "duration_minutes",
            "days",
            "is_final",
            "location_or_link",
            "outcome",
            "reply_promised_by",
            "thank_you_sent_on",
            "notes",
            "discussed_start_date",
            "discussed_salary",
            "met_the_team",
            "next_steps_vague",
        ]
        labels = {
            "scheduled_at": "Date and time",
            "duration_minutes": "Length (minutes)",
            "thank_you_sent_on": "Thank-you sent on",
        }
        widgets = {
            "scheduled_at": DateTimeInput(),
            "reply_promised_by": DateInput(),
            "thank_you_sent_on": DateInput(),
            "notes": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.people_initial(self.instance)
        # A round typed in has its date; only an import may leave it unrecorded.
        self.fields["scheduled_at"].required = True

    def clean_days(self) -> int:
        return self.cleaned_data.get("days") or 1

    def clean(self):
        cleaned = super().clean()
        scheduled_at = cleaned.get("scheduled_at")
        if too_soon := held_too_soon(scheduled_at, cleaned.get("outcome", "")):
            self.add_error("outcome", too_soon)
        if scheduled_at is None:
            return cleaned
        day = timezone.localdate(scheduled_at)
        promised = cleaned.get("reply_promised_by")
        if self.instance.pk is not None and promised != self.instance.reply_promised_by:
            self.instance.reply_promised_read = False  # the person's own date now
        if promised and promised < day:
            self.add_error("reply_promised_by", "The promised reply date is before the interview.")
        thanked = cleaned.get("thank_you_sent_on")
        if thanked and thanked < day:
            self.add_error("thank_you_sent_on", "A thank-you can't be sent before the interview.")
        return cleaned


RESPOND_BY_HELP = "For an offer, the date they want your answer by."
RESPOND_BY_HELP_US = (
    "For an offer, the date they want your answer by; for a pre-adverse action notice (the "
    "warning a US employer must send before a background report counts against you), the "
    "last day to dispute the report."
)


class StatusUpdateForm(PromiseFields, HappenedMixin, CrispyMixin, forms.ModelForm):
    happened = ("on",)
    field_order = ["kind", "on", "news_by_pick", "news_by", "note", "respond_by", "starts_on"]

    class Meta:
        model = StatusUpdate
        fields = ["kind", "on", "news_by", "note", "respond_by", "starts_on"]
        labels = {"kind": "What happened", "on": "Date", "respond_by": "Answer needed by"}
        widgets = {
            "on": DateInput(),
            "respond_by": DateInput(),
            "news_by": DateInput(),
            "starts_on": DateInput(),
            "note": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, country: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        said_on = self._said_on()
        self.promise_setup(said_on)
        today = timezone.localdate()
        # The page's script re-labels the picks as the date changes (promise-picks.js).
        weeks = pick_weeks(min(said_on, today - timedelta(weeks=WEEKS_BACK)), today)
        self.fields["on"].widget.attrs["data-promise-weeks"] = json.dumps(weeks)
        promised = self.instance.news_by
        picks = cast(forms.ChoiceField, self.fields["news_by_pick"]).choices
        if promised and promised.isoformat() in dict(cast(list[tuple[str, str]], picks)):
            # Changing an update: the date they promised shows as the pick it was.
            self.initial.update(news_by_pick=promised.isoformat(), news_by=None)
        if country is not None:
            self._offer_kinds_of(country)

    def _said_on(self):
        """The day HR said it, which the quick picks count from: the date as sent (when it
        reads as one), else as shown (the update's own, or today)."""
        if self.is_bound:
            try:
                said = self.fields["on"].clean(self.data.get(self.add_prefix("on")))
            except forms.ValidationError:
                said = None
            if said:
                return said
        return self.initial.get("on") or self.instance.on or timezone.localdate()

    def _offer_kinds_of(self, country: str) -> None:
        """Only the kinds that exist where the person lives, and always the one already
        recorded on the update being changed."""
        offered = set(UpdateKind.offered_in(country)) | {self.instance.kind}
        kind = cast(forms.ChoiceField, self.fields["kind"])
        choices = cast(list[tuple[str, str]], kind.choices)
        kind.choices = [(v, label) for v, label in choices if not v or v in offered]
        # The deadline's help names only what exists where the person lives, in plain words.
        us = UpdateKind.ADVERSE_ACTION_NOTICE in offered
        self.fields["respond_by"].help_text = RESPOND_BY_HELP_US if us else RESPOND_BY_HELP

    def clean(self):
        cleaned = super().clean()
        self.promise_clean(cleaned, since=cleaned.get("on"))
        respond_by, on = cleaned.get("respond_by"), cleaned.get("on")
        if respond_by and on and respond_by < on:
            self.add_error("respond_by", "The deadline is before the update itself.")
        if respond_by and cleaned.get("kind") not in UpdateKind.with_deadline():
            self.add_error(
                "respond_by", "A deadline only applies to an offer or a pre-adverse action notice."
            )
        news_by = cleaned.get("news_by")
        if news_by and on and news_by < on:
            self.add_error("news_by", "The promised date is before the update itself.")
        self._clean_start(cleaned)
        if self.instance.pk is not None and cleaned.get("news_by") != self.instance.news_by:
            self.instance.news_by_read = False  # the person's own date now, not the note's
        return cleaned

    def _clean_start(self, cleaned: dict) -> None:
        starts_on, on = cleaned.get("starts_on"), cleaned.get("on")
        if starts_on and on and starts_on < on:
            self.add_error("starts_on", "The start date is before the update itself.")
        if starts_on and cleaned.get("kind") not in UpdateKind.with_start():
            self.add_error("starts_on", "A start date goes with an offer or your acceptance.")


class QuickUpdateForm(PromiseFields, forms.Form):
    """One click for HR's common answers, with an optional note; dated today."""

    # The full form's words for the same answers: one label per kind, wherever it is chosen.
    KINDS = [
        (kind.value, kind.label)
        for kind in (
            UpdateKind.MOVING_FORWARD,
            UpdateKind.INVITED,
            UpdateKind.ON_HOLD,
            UpdateKind.REFERENCES_REQUESTED,
            UpdateKind.REJECTED,
            UpdateKind.OFFER_VERBAL,
            UpdateKind.OFFER_WRITTEN,
        )
    ]

    kind = forms.ChoiceField(choices=KINDS)
    note = forms.CharField(max_length=2000, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.promise_setup(timezone.localdate())

    def clean(self):
        cleaned = super().clean()
        self.promise_clean(cleaned, since=timezone.localdate())
        return cleaned


class DraftSentForm(forms.Form):
    """Marking a draft as sent records it on this day (today unless told otherwise)."""

    on = forms.DateField(required=False, validators=[validate_within_reach, validate_not_in_future])

    def clean_on(self):
        return self.cleaned_data.get("on") or timezone.localdate()


class ProfileForm(CrispyMixin, forms.ModelForm):
    country = forms.ChoiceField(
        choices=country_choices,
        widget=LongSelect,
        help_text="Its public holidays are not counted as business days.",
    )
    region = forms.ChoiceField(
        required=False,
        help_text="Your state or nation: its own public holidays are not counted as business "
        "days either. Until you choose one, only the nationwide holidays count.",
    )
    time_zone = forms.ChoiceField(
        choices=time_zone_choices,
        widget=LongSelect,
        help_text="Interview times, due dates and the digest follow it.",
    )

    class Meta:
        model = Profile
        fields = [
            "full_name",
            "country",
            "region",
            "time_zone",
            "employed",
            "digest_enabled",
            "weekly_minimum",
            "minimum_in_hours",
            "week_starts_on",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The regions of the country being saved (a changed country brings its own list),
        # so a region of another country is refused rather than stored.
        country = self.data.get("country") if self.is_bound else self.instance.country
        regions = region_choices(str(country or ""))
        self.fields["region"].choices = [("", "Not set: nationwide holidays only"), *regions]
        if not regions:
            self.fields["region"].help_text = "Your country has no regional holidays to choose."
        elif not (self.data.get("region") if self.is_bound else self.instance.region):
            # Django points the select's aria-describedby at its help text: read with it.
            self.fields["region"].help_text = region_prompt(str(country))

    def clean(self):
        cleaned = super().clean()
        if "region" not in self.fields and cleaned.get("country") != self.instance.country:
            # A new country without a region picked: the old one's region means nothing.
            self.instance.region = ""
        return cleaned


def region_prompt(country: str) -> str:
    """What the settings ask of a person whose country has regions and who chose none."""
    return format_html(
        '<strong class="region-ask">Choose your region.</strong> Some public holidays are '
        "kept only in some regions of {}; until you choose yours, only the nationwide ones "
        "count, and a due date may fall on your day off.",
        country_in_sentence(country),
    )


class RoundOutcomeForm(forms.Form):
    """One click to settle a round: how it went, or that it was cancelled."""

    outcome = forms.ChoiceField(
        choices=[
            (Outcome.DONE, Outcome.DONE.label),
            (Outcome.ADVANCED, Outcome.ADVANCED.label),
            (Outcome.NOT_SELECTED, Outcome.NOT_SELECTED.label),
            (Outcome.CANCELLED, Outcome.CANCELLED.label),
        ]
    )

    def __init__(self, *args, interview_round: InterviewRound, **kwargs):
        super().__init__(*args, **kwargs)
        self.interview_round = interview_round

    def clean_outcome(self) -> str:
        outcome = self.cleaned_data["outcome"]
        if too_soon := held_too_soon(self.interview_round.scheduled_at, outcome):
            raise forms.ValidationError(too_soon, code="in_the_future")
        return outcome


class EmailChangeForm(forms.Form):
    """A new address, confirmed with the password: whoever finds a session left open
    must not be able to take the account over through its reset links."""

    email = forms.EmailField(label="New e-mail address", max_length=254)
    password = forms.CharField(
        label="Your password", widget=forms.PasswordInput, max_length=4096, strip=False
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_email(self):
        email = self.cleaned_data["email"]
        if email.lower() == self.user.email.lower():
            raise forms.ValidationError("That is already your address.")
        if email_taken(email, besides=self.user):
            raise forms.ValidationError("Another account uses this address: pick another.")
        return email

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That is not your current password.")
        return password


class AccountDeleteForm(forms.Form):
    """Leaving for good, confirmed with the password: a session left open on a shared
    computer must not be enough to erase someone's records."""

    password = forms.CharField(
        label="Your password", widget=forms.PasswordInput, max_length=4096, strip=False
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That is not your current password.")
        return password
