"""Dates and times written in a letter, resolved against the day it was sent.

"by Friday", "within two weeks", "by the end of next week", "5 working days", "4 December",
"Tuesday 8th December at 2.30pm", "10:00 AM PST". A day without a year is the next one on
or after the day the mail was sent; a time without a zone is the sender's (the offset of
the Date header). Vague words ("shortly", "in the coming days") resolve to nothing.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from interviews import written_dates_de as dates_de
from interviews.guidance.business_days import add_business_days, is_business_day
from interviews.month_names import MONTHS
from interviews.written_dates_de import (
    after_the_holidays,
    christmas_eve,
    coming_month,
    early_in,
    month_end,
    next_on_or_after,
)

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "a": 1}  # fmt: skip
ZONES = {
    "utc": "UTC", "gmt": "UTC", "bst": "Europe/London", "uk time": "Europe/London",
    "cet": "Europe/Paris", "cest": "Europe/Paris", "et": "America/New_York",
    "est": "America/New_York", "edt": "America/New_York", "ct": "America/Chicago",
    "cst": "America/Chicago", "cdt": "America/Chicago", "mt": "America/Denver",
    "mst": "America/Denver", "mdt": "America/Denver", "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "mez": "Europe/Berlin",
    "mesz": "Europe/Berlin", "deutscher zeit": "Europe/Berlin",
    "eastern time": "America/New_York", "central time": "America/Chicago",
    "mountain time": "America/Denver", "pacific time": "America/Los_Angeles",
    "london time": "Europe/London", "berlin time": "Europe/Berlin",
    "central european time": "Europe/Paris", "london": "Europe/London", "eastern":
    "America/New_York", "central": "America/Chicago", "mountain": "America/Denver",
    "pacific": "America/Los_Angeles",
    "berlin": "Europe/Berlin", "paris": "Europe/Paris", "new york": "America/New_York",
}  # fmt: skip
# Longest first, so that "central european time" is not read as "central time" cut short.
ZONE_NAMES = "|".join(sorted(ZONES, key=len, reverse=True))

MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?:,?\s+(?P<year>20\d\d))?"
# A weekday, or its short form in informal mail ("by tues", "on Thu").
WEEKDAY = r"(?<!')(?P<weekday>" + "|".join(WEEKDAYS) + r"|mon|tues?|weds?|thu(?:rs?)?|fri)\b\.?"
DAY_MONTH = re.compile(rf"\b{DAY}(?:\s+of)?\s+{MONTH}{YEAR}\b", re.IGNORECASE)
MONTH_DAY = re.compile(rf"\b{MONTH}\s+{DAY}\b{YEAR}", re.IGNORECASE)
ISO_DAY = re.compile(r"\b(?P<year>20\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
NAMED_WEEKDAY = re.compile(
    # "Friday week" (British and Irish): the Friday of the week after this one
    rf"\b(?P<next>next\s+|this\s+)?{WEEKDAY}(?P<after>,?\s+next\s+week\b|\s+week\b)?",
    re.IGNORECASE,
)
# "within 7-10 business days", "in one or two weeks": a promise is held to the latest day
# its words allow, so a range counts its larger number.
COUNT = r"(?:\d{1,2}|" + "|".join(NUMBERS) + r")"
SPAN = re.compile(
    r"\b(?:within|in|over)\s+(?:the\s+(?:next|coming)\s+|about\s+|around\s+|roughly\s+|"
    rf"approximately\s+)?(?:{COUNT}\s*(?:-|–|to|or)\s*)?(?P<count>\d{{1,2}}|"
    + "|".join(NUMBERS)
    + r")\s+(?P<unit>(?:business|working)\s+days?|days?|weeks?|hours?)\b"
    r"|\b(?P<count2>\d{1,2}|" + "|".join(NUMBERS) + r")\s+(?P<unit2>days?|weeks?)\s+to\s+"
    r"(?:complete|respond|reply|accept|decide)",
    re.IGNORECASE,
)
# An ISO calendar week ("KW 50", "Ende KW 50", "Kalenderwoche 50", "calendar week 50"):
# its Friday, the end of that working week; "Anfang KW 50" its Wednesday, as "early next
# week" is. The next such week on or after the day the mail was sent.
CALENDAR_WEEK = re.compile(
    r"\b(?P<part>Anfang|Mitte|Ende|early|mid|end of)?\s*(?:der\s+|the\s+)?"
    r"(?:KW|Kalenderwoche|calendar\s+week|CW)\s*(?P<week>[1-5]?\d)\b(?:\s*/?\s*(?P<year>20\d\d))?",
    re.IGNORECASE,
)


def calendar_week(text: str, sent: date) -> date | None:
    match = CALENDAR_WEEK.search(text)
    if not match:
        return None
    week = int(match["week"])
    part = (match["part"] or "").lower()
    weekday = 3 if part in {"anfang", "early", "mitte", "mid"} else 5
    years = [int(match["year"])] if match["year"] else [sent.year, sent.year + 1]
    for year in years:
        try:
            found = date.fromisocalendar(year, week, weekday)
        except ValueError:
            continue
        if match["year"] or found >= sent - timedelta(days=7):
            return found
    return None


WEEK_WORDS = re.compile(
    r"\b(?P<which>end of (?:the |this )?week|end of next week|early next week|"
    r"(?:the )?middle of next week|mid-? ?next week|next week|"
    r"mid-?\s*(?P<mid>" + "|".join(m for m in MONTHS if len(m) > 3) + r")|tomorrow|"
    r"end of (?:the )?day|close of business|"
    r"(?P<month_end>end of (?:the |this )?month|month-? ?end)|"
    r"(?P<year_end>end of (?:the |this )?year|year-? ?end)|"
    r"(?P<this_week>(?<!earlier )(?:later |some ?time )?this week)|"
    r"end of (?P<end>" + "|".join(m for m in MONTHS if len(m) > 3) + r"))\b",
    re.IGNORECASE,
)
# Soft words for a time, read early in it ("early January", "in January", "after the
# holidays"): ``dates_de.early_in``, one rule for both languages.
LONG_MONTHS = "|".join(m for m in MONTHS if len(m) > 3)
SOFT = re.compile(
    r"\b(?:(?:early|beginning of|start of|the start of|the beginning of|(?:the )?first week "
    r"(?:of|in))\s+|in\s+)(?P<month>" + LONG_MONTHS + r")\b(?!\s*\d)|"
    r"\b(?P<christmas>before (?:the )?(?:christmas|xmas))\b|"
    r"\b(?P<holidays>after (?:the )?(?:holidays|holiday season|christmas(?: break)?|"
    r"new year(?:'s)?|the break|the year end)|in the new year|"
    r"(?:during|in|within) the first week back)\b",
    re.IGNORECASE,
)
ZONE_AFTER = re.compile(r"\bUhr\s*\(?(?P<zone>" + ZONE_NAMES + r")\b", re.IGNORECASE)
CLOCK = re.compile(
    r"\b(?:at|from|@)?\s*(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d)(?![.:]?\d))?\s*"
    r"(?P<ampm>a\.?m\.?|p\.?m\.?)?(?:\s*\(?(?P<zone>" + ZONE_NAMES + r")(?!\s*[+\-−]\s*\d)\)?)?"
    r"(?=\W|$)",
    re.IGNORECASE,
)
NOON = re.compile(r"\b(?:12\s*)?(?:noon|midday)\b", re.IGNORECASE)
O_CLOCK = re.compile(r"\b(?P<hour>[01]?\d)\s*o['’]?clock\b", re.IGNORECASE)
# The end of a range that carries the meridiem for both ends ("1:30-2:15pm").
RANGE_END = re.compile(
    r"\s*(?:-|–|—|to|until)\s*(?P<hour>[01]?\d)(?::[0-5]\d)?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)",
    re.IGNORECASE,
)
# A zone written as an offset ("(UTC-05:00)", "GMT+1"): read only where no zone is named,
# since Outlook writes a zone's standard offset even in summer.
OFFSET = re.compile(
    r"\b(?:UTC|GMT)\s*(?P<sign>[+\-−])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d\d))?", re.IGNORECASE
)


def explicit_day(text: str, sent: date, *, day_first: bool = False) -> date | None:
    """The first calendar date written out in the text ("4 December", "Dec 4, 2026")."""
    for pattern in (DAY_MONTH, MONTH_DAY, ISO_DAY):
        match = pattern.search(text)
        if match:
            month = match["month"]
            number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
            year = int(match["year"]) if match["year"] else None
            return next_on_or_after(sent, number, int(match["day"]), year)
    if match := SLASHED.search(text) or DASHED.search(text):
        return _slashed(match, sent, day_first=day_first)
    if match := ORDINAL_ONLY.search(text):
        return _ordinal_only(int(match["day"]), sent)
    return None


# "by the 23rd": that day of this month, or of the next once it has passed.
ORDINAL_ONLY = re.compile(
    rf"\b(?:by|on|before|until|till|{WEEKDAY},?) the (?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
    r"(?!\s+(?:of|round|stage|interview|time|week|day|floor))",
    re.IGNORECASE,
)


def _ordinal_only(day: int, sent: date) -> date | None:
    for months_ahead in (0, 1):
        month = (sent.month - 1 + months_ahead) % 12 + 1
        year = sent.year + (sent.month - 1 + months_ahead) // 12
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found >= sent:
            return found
    return None


SLASHED = re.compile(
    r"(?<![\d/.])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?:/(?P<year>(?:20)?\d\d))?(?![\d/])"
)
# "07-01-2027": with dashes only when a full year follows (not a range like "10-12").
DASHED = re.compile(r"(?<![\d-])(?P<a>[0-3]?\d)-(?P<b>[0-3]?\d)-(?P<year>20\d\d)(?![\d-])")


def _slashed(match: re.Match[str], sent: date, *, day_first: bool) -> date | None:
    """18/12 or 12/18: a day and a month when the order cannot be mistaken, or when the
    sender writes day first (``day_first``: a British or European sender)."""
    a, b = int(match["a"]), int(match["b"])
    if a > 12 >= b or (day_first and a <= 12 and b <= 12):
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    else:
        return None
    year = match["year"]
    full = (2000 + int(year) if len(year) == 2 else int(year)) if year else None
    return next_on_or_after(sent, month, day, full)


def _weekday_after(sent: date, weekday: int, *, next_week: bool) -> date:
    if next_week:
        monday = sent - timedelta(days=sent.weekday()) + timedelta(days=7)
        return monday + timedelta(days=weekday)
    return sent + timedelta(days=(weekday - sent.weekday()) % 7 or 7)


def _span(match: re.Match[str], sent: date) -> date:
    count_word = (match["count"] or match["count2"]).lower()
    count = int(count_word) if count_word.isdigit() else NUMBERS[count_word]
    unit = (match["unit"] or match["unit2"]).lower()
    if "business" in unit or "working" in unit:
        return add_business_days(sent, count)
    if unit.startswith("week"):
        return sent + timedelta(weeks=count)
    if unit.startswith("hour"):
        return sent + timedelta(days=max(1, count // 24))
    return sent + timedelta(days=count)


def last_working_day(friday: date) -> date:
    """ "This week", "next week": the week's last working day in the calendar in force (Thu
    24 Dec when Christmas is a Friday); the Friday itself when the whole week is off."""
    day = friday
    while not is_business_day(day) and day.weekday() > 0:
        day -= timedelta(days=1)
    return day if is_business_day(day) else friday


def _week_words(match: re.Match[str], sent: date) -> date | None:
    words = " ".join(match["which"].lower().split())
    friday = sent + timedelta(days=(4 - sent.weekday()) % 7)
    if words in {"end of the day", "end of day", "close of business"}:
        return None  # of which day: the rest of the sentence says, or nobody does
    if words == "tomorrow":
        return sent + timedelta(days=1)
    if match["month_end"]:
        return month_end(sent)
    if match["year_end"]:
        return date(sent.year, 12, 31)
    if match["this_week"]:
        return last_working_day(friday)
    if words in {"end of the week", "end of this week", "end of week"}:
        return last_working_day(friday)
    if words in {"end of next week", "next week"}:
        return last_working_day(_weekday_after(sent, 4, next_week=True))
    if words == "early next week":  # the latest day "early" still covers
        return _weekday_after(sent, 2, next_week=True)
    if "next week" in words and "mid" in words:  # the middle of next week: its Wednesday
        return _weekday_after(sent, 2, next_week=True)
    month = MONTHS[(match["mid"] or match["end"]).lower()]
    day = 15 if match["mid"] else 28
    found = next_on_or_after(sent, month, day, None)
    return month_end(found) if found and match["end"] else found


def day_in(
    text: str, sent: date | None, *, day_first: bool = False, before: str = ""
) -> date | None:
    """The day a sentence names, however it names it; None when it names none. ``before``
    is the sentence's text ahead of ``text``, where the event a span counts from may be
    named ("Once we receive your work, we'll reply within 5 days")."""
    if sent is None:
        return None
    found = explicit_day(text, sent, day_first=day_first) or calendar_week(text, sent)
    if found:
        return found
    if (match := SPAN.search(text)) and not dates_de.counted_from_later_event(
        before + text, match, offset=len(before)
    ):
        return _span(match, sent)
    if match := NAMED_WEEKDAY.search(text):
        return _named_weekday(match, sent)
    if FIRST_DAY_BACK.search(text):
        return first_working_day_of_the_year(sent)
    if match := WEEK_WORDS.search(text):
        return _week_words(match, sent)
    if match := SOFT.search(text):
        return _soft(match, sent)
    return dates_de.explicit_day(text, sent) or dates_de.relative_day(
        text, sent, add_business_days, last_working_day, before=before
    )


# "on the first working day after New Year", "am ersten Arbeitstag im neuen Jahr"
FIRST_DAY_BACK = re.compile(
    r"\bfirst (?:working|business) day (?:after|of|in) (?:the )?(?:new year|christmas|"
    r"holidays|january)|\bersten Arbeitstag (?:nach|im) (?:(?:dem |den )?(?:Neujahr|"
    r"Feiertagen|Jahreswechsel|Januar|neuen Jahr))",
    re.IGNORECASE,
)


def first_working_day_of_the_year(sent: date) -> date:
    """The first working day of the coming January (of this one, said in January), in the
    calendar in force: Tue 5 Jan 2027 in Scotland, Mon 4 Jan in England."""
    year = sent.year + (sent.month >= 10)
    return add_business_days(date(year - 1, 12, 31), 1)


def _soft(match: re.Match[str], sent: date) -> date | None:
    if match["christmas"]:
        return christmas_eve(sent)
    if match["holidays"]:
        return after_the_holidays(sent)
    return early_in(coming_month(sent, MONTHS[match["month"].lower()]))


def _clock(text: str) -> tuple[time, str] | None:
    text = O_CLOCK.sub(r"\g<hour>:00", NOON.sub("12:00 pm", text))
    for match in CLOCK.finditer(text):
        hour, minute, ampm = int(match["hour"]), int(match["minute"] or 0), match["ampm"]
        if not ampm and (end := RANGE_END.match(text, match.end())):
            ampm = _start_meridiem(hour, int(end["hour"]), end["ampm"])
        if not ampm and not match["minute"]:
            continue  # "2" alone is a number, not a time
        if not ampm and dates_de.WRITTEN_DAY.match(text, match.start("hour")):
            continue  # "am 10.12." is the tenth of December, not 10:12
        if ampm:
            if hour > 12 or hour == 0:
                continue
            hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
        zone = match["zone"] or _zone_after(text[match.end() : match.end() + 60])
        return time(hour, minute), zone.lower()
    return None


def _start_meridiem(start: int, end: int, end_ampm: str) -> str:
    """ "1:30-2:15pm" starts in the afternoon, "11:30-12:15pm" in the morning: the start
    shares the end's half of the day unless the range crosses noon."""
    afternoon = end_ampm.lower().startswith("p")
    crosses_noon = start % 12 > end % 12
    return "pm" if afternoon != crosses_noon else "am"


