"""Headers on every URL pattern, in production mode (DEBUG off): a Content-Security-Policy
without unsafe-inline, a Permissions-Policy, and Cache-Control private, no-store; and no
page that the policy would break (inline scripts, event handlers, style attributes)."""

from __future__ import annotations

import re
from http import HTTPStatus

import pytest
from django.test import Client

from tests.support.routes import (
    BY_TOKEN,
    FILL,
    OWN_VIEWS,
    PUBLIC,
    World,
    build_world,
    project_routes,
    url_for,
)

pytestmark = pytest.mark.django_db

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>")
INLINE_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"<[^>]+\sstyle\s*=", re.IGNORECASE)


@pytest.fixture
def world(settings) -> World:
    settings.DEBUG = False
    return build_world()


def assert_hardened(response, where: str) -> None:
    policy = response.get("Content-Security-Policy", "")
    assert "script-src 'self'" in policy, where
    assert "style-src 'self'" in policy, where
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy, where
    assert "camera=()" in response.get("Permissions-Policy", ""), where
    cache = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    assert {"private", "no-store"} <= cache, (where, cache)


def assert_no_inline_code(response, where: str) -> None:
    if not response.get("Content-Type", "").startswith("text/html"):
        return
    body = response.content.decode()
    assert not INLINE_SCRIPT.findall(body), where
    assert not INLINE_HANDLER.findall(body), where
    assert not STYLE_ATTRIBUTE.findall(body), where


def routes():
    known = set(FILL) | BY_TOKEN | set(OWN_VIEWS)
    return [r for r in project_routes() if not r.kwargs or r.name in known]


def test_the_walk_covers_every_pattern_of_the_project():
    assert len(routes()) == len(project_routes())


def test_every_page_and_file_the_owner_opens_is_private_and_under_the_policy(world):
    owner = Client()
    owner.force_login(world.owner)
    for route in routes():
        response = owner.get(url_for(route, world))
        where = f"GET {route.name} ({response.status_code})"
        assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR, where
        assert_hardened(response, where)
        assert_no_inline_code(response, where)


def test_every_page_a_visitor_opens_is_under_the_policy_too(world):
    anonymous = Client()
    for route in routes():
        response = anonymous.get(url_for(route, world))
        where = f"GET {route.name} ({response.status_code}) anonymous"
        assert_hardened(response, where)
        if route.name in PUBLIC:
            assert_no_inline_code(response, where)


def test_refusals_and_missing_pages_are_under_the_policy(world):
    owner = Client()
    owner.force_login(world.owner)
    assert_hardened(owner.get("/no-such-page/"), "404")
    assert_hardened(owner.post(url_for(routes()[0], world)), "POST")
