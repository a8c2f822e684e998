"""Ways people write a promised day or an interview time that the mail reader met on unseen
mail: ranges ("7-10 business days": the later end), "later this week", "month-end",
"the first week of January", "before Christmas", "Mitte nächster Woche", "in ca. zwei
Wochen", "Jahresende", "Anfang nächsten Monats", "14:00h", "10:00 - 11:00 Uhr" (the start),
"noon", "Eastern Time". Sent Wednesday 2 December 2026."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from interviews.guidance.business_days import holidays_of
from interviews.hrmail import read
from interviews.written_dates import moment_in
from tests.support.mail import letter

SENT = "Wed, 02 Dec 2026 09:00:00 +0100"
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("promise", "expected"),
    [
        ("We expect to decide by month-end and will let you know.", dt.date(2026, 12, 31)),
        ("We will get back to you within 7-10 business days.", dt.date(2026, 12, 16)),
        ("You should hear from us in 1-2 weeks.", dt.date(2026, 12, 16)),
        ("We'll let you know later this week.", dt.date(2026, 12, 4)),
        ("We will come back to you in the first week of January.", dt.date(2027, 1, 8)),
        ("We hope to let you know before Christmas.", dt.date(2026, 12, 24)),
        ("We'll be in touch over the next two weeks.", dt.date(2026, 12, 16)),
        ("We will let you know by the end of the year.", dt.date(2026, 12, 31)),
        ("We will get back to you early next month.", dt.date(2027, 1, 8)),
        ("Wir melden uns bis Ende kommender Woche bei Ihnen.", dt.date(2026, 12, 11)),
        ("Wir melden uns Mitte nächster Woche bei Ihnen.", dt.date(2026, 12, 9)),
        ("Sie hören in ca. zwei Wochen von uns.", dt.date(2026, 12, 16)),
        ("Sie erhalten in etwa 2 Wochen eine Rückmeldung von uns.", dt.date(2026, 12, 16)),
        ("Wir melden uns bis zum Monatsende bei Ihnen.", dt.date(2026, 12, 31)),
        ("Wir melden uns bis Jahresende bei Ihnen.", dt.date(2026, 12, 31)),
        ("Wir melden uns noch diese Woche bei Ihnen.", dt.date(2026, 12, 4)),
        ("Eine Rückmeldung erhalten Sie Anfang nächsten Monats.", dt.date(2027, 1, 8)),
        ("Wir melden uns in der ersten Januarwoche bei Ihnen.", dt.date(2027, 1, 8)),
        ("Wir melden uns in den kommenden 1-2 Wochen bei Ihnen.", dt.date(2026, 12, 16)),
        ("Wir melden uns noch vor Weihnachten bei Ihnen.", dt.date(2026, 12, 24)),
        (
            "You'll have an answer within three business days, so please don't worry.",
            dt.date(2026, 12, 7),
        ),
        ("Spätestens in zwei Wochen hörst du von uns.", dt.date(2026, 12, 16)),
        # the application has arrived: the span counts from now
        (
            "Wir melden uns innerhalb von zwei Wochen nach Eingang Ihrer Bewerbung.",
            dt.date(2026, 12, 16),
        ),
        ("Den Vertrag lassen wir Ihnen bis Freitag zukommen.", dt.date(2026, 12, 4)),
        ("Über das Ergebnis werden Sie bis zum 8. Jänner verständigt.", dt.date(2027, 1, 8)),
    ],
)
def test_a_promised_day_written_the_ways_people_write_it(promise, expected):
    body = f"Thank you for your time.\n\n{promise}"
    assert read(letter(body, date=SENT)).promised_reply_by == expected


SENT_AT = dt.datetime(2026, 12, 2, 9, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Termin: Donnerstag, 10.12.2026, 14:00h", dt.datetime(2026, 12, 10, 14, 0, tzinfo=BERLIN)),
        ("am 10.12. von 10:00 bis 11:00", dt.datetime(2026, 12, 10, 10, 0, tzinfo=BERLIN)),
        ("am 10.12., 10:00 – 11:00 Uhr", dt.datetime(2026, 12, 10, 10, 0, tzinfo=BERLIN)),
        (
            "Thursday, December 10 at noon ET",
            dt.datetime(2026, 12, 10, 12, 0, tzinfo=ZoneInfo("America/New_York")),
        ),
        (
            "Thursday, December 10, 2:00 PM Eastern Time",
            dt.datetime(2026, 12, 10, 14, 0, tzinfo=ZoneInfo("America/New_York")),
        ),
        (
            "Thu Dec 10, 10:00am - 10:45am (Pacific Time)",
            dt.datetime(2026, 12, 10, 10, 0, tzinfo=ZoneInfo("America/Los_Angeles")),
        ),
        (
            "When: Tuesday, December 15, 2026 11:00 AM-11:45 AM. (UTC-05:00) Eastern Time (US)",
            dt.datetime(2026, 12, 15, 11, 0, tzinfo=ZoneInfo("America/New_York")),
        ),
        (
            "Wann: Dienstag, 15. Dezember 2026 11:00-11:45. (UTC+01:00) Amsterdam, Berlin, Bern",
            dt.datetime(2026, 12, 15, 11, 0, tzinfo=BERLIN),
        ),
        (
            "15 December 2026 at 11:00 (London)",
            dt.datetime(2026, 12, 15, 11, 0, tzinfo=ZoneInfo("Europe/London")),
        ),
        ("Tuesday the 15th at 11 o'clock", dt.datetime(2026, 12, 15, 11, 0, tzinfo=BERLIN)),
        (
            "December 15 from 1:30-2:15pm CST",
            dt.datetime(2026, 12, 15, 13, 30, tzinfo=ZoneInfo("America/Chicago")),
        ),
        (
            "December 15, 11:30-12:15pm EST",
            dt.datetime(2026, 12, 15, 11, 30, tzinfo=ZoneInfo("America/New_York")),
        ),
        ("Tuesday 15 December, 16:00 (GMT+1)", dt.datetime(2026, 12, 15, 16, 0, tzinfo=BERLIN)),
        (
            "Interview slot: 07-01-2027 | 15:30 - 16:15 (UTC+05:30)",
            dt.datetime(2027, 1, 7, 15, 30, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
        ),
        (
            "Date: Thursday, December 10. Time: 2:30 - 3:15 pm Eastern",
            dt.datetime(2026, 12, 10, 14, 30, tzinfo=ZoneInfo("America/New_York")),
        ),
    ],
)
def test_an_interview_time_written_the_ways_people_write_it(line, expected):
    found = moment_in(line, SENT_AT, day_first=True)
    assert found == expected and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("region", "first_day_back"), [("ENG", 4), ("SCT", 5)])
def test_the_clause_that_names_the_latest_day_is_the_promise(region, first_day_back):
    """Scotland keeps 2 January, moved to Monday 4th in 2027; England only New Year's Day."""
    body = (
        "Nothing decided yet. You'll hear from us before the 23rd, and if it slips, on the "
        "first working day after New Year at the very latest."
    )
    with holidays_of("GB", region):
        found = read(letter(body, date=SENT)).promised_reply_by
    assert found == dt.date(2027, 1, first_day_back)


