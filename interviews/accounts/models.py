"""The person's account beyond Django's user: their settings (``Profile``) and the e-mail
change they asked for and have not confirmed yet.

The app ``accounts`` sits below the core: the core reads the profile, and nothing here
imports the core (tests/test_house_rules.py). Its tables keep the names they had in the
``interviews`` app (``db_table``), so moving them changed no row.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models

from interviews.constraints import one_of_choices
from interviews.validators import (
    validate_country,
    validate_one_line,
    validate_region,
    validate_time_zone,
)


def default_country() -> str:
    return settings.DEFAULT_COUNTRY


def default_time_zone() -> str:
    return settings.TIME_ZONE


class WeekStart(models.IntegerChoices):
    MONDAY = 0, "Monday"
    SUNDAY = 6, "Sunday"

    @classmethod
    def usual_in(cls, country: str, region: str = "") -> WeekStart:
        """The day benefit agencies start their weeks on where the person lives: most US
        states count Sunday to Saturday (Washington, California, Texas...), New York Monday
        to Sunday; elsewhere Monday (the Bewerbungsnachweis, Universal Credit)."""
        return cls.SUNDAY if country == "US" and region != "NY" else cls.MONDAY


class Profile(models.Model):
    """One per user: the settings every feature reads (``interviews.profiles``)."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    full_name = models.CharField(
        "Your name",
        max_length=150,
        blank=True,
        validators=[validate_one_line],
        help_text="Used to sign drafts.",
    )
    country = models.CharField(
        max_length=2,
        default=default_country,
        validators=[validate_country],
        help_text="Its public holidays are not counted as business days.",
    )
    # A subdivision code of the ``holidays`` package for the country (a US state "CA", a UK
    # nation "ENG"/"SCT", a German state "BY"); empty: the nationwide holidays only.
    region = models.CharField(
        "Region",
        max_length=10,
        blank=True,
        help_text="Your state or nation, for its own public holidays.",
    )
    time_zone = models.CharField(
        max_length=64,
        default=default_time_zone,
        validators=[validate_time_zone],
        help_text="Interview times, due dates and the digest follow it.",
    )
    employed = models.BooleanField(
        "I am currently employed",
        default=False,
        help_text="Adds advice on resigning and on counter-offers from your employer.",
    )
    week_starts_on = models.PositiveSmallIntegerField(
        "Claim weeks start on", choices=WeekStart, default=WeekStart.MONDAY
    )
    weekly_minimum = models.PositiveSmallIntegerField(
        "Weekly minimum",
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text="Work-search activities (or hours) your benefits office asks for each week.",
    )
    minimum_in_hours = models.BooleanField(
        "Count the minimum in hours", default=False, help_text="As Universal Credit does."
    )
    digest_enabled = models.BooleanField("Send me the daily digest", default=True)
    # Whether the person has seen and accepted their name, country and time zone (at sign-up,
    # or on the first visit of an account made before sign-up asked): until then the board
    # asks, with the browser's own zone and country filled in (``interviews.first_run``).
    place_confirmed = models.BooleanField(default=False)

    class Meta:
        db_table = "interviews_profile"
        constraints = [
            one_of_choices("week_starts_on", WeekStart, name="profile_week_start_valid"),
        ]

    def __str__(self) -> str:
        return f"Profile of {self.owner}"

    def clean(self) -> None:
        validate_region(self.country, self.region)

    @property
    def signature(self) -> str:
        return self.full_name or self.owner.get_full_name() or self.owner.get_username()


class EmailChangeRequest(models.Model):
    """The one e-mail change a person has asked for and not yet confirmed.

    Its nonce is in the signed link (``interviews.accounts.email_change``): a newer request
    replaces the row, so an older link stops working, and confirming deletes it, so a
    link works once.
    """

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="email_change_request"
    )
    nonce = models.CharField(max_length=32)
    created_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "interviews_emailchangerequest"

    def __str__(self) -> str:
        return f"E-mail change asked by {self.owner}"
