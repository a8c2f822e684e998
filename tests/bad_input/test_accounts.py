"""Bad input to sign-up, log-in and password resets."""

from __future__ import annotations

from http import HTTPStatus
from urllib.parse import quote

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils.http import urlsafe_base64_encode
from hypothesis import given
from hypothesis import strategies as st

from tests.factories import PASSWORD
from tests.support.bad_input import assert_sane, records, send
from tests.support.fuzz import (
    FUZZ,
    email_text,
    spoiled,
    text,
    url_text,
)

pytestmark = pytest.mark.django_db

# --- Accounts -----------------------------------------------------------------------------


@FUZZ
@given(
    data=spoiled(
        {
            "username": st.from_regex(r"[a-z][a-z0-9_.@+-]{2,20}", fullmatch=True),
            "full_name": st.from_regex(r"[A-Za-z][A-Za-z .'-]{0,40}", fullmatch=True),
            "email": st.emails(),
            "password1": st.just("a-long-passphrase-9"),
            "password2": st.just("a-long-passphrase-9"),
            "country": st.sampled_from(["GB", "US", "JP"]),
            "time_zone": st.sampled_from(["Europe/London", "Asia/Tokyo", "UTC"]),
        },
        {
            "username": st.one_of(st.just("owner"), text),
            "full_name": text,
            "email": email_text,
            "password1": text,
            "password2": text,
            "country": text,
            "time_zone": text,
        },
    )
)
def test_signing_up_survives_any_input(scene, data):
    before = records()
    response = send(Client(), "post", reverse("signup"), data)
    assert_sane(response, before)
    if response.status_code == HTTPStatus.FOUND:
        assert get_user_model().objects.filter(username=data["username"]).exists()


@FUZZ
@given(
    username=st.one_of(st.just("owner"), text),
    password=st.one_of(st.just(PASSWORD), st.just("wrong"), text),
    next_url=st.one_of(st.just(""), url_text),
)
def test_logging_in_survives_any_input(scene, username, password, next_url):
    AccessAttempt.objects.all().delete()  # each example on its own: lockouts are tested apart
    before = records()
    data = {"username": username, "password": password, "next": next_url}
    response = send(Client(), "post", reverse("login"), data)
    # A successful log-in stamps last_login.
    assert_sane(response, before, frozenset({("User", scene.owner.pk)}))
    # What axes records about a failed log-in must fit its columns: PostgreSQL enforces
    # their lengths where SQLite does not, so this catches on SQLite what fails there.
    for attempt in AccessAttempt.objects.all():
        assert_fits_its_columns(attempt)


def assert_fits_its_columns(row) -> None:
    for field in row._meta.concrete_fields:
        value, limit = getattr(row, field.attname), getattr(field, "max_length", None)
        if isinstance(value, str) and limit:
            assert len(value) <= limit, f"{field.name} is {len(value)} long, its column {limit}"


@FUZZ
@given(email=st.one_of(st.just("owner@example.com"), email_text))
def test_asking_for_a_password_reset_survives_any_input(scene, email):
    before = records()
    response = send(Client(), "post", reverse("password_reset"), {"email": email})
    assert_sane(response, before)


@FUZZ
@given(uid=st.one_of(text, st.binary(max_size=12)), token=text)
def test_any_password_reset_link_survives(scene, uid, token):
    if isinstance(uid, bytes):
        uid = urlsafe_base64_encode(uid)  # decodes to any bytes at all, NUL included
    path = f"/accounts/reset/{quote(uid, safe='')}/{quote(token, safe='')}/"
    assert send(Client(), "get", path).status_code in (HTTPStatus.OK, HTTPStatus.NOT_FOUND)
