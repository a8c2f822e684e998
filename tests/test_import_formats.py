"""The export formats job seekers arrive with, imported through the pages: the formats we
know by their headers go straight to the preview; the others through the columns step
with the guessed columns unchanged. Every stage, date and contact is asserted. The
fixtures in tests/data/imports/ are built from each format's published or observed
headers (see interviews/exchange/presets.py and docs/importing.md)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from interviews.guidance import advise
from interviews.models import (
    Application,
    InterviewRound,
    Outcome,
    RoundKind,
    Stage,
    StatusUpdate,
    UpdateKind,
)
from interviews.vocabulary import APPLIED, INTERVIEWED, SAVED, status_meaning
from tests.support.imports import confirm, import_guessed, import_recognised, rows, updates

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def fixed_clock():
    with time_machine.travel(NOW, tick=True):
        yield


D = dt.date


def test_linkedin_job_applications_read_month_first_without_the_applicants_own_address(
    owner_client, user
):
    preview = import_recognised(owner_client, "linkedin_job_applications.csv")
    assert "Recognised as LinkedIn’s job applications" in preview
    assert rows(user) == {
        "Northwind Traders": ("Data Analyst", Stage.APPLIED, D(2026, 11, 3), "", ""),
        "Contoso": ("Backend Engineer", Stage.APPLIED, D(2026, 11, 10), "", ""),
        "Fabrikam": ("Platform Engineer", Stage.APPLIED, D(2026, 10, 1), "", ""),
        "Tailspin Toys, Inc.": ("Site Reliability Engineer", Stage.APPLIED, D(2026, 9, 2), "", ""),
        "Wide World Importers": ("Analytics Engineer", Stage.APPLIED, D(2026, 11, 5), "", ""),
    }
    contoso = Application.objects.get(company="Contoso")
    assert contoso.job_url == "http://www.linkedin.com/jobs/view/4100000002"
    assert "years of Python experience do you have?:5" in contoso.notes


def test_linkedin_saved_jobs_stay_saved(owner_client, user):
    preview = import_recognised(owner_client, "linkedin_saved_jobs.csv")
    assert "Recognised as LinkedIn’s saved jobs" in preview
    assert rows(user) == {
        "Adventure Works": ("Staff Data Engineer", Stage.SAVED, None, "", ""),
        "Litware": ("Machine Learning Engineer", Stage.SAVED, None, "", ""),
        "Proseware": ("Analytics Lead", Stage.SAVED, None, "", ""),
    }
    assert not StatusUpdate.objects.exists()


def test_jobsync_reads_its_placeholders_as_empty_and_its_status_words(owner_client, user):
    preview = import_recognised(owner_client, "jobsync_jobs.csv")
    assert "Recognised as JobSync" in preview and "problems" not in preview
    assert rows(user) == {
        "Northwind Traders": ("Frontend Developer", Stage.APPLIED, D(2026, 10, 21), "", ""),
        "Contoso": ("Full Stack Developer", Stage.INTERVIEWING, D(2026, 10, 23), "", ""),
        "Fabrikam": ("React Developer", Stage.REJECTED, D(2026, 10, 2), "", ""),
        "Adventure Works": ("Software Engineer", Stage.OFFER, D(2026, 9, 16), "", ""),
        "Litware": ("Backend Developer", Stage.SAVED, None, "", ""),
        "Proseware": ("Platform Engineer", Stage.ACCEPTED, D(2026, 8, 12), "", ""),
    }
    assert Application.objects.get(company="Contoso").location == ""  # "N/A"
    assert Application.objects.get(company="Litware").location == ""  # "-"
    assert Application.objects.get(company="Adventure Works").location == "München"


def test_simplify_statuses_are_dated_by_their_status_date(owner_client, user):
    import_recognised(owner_client, "simplify_jobs.csv")
    assert {company: stage for company, (_, stage, *_) in rows(user).items()} == {
        "Northwind Traders": Stage.APPLIED,
        # "SCREEN": a screen held, so the Screening column (issue #22: never Interviewing
        # with advice saying "not an interview yet").
        "Contoso": Stage.SCREENING,
        "Fabrikam": Stage.REJECTED,
        "Adventure Works": Stage.OFFER,
        "Tailspin Toys": Stage.WITHDRAWN,
        "Litware": Stage.SAVED,
    }
    contoso = InterviewRound.objects.get(application__company="Contoso")
    assert (contoso.kind, contoso.outcome, contoso.scheduled_at) == (
        RoundKind.PHONE_SCREEN,
        Outcome.DONE,
        None,  # the status date says when the list moved, not when they met
    )
    assert updates(user) == {
        "Fabrikam": (UpdateKind.REJECTED, D(2026, 10, 5)),
        "Adventure Works": (UpdateKind.OFFER_VERBAL, D(2026, 10, 30)),
        "Tailspin Toys": (UpdateKind.WITHDREW, D(2026, 9, 25)),
    }
    assert Application.objects.get(company="Contoso").applied_on == D(2026, 10, 2)


def test_careeronestop_has_no_role_column_and_keeps_its_contacts(owner_client, user):
    preview = import_recognised(owner_client, "careeronestop_tracker.csv")
    assert "CareerOneStop" in preview and "did not recognise" not in preview
    role = "(role not given)"
    assert rows(user) == {
        "Riverside Medical Center": (
            role, Stage.REJECTED, D(2026, 10, 6), "Pat Kim", "pkim@riverside-medical.example"
        ),
        "County Public Library": (
            role, Stage.INTERVIEWING, D(2026, 10, 15), "Jordan Ellis",
            "jellis@countylibrary.example",
        ),
        "Lakeside Logistics": (role, Stage.APPLIED, D(2026, 11, 4), "", ""),
        "Hillcrest School District": (
            role, Stage.OFFER, D(2026, 9, 28), "Morgan Diaz", "mdiaz@hillcrest.example"
        ),
    }  # fmt: skip
    library = Application.objects.get(company="County Public Library")
    assert "Interview (from your spreadsheet): 11/2/2026" in library.notes
    assert "Resume, references" in library.notes


def test_imported_history_reads_as_history_not_as_things_owed(owner_client, user):
    """An "Interviewing" row from October is not an invitation to answer in December."""
    import_recognised(owner_client, "simplify_jobs.csv")
    contoso = Application.objects.get(company="Contoso")
    advice = advise(contoso, today=D(2026, 12, 7))
    assert advice.stage == Stage.SCREENING  # its "SCREEN": a screen held, undated
    assert not advice.headline.startswith("Invited")
    # A screen held on a day the file never gave: the wait runs from the day it was
    # entered, so nothing is "overdue" or "gone quiet" the moment it is imported, and the
    # advice asks for the date rather than timing a thank-you from a made-up one.
    assert advice.waiting_state == "on_track"
    assert "date is not recorded" in advice.headline


def test_a_german_list_in_windows_1252_with_semicolons(owner_client, user):
    preview = import_guessed(owner_client, "german_list_cp1252.csv")
    assert "is not one we know" not in preview and "problems" not in preview
    assert rows(user) == {
        "Müller & Söhne GmbH": (
            "Softwareentwickler (m/w/d)", Stage.APPLIED, D(2026, 11, 2), "Frau Schäfer",
            "bewerbung@mueller-soehne.example",
        ),
        "Bäckerei Größ": ("Verkäufer", Stage.REJECTED, D(2026, 10, 15), "Herr Groß", ""),
        "Stadtwerke Düsseldorf": (
            "IT-Administrator", Stage.INTERVIEWING, D(2026, 10, 20), "Frau Öztürk",
            "karriere@stadtwerke.example",
        ),
        "Überseeclub e.V.": ("Projektleitung", Stage.OFFER, D(2026, 9, 1), "Herr Weiß", ""),
        "Fährhaus AG": ("Buchhalter", Stage.WITHDRAWN, D(2026, 10, 12), "", ""),
        "Café Müßiggang": ("Servicekraft", Stage.APPLIED, D(2026, 10, 30), "", ""),
    }  # fmt: skip
    # Undated in the file: the row's own date (the day applied), never the import day.
    assert updates(user)["Müller & Söhne GmbH"] == (UpdateKind.ACKNOWLEDGED, D(2026, 11, 2))
    assert Application.objects.get(company="Fährhaus AG").location == "Kiel"


def test_the_preview_lists_the_status_words_it_did_not_know_with_their_rows(owner_client):
    raw = (
        b"Company,Role,Date applied,Status\n"
        b"Acme,Engineer,2026-11-02,Archived\n"
        b"Globex,Analyst,2026-11-03,archived\n"
        b"Initech,Tester,2026-11-04,Waiting on referral\n"
        b"Hooli,Designer,2026-11-05,Absage\n"
    )
    file = SimpleUploadedFile("odd.csv", raw, content_type="text/csv")
    owner_client.post(reverse("interviews:import_upload"), {"spreadsheet": file})
    form = owner_client.get(reverse("interviews:import_columns")).context["form"]
    owner_client.post(
        reverse("interviews:import_columns"), {f: form[f].value() or "" for f in form.fields}
    )
    response = owner_client.get(reverse("interviews:import_preview"))
    assert response.context["plan"].unknown_statuses == [
        ("Archived", 2),
        ("Waiting on referral", 1),
    ]
    page = response.content.decode()
    assert "Status words we did not recognise" in page
    assert "“Archived” (2 rows)" in page and "“Waiting on referral” (1 row)" in page
    assert "Absage" not in page  # German for a rejection: known


def test_a_contact_address_that_is_the_persons_own_is_not_the_employers(owner_client, user):
    user.email = "alex.seeker@example.com"
    user.save()
    raw = (
        b"Company,Role,Date applied,Contact e-mail\n"
        b"Acme,Engineer,2026-11-02,Alex.Seeker@example.com\n"
        b"Globex,Analyst,2026-11-03,hr@globex.example\n"
    )
    file = SimpleUploadedFile("mine.csv", raw, content_type="text/csv")
    owner_client.post(reverse("interviews:import_upload"), {"spreadsheet": file})
    form = owner_client.get(reverse("interviews:import_columns")).context["form"]
    owner_client.post(
        reverse("interviews:import_columns"), {f: form[f].value() or "" for f in form.fields}
    )
    confirm(owner_client)
    assert {app.company: app.contact_email for app in Application.objects.all()} == {
        "Acme": "",
        "Globex": "hr@globex.example",
    }


def test_day_or_month_first_is_decided_by_every_date_cell_with_a_time_too(owner_client, user):
    raw = (
        b"Company,Role,Applied,Status,Last update\n"
        b'Acme,Engineer,"11/3/26, 4:11 PM",Rejected,"11/25/26, 9:00 AM"\n'
    )
    file = SimpleUploadedFile("us.csv", raw, content_type="text/csv")
    owner_client.post(reverse("interviews:import_upload"), {"spreadsheet": file})
    form = owner_client.get(reverse("interviews:import_columns")).context["form"]
    assert form["date_order"].value() == "month_first"


@pytest.mark.parametrize(
    ("word", "meaning"),
    [
        ("Absage", UpdateKind.REJECTED),
        ("Zusage", UpdateKind.OFFER_VERBAL),
        ("Vorstellungsgespräch", INTERVIEWED),
        ("Vorstellungsgespraech", INTERVIEWED),  # typed without umlauts
        ("Eingangsbestätigung", UpdateKind.ACKNOWLEDGED),
        ("Negotiating", UpdateKind.COUNTER_OFFER),
        ("I Withdrew", UpdateKind.WITHDREW),
        ("Not Selected", UpdateKind.REJECTED),
        ("No Response", APPLIED),
        ("rescinded", UpdateKind.OFFER_RESCINDED),
        ("Offer rescinded", UpdateKind.OFFER_RESCINDED),
        ("screening", INTERVIEWED),
        ("Bookmarked", SAVED),
        ("Archived", None),
    ],
)
def test_the_shared_vocabulary_reads_english_and_german_status_words(word, meaning):
    assert status_meaning(word) == meaning


def test_our_own_export_imports_back_into_an_empty_account_with_its_stages_and_dates(
    client, user, stranger
):
    from tests.factories import ApplicationFactory, StatusUpdateFactory

    ApplicationFactory(owner=user, company="Saved Co", applied_on=None)
    ApplicationFactory(owner=user, company="Applied Co", applied_on=D(2026, 10, 1))
    for company, kind in [
        ("Interviewing Co", UpdateKind.INVITED),
        ("Offer Co", UpdateKind.OFFER_WRITTEN),
        ("Rejected Co", UpdateKind.REJECTED),
        ("Withdrawn Co", UpdateKind.WITHDREW),
        ("Accepted Co", UpdateKind.ACCEPTED),
        ("Declined Co", UpdateKind.DECLINED),
        ("Rescinded Co", UpdateKind.OFFER_RESCINDED),
    ]:
        application = ApplicationFactory(owner=user, company=company, applied_on=D(2026, 10, 5))
        StatusUpdateFactory(application=application, kind=kind, on=D(2026, 11, 12))
    client.force_login(user)
    before = {app.company: (app.stage, app.applied_on) for app in Application.objects.all()}
    exported = b"".join(client.get(reverse("interviews:export_applications")).streaming_content)

    client.force_login(stranger)
    file = SimpleUploadedFile("applications-2026-12-01.csv", exported, content_type="text/csv")
    response = client.post(reverse("interviews:import_upload"), {"spreadsheet": file})
    assert response["Location"] == reverse("interviews:import_preview")  # recognised
    confirm(client)
    after = {
        app.company: (app.stage, app.applied_on) for app in Application.objects.for_user(stranger)
    }
    assert after == before
    assert len(after) == 9 and Stage.RESCINDED in {stage for stage, _ in after.values()}
    assert {update.on for update in StatusUpdate.objects.filter(application__owner=stranger)} == {
        D(2026, 11, 12)
    }
    assert Application.objects.for_user(stranger).get(company="Applied Co").contact_email == (
        "dana@example.com"
    )


@pytest.mark.parametrize(
    ("text", "day", "time"),
    [
        ("11/3/26, 4:11 PM", D(2026, 11, 3), dt.time(16, 11)),
        ("November 3, 2026 10:00 AM", D(2026, 11, 3), dt.time(10, 0)),
        ("November 3, 2026 12:30 AM → November 3, 2026 1:30 AM", D(2026, 11, 3), dt.time(0, 30)),
        ("October 1, 2026 → October 2, 2026", D(2026, 10, 1), None),
        ("03.11.2026 um 14:30 Uhr", D(2026, 11, 3), dt.time(14, 30)),
        ("2026-11-03T09:15:00", D(2026, 11, 3), dt.time(9, 15)),
        ("3 Nov 2026", D(2026, 11, 3), None),
        ("N/A", None, None),
        ("—", None, None),
    ],
)
def test_date_cells_with_times_and_ranges(text, day, time):
    from interviews.exchange.values import DAY_FIRST, MONTH_FIRST, read_date, read_time

    order = MONTH_FIRST if "/" in text else DAY_FIRST
    assert (read_date(text, order), read_time(text)) == (day, time)


def test_a_german_users_export_opens_in_excel_columns_and_still_imports_back(
    client, user, stranger
):
    from interviews import services
    from tests.factories import ApplicationFactory

    user.profile.country = "DE"
    services.profile_save(user.profile)
    ApplicationFactory(owner=user, company="Müller & Söhne", applied_on=D(2026, 10, 5))
    client.force_login(user)
    exported = b"".join(client.get(reverse("interviews:export_applications")).streaming_content)
    text = exported.decode("utf-8")
    assert text.startswith("\ufeffcompany;role;stage;applied_on;")
    assert "Müller & Söhne;Software Engineer;applied;2026-10-05;" in text

    client.force_login(stranger)
    file = SimpleUploadedFile("applications.csv", exported, content_type="text/csv")
    assert client.post(reverse("interviews:import_upload"), {"spreadsheet": file})[
        "Location"
    ] == reverse("interviews:import_preview")
    confirm(client)
    (copy,) = Application.objects.for_user(stranger)
    assert (copy.company, copy.stage, copy.applied_on) == (
        "Müller & Söhne",
        Stage.APPLIED,
        D(2026, 10, 5),
    )


def test_a_status_the_file_does_not_date_is_dated_by_its_notes_or_the_import_never_applying(
    owner_client, user
):
    """A German list with no status-date column: the date the notes give dates the status;
    without one it is the day applied (never the day of the import, which would read as the
    latest news), said in the preview and the note; a rejection dated so tells no story of
    a no "within days" that nobody wrote."""
    raw = (
        "Firma;Position;Beworben am;Status;Notizen\n"
        "Otto Group;Frontend Developer;02.11.2026;Absage;Absage per Mail am 20.11.\n"
        "Deutsche Bahn;UX Designer;10.11.2026;Interview;Erstes Gespräch 25.11.\n"
        "Celonis;Product Analyst;28.11.2026;Absage;kam per Post\n"
    ).encode()
    file = SimpleUploadedFile("meine.csv", raw, content_type="text/csv")
    owner_client.post(reverse("interviews:import_upload"), {"spreadsheet": file})
    form = owner_client.get(reverse("interviews:import_columns")).context["form"]
    answers = {field: form[field].value() or "" for field in form.fields}
    owner_client.post(reverse("interviews:import_columns"), answers)
    preview = owner_client.get(reverse("interviews:import_preview")).content.decode()
    assert "Rejected on 20 Nov 2026" in preview
    # "Interview": one held, never dated by the notes' day (that may be when it was booked).
    assert "Other interview, date not recorded" in preview
    assert "Rejected on 28 Nov 2026" in preview and "no date for the status" in preview
    confirm(owner_client)
    assert updates(user) == {
        "Otto Group": (UpdateKind.REJECTED, D(2026, 11, 20)),
        "Celonis": (UpdateKind.REJECTED, D(2026, 11, 28)),
    }
    celonis = Application.objects.with_records().get(company="Celonis")
    advice = advise(celonis, today=D(2026, 12, 7))
    assert "within days" not in f"{advice.meaning} {advice.not_meaning}"
    otto = Application.objects.with_records().get(company="Otto Group")
    advice = advise(otto, today=D(2026, 12, 7))
    assert "within days" not in f"{advice.meaning} {advice.not_meaning}"
