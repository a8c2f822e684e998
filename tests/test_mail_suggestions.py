"""Suggestions from e-mail: matched to an application, recorded only on Accept, dismissed
for good, added by pasting or uploading."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from interviews.hrmail import read
from interviews.hrmail.matching import Candidate, match
from interviews.hrmail.models import MailSuggestion, SuggestionStatus
from interviews.hrmail.suggestions import candidates_of, suggestion_record
from interviews.models import InterviewRound, RoundKind, Stage, StatusUpdate, UpdateKind
from tests import mail_corpus
from tests.factories import ApplicationFactory, InterviewRoundFactory
from tests.support.mail import mail

pytestmark = pytest.mark.django_db

REVIEW = reverse("interviews:mail_review")
ADD = reverse("interviews:mail_add")


REJECTION = mail(
    "Hi Jordan,\n\nThank you for interviewing with Acme Robotics. We have decided to move "
    "forward with other candidates.\n\nDana",
    message_id="<rejection-1@acme-robotics.com>",
)


def corpus(kind: str, slug: str) -> bytes:
    return (mail_corpus.CORPUS / kind / f"{slug}.eml").read_bytes()


# ---------------------------------------------------------------- matching (pure)


def test_the_contacts_own_address_wins():
    reading = read(REJECTION)
    candidates = [
        Candidate(1, "Acme Robotics", contact_email="sam@acme-robotics.com"),
        Candidate(2, "Acme Robotics", contact_email="dana@acme-robotics.com"),
    ]
    assert match(reading, candidates).application_id == 2


def test_the_senders_domain_matches_the_job_postings_domain():
    reading = read(mail("We have decided to go another route.", sender="hr@careers.acme.co.uk"))
    candidates = [
        Candidate(1, "Someone Else", job_url="https://jobs.example.com/1"),
        Candidate(2, "ACME (UK)", job_url="https://www.acme.co.uk/jobs/42"),
    ]
    assert match(reading, candidates).application_id == 2


def test_the_company_named_in_an_ats_mail_matches():
    reading = read(corpus("rejected", "other-candidates-classic"))
    candidates = [Candidate(1, "Northwind Health"), Candidate(2, "Meridian Bank Ltd")]
    assert match(reading, candidates).application_id == 2


def test_a_tie_and_a_miss_are_left_for_the_person():
    reading = read(corpus("rejected", "other-candidates-classic"))
    tie = match(reading, [Candidate(1, "Meridian Bank"), Candidate(2, "Meridian Bank")])
    assert (tie.application_id, tie.tied) == (None, (1, 2))
    assert match(reading, [Candidate(3, "Kestrel Labs")]).application_id is None


def test_free_mail_and_hiring_services_are_not_an_employers_domain():
    reading = read(mail("We have decided to go another route.", sender="recruiter@gmail.com"))
    assert (
        match(reading, [Candidate(1, "Zeta", contact_email="boss@gmail.com")]).application_id
        is None
    )


# ---------------------------------------------------------------- pasting and reviewing


def test_pasting_a_rejection_suggests_it_and_records_nothing(owner_client, user):
    application = ApplicationFactory(owner=user, company="Acme Robotics", contact_email="")
    response = owner_client.post(ADD, {"message": REJECTION.decode()})
    assert response.status_code == HTTPStatus.FOUND
    suggestion = MailSuggestion.objects.get(owner=user)
    assert (suggestion.kind, suggestion.application) == ("rejected", application)
    assert suggestion.status == SuggestionStatus.PENDING
    assert not StatusUpdate.objects.exists()
    page = owner_client.get(REVIEW).content.decode()
    assert 'Acme Robotics — <span class="mail-kind">rejected</span>' in page
    assert "move forward with other candidates" in page


def test_accepting_records_the_update_dated_from_the_mail_and_the_stage_moves(owner_client, user):
    application = ApplicationFactory(owner=user, company="Acme Robotics")
    suggestion, _, _ = suggestion_record(owner=user, raw=REJECTION, candidates=candidates_of(user))
    response = owner_client.post(
        reverse("interviews:mail_accept", args=[suggestion.pk]), {"kind": "rejected"}
    )
    assert response.status_code == HTTPStatus.FOUND
    update = StatusUpdate.objects.get(application=application)
    assert (update.kind, update.on) == (UpdateKind.REJECTED, dt.date(2026, 11, 16))
    assert "move forward with other candidates" in update.note
    application.refresh_from_db()
    assert application.stage == Stage.REJECTED
    suggestion.refresh_from_db()
    assert suggestion.status == SuggestionStatus.ACCEPTED
    # A second click records nothing more.
    owner_client.post(reverse("interviews:mail_accept", args=[suggestion.pk]), {"kind": "rejected"})
    assert StatusUpdate.objects.count() == 1


def test_an_invitation_with_a_time_becomes_a_round(owner_client, user):
    application = ApplicationFactory(owner=user, company="Leeds Housing Partnership")
    raw = corpus("invited", "british-council-leeds-interview")
    suggestion, created, _ = suggestion_record(owner=user, raw=raw, candidates=candidates_of(user))
    assert created and suggestion.application == application
    owner_client.post(reverse("interviews:mail_accept", args=[suggestion.pk]), {"kind": "invited"})
    interview = InterviewRound.objects.get(application=application)
    assert interview.scheduled_at == dt.datetime(2026, 12, 8, 14, 30, tzinfo=dt.UTC)
    assert interview.outcome == "scheduled"
    assert not StatusUpdate.objects.exists()


def test_a_test_with_a_due_date_becomes_a_take_home_round_and_without_one_an_invitation(
    owner_client, user
):
    application = ApplicationFactory(owner=user, company="Brightline Logistics")
    due, _, _ = suggestion_record(
        owner=user, raw=corpus("assessment", "codility-deadline"), candidates=candidates_of(user)
    )
    owner_client.post(reverse("interviews:mail_accept", args=[due.pk]), {"kind": "assessment"})
    take_home = InterviewRound.objects.get(application=application)
    assert take_home.kind == RoundKind.TAKE_HOME
    assert take_home.scheduled_at.date() == dt.date(2026, 11, 16)
    undated, _, _ = suggestion_record(
        owner=user,
        raw=mail(
            "Please complete the online assessment we sent you.",
            subject="Brightline Logistics test",
        ),
        candidates=candidates_of(user),
    )
    owner_client.post(
        reverse("interviews:mail_accept", args=[undated.pk]),
        {"kind": "assessment", "application": application.pk},
    )
    update = StatusUpdate.objects.get(application=application)
    assert update.kind == UpdateKind.INVITED and "take-home" in update.note


def test_change_records_the_persons_choice_of_application_and_kind(owner_client, user):
    ApplicationFactory(owner=user, company="Acme Robotics")
    other = ApplicationFactory(owner=user, company="Zeta Corp")
    suggestion, _, _ = suggestion_record(owner=user, raw=REJECTION, candidates=candidates_of(user))
    owner_client.post(
        reverse("interviews:mail_accept", args=[suggestion.pk]),
        {"kind": "on_hold", "application": other.pk},
    )
    update = StatusUpdate.objects.get()
    assert (update.application, update.kind) == (other, UpdateKind.ON_HOLD)


def test_an_unmatched_suggestion_needs_an_application_and_nothing_changes_without_one(
    owner_client, user
):
    suggestion, _, _ = suggestion_record(owner=user, raw=REJECTION, candidates=[])
    assert suggestion.application is None
    response = owner_client.post(
        reverse("interviews:mail_accept", args=[suggestion.pk]), {"kind": "rejected"}, follow=True
    )
    assert "Choose which application this e-mail is about." in response.content.decode()
    suggestion.refresh_from_db()
    assert suggestion.is_pending and not StatusUpdate.objects.exists()


def test_another_users_application_cannot_be_chosen(owner_client, user, stranger):
    theirs = ApplicationFactory(owner=stranger)
    suggestion, _, _ = suggestion_record(owner=user, raw=REJECTION, candidates=[])
    owner_client.post(
        reverse("interviews:mail_accept", args=[suggestion.pk]),
        {"kind": "rejected", "application": theirs.pk},
    )
    assert not StatusUpdate.objects.exists()


def test_a_dismissed_mail_stays_dismissed_when_it_comes_again(owner_client, user):
    ApplicationFactory(owner=user, company="Acme Robotics")
    owner_client.post(ADD, {"message": REJECTION.decode()})
    suggestion = MailSuggestion.objects.get()
    owner_client.post(reverse("interviews:mail_dismiss", args=[suggestion.pk]))
    response = owner_client.post(ADD, {"message": REJECTION.decode()}, follow=True)
    assert "You have added this e-mail before (dismissed)." in response.content.decode()
    assert MailSuggestion.objects.get().status == SuggestionStatus.DISMISSED
    assert "Nothing to review" in owner_client.get(REVIEW).content.decode()


def test_mail_that_is_not_news_is_not_suggested(owner_client, user):
    response = owner_client.post(ADD, {"message": corpus("none", "linkedin-job-alert").decode()})
    assert response.status_code == HTTPStatus.OK
    assert "doesn&#x27;t read like news about an application" in response.content.decode()
    assert not MailSuggestion.objects.exists()


def test_an_eml_upload_is_read(owner_client, user):
    ApplicationFactory(owner=user, company="Harbor & Pine")
    upload = SimpleUploadedFile("invite.eml", corpus("invited", "calendly-harbor-pine-ics"))
    owner_client.post(ADD, {"eml": upload})
    suggestion = MailSuggestion.objects.get()
    assert suggestion.kind == "invited"
    assert suggestion.scheduled_at == dt.datetime(2026, 12, 1, 15, 0, tzinfo=dt.UTC)


def test_an_upload_over_5_mb_and_an_empty_form_are_refused(owner_client):
    big = SimpleUploadedFile("big.eml", b"x" * (5 * 1024 * 1024 + 1))
    response = owner_client.post(ADD, {"eml": big})
    assert "over 5 MB" in response.content.decode()
    response = owner_client.post(ADD, {"message": "  "})
    assert "Paste a message or choose an .eml file." in response.content.decode()
    assert not MailSuggestion.objects.exists()


def test_the_waiting_desk_links_to_the_review_with_its_count(owner_client, user):
    suggestion_record(owner=user, raw=REJECTION, candidates=[])
    page = owner_client.get(reverse("interviews:waiting")).content.decode()
    assert f'href="{REVIEW}">E-mail to review (1)</a>' in page


def test_only_headers_the_evidence_and_an_excerpt_are_kept(user):
    raw = corpus("offer_written", "offer-letter-attached")
    suggestion, _, _ = suggestion_record(owner=user, raw=raw, candidates=[])
    stored = " ".join(
        str(v) for v in MailSuggestion.objects.filter(pk=suggestion.pk).values().get().values()
    )
    assert "fake offer letter" not in stored  # the attachment's content
    assert len(suggestion.excerpt) <= 300


@pytest.mark.parametrize("count", [3, 40])
def test_the_review_page_costs_the_same_at_any_size(
    owner_client, user, count, django_assert_num_queries
):
    application = ApplicationFactory(owner=user, company="Acme Robotics")
    for index in range(count):
        MailSuggestion.objects.create(
            owner=user,
            message_key=f"k{index}",
            kind="rejected",
            application=application if index % 2 else None,
        )
    # session, user, profile, the page's count and rows, the people on their applications
    # (whether to offer the sender as a contact), the applications for the selects, the
    # navigation's count
    with django_assert_num_queries(7):
        response = owner_client.get(REVIEW)
    assert response.status_code == HTTPStatus.OK


def test_a_new_time_moves_the_round_still_booked_and_books_one_when_none_is(owner_client, user):
    application = ApplicationFactory(owner=user, company="Quantum Leaf")
    booked = InterviewRoundFactory(
        application=application,
        kind=RoundKind.ONSITE,
        scheduled_at=dt.datetime(2026, 12, 8, 17, 0, tzinfo=dt.UTC),
        outcome="scheduled",
        notes="Panel of four.",
    )
    raw = corpus("rescheduled", "goodtime-moved")
    suggestion, _, _ = suggestion_record(owner=user, raw=raw, candidates=candidates_of(user))
    owner_client.post(
        reverse("interviews:mail_accept", args=[suggestion.pk]),
        {"kind": "rescheduled", "application": application.pk},
    )
    booked.refresh_from_db()
    assert booked.scheduled_at == dt.datetime(2026, 12, 10, 18, 0, tzinfo=dt.UTC)
    assert booked.notes.startswith("Panel of four.\nMoved by them from ")
    assert InterviewRound.objects.count() == 1 and not StatusUpdate.objects.exists()

    # Nothing booked yet: the new time is a round of its own.
    other = ApplicationFactory(owner=user, company="Quantum Leaf Labs")
    again, _, _ = suggestion_record(
        owner=user, raw=raw.replace(b"Message-ID: <", b"Message-ID: <again-"), candidates=[]
    )
    owner_client.post(
        reverse("interviews:mail_accept", args=[again.pk]),
        {"kind": "rescheduled", "application": other.pk},
    )
    assert other.rounds.get().scheduled_at == dt.datetime(2026, 12, 10, 18, 0, tzinfo=dt.UTC)


def test_a_hold_that_calls_off_the_booked_interview_releases_it(owner_client, user):
    """A CANCEL that only pauses the process: the hold is recorded and the interview it
    called off is no longer booked."""
    application = ApplicationFactory(owner=user, company="Stiftung Grünau")
    booked = InterviewRoundFactory(
        application=application,
        kind=RoundKind.ONSITE,
        scheduled_at=dt.datetime(2026, 12, 10, 10, 0, tzinfo=dt.UTC),
        outcome="scheduled",
    )
    raw = corpus("on_hold", "blind-de-17-abgesagt-verfahren-ausgesetzt")
    suggestion, _, _ = suggestion_record(owner=user, raw=raw, candidates=candidates_of(user))
    assert suggestion.kind == "on_hold"
    assert suggestion.scheduled_at == booked.scheduled_at
    assert "Calls off the interview on Thu 10 Dec" in owner_client.get(REVIEW).content.decode()

    owner_client.post(
        reverse("interviews:mail_accept", args=[suggestion.pk]),
        {"kind": "on_hold", "application": application.pk},
    )
    booked.refresh_from_db()
    assert booked.outcome == "cancelled"
    assert application.updates.get().kind == UpdateKind.ON_HOLD
    assert InterviewRound.objects.count() == 1  # no round of its own


def test_a_hold_with_nothing_booked_records_only_the_hold(owner_client, user):
    application = ApplicationFactory(owner=user, company="Stiftung Grünau")
    raw = corpus("on_hold", "blind-de-17-abgesagt-verfahren-ausgesetzt")
    suggestion, _, _ = suggestion_record(owner=user, raw=raw, candidates=candidates_of(user))
    owner_client.post(
        reverse("interviews:mail_accept", args=[suggestion.pk]),
        {"kind": "on_hold", "application": application.pk},
    )
    assert not InterviewRound.objects.exists()
    assert application.updates.get().kind == UpdateKind.ON_HOLD
