"""The people through the API, the backup and its restore (an old file's contact fields
too), and the migration that made contacts of the one-line contact and the interviewers."""

from __future__ import annotations

import datetime as dt
import json
from http import HTTPStatus

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from django.utils import timezone

from interviews import services
from interviews.api.tokens import token_create
from interviews.exchange.backup import backup_document
from interviews.exchange.restore import restore
from interviews.models import Application, Contact, ContactRole
from interviews.profiles import profile_of
from tests.factories import ApplicationFactory, InterviewRoundFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(user) -> Client:
    _, secret = token_create(owner=user, name="tests")
    return Client(HTTP_AUTHORIZATION=f"Bearer {secret}")


def send(client: Client, method: str, url: str, data=None):
    if method == "get":
        return client.get(url)
    return getattr(client, method)(url, json.dumps(data or {}), content_type="application/json")


# --- The API -------------------------------------------------------------------------------


def test_contacts_are_listed_searched_added_changed_and_deleted(api, user):
    ApplicationFactory(owner=user, contact_name="Jürgen Müller", contact_email="")
    found = send(api, "get", "/api/contacts?q=muller").json()
    assert [c["name"] for c in found["items"]] == ["Jürgen Müller"]
    added = send(api, "post", "/api/contacts", {"name": "Ken Ito", "email": "ken@x.example"})
    assert added.status_code == HTTPStatus.CREATED
    pk = added.json()["id"]
    changed = send(api, "patch", f"/api/contacts/{pk}", {"company": "Acme"})
    assert changed.json()["company"] == "Acme" and changed.json()["email"] == "ken@x.example"
    assert send(api, "delete", f"/api/contacts/{pk}").status_code == HTTPStatus.NO_CONTENT
    assert not Contact.objects.filter(pk=pk).exists()


def test_people_are_added_to_an_application_and_shown_on_it(api, user):
    application = ApplicationFactory(owner=user, contact_name="Dana Reyes")
    url = f"/api/applications/{application.pk}/people"
    added = send(api, "post", url, {"role": "referrer", "name": "Lena Brandt"})
    assert added.status_code == HTTPStatus.CREATED
    assert added.json()["name"] == "Lena Brandt"
    people = {(p["name"], p["role"]) for p in send(api, "get", url).json()}
    assert people == {("Dana Reyes", "recruiter"), ("Lena Brandt", "referrer")}
    shown = send(api, "get", f"/api/applications/{application.pk}").json()["people"]
    assert {(p["name"], p["role"]) for p in shown} == people
    link = added.json()["id"]
    assert send(api, "delete", f"/api/people/{link}").status_code == HTTPStatus.NO_CONTENT
    assert Application.objects.get(pk=application.pk).referrer is None


def test_a_rounds_participants_are_written_and_read_by_contact_id(api, user):
    application = ApplicationFactory(owner=user, contact_name="Dana Reyes")
    dana = application.recruiter.pk
    when = (timezone.now() + dt.timedelta(days=2)).isoformat()
    made = send(
        api,
        "post",
        f"/api/applications/{application.pk}/rounds",
        {"kind": "panel", "scheduled_at": when, "participants": [dana]},
    )
    assert made.status_code == HTTPStatus.CREATED, made.content
    assert made.json()["participants"] == [dana]
    pk = made.json()["id"]
    cleared = send(api, "patch", f"/api/rounds/{pk}", {"participants": []})
    assert cleared.json()["participants"] == []


def test_someone_elses_contact_is_a_404_or_a_422_through_the_api(api, user):
    theirs = ApplicationFactory(owner=UserFactory(), contact_name="Secret Person").recruiter
    mine = ApplicationFactory(owner=user)
    assert send(api, "get", f"/api/contacts/{theirs.pk}").status_code == HTTPStatus.NOT_FOUND
    people = f"/api/applications/{mine.pk}/people"
    chose = send(api, "post", people, {"role": "recruiter", "contact": theirs.pk})
    assert chose.status_code == HTTPStatus.NOT_FOUND
    interview = InterviewRoundFactory(application=mine)
    put = send(api, "patch", f"/api/rounds/{interview.pk}", {"participants": [theirs.pk]})
    assert put.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert Contact.objects.filter(owner=user, name="Secret Person").count() == 0


# --- Backup and restore --------------------------------------------------------------------


