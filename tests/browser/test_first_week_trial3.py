"""A third new-user trial's findings, walked in Chromium at a laptop's size in light and a
phone's in dark, with axe-core finding nothing to fix (issue #22): an import with no
worker says so and how to start one; an import asks before adding a likely copy of an
application; imported interview words land where their advice says; the board asks
once for the region and no page names holidays of regions elsewhere; sign-up asks
whether the person is working."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from interviews.accounts.models import Profile
from interviews.jobs.models import Job
from interviews.models import Application
from tests.browser.conftest import LAPTOP, PHONE
from tests.factories import ApplicationFactory, UserFactory
from tests.support.axe import assert_no_violations
from tests.support.browser import log_in

pytestmark = pytest.mark.django_db(transaction=True)

TRIAL_CSV = Path(__file__).parent.parent / "data" / "imports" / "trial_us_own_words.csv"
SIZES = pytest.mark.parametrize(
    ("viewport", "scheme"), [(LAPTOP, "light"), (PHONE, "dark")], ids=["laptop", "phone-dark"]
)


def open_as(browser, live_server, username: str, viewport: dict, scheme: str):
    context = browser.new_context(base_url=live_server.url, viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    page.set_default_timeout(10_000)
    log_in(page, username)
    return context, page


def wide_enough(page, viewport: dict) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]


def tom(country: str = "US", region: str = "") -> None:
    user = UserFactory(username="tom")
    Profile.objects.filter(owner=user).update(
        country=country, region=region, time_zone="America/Chicago", place_confirmed=True
    )
    return user


def through_preview(page) -> None:
    page.goto("/import/")
    page.get_by_label("Spreadsheet (.csv)").set_input_files(TRIAL_CSV)
    page.get_by_role("button", name="Read the file").click()
    page.get_by_role("button", name="See the preview").click()
    page.locator("p.lead", has_text="Nothing is saved yet.").wait_for()


@SIZES
def test_an_import_nobody_runs_says_no_worker_is_running_and_how_to_start_one(
    browser, live_server, viewport, scheme
):
    tom()
    context, page = open_as(browser, live_server, "tom", viewport, scheme)
    through_preview(page)
    page.get_by_role("button", name="Import 6 applications").click()
    page.get_by_text("0 of 6 rows").first.wait_for()
    # No worker runs in this test: the job is queued as if long ago; the page's next poll
    # says so without a reload.
    Job.objects.update(created_at=timezone.now() - dt.timedelta(minutes=2))

    warning = page.get_by_role("alert")
    expect(warning).to_contain_text("no background worker has picked it up", timeout=5_000)
    expect(warning).to_contain_text("make run")
    expect(warning).to_contain_text("python manage.py db_worker")
    expect(page.get_by_text("the work goes on")).to_have_count(0)
    wide_enough(page, viewport)
    assert_no_violations(page)
    context.close()


@SIZES
@pytest.mark.usefixtures("tasks_at_once")
def test_an_import_asks_before_adding_a_likely_copy_and_merges_it(
    browser, live_server, viewport, scheme
):
    user = tom()
    dell = ApplicationFactory(
        owner=user,
        company="Dell Technologies",
        role="Sr. Product Manager, Storage",
        applied_on=dt.date(2026, 10, 19),
        contact_name="",
        contact_email="",
    )
    context, page = open_as(browser, live_server, "tom", viewport, scheme)
    through_preview(page)

    page.get_by_role("heading", name="These look like applications you already have").wait_for()
    choice = page.get_by_label("looks like “Dell Technologies, Sr. Product Manager, Storage”")
    expect(choice).to_have_value("skip")
    expect(page.get_by_role("button", name="Import 5 applications")).to_be_visible()
    wide_enough(page, viewport)
    assert_no_violations(page)

    choice.select_option("merge")
    page.get_by_role("button", name="Use these choices").click()
    page.get_by_role("button", name="Import 5 applications and merge 1").click()
    page.get_by_text("1 merged into one you already had").wait_for()

    assert Application.objects.filter(company__istartswith="dell").count() == 1
    dell.refresh_from_db()
    assert dell.contact_name == "Jenna Walsh"
    page.get_by_role("link", name="See them on the board").click()
    # "phone screen" is a screen held: Screening, not Interviewing with "not an interview yet".
    expect(page.locator(".board-column.stage-screening")).to_contain_text("Apple")
    expect(page.locator(".board-column.stage-interviewing")).not_to_contain_text("Apple")
    page.get_by_role("link", name="Apple").first.click()
    expect(page.get_by_text("It is not an interview yet")).to_have_count(0)
    context.close()


@SIZES
def test_the_board_asks_once_for_the_state_and_no_page_names_another_ones_holiday(
    browser, live_server, viewport, scheme
):
    user = tom()
    application = ApplicationFactory(owner=user, company="Oracle", applied_on=dt.date(2026, 12, 4))
    context, page = open_as(browser, live_server, "tom", viewport, scheme)

    prompt = page.locator("#region-prompt")
    expect(prompt).to_contain_text("Some public holidays in the United States")
    wide_enough(page, viewport)
    assert_no_violations(page)
    page.goto(application.get_absolute_url())
    expect(page.get_by_text("Northern Mariana Islands")).to_have_count(0)

    page.goto("/settings/")
    region = page.get_by_role("combobox", name="Region")
    assert (
        "Northern Mariana Islands" in region.locator("optgroup[label='Territories']").inner_text()
    )
    assert region.locator("optgroup").count() == 1
    expect(region.locator("option", has_text="Minor Outlying")).to_have_count(0)

    page.goto("/")
    prompt.get_by_role("button", name="Not now").click()
    page.get_by_role("heading", name="Your pipeline").wait_for()
    expect(page.locator("#region-prompt")).to_have_count(0)
    page.reload()
    expect(page.locator("#region-prompt")).to_have_count(0)
    context.close()


@SIZES
def test_sign_up_asks_whether_the_person_is_working(browser, live_server, viewport, scheme):
    context = browser.new_context(base_url=live_server.url, viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    page.goto("/accounts/signup/")
    group = page.get_by_role("radiogroup", name="Are you working at the moment?")
    if group.count() == 0:  # crispy renders a labelled fieldset rather than a radiogroup
        group = page.locator("#div_id_employed")
    expect(group).to_contain_text("Yes, I have a job now")
    wide_enough(page, viewport)
    assert_no_violations(page)
    context.close()


@SIZES
def test_each_offer_page_names_the_other_and_the_desk_counts_once(
    browser, live_server, viewport, scheme
):
    from interviews.models import UpdateKind
    from tests.factories import StatusUpdateFactory

    user = tom(region="TX")
    today = timezone.localdate()
    indeed = ApplicationFactory(owner=user, company="Indeed", applied_on=today - dt.timedelta(30))
    StatusUpdateFactory(
        application=indeed,
        kind=UpdateKind.OFFER_WRITTEN,
        on=today - dt.timedelta(3),
        respond_by=today + dt.timedelta(3),
    )
    oracle = ApplicationFactory(owner=user, company="Oracle", applied_on=today - dt.timedelta(28))
    StatusUpdateFactory(
        application=oracle,
        kind=UpdateKind.OFFER_WRITTEN,
        on=today - dt.timedelta(2),
        respond_by=today + dt.timedelta(4),
    )
    StatusUpdateFactory(application=oracle, kind=UpdateKind.BACKGROUND_CHECK, on=today)
    context, page = open_as(browser, live_server, "tom", viewport, scheme)

    page.goto(oracle.get_absolute_url())
    expect(page.get_by_text("You also have an offer from Indeed")).to_be_visible()
    wide_enough(page, viewport)
    assert_no_violations(page)

    page.goto("/waiting/")
    counts = page.locator("#waiting-counts")
    expect(counts).to_contain_text("to do today:")
    expect(counts).not_to_contain_text("waiting on you")
    context.close()
