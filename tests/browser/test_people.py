"""People in a real browser: a referral added with its referrer, whose follow-up is never
addressed to the friend; the contacts pages, axe-clean at a laptop's and a phone's size."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from interviews.models import Application, Contact
from tests.browser.conftest import LAPTOP, PHONE
from tests.factories import ApplicationFactory, InterviewRoundFactory, UserFactory
from tests.support.axe import assert_no_violations
from tests.support.browser import log_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_a_referral_names_the_friend_and_the_follow_up_is_not_addressed_to_them(page, viewport):
    page.set_viewport_size(viewport)
    user = UserFactory(username="lena-friend")
    log_in(page, "lena-friend")
    page.goto("/applications/new/")
    assert_no_violations(page)
    page.fill("#id_company", "Northwind")
    page.fill("#id_role", "Analyst")
    applied = timezone.localdate() - dt.timedelta(days=14)
    page.fill("#id_applied_on", applied.isoformat())
    page.select_option("#id_source", "referral")
    # The tester's words, in the recruiter's field first: the form says where they go.
    page.fill("#id_recruiter_name", "Lena Brandt (friend, referred me)")
    page.get_by_role("button", name="Add application").click()
    expect(page.locator("#error-summary")).to_contain_text("Who referred you")
    page.fill("#id_recruiter_name", "")
    page.fill("#id_referrer_name", "Lena Brandt")
    page.get_by_role("button", name="Add application").click()
    page.get_by_text("Added Analyst at Northwind.").wait_for()
    application = Application.objects.get(owner=user)
    expect(page.get_by_role("region", name="People")).to_contain_text("Lena Brandt · Referred you")
    assert_no_violations(page)

    page.goto(f"/applications/{application.pk}/drafts/follow_up/")
    body = page.locator("#draft-body").input_value()
    assert body.startswith("Hello,")
    assert "Lena" not in body
    assert page.locator("#draft-to").input_value() == ""


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_the_contacts_pages_are_accessible_and_say_what_to_do(page, viewport):
    page.set_viewport_size(viewport)
    user = UserFactory(username="kim")
    log_in(page, "kim")
    page.goto("/contacts/")
    expect(page.get_by_text("No contacts yet.")).to_be_visible()
    assert_no_violations(page)
    application = ApplicationFactory(owner=user, company="Acme", contact_name="Dana Reyes")
    InterviewRoundFactory(application=application, interviewers="Dana Reyes, Ken Ito")
    page.goto("/contacts/")
    page.get_by_role("link", name="Ken Ito").click()
    expect(page.get_by_role("heading", name="Ken Ito")).to_be_visible()
    assert_no_violations(page)
    page.goto("/contacts/new/")
    assert_no_violations(page)
    page.goto(f"/applications/{application.pk}/people/new/")
    assert_no_violations(page)
    page.select_option("#id_role", "hiring_manager")
    page.fill("#id_name", "Chris Wong")
    page.get_by_role("button", name="Add person").click()
    page.get_by_text("Added Chris Wong (hiring manager).").wait_for()
    assert Contact.objects.filter(owner=user, name="Chris Wong").exists()
    assert_no_violations(page)
