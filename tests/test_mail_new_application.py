"""From the e-mail page to a new application, and the sender as the contact (first-week
finding 11): a mail from a company not yet in the list starts a new application filled
in from it; a person who wrote is offered as the contact, a no-reply service never."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
from django.urls import reverse

from interviews.hrmail.models import MailSuggestion, SuggestionStatus
from interviews.hrmail.senders import contact_of
from interviews.hrmail.suggestions import candidates_of, suggestion_record
from tests.factories import ApplicationFactory, UserFactory
from tests.support.mail import mail

pytestmark = pytest.mark.django_db

REVIEW = reverse("interviews:mail_review")

UNKNOWN = mail(
    "Hi Marcus,\n\nThank you for applying for the Transportation Analyst role at Harbor "
    "Freight Systems. We have received your application and our team will review it "
    "shortly.\n\nHarbor Freight Systems Recruiting",
    sender="no-reply@greenhouse-mail.io",
    subject="Thank you for applying to Harbor Freight Systems",
    message_id="<ack-1@greenhouse-mail.io>",
)
FROM_SARAH = mail(
    "Hi Marcus,\n\nThank you for applying to Prairie Logistics. We have received your "
    "application and will be in touch.\n\nSarah",
    sender="Sarah Weber <sarah.weber@prairie-logistics.com>",
    subject="Your application to Prairie Logistics",
    message_id="<ack-2@prairie-logistics.com>",
)


def suggested(user, raw: bytes) -> MailSuggestion:
    suggestion, _, _ = suggestion_record(owner=user, raw=raw, candidates=candidates_of(user))
    assert suggestion is not None
    return suggestion


@pytest.mark.parametrize(
    ("name", "address", "contact"),
    [
        ("Sarah Weber", "sarah@prairie.com", ("Sarah Weber", "sarah@prairie.com")),
        ("Sarah Weber via Greenhouse", "no-reply@greenhouse.io", ("Sarah Weber", "")),
        ("Harbor Freight Systems Recruiting", "jobs@harbor.com", ("", "jobs@harbor.com")),
        ("Greenhouse", "no-reply@greenhouse-mail.io", ("", "")),
        ("", "noreply@acme.com", ("", "")),
    ],
)
def test_only_a_person_who_wrote_is_a_contact(name, address, contact):
    assert contact_of(name, address) == contact


def test_a_mail_from_a_new_company_starts_a_new_application(owner_client, user):
    suggestion = suggested(user, UNKNOWN)
    assert suggestion.application is None
    review = owner_client.get(REVIEW).content.decode()
    link = reverse("interviews:mail_application_create", args=[suggestion.pk])
    assert f'href="{link}"' in review
    form = owner_client.get(link).context["form"]
    assert form["company"].value() == "Harbor Freight Systems"
    assert (form["recruiter_name"].value(), form["recruiter_email"].value()) == ("", "")

    added = owner_client.post(link, {"company": "Harbor Freight Systems", "role": "Analyst"})
    assert (added.status_code, added.url) == (HTTPStatus.FOUND, REVIEW)
    suggestion.refresh_from_db()
    assert suggestion.application.role == "Analyst"
    owner_client.post(
        reverse("interviews:mail_accept", args=[suggestion.pk]), {"kind": suggestion.kind}
    )
    suggestion.refresh_from_db()
    assert suggestion.status == SuggestionStatus.ACCEPTED
    assert suggestion.application.updates.count() == 1


def test_the_sender_is_offered_as_the_contact_and_kept_on_accept(owner_client, user):
    application = ApplicationFactory(
        owner=user, company="Prairie Logistics", contact_name="", contact_email=""
    )
    suggestion = suggested(user, FROM_SARAH)
    assert suggestion.application == application
    review = owner_client.get(REVIEW).content.decode()
    assert "Save Sarah Weber as the contact, if none is set yet" in review
    owner_client.post(
        reverse("interviews:mail_accept", args=[suggestion.pk]),
        {"kind": suggestion.kind, "keep_contact": "on"},
    )
    application.refresh_from_db()
    assert (application.contact_name, application.contact_email) == (
        "Sarah Weber",
        "sarah.weber@prairie-logistics.com",
    )


def test_a_contact_already_set_is_not_offered_again(owner_client, user):
    ApplicationFactory(owner=user, company="Prairie Logistics", contact_name="Dana Reyes")
    suggested(user, FROM_SARAH)
    assert "as the contact" not in owner_client.get(REVIEW).content.decode()


def test_anothers_mail_is_a_404(owner_client):
    theirs = suggested(UserFactory(username="stranger-mail"), UNKNOWN)
    link = reverse("interviews:mail_application_create", args=[theirs.pk])
    assert owner_client.get(link).status_code == HTTPStatus.NOT_FOUND
    assert owner_client.post(link, {"company": "X", "role": "Y"}).status_code == 404
    assert theirs.owner.applications.count() == 0


def test_a_promised_date_from_a_mail_is_said_once_in_the_history(owner_client, user):
    # First-week finding 14: "They said you would hear by Fri 4 Dec … They said they
    # would reply by Fri 4 Dec." The update's own date field says it; the note does not.
    application = ApplicationFactory(owner=user, company="Prairie Logistics")
    suggestion = suggested(
        user,
        mail(
            "Hi Marcus,\n\nThank you for your application. We are moving forward with your "
            "application and will get back to you by Friday.\n\nSarah",
            sender="Sarah Weber <sarah.weber@prairie-logistics.com>",
            date="Tue, 1 Dec 2026 10:00:00 +0000",
            message_id="<promise-1@prairie-logistics.com>",
        ),
    )
    assert suggestion.promised_reply_by == dt.date(2026, 12, 4)
    owner_client.post(
        reverse("interviews:mail_accept", args=[suggestion.pk]),
        {"kind": suggestion.kind, "application": application.pk},
    )
    assert application.updates.get().news_by == dt.date(2026, 12, 4)
    page = owner_client.get(application.get_absolute_url()).content.decode()
    history = page[page.index('aria-label="History, newest first"') :]
    assert history.count("Fri 4 Dec") == 1, history
