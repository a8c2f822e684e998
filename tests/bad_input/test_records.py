"""Bad input to the forms that write applications, interview rounds and status updates."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from interviews.forms import QuickUpdateForm
from interviews.models import Contact, Outcome, RoundKind, Source, UpdateKind, WorkMode
from tests.factories import InterviewRoundFactory, StatusUpdateFactory
from tests.support.bad_input import assert_sane, post_and_check, records, send, target_app
from tests.support.fuzz import (
    FUZZ,
    TODAY,
    date_text,
    datetime_text,
    email_text,
    fine_text,
    later_day,
    name_text,
    near_time,
    number,
    one_of_values,
    past_day,
    pk_choice,
    resolve_pk,
    spoiled,
    text,
    url_text,
)

pytestmark = pytest.mark.django_db

PEOPLE_NAMES = ["recruiter_name", "referrer_name", "agency_name"]
APPLICATION_FORM = spoiled(
    {
        "company": name_text,
        "role": name_text,
        "applied_on": past_day,
        "job_url": st.sampled_from(["", "https://example.com/jobs/1", "example.com/job"]),
        "location": fine_text,
        "work_mode": one_of_values(WorkMode.values, blank=True),
        "source": one_of_values(Source.values, blank=True),
        "salary": fine_text,
        "recruiter_name": fine_text,
        "recruiter_email": st.one_of(st.just(""), st.emails()),
        "referrer_name": fine_text,
        "agency_name": fine_text,
        "agency_email": st.one_of(st.just(""), st.emails()),
        "notes": fine_text,
    },
    {
        **dict.fromkeys(["company", "role", "location", "salary", "notes", *PEOPLE_NAMES], text),
        **dict.fromkeys(["work_mode", "source"], text),
        "applied_on": date_text,
        "job_url": url_text,
        "recruiter_email": email_text,
        "agency_email": email_text,
    },
)
ROUND_FORM = spoiled(
    {
        "kind": one_of_values(RoundKind.values),
        "scheduled_at": near_time,
        "duration_minutes": st.integers(5, 720).map(str),
        "interviewers": fine_text,
        "location_or_link": fine_text,
        "outcome": one_of_values(Outcome.values),
        "reply_promised_by": later_day,
        "thank_you_sent_on": st.just(""),
        "notes": fine_text,
    },
    {
        **dict.fromkeys(["kind", "interviewers", "location_or_link", "outcome", "notes"], text),
        "scheduled_at": datetime_text,
        "duration_minutes": number,
        "reply_promised_by": date_text,
        "thank_you_sent_on": date_text,
    },
)
UPDATE_FORM = spoiled(
    {
        "kind": one_of_values(UpdateKind.values),
        "on": past_day.filter(bool),
        "note": fine_text,
        "respond_by": st.just(""),
    },
    {"kind": text, "on": date_text, "note": text, "respond_by": date_text},
)
QUICK_FORM = spoiled(
    {"kind": one_of_values([kind for kind, _ in QuickUpdateForm.KINDS]), "note": fine_text},
    {"kind": st.one_of(one_of_values(UpdateKind.values), text), "note": text},
)
EXTREME_ROUND = {
    "kind": "video",
    "scheduled_at": "9999-12-31T23:59",
    "duration_minutes": "720",
    "outcome": "done",
    "reply_promised_by": "9999-12-31",
}
EARLIEST_ROUND = {"kind": "video", "scheduled_at": "0001-01-01T00:00", "outcome": "done"}


# --- Applications -------------------------------------------------------------------------


@FUZZ
@given(data=APPLICATION_FORM)
@example(data={"company": "Acme", "role": "Engineer", "applied_on": "0001-01-01"})
def test_creating_an_application_survives_any_input(owner, scene, data):
    post_and_check(owner, scene, reverse("interviews:application_create"), data)


@FUZZ
@given(data=APPLICATION_FORM, who=pk_choice)
def test_editing_an_application_survives_any_input(owner, scene, data, who):
    pk = resolve_pk(who, scene.target.pk, scene.elsewhere.pk)
    path = f"/applications/{pk}/edit/"
    # The form edits the recruiter's or the agency's address: the person's contacts.
    contacts = {
        ("Contact", c)
        for c in Contact.objects.filter(owner=scene.owner).values_list("pk", flat=True)
    }
    rows = target_app(scene) | contacts
    post_and_check(owner, scene, path, data, may_change=rows, owned=pk == scene.target.pk)


# --- Rounds and updates -------------------------------------------------------------------


@FUZZ
@given(data=ROUND_FORM, who=pk_choice)
@example(data=EXTREME_ROUND, who="own")
@example(data=EARLIEST_ROUND, who="own")
def test_logging_a_round_survives_any_input(owner, scene, data, who):
    pk = resolve_pk(who, scene.target.pk, scene.elsewhere.pk)
    path = f"/applications/{pk}/rounds/new/"
    post_and_check(
        owner, scene, path, data, may_change=target_app(scene), owned=pk == scene.target.pk
    )


@FUZZ
@given(data=ROUND_FORM, who=pk_choice)
@example(data=EXTREME_ROUND, who="own")
def test_editing_a_round_survives_any_input(owner, scene, data, who):
    stranger_round = InterviewRoundFactory(application=scene.elsewhere)
    pk = resolve_pk(who, scene.round.pk, stranger_round.pk)
    rows = target_app(scene) | {("InterviewRound", scene.round.pk)}
    path = f"/rounds/{pk}/edit/"
    post_and_check(owner, scene, path, data, may_change=rows, owned=pk == scene.round.pk)


@FUZZ
@given(data=UPDATE_FORM, who=pk_choice)
@example(data={"kind": "offer_written", "on": "0001-01-01", "respond_by": "9999-12-31"}, who="own")
def test_logging_an_update_survives_any_input(owner, scene, data, who):
    pk = resolve_pk(who, scene.target.pk, scene.elsewhere.pk)
    path = f"/applications/{pk}/updates/new/"
    post_and_check(
        owner, scene, path, data, may_change=target_app(scene), owned=pk == scene.target.pk
    )


@FUZZ
@given(data=QUICK_FORM, who=pk_choice, htmx=st.booleans())
@example(data={"kind": "on_hold", "note": "\x00"}, who="own", htmx=False)
def test_a_quick_update_survives_any_input(owner, scene, data, who, htmx):
    pk = resolve_pk(who, scene.target.pk, scene.elsewhere.pk)
    before = records()
    headers = {"HX-Request": "true"} if htmx else {}
    response = send(owner, "post", f"/applications/{pk}/updates/quick/", data, headers=headers)
    if pk != scene.target.pk:
        assert response.status_code == HTTPStatus.NOT_FOUND
    # htmx gets the refreshed panel (200) for an accepted answer, others a redirect.
    accepted = response.status_code == (HTTPStatus.OK if htmx else HTTPStatus.FOUND)
    assert_sane(response, before, frozenset(target_app(scene)), accepted=accepted)


@FUZZ
@given(data=UPDATE_FORM, who=pk_choice)
@example(data={"kind": "offer_written", "on": "0001-01-01", "respond_by": "9999-12-31"}, who="own")
def test_editing_an_update_survives_any_input(owner, scene, data, who):
    stranger_update = StatusUpdateFactory(application=scene.elsewhere)
    pk = resolve_pk(who, scene.update.pk, stranger_update.pk)
    rows = target_app(scene) | {("StatusUpdate", scene.update.pk)}
    path = f"/updates/{pk}/edit/"
    post_and_check(owner, scene, path, data, may_change=rows, owned=pk == scene.update.pk)


NEWS_BY_CORRECTION = spoiled(
    {"news_by": past_day, "action": st.sampled_from(["save", "clear"])},
    {"news_by": date_text, "action": text},
)


@FUZZ
@given(data=NEWS_BY_CORRECTION, who=pk_choice)
def test_correcting_a_date_read_from_a_note_survives_any_input(owner, scene, data, who):
    stranger_update = StatusUpdateFactory(application=scene.elsewhere)
    pk = resolve_pk(who, scene.update.pk, stranger_update.pk)
    before = records()
    response = send(owner, "post", f"/updates/{pk}/news-by/", data)
    if pk != scene.update.pk:
        assert response.status_code == HTTPStatus.NOT_FOUND
    rows = frozenset(target_app(scene) | {("StatusUpdate", scene.update.pk)})
    assert_sane(response, before, rows)


OUTCOME_FORM = spoiled(
    {
        "outcome": one_of_values(Outcome.values),
        "next": st.sampled_from(["", "/", "/waiting/", "https://evil.example/", "//evil.example"]),
    },
    {"outcome": text, "next": text},
)


@FUZZ
@given(data=OUTCOME_FORM, who=pk_choice)
@example(data={"outcome": "advanced", "next": "//evil.example/"}, who="own")
@example(data={"outcome": "advanced", "next": "board"}, who="own")  # a view's name, not a path
def test_settling_a_round_survives_any_input_and_stays_on_this_site(owner, scene, data, who):
    stranger_round = InterviewRoundFactory(application=scene.elsewhere)
    pk = resolve_pk(who, scene.round.pk, stranger_round.pk)
    rows = target_app(scene) | {("InterviewRound", scene.round.pk)}
    response = post_and_check(
        owner, scene, f"/rounds/{pk}/outcome/", data, may_change=rows, owned=pk == scene.round.pk
    )
    if response.status_code == HTTPStatus.FOUND:
        assert response["Location"].startswith("/") and not response["Location"].startswith("//")


UNDO_FORM = st.fixed_dictionaries(
    {"next": st.one_of(text, st.sampled_from(["", "/waiting/", "//evil.example", "board"]))}
)


@FUZZ
@given(data=UNDO_FORM, who=pk_choice, htmx=st.booleans())
@example(data={"next": "board"}, who="own", htmx=False)  # a view's name, not a path
def test_undoing_an_answer_survives_any_input_and_stays_on_this_site(owner, scene, data, who, htmx):
    just_logged = StatusUpdateFactory(application=scene.target, kind=UpdateKind.ON_HOLD, on=TODAY)
    theirs = StatusUpdateFactory(application=scene.elsewhere, on=TODAY)
    pk = resolve_pk(who, just_logged.pk, theirs.pk)
    before = records()
    headers = {"HX-Request": "true"} if htmx else {}
    url = reverse("interviews:update_undo", args=[pk])
    response = send(owner, "post", url, data, headers=headers)
    assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR
    after = records()
    changed = {key for key in before.keys() & after.keys() if after[key] != before[key]}
    if pk != just_logged.pk:
        assert response.status_code == HTTPStatus.NOT_FOUND
        assert after == before
        return
    # Undo removes the answer just logged and recomputes its application, nothing else.
    assert before.keys() - after.keys() == {("StatusUpdate", pk)}
    assert changed <= target_app(scene)
    if not htmx:
        assert response["Location"].startswith("/") and not response["Location"].startswith("//")
