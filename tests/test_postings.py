"""Saving a job posting: each career site's shape (tests/data/postings/) pasted into the
page gives every field; a page with no structured data keeps its title and address with
a note; the description is cleaned and shown on the application page and in print."""

from __future__ import annotations

import html
from datetime import date
from decimal import Decimal
from http import HTTPStatus
from pathlib import Path

import pytest
from django.urls import reverse

from interviews.models import Application
from interviews.postings.models import Posting

pytestmark = pytest.mark.django_db

PAGES = Path(__file__).parent / "data" / "postings"
NEW = reverse("interviews:posting_create")

EXPECTED = {
    "greenhouse": {
        "title": "Backend Engineer, Payments",
        "company": "Fernhill Labs",
        "location": "Dublin, Ireland",
        "remote": False,
        "salary_min": None,
        "salary_max": None,
        "salary_currency": "",
        "salary_period": "",
        "employment_type": "",
        "posted_on": date(2026, 10, 14),
        "closes_on": None,
        "read_from": "json-ld",
        "description": (
            "<p>Fernhill Labs moves money for <strong>small shops</strong>.</p>"
            "<h3>What you will do</h3><ul><li>Own the ledger service</li>"
            "<li>Keep payouts on time</li></ul>"
        ),
    },
    "lever": {
        "title": "Senior Android Developer",
        "company": "Quarry Mobile",
        "location": "Toronto, ON, CA; Montréal, QC, CA",
        "remote": False,
        "salary_min": Decimal("135000"),
        "salary_max": Decimal("160000"),
        "salary_currency": "CAD",
        "salary_period": "YEAR",
        "employment_type": "Full-time",
        "posted_on": date(2026, 11, 2),
        "closes_on": date(2026, 12, 31),
        "read_from": "json-ld",
        "description": (
            "<div><b>About Quarry</b></div><div>We build field apps for quarries &amp; mines."
            "</div><ul><li>Kotlin, Jetpack Compose</li></ul>"
            '<a href="https://example.com/quarry/benefits" rel="noopener noreferrer nofollow">'
            "Benefits</a>"
        ),
    },
    "ashby": {
        "title": "Staff Data Engineer",
        "company": "Lumen Atlas",
        "location": "Remote (Germany, Netherlands)",
        "remote": True,
        "salary_min": Decimal("95000"),
        "salary_max": Decimal("118000"),
        "salary_currency": "EUR",
        "salary_period": "YEAR",
        "employment_type": "FULL_TIME",
        "posted_on": date(2026, 11, 20),
        "closes_on": date(2027, 1, 15),
        "read_from": "json-ld",
        "description": (
            "<p>Lumen Atlas maps solar potential.</p><p><strong>Remote</strong> across the EU.</p>"
        ),
    },
    "workday": {
        "title": "Financial Analyst II",
        "company": "Northgate Mutual",
        "location": "Columbus, Ohio, United States of America",
        "remote": False,
        "salary_min": None,
        "salary_max": None,
        "salary_currency": "",
        "salary_period": "",
        "employment_type": "FULL_TIME",
        "posted_on": date(2026, 9, 30),
        "closes_on": None,
        "read_from": "json-ld",
        "description": (
            "<p>Northgate Mutual is hiring a Financial Analyst.</p><p>Responsibilities<br>"
            "Build the monthly forecast<br>Partner with the regional teams</p><p>We are an "
            "equal opportunity employer &lt;3 and value every applicant.</p>"
        ),
    },
    "smartrecruiters": {
        "title": "Werkstudent Marketing (m/w/d)",
        "company": "Brennholz Logistik GmbH",
        "location": "Hamburg, HH, DE",
        "remote": False,
        "salary_min": Decimal("15.50"),
        "salary_max": Decimal("15.50"),
        "salary_currency": "EUR",
        "salary_period": "HOUR",
        "employment_type": "PART_TIME",
        "posted_on": date(2026, 11, 5),
        "closes_on": date(2027, 2, 28),
        "read_from": "microdata",
        "description": "<p>Deine Aufgaben</p><p>Kampagnen planen<br>Social Media betreuen</p>",
    },
    "linkedin": {
        "title": "Barista Trainer",
        "company": "Harbour & Pine",
        "location": "Seattle, WA, US",
        "remote": False,
        "salary_min": Decimal("24.50"),
        "salary_max": Decimal("31"),
        "salary_currency": "USD",
        "salary_period": "HOUR",
        "employment_type": "CONTRACTOR",
        "posted_on": date(2026, 11, 28),
        "closes_on": date(2026, 12, 28),
        "read_from": "json-ld",
        "description": (
            "<strong>Harbour &amp; Pine</strong> trains baristas across the Sound.<br><br>"
            "<ul><li>Run weekly latte-art classes</li></ul>"
        ),
    },
    "graph": {
        "title": "Fundraising Officer",
        "company": "Kestrel Trust",
        "location": "Leeds, West Yorkshire",
        "remote": False,
        "salary_min": Decimal("28500"),
        "salary_max": Decimal("28500"),
        "salary_currency": "GBP",
        "salary_period": "",
        "employment_type": "FULL_TIME, TEMPORARY",
        "posted_on": date(2026, 10, 1),
        "closes_on": date(2026, 11, 30),
        "read_from": "json-ld",
        "description": "<p>Raise funds for upland rivers.</p>",
    },
}


