"""From a spreadsheet's columns to the tracker's records. Pure: rows of text, a mapping
and ``today`` in; planned rows with their problems out, nothing read or written.

- ``guess_columns``: which column holds the company, the role, ... from common headers.
- ``plan_row``: one row as an application (plus a status update), or its problems.

Cells are read by ``values`` (dates, placeholders) and status words by
``interviews.vocabulary``, the table shared with the e-mail reader.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from interviews import written_dates as dates
from interviews import written_dates_de as dates_de
from interviews.exchange.values import (
    DAY_FIRST,
    MONTH_FIRST,
    DateProblem,
    blank,
    read_date,
    read_time,
)
from interviews.models import Application, Contact, Outcome, RoundKind, Source, UpdateKind
from interviews.validators import EARLIEST
from interviews.vocabulary import (
    APPLIED,
    INTERVIEWED,
    KEEP_AS_NOTE,
    SAVED,
    round_kind_of,
    source_of,
    status_meaning,
    words,
)

__all__ = ["APPLIED", "DAY_FIRST", "MONTH_FIRST", "SAVED", "guess_columns", "plan_row"]

# Our field -> (label on the mapping screen, headers that mean it, most telling first).
# German headers follow the English ones: a list kept by hand in German Excel.
TARGETS: dict[str, tuple[str, tuple[str, ...]]] = {
    "company": ("Company", ("company", "employer", "company name", "organisation", "organization",
                            "firma", "unternehmen", "arbeitgeber", "betrieb")),
    "role": ("Role", ("role", "position", "title", "job title", "job", "position title",
                      "stelle", "stellenbezeichnung", "beruf", "tätigkeit")),
    "applied_on": (
        "Date applied",
        ("date applied", "applied on", "applied", "application date", "date of application",
         "beworben am", "bewerbungsdatum", "datum der bewerbung", "date", "datum"),
    ),
    "status": ("Status", ("status", "stage", "application status", "outcome", "list", "stand",
                          "ergebnis")),
    "status_date": (
        "Date of the status",
        ("status date", "last update", "last updated", "response date", "updated",
         "rückmeldung am", "antwort am", "letzte änderung"),
    ),
    "job_url": (
        "Job posting URL", ("url", "link", "job url", "job link", "posting", "job posting",
                            "stellenanzeige")
    ),
    # Before the location: "Where" in a personal list is where the job was found
    # ("LinkedIn", "referral - Dave"), not where it is (new-user trial 4).
    "source": ("Source (where you found it)", ("source", "where", "found via", "found on",
                                               "found", "job source", "channel", "via",
                                               "quelle", "kanal", "gefunden über")),
    "location": ("Location", ("location", "city", "place", "ort", "arbeitsort", "standort")),
    "salary": ("Salary", ("salary", "pay", "compensation", "salary range", "rate", "gehalt",
                          "gehaltsvorstellung", "gehaltswunsch", "wunschgehalt")),
    "contact_name": (
        "Contact", ("contact", "recruiter", "contact name", "hr contact", "hiring manager",
                    "ansprechpartner", "ansprechpartnerin", "ansprechperson", "kontakt")
    ),
    "contact_email": ("Contact e-mail", ("email", "e-mail", "contact email", "recruiter email",
                                         "e-mail-adresse")),
    "notes": ("Notes", ("notes", "note", "comments", "comment", "details", "description",
                        "notizen", "bemerkungen", "bemerkung", "anmerkungen")),
    # After the notes, so that "Interview notes" goes to the notes.
    "interview_on": ("Date of the interview", ("interview date", "interview", "interview on")),
}  # fmt: skip

REQUIRED = ("company", "role")


def header_words(name: str) -> str:
    """A header as folded words, hyphens closed up: "E-Mail" and "Email" are one name."""
    return words(name.replace("-", ""))


def guess_columns(header: list[str]) -> dict[str, int | None]:
    """For each of our fields, the column whose header names it best (or None)."""
    names = [header_words(name) for name in header]
    guess: dict[str, int | None] = dict.fromkeys(TARGETS)
    taken: set[int] = set()
    # Exact names first, everywhere; then headers that contain a name ("Company name (legal)").
    for exact in (True, False):
        for target, (_, synonyms) in TARGETS.items():
            if guess[target] is not None:
                continue
            for synonym in map(header_words, synonyms):
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


# Rows

ONE_LINE = ("company", "role", "location", "salary", "contact_name")
# The row's contact: not a field of the application but its recruiter, a contact
# (``importer`` names them through the services), checked as a contact's name and e-mail.
PEOPLE = ("contact_name", "contact_email")
PEOPLE_FIELD = {"name": "contact_name", "email": "contact_email"}


@dataclass
class PlannedRow:
    number: int  # the row's number in the spreadsheet
    fields: dict[str, object] = field(default_factory=dict)  # the Application's fields
    update: tuple[str, dt.date, str] | None = None  # kind, on, note
    # An interview the file dates with its time: (when, in the person's zone; outcome).
    interview: tuple[dt.datetime, str] | None = None
    interview_kind: str = RoundKind.OTHER  # the dated interview's kind, when it names one
    # An interview the file names ("2nd interview") without any date: a round held, its
    # date not recorded (its kind, a RoundKind).
    undated_round: str = ""
    problems: list[str] = field(default_factory=list)  # the row cannot be imported
    notes: list[str] = field(default_factory=list)  # imported, with a word about it
    unknown_status: str = ""  # a status word the vocabulary does not know

    @property
    def update_label(self) -> str:
        """What the status update will say, for the preview ("Rejected")."""
        return UpdateKind(self.update[0]).label if self.update else ""

    @property
    def undated_round_label(self) -> str:
        return RoundKind(self.undated_round).label if self.undated_round else ""

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


@dataclass(frozen=True)
class Reading:
    """How a file's cells read, beyond the columns: settled by the person on the columns
    step, or by a recognised format (interviews.exchange.presets)."""

    order: str = DAY_FIRST
    own_email: str = ""  # the person's own address: never an employer's contact
    role_default: str = ""  # for a format that has no role column (CareerOneStop's)
    status_default: str = ""  # for a format whose rows all stand as one (saved jobs)
    # The status date is the day each status was reached, "Applied" included (Huntr's).
    applied_by_status_date: bool = False
    # What the person said their own status words mean, on the preview: the word's folded
    # words -> a meaning (``vocabulary.MEANINGS``) or KEEP_AS_NOTE.
    statuses: dict[str, str] = field(default_factory=dict)
    # The year the file's dates written without one ("11/2") are in: most of its full
    # dates' (``values.file_year``); the import day's when it has none.
    year: int | None = None


def plan_row(
    number: int,
    cells: dict[str, str],
    *,
    order: str,
    today: dt.date,
    reading: Reading | None = None,
) -> PlannedRow:
    """One row (our field -> its cell) as an application and perhaps a status update."""
    reading = reading or Reading(order=order)
    row = PlannedRow(number)
    cells = {name: blank(cell) for name, cell in cells.items()}  # "N/A", "-", "—": empty
    for name in ONE_LINE:  # a line break inside a name cell is a wrapped line, not data
        cells[name] = " ".join(cells.get(name, "").split())
    cells["role"] = cells["role"] or reading.role_default
    if not cells["company"]:
        row.problems.append("no company")
    if not cells["role"]:
        row.problems.append("no role")
    applied_on = _date(row, cells.get("applied_on", ""), "applied date", reading, today)
    status_on = _date(row, cells.get("status_date", ""), "status date", reading, today)
    notes = [cells.get("notes", "")]
    row.interview = _interview(cells.get("interview_on", ""), reading, today, notes)
    row.fields = {
        "company": cells["company"],
        "role": cells["role"],
        "applied_on": applied_on,
        "location": cells.get("location", ""),
        "salary": cells.get("salary", ""),
        "contact_name": cells.get("contact_name", ""),
        "contact_email": _their_address(cells.get("contact_email", ""), reading.own_email),
        "job_url": cells.get("job_url", ""),
    }
    _source(row, cells.get("source", ""), notes)
    status = cells.get("status", "") or reading.status_default
    if reading.applied_by_status_date and status_on and status_meaning(status) == APPLIED:
        row.fields["applied_on"] = status_on  # the day it moved to "Applied"
    status, said_on = _dated_status(status, reading, today)
    status_on = said_on or status_on or noted_day(cells.get("notes", ""), applied_on, today, order)
    _status(row, status, status_on, today, notes, reading.statuses, held_on=said_on)
    row.fields["notes"] = "\n\n".join(note for note in notes if note)
    _check(row, notes)
    return row


def noted_day(note: str, applied_on: dt.date | None, today: dt.date, order: str) -> dt.date | None:
    """The day a row's notes give ("Absage per Mail am 20.11.", "rejected on 20 Nov"): the
    first date written out, read as on or after the applied day, and only up to today.
    Never the applied day itself: a status it does not date did not happen when applying."""
    if not note or applied_on is None:
        return None
    day_first = order == DAY_FIRST
    found = dates.explicit_day(note, applied_on, day_first=day_first)
    found = found or (dates_de.explicit_day(note, applied_on) if day_first else None)
    return found if found is not None and applied_on < found <= today else None


def _source(row: PlannedRow, cell: str, notes: list[str]) -> None:
    """The "Where" cell as a ``Source`` through the shared vocabulary; the person a referral
    names in the notes; words we do not know kept in the notes as written."""
    if not cell:
        return
    source, who = source_of(cell)
    row.fields["source"] = source
    if who:
        notes.append(f"{Source(source).label} (from your spreadsheet): {who}")
    elif not source:
        notes.append(f"Where you found it (from your spreadsheet): {cell}")
        row.notes.append(f"“{cell}” is not a source we know: kept in the notes")


def _their_address(address: str, own: str) -> str:
    """The contact's address, unless it is the person's own (LinkedIn's "Contact Email"
    is the applicant's): a draft to the employer must not go to oneself."""
    return "" if own and address.casefold() == own.casefold() else address


# A status cell that dates itself: "phone screen done 11/10", "rejected on Nov 20".
DATED_STATUS = re.compile(
    r"(?P<said>.*?[^\d\s/.-])\s*(?:\b(?:on|am)\s+)?"
    r"(?P<day>\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\.?|[a-z]{3,}\.? \d{1,2}|\d{1,2}\.? [a-z]{3,}\.?)"
)
# The hour a held interview is put at when its day is all the file gives ("done 11/10"):
# a round needs a time, and midday is the one that moves it to no other day in any zone.
MIDDAY = dt.time(12, 0)


def _dated_status(cell: str, reading: Reading, today: dt.date) -> tuple[str, dt.date | None]:
    """A status cell with the day it happened written in it, as the status and that day
    ("phone screen done 11/10" → "phone screen done", 10 Nov); else the cell as it is."""
    match = DATED_STATUS.fullmatch(" ".join(cell.casefold().split()))
    if match is None or status_meaning(cell) is not None:
        return cell, None
    try:
        day = read_date(match["day"], reading.order, today=today, year=reading.year)
    except DateProblem:
        return cell, None
    said = match["said"].strip(" -–,:")
    return (said, day) if status_meaning(said) is not None else (cell, None)


def _interview(
    cell: str, reading: Reading, today: dt.date, notes: list[str]
) -> tuple[dt.datetime, str] | None:
    """An interview dated with its time becomes a round (held if its day is past); one
    without a time, or with a date we cannot read, is kept in the notes as written."""
    if not cell:
        return None
    try:
        day = read_date(cell, reading.order, today=today, year=reading.year)
        time = read_time(cell)
    except DateProblem:
        day, time = None, None
    reach = today.replace(year=today.year + 1)
    if day is None or time is None or not EARLIEST <= day <= reach:
        notes.append(f"Interview (from your spreadsheet): {cell}")
        return None
    outcome = Outcome.DONE if day < today else Outcome.SCHEDULED
    return dt.datetime.combine(day, time), outcome


def _date(
    row: PlannedRow, cell: str, what: str, reading: Reading, today: dt.date
) -> dt.date | None:
    try:
        day = read_date(cell, reading.order, today=today, year=reading.year)
    except DateProblem as problem:
        row.problems.append(f"{what}: {problem}")
        return None
    if day is not None and not EARLIEST <= day <= today:
        row.problems.append(
            f"{what} {day.isoformat()} is {'in the future' if day > today else 'before 1990'}"
        )
        return None
    return day


def _meaning(row: PlannedRow, cell: str, chosen: dict[str, str], notes: list[str]) -> str | None:
    """What the status cell stands for: the shared vocabulary's reading, else what the
    person chose for the word on the preview; None (kept as a note) failing both."""
    kind = status_meaning(cell)
    if kind is not None:
        return kind
    row.unknown_status = cell
    notes.append(f"Status in the spreadsheet: {cell}")  # as written, read or not
    kind = chosen.get(words(cell), KEEP_AS_NOTE)
    if kind == KEEP_AS_NOTE:
        row.notes.append(f"status “{cell}” is not one we know: kept in the notes")
        return None
    return kind


def _status(
    row: PlannedRow,
    cell: str,
    on: dt.date | None,
    today: dt.date,
    notes: list[str],
    chosen: dict[str, str],
    *,
    held_on: dt.date | None = None,
) -> None:
    """The status cell as a record. ``held_on``: the day the cell itself gives ("phone
    screen done 11/10"), the day an interview it names was held."""
    kind = _meaning(row, cell, chosen, notes) if cell else None
    if kind is None:
        return
    if kind == SAVED:
        row.fields["applied_on"] = None
    elif kind != APPLIED:
        note = f"From your spreadsheet (status “{cell}”)."
        if kind == INTERVIEWED and row.interview:
            return  # the round says it: in the interviews
        if kind == INTERVIEWED and held_on is not None:
            row.interview = (dt.datetime.combine(held_on, MIDDAY), Outcome.DONE)
            row.interview_kind = round_kind_of(cell)
            row.notes.append("the interview's time is not in the file: put at midday")
            return
        if kind == INTERVIEWED:
            # An interview held, of the kind the word names ("phone screen" screens), its
            # date not recorded: a status's date says when the line was written, not when
            # they met. Never "moving forward", which before any round reads as a screening
            # passed: the card would sit in Interviewing saying "not an interview yet".
            row.undated_round = round_kind_of(cell)
            row.notes.append("no date for the interview in the file: added without one")
            return
        applied_on = row.fields["applied_on"]
        if on is None and isinstance(applied_on, dt.date):
            # The row's own date, never the import day's: the import day is not a day
            # anything happened, and would read as the latest news (new-user trial 4).
            on = applied_on
            row.notes.append("no date for the status in the file: dated the day you applied")
            note += " The file gives no date for it: dated the day you applied."
        elif on is None:
            row.notes.append("no date for the status in the file: dated today")
            note += " The file gives no date for it: dated the day of the import."
        row.update = (kind, on or today, note)


def _check(row: PlannedRow, notes: list[str]) -> None:
    """Anything else the model refuses: an over-long cell, a malformed e-mail or URL."""
    people = {name: row.fields[name] for name in PEOPLE if name in row.fields}
    candidate = Application(**{k: v for k, v in row.fields.items() if k not in PEOPLE})
    contact = Contact(
        name=str(people.get("contact_name", "")), email=str(people.get("contact_email", ""))
    )
    messages_by_name: dict[str, list[str]] = {}
    try:
        candidate.clean_fields(exclude=["owner", "stage", "uid"])
    except ValidationError as error:
        messages_by_name.update(error.message_dict)
    try:
        contact.clean_fields(exclude=["owner", "uid", "phone", "company", "linkedin_url"])
    except ValidationError as error:
        # An empty name is no problem here: the row names nobody.
        for field, messages in error.message_dict.items():
            if field != "name" or contact.name:
                messages_by_name[PEOPLE_FIELD[field]] = messages
    if messages_by_name:
        for name, messages in messages_by_name.items():
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
