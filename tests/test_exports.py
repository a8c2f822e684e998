"""Exports: the whole search as CSV, only the owner's, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import datetime as dt
import io
from http import HTTPStatus

import pytest
from django.urls import reverse

from tests.factories import ApplicationFactory, InterviewRoundFactory, StatusUpdateFactory

pytestmark = pytest.mark.django_db


def rows(response) -> list[list[str]]:
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith("attachment; filename=")
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))


def test_applications_export_has_one_row_each_and_only_mine(owner_client, user):
    ApplicationFactory(owner=user, company="Acme", role="Designer", salary="90k")
    ApplicationFactory(owner=user, company="Globex", applied_on=None)
    ApplicationFactory(company="Someone Else Inc")
    table = rows(owner_client.get(reverse("interviews:export_applications")))
    header, *body = table
    assert header[:4] == ["company", "role", "stage", "applied_on"]
    assert [(r[0], r[2]) for r in body] == [("Acme", "applied"), ("Globex", "saved")]
    assert body[0][header.index("salary")] == "90k"


def test_history_export_is_one_timeline_oldest_first(owner_client, user):
    application = ApplicationFactory(owner=user, company="Acme")
    InterviewRoundFactory(
        application=application,
        kind="onsite",
        scheduled_at=dt.datetime(2026, 11, 12, 9, tzinfo=dt.UTC),
        interviewers="Sam Lee",
    )
    StatusUpdateFactory(application=application, kind="invited", on=dt.date(2026, 11, 8))
    StatusUpdateFactory(application=application, kind="rejected", on=dt.date(2026, 11, 20))
    StatusUpdateFactory(kind="offer_written")  # someone else's
    _, *body = rows(owner_client.get(reverse("interviews:export_history")))
    assert [(r[0][:10], r[3], r[4]) for r in body] == [
        ("2026-11-08", "status update", "Invited to interview"),
        ("2026-11-12", "interview round", "Onsite interview"),
        ("2026-11-20", "status update", "Rejected"),
    ]
    assert body[1][6] == "Sam Lee"


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)"])
def test_cells_that_a_spreadsheet_would_run_are_defused(owner_client, user, text):
    ApplicationFactory(owner=user, company=text)
    _, first = rows(owner_client.get(reverse("interviews:export_applications")))
    assert first[0] == "'" + text


@pytest.mark.parametrize("count", [3, 30])
def test_exports_cost_the_same_queries_at_any_size(
    owner_client, user, count, django_assert_num_queries
):
    for _ in range(count):
        application = ApplicationFactory(owner=user)
        InterviewRoundFactory(application=application)
        StatusUpdateFactory(application=application)
    # session, user, applications (their people as subqueries)
    with django_assert_num_queries(3):
        rows(owner_client.get(reverse("interviews:export_applications")))
    with django_assert_num_queries(5):  # session, user, rounds, their participants, updates
        rows(owner_client.get(reverse("interviews:export_history")))


@pytest.mark.parametrize("name", ["export_applications", "export_history"])
def test_exports_need_a_login(client, name):
    response = client.get(reverse(f"interviews:{name}"))
    assert response.status_code == HTTPStatus.FOUND
    assert response.url.startswith(reverse("login"))
