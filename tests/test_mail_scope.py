"""Negation, hedging and conditions read within a sentence: never good news by mistake."""

from __future__ import annotations

import pytest

from interviews.hrmail import read
from interviews.hrmail.language import guess
from interviews.vocabulary import BAD_NEWS
from tests.support.mail import letter

PRAISE = (
    "Thank you so much for the time you spent with the team; everyone enjoyed meeting you "
    "and we were impressed by your experience and your thoughtful questions.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "We will not be progressing your application at this time.",
        "We are no longer in a position to offer you the role.",
        "We are unable to offer you the position.",
        "After careful thought we have decided not to move forward.",
        "The position has been filled.",
        "We will not be taking your application further at this stage.",
        "We won't be moving you on to the next round.",
        "Sadly we can't invite you to the final interview.",
        "Unfortunately you were not shortlisted for the next stage.",
        "We have decided against progressing with your candidacy.",
    ],
)
def test_a_negated_step_forward_is_a_rejection_whatever_praise_surrounds_it(sentence):
    reading = read(letter(PRAISE + sentence + "\n\nWe'd love to stay in touch. Best wishes"))
    assert reading.kind == "rejected", reading.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter "
        "berücksichtigen können.",
        "Die Stelle wurde inzwischen anderweitig besetzt.",
        "Wir haben uns für einen anderen Kandidaten entschieden.",
        "Leider können wir Ihnen keine positive Nachricht geben.",
        "Ihr Profil hat uns sehr gut gefallen. Nach sorgfältiger Prüfung haben wir uns jedoch "
        "für Bewerberinnen und Bewerber entschieden, deren Profil noch genauer passt.",
    ],
)
def test_german_rejections(body):
    text = f"Sehr geehrte Frau Avery,\n\nvielen Dank für Ihre Bewerbung. {body}\n\nMit Grüßen"
    assert read(letter(text, subject="Ihre Bewerbung")).kind == "rejected"


def test_a_german_absage_in_the_subject_is_a_rejection():
    text = "Hallo Jordan,\n\nvielen Dank für Ihr Interesse an unserem Unternehmen.\n\nViele Grüße"
    assert read(letter(text, subject="Absage: Ihre Bewerbung als Entwickler")).kind == "rejected"


def test_a_withdrawn_offer_is_rescinded_not_an_offer():
    text = (
        PRAISE + "We were delighted to offer you the role last week. Because of a budget "
        "cut we have had to withdraw the offer we made, and we are very sorry."
    )
    assert read(letter(text)).kind == "rescinded"


@pytest.mark.parametrize(
    "sentence",
    [
        "We may be able to offer you the role if the budget is approved.",
        "If headcount is confirmed, we would like to invite you to a final interview.",
        "We have not yet decided whether to move you forward.",
        "We hope to possibly move you forward to the next stage once the role is approved.",
    ],
)
def test_hedged_good_news_needs_the_persons_eyes(sentence):
    reading = read(letter(PRAISE + sentence))
    assert reading.kind == "none"
    assert reading.doubt


def test_a_condition_on_the_person_does_not_hedge_an_invitation():
    reading = read(letter("We'd like to invite you to an interview; reply if Monday works."))
    assert reading.kind == "invited"
    assert reading.doubt == ""


def test_a_conditional_negation_rejects_nothing():
    text = "We'd like to move you forward. If you do not wish to continue, just tell us."
    assert read(letter(text)).kind == "moving_forward"


