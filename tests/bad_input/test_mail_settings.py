"""Bad input to the mail settings: a new address, and the links the digest and the
address change send."""

from __future__ import annotations

from http import HTTPStatus
from urllib.parse import quote

import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from tests.factories import PASSWORD
from tests.support.bad_input import assert_sane, records, send
from tests.support.fuzz import FUZZ, email_text, text

pytestmark = pytest.mark.django_db


@FUZZ
@given(
    email=st.one_of(st.just("stranger@example.com"), st.just("owner@example.com"), email_text),
    password=st.one_of(st.just(PASSWORD), text),
)
def test_asking_for_a_new_address_survives_any_input(owner, scene, email, password):
    before = records()
    data = {"email": email, "password": password}
    response = send(owner, "post", reverse("interviews:email_change"), data)
    assert_sane(response, before)
    scene.owner.refresh_from_db()
    assert scene.owner.email == "owner@example.com"  # only the mailed link changes it


@FUZZ
@given(token=st.one_of(text, st.just("\x00"), st.text(alphabet="abcdefABCDEF0123456789-_:")))
def test_any_unsubscribe_or_address_link_survives(owner, scene, token):
    before = records()
    for path in (
        f"/unsubscribe/{quote(token, safe='')}/",
        f"/settings/email/confirm/{quote(token, safe='')}/",
    ):
        for method in ("get", "post"):
            response = send(owner, method, path)
            assert response.status_code in (
                HTTPStatus.FOUND,
                HTTPStatus.NOT_FOUND,
                HTTPStatus.METHOD_NOT_ALLOWED,
            ), (path, method, response.status_code)
    assert records() == before
