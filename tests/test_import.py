"""Spreadsheet import through the browser forms: upload, match the columns, preview,
import. Real-world files in tests/data/; every row's fate is shown before anything is
saved, and importing is all or nothing."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from interviews.exchange.mapping import Reading, guess_columns
from interviews.exchange.spreadsheet import SpreadsheetError, read_table
from interviews.exchange.values import (
    DAY_FIRST,
    MONTH_FIRST,
    DateProblem,
    guess_date_order,
    read_date,
)
from interviews.jobs.models import Job
from interviews.models import Application, PendingImport, Stage, StatusUpdate, UpdateKind
from interviews.vocabulary import status_meaning
from tests.factories import ApplicationFactory

# The import runs as a task: at once here, so each page shows its outcome (tests/test_jobs_import.py
# runs it on the queue).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("tasks_at_once")]

DATA = Path(__file__).parent / "data"


def upload(client, name: str, raw: bytes | None = None):
    raw = (DATA / name).read_bytes() if raw is None else raw
    file = SimpleUploadedFile(name, raw, content_type="text/csv")
    return client.post(reverse("interviews:import_upload"), {"spreadsheet": file})


def guessed_columns(client) -> dict[str, str]:
    """The mapping form's initial values, as the person would submit them unchanged."""
    form = client.get(reverse("interviews:import_columns")).context["form"]
    return {name: form[name].value() or "" for name in form.fields}


def import_file(client, name: str, **changes) -> tuple[object, object]:
    """Upload, accept the guessed columns (with changes), and return the preview page and
    the response to confirming it."""
    assert upload(client, name).status_code == HTTPStatus.FOUND
    response = client.post(reverse("interviews:import_columns"), guessed_columns(client) | changes)
    assert response.status_code == HTTPStatus.FOUND, response.context["form"].errors
    preview = client.get(reverse("interviews:import_preview"))
    assert preview.status_code == HTTPStatus.OK
    return preview, client.post(reverse("interviews:import_preview"), follow=True)


def stages(user) -> dict[str, str]:
    return dict(Application.objects.for_user(user).values_list("company", "stage"))


def test_a_google_sheets_export_fills_the_board(owner_client, user):
    preview, done = import_file(owner_client, "google_sheets_export.csv")
    assert "6</strong> applications will be added" in preview.content.decode()
    assert done.redirect_chain[-1][0] == Job.objects.get().get_absolute_url()
    assert "Imported 6 applications." in done.content.decode()
    assert stages(user) == {
        "Northwind Traders": Stage.APPLIED,
        "Contoso Ltd": Stage.INTERVIEWING,
        "Fabrikam": Stage.REJECTED,
        "Adventure Works": Stage.OFFER,
        "Tailspin Toys": Stage.WITHDRAWN,
        "Wide World Importers": Stage.APPLIED,
    }
    northwind = Application.objects.get(company="Northwind Traders")
    assert northwind.applied_on == dt.date(2026, 10, 14)  # month first, as the file writes it
    assert northwind.location == "Austin, TX" and northwind.salary == "$85,000"
    assert northwind.job_url == "https://jobs.example.com/northwind/123"
    assert northwind.contact_name == "Priya Shah" and northwind.notes == "Referral from Sam"
    rejection = StatusUpdate.objects.get(application__company="Fabrikam")
    # The file does not date the rejection: the row's own date (the day applied), never
    # the day of the import, which would read as the latest news (new-user trial 4).
    fabrikam = Application.objects.get(company="Fabrikam")
    assert (rejection.kind, rejection.on) == (UpdateKind.REJECTED, fabrikam.applied_on)
    assert rejection.on != timezone.localdate()
    assert "The file gives no date for it: dated the day you applied." in rejection.note
    board = owner_client.get(reverse("interviews:board")).content.decode()
    assert "Northwind Traders" in board


def test_an_excel_semicolon_file_with_a_bom_reads_its_accents_and_european_dates(
    owner_client, user
):
    preview, _ = import_file(owner_client, "excel_semicolon_bom.csv")
    page = preview.content.decode()
    assert "is not one we know" not in page  # "Beworben": German for applied
    muller = Application.objects.get(company="Müller & Söhne GmbH")
    assert muller.role == "Softwareentwickler"
    assert muller.applied_on == dt.date(2026, 11, 2)  # 02.11.2026, day first
    assert muller.salary == "55.000,00 €"
    assert muller.stage == Stage.APPLIED and muller.notes == "Über XING gefunden"
    assert Application.objects.get(company="Café Lumière").applied_on == dt.date(2026, 10, 15)
    assert stages(user)["Ørsted"] == Stage.INTERVIEWING
    assert stages(user)["Ærø Fintech"] == Stage.OFFER
    assert Application.objects.get(company="Ørsted").notes == "Zwei Runden; nächste am Montag"


