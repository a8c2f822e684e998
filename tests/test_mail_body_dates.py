"""Dates and times in the letter's body, English and German, from the mail's sent day
(Monday 30 November 2026, 10:00 UTC)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from interviews.hrmail import read
from tests.support.mail import letter

SENT = "Mon, 30 Nov 2026 10:00:00 +0000"
UTC = dt.UTC


def reading(body: str):
    return read(letter(body, date=SENT))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "We'd like to invite you to a video interview.\n\nDate: Thursday, 10 December 2026\n"
            "Time: 2:00 PM – 3:00 PM GMT\nPlatform: Zoom",
            dt.datetime(2026, 12, 10, 14, 0, tzinfo=UTC),
        ),
        (
            "We'd like to invite you to an interview:\n\nThursday 10th December\n14:00 CET\n\nBest",
            dt.datetime(2026, 12, 10, 14, 0, tzinfo=ZoneInfo("Europe/Paris")),
        ),
        (
            "Your interview is confirmed.\nWhen: Wed Dec 9, 10:30am PT\nWhere: https://zoom.us/j/1",
            dt.datetime(2026, 12, 9, 10, 30, tzinfo=ZoneInfo("America/Los_Angeles")),
        ),
        (
            "We'd love to invite you to a final interview on the 10th of December at 3pm UK time.",
            dt.datetime(2026, 12, 10, 15, 0, tzinfo=ZoneInfo("Europe/London")),
        ),
        (
            "Wir laden Sie zum Interview ein.\n\nTermin: Mittwoch, 9.12.2026, 14:30 Uhr (MEZ)",
            dt.datetime(2026, 12, 9, 14, 30, tzinfo=ZoneInfo("Europe/Berlin")),
        ),
        (
            "Gerne laden wir Sie zu einem Vorstellungsgespräch ein.\n\n"
            "Termin: Donnerstag, 10. Dezember 2026, 10:00 Uhr",
            dt.datetime(2026, 12, 10, 10, 0, tzinfo=UTC),  # no zone: the sender's (+0000)
        ),
    ],
)
def test_interview_times_in_the_body(body, expected):
    found = reading(body)
    assert found.kind == "invited"
    assert found.scheduled_at == expected


@pytest.mark.parametrize(
    "body",
    [
        # a date line that starts a paragraph the address follows, as lines are joined
        "Gerne laden wir Sie zu einem Gespräch ein:\n\nMittwoch, 9.12.2026, 14:30 Uhr\n"
        "Musterstraße 1, 20095 Hamburg, 2. OG",
        "Gerne laden wir Sie zu einem Gespräch ein:\n\nMi 9.12.2026\n14:30 Uhr\nOnline via Teams",
        "We would like to invite you to an interview:\n\nWednesday, December 9, 2026\n"
        "2:30 PM CET\nOur office, 4th floor, 10 Main Street",
        "Wir möchten Sie gerne zu einem zweiten Gespräch am Mittwoch, 9.12.2026 um 14:30 Uhr "
        "einladen.",
        "We'd love to have you in for a final interview on Wednesday 9 December at 2:30pm CET.",
    ],
)
def test_a_paragraph_that_starts_with_the_day_fixes_the_time(body):
    found = read(letter(body, date=SENT), zone=ZoneInfo("Europe/Berlin"))  # the person's
    assert found.kind == "invited"
    assert found.scheduled_at == dt.datetime(2026, 12, 9, 14, 30, tzinfo=ZoneInfo("Europe/Berlin"))


def test_a_day_written_17_12_before_a_german_clock_time_is_a_day_not_the_time():
    found = reading(
        "Gerne laden wir Sie zu einem Vorstellungsgespräch ein.\n\nTermin: am 10.12. um 14:00 Uhr"
    )
    assert found.kind == "invited"
    assert found.scheduled_at == dt.datetime(2026, 12, 10, 14, 0, tzinfo=UTC)


def test_a_slot_offered_before_a_question_is_the_time_of_the_round():
    # A clock time ends the sentence: the question after it does not make it one.
    found = reading(
        "The hiring manager would like to invite you to a first interview via Teams on "
        "Monday 14 December at 14:00.\nCould you confirm the slot by tomorrow?"
    )
    assert found.kind == "invited"
    assert found.scheduled_at == dt.datetime(2026, 12, 14, 14, 0, tzinfo=UTC)


def test_a_date_asked_about_is_not_a_time_fixed():
    found = reading("Would you be available for an interview on Thursday 10 December at 2pm?")
    assert found.scheduled_at is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("We'll get back to you by the end of next week.", dt.date(2026, 12, 11)),
        ("You'll hear from us within two weeks.", dt.date(2026, 12, 14)),
        ("We'll let you know next Friday.", dt.date(2026, 12, 11)),
        ("We hope to have a decision by 18/12.", dt.date(2026, 12, 18)),
        ("We expect to make a decision by mid-December.", dt.date(2026, 12, 15)),
        ("Wir melden uns bis Ende nächster Woche bei Ihnen.", dt.date(2026, 12, 11)),
        ("Sie hören innerhalb von zwei Wochen von uns.", dt.date(2026, 12, 14)),
        ("Wir melden uns spätestens am 4. Dezember.", dt.date(2026, 12, 4)),
        ("Eine Rückmeldung erhalten Sie innerhalb von 5 Werktagen.", dt.date(2026, 12, 7)),
    ],
)
def test_promised_reply_dates_alone_make_a_replied_suggestion(body, expected):
    found = reading(f"Thank you for your time.\n\n{body}")
    assert found.promised_reply_by == expected
    assert found.kind == "replied"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Our hiring manager will get back to you by Thursday.", dt.date(2026, 12, 3)),
        ("Priya from our team will reach out early next week.", dt.date(2026, 12, 9)),
        ("Wir teilen Ihnen bis zum 15.12. mit, wie es weitergeht.", dt.date(2026, 12, 15)),
        (
            "Eine Entscheidung geben wir Ihnen innerhalb von zehn Tagen bekannt.",
            dt.date(2026, 12, 10),
        ),
        ("Sie erhalten bis Ende der Woche eine Nachricht von uns.", dt.date(2026, 12, 4)),
    ],
)
def test_a_promise_of_news_by_anyone_on_their_side_is_read(body, expected):
    assert reading(f"Thank you for your time.\n\n{body}").promised_reply_by == expected


@pytest.mark.parametrize(
    "body",
    [
        "If Thursday does not suit you, we'll find another slot.",
        "I hope you have a lovely Friday.",
        "Falls Donnerstag nicht passt, finden wir einen anderen Termin.",
    ],
)
def test_a_day_outside_the_promise_is_not_promised(body):
    assert reading(f"Thank you for your time.\n\n{body}").promised_reply_by is None


def test_a_numeric_german_day_is_a_day_not_a_clock_time():
    """dateparser reads "15.12" as 15:12 today; the reader reads the 15th of December."""
    found = reading("Vielen Dank. Wir melden uns bis zum 15.12. bei Ihnen.")
    assert found.promised_reply_by == dt.date(2026, 12, 15)


def test_an_ambiguous_numeric_date_is_not_guessed():
    assert reading("We'll get back to you by 04/12.").promised_reply_by is None


def test_a_british_or_european_sender_writes_the_day_first():
    body = "We are pleased to invite you to interview.\n\nDate: 12/01/2027\nTime: 14:00"
    uk = read(letter(body, date=SENT).replace(b"acme-robotics.com", b"acme-robotics.co.uk"))
    assert uk.scheduled_at == dt.datetime(2027, 1, 12, 14, 0, tzinfo=UTC)
    assert reading(body).scheduled_at is None  # from a .com: 12 January or 1 December?
