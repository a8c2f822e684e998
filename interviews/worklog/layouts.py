"""The log in the shapes agencies accept: pure functions from entries to rows or text.

- US: the fields state agencies list (New York's WS5, Washington's and Nebraska's logs):
  week ending, date, employer, address or web, phone, contact, method, position, result
  (the result as it stood at the end of that week, not today's).
- DE: the Bewerbungsnachweis a Jobcenter asks for, with German headers and words: the
  kind of effort, the employer's address, the contact person. Downloaded as German Excel
  opens it: ";" between cells and a UTF-8 byte-order mark.
- UK: a Universal Credit journal: one dated paragraph per activity with the time spent.

The printable page and the downloads read the same layout, so they always agree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db.models import TextChoices

from interviews.guidance import short_date
from interviews.models import Outcome, Source, Stage
from interviews.worklog.entries import Entry, Origin
from interviews.worklog.models import ActivityKind, ContactMethod
from interviews.worklog.weeks import ClaimWeek

# Each choice's German words, by its kind of choice (values repeat across kinds).
GERMAN_WORDS: dict[type, dict[str, str]] = {
    ContactMethod: {
        ContactMethod.ONLINE: "Online",
        ContactMethod.EMAIL: "E-Mail",
        ContactMethod.PHONE: "Telefonisch",
        ContactMethod.IN_PERSON: "Persönlich",
        ContactMethod.MAIL: "Per Post",
    },
    Source: {
        Source.JOB_BOARD: "Online (Jobbörse)",
        Source.COMPANY_SITE: "Online (Firmenwebsite)",
        Source.REFERRAL: "Über eine Empfehlung",
        Source.RECRUITER: "Über einen Personalvermittler",
        Source.NETWORK: "Über Kontakte",
        Source.OTHER: "Sonstiges",
    },
    Stage: {
        Stage.SAVED: "Vorgemerkt",
        Stage.APPLIED: "Beworben, Antwort offen",
        Stage.SCREENING: "Im Auswahlverfahren",
        Stage.INTERVIEWING: "Im Vorstellungsverfahren",
        Stage.OFFER: "Angebot erhalten",
        Stage.ACCEPTED: "Angebot angenommen",
        Stage.DECLINED: "Angebot abgelehnt",
        Stage.REJECTED: "Absage erhalten",
        Stage.WITHDRAWN: "Bewerbung zurückgezogen",
        Stage.RESCINDED: "Angebot zurückgezogen",
    },
    Outcome: {
        Outcome.SCHEDULED: "Gespräch vereinbart",
        Outcome.DONE: "Gespräch geführt, Antwort offen",
        Outcome.ADVANCED: "Eine Runde weiter",
        Outcome.NOT_SELECTED: "Absage nach dem Gespräch",
        Outcome.CANCELLED: "Gespräch abgesagt",
    },
    Origin: {
        Origin.APPLICATION: "Bewerbung",
        Origin.INTERVIEW: "Vorstellungsgespräch",
        Origin.FOLLOW_UP: "Nachfrage zur Bewerbung",
    },
    ActivityKind: {
        ActivityKind.NETWORKING: "Kontaktpflege (Networking)",
        ActivityKind.JOB_FAIR: "Jobmesse",
        ActivityKind.WORKSHOP: "Workshop oder Weiterbildung",
        ActivityKind.INFORMATIONAL: "Informationsgespräch",
        ActivityKind.RECRUITER_CALL: "Gespräch mit einem Personalvermittler",
        ActivityKind.AGENCY: "Anmeldung bei einer Vermittlung",
        ActivityKind.OTHER: "Sonstige Aktivität",
    },
}


@dataclass(frozen=True)
class Layout:
    slug: str
    name: str  # what the person picks on the page
    filename: str  # the download's name, before the dates
    header: list[str]
    row: Callable[[Entry], list[str]]
    delimiter: str = ","
    bom: bool = False  # German Excel reads a CSV as UTF-8 only with one


def _label(choice: TextChoices | None) -> str:
    return "" if choice is None else choice.label


def _german(choice: TextChoices | None) -> str:
    return "" if choice is None else GERMAN_WORDS[type(choice)].get(choice, choice.label)


def us_row(entry: Entry) -> list[str]:
    return [
        entry.week_ending.strftime("%m/%d/%Y") if entry.week_ending else "",
        entry.on.strftime("%m/%d/%Y"),
        entry.what,
        entry.organisation,
        entry.address,
        entry.phone,
        entry.contact,
        _label(entry.method),
        entry.position,
        entry.result,
    ]


def german_row(entry: Entry) -> list[str]:
    status = _german(entry.status) if entry.status is not None else entry.result
    effort = _german(entry.activity_kind or entry.origin)
    return [
        entry.on.strftime("%d.%m.%Y"),
        effort,
        entry.organisation,
        ", ".join(part for part in (entry.address, entry.phone and f"Tel. {entry.phone}") if part),
        entry.contact,
        entry.position,
        _german(entry.method),
        status,
    ]


US = Layout(
    "us",
    "US state log (date, employer, contact, method, position, result)",
    "work-search-log",
    [
        "Week ending",
        "Date",
        "Activity",
        "Employer or organisation",
        "Address, e-mail or web address",
        "Phone",
        "Contact name or title",
        "Method of contact",
        "Position",
        "Result",
    ],
    us_row,
)
GERMAN = Layout(
    "de",
    "Bewerbungsnachweis (Germany)",
    "bewerbungsnachweis",
    [
        "Datum",
        "Art der Bemühung",
        "Unternehmen",
        "Anschrift",
        "Ansprechpartner",
        "Stelle",
        "Art der Bewerbung",
        "Status",
    ],
    german_row,
    delimiter=";",
    bom=True,
)
TABLES = {layout.slug: layout for layout in (US, GERMAN)}
UK = "uk"
LAYOUT_CHOICES = [
    (US.slug, US.name),
    (GERMAN.slug, GERMAN.name),
    (UK, "Universal Credit journal (UK)"),
]
# The layout each country's benefits office knows; elsewhere the US log, the fullest.
LAYOUT_OF_COUNTRY = {"US": US.slug, "DE": GERMAN.slug, "GB": UK}


def layout_for(country: str) -> str:
    return LAYOUT_OF_COUNTRY.get(country, US.slug)


def journal_paragraph(entry: Entry) -> str:
    """'Mon 2 Nov 2026. Application sent: Software Engineer at Acme, via Job board.
    Result: Applied. Time spent: 45 minutes.'"""
    what = entry.what
    if entry.position:
        what += f": {entry.position} at {entry.organisation}"
    else:
        what += f": {entry.organisation}"
    parts = [f"{short_date(entry.on)} {entry.on.year}. {what}"]
    if entry.method is not None:
        parts.append(f"How: {entry.method.label}")
    if entry.contact:
        parts.append(f"Contact: {entry.contact}")
    if entry.result:
        parts.append(f"Result: {entry.result}")
    if entry.notes:
        parts.append(entry.notes)
    parts.append(f"Time spent: {time_spent(entry.minutes)}")
    return ". ".join(part.rstrip(".") for part in parts) + "."


def time_spent(minutes: int | None) -> str:
    if not minutes:
        return "not recorded"
    hours, rest = divmod(minutes, 60)
    words = [f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []
    if rest:
        words.append(f"{rest} minute{'s' if rest != 1 else ''}")
    return " ".join(words)


def journal_text(weeks: Iterable[ClaimWeek]) -> str:
    """The UK journal: each week's heading with the time it adds up to, then a paragraph
    per activity, oldest first, a blank line between them."""
    blocks = []
    for week in weeks:
        spent = f"{time_spent(week.minutes)} recorded" if week.minutes else "no time recorded"
        blocks.append(f"Week {week.label}: {spent}")
        blocks += [journal_paragraph(entry) for entry in week.in_order]
    return "".join(block + "\n\n" for block in blocks)
