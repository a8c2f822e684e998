"""Habits people expect: colour modes (and, as they land, shortcuts and form focus)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import LAPTOP

pytestmark = pytest.mark.django_db(transaction=True)


def theme(page) -> str:
    return page.evaluate("document.documentElement.getAttribute('data-bs-theme')")


def choose_theme(page, name: str) -> None:
    page.get_by_role("button", name="Theme").click()
    page.get_by_role("button", name=name).click()


def test_dark_mode_follows_the_system_and_the_choice_is_remembered(demo_context):
    page = demo_context(LAPTOP, "dark")
    assert theme(page) == "dark"
    choose_theme(page, "Light")
    assert theme(page) == "light"
    page.goto("/waiting/")
    assert theme(page) == "light", "the choice outlives the page"
    choose_theme(page, "Dark")
    page.reload()
    assert theme(page) == "dark"
    assert page.locator("[data-theme-choice=dark]").get_attribute("aria-pressed") == "true"
    choose_theme(page, "As my system")
    page.emulate_media(color_scheme="light")
    # Back to following the system, live: the change event arrives without a reload.
    # (Playwright's expect polls from outside the page: wait_for_function would need eval,
    # which the Content-Security-Policy rightly refuses.)
    expect(page.locator("html")).to_have_attribute("data-bs-theme", "light")


def test_keyboard_shortcuts_n_slash_and_question_mark(demo_context):
    page = demo_context(LAPTOP)
    page.keyboard.press("/")
    expect(page.locator("#board-search")).to_be_focused()
    page.keyboard.type("n")  # typing in a field is typing, not a shortcut
    assert page.url.endswith("/") and page.locator("#board-search").input_value() == "n"
    page.keyboard.press("Escape")
    page.locator("h1").click()
    page.keyboard.press("?")
    dialog = page.get_by_role("dialog", name="Keyboard shortcuts")
    expect(dialog).to_be_visible()
    assert "Add a new application" in dialog.inner_text()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    page.goto("/waiting/")
    page.keyboard.press("/")
    page.wait_for_url("**/#board-search")
    expect(page.locator("#board-search")).to_be_focused()
    page.locator("h1").click()
    page.keyboard.press("n")
    page.wait_for_url("**/applications/new/")


def test_a_new_form_focuses_its_first_field_and_errors_take_focus(demo_context):
    page = demo_context(LAPTOP)
    page.goto("/applications/new/")
    expect(page.locator("#id_company")).to_be_focused()
    page.fill("#id_company", "Acme")
    page.get_by_role("button", name="Add application").click()
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    assert "Role: This field is required." in summary.inner_text()
    summary.get_by_role("link", name="Role: This field is required.").click()
    expect(page.locator("#id_role")).to_be_focused()
