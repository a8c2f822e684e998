"""Offers side by side: an offer's figures kept with its application, its dates read from
the offer's own status update (one fact in one place), the live offers in columns with the
earliest answer-by first, and nothing converted between currencies."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from interviews.models import UpdateKind
from interviews.postings.models import Offer
from interviews.postings.offer_forms import OfferForm
from interviews.services import record_save
from tests.factories import ApplicationFactory
from tests.support.offers import DAY, offered

pytestmark = pytest.mark.django_db

BOARD = reverse("interviews:offer_board")


def columns(client) -> list[str]:
    page = html.unescape(client.get(BOARD).content.decode())
    return [
        part.split("</a>")[0].rsplit(">", 1)[-1] for part in page.split('class="h5" id="offer-')[1:]
    ]


def test_the_live_offers_stand_in_columns_earliest_answer_first(owner_client, user):
    offered(user, "Later Co", respond_by=DAY + dt.timedelta(10))
    offered(user, "Open Co")
    offered(user, "Sooner Co", respond_by=DAY + dt.timedelta(3))
    ApplicationFactory(owner=user, company="No Offer Co")
    assert columns(owner_client) == ["Sooner Co", "Later Co", "Open Co"]


def test_different_currencies_are_shown_as_offered_and_never_converted(owner_client, user):
    offered(
        user, "Euro GmbH", base_pay=85000, currency="EUR", pay_period="YEAR", bonus="10% target"
    )
    offered(
        user, "Dollar Inc", base_pay=120000, currency="USD", pay_period="YEAR", equity="2,000 RSUs"
    )
    page = html.unescape(owner_client.get(BOARD).content.decode())
    assert "85,000 EUR a year" in page and "120,000 USD a year" in page
    assert "10% target" in page and "2,000 RSUs" in page
    assert "nothing is converted" in page
    assert "EUR" not in page.split("Dollar Inc")[1].split("</section>")[0]


def test_the_dates_are_the_offer_updates_own(owner_client, user):
    application = offered(
        user,
        "Dated Co",
        respond_by=DAY + dt.timedelta(5),
        starts_on=dt.date(2027, 1, 4),
        base_pay=1,
    )
    page = html.unescape(owner_client.get(BOARD).content.decode())
    assert "Wed 25 Nov 2026" in page and "Mon 4 Jan 2027" in page
    update = application.updates.get()
    update.respond_by = DAY + dt.timedelta(7)
    record_save(update)
    assert "Fri 27 Nov 2026" in html.unescape(owner_client.get(BOARD).content.decode())
    # The form has no date of its own: the dates live on the update alone.
    assert not {"respond_by", "starts_on", "answer_by", "start_date"} & set(OfferForm().fields)


def test_the_board_costs_the_same_queries_for_one_offer_or_five(owner_client, user):
    offered(user, "One Co", base_pay=1)
    with CaptureQueriesContext(connection) as one:
        owner_client.get(BOARD)
    for n in range(4):
        offered(user, f"More {n} Co", respond_by=DAY, base_pay=n)
    with CaptureQueriesContext(connection) as five:
        owner_client.get(BOARD)
    assert len(five) == len(one)


def test_recording_the_figures_from_the_application(owner_client, user):
    application = offered(user, "Form Co")
    assert "Record the offer's figures" in html.unescape(
        owner_client.get(application.get_absolute_url()).content.decode()
    )
    url = reverse("interviews:offer_edit", args=[application.pk])
    data = {"base_pay": "91000", "pay_period": "YEAR", "currency": "gbp", "bonus": "", "equity": "",
            "benefits": "25 days' holiday\nPension 8%"}  # fmt: skip
    response = owner_client.post(url, data)
    assert response["Location"] == application.get_absolute_url()
    terms = Offer.objects.get(application=application)
    assert (terms.base_pay, terms.currency) == (91000, "GBP")
    page = html.unescape(owner_client.get(application.get_absolute_url()).content.decode())
    assert "91,000 GBP a year" in page and "Pension 8%" in page
    owner_client.post(url, {**data, "base_pay": "95000"})
    assert Offer.objects.get(application=application).base_pay == 95000


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("currency", "E1", "A currency is three letters"),
        ("base_pay", "-5", "below zero"),
        ("base_pay", "lots", "Enter a number."),
        ("bonus", "two\nlines", "Keep this to one line"),
    ],
)
def test_a_wrong_figure_is_a_clear_error_on_the_form(owner_client, user, field, value, error):
    application = offered(user, "Error Co")
    url = reverse("interviews:offer_edit", args=[application.pk])
    response = owner_client.post(url, {"currency": "EUR", field: value})
    assert response.status_code == HTTPStatus.OK
    assert error in html.unescape(response.content.decode())
    assert not Offer.objects.exists()


def test_removing_the_figures_keeps_the_offer_update(owner_client, user):
    application = offered(user, "Gone Co", base_pay=1)
    terms = Offer.objects.get()
    response = owner_client.post(reverse("interviews:offer_delete", args=[terms.pk]))
    assert response["Location"] == application.get_absolute_url()
    assert not Offer.objects.exists()
    assert application.updates.filter(kind=UpdateKind.OFFER_WRITTEN).exists()


def test_the_csv_lists_the_live_offers_in_their_own_currencies(owner_client, user, stranger):
    offered(user, "Later Co", respond_by=DAY + dt.timedelta(9), base_pay=85000, currency="EUR")
    offered(user, "Sooner Co", respond_by=DAY, base_pay=120000, currency="USD")
    offered(stranger, "Theirs Co", base_pay=1, currency="GBP")
    response = owner_client.get(reverse("interviews:offer_export"))
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [(r["company"], r["base_pay"], r["currency"], r["answer_by"]) for r in rows] == [
        ("Sooner Co", "120000.00", "USD", "2026-11-20"),
        ("Later Co", "85000.00", "EUR", "2026-11-29"),
    ]
