"""Pages are sent gzipped to a browser that asks (GZipMiddleware), plain to one that does
not; streamed files stay whole, the calendar feed's ETag still answers 304, and the
security headers are the same either way."""

from __future__ import annotations

import gzip
from http import HTTPStatus

import pytest
from django.urls import reverse

from interviews.models import CalendarFeed
from tests.factories import ApplicationFactory, StatusUpdateFactory

pytestmark = pytest.mark.django_db

GZIP = {"Accept-Encoding": "gzip, deflate, br"}


@pytest.fixture
def search(user):
    for index in range(12):
        application = ApplicationFactory(owner=user, company=f"Acme {index}")
        StatusUpdateFactory(application=application, kind="acknowledged")


def test_the_board_comes_back_gzipped_when_asked(owner_client, search):
    plain = owner_client.get(reverse("interviews:board"))
    packed = owner_client.get(reverse("interviews:board"), headers=GZIP)
    assert packed.status_code == HTTPStatus.OK
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    html = gzip.decompress(packed.content).decode()
    assert "Acme 11" in html and "</html>" in html
    assert len(packed.content) * 4 < len(plain.content)
    assert int(packed["Content-Length"]) == len(packed.content)


def test_a_page_is_plain_when_the_browser_does_not_ask(owner_client, search):
    response = owner_client.get(reverse("interviews:board"))
    assert not response.has_header("Content-Encoding")
    assert "Acme 11" in response.content.decode()


def test_the_security_headers_are_the_same_compressed(owner_client, search):
    plain = owner_client.get(reverse("interviews:board"))
    packed = owner_client.get(reverse("interviews:board"), headers=GZIP)
    for header in ("Cache-Control", "X-Frame-Options", "X-Content-Type-Options"):
        assert packed.get(header) == plain.get(header), header
    assert packed.has_header("Content-Security-Policy") == plain.has_header(
        "Content-Security-Policy"
    )


def test_a_streamed_export_stays_whole_when_compressed(owner_client, search):
    url = reverse("interviews:export_applications")
    plain = b"".join(owner_client.get(url).streaming_content)
    packed = owner_client.get(url, headers=GZIP)
    assert packed.streaming
    assert packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(b"".join(packed.streaming_content)) == plain
    assert b"Acme 11" in plain


def test_the_feed_answers_304_to_its_compressed_etag(client, user, search):
    feed, _ = CalendarFeed.objects.get_or_create(owner=user)
    url = reverse("interviews:calendar_feed", args=[feed.token])
    first = client.get(url, headers=GZIP)
    assert first["Content-Encoding"] == "gzip"
    again = client.get(url, headers={**GZIP, "If-None-Match": first["ETag"]})
    assert again.status_code == HTTPStatus.NOT_MODIFIED
