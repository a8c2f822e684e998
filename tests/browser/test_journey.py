"""The whole way in a real browser: sign up, add, log a round, log an update, see the board."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_sign_up_add_log_and_watch_the_board_change(page):
    page.goto("/accounts/signup/")
    page.fill("#id_username", "maria")
    page.fill("#id_full_name", "Maria Rossi")
    page.fill("#id_email", "maria@example.com")
    page.fill("#id_password1", "a-very-long-passphrase")
    page.fill("#id_password2", "a-very-long-passphrase")
    page.get_by_role("button", name="Sign up").click()
    page.get_by_text("Your board is empty").wait_for()

    page.get_by_role("link", name="+ Add your first application").click()
    page.fill("#id_company", "Acme Robotics")
    page.fill("#id_role", "Platform Engineer")
    page.get_by_role("button", name="Applied today").click()  # the date is never filled ahead
    page.get_by_role("button", name="Add application").click()
    page.get_by_text("Added Platform Engineer at Acme Robotics.").wait_for()
    assert page.locator("#stage").inner_text() == "Applied"

    page.get_by_role("link", name="Log a round").click()
    page.select_option("#id_kind", "phone")
    yesterday = dt.date.today() - dt.timedelta(days=1)
    page.fill("#id_scheduled_at", f"{yesterday.isoformat()}T10:00")
    page.select_option("#id_outcome", "done")
    page.get_by_role("button", name="Log round").click()
    page.get_by_text("Logged the phone interview.").wait_for()
    assert page.locator("#stage").inner_text() == "Interviewing"

    page.get_by_role("link", name="Log HR's answer").click()
    page.select_option("#id_kind", "offer_verbal")
    page.get_by_role("button", name="Log update").click()
    page.get_by_text("Logged: verbal offer.").wait_for()
    assert page.locator("#stage").inner_text() == "Offer"

    page.get_by_role("link", name="Board").click()
    offer_column = page.locator(".board-column.stage-offer")
    assert "Acme Robotics" in offer_column.inner_text()
    assert "Acme Robotics" not in page.locator(".board-column.stage-applied").inner_text()


def test_the_admin_lists_and_filters_applications(page):
    from tests.factories import PASSWORD, ApplicationFactory, UserFactory

    boss = UserFactory(username="boss", is_staff=True, is_superuser=True)
    ApplicationFactory(owner=boss, company="Initech")
    page.goto("/admin/")
    page.fill("#id_username", "boss")
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name="Applications").click()
    assert "Initech" in page.locator("#result_list").inner_text()
    page.get_by_role("link", name="Applied").first.click()
    assert "Initech" in page.locator("#result_list").inner_text()


def test_a_new_person_can_load_the_demo_into_their_own_board(page):
    from tests.factories import PASSWORD, UserFactory

    UserFactory(username="newcomer")
    page.goto("/accounts/login/")
    page.fill("#id_username", "newcomer")
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_text("Your board is empty").wait_for()
    page.get_by_role("button", name="Load the demo search into my account").click()
    page.get_by_text("Added the demo search").wait_for()
    assert page.locator(".board-card").count() > 10
