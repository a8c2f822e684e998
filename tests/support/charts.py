"""The Insights page in a browser: log in, and its chart images served one at a time."""

from __future__ import annotations

from urllib.request import Request, urlopen

from tests.factories import PASSWORD


def serve_images_in_turn(page) -> None:
    """Fetch the page's chart images one at a time. The live server's request threads share
    one connection to the in-memory SQLite test database, which must not run two queries
    at once; a browser asks for all the charts together. A blocking fetch from Python holds
    Playwright's only thread, so each image waits for the one before."""
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in page.context.cookies())

    def fetch(route) -> None:
        with urlopen(Request(route.request.url, headers={"Cookie": cookie})) as answer:
            route.fulfill(status=answer.status, headers=dict(answer.headers), body=answer.read())

    page.route("**/insights/charts/**", fetch)
    page.route("**/insights/flow.*", fetch)


def log_in(page, username: str) -> None:
    page.goto("/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("heading", name="Your pipeline").wait_for()
    serve_images_in_turn(page)


def charts_drawn(page) -> list[int]:
    page.wait_for_load_state("load")
    return page.eval_on_selector_all("img.chart-image", "imgs => imgs.map(i => i.naturalWidth)")