def test_mail_in_a_language_the_reader_does_not_know_needs_the_persons_eyes():
    japanese = (
        "ジョーダン様\n\nこの度は弊社の求人にご応募いただき、誠にありがとうございます。"
        "慎重に選考いたしました結果、誠に残念ながら今回は採用を見送らせて"
        "いただくことになりました。"
    )
    french = (
        "Bonjour Jordan,\n\nNous vous remercions pour votre candidature au poste de "
        "développeur. Après examen attentif de votre dossier, nous sommes au regret de vous "
        "informer que votre profil ne correspond pas à nos besoins actuels.\n\nCordialement"
    )
    for text in (japanese, french):
        reading = read(letter(text))
        assert reading.kind == "none"
        assert "language" in reading.doubt


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thank you for your application, we will be in touch with you soon.", "en"),
        ("Vielen Dank für Ihre Bewerbung, wir melden uns in den nächsten Tagen bei Ihnen.", "de"),
        ("Hi", ""),
    ],
)
def test_the_language_guess(text, expected):
    assert guess(text) == expected


def test_a_negation_far_from_the_step_forward_rejects_nothing():
    text = (
        "We'd like to invite you to a second interview. We haven't received your portfolio "
        "yet and will continue once it arrives."
    )
    assert read(letter(text)).kind == "invited"


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for sending your CV. I'll pass your CV on to the hiring manager.",
        "You have been selected for interview along with other candidates.",
    ],
)
def test_passing_a_cv_on_or_being_selected_with_others_is_no_rejection(body):
    assert read(letter(body)).kind not in BAD_NEWS


@pytest.mark.parametrize(
    "body",
    [
        "Thanks jordan, we're gonna pass on this one. Best of luck",
        "After much deliberation we have appointed a candidate with more experience.",
        "The hiring team has elected to advance other candidates at this time.",
    ],
)
def test_choosing_someone_else_or_passing_is_a_rejection(body):
    assert read(letter(body)).kind == "rejected"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [("Absage", "rejected"), ("Zusage", "offer_verbal"), ("Rueckmeldung", "none")],
)
def test_a_subject_that_is_one_status_word_says_the_news(subject, expected):
    body = "Hallo Herr Avery,\n\nvielen Dank für Ihr Interesse.\n\nViele Grüße"
    assert read(letter(body, subject=subject)).kind == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sorry for the delay, but I'm delighted to offer you the role!", "offer_verbal"),
        ("I'm so sorry: we have had to cancel your offer of employment.", "rescinded"),
        ("Sorry, the offer of employment we made can no longer stand.", "rescinded"),
    ],
)
def test_sorry_for_a_delay_is_no_hedge_but_sorry_about_an_offer_is_bad_news(body, expected):
    assert read(letter(body)).kind == expected


def test_an_instruction_to_reschedule_or_cancel_is_not_news():
    body = (
        "You're all set for your panel interview on Thursday 10 December at 2pm GMT.\n\n"
        "If you need to reschedule, reply to this email. Should you have to cancel, let us "
        "know a day ahead."
    )
    assert read(letter(body)).kind == "invited"


def test_a_replys_subject_is_the_old_news():
    """The new part of a reply decides; "Re: Invitation to interview" is quoted history."""
    body = "Hi Jordan,\n\nSorry to say the panel has gone another way.\n\nDana"
    reading = read(letter(body, subject="Re: Invitation to interview"))
    assert reading.kind not in {"invited", "moving_forward"}
    german = "Hallo Jordan,\n\ndanke für deine Nachricht, ich schaue es mir gleich an.\n\nDana"
    assert read(letter(german, subject="Zusage")).kind == "offer_verbal"  # a subject says it
    assert read(letter(german, subject="AW: Zusage")).kind == "none"  # a reply's does not


@pytest.mark.parametrize(
    "sentence",
    [
        "We have decided to extend our offer to another applicant, who has accepted it.",
        "Wir haben uns entschieden, mit einer anderen Bewerberin weiterzumachen.",
        "Wir haben uns entschieden, die Stelle mit einem internen Kandidaten zu besetzen.",
        "The team has chosen to hire someone whose background is a closer match.",
        "I wanted to let you know that we've filled the position.",
        "After reviewing all candidates, we will be moving ahead with other applicants.",
    ],
)
def test_a_decision_for_someone_else_is_a_rejection(sentence):
    assert read(letter(PRAISE + sentence)).kind == "rejected"


