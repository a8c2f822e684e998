"""Dates and times in German letters: "Donnerstag, 10. Dezember 2026, 10:00 Uhr",
"am 14.12. um 15 Uhr", "bis Ende nächster Woche", "innerhalb von zwei Wochen".

The phrases are found here; a written-out date is read by ``dateparser`` (which knows
German month names, abbreviations and day-first order), relative to the day the mail was
sent. Relative phrases resolve as their English twins do in ``dates``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import dateparser

MONATE = (
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\.?"
)
WOCHENTAGE = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]
ZAHLEN = {"ein": 1, "einer": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
          "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwölf": 12}  # fmt: skip

WRITTEN_DAY = re.compile(
    rf"\b(?P<day>[0-3]?\d)\.\s*(?:(?P<month>{MONATE})|(?P<mnum>[01]?\d)\.)"
    r"(?:\s*(?P<year>20\d\d|\d\d)\b)?",
    re.IGNORECASE,
)
HOUR = r"(?:[01]?\d|2[0-3])"
# "14:00 Uhr", "um 14 Uhr", "14:00h", "um 9.30", "von 10:00 bis 11:00"; of a range
# ("10:00 - 11:00 Uhr") the start. "h" only after minutes: "ca. 2h" is a length.
CLOCK = re.compile(
    rf"\b(?P<hour>{HOUR}):(?P<minute>[0-5]\d)\s*(?:-|–|—|bis)\s*{HOUR}(?::[0-5]\d)?\s*(?:Uhr|h)?(?![\w:])(?!\s*[ap]\.?m\b)"
    rf"|\b(?:um\s+|ab\s+|von\s+)?(?P<hour2>{HOUR})(?:[:.](?P<minute2>[0-5]\d))?\s*Uhr\b"
    rf"|\b(?P<hour6>{HOUR})\.(?P<minute6>[0-5]\d)\s*(?:-|–|—|bis)\s*{HOUR}\.[0-5]\d\s*(?:Uhr|h)\b"
    rf"|\b(?P<hour3>{HOUR})[:.](?P<minute3>[0-5]\d)\s*h\b"
    rf"|\bum\s+(?P<hour4>{HOUR})[:.](?P<minute4>[0-5]\d)\b"
    rf"|\b(?:von|ab)\s+(?P<hour5>{HOUR}):(?P<minute5>[0-5]\d)\b",
    re.IGNORECASE,
)
# "in ca. zwei Wochen", "in den kommenden 1-2 Wochen": a range counts its larger number.
ZAHL = r"(?:\d{1,2}|" + "|".join(ZAHLEN) + r")"
SPAN = re.compile(
    r"\b(?:innerhalb|binnen|in)\s+(?:von\s+|(?:der|den)\s+(?:nächsten|kommenden)\s+|ca\.\s*|"
    rf"circa\s+|etwa\s+|rund\s+|ungefähr\s+)*(?:{ZAHL}\s*(?:-|–|bis|oder)\s*)?"
    r"(?P<count>\d{1,2}|"
    + "|".join(ZAHLEN)
    + r")\s+(?P<unit>Werktag\w*|Arbeitstag\w*|Tag\w*|Woche\w*)\b",
    re.IGNORECASE,
)
# What the work takes: "dass dies zwei bis drei Wochen in Anspruch nehmen kann", "das
# dauert etwa zwei Wochen": a span from the day it was said, as "innerhalb" is.
DURATION = re.compile(
    rf"\b(?:{ZAHL}\s*(?:-|–|bis|oder)\s*)?(?P<count>\d{{1,2}}|"
    + "|".join(ZAHLEN)
    + r")\s+(?P<unit>Werktag\w*|Arbeitstag\w*|Tag\w*|Woche\w*)\s+(?:in Anspruch (?:nehmen|nimmt)|"
    r"dauer(?:n|t)|benötig(?:en|t))\b",
    re.IGNORECASE,
)
# A span counted from something still to happen, in either language ("within a week of
# your submission", "innerhalb einer Woche nach Ihrem Gespräch"), names no day: nobody
# knows yet when that is.
# Receiving work still to be sent ("of receiving it", "nach Eingang Ihrer Ergebnisse"), not
# the application an acknowledgement is about ("within a week of receiving your CV").
RECEIPT = (
    r"(?:receiv\w+|Eingang|Erhalt)\s+(?!(?:of\s+)?(?:your|their|the|Ihrer|deiner|der)\s+(?:application|"
    r"CV|resume|résumé|Bewerbung\w*|Unterlagen))"
)
LATER_EVENT = re.compile(
    r"\s+(?:of|after|from|following|nach)\s+(?:(?:(?:your|the|you|Ihrem|Ihrer|deinem|deiner|"
    r"dem|der)\s+)?(?:\w+\s+)?(?:submi\w*|complet\w*|finish\w*|interview\w*|call|meeting|"
    r"test|assessment|exercise|references?|Abgabe|Einreichung|Gespräch\w*|Interview\w*|Test\w*|"
    rf"Referenz\w*)\b|{RECEIPT})",
    re.IGNORECASE,
)
# ...and so does one whose event is named first: "Nach Eingang Ihrer Ergebnisse melden wir
# uns innerhalb von zehn Arbeitstagen", "once we receive your work, we'll reply within".
EARLIER_EVENT = re.compile(
    rf"\b(?:nach (?:{RECEIPT}|Abschluss|Abgabe|Einreichung|Auswertung)|sobald (?:wir|Sie|du)|"
    r"once (?:we|you|your|it)|after (?:we|you) (?:receive|submit|complete|get)|upon (?:receipt|"
    r"completion|submission))",
    re.IGNORECASE,
)


def counted_from_later_event(text: str, span: re.Match[str], *, offset: int = 0) -> bool:
    """Whether a span ("within 5 days") counts from something still to happen, named after
    it or before it in the sentence; ``span`` was found in ``text[offset:]``."""
    return bool(
        LATER_EVENT.match(text, offset + span.end())
        or EARLIER_EVENT.search(text, 0, offset + span.start())
    )


COMING = r"(?:nächsten|nächster|kommenden|kommender)"
WEEK = re.compile(
    rf"\b(?P<which>Ende (?:der |dieser |diese )?{COMING} Woche|"
    rf"Ende (?:der |dieser )?Woche|(?:Anfang|Mitte) (?:der )?{COMING} Woche|"
    r"(?:im Laufe )?(?:dieser|diese) Woche|im Laufe der Woche|"
    r"nächste Woche|"
    r"nächsten Woche|kommende Woche|kommenden Woche|übermorgen|morgen)\b",
    re.IGNORECASE,
)
WEEKDAY = re.compile(
    r"\b(?P<next>nächsten?\s+|kommenden?\s+)?(?P<weekday>" + "|".join(WOCHENTAGE) + r")\b"
    r"(?P<after>,?\s+(?:der\s+)?(?:nächste[nr]?|kommende[nr]?)\s+Woche\b)?",
    re.IGNORECASE,
)


def explicit_day(text: str, sent: date) -> date | None:
    match = WRITTEN_DAY.search(text)
    if not match:
        return None
    if match["mnum"]:  # "15.12." is a day, not dateparser's 15:12 of today
        year = match["year"]
        full = int(year) + (2000 if len(year) == 2 else 0) if year else None
        return next_on_or_after(sent, int(match["mnum"]), int(match["day"]), full)
    base = datetime.combine(sent, time())
    found: datetime | None = dateparser.parse(
        match.group(0).rstrip("."),
        languages=["de"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future", "DATE_ORDER": "DMY"},
    )
    return found.date() if found else None


def next_on_or_after(start: date, month: int, day: int, year: int | None) -> date | None:
    """That day in ``year``, or without one the next on or after ``start`` (a week's grace
    for a day just past): a letter sent in December about "4 January" means next year's."""
    try:
        if year:
            return date(year, month, day)
        found = date(start.year, month, day)
        return found if found >= start - timedelta(days=7) else date(start.year + 1, month, day)
    except ValueError:
        return None