@pytest.mark.parametrize(
    "promise",
    [
        "Once we receive your work, we'll reply within 5 working days.",
        "We review every submission within 5 working days of receiving it.",
        "Nach Erhalt Ihrer Lösung melden wir uns innerhalb von 10 Arbeitstagen.",
    ],
)
def test_a_span_counted_from_something_still_to_come_names_no_day(promise):
    body = f"Thank you for your time.\n\n{promise}"
    assert read(letter(body, date=SENT)).promised_reply_by is None


def test_a_length_in_hours_is_not_a_time():
    assert moment_in("Am 10.12. dauert das Gespräch ca. 2h.", SENT_AT) is None


def test_before_christmas_names_no_day_once_christmas_has_passed():
    late = "Wed, 30 Dec 2026 09:00:00 +0100"
    body = "Thank you for your time.\n\nWe hope to let you know before Christmas."
    assert read(letter(body, date=late)).promised_reply_by is None


# The seventh blind set's dates, in other words (sent Wednesday 2 December 2026).
@pytest.mark.parametrize(
    ("promise", "expected"),
    [
        ("I'll come back to you by Friday week at the latest.", dt.date(2026, 12, 11)),
        ("Our HR team will get in touch with you within 3 working days.", dt.date(2026, 12, 7)),
        ("All candidates will be notified of the outcome by 18 December.", dt.date(2026, 12, 18)),
        (
            "Die Prüfung kann zwei bis drei Wochen in Anspruch nehmen. Spätestens dann erhalten "
            "Sie eine Rückmeldung.",
            dt.date(2026, 12, 23),
        ),
        ("Sie hören bis Mitte nächster Woche von mir.", dt.date(2026, 12, 9)),
        ("Unsere Entscheidung möchten wir Ihnen bis Ende KW 50 mitteilen.", dt.date(2026, 12, 11)),
        (
            "Den Vertrag stellt Ihnen die Personalabteilung bis Freitag per Post zu.",
            dt.date(2026, 12, 4),
        ),
    ],
)
def test_promises_the_seventh_set_taught(promise, expected):
    body = f"Thank you for your time.\n\n{promise}"
    assert read(letter(body, date=SENT)).promised_reply_by == expected


