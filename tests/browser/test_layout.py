"""The layout at a laptop's and a phone's size, measured in Chromium on the demo search."""

from __future__ import annotations

import pytest

from interviews.models import Application, Stage
from tests.browser.conftest import LAPTOP, PHONE
from tests.browser.main_pages import main_pages

pytestmark = pytest.mark.django_db(transaction=True)

ACTIVE = ["saved", "applied", "screening", "interviewing", "offer"]


def box(page, selector: str) -> dict:
    element = page.locator(selector)
    element.wait_for()
    return element.bounding_box()


def sideways_overflow(page) -> int:
    """How many pixels the page is wider than the window (0: no sideways scrolling)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def test_on_a_laptop_the_five_active_stages_fit_side_by_side(demo_context):
    page = demo_context(LAPTOP)
    for stage in ACTIVE:
        column = box(page, f".board-column.stage-{stage}")
        assert column["x"] >= 0 and column["x"] + column["width"] <= LAPTOP["width"], stage
        assert column["y"] < LAPTOP["height"], stage
    assert sideways_overflow(page) == 0
    assert page.evaluate("document.getElementById('board').scrollWidth") <= page.evaluate(
        "document.getElementById('board').clientWidth"
    )
    # Columns hug their own cards: a short one does not stretch to the tallest.
    heights = [box(page, f".board-column.stage-{stage}")["height"] for stage in ACTIVE]
    assert min(heights) < max(heights)


def test_closed_applications_are_a_collapsed_list_under_the_board(demo_context):
    page = demo_context(LAPTOP)
    closed = page.locator("details#closed")
    assert closed.get_attribute("open") is None
    assert box(page, "details#closed")["y"] > box(page, "#board")["y"]
    closed.locator("summary").click()
    latest = Application.objects.filter(stage__in=Stage.closed()).latest("updated_at")
    assert closed.get_by_role("link", name=latest.company).is_visible()


def test_on_a_phone_the_stages_stack_in_the_laptops_order(demo_context):
    page = demo_context(PHONE)
    # The board asks for a region once; the everyday board is the one after that answer.
    page.get_by_role("button", name="Not now").click()
    page.get_by_role("heading", name="Your pipeline").wait_for()
    tops = [box(page, f".board-column.stage-{stage} .board-column-head")["y"] for stage in ACTIVE]
    # The order they are read and tabbed in (new-user trial 4): Saved first, Offer last.
    assert tops == sorted(tops), "Saved first, then Applied, ..., Offer"
    # The furthest stage with cards opens, so the offers are there at a glance.
    assert page.locator(".board-column.stage-offer").evaluate("element => element.open")
    # Each stage is a section that opens and closes, and says how many it holds.
    interviewing = page.locator(".board-column.stage-interviewing")
    count = Application.objects.filter(stage=Stage.INTERVIEWING).count()
    assert interviewing.locator(".board-column-head").inner_text().split()[-2:] == [
        str(count),
        "applications",
    ]
    was_open = interviewing.evaluate("element => element.open")
    interviewing.locator(".board-column-head").click()
    assert interviewing.evaluate("element => element.open") is not was_open


def test_no_main_page_scrolls_sideways_on_a_phone(demo_context):
    page = demo_context(PHONE)
    for name, path in main_pages().items():
        page.goto(path)
        assert sideways_overflow(page) == 0, name


def test_card_text_is_at_least_12_px(demo_context):
    page = demo_context(LAPTOP)
    smallest = page.evaluate(
        """() => Math.min(...[...document.querySelectorAll('.board-card *')]
            .filter(element => element.textContent.trim())
            .map(element => parseFloat(getComputedStyle(element).fontSize)))"""
    )
    assert smallest >= 12


@pytest.mark.parametrize("company", ["Vertex Labs", "Atlas Cloud", "Greenleaf Foods"])
def test_the_application_page_shows_the_next_step_and_main_action_first(demo_context, company):
    page = demo_context(LAPTOP)
    page.goto(Application.objects.get(company=company).get_absolute_url())
    for selector in (".next-steps li:first-child", ".stage-actions .btn-primary"):
        element = box(page, selector)
        assert element["y"] + element["height"] <= LAPTOP["height"], (company, selector)


def test_on_a_phone_the_meaning_folds_behind_why(demo_context):
    page = demo_context(PHONE)
    page.goto(Application.objects.get(company="Vertex Labs").get_absolute_url())
    why = page.locator("details.why")
    assert why.get_attribute("open") is None
    assert not page.get_by_text("What it doesn't mean").is_visible()
    why.locator("summary").click()
    assert page.get_by_text("What it doesn't mean").is_visible()
