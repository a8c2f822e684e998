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
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Not UTF-8: older Excel on Windows saves CSV in Windows-1252.
        return raw.decode("cp1252", errors="replace")


def delimiter_of(text: str) -> str:
    """The separator the header line uses most: ',', ';' or a tab."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {delimiter: first.count(delimiter) for delimiter in (",", ";", "\t")}
    return max(counts, key=lambda delimiter: counts[delimiter]) if any(counts.values()) else ","


def read_table(raw: bytes) -> Table:
    if len(raw) > MAX_BYTES:
        raise SpreadsheetError("This file is over 10 MB. Save fewer columns or split it in two.")
    if b"\x00" in raw[:4096] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise SpreadsheetError(
            "This looks like a workbook or another binary file, not CSV. In your spreadsheet "
            "choose File › Download (or Save as) › CSV, then upload that file."
        )
    text = decode(raw).replace("\x00", "")
    try:
        lines = [
            [cell.strip() for cell in row]
            for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(text))
        ]
    except csv.Error as error:
        raise SpreadsheetError(f"This CSV file cannot be read ({error}).") from error
    return _table(lines)


def _table(lines: list[list[str]]) -> Table:
    skipped = 0
    while lines and not any(lines[0]):
        lines.pop(0)
        skipped += 1
    if not lines:
        raise SpreadsheetError("This file is empty: there is no header row and no data.")
    header, body = lines[0], lines[1:]
    if len(header) > MAX_COLUMNS:
        raise SpreadsheetError(f"This file has {len(header)} columns; we read up to 100.")
    if len(body) > MAX_ROWS:
        raise SpreadsheetError(f"This file has {len(body):,} rows; import up to 20,000 at once.")
    if any(len(cell) > MAX_CELL for row in lines for cell in row):
        raise SpreadsheetError("A cell holds over 20,000 characters: is this the right file?")
    width = len(header)
    header = [name or f"Column {index + 1}" for index, name in enumerate(header)]
    rows = [(row + [""] * width)[:width] for row in body]
    numbered = [(skipped + 2 + index, row) for index, row in enumerate(rows) if any(row)]
    if not numbered:
        raise SpreadsheetError("This file has a header row but no rows under it.")
    return Table(
        header=header,
        rows=[row for _, row in numbered],
        numbers=[number for number, _ in numbered],
    )
