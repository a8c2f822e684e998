"""Saved postings through the API: the same reading, the same protections and the same
isolation as the pages."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus
from pathlib import Path

import pytest
from django.test import Client

from interviews.api.tokens import token_create
from interviews.postings.models import Posting
from tests.factories import ApplicationFactory
from tests.support.offers import DAY, offered

pytestmark = pytest.mark.django_db

PAGES = Path(__file__).parent / "data" / "postings"


@pytest.fixture
def api(user) -> Client:
    _, secret = token_create(owner=user, name="script")
    return Client(headers={"Authorization": f"Bearer {secret}"})


def post(client: Client, body: dict, **headers):
    return client.post("/api/postings", body, content_type="application/json", headers=headers)


def test_a_page_sent_is_saved_and_read_back(api, user, application):
    page = (PAGES / "linkedin.html").read_text()
    response = post(
        api, {"page": page, "address": "https://x.example/j", "application": application.pk}
    )
    assert response.status_code == HTTPStatus.CREATED
    body = response.json()
    assert (body["title"], body["company"], body["salary_currency"]) == (
        "Barista Trainer",
        "Harbour & Pine",
        "USD",
    )
    assert (body["salary_min"], body["salary_max"], body["salary_period"]) == (
        "24.50",
        "31.00",
        "HOUR",
    )
    assert body["application"] == application.pk
    assert body["posted_on"] == "2026-11-28"
    assert "<img" not in body["description"]
    assert api.get(f"/api/postings/{body['id']}").json() == body
    assert [p["id"] for p in api.get("/api/postings").json()["items"]] == [body["id"]]


def test_a_retry_with_the_same_key_saves_one_posting(api, user):
    body = {"page": "<title>Welder</title>", "address": ""}
    first = post(api, body, **{"Idempotency-Key": "k1"})
    again = post(api, body, **{"Idempotency-Key": "k1"})
    assert first.json()["id"] == again.json()["id"]
    assert again["Idempotent-Replayed"] == "true"
    assert Posting.objects.count() == 1


def test_nothing_sent_and_a_private_address_are_422_with_the_reason(api):
    empty = post(api, {"page": " ", "address": ""})
    assert empty.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert "Paste the job's web address" in empty.content.decode()
    inside = post(api, {"address": "http://127.0.0.1:9/job"})
    assert inside.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert "inside a private network" in inside.content.decode()
    assert not Posting.objects.exists()


def test_another_persons_application_is_a_404(api, stranger):
    theirs = ApplicationFactory(owner=stranger)
    response = post(api, {"page": "<title>Welder</title>", "application": theirs.pk})
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert not Posting.objects.exists()


def test_deleting_keeps_the_application(api, user, application):
    post(api, {"page": "<title>Welder</title>", "application": application.pk})
    posting = Posting.objects.get()
    assert api.delete(f"/api/postings/{posting.pk}").status_code == HTTPStatus.NO_CONTENT
    assert not Posting.objects.exists()
    assert api.get(f"/api/applications/{application.pk}").status_code == HTTPStatus.OK


def test_offers_side_by_side_and_an_offers_figures(api, user):
    sooner = offered(user, "Sooner Co", respond_by=DAY)
    offered(user, "Later Co", respond_by=DAY + dt.timedelta(days=4), base_pay=9, currency="JPY")
    url = f"/api/applications/{sooner.pk}/offer"
    assert api.get(url).status_code == HTTPStatus.NOT_FOUND
    put = api.put(url, {"base_pay": "85000", "currency": "EUR", "pay_period": "YEAR"},
                  content_type="application/json")  # fmt: skip
    assert put.status_code == HTTPStatus.OK
    assert (put.json()["base_pay"], put.json()["currency"]) == ("85000.00", "EUR")
    listed = api.get("/api/offers").json()
    assert [(o["company"], o["answer_by"]) for o in listed] == [
        ("Sooner Co", "2026-11-20"),
        ("Later Co", "2026-11-24"),
    ]
    assert [o["terms"]["currency"] for o in listed] == ["EUR", "JPY"]
    bad = api.put(url, {"currency": "euro"}, content_type="application/json")
    assert bad.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert api.delete(url).status_code == HTTPStatus.NO_CONTENT
    assert api.get(url).status_code == HTTPStatus.NOT_FOUND
