"""Browser tests: a real Chromium (Debian's package) driven by Playwright.

In CI a missing browser fails the run; on a developer's machine without Chromium the
tests are skipped with a message that says so.
"""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Playwright's sync API runs an event loop in this thread; the live server's database
# access happens in its own thread, so Django's async-safety guard does not apply here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        message = f"Chromium not found at {CHROMIUM}: install Debian's chromium package."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message + " Browser tests skipped.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    # Every walk doubles as a check that the Content-Security-Policy breaks nothing: the
    # browser reports each thing it refused on the console.
    refused = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    yield page
    context.close()
    assert refused == [], refused


# The two sizes the product is checked at: a common laptop and a common phone.
LAPTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def demo_context(browser, live_server):
    """A logged-in browser context on the demo search, at a given size and colour scheme."""
    from django.core.management import call_command

    from interviews.demo import DEMO_PASSWORD, DEMO_USERNAME

    call_command("seed_demo")
    contexts, refused = [], []

    def open_context(viewport: dict, color_scheme: str = "light"):
        context = browser.new_context(
            base_url=live_server.url, viewport=viewport, color_scheme=color_scheme
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.on("console", lambda message: watch(message, refused))
        page.goto("/accounts/login/")
        page.fill("#id_username", DEMO_USERNAME)
        page.fill("#id_password", DEMO_PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.get_by_role("heading", name="Your pipeline").wait_for()
        return page

    yield open_context
    for context in contexts:
        context.close()
    assert refused == [], refused


def watch(message, refused: list[str]) -> None:
    """Keep what the browser says the Content-Security-Policy refused."""
    if "Content Security Policy" in message.text:
        refused.append(message.text)
