"""Portal notices that name a status ("has changed to: Not Selected"), read with the
import's status words; and the rules the seventh blind set taught in general form: a
practical "leider nicht" is no rejection, what silence will mean later is no rejection
now, an interview named with a shortlist is an invitation."""

from __future__ import annotations

import pytest

from interviews.hrmail import read
from interviews.hrmail.status_lines import status_hits
from interviews.vocabulary import status_meaning
from tests.support.mail import letter

SENT = "Wed, 02 Dec 2026 09:00:00 +0100"


def kind_of(text: str, subject: str = "Your application") -> str:
    return read(letter(text, subject=subject, date=SENT)).kind


@pytest.mark.parametrize(
    ("notice", "kind"),
    [
        (
            "Your application status for Analyst (Req 1234) has changed to: Not Selected.",
            "rejected",
        ),
        (
            "The status of your application has been updated to\nNo Longer Under Consideration",
            "rejected",
        ),
        (
            "The status of your application 40127 has changed to:\n\nOffer - Pending Signature",
            "offer_written",
        ),
        ("Status: Interview scheduled", "invited"),
        (
            "Neuer Status Ihrer Bewerbung: Verfahren abgeschlossen – nicht berücksichtigt",
            "rejected",
        ),
        ("Der Status Ihrer Bewerbung wurde geändert auf: Absage", "rejected"),
    ],
)
def test_a_portal_status_is_read_with_the_import_words(notice, kind):
    assert kind_of(f"Hello Sam,\n\n{notice}\n\nTalent Acquisition") == kind


def test_a_status_word_the_tables_do_not_know_names_no_news():
    assert status_hits(["The status of your application has changed to: Stage 4b"]) == []


@pytest.mark.parametrize("word", ["No Longer Under Consideration", "nicht berücksichtigt"])
def test_the_new_status_words_read_the_same_in_the_import(word):
    assert status_meaning(word) == "rejected"


@pytest.mark.parametrize(
    "text",
    [
        "Wir freuen uns, Sie zu einem Gespräch einzuladen. "
        "Reisekosten können leider nicht erstattet werden.",
        "We are pleased to invite you to an interview on Thursday. "
        "Unfortunately parking is not available on site.",
    ],
)
def test_a_practical_no_beside_an_invitation_leaves_it_an_invitation(text):
    assert kind_of(text) == "invited"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your application, which has been received. If you have not heard from "
        "us within four weeks, please assume that your application has not been successful.",
        "Vielen Dank für Ihre Bewerbung. Sollten Sie innerhalb von vier Wochen nichts von uns "
        "hören, betrachten Sie Ihre Bewerbung bitte als nicht berücksichtigt.",
    ],
)
def test_what_silence_will_mean_later_is_no_rejection_now(text):
    assert kind_of(text) == "acknowledged"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "We are delighted to tell you that you have been shortlisted for an interview.",
            "invited",
        ),
        (
            "We are nearing the final stage and would like to contact two of your references.",
            "references_requested",
        ),
        (
            "You have cleared the second technical round; HR will call you about next steps.",
            "moving_forward",
        ),
        (
            "After the interviews we have chosen to continue with a candidate who has more "
            "Go experience.",
            "rejected",
        ),
        ("In the end the panel decided to extend the opportunity to another finalist.", "rejected"),
        ("Wir haben uns entschieden, Ihnen die Stelle als Analystin anzubieten.", "offer_verbal"),
        (
            "Anbei übermitteln wir Ihnen Ihren Dienstvertrag in zweifacher Ausfertigung.",
            "offer_written",
        ),
        ("Das Auswahlverfahren ruht bis zur Verabschiedung des Haushalts.", "on_hold"),
        ("Die erste Auswahlrunde haben Sie erfolgreich abgeschlossen.", "moving_forward"),
        (
            "Im Anhang finden Sie ein kurzes Briefing; bitte schicken Sie uns Ihre Ideen.",
            "assessment",
        ),
    ],
)
def test_the_seventh_sets_lessons_in_other_words(text, kind):
    assert kind_of(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Thanks for applying! If you are not selected for this role, do keep an eye on our "
            "careers page. We have received your application and will review it shortly.",
            "acknowledged",
        ),
        (
            "Your CV and cover letter both came through fine; I'll read them this week.",
            "acknowledged",
        ),
        ("The next step in our process is a short written exercise.", "assessment"),
        ("Leider muss ich unseren Call am Donnerstag um 9 Uhr absagen.", "cancelled"),
        (
            "Anbei erhalten Sie wie am Telefon besprochen Ihren Arbeitsvertrag in zweifacher "
            "Ausfertigung.",
            "offer_written",
        ),
    ],
)
def test_the_eighth_sets_lessons_in_other_words(text, kind):
    assert kind_of(text) == kind