def _next_week_day(sent: date, weekday: int) -> date:
    return sent - timedelta(days=sent.weekday()) + timedelta(days=7 + weekday)


def relative_day(
    text: str,
    sent: date,
    add_business_days: Callable[[date, int], date],
    week_end: Callable[[date], date] = lambda friday: friday,
    *,
    before: str = "",
) -> date | None:
    """The day a German relative phrase names, from ``sent``; ``week_end`` turns a week's
    Friday into its last working day (the person's calendar, ``dates.last_working_day``)."""
    match = SPAN.search(text) or DURATION.search(text)
    if match and not counted_from_later_event(before + text, match, offset=len(before)):
        word = match["count"].lower()
        count = int(word) if word.isdigit() else ZAHLEN[word]
        unit = match["unit"].lower()
        if unit.startswith(("werktag", "arbeitstag")):
            return add_business_days(sent, count)
        return (
            sent + timedelta(weeks=count) if unit.startswith("woche") else sent + timedelta(count)
        )
    if match := WEEK.search(text):
        words = " ".join(match["which"].lower().split())
        if words == "morgen":
            return sent + timedelta(days=1)
        if words == "übermorgen":
            return sent + timedelta(days=2)
        if words.startswith(("anfang", "mitte")):
            return _next_week_day(sent, 2)
        if not re.search(r"nächst|kommend", words):  # this week: "Ende der Woche", "diese Woche"
            return week_end(sent + timedelta(days=(4 - sent.weekday()) % 7))
        return week_end(_next_week_day(sent, 4))
    if match := PART_OF_MONTH.search(text):
        return _part_of_month(match, sent)
    if match := NEXT_MONTH.search(text):
        start = month_end(sent) + timedelta(days=1)
        part = match["part"].lower()
        if part in {"anfang", "early", "beginning of"}:
            return early_in(start)
        return start.replace(day=15) if part in {"mitte", "mid"} else month_end(start)
    if THIS_MONTH_END.search(text):
        return month_end(sent)
    if YEAR_END.search(text):
        return date(sent.year, 12, 31)
    return soft_day(text, sent) or weekday(text, sent)


