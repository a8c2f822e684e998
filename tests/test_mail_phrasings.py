"""Kinds of news said in words the reader was not fitted to: the common ways HR writes a
rejection, a withdrawn offer, a pause, an offer, a next stage and a holding reply, in
English and German, each in a plain letter. Bad news must never read as good."""

from __future__ import annotations

import pytest

from interviews.hrmail import read
from tests.support.mail import letter

SENT = "Wed, 02 Dec 2026 09:00:00 +0100"
GOOD = {"invited", "moving_forward", "offer_verbal", "offer_written"}
GERMAN_OPENINGS = (
    "Leider",
    "Wir ",
    "Ihr",
    "Es tut",
    "Die Stelle",
    "Aufgrund",
    "Der Bew",
    "Danke",
    "Nach ",
)

PHRASES = {
    "rejected": [
        "We've ended up filling the role internally, which was a hard call.",
        "The committee has offered the post to another applicant, who has accepted.",
        (
            "Wir freuen uns, Ihnen mitteilen zu können, dass wir die Position erfolgreich "
            "besetzt haben."
        ),
        (
            "Thank you for your interest in the Data Analyst role. After careful "
            "consideration, we have decided not to progress your application on this "
            "occasion."
        ),
        (
            "We appreciate the time you invested. Unfortunately you have not been successful "
            "on this occasion."
        ),
        (
            "While your background is impressive, we've chosen to pursue candidates whose "
            "experience more closely aligns with the role."
        ),
        (
            "I wanted to let you know that the team has decided to go with someone else for "
            "the position."
        ),
        (
            "We have now filled the position and are therefore unable to take your "
            "application further."
        ),
        (
            "After reviewing all applications, the hiring team has decided to focus on other "
            "profiles for this position."
        ),
        (
            "Sadly we won't be moving ahead with your candidacy, but we'd love to stay in "
            "touch for future roles."
        ),
        (
            "We regret to inform you that the position has been offered to another candidate "
            "who has accepted."
        ),
        (
            "You were a very strong finalist and it was an incredibly close call, but we've "
            "made the decision to extend the offer to another candidate."
        ),
        (
            "Your application was reviewed but it does not match our current requirements "
            "closely enough."
        ),
        (
            "Thanks for taking the time to interview with us. We've decided to close out your"
            " application for this role."
        ),
        "We have decided that we will not be proceeding further with your application.",
        (
            "The role has been closed and we won't be hiring for it at this time, so we are "
            "closing all applications."
        ),
        (
            "I'm afraid it's not good news this time: the panel felt another candidate was a "
            "closer fit."
        ),
        "We will not be inviting you to the next stage of the process.",
        (
            "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin "
            "entschieden haben."
        ),
        "Nach sorgfältiger Prüfung können wir Ihre Bewerbung leider nicht weiter berücksichtigen.",
        (
            "Wir haben uns nach reiflicher Überlegung entschieden, den Prozess mit anderen "
            "Bewerbern fortzusetzen."
        ),
        "Die Stelle konnten wir inzwischen besetzen. Wir bedanken uns für Ihr Interesse.",
        "Es tut mir leid, dir mitteilen zu müssen, dass es diesmal nicht geklappt hat.",
        (
            "Ihr Profil passt sehr gut zu uns, dennoch haben wir uns für einen Kandidaten "
            "entschieden, der noch mehr Erfahrung mitbringt."
        ),
        "Wir werden Ihre Bewerbung daher nicht weiter verfolgen.",
        "Wir müssen Ihnen leider eine Absage erteilen.",
        "Wir haben uns entschieden, die Position intern zu besetzen.",
        "Leider können wir Ihnen keine positive Rückmeldung geben.",
    ],
    "rescinded": [
        (
            "Unfortunately, due to a change in business circumstances, we must withdraw the "
            "offer of employment we made to you on 20 November."
        ),
        (
            "I'm sorry to tell you we are no longer able to proceed with your offer, as the "
            "role has been eliminated in a restructuring."
        ),
        "Following the results of your background check, we are rescinding our conditional offer.",
        "Leider müssen wir unser Vertragsangebot vom 20. November zurückziehen.",
        (
            "Aufgrund eines Einstellungsstopps können wir Ihnen den zugesagten Arbeitsvertrag"
            " leider nicht mehr anbieten."
        ),
    ],
    "on_hold": [
        "Wir müssen das Verfahren leider vorerst auf Eis legen.",
        "We've had to pause hiring for this role while we review our budget for next year.",
        "The position has been put on hold for the time being; we will reach out if it reopens.",
        "Der Bewerbungsprozess ruht derzeit, da die Stelle neu bewertet wird.",
        "Aufgrund interner Umstrukturierungen pausieren wir das Auswahlverfahren vorerst.",
    ],
    "offer_verbal": [
        "We would love you to join Brightwater as our Head of Finance.",
        "Wir freuen uns, Ihnen die Stelle als Projektleiterin bei uns anbieten zu dürfen.",
        (
            "I'm delighted to tell you that the team would like to offer you the position! "
            "I'll send the formal paperwork once it's approved."
        ),
        (
            "Great news: we'd love to have you join us as Senior Engineer. Can we jump on a "
            "call to go over the details of the offer?"
        ),
        (
            "Wir freuen uns, Ihnen mitteilen zu können, dass wir Sie gerne einstellen "
            "möchten. Den Vertrag schicken wir Ihnen in den nächsten Tagen."
        ),
    ],
    "moving_forward": [
        "You have been successful at the telephone interview stage.",
        (
            "Good news — the hiring manager would like to move you to the next stage. We'll "
            "be in touch to schedule."
        ),
        "You've been shortlisted for the final stage; details will follow.",
        (
            "Wir freuen uns, Ihnen mitteilen zu können, dass Sie in die nächste Runde kommen."
            " Die Terminabstimmung folgt."
        ),
    ],
    "invited": [
        "I've booked in your final interview with our CFO for Tuesday 15 December at 10:00.",
        "We are pleased to schedule your Technical Round 2 as below.",
    ],
    "references_requested": [
        "Before we can put anything formal together, HR requires two references from you.",
        "Bevor wir Ihnen ein Angebot machen können, möchten wir zwei Referenzen einholen.",
    ],
    "assessment": [
        "The next step is a take-home task so we can see how you work.",
        "Bitte absolvieren Sie den Online-Test (Dauer ca. 30 Minuten) bis Freitag.",
    ],
    "acknowledged": ["Ihre Unterlagen sind bei uns vollständig eingelangt."],
    "replied": [
        "Thanks for checking in. We're still interviewing and expect to make a decision next week.",
        (
            "Danke für Ihre Nachfrage. Wir sind noch in Gesprächen und melden uns bis Ende "
            "nächster Woche."
        ),
    ],
}


def _letter(text: str) -> bytes:
    if text.startswith(GERMAN_OPENINGS):
        body = f"Sehr geehrte Frau Weber,\n\n{text}\n\nMit freundlichen Grüßen\nJana Koch"
    else:
        body = f"Dear Alex,\n\n{text}\n\nBest regards,\nJane\nTalent Team"
    return letter(body, date=SENT, subject="Your application")


@pytest.mark.parametrize(
    ("kind", "text"), [(kind, text) for kind, texts in PHRASES.items() for text in texts]
)
def test_the_kind_of_news_in_words_the_reader_was_not_fitted_to(kind, text):
    found = read(_letter(text)).kind
    assert found == kind
    assert not (kind in {"rejected", "rescinded"} and found in GOOD)
