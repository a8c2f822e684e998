"""Insights in a real browser: the known search, a switch of window, the charts drawn,
and axe-core finding nothing to fix, in light and in dark colours."""

from __future__ import annotations

import pytest
import time_machine

from tests.browser.conftest import LAPTOP, PHONE
from tests.insights_search import NOW, known_search
from tests.support.axe import assert_no_violations
from tests.support.charts import charts_drawn, log_in
from tests.support.keyboard import walk

pytestmark = pytest.mark.django_db(transaction=True)

# The colour of a chart's top-left pixel, read back through a canvas.
CORNER = """img => {
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
  const context = canvas.getContext('2d');
  context.drawImage(img, 0, 0);
  return Array.from(context.getImageData(2, 2, 1, 1).data.slice(0, 3));
}"""


def eventually(page, check, timeout_ms: int = 10_000) -> None:
    """Wait until check() holds, asking again every 50 ms."""
    for _ in range(timeout_ms // 50):
        if check():
            return
        page.wait_for_timeout(50)
    assert check(), "the page never reached the expected state"


@pytest.fixture
def person():
    # Ticking from NOW: the live server reads the same day the search was built for.
    with time_machine.travel(NOW, tick=True):
        yield known_search()


def funnel_applied(page) -> str:
    return page.locator("#funnel-numbers tbody tr").first.locator("td").first.inner_text()


def test_insights_switch_the_window_and_pass_axe(page, person):
    log_in(page, "searcher")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Insights").click()
    page.get_by_role("heading", name="Insights", exact=True).wait_for()
    assert page.locator("#insights-scope").inner_text().startswith("12 applications sent")
    assert funnel_applied(page) == "12"
    assert all(width > 0 for width in charts_drawn(page))
    assert_no_violations(page)

    window = page.get_by_role("navigation", name="Time window")
    window.get_by_role("link", name="Last 30 days").click()
    page.wait_for_url("**/insights/?window=30")
    assert page.locator("#insights-scope").inner_text().startswith("7 applications sent")
    assert funnel_applied(page) == "7"
    assert window.get_by_role("link", name="Last 30 days").get_attribute("aria-current") == "page"
    assert "window=30" in page.locator("#funnel-title + figure img").get_attribute("src")
    assert all(width > 0 for width in charts_drawn(page))

    page.go_back()
    page.wait_for_url("**/insights/")
    assert funnel_applied(page) == "12"


def test_charts_follow_dark_colours_and_stay_accessible(page, person):
    log_in(page, "searcher")
    page.goto("/insights/")
    charts_drawn(page)
    funnel = page.locator("#funnel-title + figure img")
    assert max(funnel.evaluate(CORNER)) > 200  # a light background
    # Bootstrap's dark theme sets the page's color-scheme, which the images follow.
    page.evaluate("document.documentElement.setAttribute('data-bs-theme', 'dark')")
    # Polled from Python: wait_for_function would need eval, which the CSP refuses.
    eventually(page, lambda: funnel.evaluate(CORNER)[0] < 60)
    page.emulate_media(color_scheme="dark")
    page.reload()
    charts_drawn(page)
    assert max(page.locator("#funnel-title + figure img").evaluate(CORNER)) < 60
    assert_no_violations(page)


def test_insights_fit_a_phone(page, person):
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, "searcher")
    page.goto("/insights/?window=90")
    charts_drawn(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    # The charts come drawn for the phone's width (the flow picture has one size).
    charts_drawn(page)
    sources = page.eval_on_selector_all("img.chart-image", "imgs => imgs.map(i => i.currentSrc)")
    assert len([src for src in sources if src.endswith("size=narrow")]) == 5, sources


@pytest.mark.parametrize("size", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_insights_are_walked_with_tab_alone(page, person, size):
    page.set_viewport_size(size)
    log_in(page, "searcher")
    page.goto("/insights/")
    charts_drawn(page)
    assert walk(page) == []
