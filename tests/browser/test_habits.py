"""Habits people expect: colour modes (and, as they land, shortcuts and form focus)."""

from __future__ import annotations

import pytest

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
    page.wait_for_function("document.documentElement.getAttribute('data-bs-theme') === 'light'")
