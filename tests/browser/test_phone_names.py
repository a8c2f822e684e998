"""Phone and names in a real browser: the list as cards on a phone, a long unbroken
company name that never widens a page, and no request for a missing icon."""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import LAPTOP, PHONE
from tests.factories import ApplicationFactory, UserFactory
from tests.support.browser import log_in

pytestmark = pytest.mark.django_db(transaction=True)

LONG = "Donaudampfschifffahrtselektrizitaetenhauptbetriebswerkbauunterbeamtengesellschaft"


def sideways_overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


@pytest.fixture
def long_name(browser):
    user = UserFactory(username="maria")
    return ApplicationFactory(
        owner=user,
        company=LONG,
        role="Senior Platform Engineer",
        applied_on=dt.date.today() - dt.timedelta(days=20),
    )


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_a_long_unbroken_name_wraps_on_every_page(page, long_name, viewport, color_scheme):
    page.set_viewport_size(viewport)
    page.emulate_media(color_scheme=color_scheme)
    missing = []
    page.on("response", lambda r: missing.append(r.url) if r.status == 404 else None)
    log_in(page, "maria")
    for path in ("/", "/waiting/", "/applications/", long_name.get_absolute_url()):
        page.goto(path)
        expect(page.get_by_text(LONG).first).to_be_visible()
        assert sideways_overflow(page) == 0, path
    assert missing == []


def test_the_list_is_cards_on_a_phone_with_where_it_stands(page, long_name):
    page.set_viewport_size(PHONE)
    log_in(page, "maria")
    page.goto("/applications/")
    row = page.locator(".app-table tbody tr").first
    assert row.evaluate("element => getComputedStyle(element).display") == "block"
    stands = row.locator("td[data-label='Where it stands']")
    expect(stands).to_be_in_viewport()
    assert stands.evaluate("e => getComputedStyle(e, '::before').content") == '"Where it stands: "'
    assert sideways_overflow(page) == 0


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
@pytest.mark.parametrize("typed", ["MÜLLER", "Muller"])
def test_searching_without_accents_or_in_capitals_finds_müller(page, viewport, typed):
    page.set_viewport_size(viewport)
    user = UserFactory(username="maria")
    ApplicationFactory(owner=user, company="Müller GmbH", role="Data Engineer")
    ApplicationFactory(owner=user, company="Acme", role="Analyst")
    log_in(page, "maria")
    page.fill("#board-search", typed)
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("link", name="Müller GmbH")).to_be_visible()
    expect(page.get_by_role("link", name="Acme")).to_have_count(0)
