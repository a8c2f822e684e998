"""Things the first week asked the person to do, done in a real browser (first-week
findings 6, 10 and 11), at a laptop's and a phone's size, light and dark, on Wednesday
9 December 2026:

- a reply to a rejection that came before any interview reads honestly, is marked as
  sent, and its step goes;
- a mail from a company not yet in the list starts a new application, then is accepted
  onto it; the person who wrote is kept as the contact."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from playwright.sync_api import expect

from interviews import services
from interviews.models import Application, UpdateKind
from tests.browser.conftest import LAPTOP, PHONE
from tests.factories import ApplicationFactory, StatusUpdateFactory, UserFactory
from tests.support.axe import assert_no_violations
from tests.support.browser import log_in

pytestmark = pytest.mark.django_db(transaction=True)

NOW = dt.datetime(2026, 12, 9, 15, 0, tzinfo=dt.UTC)
SIZES = [
    pytest.param(LAPTOP, "light", id="laptop-light"),
    pytest.param(PHONE, "dark", id="phone-dark"),
]
MAIL = (
    "From: Rachel Green <rachel.green@harbor-freight.example>\n"
    "Subject: Thank you for applying to Harbor Freight Systems\n"
    "Date: Mon, 7 Dec 2026 08:03:00 -0600\n\n"
    "Hi Marcus,\n\nThank you for applying for the Transportation Analyst role at Harbor "
    "Freight Systems. We have received your application and our team will review it "
    "shortly.\n\nRachel\n"
)


@pytest.fixture
def lena():
    with time_machine.travel(NOW, tick=True):
        user = UserFactory(username="lena")
        check24 = ApplicationFactory(
            owner=user, company="Check24", role="Analyst", applied_on=dt.date(2026, 11, 20)
        )
        StatusUpdateFactory(application=check24, kind=UpdateKind.REJECTED, on=dt.date(2026, 12, 8))
        yield check24


@pytest.mark.parametrize(("viewport", "scheme"), SIZES)
def test_a_reply_to_an_early_rejection_is_honest_and_marked_sent(page, lena, viewport, scheme):
    page.set_viewport_size(viewport)
    page.emulate_media(color_scheme=scheme)
    log_in(page, "lena")
    page.goto(lena.get_absolute_url())
    page.get_by_role("link", name="Reply to the rejection").click()
    body = page.get_by_label("Message")
    assert "for considering my application for the Analyst role" in body.input_value()
    assert "time you and the team spent" not in body.input_value()
    assert_no_violations(page)
    page.get_by_role("button", name="Mark as sent today").click()
    expect(page.get_by_text("Marked as sent: reply to the rejection.")).to_be_visible()
    expect(page.locator("ol.next-steps")).not_to_contain_text("graciously")
    expect(page.get_by_role("link", name="Reply to the rejection")).to_have_count(0)
    assert lena.updates.filter(kind=UpdateKind.FOLLOW_UP_SENT).count() == 1


@pytest.mark.parametrize(("viewport", "scheme"), SIZES)
def test_a_mail_from_a_new_company_starts_an_application(page, lena, viewport, scheme):
    page.set_viewport_size(viewport)
    page.emulate_media(color_scheme=scheme)
    log_in(page, "lena")
    page.goto("/mail/add/")
    page.get_by_label("Paste the e-mail").fill(MAIL)
    page.get_by_role("button", name="Read it").click()
    page.get_by_role("link", name="start a new application from this e-mail").click()
    expect(page.locator("#id_company")).to_have_value("Harbor Freight Systems")
    expect(page.locator("#id_recruiter_name")).to_have_value("Rachel Green")
    page.locator("#id_role").fill("Transportation Analyst")
    assert_no_violations(page)
    page.get_by_role("button", name="Add application").click()
    card = page.locator("article.mail-suggestion", has_text="Harbor Freight Systems")
    card.get_by_role("button", name="Accept").click()
    expect(page.get_by_text("Logged for Harbor Freight Systems")).to_be_visible()
    added = Application.objects.get(company="Harbor Freight Systems")
    assert (added.contact_name, added.updates.count()) == ("Rachel Green", 1)


@pytest.mark.parametrize(("viewport", "scheme"), SIZES)
def test_dates_and_names_read_as_people_write_them(page, lena, viewport, scheme):
    # First-week findings 12 and 14: the delete page's date, Kosovo by name, and no US
    # pre-adverse action notice offered to a person in Germany.
    with time_machine.travel(NOW, tick=True):
        profile = lena.owner.profile
        profile.country = "DE"
        services.profile_save(profile)
    page.set_viewport_size(viewport)
    page.emulate_media(color_scheme=scheme)
    log_in(page, "lena")
    page.goto(lena.get_absolute_url())
    page.locator("li.is-update").get_by_role("link", name="Delete").click()
    expect(page.get_by_role("heading", name="Delete Rejected (Tue 8 Dec 2026)")).to_be_visible()
    page.goto(f"/applications/{lena.pk}/updates/new/")
    expect(page.locator("#id_kind option", has_text="Pre-adverse")).to_have_count(0)
    page.goto("/settings/")
    expect(page.locator("#id_country option[value=XK]")).to_have_text("Kosovo")
