"""Urgent first, everywhere, in a real browser on the demo search: the Waiting desk as a
work queue (what you owe them, then what they owe you), "Mark as sent" returning to it
with the next card focused, and a phone board opening every stage with something due."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import LAPTOP, PHONE

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_the_desk_puts_what_you_owe_first_and_mark_as_sent_comes_back_to_it(
    demo_context, viewport, color_scheme
):
    page = demo_context(viewport, color_scheme)
    page.goto("/waiting/")
    you_owe = page.get_by_role("region", name="You owe them")
    they_owe = page.get_by_role("region", name="They owe you")
    # The rescinded offer needs an answer today: on the desk, not filed away.
    expect(you_owe.locator("article", has_text="Beacon Biotech")).to_contain_text(
        "Offer rescinded · Due today"
    )
    assert "Brief your references" not in they_owe.inner_text()
    labels = you_owe.locator(".state-label").all_inner_texts()
    overdue = [n for n, label in enumerate(labels) if label.startswith("Overdue")]
    due_today = [n for n, label in enumerate(labels) if "today" in label.lower()]
    assert overdue and due_today and max(overdue) < min(due_today), labels

    cards = page.locator("article.waiting-item")
    with_draft = cards.filter(has=page.locator("a.btn-outline-secondary")).first
    name = with_draft.locator("h3 a").inner_text()
    following = cards.nth(cards.all_inner_texts().index(with_draft.inner_text()) + 1)
    following_name = following.locator("h3 a").inner_text()
    with_draft.locator("a.btn-outline-secondary").click()
    page.get_by_role("button", name="Mark as sent today").click()
    page.get_by_text("Marked as sent:").wait_for()
    assert "/waiting/?done=" in page.url
    focused = page.locator("article[data-focus-card]")
    expect(focused).to_be_focused()
    assert focused.locator("h3 a").inner_text() == following_name != name

    # Back after the action: a page that still makes sense, not "nothing here".
    page.go_back()
    expect(page.get_by_role("heading", level=1)).to_contain_text("nothing to send now")
    page.get_by_role("link", name="Back to Waiting").click()
    expect(page.get_by_role("heading", name="Waiting on employers")).to_be_visible()


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_a_phone_board_opens_every_stage_with_something_due_and_shows_closed_ones(
    demo_context, color_scheme
):
    page = demo_context(PHONE, color_scheme)
    columns = page.locator("details.board-column")
    expect(columns.first).to_be_visible()
    for n in range(columns.count()):
        column = columns.nth(n)
        if column.get_attribute("data-urgent") != "0":
            expect(column).to_have_attribute("open", "")
    assert page.locator("details.board-column[open]").count() >= 3
    closed_due = page.get_by_role("region", name="Closed, with something still to do")
    expect(closed_due).to_contain_text("Beacon Biotech")
