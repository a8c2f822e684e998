"""The general rules the fourth blind set asked for, each on letters of its own: what an
offer already made means under a "not", an application that says it goes on, a no that
awaits nothing, the new time in a letter that moves an interview, the HTML part that is
the letter, German promises, and working days counted in the person's calendar."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

import pytest

from interviews.guidance.business_days import holidays_of
from interviews.mail import read
from tests.support.mail import letter, mail

CHICAGO = dt.timezone(dt.timedelta(hours=-6))
BERLIN = dt.timezone(dt.timedelta(hours=1))


@pytest.mark.parametrize(
    "sentence",
    [
        "We are not able to move ahead with the offer we sent you on 19 November.",
        "Sadly we can no longer go forward with our offer of 2 December.",
        "Wir können an unserem Angebot vom 2. Dezember leider nicht festhalten.",
    ],
)
def test_an_offer_made_that_cannot_go_ahead_is_withdrawn(sentence):
    assert read(letter(f"Dear Sam,\n\n{sentence}\n\nRegards,\nDana")).kind == "rescinded"


def test_an_offer_given_to_someone_else_is_a_rejection():
    body = "After much thought we have decided to extend the offer to another candidate."
    assert read(letter(body)).kind == "rejected"


def test_a_meeting_not_going_ahead_while_the_application_stays_open_is_no_rejection():
    body = (
        "Until the new structure is signed off, we can't run the final stage, so the final "
        "interviews are not going ahead in December. Your application stays open and we "
        "will come back to you by Friday 15 January."
    )
    reading = read(letter(body))
    assert reading.kind == "on_hold"
    assert reading.promised_reply_by == dt.date(2027, 1, 15)


def test_an_appointment_called_off_in_german_is_a_cancellation_not_a_no():
    body = (
        "leider müssen wir Ihren Termin zum Vorstellungsgespräch am Donnerstag, 10.12., um "
        "11 Uhr absagen. Ihre Bewerbung ist davon nicht betroffen. Wir bitten die "
        "kurzfristige Absage zu entschuldigen."
    )
    reading = read(mail(body, sender="HR <hr@weserstrom.example.de>", subject="Ihr Termin"))
    assert reading.kind == "cancelled"
    assert reading.scheduled_at == dt.datetime(2026, 12, 10, 11, 0, tzinfo=dt.UTC)


def test_a_no_that_keeps_your_details_on_file_is_still_a_no():
    body = (
        "Although you were not selected for this position, we would like to keep your "
        "details on file. Your application stays on file for future roles."
    )
    assert read(letter(body)).kind == "rejected"


def test_after_a_no_nothing_is_awaited():
    body = (
        "Unfortunately we have decided to move forward with other candidates. If you prefer "
        "that we don't keep your details, reply and we'll remove them within 30 days."
    )
    reading = read(letter(body))
    assert reading.kind == "rejected"
    assert reading.promised_reply_by is None


def test_a_move_they_have_booked_fixes_the_one_new_time_they_ask_about():
    body = (
        "We need to move your panel interview. Instead of Wednesday 11/18 at 3:00pm CT, could "
        "we do Thursday 11/19 at 11:00am CT? I've sent an updated calendar invite."
    )
    reading = read(letter(body, subject="Panel interview"))
    assert reading.kind == "rescheduled"
    assert reading.scheduled_at == dt.datetime(2026, 11, 19, 11, 0, tzinfo=CHICAGO).astimezone(
        reading.scheduled_at.tzinfo
    )


def test_a_move_they_only_propose_fixes_no_time():
    body = "We need to move your interview. Could we do Thursday 19 November at 11:00 instead?"
    assert read(letter(body)).scheduled_at is None


def test_a_german_move_reads_the_new_time_not_the_old_one():
    body = (
        "leider müssen wir Ihr Gespräch am Mittwoch, 2. Dezember, um 10 Uhr kurzfristig "
        "verschieben, da Herr Bauer zu einem Kunden muss.\n\nWir bieten Ihnen diesen "
        "Ersatztermin an:\n\nFreitag, 4. Dezember 2026, 9:00 Uhr\n\nMit freundlichen Grüßen"
    )
    reading = read(mail(body, sender="HR <hr@neckar.example.de>", subject="Ihr Gespräch"))
    assert reading.kind == "rescheduled"
    assert reading.scheduled_at == dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.UTC)


def test_a_german_move_with_its_target_before_the_verb_reads_the_target():
    body = "wir müssen unser Gespräch leider auf Freitag, 27. November, 10:00 Uhr verschieben."
    reading = read(mail(body, sender="HR <hr@neckar.example.de>", subject="Ihr Gespräch"))
    assert reading.scheduled_at == dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC)


def _stub_and_html(plain: str, html: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Talent <talent@quillfeather.example.com>"
    message["Subject"] = "An update on your application"
    message["Date"] = "Thu, 05 Nov 2026 08:15:02 -0600"
    message.set_content(plain)
    message.add_alternative(html, subtype="html")
    return message.as_bytes()


def test_a_plain_stub_beside_the_html_letter_reads_the_html():
    plain = (
        "There's an update on your application for Data Engineer II. This message is best "
        "viewed in an email client that supports HTML. Sign in to your candidate home."
    )
    html = (
        "<p>Thank you for your interest in the Data Engineer II position and for the time "
        "you invested in our process.</p><p>We have reviewed your background carefully. At "
        "this time we have decided to proceed with other candidates whose experience more "
        "closely aligns with our current needs.</p>"
    )
    assert read(_stub_and_html(plain, html)).kind == "rejected"


def test_two_renderings_of_one_letter_read_the_plain_part():
    text = "We would like to invite you to a first interview. We will send times by Friday."
    reading = read(_stub_and_html(text, f"<p>{text}</p><p><a href='#'>Unsubscribe</a></p>"))
    assert reading.kind == "invited"
    assert "Unsubscribe" not in reading.text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Wir geben Ihnen innerhalb von fünf Arbeitstagen eine erste Rückmeldung.",
            dt.date(2026, 11, 23),
        ),
        (
            "Frau Pichler wird sich innerhalb der nächsten drei Arbeitstage bei Ihnen melden.",
            dt.date(2026, 11, 19),
        ),
        (
            "Ihren Arbeitsvertrag erhalten Sie bis Ende nächster Woche per Post.",
            dt.date(2026, 11, 27),
        ),
        ("Anbei erhalten Sie Ihren Arbeitsvertrag mit Beginn zum 1. Februar 2027.", None),
    ],
)
def test_german_promises_of_news_or_paper_give_their_day(sentence, expected):
    # Sent on Monday 16 November 2026.
    body = f"Vielen Dank für Ihre Bewerbung, die bei uns eingegangen ist. {sentence}"
    reading = read(mail(body, sender="HR <hr@elbtal.example.de>", subject="Ihre Bewerbung"))
    assert reading.promised_reply_by == expected


@pytest.mark.parametrize(
    ("calendar", "expected"),
    [(("", ""), dt.date(2026, 11, 30)), (("US", ""), dt.date(2026, 12, 1))],
)
def test_working_days_are_counted_in_the_persons_calendar(calendar, expected):
    # Wednesday 25 November 2026, the day before Thanksgiving.
    body = "You'll receive the formal offer letter through DocuSign within 3 business days."
    raw = letter(body, date="Wed, 25 Nov 2026 14:12:00 -0600")
    with holidays_of(*calendar):
        assert read(raw).promised_reply_by == expected


# ---------------------------------------------------------------- the fifth blind set


def test_a_meeting_called_off_outweighs_a_weak_no_beside_it():
    body = (
        "leider müssen wir das für Freitag, den 27. November, um 9:00 Uhr vereinbarte Gespräch "
        "absagen. Einen Ersatztermin können wir Ihnen im Moment leider nicht nennen."
    )
    reading = read(mail(body, sender="HR <hr@elbkai.example.de>", subject="Ihr Gespräch"))
    assert reading.kind == "cancelled"
    assert reading.scheduled_at == dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)


def test_plain_bad_news_still_silences_good_news():
    body = (
        "We loved meeting you and would like to move you forward in spirit, but we have "
        "decided to move forward with other candidates."
    )
    assert read(letter(body)).kind == "rejected"


def test_not_yet_able_to_say_beside_a_promise_is_a_reply_with_its_day():
    body = (
        "Eine Entscheidung kann ich Ihnen daher leider noch nicht mitteilen. Sie erhalten von "
        "uns bis Mitte Dezember eine Nachricht."
    )
    reading = read(mail(body, sender="HR <hr@bibliothek.example.de>", subject="AW: Nachfrage"))
    assert reading.kind == "replied"
    assert reading.promised_reply_by == dt.date(2026, 12, 15)


def test_news_told_now_is_no_promise_but_the_date_they_will_write_by_is():
    body = (
        "I am pleased to let you know that, following its meeting on 23 November, the panel "
        "has agreed to include you on the shortlist. We will write to shortlisted candidates "
        "with full interview arrangements by the end of next week."
    )
    reading = read(letter(body, date="Tue, 24 Nov 2026 15:30:12 +0000"))
    assert reading.kind == "moving_forward"
    assert reading.promised_reply_by == dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Die Wahl fiel auf eine Mitbewerberin mit mehr Erfahrung.", "rejected"),
        ("Sie haben sich letztlich für den anderen Finalisten entschieden.", "rejected"),
        ("In the end we've offered the Platform Lead role to the other candidate.", "rejected"),
        ("The terms we set out on 19 November can no longer stand.", "rescinded"),
        ("Damit ist die Grundlage für unsere Vereinbarung entfallen.", "rescinded"),
        ("We're putting the Founding Designer search on ice for now.", "on_hold"),
        ("We have to take your interview with Craig on Tuesday off the calendar.", "cancelled"),
        ("We ask all applicants at this stage to complete a short written exercise.", "assessment"),
    ],
)
def test_the_words_of_the_fifth_blind_set_read_as_what_they_mean(body, kind):
    assert read(letter(f"Hello,\n\n{body}\n\nRegards")).kind == kind


def test_a_new_time_under_a_qualified_heading_is_fixed():
    body = (
        "Leider muss ich unser Gespräch von morgen verschieben.\n\nNeuer Termin, sofern es "
        "Ihnen passt:\n\nDienstag, 15. Dezember 2026, 13.30 Uhr\n\nbei uns in Basel"
    )
    reading = read(mail(body, sender="TA <ta@rheinpharm.example.ch>", subject="Verschiebung"))
    assert reading.kind == "rescheduled"
    assert reading.scheduled_at == dt.datetime(2026, 12, 15, 13, 30, tzinfo=dt.UTC)


def test_a_colleague_who_sends_the_dates_promises_them():
    body = "Nina aus dem People-Team schickt dir bis Ende der Woche ein paar Terminvorschläge."
    reading = read(mail(body, sender="Jonas <jonas@kiezcargo.example.de>", subject="Update"))
    assert reading.promised_reply_by == dt.date(2026, 11, 20)
