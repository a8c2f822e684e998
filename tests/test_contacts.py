"""Contacts: the people of a search, their roles on applications and their places in
rounds; the forms that name them, the pages that show them, the drafts that greet them."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import timezone

from interviews import drafts, services
from interviews.guidance import advise
from interviews.models import (
    Application,
    ApplicationContact,
    Contact,
    ContactRole,
    InterviewRound,
    Outcome,
    RoundKind,
    RoundParticipant,
    Source,
)
from tests.factories import (
    ApplicationFactory,
    InterviewRoundFactory,
    StatusUpdateFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 11, 20)


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=dt.UTC)


# --- The models and the one write path ---------------------------------------------------


def test_a_recruiter_named_on_two_applications_is_one_contact(user):
    first = ApplicationFactory(owner=user, contact_name="Dana Reyes", contact_email="d@x.example")
    second = ApplicationFactory(owner=user, contact_name="DANA REYES", contact_email="")
    assert Contact.objects.filter(owner=user).count() == 1
    assert first.recruiter == second.recruiter
    assert second.contact_email == "d@x.example"


def test_another_persons_contact_is_never_reused(user):
    ApplicationFactory(owner=UserFactory(), contact_name="Dana Reyes")
    mine = ApplicationFactory(owner=user, contact_name="Dana Reyes")
    assert mine.recruiter.owner == user
    assert Contact.objects.filter(name="Dana Reyes").count() == 2


def test_a_new_recruiter_replaces_the_old_one_and_the_old_contact_stays(user):
    application = ApplicationFactory(owner=user, contact_name="Dana Reyes")
    services.application_save(
        application, people={ContactRole.RECRUITER: services.Named("Sam Lee")}
    )
    application = Application.objects.get(pk=application.pk)
    assert application.contact_name == "Sam Lee"
    assert {c.name for c in Contact.objects.filter(owner=user)} == {"Dana Reyes", "Sam Lee"}


def test_a_rounds_participants_are_kept_in_order_and_on_the_application(user):
    application = ApplicationFactory(owner=user, contact_name="", contact_email="")
    interview = InterviewRoundFactory(application=application, interviewers="Sam Lee, Ana Ruiz")
    interview = InterviewRound.objects.get(pk=interview.pk)
    assert interview.interviewer_names == ["Sam Lee", "Ana Ruiz"]
    roles = set(application.contact_links.values_list("contact__name", "role"))
    assert roles == {("Sam Lee", "interviewer"), ("Ana Ruiz", "interviewer")}


def test_deleting_a_contact_takes_them_off_and_the_greeting_follows(user):
    application = ApplicationFactory(owner=user, contact_name="Dana Reyes", applied_on=TODAY)
    services.contact_delete(application.recruiter)
    application = Application.objects.get(pk=application.pk)
    assert application.recruiter is None
    advice = advise(application, today=TODAY)
    draft = drafts.compose(drafts.FOLLOW_UP, application, advice, signature="Maya")
    assert draft.body.startswith("Hello,") and draft.to == ""


# --- The add form: the referrer apart from the recruiter ---------------------------------


def test_the_add_form_names_recruiter_referrer_and_agency_apart(owner_client, user):
    response = owner_client.post(
        reverse("interviews:application_create"),
        {
            "company": "Northwind",
            "role": "Analyst",
            "source": Source.REFERRAL,
            "recruiter_name": "Dana Reyes",
            "recruiter_email": "dana@northwind.example",
            "referrer_name": "Lena Brandt",
            "agency_name": "",
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    application = Application.objects.get(owner=user)
    assert application.recruiter.email == "dana@northwind.example"
    assert application.referrer.name == "Lena Brandt"
    assert application.agency is None


def test_a_friend_typed_as_the_recruiter_is_sent_to_the_referrer_field(owner_client, user):
    response = owner_client.post(
        reverse("interviews:application_create"),
        {"company": "Northwind", "role": "Analyst", "recruiter_name": "Lena Brandt (friend)"},
    )
    assert response.status_code == HTTPStatus.OK
    assert "Who referred you" in response.context["form"].errors["recruiter_name"][0]
    assert not Application.objects.filter(owner=user).exists()


def test_the_edit_form_shows_the_people_and_keeps_the_contact_when_the_name_stays(
    owner_client, user
):
    application = ApplicationFactory(owner=user, contact_name="Dana Reyes", referrer="Lena")
    url = reverse("interviews:application_edit", args=[application.pk])
    form = owner_client.get(url).context["form"]
    assert (form["recruiter_name"].value(), form["referrer_name"].value()) == ("Dana Reyes", "Lena")
    recruiter = application.recruiter
    owner_client.post(
        url,
        {
            "company": application.company,
            "role": application.role,
            "recruiter_name": "Dana Reyes",
            "recruiter_email": "new@x.example",
            "referrer_name": "",
        },
    )
    application = Application.objects.get(pk=application.pk)
    assert application.recruiter.pk == recruiter.pk
    assert application.recruiter.email == "new@x.example"
    assert application.referrer is None


def test_the_round_form_names_the_people_met(owner_client, user):
    application = ApplicationFactory(owner=user, contact_name="Dana Reyes")
    response = owner_client.post(
        reverse("interviews:round_create", args=[application.pk]),
        {
            "kind": RoundKind.PANEL,
            "scheduled_at": (timezone.localtime() + dt.timedelta(days=3)).strftime(
                "%Y-%m-%dT%H:%M"
            ),
            "duration_minutes": "60",
            "outcome": Outcome.SCHEDULED,
            "interviewers": "dana reyes, Ken Ito",
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    interview = InterviewRound.objects.get(application=application)
    # Typing a contact's name (case aside) picks that contact: no second Dana.
    assert interview.people[0].pk == application.recruiter.pk
    assert interview.interviewer_names == ["Dana Reyes", "Ken Ito"]


# --- Drafts --------------------------------------------------------------------------------


def test_a_thank_you_draft_after_a_panel_is_addressed_to_the_panels_participants(user):
    application = ApplicationFactory(
        owner=user, contact_name="Dana Reyes", applied_on=TODAY - dt.timedelta(days=20)
    )
    InterviewRoundFactory(
        application=application,
        kind=RoundKind.PHONE_SCREEN,
        scheduled_at=at(TODAY - dt.timedelta(days=12)),
        interviewers="Priya Shah",
        thank_you_sent_on=TODAY - dt.timedelta(days=12),
    )
    InterviewRoundFactory(
        application=application,
        kind=RoundKind.PANEL,
        scheduled_at=at(TODAY - dt.timedelta(days=1)),
        interviewers="Maria Lopez, Ken Ito",
    )
    for contact in Contact.objects.filter(owner=user, name__in=["Maria Lopez", "Ken Ito"]):
        contact.email = f"{contact.name.split()[0].lower()}@acme.example"
        services.contact_edit(contact)
    application = Application.objects.with_records().get(pk=application.pk)
    advice = advise(application, today=TODAY)
    draft = drafts.compose(drafts.THANK_YOU, application, advice, signature="Maya")
    assert draft.to == "maria@acme.example,ken@acme.example"
    assert draft.body.startswith("Hi Maria and Ken,")
    # Neither the recruiter nor the earlier round's interviewer was on this panel.
    assert "dana" not in draft.to.lower() and "Priya" not in draft.body
    assert "Dana" not in draft.body


def test_a_follow_up_never_goes_to_the_referrer(user):
    application = ApplicationFactory(
        owner=user,
        contact_name="",
        contact_email="",
        referrer="Lena Brandt",
        source=Source.REFERRAL,
        applied_on=TODAY - dt.timedelta(days=20),
    )
    application = Application.objects.with_records().get(pk=application.pk)
    advice = advise(application, today=TODAY)
    draft = drafts.compose(drafts.FOLLOW_UP, application, advice, signature="Maya")
    assert draft.body.startswith("Hello,")
    assert "Lena" not in draft.body and draft.to == ""


def test_the_advice_names_the_referrer(user):
    application = ApplicationFactory(
        owner=user, referrer="Lena Brandt", applied_on=TODAY - dt.timedelta(days=1)
    )
    application = Application.objects.with_records().get(pk=application.pk)
    steps = [step.text for step in advise(application, today=TODAY).next_steps]
    assert any(text.startswith("Tell Lena Brandt that you have applied") for text in steps), steps


def test_without_a_named_referrer_the_advice_says_the_person_who_referred_you(user):
    application = ApplicationFactory(
        owner=user, source=Source.REFERRAL, applied_on=TODAY - dt.timedelta(days=1)
    )
    steps = [step.text for step in advise(application, today=TODAY).next_steps]
    assert any(text.startswith("Tell the person who referred you") for text in steps), steps


# --- Pages ---------------------------------------------------------------------------------


def test_the_contacts_list_searches_with_the_folding(owner_client, user):
    ApplicationFactory(owner=user, contact_name="Jürgen Müller")
    ApplicationFactory(owner=user, contact_name="Ana Ruiz")
    page = owner_client.get(reverse("interviews:contact_list"), {"q": "MULLER"})
    assert [c.name for c in page.context["contacts"]] == ["Jürgen Müller"]


def test_the_contacts_list_says_what_to_do_when_empty(owner_client):
    body = owner_client.get(reverse("interviews:contact_list")).content.decode()
    assert "No contacts yet." in body and "add one" in body


def test_the_contact_page_lists_applications_rounds_and_when_you_last_spoke(owner_client, user):
    application = ApplicationFactory(owner=user, company="Acme", contact_name="Dana Reyes")
    InterviewRoundFactory(
        application=application, scheduled_at=at(dt.date(2026, 11, 12)), interviewers="Dana Reyes"
    )
    StatusUpdateFactory(application=application, on=dt.date(2026, 11, 9))
    other = ApplicationFactory(owner=user, company="Globex", contact_name="Dana Reyes")
    StatusUpdateFactory(application=other, on=dt.date(2026, 11, 15))
    contact = Contact.objects.get(owner=user, name="Dana Reyes")
    response = owner_client.get(contact.get_absolute_url())
    assert {link.application.company for link in response.context["links"]} == {"Acme", "Globex"}
    assert [r.application.company for r in response.context["rounds"]] == ["Acme"]
    assert response.context["last_spoke"] == dt.date(2026, 11, 15)


def test_the_contact_pages_cost_the_same_queries_at_any_size(
    owner_client, user, django_assert_num_queries
):
    def grow(count: int) -> None:
        for _ in range(count):
            application = ApplicationFactory(owner=user, contact_name="Dana Reyes")
            InterviewRoundFactory(application=application, interviewers="Dana Reyes, Sam Lee")

    grow(2)
    contact = Contact.objects.get(owner=user, name="Dana Reyes")
    counts = []
    for more in (0, 20):
        grow(more)
        with django_assert_num_queries(5) as page:  # session, user, count, rows, e-mails
            owner_client.get(reverse("interviews:contact_list"))
        # session, user, contact, their applications, their rounds, the newest update, the
        # newest round, the navigation's e-mails to review
        with django_assert_num_queries(8) as detail:
            owner_client.get(contact.get_absolute_url())
        counts.append((len(page), len(detail)))
    assert counts[0] == counts[1]


def test_adding_editing_and_deleting_a_contact(owner_client, user):
    added = owner_client.post(
        reverse("interviews:contact_create"),
        {"name": "Ken Ito", "email": "ken@x.example", "linkedin_url": "linkedin.com/in/kenito"},
    )
    contact = Contact.objects.get(owner=user)
    assert added.url == contact.get_absolute_url()
    assert contact.linkedin_url == "https://linkedin.com/in/kenito"
    edit = reverse("interviews:contact_edit", args=[contact.pk])
    owner_client.post(edit, {"name": "Ken Ito", "company": "Acme"})
    assert Contact.objects.get(pk=contact.pk).company == "Acme"
    delete = reverse("interviews:contact_delete", args=[contact.pk])
    assert "Delete Ken Ito?" in owner_client.get(delete).content.decode()
    assert owner_client.post(delete).status_code == HTTPStatus.FOUND
    assert not Contact.objects.filter(owner=user).exists()


def test_a_contact_needs_a_name_or_an_address(owner_client, user):
    response = owner_client.post(reverse("interviews:contact_create"), {"name": " "})
    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors["name"]
    assert not Contact.objects.filter(owner=user).exists()


def test_adding_a_person_to_an_application_with_a_role(owner_client, user):
    application = ApplicationFactory(owner=user, contact_name="", contact_email="")
    known = services.contact_save(Contact(owner=user, name="Chris Wong"))
    url = reverse("interviews:person_add", args=[application.pk])
    owner_client.post(url, {"role": ContactRole.HIRING_MANAGER, "contact": known.pk})
    owner_client.post(url, {"role": ContactRole.REFERRER, "name": "Lena Brandt"})
    links = set(application.contact_links.values_list("contact__name", "role"))
    assert links == {("Chris Wong", "hiring_manager"), ("Lena Brandt", "referrer")}
    page = owner_client.get(application.get_absolute_url()).content.decode()
    assert "Chris Wong</a> · Hiring manager" in page
    link = ApplicationContact.objects.get(application=application, role=ContactRole.REFERRER)
    owner_client.post(reverse("interviews:person_remove", args=[link.pk]))
    assert not Application.objects.get(pk=application.pk).referrer


def test_adding_a_person_with_nobody_named_says_what_to_do(owner_client, user):
    application = ApplicationFactory(owner=user)
    url = reverse("interviews:person_add", args=[application.pk])
    response = owner_client.post(url, {"role": ContactRole.RECRUITER})
    assert response.status_code == HTTPStatus.OK
    assert "Choose one of your contacts" in response.content.decode()


def test_someone_elses_contact_cannot_be_chosen(owner_client, user):
    application = ApplicationFactory(owner=user)
    theirs = ApplicationFactory(owner=UserFactory(), contact_name="Secret Person").recruiter
    url = reverse("interviews:person_add", args=[application.pk])
    response = owner_client.post(url, {"role": ContactRole.RECRUITER, "contact": theirs.pk})
    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors["contact"]
    assert "Secret Person" not in owner_client.get(url).content.decode()


# --- Exports -------------------------------------------------------------------------------


def test_the_applications_csv_has_the_recruiter_the_referrer_and_the_agency(owner_client, user):
    ApplicationFactory(owner=user, contact_name="Dana Reyes", referrer="Lena", agency="Hays")
    response = owner_client.get(reverse("interviews:export_applications"))
    lines = b"".join(response.streaming_content).decode().splitlines()
    header, row = lines[0].split(","), lines[1].split(",")
    got = dict(zip(header, row, strict=True))
    assert (got["contact_name"], got["contact_email"]) == ("Dana Reyes", "dana@example.com")
    assert (got["referrer"], got["agency"]) == ("Lena", "Hays")


def test_participants_are_in_the_history_csv(owner_client, user):
    application = ApplicationFactory(owner=user)
    InterviewRoundFactory(application=application, interviewers="Sam Lee, Ana Ruiz")
    body = b"".join(
        owner_client.get(reverse("interviews:export_history")).streaming_content
    ).decode()
    assert '"Sam Lee, Ana Ruiz"' in body


def test_round_participants_cascade_with_their_round(user):
    interview = InterviewRoundFactory(application=ApplicationFactory(owner=user))
    services.record_delete(interview)
    assert not RoundParticipant.objects.exists()
    assert Contact.objects.filter(owner=user, name="Sam Lee").exists()