def test_quoted_notes_keep_their_line_breaks_and_names_lose_theirs(owner_client, user):
    import_file(owner_client, "multiline_notes.csv")
    globex = Application.objects.get(company="Globex")
    assert globex.notes.splitlines() == [
        "Phone screen went well.",
        "Next: system design with two engineers.",
        "Bring questions about on-call.",
    ]
    assert Application.objects.filter(role="Site Reliability Engineer").exists()
    initech = Application.objects.get(company="Initech")
    assert initech.notes == 'Recruiter said "we\'ll be in touch", no date given'
    assert stages(user) == {
        "Globex": Stage.INTERVIEWING,
        "Initech": Stage.APPLIED,
        "Hooli": Stage.REJECTED,
    }
    # "Interviewing", dated nowhere: an interview held, its date not recorded, no update.
    (held,) = globex.rounds.all()
    assert (held.scheduled_at, held.outcome) == (None, "done")
    assert not StatusUpdate.objects.filter(application=globex).exists()


def test_excel_serial_dates_become_dates_and_a_status_date_dates_the_update(owner_client):
    import_file(owner_client, "excel_serial_dates.csv")
    stark = Application.objects.get(company="Stark Industries")
    assert stark.applied_on == dt.date(1899, 12, 30) + dt.timedelta(days=46295)
    rejection = StatusUpdate.objects.get(application=stark)
    assert rejection.on == dt.date(1899, 12, 30) + dt.timedelta(days=46310)
    wayne = Application.objects.get(company="Wayne Enterprises")
    assert wayne.applied_on == dt.date(1899, 12, 30) + dt.timedelta(days=46301)


def test_unknown_statuses_and_bad_rows_are_shown_before_anything_is_saved(owner_client, user):
    assert upload(owner_client, "unknown_statuses.csv").status_code == HTTPStatus.FOUND
    owner_client.post(reverse("interviews:import_columns"), guessed_columns(owner_client))
    page = owner_client.get(reverse("interviews:import_preview")).content.decode()
    assert not Application.objects.exists()  # a preview saves nothing
    assert "status “Waiting on referral” is not one we know" in page
    assert "status “???” is not one we know" in page
    assert "no company" in page
    assert "“not sure” is not a date we can read" in page
    assert "applied date 2099-01-01 is in the future" in page
    assert "4</strong> applications will be added" in page
    assert "1</strong> already here will be skipped" in page  # Acme twice in the file
    assert "3</strong> rows with problems will be left out" in page
    done = owner_client.post(reverse("interviews:import_preview"), follow=True)
    assert "Imported 4 applications. 1 already here was skipped. 3 with problems" in (
        done.content.decode()
    )
    assert stages(user)["Vandelay Industries"] == Stage.REJECTED
    assert "Status in the spreadsheet: ???" in Application.objects.get(company="Soylent").notes


def test_rows_already_in_the_account_are_skipped_and_counted(owner_client, user):
    ApplicationFactory(
        owner=user, company="fabrikam", role="BI developer", applied_on=dt.date(2026, 11, 2)
    )
    preview, _ = import_file(owner_client, "google_sheets_export.csv")
    assert "1</strong> already here will be skipped" in preview.content.decode()
    assert Application.objects.for_user(user).count() == 6
    again_preview, _ = import_file(owner_client, "google_sheets_export.csv")
    assert "There is nothing new to import from this file." in again_preview.content.decode()
    assert Application.objects.for_user(user).count() == 6


def test_the_column_screen_guesses_from_the_headers_and_shows_the_first_rows(owner_client):
    upload(owner_client, "excel_semicolon_bom.csv")
    response = owner_client.get(reverse("interviews:import_columns"))
    initial = guessed_columns(owner_client)
    header = ["Employer", "Job title", "Applied on", "Stage", "URL", "Salary", "Notes"]
    assert {name: initial[name] for name in ("company", "role", "applied_on", "status")} == {
        "company": "0",
        "role": "1",
        "applied_on": "2",
        "status": "3",
    }
    assert initial["date_order"] == DAY_FIRST
    page = response.content.decode()
    assert all(f">{name}</th>" in page for name in header)
    assert "Müller &amp; Söhne GmbH" in page
    assert '<label for="id_company"' in " ".join(page.split())


