"""German status words and the preview's own mapping for the words the vocabulary does not
know: a first-week trial's list (issue #22, finding 9) imported through the pages, the
unknown word mapped in the app instead of "edit your spreadsheet", bad choices refused
with nothing stored."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from interviews.models import (
    Application,
    InterviewRound,
    Outcome,
    PendingImport,
    RoundKind,
    Stage,
    StatusUpdate,
    UpdateKind,
)
from interviews.vocabulary import APPLIED, INTERVIEWED, KEEP_AS_NOTE, MEANINGS, status_meaning
from tests.factories import UserFactory
from tests.support.fuzz import FUZZ, text
from tests.support.imports import columns_accepted, confirm, rows, updates

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
D = dt.date
PREVIEW = "interviews:import_preview"
STATUSES = "interviews:import_statuses"


@pytest.fixture(autouse=True)
def fixed_clock():
    with time_machine.travel(NOW, tick=True):
        yield


@pytest.mark.parametrize(
    ("word", "meaning"),
    [
        ("Telefoninterview", INTERVIEWED),
        ("2. Runde", INTERVIEWED),
        ("1. Runde", INTERVIEWED),
        ("Zweitgespräch", INTERVIEWED),
        ("Vorstellungsgespräch", INTERVIEWED),
        ("Assessment Center", INTERVIEWED),
        ("Assessment-Center", INTERVIEWED),
        ("Warten auf Feedback", APPLIED),
        ("In Bearbeitung", APPLIED),
        ("Eingangsbestätigung", UpdateKind.ACKNOWLEDGED),
        ("Eingangsbestaetigung", UpdateKind.ACKNOWLEDGED),
        ("Angebot", UpdateKind.OFFER_VERBAL),
        ("Zusage", UpdateKind.OFFER_VERBAL),
        ("Absage", UpdateKind.REJECTED),
        ("Probearbeiten", None),
    ],
)
def test_the_shared_vocabulary_reads_the_german_statuses_of_a_first_week(word, meaning):
    assert status_meaning(word) == meaning


def test_a_german_first_week_list_imports_with_its_statuses_salaries_and_contacts(
    owner_client, user
):
    columns_accepted(owner_client, "german_first_week.csv")
    form = owner_client.get(reverse("interviews:import_columns"))  # the guesses, again
    salary = form.context["form"]["salary"].value()
    assert form.context["form"].fields["salary"].choices[int(salary) + 1][1] == "Gehaltsvorstellung"
    preview = owner_client.get(reverse(PREVIEW)).content.decode()
    assert "“Probearbeiten” (2 rows) means" in preview  # the only word not known
    confirm(owner_client)
    assert rows(user) == {
        "Celonis": (
            "Senior Product Manager – Process Mining", Stage.INTERVIEWING, D(2026, 11, 3),
            "Julia Hartmann", "julia.hartmann@celonis.example",
        ),
        "Personio": ("Senior Product Manager Payroll", Stage.APPLIED, D(2026, 11, 10), "", ""),
        "Check24": ("Lead Product Owner Reisen", Stage.REJECTED, D(2026, 10, 28), "", ""),
        "BMW Group": (
            "Senior Product Owner Connected Drive", Stage.INTERVIEWING, D(2026, 11, 17),
            "Markus Feld", "m.feld@bmw.example",
        ),
        "Zalando": (
            "Senior Product Manager (Remote)", Stage.APPLIED, D(2026, 11, 21), "Ana Costa",
            "ana.costa@zalando.example",
        ),
        "Siemens Healthineers": (
            "Principal Product Manager Digital Health", Stage.APPLIED, D(2026, 12, 1), "", "",
        ),
        "Allianz": (
            "Product Owner Kfz", Stage.OFFER, D(2026, 10, 5), "Petra Lang",
            "p.lang@allianz.example",
        ),
        "Sixt": ("Product Manager Mobility", Stage.APPLIED, D(2026, 11, 14), "",
                 "karriere@sixt.example"),
        "Infineon": (
            "Product Manager IoT", Stage.INTERVIEWING, D(2026, 10, 20), "Tim Berg",
            "tim.berg@infineon.example",
        ),
        "Flix": ("Senior PM Pricing", Stage.APPLIED, D(2026, 11, 2), "", ""),
        "Flix Tech": ("Senior PM Data", Stage.APPLIED, D(2026, 11, 4), "", ""),
    }  # fmt: skip
    # Each status dated by the day its notes write out, never the applied day.
    assert updates(user) == {
        "Check24": (UpdateKind.REJECTED, D(2026, 11, 19)),
        "Allianz": (UpdateKind.OFFER_VERBAL, D(2026, 12, 2)),
        "Sixt": (UpdateKind.ACKNOWLEDGED, D(2026, 11, 15)),
    }
    # An interview named is one held, of its kind, never dated by a note's day (issue #22:
    # read as "moving forward", it said "not an interview yet" in the Interviewing column).
    assert {
        held.application.company: (held.kind, held.outcome, held.scheduled_at)
        for held in InterviewRound.objects.select_related("application")
    } == {
        "Celonis": (RoundKind.PHONE, Outcome.DONE, None),
        "BMW Group": (RoundKind.OTHER, Outcome.DONE, None),
        "Infineon": (RoundKind.OTHER, Outcome.DONE, None),
    }
    celonis = Application.objects.get(company="Celonis")
    assert celonis.salary == "105.000 €"
    assert celonis.notes == "Recruiter-Call am 12.11., sehr nett;\nHiring Manager noch offen"
    assert Application.objects.get(company="Zalando").salary == "95.000–105.000 €"
    assert (
        "Status in the spreadsheet: Probearbeiten" in Application.objects.get(company="Flix").notes
    )


def test_an_unknown_status_is_mapped_on_the_preview_and_the_rows_read_that_way(owner_client, user):
    columns_accepted(owner_client, "german_first_week.csv")
    page = owner_client.get(reverse(PREVIEW))
    form = page.context["words_form"]
    assert [form[name].label for name in form.fields] == ["“Probearbeiten” (2 rows) means"]
    assert form["status_0"].value() == KEEP_AS_NOTE

    response = owner_client.post(reverse(STATUSES), {"status_0": INTERVIEWED})
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse(PREVIEW)
    assert not Application.objects.exists()  # nothing saved before the import
    again = owner_client.get(reverse(PREVIEW))
    assert again.context["words_form"]["status_0"].value() == INTERVIEWED
    flix = next(row for row in again.context["plan"].ready if row.fields["company"] == "Flix")
    assert (flix.undated_round_label, flix.update) == ("Other interview", None)
    assert "is not one we know" not in again.content.decode()

    confirm(owner_client)
    assert rows(user)["Flix"][1] == Stage.INTERVIEWING
    assert rows(user)["Flix Tech"][1] == Stage.INTERVIEWING
    assert "Flix" not in updates(user)
    assert InterviewRound.objects.get(application__company="Flix").scheduled_at is None
    # The file said "Probearbeiten": the word stays in the notes as written.
    assert (
        "Status in the spreadsheet: Probearbeiten"
        in Application.objects.get(company="Flix Tech").notes
    )


def test_every_meaning_offered_can_be_chosen(owner_client):
    columns_accepted(owner_client, "german_first_week.csv")
    for meaning in MEANINGS:
        response = owner_client.post(reverse(STATUSES), {"status_0": meaning})
        assert response.status_code == HTTPStatus.FOUND, meaning
    assert not Application.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"status_0": "hired!"},
        {"status_0": ""},
        {},
        {"status_0": "rejected\x00"},
        {"status_0": "background_check"},  # an update kind, but not one the select offers
    ],
)
def test_a_meaning_not_offered_is_refused_with_a_clear_error_and_nothing_stored(owner_client, data):
    columns_accepted(owner_client, "german_first_week.csv")
    before = PendingImport.objects.get().columns
    response = owner_client.post(reverse(STATUSES), data)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    page = response.content.decode()
    assert "“Probearbeiten”" in page and (
        "Choose one of the meanings" in page or "Choose what" in page
    )
    assert PendingImport.objects.get().columns == before
    assert not Application.objects.exists() and not StatusUpdate.objects.exists()


@FUZZ
@given(value=text, field=st.sampled_from(["status_0", "status_1", "word"]))
def test_the_mapping_survives_any_input(user, value, field):
    client = Client()
    client.force_login(user)
    columns_accepted(client, "german_first_week.csv")
    response = client.post(reverse(STATUSES), {field: value})
    assert response.status_code in {HTTPStatus.FOUND, HTTPStatus.BAD_REQUEST}
    assert not Application.objects.exists()


def test_the_mapping_needs_a_spreadsheet_waiting_and_only_takes_a_post(owner_client):
    response = owner_client.post(reverse(STATUSES), {"status_0": APPLIED})
    assert response["Location"] == reverse("interviews:import_upload")
    assert owner_client.get(reverse(STATUSES)).status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_a_stranger_cannot_map_someone_elses_spreadsheet(owner_client):
    columns_accepted(owner_client, "german_first_week.csv")
    pending = PendingImport.objects.get()
    before = pending.columns
    stranger = Client()
    stranger.force_login(UserFactory(username="someone"))
    session = stranger.session
    session["import_pending"] = pending.pk  # the owner's id, planted in their own session
    session.save()
    response = stranger.post(reverse(STATUSES), {"status_0": UpdateKind.REJECTED})
    assert response["Location"] == reverse("interviews:import_upload")
    assert PendingImport.objects.get().columns == before