# A zone written after a time range ("9:00 AM - 10:00 AM PST"): capitals only, so that
# the words "et" or "pt" inside a sentence are not read as zones.
ZONE_LATER = re.compile(
    r"\b((?:UTC|GMT)(?!\s*[+\-−]\s*\d)|BST|CET|CEST|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|"
    r"PDT|MEZ|MESZ|Central European Time|(?:Eastern|Central|Mountain|Pacific|London|Berlin|UK) "
    r"[Tt]ime|Eastern|Pacific|London|Berlin|Paris|New York)\b"
)


def _zone_after(text: str) -> str:
    found = ZONE_LATER.search(text) or OFFSET.search(text)
    return found.group(0) if found else ""


def zone_named(written: str) -> tzinfo:
    """The zone a letter names: a name or abbreviation from ``ZONES``, or a fixed offset."""
    if written in ZONES:
        return ZoneInfo(ZONES[written])
    offset = OFFSET.fullmatch(written)
    if offset is None:
        raise ValueError(f"not a zone: {written!r}")
    sign = -1 if offset["sign"] in "-−" else 1
    minutes = int(offset["hours"]) * 60 + int(offset["minutes"] or 0)
    return timezone(sign * timedelta(minutes=minutes))


def moment_in(
    text: str, sent_at: datetime | None, zone: tzinfo | None = None, *, day_first: bool = False
) -> datetime | None:
    """A day and a clock time in the same sentence, as an aware datetime. A time written
    without a zone is read in ``zone`` (the person's), else in the sender's."""
    if sent_at is None:
        return None
    sent = sent_at.date()
    day = (
        explicit_day(text, sent, day_first=day_first)
        or dates_de.explicit_day(text, sent)
        or _next_days(text, sent)
        or _weekday_only(text, sent)
        or dates_de.weekday(text, sent)
    )
    english, german = _clock(text) or _bare_hour(text), _german_clock(text)
    # A time written the German way ("um 14:00 Uhr") wins: in "am 17.12. um 14:00 Uhr"
    # the English reading would take the date "17.12" for a clock time.
    clock = german or english
    if not day or not clock:
        return None
    at = clock[0]
    # A zone either reading found ("15:30 - 16:15 (UTC+05:30)") holds for the time.
    written = next((found[1] for found in (german, english) if found and found[1]), "")
    where = zone_named(written) if written else (zone or sent_at.tzinfo)
    return datetime.combine(day, at, tzinfo=where)