def test_the_person_can_fix_the_guess_and_a_column_cannot_mean_two_things(owner_client):
    upload(owner_client, "google_sheets_export.csv")
    columns = guessed_columns(owner_client)
    response = owner_client.post(
        reverse("interviews:import_columns"), columns | {"role": columns["company"]}
    )
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "That column is already used for company." in response.content.decode()
    missing = owner_client.post(reverse("interviews:import_columns"), columns | {"company": ""})
    assert "Pick the column with the company" in missing.content.decode()
    # The person says the contact column holds the notes instead: it does from now on.
    owner_client.post(
        reverse("interviews:import_columns"),
        columns | {"notes": columns["contact_name"], "contact_name": ""},
    )
    owner_client.post(reverse("interviews:import_preview"))
    assert Application.objects.get(company="Northwind Traders").notes == "Priya Shah"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"\n\n  \n", "empty"),
        (b"Company,Role\n", "no rows under it"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(200), "not CSV"),
        (b"a,b\n" + b'"' + b"x" * 30_000 + b'"\n', "over 20,000 characters"),
    ],
)
def test_a_file_we_cannot_read_is_a_400_with_the_reason(owner_client, raw, reason):
    response = upload(owner_client, "jobs.csv", raw)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert reason in response.content.decode()
    assert "import_pending" not in owner_client.session
    assert not PendingImport.objects.exists()


def test_the_later_steps_send_you_back_to_the_start_without_a_file(owner_client):
    for name in ("interviews:import_columns", "interviews:import_preview"):
        response = owner_client.post(reverse(name), follow=True)
        assert response.redirect_chain[-1][0] == reverse("interviews:import_upload")
        assert "Choose the spreadsheet to import first." in response.content.decode()
    assert not Application.objects.exists()


def test_the_settings_page_links_to_the_import(owner_client):
    page = owner_client.get(reverse("interviews:settings")).content.decode()
    assert reverse("interviews:import_upload") in page


# The pure parts


@pytest.mark.parametrize(
    ("text", "order", "day"),
    [
        ("2026-11-02", DAY_FIRST, dt.date(2026, 11, 2)),
        ("2026/11/02 14:30", MONTH_FIRST, dt.date(2026, 11, 2)),
        ("2026-11-02T09:00:00Z", DAY_FIRST, dt.date(2026, 11, 2)),
        ("11/02/2026", MONTH_FIRST, dt.date(2026, 11, 2)),
        ("11/02/2026", DAY_FIRST, dt.date(2026, 2, 11)),
        ("2.11.26", DAY_FIRST, dt.date(2026, 11, 2)),
        ("46328", DAY_FIRST, dt.date(2026, 11, 2)),
        ("46328.75", MONTH_FIRST, dt.date(2026, 11, 2)),
        ("2 Nov 2026", MONTH_FIRST, dt.date(2026, 11, 2)),
        ("November 2, 2026", DAY_FIRST, dt.date(2026, 11, 2)),
        ("Sept. 9 2026", DAY_FIRST, dt.date(2026, 9, 9)),
        ("  ", DAY_FIRST, None),
    ],
)
def test_dates_read_in_every_common_form(text, order, day):
    assert read_date(text, order) == day


@pytest.mark.parametrize("text", ["31/02/2026", "next week", "13/13/2026", "2026-13-01", "123456"])
def test_a_cell_that_is_no_date_is_a_problem_with_its_text(text):
    with pytest.raises(DateProblem, match="is not a date we can read"):
        read_date(text, DAY_FIRST)


def test_the_date_order_is_guessed_from_a_date_that_settles_it():
    assert guess_date_order(["03/04/2026", "11/25/2026"]) == MONTH_FIRST
    assert guess_date_order(["03/04/2026", "25/11/2026"]) == DAY_FIRST
    assert guess_date_order(["2026-11-02", ""]) == DAY_FIRST


