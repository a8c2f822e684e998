"""The spreadsheet reader and the import, fuzzed: any bytes are read or refused with a
reason; what a spreadsheet writes reads back cell for cell; any row becomes a valid
application or a listed problem; and the import pages never answer with a 5xx."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviews.exchange.mapping import DAY_FIRST, MONTH_FIRST, TARGETS, plan_row
from interviews.exchange.spreadsheet import SpreadsheetError, read_table
from interviews.models import Application
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "40")),
    derandomize=bool(os.environ.get("CI")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
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
        Application(**row.fields).clean_fields(exclude=["owner", "stage", "uid"])
        if row.update:
            assert row.update[1] <= TODAY


@FUZZ
@given(raw=st.binary(max_size=600) | st.lists(st.lists(tricky_cells, max_size=5), max_size=5))
def test_the_import_pages_never_fail_and_import_only_valid_records(raw):
    if isinstance(raw, list):
        out = io.StringIO()
        csv.writer(out).writerows([["Company", "Role", "Date applied", "Status"], *raw])
        raw = out.getvalue().encode()
    with transaction.atomic():
        client = Client()
        user = UserFactory(username="fuzzed")
        client.force_login(user)
        file = SimpleUploadedFile("fuzz.csv", raw, content_type="text/csv")
        response = client.post(reverse("interviews:import_upload"), {"spreadsheet": file})
        assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.BAD_REQUEST)
        if response.status_code == HTTPStatus.FOUND:
            form = client.get(reverse("interviews:import_columns")).context["form"]
            columns = {name: form[name].value() or "" for name in form.fields}
            mapped = client.post(reverse("interviews:import_columns"), columns)
            assert mapped.status_code in (HTTPStatus.FOUND, HTTPStatus.BAD_REQUEST)
            assert client.get(reverse("interviews:import_preview")).status_code < 500
            assert client.post(reverse("interviews:import_preview")).status_code < 500
        for application in Application.objects.for_user(user):
            application.full_clean()
        transaction.set_rollback(True)
