"""Drag a card to another stage, or use its "Move to…" menu from the keyboard."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import LAPTOP

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


def test_the_move_menu_does_the_same_from_the_keyboard(demo_context):
    page = demo_context(LAPTOP)
    menu = card(page, "Atlas Cloud").locator(".move-menu summary")
    menu.focus()
    page.keyboard.press("Enter")
    link = card(page, "Atlas Cloud").get_by_role("link", name="Offer", exact=True)
    link.focus()
    page.keyboard.press("Enter")
    assert_offer_form(page)


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
