"""In a real browser, at a laptop's and a phone's size, with axe-core finding nothing to
fix: the settings ask for the person's region (the question stands beside the field, is
read with it, is named plainly, and goes once a region is saved); and a date read from a
note is said as such on the application page and corrected there."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from interviews import services
from interviews.accounts.models import Profile
from interviews.models import StatusUpdate, UpdateKind
from tests.browser.conftest import LAPTOP, PHONE
from tests.factories import ApplicationFactory, UserFactory
from tests.support.axe import assert_no_violations
from tests.support.browser import log_in

pytestmark = pytest.mark.django_db(transaction=True)

ONE_WEEK = dt.timedelta(days=7)


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
    assert_no_violations(page)

    region.select_option(label="Bavaria")
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_text("Settings saved.")).to_be_visible()
    assert Profile.objects.get(owner=user).region == "BY"
    expect(page.locator("#id_region_helptext")).not_to_contain_text("Choose your region.")


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_a_date_read_from_a_note_is_said_and_corrected_on_the_page(page, browser, viewport):
    user = UserFactory(username="stuttgart")
    Profile.objects.filter(owner=user).update(
        country="DE", region="BW", time_zone="Europe/Berlin", place_confirmed=True
    )
    application = ApplicationFactory(owner=user, applied_on=timezone.localdate() - ONE_WEEK)
    services.record_save(
        StatusUpdate(
            application=application,
            kind=UpdateKind.REPLIED,
            on=timezone.localdate(),
            note="Rückmeldung nächste Woche",
        )
    )
    read = StatusUpdate.objects.get(application=application)
    assert read.news_by_read
    page.set_viewport_size(viewport)
    log_in(page, "stuttgart")
    page.goto(application.get_absolute_url())
    said = page.locator(".read-promise")
    expect(said).to_contain_text(
        f"Read from your note: news by {read.news_by:%a} {read.news_by.day}"
    )
    said.scroll_into_view_if_needed()
    expect(said.get_by_role("button", name="Correct it")).to_be_in_viewport()
    assert_no_violations(page)

    later = read.news_by + ONE_WEEK
    said.get_by_label("The date they named").fill(later.isoformat())
    said.get_by_role("button", name="Correct it").click()
    expect(page.get_by_text("They said you would hear by")).to_be_visible()
    read.refresh_from_db()
    assert (read.news_by, read.news_by_read) == (later, False)
