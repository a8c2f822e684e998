"""The page's frame in a real browser (first-week findings 16 and 17): a failed log-in
says so once, under its own heading, and the laptop navigation stays on one line even
with e-mail to review."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from interviews.hrmail.models import MailSuggestion
from tests.browser.conftest import LAPTOP
from tests.factories import UserFactory
from tests.support.browser import log_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_wrong_password_is_said_once_under_a_log_in_heading(page):
    UserFactory(username="lena")
    page.set_viewport_size(LAPTOP)
    page.goto("/accounts/login/")
    page.fill("#id_username", "lena")
    page.fill("#id_password", "not her password")
    page.get_by_role("button", name="Log in").click()
    summary = page.get_by_role("alert")
    expect(summary).to_have_count(1)
    expect(summary.get_by_role("heading")).to_have_text("Could not log you in")
    assert page.get_by_text("Please enter a correct username and password").count() == 1
    assert "to save" not in page.locator("main").inner_text()


def test_the_laptop_navigation_is_one_line_with_email_to_review(page):
    user = UserFactory(username="lena")
    for key in ("k1", "k2"):
        MailSuggestion.objects.create(
            owner=user, message_key=key, kind="rejected", sender="hr@example.com", subject="x"
        )
    page.set_viewport_size(LAPTOP)
    log_in(page, "lena")
    expect(page.get_by_role("link", name="E-mail to review 2")).to_be_visible()
    tops = page.eval_on_selector_all(
        "nav[aria-label=Main] .nav-link, #add-application",
        """links => links.filter(l => l.offsetParent).map(l => {
          const box = l.getBoundingClientRect();
          return [l.textContent.trim().slice(0, 12), Math.round(box.top), Math.round(box.height)];
        })""",
    )
    assert max(t for _, t, _ in tops) - min(t for _, t, _ in tops) < 10, tops
    assert max(h for _, _, h in tops) < 45, tops
    height = page.evaluate("document.querySelector('nav[aria-label=Main]').offsetHeight")
    assert height < 70, height
    inner = "nav[aria-label=Main] > .container-fluid"
    assert page.eval_on_selector(inner, "c => c.scrollWidth - c.clientWidth") <= 0
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
