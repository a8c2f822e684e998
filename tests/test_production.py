"""Production readiness: deploy checks, loud configuration errors, log-in throttling, CSRF."""

from __future__ import annotations

import re
from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from interviews.models import Application, InterviewRound, StatusUpdate
from tests.factories import PASSWORD
from tests.support.production import manage, production_env
from tests.support.routes import (
    API_METHODS,
    BY_TOKEN,
    FILL,
    OWN_VIEWS,
    POST_DATA,
    World,
    api_data,
    build_world,
    is_api,
    project_routes,
    round_data,
    snapshot,
    url_for,
)

pytestmark = pytest.mark.django_db

PRINT_SETTINGS = (
    "from django.conf import settings; "
    "print(settings.DEBUG, settings.SECURE_SSL_REDIRECT, settings.SESSION_COOKIE_SECURE)"
)


def test_the_deploy_check_passes_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **production_env())
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stderr + result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", DJANGO_DEBUG="0", DJANGO_ALLOWED_HOSTS="example.com")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


@pytest.mark.parametrize("value", ["maybe", "2", "yes please"])
def test_a_debug_switch_that_is_not_a_clear_yes_or_no_fails_loudly(value):
    result = manage("check", DJANGO_DEBUG=value)
    assert result.returncode != 0
    assert "DJANGO_DEBUG" in result.stderr and repr(value) in result.stderr


def test_production_redirects_to_https_unless_told_a_proxy_does_it():
    on = manage("shell", "-v", "0", "-c", PRINT_SETTINGS, **production_env())
    assert on.stdout.split() == ["False", "True", "True"], on.stderr
    off = manage(
        "shell", "-v", "0", "-c", PRINT_SETTINGS, **production_env(DJANGO_SECURE_SSL_REDIRECT="0")
    )
    assert off.stdout.split() == ["False", "False", "True"], off.stderr


def log_in(client: Client, username: str, password: str):
    return client.post(reverse("login"), {"username": username, "password": password})


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(user):
    client = Client()
    for _ in range(4):
        assert log_in(client, user.username, "wrong").status_code == HTTPStatus.OK
    # The fifth failure is the one that locks: axes answers it with the lockout page.
    assert log_in(client, user.username, "wrong").status_code == HTTPStatus.TOO_MANY_REQUESTS
    response = log_in(client, user.username, PASSWORD)
    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert "Too many failed log-ins" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("interviews:board")).status_code == HTTPStatus.FOUND


def test_four_wrong_passwords_still_let_the_right_one_in(user):
    client = Client()
    for _ in range(4):
        log_in(client, user.username, "wrong")
    assert log_in(client, user.username, PASSWORD).status_code == HTTPStatus.FOUND
    assert client.get(reverse("interviews:board")).status_code == HTTPStatus.OK


def test_a_lockout_is_per_address(user, stranger):
    client = Client(REMOTE_ADDR="198.51.100.1")
    for _ in range(5):
        log_in(client, stranger.username, "wrong")
    assert log_in(client, user.username, PASSWORD).status_code == HTTPStatus.TOO_MANY_REQUESTS
    elsewhere = Client(REMOTE_ADDR="198.51.100.2")
    assert log_in(elsewhere, stranger.username, PASSWORD).status_code == HTTPStatus.FOUND


@pytest.fixture
def world() -> World:
    return build_world()


def csrf_client(world: World) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.owner)
    return client


def test_every_post_without_a_csrf_token_is_refused_and_changes_nothing(world):
    client = csrf_client(world)
    users = list(get_user_model().objects.values())
    refused = set()
    for route in project_routes():
        assert not route.kwargs or route.name in set(FILL) | BY_TOKEN | set(OWN_VIEWS), route.name
        if route.name in CSRF_EXEMPT:
            continue
        for method in API_WRITE_METHODS if is_api(route) else ("post",):
            before = snapshot()
            response = unsafe_request(client, method, route, world)
            where = f"{method.upper()} {route.name}"
            if is_api(route) and response.status_code == HTTPStatus.METHOD_NOT_ALLOWED:
                # A path that does not take the method says so before any check.
                assert method.upper() not in response["Allow"], where
            else:
                assert response.status_code == HTTPStatus.FORBIDDEN, where
                refused.add(method)
            assert snapshot() == before, where
    # Each write method reached the CSRF check on some route, not only 405s.
    assert refused == {"post", *API_WRITE_METHODS}
    assert list(get_user_model().objects.values()) == users
    # Still logged in: not even the log-out went through.
    assert client.get(reverse("interviews:board")).status_code == HTTPStatus.OK


API_WRITE_METHODS = tuple(m for m in API_METHODS if m != "get")


def unsafe_request(client: Client, method: str, route, world: World):
    """A write to the route as a logged-in browser would send it, minus the CSRF token."""
    url = url_for(route, world)
    if is_api(route):
        return getattr(client, method)(url, api_data(route), content_type="application/json")
    return client.post(url, POST_DATA.get(route.name, dict)())


# Mail programs POST the digest's one-click unsubscribe (RFC 8058) with no CSRF token:
# the signed token in its URL is the credential (tests/test_mail_control.py).
# The bookmarklet posts from a career site's page: its per-person key in the address stands
# in for the CSRF token (tests/test_postings_bookmarklet.py).
CSRF_EXEMPT = {"interviews:digest_unsubscribe", "interviews:posting_bookmarklet"}


def token_from(client: Client, url: str) -> str:
    """The CSRF token of the forms on a page, as a browser would find it."""
    body = client.get(url).content.decode()
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    assert match, f"no CSRF token on {url}"
    return match[1]


def test_a_form_posted_with_the_token_from_its_page_works(world):
    client = csrf_client(world)
    create = reverse("interviews:application_create")
    data = {
        "company": "Token Co",
        "role": "Engineer",
        "csrfmiddlewaretoken": token_from(client, create),
    }
    assert client.post(create, data).status_code == HTTPStatus.FOUND
    assert Application.objects.filter(company="Token Co").exists()

    url = reverse("interviews:round_create", args=[world.application.pk])
    data = {**round_data(), "csrfmiddlewaretoken": token_from(client, url)}
    assert client.post(url, data).status_code == HTTPStatus.FOUND
    assert InterviewRound.objects.filter(application=world.application).count() == 2


def test_quick_update_and_log_out_work_with_the_token_from_the_page(world):
    client = csrf_client(world)
    token = token_from(client, world.application.get_absolute_url())
    url = reverse("interviews:update_quick", args=[world.application.pk])
    response = client.post(url, {"kind": "on_hold", "csrfmiddlewaretoken": token})
    assert response.status_code == HTTPStatus.FOUND
    assert StatusUpdate.objects.filter(kind="on_hold").exists()

    token = token_from(client, reverse("interviews:board"))
    response = client.post(reverse("logout"), {"csrfmiddlewaretoken": token})
    assert response.status_code in (HTTPStatus.OK, HTTPStatus.FOUND)
    assert client.get(reverse("interviews:board")).status_code == HTTPStatus.FOUND
