"""An import asks before it adds a likely copy of an application the person already has
(issue #22, trial 3 finding 2: "Dell / Sr PM Storage" was added beside "Dell Technologies
/ Sr. Product Manager, Storage" without a word, with opposite advice)."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
import time_machine
from django.urls import reverse

from interviews.exchange.likely import MERGE, SKIP, Tracked, Tracking
from interviews.jobs.models import Job
from interviews.models import Application
from tests.factories import ApplicationFactory
from tests.support.imports import columns_accepted, confirm

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 12, 7, 15, 0, tzinfo=dt.UTC)
PREVIEW = reverse("interviews:import_preview")
LIKELY = reverse("interviews:import_likely")
FILE = "trial_us_own_words.csv"  # its row 5: Dell, Sr PM Storage, Jenna Walsh
DELL_ROW = "row_5"


@pytest.fixture(autouse=True)
def fixed_clock():
    with time_machine.travel(NOW, tick=False):
        yield


def tracking(*pairs: tuple[str, str]) -> Tracking:
    return Tracking(Tracked(pk, company, role) for pk, (company, role) in enumerate(pairs, 1))


@pytest.mark.parametrize(
    ("company", "role"),
    [
        ("Dell", "Sr PM Storage"),  # a word-prefix, the role abbreviated
        ("DELL TECHNOLOGIES INC.", "Senior Product Manager - Storage"),  # case, legal form
        ("Dell Technologies", "Product Manager, Storage"),  # one role's words in the other's
    ],
)
def test_the_same_company_and_a_similar_role_is_a_likely_copy(company, role):
    found = tracking(("Dell Technologies", "Sr. Product Manager, Storage")).match(company, role)
    assert found is not None and found.company == "Dell Technologies"


@pytest.mark.parametrize(
    ("company", "role"),
    [
        ("Dellwood", "Sr PM Storage"),  # a longer word is not the same name
        ("Dell", "Account Executive"),  # the same company, another job
        ("Technologies Dell", "Sr PM Storage"),  # the words must start alike
    ],
)
def test_another_company_or_another_job_is_not(company, role):
    assert (
        tracking(("Dell Technologies", "Sr. Product Manager, Storage")).match(company, role) is None
    )


def test_names_are_compared_folded():
    found = tracking(("Müller GmbH", "Backend Developer")).match("MULLER", "Backend Dev")
    assert found is not None


@pytest.fixture
def dell(user) -> Application:
    return ApplicationFactory(
        owner=user,
        company="Dell Technologies",
        role="Sr. Product Manager, Storage",
        applied_on=dt.date(2026, 10, 19),
        contact_name="",
        contact_email="",
        notes="Referred by Sam.",
    )


def test_the_preview_asks_about_the_likely_copy_and_skips_it_by_default(owner_client, dell):
    columns_accepted(owner_client, FILE)
    page = owner_client.get(PREVIEW)
    text = page.content.decode()

    assert "These look like applications you already have" in text
    form = page.context["likely_form"]
    assert list(form.fields) == [DELL_ROW]
    assert "looks like “Dell Technologies, Sr. Product Manager, Storage”" in form[DELL_ROW].label
    assert form[DELL_ROW].value() == SKIP
    assert "<strong>5</strong> applications will be added" in text
    confirm(owner_client)

    assert Application.objects.filter(company__istartswith="dell").count() == 1
    assert "1 that looked like one you already had was skipped" in Job.objects.get().report


def test_merging_fills_what_the_application_lacked_and_adds_nothing(owner_client, dell):
    columns_accepted(owner_client, FILE)
    response = owner_client.post(LIKELY, {DELL_ROW: MERGE})
    assert response.status_code == HTTPStatus.FOUND and response["Location"] == PREVIEW
    assert "merge 1" in owner_client.get(PREVIEW).content.decode()
    confirm(owner_client)

    (only,) = Application.objects.filter(company__istartswith="dell")
    assert only.pk == dell.pk
    assert only.contact_name == "Jenna Walsh"
    assert only.notes.startswith("Referred by Sam.")
    assert "From your spreadsheet (row 5, “Dell, Sr PM Storage”)" in only.notes
    assert "onsite next" in only.notes
    assert only.applied_on == dt.date(2026, 10, 19)  # its own date kept
    assert "1 merged into one you already had" in Job.objects.get().report


def test_adding_it_anyway_is_the_persons_choice(owner_client, dell):
    columns_accepted(owner_client, FILE)
    owner_client.post(LIKELY, {DELL_ROW: "add"})
    assert (
        "<strong>6</strong> applications will be added"
        in owner_client.get(PREVIEW).content.decode()
    )
    confirm(owner_client)
    assert Application.objects.filter(company__istartswith="dell").count() == 2


def test_a_choice_not_offered_is_a_clear_400(owner_client, dell):
    columns_accepted(owner_client, FILE)
    response = owner_client.post(LIKELY, {DELL_ROW: "overwrite"})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Choose skip, merge or add for row 5." in response.content.decode()


def test_without_an_import_under_way_the_choice_starts_again(owner_client):
    response = owner_client.post(LIKELY, {DELL_ROW: MERGE})
    assert response["Location"] == reverse("interviews:import_upload")


def test_only_a_post_and_only_logged_in(client, owner_client):
    assert owner_client.get(LIKELY).status_code == HTTPStatus.METHOD_NOT_ALLOWED
    client.logout()
    assert client.post(LIKELY).status_code == HTTPStatus.FOUND


def test_a_strangers_application_is_never_offered(owner_client, stranger):
    ApplicationFactory(owner=stranger, company="Dell Technologies", role="Sr PM Storage")
    columns_accepted(owner_client, FILE)
    assert "These look like" not in owner_client.get(PREVIEW).content.decode()
