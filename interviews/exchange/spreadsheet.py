"""Read a spreadsheet saved as CSV into a header and rows of text. Pure: bytes in, a
``Table`` or a ``SpreadsheetError`` with words for the person out.

Takes what spreadsheets write: UTF-8 with or without a byte-order mark (Excel adds one),
UTF-16 (Excel's "Unicode text"), Windows-1252 (older Excel), commas, semicolons (Excel
where the decimal mark is a comma) or tabs, and quoted cells holding line breaks.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 100
MAX_CELL = 20_000  # characters: a long note fits


class SpreadsheetError(Exception):
    """Why the file cannot be read, in words for the person who chose it."""


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[list[str]]  # each as long as the header; empty rows left out
    numbers: list[int]  # each row's number in the spreadsheet (the header's is 1 or more)


def decode(raw: bytes) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as error:
            # An odd number of bytes, or half of a surrogate pair: a file cut short.
            raise SpreadsheetError(
                "This file says it is UTF-16 (Excel's “Unicode text”) but is damaged or cut "
                "short. Save it again as CSV UTF-8 and upload that file."
            ) from error
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Not UTF-8: older Excel on Windows saves CSV in Windows-1252.
        return raw.decode("cp1252", errors="replace")


def delimiter_of(text: str) -> str:
    """The separator the header line uses most: ',', ';' or a tab."""
    lines = io.StringIO(text, newline=None)
    first = next((line for line in lines if line.strip()), "")
    counts = {delimiter: first.count(delimiter) for delimiter in (",", ";", "\t")}
    return max(counts, key=lambda delimiter: counts[delimiter]) if any(counts.values()) else ","


def read_table(raw: bytes) -> Table:
    """The file's header and rows. Its size is checked before it is decoded, and each row
    as it is read: reading stops at the first limit crossed, blank rows are counted and
    dropped, so the work is linear in the file and the rows kept are at most MAX_ROWS."""
    if len(raw) > MAX_BYTES:
        raise SpreadsheetError("This file is over 10 MB. Save fewer columns or split it in two.")
    if b"\x00" in raw[:4096] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise SpreadsheetError(
            "This looks like a workbook or another binary file, not CSV. In your spreadsheet "
            "choose File › Download (or Save as) › CSV, then upload that file."
        )
    text = decode(raw).replace("\x00", "")
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(text))
    try:
        return _table(_filled_rows(rows))
    except csv.Error as error:
        raise SpreadsheetError(f"This CSV file cannot be read ({error}).") from error


def _filled_rows(rows: Iterator[list[str]]) -> Iterator[tuple[int, list[str]]]:
    """Each row with a cell filled in, stripped, with its number in the spreadsheet."""
    for number, row in enumerate(rows, start=1):
        cells = [cell.strip() for cell in row]
        if any(len(cell) > MAX_CELL for cell in cells):
            raise SpreadsheetError("A cell holds over 20,000 characters: is this the right file?")
        if any(cells):
            yield number, cells


def _table(filled: Iterator[tuple[int, list[str]]]) -> Table:
    first = next(filled, None)
    if first is None:
        raise SpreadsheetError("This file is empty: there is no header row and no data.")
    header = first[1]
    if len(header) > MAX_COLUMNS:
        raise SpreadsheetError(f"This file has {len(header)} columns; we read up to 100.")
    width = len(header)
    rows: list[list[str]] = []
    numbers: list[int] = []
    for number, row in filled:
        if len(rows) == MAX_ROWS:
            raise SpreadsheetError(
                f"This file has over {MAX_ROWS:,} rows; import up to {MAX_ROWS:,} at once."
            )
        rows.append((row + [""] * width)[:width])
        numbers.append(number)
    # A row whose only cells lie beyond the header's columns is empty once cut to width.
    kept = [(number, row) for number, row in zip(numbers, rows, strict=True) if any(row)]
    if not kept:
        raise SpreadsheetError("This file has a header row but no rows under it.")
    return Table(
        header=[name or f"Column {index + 1}" for index, name in enumerate(header)],
        rows=[row for _, row in kept],
        numbers=[number for number, _ in kept],
    )
