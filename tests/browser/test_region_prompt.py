"""The settings ask for the person's region in a real browser, at a laptop's and a phone's
size: the question stands beside the field, is read with it, is named plainly, goes once a
region is saved, and axe-core finds nothing to fix."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from interviews.models import Profile
from tests.browser.conftest import LAPTOP, PHONE
from tests.factories import UserFactory
from tests.support.browser import log_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_the_settings_ask_for_the_region_until_one_is_chosen(page, browser, viewport):
    user = UserFactory(username="bavarian")
    Profile.objects.filter(owner=user).update(
        country="DE", region="", time_zone="Europe/Berlin", place_confirmed=True
    )
    page.set_viewport_size(viewport)
    log_in(page, "bavarian")
    page.goto("/settings/")
    region = page.get_by_role("combobox", name="Region")
    ask = page.locator("#id_region_helptext")
    expect(ask).to_contain_text("Choose your region.")
    expect(ask).to_contain_text("some regions of Germany")
    expect(region).to_have_attribute("aria-describedby", "id_region_helptext")
    region.scroll_into_view_if_needed()
    expect(ask).to_be_in_viewport()
    # Beside the field: directly under the select, not elsewhere on the page.
    field, words = region.bounding_box(), ask.bounding_box()
    assert field and words
    assert 0 <= words["y"] - (field["y"] + field["height"]) < 40
    assert words["x"] + words["width"] <= viewport["width"]
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()

    region.select_option(label="Bavaria")
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_text("Settings saved.")).to_be_visible()
    assert Profile.objects.get(owner=user).region == "BY"
    expect(page.locator("#id_region_helptext")).not_to_contain_text("Choose your region.")
