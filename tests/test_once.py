"""A create form sent twice (a double click, a browser retrying after a lost answer)
creates one record: every create form carries a one-time key."""

from __future__ import annotations

import re
from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from interviews.jobs.models import Job
from interviews.models import Application, InterviewRound, StatusUpdate
from interviews.worklog.models import Activity
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db

ONCE = re.compile(r'name="once" value="([0-9a-f]{32})"')


def key_on(client, url: str) -> str:
    match = ONCE.search(client.get(url).content.decode())
    assert match, f"no one-time key on {url}"
    return match[1]


def when() -> str:
    return (timezone.localtime() + timezone.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")


def test_an_application_form_sent_twice_adds_one_application(owner_client):
    url = reverse("interviews:application_create")
    data = {"company": "Acme", "role": "Dev", "once": key_on(owner_client, url)}
    first = owner_client.post(url, data)
    second = owner_client.post(url, data, follow=True)
    assert Application.objects.count() == 1
    # The retry lands where the first one did, and says what happened.
    assert second.redirect_chain[-1][0] == first["Location"]
    assert "sent twice; it was saved once" in second.content.decode()


def test_a_round_and_an_update_sent_twice_are_logged_once(owner_client, application):
    url = reverse("interviews:round_create", args=[application.pk])
    data = {"kind": "video", "scheduled_at": when(), "duration_minutes": "60"}
    data |= {"outcome": "scheduled", "once": key_on(owner_client, url)}
    for _ in range(2):
        assert owner_client.post(url, data).status_code == HTTPStatus.FOUND
    assert InterviewRound.objects.count() == 1

    url = reverse("interviews:update_create", args=[application.pk])
    data = {"kind": "invited", "on": str(timezone.localdate()), "once": key_on(owner_client, url)}
    for _ in range(2):
        assert owner_client.post(url, data).status_code == HTTPStatus.FOUND
    assert StatusUpdate.objects.count() == 1


def test_a_quick_update_clicked_twice_is_logged_once(owner_client, user):
    application = ApplicationFactory(owner=user, applied_on=timezone.localdate())
    # The one-click answers live on the Waiting desk.
    key = key_on(owner_client, reverse("interviews:waiting"))
    url = reverse("interviews:update_quick", args=[application.pk])
    for headers in ({}, {"HTTP_HX_REQUEST": "true"}):
        response = owner_client.post(url, {"kind": "on_hold", "once": key}, **headers)
        assert response.status_code in (HTTPStatus.OK, HTTPStatus.FOUND)
    assert StatusUpdate.objects.filter(application=application).count() == 1


def test_two_forms_opened_separately_add_two_records(owner_client):
    url = reverse("interviews:application_create")
    for company in ("Acme", "Globex"):
        owner_client.post(
            url, {"company": company, "role": "Dev", "once": key_on(owner_client, url)}
        )
    assert Application.objects.count() == 2


def test_a_key_is_the_owners_alone(owner_client, client, stranger):
    url = reverse("interviews:application_create")
    key = key_on(owner_client, url)
    owner_client.post(url, {"company": "Acme", "role": "Dev", "once": key})
    client.force_login(stranger)
    client.post(url, {"company": "Other", "role": "Dev", "once": key})
    assert Application.objects.filter(owner=stranger).count() == 1


def test_a_form_without_a_key_still_saves(owner_client):
    url = reverse("interviews:application_create")
    for company, key in (("Acme", ""), ("Globex", "not-a-key")):
        owner_client.post(url, {"company": company, "role": "Dev", "once": key})
    assert Application.objects.count() == 2


@pytest.mark.parametrize("page", ["interviews:worklog", "interviews:activity_create"])
def test_an_activity_sent_twice_is_logged_once(owner_client, page):
    key = key_on(owner_client, reverse(page))
    data = {"kind": "job_fair", "on": str(timezone.localdate()), "once": key}
    data |= {"organisation": "City job fair", "method": "in_person", "minutes": "90"}
    url = reverse("interviews:activity_create")
    for _ in range(2):
        assert owner_client.post(url, data).status_code == HTTPStatus.FOUND
    assert Activity.objects.count() == 1


@pytest.mark.usefixtures("tasks_at_once")  # the import's task runs inside the first POST
def test_a_spreadsheet_import_confirmed_twice_imports_once(owner_client, user):
    raw = b"Company,Role,Date applied\nAcme,Dev,2026-11-02\nGlobex,QA,2026-11-03\n"
    file = SimpleUploadedFile("jobs.csv", raw, content_type="text/csv")
    owner_client.post(reverse("interviews:import_upload"), {"spreadsheet": file})
    columns = owner_client.get(reverse("interviews:import_columns")).context["form"]
    owner_client.post(
        reverse("interviews:import_columns"), {n: columns[n].value() or "" for n in columns.fields}
    )
    url = reverse("interviews:import_preview")
    key = key_on(owner_client, url)
    # The twin read the session before the first one cleared it (two tabs, a retry).
    waiting = {name: owner_client.session[name] for name in ("import_pending",)}
    first = owner_client.post(url, {"once": key})
    session = owner_client.session
    session.update(waiting)
    session.save()
    second = owner_client.post(url, {"once": key}, follow=True)
    assert Application.objects.for_user(user).count() == 2
    # Both go to the one import's progress page.
    assert second.redirect_chain[-1][0] == first["Location"] == Job.objects.get().get_absolute_url()
    assert "sent twice; it was saved once" in second.content.decode()
