"""Work grows with the input, not with its square: each parser is timed on a hostile input
and on one ten times larger, and the larger may take at most 30 times as long (linear
work takes about 10; the quadratic blank-line loop this module was written for took
about 100). CPU time, best of three, so a busy machine does not decide the outcome.
The only module with timings in it; unit tests count operations instead."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable

import pytest

from interviews.exchange.restore import RestoreError, read_document
from interviews.exchange.spreadsheet import SpreadsheetError, read_table

pytestmark = pytest.mark.timing

MARGIN = 30


def cpu_seconds(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def refused(parse: Callable[[bytes], object], raw: bytes, error: type[Exception]):
    def work():
        with contextlib.suppress(error):
            parse(raw)

    return work


def assert_linear(make: Callable[[int], bytes], parse, error, small: int) -> None:
    small_time = cpu_seconds(refused(parse, make(small), error))
    large_time = cpu_seconds(refused(parse, make(small * 10), error))
    assert large_time < MARGIN * small_time + 0.05, (small_time, large_time)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: b"\r\n" * n,  # only blank lines: once a quadratic loop
        lambda n: b"\n" * n + b"Company,Role\nAcme,Dev\n",  # blank lines, then a table
        lambda n: b",,,,,,\n" * n,  # a sheet's formatted but empty rows
        lambda n: b"Company,Role\n" + b"a,b\n" * n,  # far over the row limit
        lambda n: b'"' + b"x" * n,  # a quote never closed
        lambda n: b"," * n,  # one very wide header
    ],
    ids=["blank", "blank-then-table", "empty-rows", "over-the-row-limit", "open-quote", "wide"],
)
def test_the_spreadsheet_reader_is_linear(make):
    assert_linear(make, read_table, SpreadsheetError, small=50_000)


def backup_with(count: int) -> bytes:
    items = [{"uid": f"00000000-0000-0000-0000-{n:012d}", "company": "Acme"} for n in range(count)]
    document = {"format": "interview-tracker-backup", "version": 1, "applications": items}
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    "make",
    [
        backup_with,  # far over the record limit
        lambda n: b"[" * n + b"]" * n,  # nesting deeper than any backup
        lambda n: b'{"format": "' + b"x" * (n * 10) + b'"}',  # one long string
    ],
    ids=["records", "nesting", "long-string"],
)
def test_reading_a_backup_is_linear(make):
    assert_linear(make, read_document, RestoreError, small=5_000)


def read_mail(raw: bytes):
    from interviews.hrmail.reading import read

    return read(raw)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: b"Subject: x\n\n" + b"We regret to inform you. " * n,  # one long paragraph
        lambda n: b"Subject: x\n\n" + b"a" * (n * 20),  # one word, no spaces
        lambda n: b"X-Header: v\n" * n + b"\nbody",  # a header block with no end in sight
        lambda n: b"Subject: x\n\n" + b"Interview on 3 March 2026 at 10:00.\n" * n,  # many dates
        lambda n: b"Subject: x\n\n" + b"\n" * (n * 10),  # only blank lines
    ],
    ids=["paragraph", "one-word", "headers", "dates", "blank"],
)
def test_reading_a_pasted_mail_is_linear(make):
    assert_linear(make, read_mail, Exception, small=2_000)
