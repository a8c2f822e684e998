"""Company names and domains compared after the one folding, without legal forms."""

from __future__ import annotations

import pytest

from interviews.hrmail import read
from interviews.hrmail.matching import Candidate, match, normalised
from tests.support.mail import mail

REJECTION = "We have decided to move forward with other candidates."


@pytest.mark.parametrize(
    ("name", "spelled"),
    [
        ("Ørsted A/S", "orsted"),
        ("Müller & Söhne GmbH", "mueller and soehne"),
        ("Müller & Söhne GmbH", "muller and sohne"),
        ("Société Générale S.A.", "societe generale"),
        ("Acme Robotics, Inc.", "acme robotics"),
        ("Brightwater Analytics Ltd", "brightwater analytics"),
        ("Siemens AG", "siemens"),
        ("Zalando SE", "zalando"),
        ("Tesco PLC", "tesco"),
        ("Stripe LLC", "stripe"),
    ],
)
def test_legal_forms_go_and_letters_fold(name, spelled):
    assert spelled in normalised(name)


def test_a_domain_without_the_accent_matches_the_company_with_it():
    reading = read(mail(REJECTION, sender="Careers <careers@orsted.com>"))
    found = match(reading, [Candidate(1, "Equinor ASA"), Candidate(2, "Ørsted A/S")])
    assert found.application_id == 2


def test_a_german_name_written_without_umlauts_matches():
    body = f"Thank you for applying to Mueller & Soehne. {REJECTION}"
    reading = read(mail(body, sender="jobs@greenhouse-mail.io"))
    found = match(reading, [Candidate(1, "Müller & Söhne GmbH"), Candidate(2, "Acme")])
    assert found.application_id == 1


@pytest.mark.parametrize(
    "service",
    ["greenhouse-mail.io", "myworkday.com", "hire.lever.co", "smartrecruiters.com",
     "ashbyhq.com", "personio.de", "personio.com"],
)  # fmt: skip
def test_an_ats_sender_is_matched_by_the_company_the_mail_names(service):
    body = f"Thank you for your interest in Zalando SE. {REJECTION}"
    reading = read(mail(body, sender=f"no-reply@{service}"))
    candidates = [Candidate(1, "Zalando"), Candidate(2, "Delivery Hero")]
    assert match(reading, candidates).application_id == 1


def test_a_short_domain_word_is_not_taken_for_a_longer_name():
    reading = read(mail(REJECTION, sender="hr@meta.com"))
    assert match(reading, [Candidate(1, "Metaswitch Networks")]).application_id is None
