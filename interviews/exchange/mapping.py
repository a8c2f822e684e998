"""From a spreadsheet's columns to the tracker's records. Pure: rows of text, a mapping
and ``today`` in; planned rows with their problems out, nothing read or written.

- ``guess_columns``: which column holds the company, the role, ... from common headers.
- ``read_date``: ISO, US (month first), European (day first) and Excel serial numbers.
- ``STATUSES``: a status column's words and the record each one becomes.
- ``plan_row``: one row as an application (plus a status update), or its problems.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from interviews.models import Application, UpdateKind
from interviews.month_names import MONTHS
from interviews.validators import EARLIEST

# Our field -> (label on the mapping screen, headers that mean it, most telling first).
TARGETS: dict[str, tuple[str, tuple[str, ...]]] = {
    "company": ("Company", ("company", "employer", "company name", "organisation", "organization")),
    "role": ("Role", ("role", "position", "title", "job title", "job", "position title")),
    "applied_on": (
        "Date applied",
        ("date applied", "applied on", "applied", "application date", "date of application",
         "date"),
    ),
    "status": ("Status", ("status", "stage", "application status", "outcome")),
    "status_date": (
        "Date of the status",
        ("status date", "last update", "last updated", "response date", "updated"),
    ),
    "job_url": (
        "Job posting URL", ("url", "link", "job url", "job link", "posting", "job posting")
    ),
    "location": ("Location", ("location", "city", "place", "where")),
    "salary": ("Salary", ("salary", "pay", "compensation", "salary range", "rate")),
    "contact_name": (
        "Contact", ("contact", "recruiter", "contact name", "hr contact", "hiring manager")
    ),
    "contact_email": ("Contact e-mail", ("email", "e-mail", "contact email", "recruiter email")),
    "notes": ("Notes", ("notes", "note", "comments", "comment", "details", "description")),
}  # fmt: skip

REQUIRED = ("company", "role")


def _words(header: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", header.casefold().replace("-", "")))


def guess_columns(header: list[str]) -> dict[str, int | None]:
    """For each of our fields, the column whose header names it best (or None)."""
    names = [_words(name) for name in header]
    guess: dict[str, int | None] = dict.fromkeys(TARGETS)
    taken: set[int] = set()
    # Exact names first, everywhere; then headers that contain a name ("Company name (legal)").
    for exact in (True, False):
        for target, (_, synonyms) in TARGETS.items():
            if guess[target] is not None:
                continue
            for synonym in map(_words, synonyms):
                index = next(
                    (
                        i
                        for i, name in enumerate(names)
                        if i not in taken
                        and (name == synonym if exact else f" {synonym} " in f" {name} ")
                    ),
                    None,
                )
                if index is not None:
                    guess[target] = index
                    taken.add(index)
                    break
    return guess


# Dates

DAY_FIRST, MONTH_FIRST = "day_first", "month_first"
EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0, counting its 1900 leap-year bug
ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t].*)?")
NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?: .*)?")
SERIAL = re.compile(r"(\d{5})(?:\.\d+)?")
DAY_MONTH = re.compile(r"(\d{1,2}) ([a-z]+)\.? (\d{4})")
MONTH_DAY = re.compile(r"([a-z]+)\.? (\d{1,2}) (\d{4})")


class DateProblem(ValueError):
    pass


def read_date(text: str, order: str) -> dt.date | None:
    """The date a cell holds, None for an empty cell; DateProblem when it holds no date."""
    if not text.strip():
        return None
    plain = " ".join(text.casefold().replace(",", " ").split())
    try:
        return _read_date(plain, order)
    except (ValueError, OverflowError, KeyError) as error:
        raise DateProblem(f"“{text.strip()}” is not a date we can read") from error


def _read_date(text: str, order: str) -> dt.date:
    if match := ISO.fullmatch(text):
        year, month, day = map(int, match.groups())
        return dt.date(year, month, day)
    if match := NUMERIC.fullmatch(text):
        first, second, year = map(int, match.groups())
        year += 2000 if year < 100 else 0
        day, month = (first, second) if order == DAY_FIRST else (second, first)
        return dt.date(year, month, day)
    if match := SERIAL.fullmatch(text):
        return EXCEL_EPOCH + dt.timedelta(days=int(match.group(1)))
    if match := DAY_MONTH.fullmatch(text):
        day, month, year = match.groups()
        return dt.date(int(year), MONTHS[month], int(day))
    if match := MONTH_DAY.fullmatch(text):
        month, day, year = match.groups()
        return dt.date(int(year), MONTHS[month], int(day))
    raise ValueError(text)


def guess_date_order(cells: list[str]) -> str:
    """Day first unless a date like 11/25/2026 shows the month comes first."""
    for cell in cells:
        if match := NUMERIC.fullmatch(cell.strip()):
            first, second = int(match.group(1)), int(match.group(2))
            if second > 12 >= first:
                return MONTH_FIRST
            if first > 12 >= second:
                return DAY_FIRST
    return DAY_FIRST


# Statuses: the words people write, and the record each becomes. "applied" adds nothing
# (the application date says it); "saved" means not applied yet.
APPLIED, SAVED = "applied", "saved"
STATUSES: dict[str, str] = {
    **dict.fromkeys(
        ["applied", "submitted", "sent", "application sent", "waiting", "pending",
         "no response", "no reply", "ghosted", "in review", "under review", "open"],
        APPLIED,
    ),
    **dict.fromkeys(
        ["saved", "wishlist", "wish list", "to apply", "interested", "bookmarked",
         "not applied", "draft", "planned"],
        SAVED,
    ),
    **dict.fromkeys(["acknowledged", "received", "confirmed"], UpdateKind.ACKNOWLEDGED),
    **dict.fromkeys(
        ["interviewing", "interview", "interviews", "interview scheduled", "screening",
         "phone screen", "invited", "in process", "in progress", "assessment", "onsite",
         "technical", "final round", "second interview"],
        UpdateKind.INVITED,
    ),
    **dict.fromkeys(["on hold", "paused", "hold"], UpdateKind.ON_HOLD),
    **dict.fromkeys(
        ["offer", "offered", "offer received", "verbal offer"], UpdateKind.OFFER_VERBAL
    ),
    **dict.fromkeys(["written offer", "offer letter"], UpdateKind.OFFER_WRITTEN),
    **dict.fromkeys(
        ["rejected", "rejection", "declined by company", "not selected", "unsuccessful",
         "turned down", "no", "closed", "position filled", "not moving forward"],
        UpdateKind.REJECTED,
    ),
    **dict.fromkeys(["withdrawn", "withdrew", "not interested", "withdraw"], UpdateKind.WITHDREW),
    **dict.fromkeys(["accepted", "hired", "offer accepted", "signed"], UpdateKind.ACCEPTED),
    **dict.fromkeys(
        ["declined", "offer declined", "i declined", "turned offer down"], UpdateKind.DECLINED
    ),
}  # fmt: skip


def status_of(text: str) -> str | None:
    """The record a status cell stands for; None when we do not know the word."""
    return STATUSES.get(_words(text))


# Rows

ONE_LINE = ("company", "role", "location", "salary", "contact_name")


@dataclass
class PlannedRow:
    number: int  # the row's number in the spreadsheet
    fields: dict[str, object] = field(default_factory=dict)  # the Application's fields
    update: tuple[str, dt.date, str] | None = None  # kind, on, note
    problems: list[str] = field(default_factory=list)  # the row cannot be imported
    notes: list[str] = field(default_factory=list)  # imported, with a word about it

    @property
    def key(self) -> tuple[str, str, dt.date | None]:
        """What makes two rows the same application: company, role and applied date."""
        return duplicate_key(self.fields["company"], self.fields["role"], self.fields["applied_on"])


def duplicate_key(company, role, applied_on) -> tuple[str, str, dt.date | None]:
    return (
        " ".join(str(company).split()).casefold(),
        " ".join(str(role).split()).casefold(),
        applied_on,
    )


def plan_row(number: int, cells: dict[str, str], *, order: str, today: dt.date) -> PlannedRow:
    """One row (our field -> its cell) as an application and perhaps a status update."""
    row = PlannedRow(number)
    for name in ONE_LINE:  # a line break inside a name cell is a wrapped line, not data
        cells[name] = " ".join(cells.get(name, "").split())
    if not cells["company"]:
        row.problems.append("no company")
    if not cells["role"]:
        row.problems.append("no role")
    applied_on = _date(row, cells.get("applied_on", ""), "applied date", order, today)
    status_on = _date(row, cells.get("status_date", ""), "status date", order, today)
    notes = [cells.get("notes", "")]
    row.fields = {
        "company": cells["company"],
        "role": cells["role"],
        "applied_on": applied_on,
        "location": cells.get("location", ""),
        "salary": cells.get("salary", ""),
        "contact_name": cells.get("contact_name", ""),
        "contact_email": cells.get("contact_email", ""),
        "job_url": cells.get("job_url", ""),
    }
    _status(row, cells.get("status", ""), status_on or applied_on, today, notes)
    row.fields["notes"] = "\n\n".join(note for note in notes if note)
    _check(row, notes)
    return row


def _date(row: PlannedRow, cell: str, what: str, order: str, today: dt.date) -> dt.date | None:
    try:
        day = read_date(cell, order)
    except DateProblem as problem:
        row.problems.append(f"{what}: {problem}")
        return None
    if day is not None and not EARLIEST <= day <= today:
        row.problems.append(
            f"{what} {day.isoformat()} is {'in the future' if day > today else 'before 1990'}"
        )
        return None
    return day


def _status(
    row: PlannedRow, cell: str, on: dt.date | None, today: dt.date, notes: list[str]
) -> None:
    if not cell:
        return
    kind = status_of(cell)
    if kind is None:
        row.notes.append(f"status “{cell}” is not one we know: kept in the notes")
        notes.append(f"Status in the spreadsheet: {cell}")
    elif kind == SAVED:
        row.fields["applied_on"] = None
    elif kind != APPLIED:
        note = f"From your spreadsheet (status “{cell}”)."
        if kind == UpdateKind.INVITED:
            note += " Add each interview round with its date so the advice can follow."
        if on is None:
            row.notes.append("no date for the status: dated today")
        row.update = (kind, on or today, note)


def _check(row: PlannedRow, notes: list[str]) -> None:
    """Anything else the model refuses: an over-long cell, a malformed e-mail or URL."""
    candidate = Application(**row.fields)
    try:
        candidate.clean_fields(exclude=["owner", "stage", "uid"])
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            if name in REQUIRED and not row.fields[name]:
                continue  # already said: "no company"
            if name in ("job_url", "contact_email") and row.fields[name]:
                # Not worth losing the row for: keep what it said in the notes.
                row.notes.append(f"{TARGETS[name][0]} “{row.fields[name]}” kept in the notes")
                notes.append(f"{TARGETS[name][0]}: {row.fields[name]}")
                row.fields[name] = ""
            else:
                row.problems.append(f"{TARGETS.get(name, (name,))[0].lower()}: {messages[0]}")
        row.fields["notes"] = "\n\n".join(note for note in notes if note)
