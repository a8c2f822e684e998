"""Rounds whose date was never recorded: an export that names a stage reached ("2nd
interview", "Onsite") without a date becomes an interview held, its date not recorded,
never a date made up for it. It counts for the stage; it is never in the calendar, never
due or overdue, and the advice dates nothing from it but the day it was recorded."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from interviews.guidance import advise
from interviews.models import (
    Application,
    CalendarFeed,
    InterviewRound,
    Outcome,
    RoundKind,
    Stage,
    UpdateKind,
)
from tests.factories import ApplicationFactory, InterviewRoundFactory, StatusUpdateFactory
from tests.support.imports import rows

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
TODAY = dt.date(2026, 12, 7)
D = dt.date

FILE = (
    b"Company,Role,Date applied,Status,Contact\n"
    b"Fabrikam,Design Lead,2026-10-05,2nd interview,Ana Lima\n"
    b"Contoso,Platform Engineer,2026-10-12,Onsite,\n"
    b"Globex,Data Analyst,2026-10-20,Phone Screen,\n"
)


@pytest.fixture(autouse=True)
def fixed_clock():
    with time_machine.travel(NOW, tick=False):
        yield


def imported(client) -> str:
    file = SimpleUploadedFile("rounds.csv", FILE, content_type="text/csv")
    client.post(reverse("interviews:import_upload"), {"spreadsheet": file})
    form = client.get(reverse("interviews:import_columns")).context["form"]
    client.post(
        reverse("interviews:import_columns"), {f: form[f].value() or "" for f in form.fields}
    )
    preview = client.get(reverse("interviews:import_preview")).content.decode()
    client.post(reverse("interviews:import_preview"))
    return preview


def test_a_stage_named_without_a_date_becomes_a_round_held_with_no_date(owner_client, user):
    preview = imported(owner_client)
    assert "Other interview, date not recorded" in preview
    assert "Onsite interview, date not recorded" in preview
    assert rows(user) == {
        "Fabrikam": ("Design Lead", Stage.INTERVIEWING, dt.date(2026, 10, 5), "Ana Lima", ""),
        "Contoso": ("Platform Engineer", Stage.INTERVIEWING, dt.date(2026, 10, 12), "", ""),
        "Globex": ("Data Analyst", Stage.SCREENING, dt.date(2026, 10, 20), "", ""),
    }
    held = {
        r.application.company: (r.kind, r.scheduled_at, r.outcome)
        for r in InterviewRound.objects.select_related("application")
    }
    assert held == {
        "Fabrikam": (RoundKind.OTHER, None, Outcome.DONE),
        "Contoso": (RoundKind.ONSITE, None, Outcome.DONE),
        "Globex": (RoundKind.PHONE_SCREEN, None, Outcome.DONE),
    }
    # No status update dated the day of the import stands in for the interview.
    assert not Application.objects.filter(updates__isnull=False).exists()


def test_the_advice_dates_nothing_from_a_made_up_interview_day(owner_client, user):
    imported(owner_client)
    fabrikam = Application.objects.with_records().get(company="Fabrikam")
    advice = advise(fabrikam, today=TODAY)
    assert advice.stage == Stage.INTERVIEWING
    assert advice.headline == "In the interviews: the date is not recorded"
    # The wait runs from the day it was recorded, not from the applied day (5 Oct, which
    # would read as weeks overdue) nor from an interview day nobody wrote down.
    assert advice.waiting_since == TODAY
    assert advice.waiting_state != "overdue" and advice.thank_you is None
    assert advice.last_round is None and advice.next_round is None
    assert all(step.due is None or step.due >= TODAY for step in advice.next_steps)
    assert any("add its date and time" in step.text for step in advice.next_steps)
    later = advise(fabrikam, today=dt.date(2026, 12, 28))
    assert later.follow_up_on is not None and later.follow_up_on > TODAY


def test_a_dated_record_says_more_than_an_undated_round(user):
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 10, 5))
    InterviewRoundFactory(application=application, scheduled_at=None, kind=RoundKind.ONSITE)
    application.refresh_from_db()
    assert application.stage == Stage.INTERVIEWING
    # An acknowledgement dated later says "applied": it never moves the interviews back.
    StatusUpdateFactory(application=application, kind=UpdateKind.ACKNOWLEDGED, on=D(2026, 11, 2))
    application.refresh_from_db()
    assert application.stage == Stage.INTERVIEWING
    StatusUpdateFactory(application=application, kind=UpdateKind.REJECTED, on=D(2026, 11, 20))
    application.refresh_from_db()
    assert application.stage == Stage.REJECTED


def test_the_application_page_says_date_not_recorded_and_offers_no_calendar(owner_client, user):
    imported(owner_client)
    contoso = Application.objects.get(company="Contoso")
    (held,) = contoso.rounds.all()
    page = owner_client.get(contoso.get_absolute_url())
    assert page.status_code == HTTPStatus.OK
    text = page.content.decode()
    assert "date not recorded" in text and "Add its date" in text
    assert reverse("interviews:round_ics", args=[held.pk]) not in text
    assert owner_client.get(reverse("interviews:round_ics", args=[held.pk])).status_code == 404


def test_an_undated_round_is_never_in_the_calendar_feed(owner_client, user):
    imported(owner_client)
    feed = CalendarFeed.objects.create(owner=user)
    response = owner_client.get(reverse("interviews:calendar_feed", args=[feed.token]))
    assert response.status_code == HTTPStatus.OK
    body = response.content.decode()
    for held in InterviewRound.objects.all():
        assert str(held.uid) not in body
    assert "UID:round-" not in body  # no round at all: each of them is undated


def test_pages_that_read_rounds_take_an_undated_one(owner_client, user):
    imported(owner_client)
    for name in ("board", "waiting", "application_list", "insights", "worklog"):
        assert owner_client.get(reverse(f"interviews:{name}")).status_code == HTTPStatus.OK, name
    history = b"".join(owner_client.get(reverse("interviews:export_history")).streaming_content)
    first = history.decode().splitlines()[1]  # undated: no date, first in the history
    assert first.startswith(",Fabrikam,Design Lead,interview round,Other interview,")


def test_the_round_form_asks_for_the_date_the_import_did_not_have(owner_client, user):
    imported(owner_client)
    (held,) = InterviewRound.objects.filter(application__company="Fabrikam")
    response = owner_client.post(
        reverse("interviews:round_edit", args=[held.pk]),
        {"kind": "other", "scheduled_at": "", "duration_minutes": "60", "outcome": "done"},
    )
    assert "This field is required" in response.content.decode()
    held.refresh_from_db()
    assert held.scheduled_at is None


def test_a_backup_restored_elsewhere_keeps_the_round_undated(owner_client, user, stranger):
    import json

    from interviews import services
    from interviews.exchange.backup import backup_document
    from interviews.exchange.restore import restore

    imported(owner_client)
    user.profile.country = "US"  # a backup carries the settings, and a country is required
    services.profile_save(user.profile)
    document = json.loads(json.dumps(backup_document(user), default=str))  # as a file holds it
    restore(stranger, document)
    copies = InterviewRound.objects.filter(application__owner=stranger)
    assert {(r.application.company, r.scheduled_at) for r in copies} == {
        ("Fabrikam", None),
        ("Contoso", None),
        ("Globex", None),
    }
    assert {a.company: a.stage for a in Application.objects.for_user(stranger)} == {
        "Fabrikam": Stage.INTERVIEWING,
        "Contoso": Stage.INTERVIEWING,
        "Globex": Stage.SCREENING,
    }


@pytest.mark.parametrize(
    ("outcome", "stage", "headline"),
    [
        (Outcome.ADVANCED, Stage.INTERVIEWING, "In the interviews: the date is not recorded"),
        (Outcome.NOT_SELECTED, Stage.REJECTED, None),
        (Outcome.CANCELLED, Stage.APPLIED, None),
    ],
)
def test_an_undated_round_settled_in_one_click(owner_client, user, outcome, stage, headline):
    imported(owner_client)
    (held,) = InterviewRound.objects.filter(application__company="Fabrikam")
    response = owner_client.post(
        reverse("interviews:round_outcome", args=[held.pk]), {"outcome": outcome}
    )
    assert response.status_code == HTTPStatus.FOUND
    fabrikam = Application.objects.with_records().get(company="Fabrikam")
    assert fabrikam.stage == stage
    advice = advise(fabrikam, today=TODAY)
    if headline:
        assert advice.headline == headline
    else:
        assert "date is not recorded" not in advice.headline
    assert owner_client.get(fabrikam.get_absolute_url()).status_code == HTTPStatus.OK