def test_whether_they_will_invite_you_is_no_invitation():
    body = (
        "Many thanks for your application, which we have received.\n\nWe will tell you "
        "within two weeks whether we can invite you to an interview."
    )
    reading = read(letter(body))
    assert reading.kind == "acknowledged"


def test_a_paused_process_outranks_the_cancelled_round():
    """For the person the news is the hold, not the one interview it cancels."""
    body = (
        "Hi Jordan,\n\nI'm afraid we need to cancel Thursday's interview: the role has been "
        "put on hold until the new budget is agreed. Your application stays with us."
    )
    assert read(letter(body, subject="Cancelled: Interview with Acme")).kind == "on_hold"


def test_choosing_the_person_as_a_candidate_is_no_rejection():
    text = "Hallo Jordan,\n\nwir haben uns für Sie als Kandidatin entschieden!\n\nViele Grüße"
    assert read(letter(text, subject="Gute Nachrichten")).kind not in BAD_NEWS


def test_whether_or_not_they_move_forward_is_an_open_question_not_a_no():
    reading = read(
        letter(
            "Thanks for applying! We've received your application. We aim to get back to all "
            "applicants within two weeks, whether or not we move forward.",
        )
    )
    assert reading.kind == "acknowledged"


@pytest.mark.parametrize(
    "paper",
    [
        "Our People team is putting together the formal offer letter, which you'll receive "
        "via DocuSign.",
        "We are preparing your contract now.",
    ],
)
def test_an_offer_whose_letter_is_still_being_made_is_verbal(paper):
    body = f"As I mentioned on the phone, we're thrilled to offer you the role. {paper}"
    assert read(letter(body)).kind == "offer_verbal"


def test_an_attached_offer_with_paper_still_to_come_for_something_else_is_written():
    body = (
        "We're thrilled to offer you the role. Your contract is attached; you'll receive a "
        "countersigned copy once you sign. We're preparing your onboarding paperwork."
    )
    assert read(letter(body)).kind == "offer_written"


def test_an_offer_they_are_unable_to_proceed_with_is_rescinded():
    body = (
        "After a restructuring the position has been eliminated, and we are unable to "
        "proceed with the offer we extended to you on November 19."
    )
    assert read(letter(body)).kind == "rescinded"


@pytest.mark.parametrize(
    "body",
    [
        "The next stage is a short take-home exercise. Please submit your solution within "
        "five days. Once we've received it, we'll be in touch.",
        "Hier kommt der nächste Schritt: unsere Coding Challenge. Bitte schick uns deine "
        "Lösung bis spätestens Sonntag.",
    ],
)
def test_work_to_hand_in_is_an_assessment_over_a_next_step_or_a_receipt(body):
    assert read(letter(body)).kind == "assessment"


def test_work_handed_in_is_no_new_assessment():
    body = (
        "Thanks for submitting your solution, the team loved it. We'd like to invite you to "
        "a final interview with our CTO."
    )
    assert read(letter(body)).kind == "invited"


def test_a_verbal_offer_whose_letter_will_come_is_verbal():
    body = (
        "I'm thrilled that we get to extend you an offer! Your formal offer letter will come "
        "through DocuSign by Tuesday."
    )
    assert read(letter(body)).kind == "offer_verbal"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Aufgrund eines konzernweiten Einstellungsstopps ruht das Besetzungsverfahren "
            "vorerst. Eine Entscheidung gegen Sie ist damit ausdrücklich nicht verbunden.",
            "on_hold",
        ),
        (
            "Ihre Unterlagen haben die erste Sichtung durchlaufen, und wir möchten Sie gerne "
            "im weiteren Auswahlverfahren berücksichtigen.",
            "moving_forward",
        ),
        (
            "Leider können wir Sie im weiteren Auswahlverfahren nicht berücksichtigen.",
            "rejected",
        ),
    ],
)
def test_german_holds_and_the_next_step(body, expected):
    assert read(letter(body)).kind == expected