def paste(client, name: str, **extra):
    page = (PAGES / f"{name}.html").read_text()
    data = {"address": f"https://jobs.example.com/{name}/4711", "page": page}
    return client.post(NEW + extra.pop("query", ""), data, **extra)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_career_sites_page_gives_every_field(owner_client, user, name):
    response = paste(owner_client, name)
    posting = Posting.objects.get(owner=user)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == posting.get_absolute_url()
    for field, value in EXPECTED[name].items():
        assert getattr(posting, field) == value, field
    assert posting.address == f"https://jobs.example.com/{name}/4711"
    assert posting.application is None


def test_a_page_without_structured_data_keeps_its_title_and_address_with_a_note(owner_client, user):
    response = paste(owner_client, "no-data", follow=True)
    posting = Posting.objects.get(owner=user)
    assert (posting.title, posting.company, posting.description) == (
        "Careers at Tidewell Ferries — Deckhand",
        "",
        "",
    )
    assert posting.address == "https://jobs.example.com/no-data/4711"
    assert posting.read_from == "title"
    text = html.unescape(response.content.decode())
    assert "carries no job posting data" in text
    assert "Fill in the rest from the page yourself" in text


def test_scripts_styles_handlers_and_images_never_reach_the_page(owner_client, user):
    for name in ("greenhouse", "lever", "linkedin", "smartrecruiters"):
        paste(owner_client, name)
    for posting in Posting.objects.filter(owner=user):
        shown = owner_client.get(posting.get_absolute_url()).content.decode()
        description = posting.description.lower()
        for bad in ("<script", "alert(1)", "<style", "onclick", "<img", "<iframe", "pixel.gif"):
            assert bad not in description
        assert "alert(1)" not in shown and "steal()" not in shown


def test_saved_for_an_application_it_shows_on_its_page_and_in_print(owner_client, application):
    paste(owner_client, "ashby", query=f"?application={application.pk}")
    posting = Posting.objects.get(application=application)
    page = html.unescape(owner_client.get(application.get_absolute_url()).content.decode())
    assert "Staff Data Engineer" in page
    assert "95,000–118,000 EUR a year" in page
    assert "<strong>Remote</strong> across the EU." in page
    printed = owner_client.get(reverse("interviews:posting_print", args=[posting.pk]))
    text = html.unescape(printed.content.decode())
    assert "Lumen Atlas maps solar potential." in text and "Closes" in text
    assert "data-print" in text  # the page's Print button (interviews/print.js)


def test_saving_again_replaces_the_applications_posting(owner_client, application):
    paste(owner_client, "ashby", query=f"?application={application.pk}")
    paste(owner_client, "lever", query=f"?application={application.pk}")
    assert [p.title for p in Posting.objects.filter(application=application)] == [
        "Senior Android Developer"
    ]


def test_an_application_is_made_from_a_posting_with_its_details(owner_client, user):
    paste(owner_client, "linkedin")
    posting = Posting.objects.get(owner=user)
    url = reverse("interviews:posting_application", args=[posting.pk])
    form = owner_client.get(url).context["form"]
    assert form.initial["company"] == "Harbour & Pine"
    assert form.initial["salary"] == "24.50–31 USD an hour"
    assert form.initial["employment_type"] == "contract"
    data = {key: value for key, value in form.initial.items() if value}
    response = owner_client.post(url, data)
    application = Application.objects.get(owner=user)
    assert response["Location"] == application.get_absolute_url()
    assert (application.company, application.role, application.location) == (
        "Harbour & Pine",
        "Barista Trainer",
        "Seattle, WA, US",
    )
    assert application.job_url == "https://jobs.example.com/linkedin/4711"
    posting.refresh_from_db()
    assert posting.application == application
    assert owner_client.get(url)["Location"] == application.get_absolute_url()


def test_nothing_pasted_is_a_clear_error(owner_client, user):
    response = owner_client.post(NEW, {"address": "", "page": "  "})
    assert response.status_code == HTTPStatus.OK
    assert "Paste the job's web address, or the page itself." in html.unescape(
        response.content.decode()
    )
    assert not Posting.objects.exists()


def test_deleting_the_posting_keeps_the_application(owner_client, application):
    paste(owner_client, "workday", query=f"?application={application.pk}")
    posting = Posting.objects.get(application=application)
    url = reverse("interviews:posting_delete", args=[posting.pk])
    response = owner_client.post(url)
    assert response["Location"] == application.get_absolute_url()
    assert not Posting.objects.exists()
    assert Application.objects.filter(pk=application.pk).exists()


def test_another_persons_application_cannot_be_given_a_posting(client, stranger, application):
    client.force_login(stranger)
    assert paste(client, "ashby", query=f"?application={application.pk}").status_code == 404
    assert not Posting.objects.exists()


def test_the_reading_pages_take_only_get(owner_client, user):
    paste(owner_client, "greenhouse")
    posting = Posting.objects.get()
    for name in ("posting_detail", "posting_print"):
        url = reverse(f"interviews:{name}", args=[posting.pk])
        assert owner_client.post(url).status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert owner_client.post(reverse("interviews:posting_list")).status_code == 405