# "tomorrow at 10am", "morgen um 10 Uhr" (lower case: "heute Morgen" is this morning),
# "the day after tomorrow", "übermorgen".
NEXT_DAYS = re.compile(
    r"\b(?P<two>the day after tomorrow|übermorgen)\b|\b(?P<one>tomorrow)\b|"
    r"(?<![Hh]eute )(?<![Aa]m )(?<![Gg]uten )\b(?P<morgen>morgen)\b(?!s)",
    re.IGNORECASE,
)


def _next_days(text: str, sent: date) -> date | None:
    match = NEXT_DAYS.search(text)
    if not match or (match["morgen"] and match["morgen"] == "Morgen" and match.start() > 0):
        return None  # "Morgen" inside a sentence is the morning; only "morgen" is tomorrow
    return sent + timedelta(days=2 if match["two"] else 1)


# "Thursday at 3 (Eastern)": a bare hour after "at", read in working hours (8 to 11 in
# the morning, 12 to 7 in the afternoon), only where the sentence names the day.
BARE_HOUR = re.compile(
    r"\b(?:at|@)\s*(?P<hour>1[0-2]|[1-9])\b(?![:.]\d|\s*(?:%|per\b|of\b|days?\b|weeks?\b|"
    r"hours?\b|minutes?\b|people\b|st\b|nd\b|rd\b|th\b))",
    re.IGNORECASE,
)


def _bare_hour(text: str) -> tuple[time, str] | None:
    match = BARE_HOUR.search(text)
    if not match:
        return None
    hour = int(match["hour"])
    hour += 12 if hour < 8 else 0
    return time(hour, 0), _zone_after(text[match.end() : match.end() + 60]).lower()


def _german_clock(text: str) -> tuple[time, str] | None:
    found = dates_de.clock(text)
    if not found:
        return None
    zone = ZONE_AFTER.search(text)
    return found, zone["zone"].lower() if zone else ""


def _weekday_only(text: str, sent: date) -> date | None:
    match = NAMED_WEEKDAY.search(text)
    return _named_weekday(match, sent) if match else None


def _named_weekday(match: re.Match[str], sent: date) -> date:
    """ "Friday", "next Friday", "Friday next week" ("this Friday" is the coming one)."""
    next_week = bool(match["after"]) or bool(match["next"] and "next" in match["next"].lower())
    short = match["weekday"].lower()[:3]
    weekday = next(i for i, name in enumerate(WEEKDAYS) if name.startswith(short))
    return _weekday_after(sent, weekday, next_week=next_week)