# "Anfang/Mitte Januar", "Anfang oder Mitte Januar": of two parts named, the later, since
# a promise is held to the latest day its words allow.
PART_OF_MONTH = re.compile(
    r"\b(?:(?:Mitte|Ende|Anfang)\s*(?:/|oder|bis)\s*)?"
    rf"(?P<part>Mitte|Ende|Anfang) (?P<month>{MONATE})",
    re.IGNORECASE,
)


# "bis Ende des Monats", "Ende dieses Monats": the last day of the month it was sent in.
THIS_MONTH_END = re.compile(r"\b(?:Ende (?:des|dieses) Monats|Monatsende)\b", re.IGNORECASE)
YEAR_END = re.compile(
    r"\b(?:Ende (?:des|dieses) Jahres|Jahresende|(?:zum|vor dem) Jahreswechsel)\b", re.IGNORECASE
)
# "Anfang nächsten Monats", "bis Mitte des kommenden Monats", and English "early next month".
NEXT_MONTH = re.compile(
    r"\b(?P<part>Anfang|Mitte|Ende|early|mid|end of|beginning of)-?\s*(?:des\s+|the\s+)?"
    r"(?:nächsten|kommenden|next|the coming)\s+(?:Monats|month)\b",
    re.IGNORECASE,
)


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _part_of_month(match: re.Match[str], sent: date) -> date | None:
    """ "Mitte Januar" is its 15th, "Ende Januar" its last day, "Anfang Januar" the Friday
    of its first full working week (``early_in``)."""
    month = _month_number(match["month"], sent)
    if month is None:
        return None
    # This year's month, or next year's once it has passed ("Ende Januar" in December).
    start = coming_month(sent, month)
    part = match["part"].lower()
    if part == "ende":
        return month_end(start)
    return start.replace(day=15) if part == "mitte" else early_in(start)


