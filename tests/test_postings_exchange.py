"""Saved postings in the backup (restored with their application, their description
cleaned again), and in a CSV of their own."""

from __future__ import annotations

import csv
import io
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from django.urls import reverse

from interviews.exchange.backup import backup_document
from interviews.exchange.restore import RestoreError, restore
from interviews.postings.models import Offer, Posting
from interviews.postings.reading import read
from interviews.postings.services import posting_from_reading
from interviews.profiles import profile_of
from interviews.services import profile_save
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _placed(user):
    # A backup carries the profile, and a profile is restored only with its country.
    profile = profile_of(user)
    profile.country, profile.time_zone = "GB", "Europe/London"
    profile_save(profile)


PAGES = Path(__file__).parent / "data" / "postings"


def saved(owner, name: str, application=None) -> Posting:
    page = (PAGES / f"{name}.html").read_text()
    reading = read(page, f"https://jobs.example.com/{name}")
    return posting_from_reading(owner=owner, reading=reading, application=application)


def test_a_posting_travels_with_its_application_through_backup_and_restore(user, application):
    saved(user, "lever", application)
    saved(user, "ashby")
    document = backup_document(user)
    assert {p["title"] for p in document["postings"]} == {
        "Senior Android Developer",
        "Staff Data Engineer",
    }
    assert "id" not in document["postings"][0] and "owner" not in document["postings"][0]
    newcomer = UserFactory()
    restore(newcomer, document)
    restored = Posting.objects.filter(owner=newcomer).select_related("application")
    lever = restored.get(title="Senior Android Developer")
    assert lever.application.uid == application.uid and lever.application.owner == newcomer
    assert (lever.salary_min, lever.salary_currency) == (Decimal("135000"), "CAD")
    assert restored.get(title="Staff Data Engineer").application is None
    restore(newcomer, document)
    assert restored.count() == 2  # restoring twice adds nothing


def test_a_description_restored_from_a_file_is_cleaned_again(user):
    saved(user, "greenhouse")
    document = backup_document(user)
    document["postings"][0]["description"] = '<p onclick="x()">Hi</p><script>steal()</script>'
    newcomer = UserFactory()
    restore(newcomer, document)
    assert Posting.objects.get(owner=newcomer).description == "<p>Hi</p>"


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("salary_currency", "euro", "salary_currency"),
        ("salary_min", "lots", "salary_min"),
        ("posted_on", "2026-02-30", "posted_on"),
        ("title", "two\nlines", "title"),
    ],
)
def test_a_posting_the_model_would_refuse_is_refused_in_a_file(user, field, value, words):
    saved(user, "lever")
    document = backup_document(user)
    document["postings"][0][field] = value
    with pytest.raises(RestoreError, match=words):
        restore(UserFactory(), document)


def test_the_csv_lists_the_owners_postings_with_the_description_as_text(
    owner_client, user, stranger
):
    saved(user, "lever")
    saved(stranger, "ashby")
    response = owner_client.get(reverse("interviews:posting_export"))
    assert response["Content-Disposition"].startswith('attachment; filename="postings-')
    body = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    assert [row["company"] for row in rows] == ["Quarry Mobile"]
    row = rows[0]
    assert (row["salary_min"], row["salary_max"], row["salary_currency"]) == (
        "135000.00",
        "160000.00",
        "CAD",
    )
    assert row["description"].startswith("About Quarry")
    assert "<" not in row["description"]
    assert row["application"] == ""


def test_an_offers_figures_travel_with_its_application(user, application):
    Offer.objects.create(application=application, base_pay=Decimal("70000"), currency="CHF")
    document = backup_document(user)
    assert [o["currency"] for o in document["offers"]] == ["CHF"]
    newcomer = UserFactory()
    restore(newcomer, document)
    restored = Offer.objects.get(application__owner=newcomer)
    assert (restored.base_pay, restored.application.uid) == (Decimal("70000"), application.uid)
    document["offers"][0]["currency"] = "swiss francs"
    with pytest.raises(RestoreError, match="currency"):
        restore(UserFactory(), document)


def test_a_posting_at_an_address_already_saved_is_kept_as_here_not_doubled(user):
    saved(user, "ashby")
    document = backup_document(user)
    newcomer = UserFactory()
    mine = saved(newcomer, "ashby")  # the same page saved again: another uid, same address
    report = restore(newcomer, document)
    assert list(Posting.objects.filter(owner=newcomer)) == [mine]
    assert "1 posting matched what you have already" in str(report)
    assert "was kept as here" in str(report)


def test_a_posting_for_an_application_that_has_its_posting_keeps_the_one_here(user, application):
    saved(user, "lever", application)
    document = backup_document(user)
    newer = saved(user, "greenhouse", application)  # replaces it: the file's uid is gone here
    report = restore(user, document)  # before: the one-to-one clashed and nothing restored
    assert Posting.objects.get(application=application) == newer
    assert Posting.objects.filter(owner=user).count() == 1
    assert "1 posting matched what you have already" in str(report)


def test_restoring_such_a_backup_through_the_page_reports_it(owner_client, user, tasks_at_once):
    import json

    from django.core.files.base import ContentFile

    from interviews.jobs.models import Job

    saved(user, "ashby")
    document = backup_document(user)
    Posting.objects.filter(owner=user).update(uid=uuid.uuid4())  # the same page, saved again
    upload = ContentFile(json.dumps(document).encode(), name="backup.json")
    answer = owner_client.post(reverse("interviews:backup_restore"), {"backup": upload})
    assert answer.status_code == 302
    assert Posting.objects.filter(owner=user).count() == 1
    assert "1 posting matched what you have already" in Job.objects.get(owner=user).report
