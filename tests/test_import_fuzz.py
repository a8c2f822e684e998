"""The spreadsheet reader and the import, fuzzed: any bytes are read or refused with a
reason; what a spreadsheet writes reads back cell for cell; any row becomes a valid
application or a listed problem; and the import pages never answer with a 5xx."""

from __future__ import annotations

import csv
import datetime as dt
import io
from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from interviews.exchange.mapping import DAY_FIRST, MONTH_FIRST, PEOPLE, TARGETS, plan_row
from interviews.exchange.spreadsheet import SpreadsheetError, read_table
from interviews.models import Application, Contact
from tests.support.bad_input import Scene, assert_sane, build_scene, records, send
from tests.support.fuzz import FUZZ, text

# The import runs as a task: at once here, so each page shows its outcome (tests/test_jobs_import.py
# runs it on the queue).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("tasks_at_once")]


@pytest.fixture
def scene() -> Scene:
    return build_scene()


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


TODAY = dt.date(2026, 11, 27)

cell_text = st.text(
    st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=30
)
tricky_cells = st.one_of(
    cell_text,
    st.sampled_from(
        ["", "46328", "11/25/2026", "31/02/2026", "Rejected", "=1+1", "\r\n", '"', ";", "😀"]
    ),
)


@FUZZ
@given(raw=st.binary(max_size=2000))
def test_any_bytes_are_read_or_refused_with_a_reason(raw):
    try:
        table = read_table(raw)
    except SpreadsheetError as problem:
        assert str(problem)
        return
    assert all(len(row) == len(table.header) for row in table.rows)
    assert len(table.numbers) == len(table.rows)


@FUZZ
@given(
    rows=st.lists(st.lists(cell_text, min_size=3, max_size=3), min_size=1, max_size=6),
    delimiter=st.sampled_from([",", ";", "\t"]),
    bom=st.booleans(),
    crlf=st.booleans(),
)
def test_what_a_spreadsheet_writes_reads_back_cell_for_cell(rows, delimiter, bom, crlf):
    header = ["Company", "Role", "Notes"]
    out = io.StringIO()
    # Python's writer leaves a lone \r unquoted when lines end in \n; spreadsheets quote it.
    quoting = csv.QUOTE_MINIMAL if crlf else csv.QUOTE_ALL
    terminator = "\r\n" if crlf else "\n"
    writer = csv.writer(out, delimiter=delimiter, lineterminator=terminator, quoting=quoting)
    writer.writerows([header, *rows])
    raw = ("\ufeff" if bom else "") + out.getvalue()
    expected = [[cell.strip() for cell in row] for row in rows]
    expected = [row for row in expected if any(row)]
    try:
        table = read_table(raw.encode())
    except SpreadsheetError:
        assert not expected  # only a file with no data rows is refused
        return
    assert table.header == header
    assert table.rows == expected


@FUZZ
@given(cells=st.fixed_dictionaries(dict.fromkeys(TARGETS, tricky_cells)))
def test_any_row_becomes_a_valid_application_or_a_listed_problem(cells):
    for order in (DAY_FIRST, MONTH_FIRST):
        row = plan_row(2, dict(cells), order=order, today=TODAY)
        if row.problems:
            continue
        own = {name: value for name, value in row.fields.items() if name not in PEOPLE}
        Application(**own).clean_fields(exclude=["owner", "stage", "uid"])
        # The row's contact is the recruiter: a valid contact, or nobody.
        name, email = row.fields.get("contact_name", ""), row.fields.get("contact_email", "")
        if name or email:
            Contact(name=name, email=email).clean_fields(exclude=["owner", "uid"])
        if row.update:
            assert row.update[1] <= TODAY


def mapping_of(client: Client) -> dict[str, str]:
    form = client.get(reverse("interviews:import_columns")).context["form"]
    return {name: form[name].value() or "" for name in form.fields}


def upload(client: Client, raw: bytes):
    file = SimpleUploadedFile("fuzz.csv", raw, content_type="text/csv")
    return send(client, "post", reverse("interviews:import_upload"), {"spreadsheet": file})


@FUZZ
@given(raw=st.binary(max_size=600) | st.lists(st.lists(tricky_cells, max_size=5), max_size=5))
def test_the_import_pages_never_fail_and_import_only_valid_records(scene, raw):
    if isinstance(raw, list):
        out = io.StringIO()
        csv.writer(out).writerows([["Company", "Role", "Date applied", "Status"], *raw])
        raw = out.getvalue().encode()
    client = logged_in(scene.owner)
    before = records()
    response = upload(client, raw)
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.BAD_REQUEST)
    assert_sane(response, before, accepted=False)  # reading a file stores no record
    if response.status_code == HTTPStatus.FOUND:
        mapped = send(client, "post", reverse("interviews:import_columns"), mapping_of(client))
        assert mapped.status_code in (HTTPStatus.FOUND, HTTPStatus.BAD_REQUEST)
        assert_sane(mapped, before, accepted=False)
        preview = send(client, "get", reverse("interviews:import_preview"))
        assert_sane(preview, before, accepted=False)
        # Importing adds applications and updates; it never changes what was there.
        assert_sane(send(client, "post", reverse("interviews:import_preview")), before)


column_value = st.one_of(st.sampled_from(["", "0", "1", "2", "3", "-1", "99", "1.0"]), text)


@FUZZ
@given(
    columns=st.fixed_dictionaries(
        dict.fromkeys(TARGETS, column_value)
        | {"date_order": st.sampled_from([DAY_FIRST, MONTH_FIRST]) | text}
    )
)
def test_any_column_choice_is_taken_or_refused_with_a_reason_and_stores_nothing(scene, columns):
    client = logged_in(scene.owner)
    upload(client, b"Company,Role,Date applied,Status\nAcme,Dev,2026-11-02,Rejected\n")
    before = records()
    response = send(client, "post", reverse("interviews:import_columns"), columns)
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.BAD_REQUEST)
    if response.status_code == HTTPStatus.BAD_REQUEST:
        assert response.context["form"].errors
    assert_sane(response, before, accepted=False)
    assert_sane(send(client, "get", reverse("interviews:import_preview")), before, accepted=False)
