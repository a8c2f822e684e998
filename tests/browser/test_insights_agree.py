"""Insights agreeing with itself in a real browser, on the demo search: the funnel's
Accepted is the flow's, and weeks are written as dates, at a laptop's and a phone's size."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import LAPTOP, PHONE

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_one_number_for_accepted_and_weeks_as_dates(demo_context, viewport):
    page = demo_context(viewport)
    page.goto("/insights/?window=all")
    funnel = page.locator("#funnel-numbers tbody tr", has_text="Accepted")
    accepted = int(funnel.locator("td").first.inner_text())
    flows = page.locator("#flow-numbers tbody tr")
    into_accepted = sum(
        int(row.locator("td").nth(2).inner_text())
        for row in flows.all()
        if row.locator("td").nth(1).inner_text() == "Accepted"
    )
    assert accepted == into_accepted
    first_week = page.locator("#activity-numbers tbody th").first
    expect(first_week).to_have_text(re.compile(r"^w/c \d{1,2} [A-Z][a-z]{2}$"))
