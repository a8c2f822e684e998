"""Drag a card to another stage, or use its "Move to…" menu from the keyboard."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from interviews.demo import DEMO_PASSWORD, DEMO_USERNAME
from interviews.models import Application
from tests.browser.conftest import LAPTOP, PHONE
from tests.support.axe import blocking_violations

pytestmark = pytest.mark.django_db(transaction=True)


def card(page, company: str):
    return page.locator(".board-card", has_text=company)


def assert_offer_form(page) -> None:
    page.wait_for_url("**/updates/new/?kind=offer_written")
    assert page.locator("#id_kind").input_value() == "offer_written"
    assert urlsplit(page.url).query == "kind=offer_written"


def test_dragging_a_card_to_offer_opens_the_offer_form_prefilled(demo_context):
    page = demo_context(LAPTOP)
    card(page, "Atlas Cloud").drag_to(page.locator(".board-column.stage-offer"))
    assert_offer_form(page)


def menu_on(page, where: str):
    """Atlas Cloud's "Move to…" menu on the board, the list or its own page."""
    if where == "board":
        return card(page, "Atlas Cloud").locator(".move-menu")
    if where == "list":
        page.goto(reverse("interviews:application_list"))
        return page.locator("tr", has_text="Atlas Cloud").locator(".move-menu")
    page.goto(atlas_cloud().get_absolute_url())
    return page.locator(".move-menu")


def atlas_cloud():
    return Application.objects.get(owner__username="demo", company="Atlas Cloud")


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
@pytest.mark.parametrize("where", ["board", "list", "application page"])
def test_the_move_menu_works_from_the_keyboard_everywhere(demo_context, where, viewport):
    page = demo_context(viewport)
    if where == "board" and viewport is PHONE:
        # A phone folds the columns: open Interviewing, as a tap on its head does.
        page.locator(".board-column.stage-interviewing").evaluate("column => column.open = true")
    menu = menu_on(page, where)
    menu.locator("summary").focus()
    page.keyboard.press("Enter")
    offer = menu.get_by_role("button", name="Offer", exact=True)
    offer.wait_for()
    assert blocking_violations(page) == []  # with the menu open
    offer.focus()
    page.keyboard.press("Enter")
    assert_offer_form(page)


def test_the_move_menu_works_without_javascript(browser, live_server, demo_context):
    demo_context(LAPTOP)  # the demo search
    context = browser.new_context(
        base_url=live_server.url, viewport=LAPTOP, java_script_enabled=False
    )
    page = context.new_page()
    page.goto("/accounts/login/")
    page.fill("#id_username", DEMO_USERNAME)
    page.fill("#id_password", DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    menu = card(page, "Atlas Cloud").locator(".move-menu")
    menu.locator("summary").click()
    menu.get_by_role("button", name="Offer", exact=True).click()
    assert_offer_form(page)
    page.goto(reverse("interviews:application_move", args=[atlas_cloud().pk]))  # its own page
    page.get_by_role("button", name="Rejected", exact=True).click()
    page.wait_for_url("**/updates/new/?kind=rejected")
    context.close()


def test_dragging_to_a_closed_stage_uses_the_drop_zone(demo_context):
    page = demo_context(LAPTOP)
    source = card(page, "Harbor Logistics")
    source.hover()
    page.mouse.down()
    page.mouse.move(600, 600, steps=5)
    zone = page.locator(".drop-zone[data-stage=rejected]")
    zone.wait_for()
    zone.hover()
    page.mouse.up()
    page.wait_for_url("**/updates/new/?kind=rejected")
