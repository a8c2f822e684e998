"""Leaving for good in a real browser: from /settings/ to the log-in page, with the
backup on offer on the way, and nothing of the person left afterwards."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth import get_user_model

from interviews.models import Application
from tests.factories import PASSWORD, ApplicationFactory, UserFactory
from tests.support.browser import log_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_person_downloads_a_backup_then_deletes_their_account(page):
    maria = UserFactory(username="maria")
    ApplicationFactory(owner=maria, company="Contoso Ltd", applied_on=dt.date(2026, 11, 2))
    log_in(page, "maria")

    page.goto("/settings/")
    page.get_by_role("link", name="Delete my account").click()
    page.get_by_role("heading", name="Delete your account").wait_for()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download a backup").click()
    assert download.value.suggested_filename.endswith(".json")
    assert "Contoso Ltd" in download.value.path().read_text()

    page.get_by_label("Your password").fill("not it")
    page.get_by_role("button", name="Delete my account and everything in it").click()
    page.get_by_text("That is not your current password.").wait_for()
    assert Application.objects.filter(owner=maria).exists()

    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Delete my account and everything in it").click()
    page.get_by_text("Your account and everything in it are deleted.").wait_for()
    assert not get_user_model().objects.filter(username="maria").exists()
    assert not Application.objects.exists()

    page.goto("/")
    page.get_by_role("button", name="Log in").wait_for()
