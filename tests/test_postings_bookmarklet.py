"""The bookmarklet: made on /settings/, it posts the page the person is reading to an
address with a key of their own. The key, not the session, says whose the posting is:
no CSRF token can come from a career site's page, so the key stands in for one."""

from __future__ import annotations

import html
from http import HTTPStatus
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from interviews.postings.models import BookmarkletKey, Posting

pytestmark = pytest.mark.django_db

PAGES = Path(__file__).parent / "data" / "postings"
SETTINGS = reverse("interviews:settings")
MAKE = reverse("interviews:bookmarklet_key")


def post_page(key: str, name: str = "ashby"):
    # A browser on another site: no session, no CSRF token.
    client = Client(enforce_csrf_checks=True)
    url = reverse("interviews:posting_bookmarklet", args=[key])
    page = (PAGES / f"{name}.html").read_text()
    return client.post(url, {"page": page, "address": f"https://jobs.example.com/{name}"})


def test_settings_offer_to_make_the_bookmarklet_then_show_it(owner_client, user):
    assert "Make my bookmarklet" in owner_client.get(SETTINGS).content.decode()
    response = owner_client.post(MAKE)
    assert response["Location"] == SETTINGS + "#bookmarklet-heading"
    key = BookmarkletKey.objects.get(owner=user).key
    page = html.unescape(owner_client.get(SETTINGS).content.decode())
    target = "http://testserver" + reverse("interviews:posting_bookmarklet", args=[key])
    assert 'href="javascript:(()=>{' in page
    assert f"f.action='{target}'" in page


def test_the_page_it_sends_is_saved_for_the_keys_owner_without_a_session(user):
    key = BookmarkletKey.objects.create(owner=user).key
    response = post_page(key)
    posting = Posting.objects.get()
    assert response.status_code == HTTPStatus.SEE_OTHER
    assert response["Location"] == posting.get_absolute_url()
    assert (posting.owner, posting.title, posting.company) == (
        user,
        "Staff Data Engineer",
        "Lumen Atlas",
    )
    assert posting.address == "https://jobs.example.com/ashby"


def test_what_it_sends_when_the_page_has_json_ld_reads_the_same(user):
    # The bookmarklet sends only the JSON-LD blocks with the page's title when there are
    # some: what it builds reads as the whole page does.
    key = BookmarkletKey.objects.create(owner=user).key
    client = Client(enforce_csrf_checks=True)
    url = reverse("interviews:posting_bookmarklet", args=[key])
    whole = (PAGES / "lever.html").read_text()
    block = whole[whole.index("<script") : whole.index("</script>") + len("</script>")]
    client.post(url, {"page": f"<title>Quarry</title>{block}", "address": "https://x.example/"})
    posting = Posting.objects.get()
    assert (posting.title, posting.salary_currency, posting.location) == (
        "Senior Android Developer",
        "CAD",
        "Toronto, ON, CA; Montréal, QC, CA",
    )


@pytest.mark.parametrize("mangle", [str.upper, lambda k: k[:-1], lambda k: k + "x", lambda k: ""])
def test_a_wrong_key_saves_nothing(user, mangle):
    key = BookmarkletKey.objects.create(owner=user).key
    wrong = mangle(key) or "nothing"
    assert post_page(wrong).status_code == HTTPStatus.NOT_FOUND
    assert not Posting.objects.exists()


def test_a_new_bookmarklet_stops_the_old_one(owner_client, user):
    owner_client.post(MAKE)
    old = BookmarkletKey.objects.get(owner=user).key
    owner_client.post(MAKE)
    assert post_page(old).status_code == HTTPStatus.NOT_FOUND
    assert post_page(BookmarkletKey.objects.get(owner=user).key).status_code == 303


def test_only_a_post_is_taken(user):
    key = BookmarkletKey.objects.create(owner=user).key
    url = reverse("interviews:posting_bookmarklet", args=[key])
    assert Client().get(url).status_code == HTTPStatus.METHOD_NOT_ALLOWED
