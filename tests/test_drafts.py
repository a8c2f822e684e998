"""Drafts: filled with the application's names and dates; marking one sent moves the advice."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from interviews import drafts, services
from interviews.guidance import advise
from interviews.models import (
    Application,
    Contact,
    ContactRole,
    InterviewRound,
    Outcome,
    Stage,
    StatusUpdate,
    UpdateKind,
)
from tests.factories import ApplicationFactory, InterviewRoundFactory, StatusUpdateFactory

pytestmark = pytest.mark.django_db


def ago(n: int) -> dt.date:
    return timezone.localdate() - dt.timedelta(days=n)


@pytest.fixture
def interviewed(user):
    """An application whose video interview was yesterday, with no thank-you sent yet."""
    application = ApplicationFactory(
        owner=user,
        company="Acme",
        role="Data Engineer",
        contact_name="Dana Reyes",
        applied_on=ago(20),
    )
    InterviewRoundFactory(
        application=application,
        scheduled_at=timezone.now() - dt.timedelta(days=1),
        interviewers="Sam Lee, Kim Park",
        outcome=Outcome.DONE,
    )
    return application


def draft_url(application, kind, sent=False):
    name = "interviews:draft_sent" if sent else "interviews:draft"
    return reverse(name, args=[application.pk, kind])


def test_thank_you_is_addressed_to_the_people_in_the_round(owner_client, interviewed):
    for contact in Contact.objects.filter(name__in=["Sam Lee", "Kim Park"]):
        contact.email = f"{contact.name.split()[0].lower()}@acme.example"
        services.contact_edit(contact)
    response = owner_client.get(draft_url(interviewed, "thank_you"))
    draft = response.context["draft"]
    # The people in the round, not the recruiter (Dana was not in it).
    assert draft.to == "sam@acme.example,kim@acme.example"
    assert draft.subject == "Thank you: Data Engineer interview"
    assert draft.body.startswith("Hi Sam and Kim,")
    assert "Dana" not in draft.body
    yesterday = timezone.localdate(timezone.now() - dt.timedelta(days=1))
    assert yesterday.strftime("%A %-d %B") in draft.body
    assert "mailto:sam@acme.example,kim@acme.example?subject=Thank%20you" in (
        response.content.decode()
    )


def test_a_follow_up_goes_to_the_recruiter(owner_client, interviewed):
    application = ApplicationFactory(
        owner=interviewed.owner, company="Beta", contact_name="Dana Reyes", applied_on=ago(20)
    )
    advice = advise(application, today=timezone.localdate())
    draft = drafts.compose(drafts.FOLLOW_UP, application, advice, signature="Maya")
    assert draft.to == "dana@example.com"
    assert draft.body.startswith("Hi Dana,")


def test_marking_the_thank_you_sent_records_it_and_moves_the_advice(owner_client, interviewed):
    detail = owner_client.get(interviewed.get_absolute_url())
    assert ("thank_you", "Thank-you note") in detail.context["drafts"]
    response = owner_client.post(draft_url(interviewed, "thank_you", sent=True))
    assert response.status_code == HTTPStatus.FOUND
    assert interviewed.rounds.get().thank_you_sent_on == timezone.localdate()
    detail = owner_client.get(interviewed.get_absolute_url())
    assert ("thank_you", "Thank-you note") not in detail.context["drafts"]
    # Once sent, the draft is no longer offered; Back to its page says so, and where to go.
    again = owner_client.get(draft_url(interviewed, "thank_you") + "?next=/waiting/")
    assert again.status_code == HTTPStatus.OK
    assert "Thank-you note: nothing to send now" in again.content.decode()
    assert 'href="/waiting/">Back to Waiting' in again.content.decode()
    assert owner_client.post(draft_url(interviewed, "thank_you", sent=True)).status_code == 404
    assert owner_client.get(draft_url(interviewed, "no_such_kind")).status_code == 404


def test_follow_up_then_second_follow_up(owner_client, user):
    application = ApplicationFactory(owner=user, applied_on=ago(16))
    owner_client.post(draft_url(application, "follow_up", sent=True))
    assert StatusUpdate.objects.get().kind == UpdateKind.FOLLOW_UP_SENT
    detail = owner_client.get(application.get_absolute_url())
    kinds = [kind for kind, _ in detail.context["drafts"]]
    assert "second_follow_up" in kinds and "follow_up" not in kinds


def test_timeline_request_appears_when_another_offer_arrives(owner_client, user, interviewed):
    offer = ApplicationFactory(owner=user)
    StatusUpdateFactory(application=offer, kind="offer_written", on=ago(1))
    detail = owner_client.get(interviewed.get_absolute_url())
    assert "timeline" in [kind for kind, _ in detail.context["drafts"]]
    body = owner_client.get(draft_url(interviewed, "timeline")).context["draft"].body
    assert "offer from another employer" in body


def test_a_reply_to_a_rejection_is_marked_sent_as_a_contact_and_its_step_is_done(
    owner_client, interviewed
):
    # First-week finding 6: "Reply graciously" had no way to say it was done.
    StatusUpdateFactory(application=interviewed, kind="rejected", on=timezone.localdate())
    response = owner_client.get(draft_url(interviewed, "rejection_reply"))
    assert "feedback" in response.context["draft"].body
    assert "Mark as sent" in response.content.decode()
    sent = owner_client.post(draft_url(interviewed, "rejection_reply", sent=True))
    assert sent.status_code == HTTPStatus.FOUND
    reply = interviewed.updates.get(kind=UpdateKind.FOLLOW_UP_SENT)
    assert (reply.on, reply.note) == (timezone.localdate(), "Replied to their rejection.")
    interviewed.refresh_from_db()
    assert interviewed.stage == Stage.REJECTED
    page = owner_client.get(interviewed.get_absolute_url())
    assert "rejected_reply" not in [step.key for step in page.context["advice"].next_steps]
    assert "rejection_reply" not in [kind for kind, _ in page.context["drafts"]]
    again = owner_client.get(draft_url(interviewed, "rejection_reply"))
    assert again.templates[0].name == "interviews/draft_done.html"


def test_withdrawal_marked_sent_withdraws(owner_client, interviewed):
    owner_client.post(draft_url(interviewed, "withdrawal", sent=True))
    interviewed.refresh_from_db()
    assert interviewed.stage == Stage.WITHDRAWN


def test_a_future_sent_date_is_refused(owner_client, interviewed):
    future = (timezone.localdate() + dt.timedelta(days=2)).isoformat()
    response = owner_client.post(draft_url(interviewed, "thank_you", sent=True), {"on": future})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert interviewed.rounds.get().thank_you_sent_on is None


def test_unknown_draft_kind_is_404(owner_client, interviewed):
    assert owner_client.get(draft_url(interviewed, "love_letter")).status_code == 404


def test_strangers_draft_is_404(client, stranger, interviewed):
    client.force_login(stranger)
    assert client.get(draft_url(interviewed, "thank_you")).status_code == 404
    assert client.post(draft_url(interviewed, "thank_you", sent=True)).status_code == 404
    assert interviewed.rounds.get().thank_you_sent_on is None


def advice_now(application):
    fresh = Application.objects.with_records().get(pk=application.pk)
    return fresh, advise(fresh, today=timezone.localdate())


def test_the_service_dates_the_thank_you_on_the_round_it_thanks_for(interviewed):
    application, advice = advice_now(interviewed)
    before = application.last_activity_at
    thanked = services.draft_mark_sent(
        application=application, advice=advice, kind=drafts.THANK_YOU, on=ago(0)
    )
    assert thanked.pk == advice.thank_you.round.pk
    assert InterviewRound.objects.get(pk=thanked.pk).thank_you_sent_on == ago(0)
    assert Application.objects.get(pk=application.pk).last_activity_at > before
    assert advice_now(application)[1].thank_you is None


@pytest.mark.parametrize(
    ("kind", "stored", "stage"),
    [
        (drafts.FOLLOW_UP, UpdateKind.FOLLOW_UP_SENT, Stage.APPLIED),
        (drafts.WITHDRAWAL, UpdateKind.WITHDREW, Stage.WITHDRAWN),
    ],
)
def test_the_service_stores_a_follow_up_or_a_withdrawal_as_an_update(user, kind, stored, stage):
    application, advice = advice_now(ApplicationFactory(owner=user, applied_on=ago(16)))
    update = services.draft_mark_sent(application=application, advice=advice, kind=kind, on=ago(1))
    assert (update.kind, update.on) == (stored, ago(1))
    assert Application.objects.get(pk=application.pk).stage == stage


@pytest.mark.parametrize("kind", [drafts.TIMELINE, drafts.THANK_YOU])
def test_the_service_refuses_a_draft_that_records_nothing(user, kind):
    # No interview yet, so not even a thank-you is owed.
    application, advice = advice_now(ApplicationFactory(owner=user, applied_on=ago(16)))
    with pytest.raises(ValueError, match="can't be marked as sent"):
        services.draft_mark_sent(application=application, advice=advice, kind=kind, on=ago(0))
    assert not StatusUpdate.objects.exists()


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        ("Dana Reyes", "Hi Dana"),
        ("Frau Schneider", "Dear Frau Schneider"),
        ("Frau Dr. Schneider", "Dear Frau Dr. Schneider"),
        ("Ms. Lee", "Dear Ms. Lee"),
        ("Frau", "Hello"),
        ("", "Hello"),
    ],
)
def test_a_draft_greets_by_the_name_as_written_never_a_bare_title(contact, expected):
    assert drafts.greeting(contact) == expected


def test_a_thank_you_to_frau_schneider_greets_her_and_does_not_thank_her_for_herself(
    owner_client, interviewed
):
    services.application_save(
        interviewed, people={ContactRole.RECRUITER: services.Named("Frau Schneider")}
    )
    interview = interviewed.rounds.get()
    # Typing the recruiter's name on the round names that contact, not a new one.
    services.record_save(interview, people=services.Named.split("Frau Schneider, Sam Lee"))
    draft = owner_client.get(draft_url(interviewed, "thank_you")).context["draft"]
    assert draft.body.startswith("Dear Frau Schneider and Sam Lee,\n")
    assert "with Frau Schneider" not in draft.body
    assert Contact.objects.filter(owner=interviewed.owner, name="Frau Schneider").count() == 1


def test_a_follow_up_on_an_unanswered_application_names_the_day_it_was_sent(user):
    """Nobody had answered: there was no "last contact", only the application."""
    quiet = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 16))
    fresh = Application.objects.with_records().get(pk=quiet.pk)
    advice = advise(fresh, today=dt.date(2026, 12, 7))
    body = drafts.compose(drafts.FOLLOW_UP, fresh, advice, signature="Lena").body
    assert "which I applied for on Monday 16 November." in body
    assert "last contact" not in body
    StatusUpdateFactory(application=quiet, kind=UpdateKind.MOVING_FORWARD, on=dt.date(2026, 11, 23))
    fresh = Application.objects.with_records().get(pk=quiet.pk)
    advice = advise(fresh, today=dt.date(2026, 12, 7))
    body = drafts.compose(drafts.FOLLOW_UP, fresh, advice, signature="Lena").body
    assert "following our last contact on Monday 23 November." in body


def test_before_a_booked_interview_withdrawing_is_not_the_only_draft(user):
    """A first interview ahead offered one draft: "Withdraw your application"."""
    ahead = ApplicationFactory(owner=user, applied_on=dt.date(2026, 12, 1))
    InterviewRoundFactory(
        application=ahead,
        scheduled_at=timezone.make_aware(dt.datetime(2026, 12, 15, 11)),
        outcome=Outcome.SCHEDULED,
    )
    fresh = Application.objects.with_records().get(pk=ahead.pk)
    advice = advise(fresh, today=dt.date(2026, 12, 7))
    assert drafts.available_drafts(fresh, advice, another_offer=False) == []
    with_offer = drafts.available_drafts(fresh, advice, another_offer=True)
    assert with_offer == [drafts.TIMELINE, drafts.WITHDRAWAL]  # leaving is then a real choice
    waiting = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 2))
    fresh = Application.objects.with_records().get(pk=waiting.pk)
    advice = advise(fresh, today=dt.date(2026, 12, 7))
    assert drafts.WITHDRAWAL in drafts.available_drafts(fresh, advice, another_offer=False)


def test_a_rejection_before_any_interview_thanks_for_reading_not_for_time(owner_client, user):
    # First-week finding 10: no round was ever held, so nobody "spent time" with them.
    application = ApplicationFactory(
        owner=user, company="Check24", role="Analyst", applied_on=ago(10)
    )
    # Today: a reply to a rejection is offered while it is due (whatever the clock says).
    StatusUpdateFactory(application=application, kind="rejected", on=timezone.localdate())
    body = owner_client.get(draft_url(application, "rejection_reply")).context["draft"].body
    assert "for considering my application for the Analyst role" in body
    assert "time you and the team spent" not in body
    assert "interviews" not in body


def test_a_rejection_after_an_interview_thanks_for_the_time(owner_client, interviewed):
    StatusUpdateFactory(application=interviewed, kind="rejected", on=timezone.localdate())
    body = owner_client.get(draft_url(interviewed, "rejection_reply")).context["draft"].body
    assert "for the time you and the team spent with me" in body


def test_the_waiting_card_offers_the_reply_and_returns_to_the_desk(owner_client, user):
    # Once "Reply graciously" is due, the desk's card links its draft, and back.
    with time_machine.travel(dt.datetime(2026, 12, 9, 12, tzinfo=dt.UTC), tick=False):
        rejected = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 20))
        StatusUpdateFactory(application=rejected, kind="rejected", on=dt.date(2026, 12, 4))
        desk = owner_client.get(reverse("interviews:waiting")).content.decode()
    link = draft_url(rejected, "rejection_reply") + "?next=/waiting/"
    assert f'href="{link}' in desk
    assert ">Reply to the rejection</a>" in desk
