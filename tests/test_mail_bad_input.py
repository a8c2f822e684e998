"""Bad input on the mail pages: pasted text, uploaded files and accept forms of any shape
answer a page or a redirect, never a 5xx, and records change only on an accepted write."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from interviews.hrmail.models import MailSuggestion
from interviews.models import Application, InterviewRound, StatusUpdate
from tests import mail_corpus
from tests.factories import ApplicationFactory, UserFactory
from tests.support.bad_input import send
from tests.support.fuzz import FUZZ, TRICKY_TEXT

pytestmark = pytest.mark.django_db

SAMPLES = [path.read_bytes() for path in mail_corpus.files()]
ADD = reverse("interviews:mail_add")


def records() -> dict:
    return {
        model.__name__: list(model.objects.order_by("pk").values())
        for model in (Application, InterviewRound, StatusUpdate)
    }


@pytest.fixture
def person(db):
    user = UserFactory(username="reader")
    ApplicationFactory(owner=user, company="Northwind Health")
    client = Client()
    client.force_login(user)
    return user, client


pasted = st.one_of(
    st.sampled_from(TRICKY_TEXT),
    st.text(max_size=2000),
    st.builds(
        lambda s, cut: s[:cut].decode("utf-8", "replace"),
        st.sampled_from(SAMPLES),
        st.integers(0, 4000),
    ),
    st.builds(
        lambda s, junk: s.decode("latin-1") + junk, st.sampled_from(SAMPLES), st.text(max_size=50)
    ),
)
uploaded = st.one_of(
    st.binary(max_size=3000),
    st.builds(lambda s, cut: s[:cut], st.sampled_from(SAMPLES), st.integers(0, 6000)),
    st.builds(lambda s, junk: junk + s, st.sampled_from(SAMPLES), st.binary(max_size=30)),
)


@FUZZ
@given(message=pasted)
def test_pasting_anything_never_fails_and_never_records(person, message):
    _, client = person
    before = records()
    response = send(client, "post", ADD, {"message": message})
    assert response.status_code in (HTTPStatus.OK, HTTPStatus.FOUND)
    assert records() == before  # a suggestion at most: nothing recorded without Accept


@FUZZ
@given(content=uploaded, name=st.sampled_from(["a.eml", "", "x" * 300 + ".eml", "\x00.eml"]))
def test_uploading_anything_never_fails_and_never_records(person, content, name):
    _, client = person
    before = records()
    upload = SimpleUploadedFile(name or "unnamed", content, content_type="message/rfc822")
    response = send(client, "post", ADD, {"eml": upload})
    assert response.status_code in (HTTPStatus.OK, HTTPStatus.FOUND)
    assert records() == before
    for suggestion in MailSuggestion.objects.all():
        suggestion.full_clean()


@FUZZ
@given(
    kind=st.one_of(
        st.sampled_from(["rejected", "assessment", "invited", ""]), st.text(max_size=30)
    ),
    application=st.one_of(st.just(None), st.integers(-5, 10**12).map(str), st.text(max_size=20)),
)
def test_accepting_with_any_form_data_never_fails(person, kind, application):
    user, client = person
    suggestion = MailSuggestion.objects.create(owner=user, message_key="k", kind="rejected")
    data = {"kind": kind} | ({"application": application} if application is not None else {})
    before = records()
    response = send(client, "post", reverse("interviews:mail_accept", args=[suggestion.pk]), data)
    assert response.status_code == HTTPStatus.FOUND
    suggestion.refresh_from_db()
    if suggestion.is_pending:
        assert records() == before
    suggestion.delete()