def test_the_people_survive_a_backup_and_restore(user):
    profile = profile_of(user)
    profile.country = "GB"
    services.profile_save(profile)
    application = ApplicationFactory(owner=user, contact_name="Dana Reyes", referrer="Lena")
    InterviewRoundFactory(application=application, interviewers="Sam Lee, Dana Reyes")
    copy = UserFactory(username="copy")
    restore(copy, backup_document(user))
    restored = Application.objects.with_records().get(owner=copy)
    assert (restored.contact_name, restored.referrer.name) == ("Dana Reyes", "Lena")
    (interview,) = restored.rounds.all()
    assert interview.interviewer_names == ["Sam Lee", "Dana Reyes"]
    assert Contact.objects.get(owner=copy, name="Sam Lee").search_text  # folded for search


def old_backup() -> dict:
    """A file of format 1, when people were fields."""
    return {
        "format": "interview-tracker-backup",
        "version": 1,
        "profile": {"country": "GB"},
        "applications": [
            {
                "uid": "11111111-1111-4111-8111-111111111111",
                "company": "Acme",
                "role": "Analyst",
                "contact_name": "Lena Brandt (friend, referred me)",
                "contact_email": "",
            },
            {
                "uid": "22222222-2222-4222-8222-222222222222",
                "company": "Globex",
                "role": "Analyst",
                "contact_name": "Dana Reyes",
                "contact_email": "dana@globex.example",
            },
        ],
        "rounds": [
            {
                "uid": "33333333-3333-4333-8333-333333333333",
                "application": "22222222-2222-4222-8222-222222222222",
                "kind": "panel",
                "scheduled_at": "2026-11-10T10:00:00+00:00",
                "outcome": "done",
                "interviewers": "Dana Reyes, Ken Ito",
            }
        ],
    }


def test_an_old_backups_contact_fields_restore_into_contacts(user):
    restore(user, old_backup())
    acme = Application.objects.get(owner=user, company="Acme")
    globex = Application.objects.with_records().get(owner=user, company="Globex")
    # The friend is the referrer, never the recruiter follow-ups greet.
    assert acme.referrer.name == "Lena Brandt" and acme.recruiter is None
    assert (globex.contact_name, globex.contact_email) == ("Dana Reyes", "dana@globex.example")
    (interview,) = globex.rounds.all()
    assert interview.interviewer_names == ["Dana Reyes", "Ken Ito"]
    assert Contact.objects.filter(owner=user).count() == 3
    # Restored twice, it adds nothing.
    report = restore(user, old_backup())
    assert str(report).startswith("Nothing new to add.")
    assert Contact.objects.filter(owner=user).count() == 3


# --- The migration -------------------------------------------------------------------------

BEFORE = ("interviews", "0023_models_move_to_their_apps")
AFTER = ("interviews", "0024_contacts_and_participants")


@pytest.mark.django_db(transaction=True)
def test_the_migration_makes_contacts_of_the_contact_fields_and_the_interviewers():
    executor = MigrationExecutor(connection)
    try:
        executor.migrate([BEFORE])
        old = executor.loader.project_state([BEFORE]).apps
        owner = old.get_model("auth", "User").objects.create(username="before")
        app_model = old.get_model("interviews", "Application")
        friend = app_model.objects.create(
            owner=owner, company="Acme", role="A", contact_name="Lena Brandt (friend, referred me)"
        )
        hr = app_model.objects.create(
            owner=owner,
            company="Globex",
            role="A",
            contact_name="Dana",
            contact_email="d@g.example",
        )
        old.get_model("interviews", "InterviewRound").objects.create(
            application=hr, kind="panel", interviewers="Dana, Ken Ito, ken ito"
        )
        executor = MigrationExecutor(connection)
        executor.migrate([AFTER])
        new = executor.loader.project_state([AFTER]).apps
        links = new.get_model("interviews", "ApplicationContact").objects
        assert set(links.filter(application_id=friend.pk).values_list("contact__name", "role")) == {
            ("Lena Brandt", ContactRole.REFERRER)
        }
        assert set(links.filter(application_id=hr.pk).values_list("contact__name", "role")) == {
            ("Dana", ContactRole.RECRUITER),
            ("Ken Ito", ContactRole.INTERVIEWER),
        }
        participants = new.get_model("interviews", "RoundParticipant").objects.order_by("position")
        assert [p.contact.name for p in participants] == ["Dana", "Ken Ito"]
        # And back: the fields hold the recruiter and the names again.
        executor = MigrationExecutor(connection)
        executor.migrate([BEFORE])
        old = executor.loader.project_state([BEFORE]).apps
        back = old.get_model("interviews", "Application").objects.get(pk=hr.pk)
        assert (back.contact_name, back.contact_email) == ("Dana", "d@g.example")
        interview = old.get_model("interviews", "InterviewRound").objects.get()
        assert interview.interviewers == "Dana, Ken Ito"
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