def test_columns_are_guessed_from_common_headers_each_used_once():
    header = ["Employer", "Title", "Applied On", "Stage", "Job Link", "City", "Comp", "Recruiter"]
    guess = guess_columns(header)
    assert [guess[name] for name in ("company", "role", "applied_on", "status")] == [0, 1, 2, 3]
    assert (guess["job_url"], guess["location"], guess["contact_name"]) == (4, 5, 7)
    assert guess["salary"] is None and guess["notes"] is None
    assert guess_columns(["Company name (legal)", "Date", "Position"])["applied_on"] == 1


@pytest.mark.parametrize(
    ("word", "record"),
    [
        ("Rejected", UpdateKind.REJECTED),
        ("  NOT SELECTED ", UpdateKind.REJECTED),
        ("Interviewing", "interviewed"),
        ("Phone screen", "interviewed"),
        ("Offer", UpdateKind.OFFER_VERBAL),
        ("Offer accepted", UpdateKind.ACCEPTED),
        ("Withdrawn", UpdateKind.WITHDREW),
        ("Applied", "applied"),
        ("Wishlist", "saved"),
        ("Ghosted", "applied"),
        ("Maybe?", None),
    ],
)
def test_status_words_map_to_records(word, record):
    assert status_meaning(word) == record


def test_a_saved_status_means_not_applied_yet(owner_client, user):
    raw = b"Company,Role,Date applied,Status\nAcme,Engineer,2026-11-02,Wishlist\n"
    upload(owner_client, "wishlist.csv", raw)
    owner_client.post(reverse("interviews:import_columns"), guessed_columns(owner_client))
    owner_client.post(reverse("interviews:import_preview"))
    assert stages(user) == {"Acme": Stage.SAVED}


def test_utf16_and_windows_1252_files_read_too():
    text = "Company\tRole\nCafé\tDéveloppeur\n"
    for raw in (text.encode("utf-16"), text.replace("\t", ",").encode("cp1252")):
        table = read_table(raw)
        assert table.rows == [["Café", "Développeur"]]


def test_row_numbers_count_the_spreadsheets_rows():
    table = read_table(b"\nCompany,Role\nA,B\n,\nC,D\n")
    assert table.numbers == [3, 5]
    with pytest.raises(SpreadsheetError):
        read_table(b"Company\n" + b"x\n" * 20_001)


def test_importing_costs_a_few_queries_per_batch_not_per_row(
    user, django_assert_num_queries, django_assert_max_num_queries
):
    from interviews.exchange.importer import import_rows, preview
    from interviews.exchange.mapping import guess_columns
    from interviews.exchange.spreadsheet import read_table

    def rows(count: int, first: int) -> list:
        lines = ["Company,Role,Date applied,Status"]
        lines += [f"Co {n},Engineer,2026-11-02,Rejected" for n in range(first, first + count)]
        table = read_table("\n".join(lines).encode())
        return preview(
            user,
            table,
            guess_columns(table.header),
            reading=Reading(order=DAY_FIRST),
            today=dt.date(2026, 11, 27),
        ).ready

    small, large = rows(5, 0), rows(50, 100)
    # The owner's lock (services.owner_lock) on the write and again on the recompute, the
    # whole search once per owner, and the people on the applications (for the advice).
    with django_assert_num_queries(11) as few:
        import_rows(user, small)
    # One more insert per ~50 applications: SQLite takes 999 values per statement.
    with django_assert_max_num_queries(len(few.captured_queries) + 1):
        import_rows(user, large)
    assert Application.objects.for_user(user).filter(stage=Stage.REJECTED).count() == 55


def test_each_import_page_costs_the_same_queries_for_5_rows_or_300(owner_client, user):
    def queries_per_page(rows: int) -> list[int]:
        lines = ["Company,Role,Date applied,Status"]
        lines += [f"Co {n},Engineer,2026-11-02,Rejected" for n in range(rows)]
        ApplicationFactory.create_batch(rows // 5, owner=user)  # the duplicate check reads them
        counts = []
        with CaptureQueriesContext(connection) as captured:
            upload(owner_client, "jobs.csv", "\n".join(lines).encode())
        counts.append(len(captured))
        for step in ("interviews:import_columns", "interviews:import_preview"):
            with CaptureQueriesContext(connection) as captured:
                page = owner_client.get(reverse(step))
            counts.append(len(captured))
            if step == "interviews:import_columns":
                owner_client.post(reverse(step), guessed_columns(owner_client))
        assert page.status_code == HTTPStatus.OK
        return counts

    assert queries_per_page(5) == queries_per_page(300)
