"""Findable in a real browser: "+ Add" one tap away on a phone with import and e-mail in
its menu, the empty board offering import, and e-mail review in the navigation when
there is something to review."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from interviews.hrmail.models import MailSuggestion
from tests.browser.conftest import LAPTOP, PHONE
from tests.factories import UserFactory
from tests.support.browser import log_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_add_is_one_tap_away_and_offers_import_and_email(page, viewport, color_scheme):
    page.set_viewport_size(viewport)
    page.emulate_media(color_scheme=color_scheme)
    UserFactory(username="maria")
    log_in(page, "maria")
    add = page.locator("#add-application")
    expect(add).to_be_visible()  # not behind the menu on a phone
    page.get_by_role("button", name="More ways to add").click()
    expect(page.get_by_role("link", name="From an e-mail")).to_be_visible()
    page.get_by_role("link", name="Import a spreadsheet").click()
    expect(page.get_by_role("heading", name="Import a spreadsheet")).to_be_visible()

    page.goto("/")
    empty = page.locator(".first-run")
    expect(empty.get_by_role("link", name="+ Add your first application")).to_be_visible()
    expect(empty.get_by_role("button", name="Load the demo search into my account")).to_be_visible()
    empty.get_by_role("link", name="Import your spreadsheet").click()
    page.wait_for_url("**/import/")
    # Nothing to review: the navigation does not offer it.
    assert page.get_by_role("link", name="E-mail to review").count() == 0


def test_email_to_review_shows_in_the_navigation_with_its_count(page):
    user = UserFactory(username="maria")
    MailSuggestion.objects.create(
        owner=user,
        message_key="k1",
        kind="rejected",
        sender="hr@example.com",
        subject="Your application",
    )
    log_in(page, "maria")
    link = page.get_by_role("link", name="E-mail to review 1")
    expect(link).to_be_visible()
    link.click()
    page.wait_for_url("**/mail/")