def test_regret_for_past_silence_promises_nothing():
    body = "Sorry, I should have been in touch sooner, it was a busy month-end. No news yet."
    assert read(letter(body, date=SENT)).promised_reply_by is None


def test_a_span_from_the_closing_date_counts_from_the_day_the_letter_names():
    body = (
        "Thank you for your application, which has been received.\n\n"
        "The closing date for this post is Monday 7 December 2026. All applicants will be "
        "notified within 5 working days of the closing date."
    )
    with holidays_of("GB", "ENG"):
        assert read(letter(body, date=SENT)).promised_reply_by == dt.date(2026, 12, 14)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Could we meet tomorrow at 10am at our office?",
            dt.datetime(2026, 12, 3, 10, 0, tzinfo=BERLIN),
        ),
        ("Passt Ihnen morgen um 10 Uhr per Teams?", dt.datetime(2026, 12, 3, 10, 0, tzinfo=BERLIN)),
        (
            "I've put a call in for Thursday at 3 (Eastern) with Dana.",
            dt.datetime(2026, 12, 3, 15, 0, tzinfo=ZoneInfo("America/New_York")),
        ),
        (
            "A short call on Friday at 9 with the team lead.",
            dt.datetime(2026, 12, 4, 9, 0, tzinfo=BERLIN),
        ),
    ],
)
def test_relative_days_and_bare_hours_as_interview_times(line, expected):
    found = moment_in(line, SENT_AT, day_first=True)
    assert found == expected and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "line",
    [
        "Danke für das Gespräch von heute Morgen um 9 Uhr.",
        "We spoke for 3 hours at 5 different sites.",
    ],
)
def test_the_morning_and_counts_are_not_interview_times(line):
    assert moment_in(line, SENT_AT, day_first=True) is None


# The eighth blind set's dates, in other words (sent Wednesday 2 December 2026).
@pytest.mark.parametrize(
    ("promise", "expected"),
    [
        (
            "We aim to reply to everyone within 5 business days of receiving their application.",
            dt.date(2026, 12, 9),
        ),
        ("We're aiming to give you a decision by Friday.", dt.date(2026, 12, 4)),
        (
            "The office is closed from 24 December, so you will hear from us during the first "
            "week back.",
            dt.date(2027, 1, 8),
        ),
    ],
)
def test_promises_the_eighth_set_taught(promise, expected):
    body = f"Thank you for your time.\n\n{promise}"
    assert read(letter(body, date=SENT)).promised_reply_by == expected


def test_a_german_range_with_dots_gives_its_start():
    found = moment_in("Datum: 10.12.2026, Zeit: 09.00 – 10.30 Uhr", SENT_AT, day_first=True)
    assert found == dt.datetime(2026, 12, 10, 9, 0, tzinfo=BERLIN)


def test_a_time_asked_about_and_already_entered_is_the_new_time():
    body = (
        "Leider müssen wir unser Gespräch am Mittwoch verschieben.\n\n"
        "Könnten Sie stattdessen am Freitag, 11.12., um 13:00 Uhr? Ich habe den Termin "
        "vorsorglich so eingetragen."
    )
    reading = read(letter(body, date=SENT))
    assert reading.kind == "rescheduled"
    assert reading.scheduled_at == dt.datetime(
        2026, 12, 11, 13, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )


def test_getting_in_touch_now_promises_nothing():
    body = "Leider muss ich mich heute noch einmal melden: Herr Albers ist am Mittwoch verreist."
    assert read(letter(body, date=SENT)).promised_reply_by is None


def test_expecting_to_say_by_a_day_is_a_promise():
    body = "Wir gehen davon aus, Ihnen bis Mitte Januar sagen zu können, wie es weitergeht."
    assert read(letter(body, date=SENT)).promised_reply_by == dt.date(2027, 1, 15)