def early_in(month: date) -> date:
    """ "Early January", "Anfang Januar": by the Friday of the month's first full working
    week (the week from its first Monday), the end of the first week people are back: in
    January 2027, Fri 8 Jan. Replies promised "after the holidays" usually come in the
    second week of January (docs/guidance-sources.md): the nudge falls on its Monday."""
    first = month.replace(day=1)
    monday = first + timedelta(days=-first.weekday() % 7)
    return monday + timedelta(days=4)


def coming_month(sent: date, month: int) -> date:
    """The first day of ``month`` in the year it next begins, or began, on or after ``sent``'s
    month: "January" said in December is next year's, said in January this one's."""
    return date(sent.year + (month < sent.month), month, 1)


def christmas_eve(sent: date) -> date | None:
    """ "Before Christmas", "vor Weihnachten", said from October to 24 December: that
    Christmas Eve, the latest day the words allow."""
    eve = date(sent.year, 12, 24)
    return eve if sent.month >= 10 and sent <= eve else None


def after_the_holidays(sent: date) -> date | None:
    """ "After the holidays", "in the new year", said from November to January: early in the
    coming (or current) January. Other months have no holidays everyone means."""
    if sent.month not in (11, 12, 1):
        return None
    return early_in(coming_month(sent, 1))


# "im Januar", "nach den Feiertagen", "im neuen Jahr": soft words for a time, read early.
SOFT = re.compile(
    rf"\b(?:im|ab|in)\s+(?P<month>{MONATE})(?![\wäöü])(?!\s*\d)|"
    rf"\bin\s+der\s+ersten\s+(?:(?P<month2>{MONATE})-?woche|Woche\s+(?:im|des)\s+(?P<month3>{MONATE}))|"
    r"\b(?P<christmas>vor\s+(?:den\s+)?(?:Weihnachtsfeiertagen|Weihnachten|Feiertagen))\b|"
    r"\b(?P<holidays>nach\s+(?:den\s+)?(?:Feiertagen|Weihnachten|Neujahr|dem\s+Jahreswechsel)|"
    r"im\s+neuen\s+Jahr|Anfang\s+des\s+(?:neuen|nächsten|kommenden)\s+Jahres)\b",
    re.IGNORECASE,
)


def soft_day(text: str, sent: date) -> date | None:
    """The day soft German words for a time mean ("im Januar": early in it)."""
    match = SOFT.search(text)
    if match is None:
        return None
    if match["christmas"]:
        return christmas_eve(sent)
    if match["holidays"]:
        return after_the_holidays(sent)
    month = _month_number(match["month"] or match["month2"] or match["month3"], sent)
    return early_in(coming_month(sent, month)) if month else None


def _month_number(name: str, sent: date) -> int | None:
    base = datetime.combine(sent, time())
    found: datetime | None = dateparser.parse(
        f"1. {name}", languages=["de"], settings={"RELATIVE_BASE": base}
    )
    return found.month if found else None


def weekday(text: str, sent: date) -> date | None:
    match = WEEKDAY.search(text)
    if not match:
        return None
    day = WOCHENTAGE.index(match["weekday"].lower())
    if match["after"] or (match["next"] and match["next"].lower().startswith("nächst")):
        return _next_week_day(sent, day)  # "nächsten Mittwoch", "Mittwoch nächster Woche"
    return sent + timedelta(days=(day - sent.weekday()) % 7 or 7)


def clock(text: str) -> time | None:
    match = CLOCK.search(text)
    if not match:
        return None
    hour, minute = next(
        (match[f"hour{n}"], match[f"minute{n}"])
        for n in ("", "2", "3", "4", "5", "6")
        if match[f"hour{n}"]
    )
    return time(int(hour), int(minute or 0))
