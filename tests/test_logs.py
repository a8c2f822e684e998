"""Secrets in URLs never reach the logs, and production says when mail is not delivered."""

from __future__ import annotations

import io
import logging

import pytest
from django.test import Client
from django.urls import reverse

from interviews.logs import redact
from interviews.models import CalendarFeed
from tests.support.production import manage, production_env

pytestmark = pytest.mark.django_db


@pytest.fixture
def log_output():
    """What the configured handlers write, for loggers Django's requests go through."""
    stream = io.StringIO()
    handlers = {
        h for name in ("django.request", "django", "") for h in logging.getLogger(name).handlers
    }
    old = {
        handler: handler.setStream(stream) for handler in handlers if hasattr(handler, "setStream")
    }
    assert old, "no stream handlers configured"
    yield stream
    for handler, previous in old.items():
        handler.setStream(previous)


def test_a_wrong_feed_token_is_logged_without_the_token(log_output):
    token = "k3XQ" + "a" * 39
    assert Client().get(reverse("interviews:calendar_feed", args=[token])).status_code == 404
    logged = log_output.getvalue()
    assert "Not Found: /feeds/[redacted].ics" in logged
    assert token not in logged


def test_a_real_feed_token_is_not_logged_either(log_output, user):
    feed = CalendarFeed.objects.create(owner=user)
    logging.getLogger("django.request").warning("Odd request: GET /feeds/%s.ics", feed.token)
    assert feed.token not in log_output.getvalue()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Not Found: /feeds/abc-DEF_123.ics", "Not Found: /feeds/[redacted].ics"),
        (
            '"GET /accounts/reset/MQ/cabc12-0123456789abcdef/ HTTP/1.1" 302',
            '"GET /accounts/reset/[redacted]/ HTTP/1.1" 302',
        ),
        ("GET /accounts/reset/MQ/set-password/", "GET /accounts/reset/[redacted]/"),
        ("GET /unsubscribe/MQ:1xWzQz:iakR3n6G/ 200", "GET /unsubscribe/[redacted]/ 200"),
        (
            "Not Found: /settings/email/confirm/eyJ1:1x:ab-c/",
            "Not Found: /settings/email/confirm/[redacted]/",
        ),
        ("Nothing secret: /applications/3/", "Nothing secret: /applications/3/"),
    ],
)
def test_secret_url_parts_are_redacted(line, expected):
    assert redact(line) == expected


def test_production_without_an_smtp_host_fails_the_deploy_check():
    env = production_env()
    env.pop("EMAIL_HOST")
    result = manage("check", "--deploy", "--fail-level", "WARNING", **env)
    assert result.returncode != 0
    assert "interviews.W001" in result.stderr + result.stdout
    assert "No EMAIL_HOST is set" in result.stderr + result.stdout
