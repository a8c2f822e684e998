"""Bad input to the work-search log, generated: its forms and query parameters answer
with errors, a redirect or a 4xx, never a 5xx, and change nothing unless accepted.

Built on the strategies of tests/support/fuzz.py and the NUL-refusing sender of
tests/support/bad_input.py.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from interviews.models import Application, InterviewRound, StatusUpdate
from interviews.worklog.layouts import LAYOUT_CHOICES
from interviews.worklog.models import Activity, ActivityKind, ContactMethod, LogExclusion
from tests.factories import ActivityFactory, ApplicationFactory, UserFactory
from tests.support.bad_input import send
from tests.support.fuzz import (
    FUZZ,
    TODAY,
    date_text,
    fine_text,
    name_text,
    number,
    one_of_values,
    past_day,
    spoiled,
    text,
)

pytestmark = pytest.mark.django_db

MODELS = (Activity, LogExclusion, Application, InterviewRound, StatusUpdate)

ACTIVITY_FORM = spoiled(
    {
        "on": past_day.filter(bool),
        "kind": one_of_values(ActivityKind.values),
        "organisation": name_text,
        "method": one_of_values(ContactMethod.values),
        "position": fine_text,
        "contact_name": fine_text,
        "contact_title": fine_text,
        "address": fine_text,
        "phone": st.text("0123456789 +()-", max_size=20),
        "result": fine_text,
        "minutes": st.one_of(st.just(""), st.integers(0, 1440).map(str)),
        "notes": fine_text,
    },
    {
        **dict.fromkeys(
            ["kind", "organisation", "method", "position", "contact_name", "contact_title"], text
        ),
        **dict.fromkeys(["address", "phone", "result", "notes"], text),
        "on": date_text,
        "minutes": number,
    },
)
EXPORT_PARAMS = st.fixed_dictionaries(
    {},
    optional={
        "start": st.one_of(past_day, date_text),
        "end": st.one_of(past_day, date_text),
        "layout": st.one_of(one_of_values([slug for slug, _ in LAYOUT_CHOICES]), text),
    },
)


def rows() -> dict:
    return {(m.__name__, r["id"]): r for m in MODELS for r in m.objects.values()}


@pytest.fixture
def people(db):
    owner, stranger = UserFactory(username="owner"), UserFactory(username="stranger")
    client = Client()
    client.force_login(owner)
    return owner, stranger, client


def assert_unchanged_unless_accepted(response, before: dict, *, allowed: set) -> None:
    assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR
    after = rows()
    if response.status_code != HTTPStatus.FOUND:
        assert after == before, f"{response.status_code} yet rows changed"
        return
    changed = {key for key in after if after[key] != before.get(key)}
    assert {name for name, _ in changed} <= allowed
    for name, pk in changed:
        if name == "Activity":
            Activity.objects.get(pk=pk).full_clean()


@FUZZ
@given(data=ACTIVITY_FORM)
@example(data={"on": "0001-01-01", "kind": "other", "organisation": "A", "method": "mail"})
@example(
    data={"on": str(TODAY), "kind": "other", "organisation": "A", "method": "mail"}
    | {"minutes": "99999999999999999999"}
)
def test_adding_an_activity_survives_any_input(people, data):
    before = rows()
    response = send(people[2], "post", reverse("interviews:activity_create"), data)
    assert_unchanged_unless_accepted(response, before, allowed={"Activity"})


@FUZZ
@given(data=ACTIVITY_FORM, whose=st.sampled_from(["own", "own", "stranger", "missing"]))
def test_editing_an_activity_survives_any_input(people, data, whose):
    owner, stranger, client = people
    own = ActivityFactory(owner=owner)
    target = {"own": own.pk, "stranger": ActivityFactory(owner=stranger).pk, "missing": 10**7}
    before = rows()
    url = reverse("interviews:activity_edit", args=[target[whose]])
    response = send(client, "post", url, data)
    if whose != "own":
        assert response.status_code == HTTPStatus.NOT_FOUND
    assert_unchanged_unless_accepted(response, before, allowed={"Activity"})


@FUZZ
@given(
    origin=st.one_of(st.sampled_from(["application", "interview", "follow_up"]), text),
    pk=st.one_of(st.just("own"), st.integers(0, 2**63 - 1)),
    leave_out=st.one_of(st.sampled_from(["1", "0", ""]), text),
)
def test_leaving_out_an_entry_survives_any_input(people, origin, pk, leave_out):
    owner, _, client = people
    application = ApplicationFactory(owner=owner)
    pk = application.pk if pk == "own" else pk
    before = rows()
    path = f"/worklog/entries/{origin}/{pk}/exclusion/"
    response = send(client, "post", path, {"leave_out": leave_out})
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.NOT_FOUND)
    assert_unchanged_unless_accepted(response, before, allowed={"LogExclusion"})


@FUZZ
@given(
    page=st.sampled_from(["interviews:worklog_print", "interviews:worklog_download"]),
    params=EXPORT_PARAMS,
)
@example(page="interviews:worklog_download", params={"start": "1990-01-01", "end": "2031-01-01"})
@example(page="interviews:worklog_print", params={"start": "2026-11-02", "end": "2026-11-01"})
@example(page="interviews:worklog_print", params={"layout": "de\x00"})
def test_export_parameters_survive_any_input(people, page, params):
    before = rows()
    response = send(people[2], "get", reverse(page), params)
    assert response.status_code in (HTTPStatus.OK, HTTPStatus.BAD_REQUEST)
    assert rows() == before


@FUZZ
@given(page=st.one_of(number, text))
def test_the_log_page_number_survives_any_input(people, page):
    response = send(people[2], "get", reverse("interviews:worklog"), {"page": page})
    assert response.status_code == HTTPStatus.OK
