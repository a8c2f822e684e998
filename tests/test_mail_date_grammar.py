"""The date grammar's later rules, from the mail's sent day (Monday 30 November 2026):
ISO calendar weeks, "Wednesday next week", spans counted from an event still to come,
two parts of a month named together, and slots offered to choose from."""

from __future__ import annotations

import datetime as dt

import pytest

from interviews.hrmail import read
from tests.support.mail import letter

SENT = "Mon, 30 Nov 2026 10:00:00 +0000"


def reading(body: str):
    return read(letter(body, date=SENT))


@pytest.mark.parametrize(
    ("promise", "expected"),
    [
        # ISO week 50 of 2026 is 7-13 December: its Friday ends the working week.
        ("Wir melden uns bis Ende KW 50 bei Ihnen.", dt.date(2026, 12, 11)),
        ("Wir melden uns in KW50 bei Ihnen.", dt.date(2026, 12, 11)),
        ("Wir melden uns Anfang der Kalenderwoche 51 bei Ihnen.", dt.date(2026, 12, 16)),
        ("We will get back to you in calendar week 50.", dt.date(2026, 12, 11)),
        # A week already past is next year's (KW 2/2027: 11-17 January).
        ("Wir melden uns bis KW 2 bei Ihnen.", dt.date(2027, 1, 15)),
        ("Wir melden uns bis Mittwoch nächster Woche bei Ihnen.", dt.date(2026, 12, 9)),
        ("We will get back to you by Wednesday next week.", dt.date(2026, 12, 9)),
        ("Wir melden uns nach Weihnachten, spätestens Anfang/Mitte Januar.", dt.date(2027, 1, 15)),
        ("Wir melden uns Anfang oder Ende Januar bei Ihnen.", dt.date(2027, 1, 31)),
        ("We'll get back to you within a week of receiving your CV.", dt.date(2026, 12, 7)),
        # Soft words for early in a month: by the Friday of its first full working week
        # (4-8 January 2027), in both languages; "after the holidays" is early January.
        ("Wir melden uns Anfang Januar bei Ihnen.", dt.date(2027, 1, 8)),
        ("Wir melden uns im Januar bei Ihnen.", dt.date(2027, 1, 8)),
        ("Wir melden uns nach den Feiertagen bei Ihnen.", dt.date(2027, 1, 8)),
        ("We will be in touch in early January.", dt.date(2027, 1, 8)),
        ("We will let you know in January.", dt.date(2027, 1, 8)),
        ("We'll get back to you after the holidays.", dt.date(2027, 1, 8)),
        # 1 March 2027 is a Monday: its own week is the first full one.
        ("We hope to decide at the beginning of March.", dt.date(2027, 3, 5)),
    ],
)
def test_promised_days_in_the_grammar(promise, expected):
    assert reading(f"Thank you for your time.\n\n{promise}").promised_reply_by == expected


@pytest.mark.parametrize(
    "promise",
    [
        "We'll get back to you within a week of your submission.",
        "We will let you know within 3 working days after your final interview.",
        "Wir melden uns innerhalb einer Woche nach Ihrem Gespräch bei Ihnen.",
    ],
)
def test_a_span_counted_from_an_event_still_to_come_names_no_day(promise):
    assert reading(f"Thank you for your time.\n\n{promise}").promised_reply_by is None


def test_a_candidates_deadline_is_not_the_employers_promise():
    found = reading(
        "We'd like you to complete our take-home exercise.\n\n"
        "Deadline: Monday, December 7, 11:59 PM ET\n\n"
        "We'll get back to you within a week of your submission."
    )
    assert found.kind == "assessment"
    assert found.promised_reply_by is None


@pytest.mark.parametrize(
    "slots",
    [
        "Bitte teilen Sie uns mit, welcher Termin passt:\n\n- Dienstag, 08.12.2026, 10:00 Uhr\n"
        "- Mittwoch, 09.12.2026, 14:00 Uhr\n- Freitag, 11.12.2026, 09:00 Uhr",
        "Which of these suits you?\n\n- Tuesday, December 8, 10:00 AM\n"
        "- Wednesday, December 9, 2:00 PM",
    ],
)
def test_slots_to_choose_from_fix_no_time(slots):
    found = reading(f"We would like to invite you to an interview.\n\n{slots}")
    assert found.kind == "invited"
    assert found.scheduled_at is None


def test_one_time_on_a_date_line_is_fixed():
    found = reading(
        "We would like to invite you to an interview.\n\n- Tuesday, December 8, 10:00 AM"
    )
    assert found.scheduled_at == dt.datetime(2026, 12, 8, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("promise", "expected"),
    [
        # Sent Monday 30 November 2026: short weekdays in informal mail.
        ("maria from recruiting will reach out by tues to get it scheduled", dt.date(2026, 12, 1)),
        ("I'll send the details over on Thu.", dt.date(2026, 12, 3)),
        ("Wir melden uns Anfang nächster Woche bei Ihnen.", dt.date(2026, 12, 9)),
        # The end of the month it was sent in (30 November is that day).
        ("Wir werden uns bis Ende des Monats bei Ihnen melden.", dt.date(2026, 11, 30)),
        ("We will get back to you by the end of the month.", dt.date(2026, 11, 30)),
        # Anyone sending paper promises a day: "schicke ich dir", a letter that "will come".
        ("Den Vertrag schicke ich dir bis Freitag zu.", dt.date(2026, 12, 4)),
        ("Your formal offer letter will come through DocuSign by Tuesday.", dt.date(2026, 12, 1)),
    ],
)
def test_informal_weekdays_the_month_end_and_paper_that_will_come(promise, expected):
    assert reading(f"Thank you for your time.\n\n{promise}").promised_reply_by == expected


def test_what_they_expect_to_happen_is_no_promise_to_write():
    found = reading(
        "The role is on hold until finance approves the headcount, which we expect at the "
        "end of the month."
    )
    assert (found.kind, found.promised_reply_by) == ("on_hold", None)


@pytest.mark.parametrize(
    ("raw_headers", "body"),
    [
        (
            "Auto-Submitted: auto-replied\n",
            "I am out of the office with limited access to email until Monday, December 7. "
            "I will respond to your email as soon as possible after my return.",
        ),
        (
            "",
            "Dein Job-Alert: 8 neue Jobs für dich.\n\n"
            "Projektmanagerin IT - Kronberg AG - Schnelle Rückmeldung innerhalb von 10 Tagen",
        ),
    ],
)
def test_mail_that_is_not_an_update_promises_nothing(raw_headers, body):
    found = read(raw_headers.encode() + letter(body, date=SENT))
    assert (found.kind, found.promised_reply_by) == ("none", None)
