"""Hostile spreadsheets: the reader checks its limits as it goes, stops pulling rows once
one is crossed, keeps only the rows it needs, and turns any undecodable file into a
reason for the person, never a 500. Work is counted here, not timed (the timings are in
tests/test_linear_work.py)."""

from __future__ import annotations

import codecs
import csv
import tracemalloc
from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st

from interviews.exchange import spreadsheet
from interviews.exchange.spreadsheet import MAX_ROWS, SpreadsheetError, read_table
from tests.support.fuzz import examples


class CountingReader:
    """csv.reader that counts the rows the spreadsheet module pulls from it."""

    def __init__(self):
        self.pulled = 0
        self.reader = csv.reader

    def __call__(self, *args, **kwargs):
        for row in self.reader(*args, **kwargs):
            self.pulled += 1
            yield row


@pytest.fixture
def counting(monkeypatch):
    reader = CountingReader()
    monkeypatch.setattr(spreadsheet.csv, "reader", reader)
    return reader


def test_a_file_over_the_row_limit_is_refused_without_reading_the_rest(counting):
    raw = b"Company\n" + b"x\n" * (MAX_ROWS * 5)
    with pytest.raises(SpreadsheetError, match="import up to 20,000"):
        read_table(raw)
    assert counting.pulled <= MAX_ROWS + 2


def test_blank_lines_before_the_header_are_skipped_and_rows_keep_their_numbers():
    table = read_table(b"\n" * 50_000 + b"Company,Role\nA,B\n\n,\nC,D\n")
    assert table.header == ["Company", "Role"]
    assert table.rows == [["A", "B"], ["C", "D"]]
    assert table.numbers == [50_002, 50_005]


def test_a_megabyte_of_blank_lines_is_an_empty_file_and_keeps_no_rows_in_memory():
    raw = b"\r\n" * 500_000
    tracemalloc.start()
    try:
        with pytest.raises(SpreadsheetError, match="empty"):
            read_table(raw)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The decoded text (4 bytes a character at worst) and little else: the old reader's
    # list of half a million empty rows peaked at 37 MB.
    assert peak < 8 * len(raw)


@pytest.mark.parametrize(
    "raw",
    [
        codecs.BOM_UTF16_LE + "Company,Role\nA,B\n".encode("utf-16-le") + b"\x41",  # odd length
        codecs.BOM_UTF16_LE + b"C\x00,\x00\x00\xd8\n\x00",  # a lone high surrogate
        codecs.BOM_UTF16_BE + b"\xdc\x00\x00A",  # a lone low surrogate
    ],
    ids=["odd-length", "lone-high-surrogate", "lone-low-surrogate"],
)
def test_malformed_utf16_is_a_reason_not_a_crash(raw):
    with pytest.raises(SpreadsheetError, match="UTF-16"):
        read_table(raw)


@pytest.mark.django_db
def test_malformed_utf16_upload_is_a_400_with_the_reason(owner_client):
    raw = codecs.BOM_UTF16_LE + "Company\nAcme\n".encode("utf-16-le") + b"\x00"
    upload = SimpleUploadedFile("jobs.csv", raw, content_type="text/csv")
    response = owner_client.post(reverse("interviews:import_upload"), {"spreadsheet": upload})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "UTF-16" in response.content.decode()


def test_a_header_wider_than_the_limit_is_refused():
    with pytest.raises(SpreadsheetError, match="columns"):
        read_table(b",".join(b"c%d" % n for n in range(500)) + b"\nx\n")


def test_a_cell_over_the_limit_is_refused_even_far_down_the_file():
    raw = b"Company\n" + b"x\n" * 1000 + b'"' + b"y" * 25_000 + b'"\n'
    with pytest.raises(SpreadsheetError, match="20,000 characters"):
        read_table(raw)


@settings(max_examples=examples(200), deadline=None)
@given(st.binary(max_size=4096))
def test_any_bytes_are_read_or_refused_with_a_reason(raw):
    try:
        table = read_table(raw)
    except SpreadsheetError as problem:
        assert str(problem)
    else:
        assert all(len(row) == len(table.header) for row in table.rows)
        assert len(table.rows) == len(table.numbers) <= MAX_ROWS


@settings(max_examples=examples(100), deadline=None)
@given(
    st.lists(
        st.sampled_from(["", ",", ";", "\t", '"', "\r", "\n", "\r\n", "a", "é", "\x00", "\ufeff"]),
        max_size=400,
    ),
    st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252"]),
)
def test_separator_and_quote_soup_in_any_encoding_is_read_or_refused(parts, encoding):
    raw = "".join(parts).encode(encoding, errors="replace")
    try:
        read_table(raw)
    except SpreadsheetError as problem:
        assert str(problem)
