"""The work-search record in a real Chromium: printed, each claim week on a sheet of its
own and no navigation; on screen and in print, axe-core finds nothing to fix; the log
page works at 390 px wide, adding an activity and leaving an entry out."""

from __future__ import annotations

import re

import pytest

from interviews.services import profile_save
from tests.factories import PASSWORD
from tests.support.axe import violations
from tests.worklog_month import build_month

pytestmark = pytest.mark.django_db(transaction=True)

PRINT = "/worklog/print/?start=2026-10-25&end=2026-11-21&layout={}"


@pytest.fixture
def claimant(page):
    month = build_month()
    month.profile.weekly_minimum = 3
    profile_save(month.profile)
    page.goto("/accounts/login/")
    page.fill("#id_username", month.user.username)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("heading", name="Your pipeline").wait_for()
    return month


def computed(page, selector: str, prop: str) -> list[str]:
    return page.eval_on_selector_all(
        selector, f"nodes => nodes.map(n => getComputedStyle(n).getPropertyValue('{prop}'))"
    )


@pytest.mark.parametrize("layout", ["us", "de", "uk"])
def test_printed_each_week_takes_a_sheet_and_no_navigation_shows(page, claimant, layout):
    page.goto(PRINT.format(layout))
    assert page.locator("section.claim-week").count() == 4
    assert computed(page, "nav.navbar", "display") == ["flex"]  # on screen it is there

    page.emulate_media(media="print")
    assert computed(page, "nav.navbar", "display") == ["none"]
    assert computed(page, ".d-print-none", "display") == ["none"]
    assert computed(page, "section.claim-week", "break-after") == ["page"] * 3 + ["auto"]
    # The PDF Chromium prints has exactly one page per claim week.
    pdf = page.pdf(format="A4")
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 4


@pytest.mark.parametrize("media", ["screen", "print"])
def test_the_printable_page_passes_axe(page, claimant, media):
    page.goto(PRINT.format("us"))
    page.emulate_media(media=media)
    assert violations(page) == []


def test_the_log_at_390px_adds_an_activity_and_leaves_an_entry_out(page, claimant):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/worklog/?page=1")
    assert violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    page.get_by_label("Employer or organisation").fill("Seattle Tech Meetup")
    page.get_by_label("What you did").select_option("networking")
    page.get_by_label("How you made contact").select_option("in_person")
    page.get_by_role("button", name="Add to the log").click()
    page.get_by_text("Added to your log: networking contact.").wait_for()
    assert "Seattle Tech Meetup" in page.locator("main").inner_text()

    page.goto("/worklog/?page=2")  # the month's weeks, in October and November 2026
    page.get_by_role("button", name="Leave out Application sent, Acme").click()
    page.get_by_text("Left out of your log").wait_for()
    assert page.get_by_role("button", name="Put back Application sent, Acme").is_visible()
