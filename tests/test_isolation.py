"""Isolation: every URL of the project, walked from the resolver, keeps one user's records
from every other user and from anonymous visitors.

The walk needs no upkeep: a pattern that captures arguments must have an entry in FILL
(how to point it at the owner's records), else the test fails naming it; a pattern
without arguments is either listed in PUBLIC or must send anonymous visitors to log in.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.urls import reverse

from interviews.api.tokens import token_create
from interviews.models import (
    Application,
    CalendarFeed,
)
from tests.support.routes import (
    API_METHODS,
    API_PUBLIC,
    API_WRITES,
    BY_TOKEN,
    FILL,
    OWN_VIEWS,
    OWNER_COMPANY,
    POST_DATA,
    PUBLIC,
    STRANGER_COMPANY,
    Route,
    World,
    api_data,
    build_world,
    is_api,
    project_routes,
    snapshot,
)

pytestmark = pytest.mark.django_db

LOGIN_URL = reverse("login")
# The API asks for credentials; a method a path does not take is refused before that.
ANONYMOUS_API = (HTTPStatus.UNAUTHORIZED, HTTPStatus.METHOD_NOT_ALLOWED)


@pytest.fixture
def world() -> World:
    return build_world()


def filled_routes() -> list[Route]:
    return [r for r in project_routes() if r.kwargs and r.name not in BY_TOKEN | set(OWN_VIEWS)]


def routes_without_arguments() -> list[Route]:
    return [r for r in project_routes() if not r.kwargs]


def filled_url(route: Route, world: World) -> str:
    if route.name not in FILL:
        pytest.fail(f"{route.name or route.route} captures {route.kwargs}: add it to FILL")
    return reverse(route.name, kwargs=FILL[route.name](world))


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def with_token(user) -> Client:
    _, secret = token_create(owner=user, name="isolation walk")
    return Client(HTTP_AUTHORIZATION=f"Bearer {secret}")


def api_send(client: Client, method: str, url: str, route: Route):
    if method == "get":
        return client.get(url)
    return getattr(client, method)(url, api_data(route), content_type="application/json")


def assert_sent_to_login(response) -> None:
    assert response.status_code == HTTPStatus.FOUND, response
    assert response["Location"].startswith(LOGIN_URL)


def test_every_pattern_has_a_name_and_every_pattern_with_arguments_is_known():
    routes = project_routes()
    assert [r.route for r in routes if not r.name] == []
    known = set(FILL) | BY_TOKEN | set(OWN_VIEWS)
    unknown = [r.name for r in routes if r.kwargs and r.name not in known]
    assert unknown == [], f"add these to FILL in tests/support/routes.py: {unknown}"


def test_the_walk_finds_the_pages_it_should():
    names = {r.name for r in project_routes()}
    assert {"interviews:board", "interviews:round_edit", "login", "signup"} <= names
    assert len(filled_routes()) == len(FILL)


def test_a_stranger_gets_404_for_every_record_of_the_owner(world):
    stranger = logged_in(world.stranger)
    for route in filled_routes():
        if is_api(route):
            continue
        url = filled_url(route, world)
        for method in ("get", "post"):
            before = snapshot()
            data = POST_DATA.get(route.name, dict)() if method == "post" else {}
            response = getattr(stranger, method)(url, data)
            assert_refused(response, method, route, before)


def assert_refused(response, method: str, route: Route, before: dict) -> None:
    assert response.status_code in (HTTPStatus.NOT_FOUND, HTTPStatus.METHOD_NOT_ALLOWED), (
        f"{method.upper()} {route.name} gave {response.status_code} to a stranger"
    )
    assert OWNER_COMPANY not in body_of(response), route.name
    assert snapshot() == before, f"{method.upper()} {route.name} changed records"


@pytest.mark.parametrize("credentials", ["token", "session"])
def test_a_stranger_gets_404_from_the_api_for_every_record_of_the_owner(world, credentials):
    stranger = with_token(world.stranger) if credentials == "token" else logged_in(world.stranger)
    statuses = set()
    for route in filled_routes():
        if not is_api(route):
            continue
        url = filled_url(route, world)
        for method in API_METHODS:
            before = snapshot()
            response = api_send(stranger, method, url, route)
            if response.status_code != HTTPStatus.METHOD_NOT_ALLOWED:  # ninja's, plain text
                # Every 4xx of the API is a problem (RFC 9457, interviews.api.problems).
                assert response["Content-Type"] == "application/problem+json", route.name
            assert_refused(response, method, route, before)
            statuses.add((method, response.status_code))
    # Each method that some record takes reaches the ownership check.
    for method in ("get", "post", "patch", "delete"):
        assert (method, HTTPStatus.NOT_FOUND) in statuses, method


@pytest.mark.parametrize(("method", "name"), API_WRITES)
def test_the_strangers_api_data_does_change_things_when_the_owner_sends_it(world, method, name):
    before = snapshot()
    route = Route(name, name, ("pk",), "api")
    response = api_send(with_token(world.owner), method, filled_url(route, world), route)
    assert response.status_code < HTTPStatus.MULTIPLE_CHOICES, response.content
    assert snapshot() != before


@pytest.mark.parametrize("name", sorted(POST_DATA))
def test_the_strangers_post_data_does_change_things_when_the_owner_sends_it(world, name):
    # Proves that the 404s above are the ownership check, not a form the view would refuse.
    before = snapshot()
    response = logged_in(world.owner).post(
        filled_url(Route(name, name, ()), world), POST_DATA[name]()
    )
    assert response.status_code == HTTPStatus.FOUND
    assert snapshot() != before


def test_anonymous_visitors_are_sent_to_log_in_for_every_record(world):
    anonymous = Client()
    for route in filled_routes():
        url = filled_url(route, world)
        before = snapshot()
        if is_api(route):
            for method in API_METHODS:
                response = api_send(anonymous, method, url, route)
                assert response.status_code in ANONYMOUS_API, (method, route.name)
        else:
            assert_sent_to_login(anonymous.get(url))
            assert_sent_to_login(anonymous.post(url, POST_DATA.get(route.name, dict)()))
        assert snapshot() == before, route.name


def test_anonymous_visitors_are_sent_to_log_in_for_every_private_page(world):
    anonymous = Client()
    before = snapshot()
    for route in routes_without_arguments():
        if route.name in PUBLIC | API_PUBLIC:
            continue
        if is_api(route):
            for method in API_METHODS:
                response = api_send(anonymous, method, reverse(route.name), route)
                assert response.status_code in ANONYMOUS_API, (method, route.name)
            continue
        assert_sent_to_login(anonymous.get(reverse(route.name)))
        assert_sent_to_login(anonymous.post(reverse(route.name)))
    assert snapshot() == before


def test_the_api_schema_and_docs_are_public_and_its_root_is_a_404():
    anonymous = Client()
    assert anonymous.get(reverse("api:openapi-json")).status_code == HTTPStatus.OK
    assert anonymous.get(reverse("api:openapi-view")).status_code == HTTPStatus.OK
    assert anonymous.get(reverse("api:api-root")).status_code == HTTPStatus.NOT_FOUND


def test_public_pages_open_without_an_account():
    anonymous = Client()
    for name in PUBLIC - {"logout", "favicon"}:
        assert anonymous.get(reverse(name)).status_code == HTTPStatus.OK, name
    # The icon's address sends browsers on to the static file (tests/test_names.py).
    assert anonymous.get(reverse("favicon")).status_code == HTTPStatus.MOVED_PERMANENTLY
    # Logging out is a POST; it works (and changes nothing) without a session.
    assert anonymous.post(reverse("logout")).status_code in (HTTPStatus.OK, HTTPStatus.FOUND)


def body_of(response) -> str:
    """The text of a response, streamed (CSV exports) or not."""
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    return raw.decode(errors="replace")


def test_a_strangers_own_pages_never_show_the_owners_records(world):
    stranger = logged_in(world.stranger)
    for route in routes_without_arguments():
        client = with_token(world.stranger) if is_api(route) else stranger
        response = client.get(reverse(route.name))
        assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR, route.name
        assert OWNER_COMPANY not in body_of(response), route.name


def test_a_view_of_ones_own_records_never_shows_anothers(world):
    stranger = logged_in(world.stranger)
    urls = {name: reverse(name, kwargs=kwargs) for name, kwargs in OWN_VIEWS.items()}
    before = snapshot()
    for name, url in urls.items():
        assert_sent_to_login(Client().get(url))
        assert_sent_to_login(Client().post(url))
        assert stranger.post(url).status_code == HTTPStatus.METHOD_NOT_ALLOWED, name
    assert snapshot() == before
    seen = {name: stranger.get(url).content for name, url in urls.items()}
    Application.objects.filter(owner=world.owner).delete()
    assert {name: stranger.get(url).content for name, url in urls.items()} == seen


def test_the_calendar_feed_is_readable_by_its_token_alone_and_holds_only_the_owners_data(world):
    url = reverse("interviews:calendar_feed", kwargs={"token": world.feed.token})
    body = Client().get(url).content.decode()
    assert OWNER_COMPANY in body
    assert STRANGER_COMPANY not in body
    stranger_feed = CalendarFeed.objects.get(owner=world.stranger)
    url = reverse("interviews:calendar_feed", kwargs={"token": stranger_feed.token})
    assert OWNER_COMPANY not in logged_in(world.owner).get(url).content.decode()


@pytest.mark.parametrize(
    "mangle",
    [
        str.upper,
        lambda t: t[:-1],
        lambda t: t + "x",
        lambda t: ("y" if t[0] == "x" else "x") + t[1:],
    ],
)
def test_a_mangled_feed_token_is_404_even_for_a_logged_in_user(world, mangle):
    token = mangle(world.feed.token)
    assert token != world.feed.token
    url = reverse("interviews:calendar_feed", kwargs={"token": token})
    assert Client().get(url).status_code == HTTPStatus.NOT_FOUND
    response = logged_in(world.stranger).get(url)
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert OWNER_COMPANY not in response.content.decode()


def test_a_reset_feed_token_stops_working(world):
    old = reverse("interviews:calendar_feed", kwargs={"token": world.feed.token})
    world.feed.reset()
    assert Client().get(old).status_code == HTTPStatus.NOT_FOUND


def test_a_bogus_password_reset_link_shows_the_invalid_link_page(world):
    url = reverse("password_reset_confirm", kwargs={"uidb64": "MQ", "token": "set-password"})
    response = Client().get(url, follow=True)
    assert response.status_code == HTTPStatus.OK
    assert response.context["validlink"] is False
    assert isinstance(response.context["user"], AnonymousUser)


def test_a_non_staff_user_is_turned_away_from_the_admin(world):
    response = logged_in(world.stranger).get(reverse("admin:interviews_application_changelist"))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("admin:login"))
