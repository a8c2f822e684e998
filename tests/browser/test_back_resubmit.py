"""Back, then the form sent again, in a real browser: a round or an update logged once is
not logged a second time (finding 3 of the first-week report, on a phone)."""

from __future__ import annotations

import datetime

import pytest

from interviews.models import InterviewRound, StatusUpdate
from tests.browser.conftest import PHONE
from tests.factories import ApplicationFactory, UserFactory
from tests.support.browser import log_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_round_sent_again_after_back_is_not_logged_twice(page):
    page.set_viewport_size(PHONE)
    user = UserFactory(username="lena")
    application = ApplicationFactory(owner=user, applied_on=datetime.date(2026, 11, 16))
    log_in(page, "lena")
    page.goto(f"/applications/{application.pk}/rounds/new/")
    page.fill("#id_scheduled_at", "2026-11-20T10:00")
    page.get_by_role("button", name="Log round").click()
    page.get_by_text("Logged the").first.wait_for()

    for _ in range(2):
        page.go_back()
        page.get_by_role("button", name="Log round").click()
        page.get_by_text("That form was sent twice; it was saved once.").wait_for()
    assert InterviewRound.objects.filter(application=application).count() == 1

    # A different round from the same form is a new one.
    page.goto(f"/applications/{application.pk}/rounds/new/")
    page.fill("#id_scheduled_at", "2026-11-27T10:00")
    page.get_by_role("button", name="Log round").click()
    page.get_by_text("Logged the").first.wait_for()
    assert InterviewRound.objects.filter(application=application).count() == 2


def test_an_update_sent_again_after_back_is_not_logged_twice(page):
    page.set_viewport_size(PHONE)
    user = UserFactory(username="lena")
    application = ApplicationFactory(owner=user, applied_on=datetime.date(2026, 11, 16))
    log_in(page, "lena")
    page.goto(f"/applications/{application.pk}/updates/new/")
    page.select_option("#id_kind", "acknowledged")
    page.fill("#id_on", "2026-11-18")
    page.get_by_role("button", name="Log update").click()
    page.wait_for_url(f"**/applications/{application.pk}/")

    page.go_back()
    page.get_by_role("button", name="Log update").click()
    page.wait_for_load_state()
    assert StatusUpdate.objects.filter(application=application).count() == 1
