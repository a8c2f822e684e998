"""axe-core on every main page, at a laptop's and a phone's size, in light and dark mode.

A critical or serious violation fails the test with the rule, its help text and the
elements it found (tests/support/axe.py).
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import LAPTOP, PHONE
from tests.browser.main_pages import main_pages
from tests.support.axe import blocking_violations

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_no_serious_accessibility_violations_on_any_main_page(demo_context, viewport, color_scheme):
    page = demo_context(viewport, color_scheme)
    found = {}
    for name, path in main_pages().items():
        page.goto(path)
        theme = page.evaluate("document.documentElement.getAttribute('data-bs-theme')")
        assert theme == color_scheme, f"{name} follows the system's colour scheme"
        if violations := blocking_violations(page):
            found[name] = violations
    assert not found, "\n".join(f"{name}: {v}" for name, vs in found.items() for v in vs)
