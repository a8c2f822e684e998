"""The bookmarklet in a real Chromium: made on /settings/, run on a career page served by a
test server on loopback, it saves the posting and lands on it; the posting's pages and the
offers side by side work at 390 px wide, by keyboard, and axe-core finds nothing to fix."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.factories import UserFactory
from tests.support.axe import violations
from tests.support.browser import log_in
from tests.support.career_pages import career_site_fixture  # noqa: F401  (career_site)
from tests.support.offers import DAY, offered

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_bookmarklet_saves_the_page_being_read(page, career_site):
    UserFactory(username="reader")
    log_in(page, "reader")
    page.goto("/settings/")
    page.get_by_role("button", name="Make my bookmarklet").click()
    code = page.get_by_role("link", name="Save job posting").get_attribute("href")
    assert code.startswith("javascript:")

    page.goto(f"{career_site}/ashby")
    # What clicking the bookmark does: run its code on the page being read.
    page.evaluate(code.removeprefix("javascript:"))
    page.wait_for_url(re.compile(r"/postings/\d+/$"))
    page.get_by_role("heading", name="Staff Data Engineer").wait_for()
    facts = page.locator(".posting-facts").inner_text()
    assert "Lumen Atlas" in facts and "95,000–118,000 EUR a year" in facts
    assert f"{career_site}/ashby" in facts

    # The whole page goes when its data is microdata.
    page.goto(f"{career_site}/smartrecruiters")
    page.evaluate(code.removeprefix("javascript:"))
    page.get_by_role("heading", name="Werkstudent Marketing (m/w/d)").wait_for()
    assert "Hamburg, HH, DE" in page.locator(".posting-facts").inner_text()


def test_the_posting_pages_work_on_a_phone_and_by_keyboard(browser, live_server):
    UserFactory(username="phone")
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(10_000)
    log_in(page, "phone")
    page.goto("/postings/new/")
    assert violations(page) == []
    # By keyboard: the address field, then the page field, then the button.
    page.get_by_label("The job's web address").focus()
    page.keyboard.press("Tab")
    page.keyboard.type("<title>Night porter</title>")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Night porter").wait_for()
    assert "carried no job posting data" in page.locator("#posting-note").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") == 0
    assert violations(page) == []
    page.goto("/postings/new/")
    page.get_by_role("button", name="Save the posting").click()
    error = page.get_by_text("Paste the job's web address, or the page itself.")
    error.wait_for()
    assert violations(page) == []
    context.close()


def test_offers_side_by_side_on_a_phone_and_the_figures_by_keyboard(browser, live_server):
    user = UserFactory(username="offers")
    application = offered(user, "Sooner Co", respond_by=DAY, base_pay=85000, currency="EUR")
    offered(user, "Later Co", respond_by=DAY + dt.timedelta(days=5))
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(10_000)
    log_in(page, "offers")
    page.goto("/offers/")
    headings = page.locator(".offer-column h2").all_inner_texts()
    assert headings == ["Sooner Co", "Later Co"]
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") == 0
    assert violations(page) == []
    page.goto(f"/applications/{application.pk}/offer/")
    page.get_by_label("Currency").fill("E1")
    page.get_by_label("Currency").press("Enter")
    page.get_by_text("A currency is three letters").wait_for()
    assert violations(page) == []
    page.get_by_label("Currency").fill("EUR")
    page.get_by_label("Bonus").fill("10% target")
    page.get_by_label("Bonus").press("Enter")
    page.wait_for_url(re.compile(rf"/applications/{application.pk}/$"))
    assert "10% target" in page.locator("#offer-terms").inner_text()
    context.close()
