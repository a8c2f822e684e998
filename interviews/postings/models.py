"""What the person keeps about a job besides its records: its saved posting, the figures
of its offer, and the key the bookmarklet posts with."""

from __future__ import annotations

import re
import secrets
import uuid
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.urls import reverse

from interviews.models import Application
from interviews.postings.cleaning import description_html
from interviews.validators import NOTE_LENGTH, validate_one_line

CURRENCY = re.compile(r"[A-Z]{3}")


class ReadFrom(models.TextChoices):
    JSON_LD = "json-ld", "The page's JSON-LD"
    MICRODATA = "microdata", "The page's microdata"
    TITLE = "title", "The page's title only"
    HAND = "hand", "Typed in"


class PayPeriod(models.TextChoices):
    YEAR = "YEAR", "a year"
    MONTH = "MONTH", "a month"
    WEEK = "WEEK", "a week"
    DAY = "DAY", "a day"
    HOUR = "HOUR", "an hour"


class PostingQuerySet(models.QuerySet):
    def for_user(self, user) -> PostingQuerySet:
        return self.filter(owner=user)


class Posting(models.Model):
    """What a job's page said when it was saved. It belongs to its owner; once an
    application is made from it (or it is saved from an application's page) it is that
    application's posting, and goes with it. A later contacts model attaches here by a
    foreign key to the posting (the recruiter named on it) or to its application."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="postings"
    )
    application = models.OneToOneField(
        Application, on_delete=models.CASCADE, null=True, blank=True, related_name="posting"
    )
    address = models.URLField("Web address", max_length=2000, blank=True)
    title = models.CharField("Role", max_length=300, validators=[validate_one_line])
    company = models.CharField(max_length=300, blank=True, validators=[validate_one_line])
    location = models.CharField(max_length=300, blank=True, validators=[validate_one_line])
    remote = models.BooleanField("Remote", null=True, blank=True)
    salary_min = models.DecimalField(
        "Lowest pay", max_digits=14, decimal_places=2, null=True, blank=True
    )
    salary_max = models.DecimalField(
        "Highest pay", max_digits=14, decimal_places=2, null=True, blank=True
    )
    salary_currency = models.CharField("Currency", max_length=3, blank=True)
    salary_period = models.CharField("Per", max_length=5, choices=PayPeriod, blank=True)
    employment_type = models.CharField(max_length=300, blank=True)
    posted_on = models.DateField("Posted on", null=True, blank=True)
    closes_on = models.DateField("Closes on", null=True, blank=True)
    # Cleaned by postings.cleaning on every write (services.posting_save): safe to show.
    description = models.TextField(blank=True)
    read_from = models.CharField(max_length=10, choices=ReadFrom, default=ReadFrom.HAND)
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    saved_at = models.DateTimeField(auto_now_add=True)

    objects = PostingQuerySet.as_manager()

    class Meta:
        ordering = ["-saved_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(salary_min__isnull=True)
                | models.Q(salary_max__isnull=True)
                | models.Q(salary_min__lte=models.F("salary_max")),
                name="posting_salary_range_in_order",
            ),
        ]
        indexes = [
            # The list of saved postings: for_user(...) newest first.
            models.Index(fields=["owner", "-saved_at"], name="posting_owner_saved"),
        ]

    def __str__(self) -> str:
        return f"{self.title} at {self.company}" if self.company else self.title

    def get_absolute_url(self) -> str:
        return reverse("interviews:posting_detail", args=[self.pk])

    def clean(self) -> None:
        """The description cleaned (safe to show), however the posting arrived: a page,
        the API or a restored backup all pass here (``full_clean``, the restore's checks)."""
        self.description = description_html(self.description)
        if self.salary_currency and not CURRENCY.fullmatch(self.salary_currency):
            raise ValidationError({"salary_currency": "A currency is three letters: EUR, USD."})
        low, high = self.salary_min, self.salary_max
        if low is not None and high is not None and low > high:
            raise ValidationError({"salary_max": "The highest pay is below the lowest."})

    def pay_words(self) -> str:
        """'95,000-118,000 EUR a year' (an en dash) as the site gave it: no conversion, no guess."""
        figures = dict.fromkeys(
            _figure(value) for value in (self.salary_min, self.salary_max) if value is not None
        )
        if not figures:
            return ""
        words = "–".join(figures)
        if self.salary_currency:
            words += f" {self.salary_currency}"
        if self.salary_period:
            words += f" {self.get_salary_period_display()}"
        return words


def _figure(value: Decimal) -> str:
    return f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"


def new_bookmarklet_key() -> str:
    return secrets.token_urlsafe(32)


class BookmarkletKey(models.Model):
    """The per-person secret in the bookmarklet's address: a page the person is reading
    posts to it, cross-site, so the session cookie is neither sent nor trusted; whoever
    holds the key can only add postings for its owner."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="bookmarklet_key"
    )
    key = models.CharField(max_length=64, unique=True, default=new_bookmarklet_key)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Bookmarklet key of {self.owner}"

    def reset(self) -> None:
        """Issue a new key; a bookmarklet made with the old one stops working at once."""
        self.key = new_bookmarklet_key()
        self.save(update_fields=["key"])


class Offer(models.Model):
    """The figures of an application's offer, to compare offers side by side. Its answer-by
    and start dates are not here: they are the offer's status update's (``respond_by``,
    ``starts_on``), one fact in one place, which the advice and the calendar already read.
    Amounts are kept in the currency offered: nothing is converted."""

    application = models.OneToOneField(
        Application, on_delete=models.CASCADE, related_name="offer_terms"
    )
    base_pay = models.DecimalField(
        "Base pay", max_digits=14, decimal_places=2, null=True, blank=True
    )
    pay_period = models.CharField("Per", max_length=5, choices=PayPeriod, blank=True)
    currency = models.CharField(
        max_length=3, blank=True, help_text="Three letters, as offered: EUR, USD, GBP."
    )
    bonus = models.CharField(
        max_length=200,
        blank=True,
        validators=[validate_one_line],
        help_text="As offered, e.g. “10% target” or “5,000 signing”.",
    )
    equity = models.CharField(
        max_length=200,
        blank=True,
        validators=[validate_one_line],
        help_text="As offered, e.g. “2,000 RSUs over 4 years”.",
    )
    benefits = models.TextField(
        "Benefits notes", blank=True, validators=[MaxLengthValidator(NOTE_LENGTH)]
    )
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["application_id"]

    def __str__(self) -> str:
        return f"Offer from {self.application.company}"

    def clean(self) -> None:
        self.currency = self.currency.upper()
        if self.currency and not CURRENCY.fullmatch(self.currency):
            raise ValidationError({"currency": "A currency is three letters: EUR, USD, GBP."})
        if self.base_pay is not None and self.base_pay < 0:
            raise ValidationError({"base_pay": "Pay can't be below zero."})

    def base_words(self) -> str:
        """'85,000 EUR a year', as offered; '' when no figure is recorded."""
        if self.base_pay is None:
            return ""
        words = _figure(self.base_pay)
        if self.currency:
            words += f" {self.currency}"
        if self.pay_period:
            words += f" {self.get_pay_period_display()}"
        return words
