"""Links sent by e-mail stop working when they should: an e-mail-change link works once
and only while it is the newest one asked for; an unsubscribe link expires, and a change
of address revokes the links sent to the old one."""

from __future__ import annotations

import time
from http import HTTPStatus

import pytest
from django.core import signing
from django.urls import reverse

from interviews.accounts.email_change import change_token
from interviews.accounts.models import Profile
from interviews.digest import UNSUBSCRIBE_DAYS, UNSUBSCRIBE_SALT, unsubscribe_url

pytestmark = pytest.mark.django_db


def confirm(client, token):
    return client.get(reverse("interviews:email_confirm", args=[token]), follow=True)


def test_an_email_change_link_works_once(owner_client, user):
    token = change_token(user, "first@example.com")
    assert "is now first@example.com" in confirm(owner_client, token).content.decode()
    user.email = "back@example.com"
    user.save()
    again = confirm(owner_client, token)
    assert "That link has expired" in again.content.decode()
    user.refresh_from_db()
    assert user.email == "back@example.com"


def test_a_newer_email_change_request_supersedes_the_older_link(owner_client, user):
    older = change_token(user, "older@example.com")
    newer = change_token(user, "newer@example.com")
    assert "That link has expired" in confirm(owner_client, older).content.decode()
    user.refresh_from_db()
    assert user.email != "older@example.com"
    confirm(owner_client, newer)
    user.refresh_from_db()
    assert user.email == "newer@example.com"


def test_asking_on_the_page_twice_leaves_only_the_second_link_working(owner_client, user):
    from django.core import mail

    for address in ("one@example.com", "two@example.com"):
        owner_client.post(
            reverse("interviews:email_change"),
            {"email": address, "password": "a-long-test-passphrase-42"},
        )
    first, second = (m.body.split("/settings/email/confirm/")[1].split("/")[0] for m in mail.outbox)
    assert "That link has expired" in confirm(owner_client, first).content.decode()
    assert "is now two@example.com" in confirm(owner_client, second).content.decode()


def unsubscribe(client, url):
    return client.post(url[url.index("/unsubscribe/") :])


def test_an_unsubscribe_link_works_within_its_lifetime(client, user):
    response = unsubscribe(client, unsubscribe_url(user))
    assert response.status_code == HTTPStatus.OK
    assert Profile.objects.get(owner=user).digest_enabled is False


def test_an_unsubscribe_link_past_its_lifetime_says_so(client, user, monkeypatch):
    then = time.time() - (UNSUBSCRIBE_DAYS + 1) * 86400
    monkeypatch.setattr(signing.time, "time", lambda: then)
    url = unsubscribe_url(user)
    monkeypatch.undo()
    response = unsubscribe(client, url)
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "This link no longer works" in response.content.decode()
    user.profile.refresh_from_db()
    assert user.profile.digest_enabled is True


def test_changing_the_address_revokes_links_sent_to_the_old_one(client, user):
    url = unsubscribe_url(user)
    user.email = "new-owner-of-the-account@example.com"
    user.save()
    assert unsubscribe(client, url).status_code == HTTPStatus.NOT_FOUND
    assert Profile.objects.get(owner=user).digest_enabled is True
    assert unsubscribe(client, unsubscribe_url(user)).status_code == HTTPStatus.OK


def test_a_link_from_before_links_named_the_address_works_until_it_expires(client, user):
    legacy = signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)
    response = client.post(reverse("interviews:digest_unsubscribe", args=[legacy]))
    assert response.status_code == HTTPStatus.OK
