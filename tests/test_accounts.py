"""Accounts: sign up, log in and out, passwords; every other page needs a login."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def test_sign_up_logs_in_and_lands_on_the_board(client):
    response = client.post(
        reverse("signup"),
        {
            "username": "newbie",
            "full_name": "New Bie",
            "email": "newbie@example.com",
            "password1": "correct-horse-battery",
            "password2": "correct-horse-battery",
            "country": "GB",
            "time_zone": "Europe/London",
        },
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("interviews:board")
    assert response.context["user"].username == "newbie"


def test_sign_up_with_mismatched_passwords_is_a_form_error(client):
    response = client.post(
        reverse("signup"),
        {"username": "x", "email": "x@example.com", "password1": "a-b-c-d-e-f", "password2": "z"},
    )
    assert response.status_code == HTTPStatus.OK
    assert "password2" in response.context["form"].errors
    assert not get_user_model().objects.exists()


def test_log_in_and_out(client, user):
    response = client.post(reverse("login"), {"username": user.username, "password": PASSWORD})
    assert response.status_code == HTTPStatus.FOUND
    assert client.get(reverse("interviews:board")).status_code == HTTPStatus.OK
    client.post(reverse("logout"))
    assert client.get(reverse("interviews:board")).status_code == HTTPStatus.FOUND


def test_password_reset_sends_an_email(client, user):
    response = client.post(reverse("password_reset"), {"email": user.email})
    assert response.status_code == HTTPStatus.FOUND
    assert len(mail.outbox) == 1
    assert "/accounts/reset/" in mail.outbox[0].body


def test_change_password(owner_client, user):
    response = owner_client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "another-long-passphrase",
            "new_password2": "another-long-passphrase",
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    user.refresh_from_db()
    assert user.check_password("another-long-passphrase")


@pytest.mark.parametrize(
    "name", ["interviews:board", "interviews:application_list", "interviews:application_create"]
)
def test_pages_need_a_login(client, name):
    response = client.get(reverse(name))
    assert response.status_code == HTTPStatus.FOUND
    assert response.url.startswith(reverse("login"))


def test_the_stage_guide_is_public(client):
    assert client.get(reverse("interviews:guide")).status_code == HTTPStatus.OK
