"""read(raw) -> MailReading: the corpus, the fields it resolves, and input it must survive."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from interviews.hrmail import KINDS, MailReading, read
from tests import mail_corpus
from tests.support.mail import calendar_mail, letter

UTC = dt.UTC

# The corpus is scored once per module: keep its tests on one worker.
pytestmark = pytest.mark.xdist_group("mail-corpus")


def corpus_mail(kind: str, slug: str) -> MailReading:
    return read((mail_corpus.CORPUS / kind / f"{slug}.eml").read_bytes())


@pytest.fixture(scope="module")
def scored():
    return mail_corpus.score()


def test_the_corpus_is_big_and_covers_every_kind(scored):
    assert len(scored) >= 300
    assert {s.expected for s in scored} == set(KINDS)


def test_english_and_german_mail_is_labelled_with_dates_and_times(scored):
    labelled = [s for s in scored if s.language in {"en", "de"}]
    assert sum(s.language == "de" for s in labelled) >= 80
    assert sum(any(s.dates_expected or ()) for s in labelled) >= 40


def test_at_least_90_percent_of_stated_dates_and_times_are_read(scored):
    stated = [s for s in scored if any(s.dates_expected or ())]
    assert sum(s.dates_right for s in stated) / len(stated) >= 0.9, mail_corpus.table(stated)


@pytest.mark.parametrize(
    "blind_set",
    ["blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8"],
)
@pytest.mark.parametrize("language", ["en", "de"])
def test_the_blind_set_reads_as_the_issue_asks(scored, language, blind_set):
    """Each set of 40 mails an HR specialist wrote without seeing the reader (blind-* to
    blind8-*): 90% of kinds, 80% of dates and times, no bad news read as good, per
    language."""
    blind = [
        s
        for s in scored
        if mail_corpus.held_out_set(s.path) == blind_set and s.language == language
    ]
    stated = [s for s in blind if any(s.dates_expected or ())]
    assert len(blind) == 20 and len(stated) >= 7
    assert sum(s.right for s in blind) >= 18, mail_corpus.table(blind)
    assert sum(s.dates_right for s in stated) / len(stated) >= 0.8, mail_corpus.table(blind)
    assert [s.path.name for s in blind if s.bad_news_as_good] == []


def test_no_withdrawn_offer_is_read_as_good_news(scored):
    assert [s.path.name for s in scored if s.bad_news_as_good] == []


def test_at_least_90_percent_of_the_corpus_reads_as_labelled(scored):
    right = sum(s.right for s in scored)
    print("\n" + mail_corpus.table(scored))
    assert right / len(scored) >= 0.9, mail_corpus.table(scored)


def test_no_rejection_is_read_as_good_news(scored):
    misread = [
        s.path.name for s in scored if s.expected == "rejected" and s.got in mail_corpus.POSITIVE
    ]
    assert misread == []


def test_at_least_90_percent_of_mail_that_is_not_news_is_not_suggested(scored):
    nones = [s for s in scored if s.expected == "none"]
    assert sum(s.got == "none" for s in nones) / len(nones) >= 0.9


def test_a_reading_carries_who_when_and_why():
    reading = corpus_mail("rejected", "other-candidates-classic")
    assert reading.sender == "careers@meridianbank.icims.com"
    assert reading.sender_domain == "meridianbank.icims.com"
    assert reading.sent_at == dt.datetime(2026, 11, 30, 17, 0, tzinfo=UTC)
    assert reading.company == "Meridian Bank"
    assert "move forward with other candidates" in reading.evidence
    assert reading.excerpt.startswith("Dear Jordan, Thank you for your interest")
    assert 0.8 <= reading.confidence <= 1


@pytest.mark.parametrize(
    "sentence",
    [
        "We have decided to go another route for this role.",
        "We have decided to move forward with other candidates.",
        "We wanted to let you know that the position has been filled.",
        "Unfortunately your profile is not a match at this time.",
        "The team won't be moving ahead with your application.",
        "We have offered the position to another candidate.",
    ],
)
def test_soft_rejections_are_rejections(sentence):
    reading = read(letter(f"Hi Jordan,\n\nThank you for your time. {sentence}\n\nBest,\nDana"))
    assert reading.kind == "rejected"
    assert sentence.rstrip(".") in reading.evidence


def test_a_rejection_that_invites_to_apply_for_another_role_is_a_rejection():
    assert corpus_mail("rejected", "reject-but-apply-other-role").kind == "rejected"


def test_a_reschedule_is_not_a_rejection():
    reading = read(letter("Unfortunately we need to reschedule your interview to next Tuesday."))
    assert reading.kind == "rescheduled"


def test_quoted_history_does_not_count():
    # The reply says no; the quoted mail under it invited to a final interview.
    reading = corpus_mail("rejected", "quoted-chain-after-follow-up")
    assert reading.kind == "rejected"
    assert "invite" not in reading.text


@pytest.mark.parametrize(
    ("promise", "expected"),
    [
        ("We will get back to you by the end of next week.", dt.date(2026, 11, 27)),
        ("You'll hear from us within two weeks.", dt.date(2026, 11, 30)),
        ("We aim to let you know within 5 working days.", dt.date(2026, 11, 23)),
        ("I'll be in touch early next week.", dt.date(2026, 11, 25)),
        ("We hope to have a decision by Friday.", dt.date(2026, 11, 20)),
        ("We will let you know by 4 December.", dt.date(2026, 12, 4)),
        ("We'll update you in the coming days.", None),
    ],
)
def test_promised_reply_dates_are_resolved_against_the_date_header(promise, expected):
    # Sent on Monday 16 November 2026.
    reading = read(letter(f"Thank you for applying. We have received your application. {promise}"))
    assert reading.kind == "acknowledged"
    assert reading.promised_reply_by == expected


def test_a_relative_deadline_without_a_date_header_is_not_guessed():
    reading = read(letter("We will get back to you by the end of next week.", date=None))
    assert reading.sent_at is None
    assert reading.promised_reply_by is None


def test_an_offer_deadline_is_the_date_to_answer_by():
    reading = corpus_mail("offer_written", "offer-letter-attached")
    assert reading.respond_by == dt.date(2026, 12, 4)
    assert reading.promised_reply_by is None


def test_an_attached_calendar_fixes_the_interview_time():
    reading = corpus_mail("invited", "calendly-harbor-pine-ics")
    assert reading.scheduled_at == dt.datetime(2026, 12, 1, 15, 0, tzinfo=UTC)


def test_a_time_written_in_the_letter_fixes_the_interview_in_the_senders_zone():
    reading = corpus_mail("invited", "british-council-leeds-interview")
    assert reading.scheduled_at == dt.datetime(2026, 12, 8, 14, 30, tzinfo=UTC)
    moved = corpus_mail("rescheduled", "goodtime-moved")
    assert moved.scheduled_at == dt.datetime(
        2026, 12, 10, 10, 0, tzinfo=ZoneInfo("America/Los_Angeles")
    )


def test_a_proposed_time_is_not_a_fixed_one():
    assert corpus_mail("invited", "short-phone-interview").scheduled_at is None


def test_html_only_and_latin1_mail_is_read():
    assert corpus_mail("offer_written", "workday-offer-html-only").respond_by == dt.date(
        2026, 12, 7
    )
    reading = corpus_mail("rejected", "german-company-latin1")
    assert reading.company == "Müller & Söhne"


def test_the_company_comes_from_the_sender_or_the_letter():
    assert corpus_mail("acknowledged", "greenhouse-northwind").company == "Northwind Health"
    assert corpus_mail("offer_written", "docusign-offer").company == "Brightline Logistics"
    assert corpus_mail("offer_written", "british-conditional-offer").company == (
        "Leeds Housing Partnership"
    )


def test_a_calendar_request_books_and_an_answer_to_one_books_nothing():
    booked = read(calendar_mail("REQUEST", auto="auto-generated"))  # a scheduler's invite
    assert booked.kind == "invited"
    assert booked.scheduled_at == dt.datetime(2026, 11, 24, 14, 0, tzinfo=UTC)
    for answer in ("REPLY", "COUNTER"):  # an attendee's "Accepted:", a proposed time
        assert read(calendar_mail(answer)).kind == "none"


def test_only_an_auto_reply_is_skipped_as_automatic():
    assert read(calendar_mail("REQUEST", auto="auto-replied")).kind == "none"
