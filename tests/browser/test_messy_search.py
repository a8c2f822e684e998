"""The messy search in a real browser: an outcome never logged is asked about and settled
in one click; the person's settings change the advice."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from interviews.accounts.models import Profile
from interviews.models import InterviewRound, Outcome
from tests.factories import PASSWORD, ApplicationFactory, InterviewRoundFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def forgetful_user():
    user = UserFactory(username="forgetful")
    application = ApplicationFactory(
        owner=user,
        company="Northwind",
        applied_on=timezone.localdate() - dt.timedelta(days=20),
    )
    InterviewRoundFactory(
        application=application,
        kind="onsite",
        scheduled_at=timezone.now() - dt.timedelta(days=3),
        outcome=Outcome.SCHEDULED,
    )
    return user


def log_in(page, username):
    page.goto("/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Log in").click()


def test_a_forgotten_outcome_is_asked_about_and_settled_in_one_click(page, forgetful_user):
    log_in(page, "forgetful")
    page.goto("/")
    question = page.get_by_text("How did the onsite interview on")
    question.first.wait_for()
    page.get_by_role("button", name="They moved me forward").first.click()
    page.get_by_text("Logged the onsite interview: advanced to the next step.").wait_for()
    assert page.get_by_text("How did the onsite interview on").count() == 0
    assert InterviewRound.objects.get().outcome == Outcome.ADVANCED


def test_settings_sign_the_drafts_with_the_persons_name(page, forgetful_user):
    log_in(page, "forgetful")
    page.goto("/settings/")
    page.get_by_label("Your name").fill("Alex Morgan")
    page.get_by_label("Country").select_option("GB")
    page.get_by_role("button", name="Save settings").click()
    page.get_by_text("Settings saved").wait_for()
    assert Profile.objects.get(owner=forgetful_user).country == "GB"
    application = forgetful_user.applications.get()
    page.goto(f"/applications/{application.pk}/drafts/withdrawal/")
    assert "Alex Morgan" in page.content()
