"""Names and prompts: countries from a maintained source, selects that start with a
prompt, and a favicon."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.urls import reverse

from interviews.profiles import country_choices
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


def test_country_names_come_from_iso_3166_and_read_as_people_write_them():
    names = dict(country_choices())
    assert (names["HK"], names["KR"], names["GB"]) == ("Hong Kong", "South Korea", "United Kingdom")
    assert "Hongkong" not in names.values() and "Dr Congo" not in names.values()
    assert names["CD"].startswith("Congo, The Democratic Republic")
    # A calendar ISO 3166 does not list goes by the holidays package's name, not a bare code.
    assert names["XK"] == "Kosovo"
    # Sorted as people look: accents aside, Åland among the A's.
    ordered = [name for _, name in country_choices()]
    assert ordered.index("Åland Islands") < ordered.index("Albania")


def test_no_form_starts_a_select_with_dashes(owner_client, user):
    application = ApplicationFactory(owner=user)
    pages = [
        reverse("interviews:application_create"),
        reverse("interviews:update_create", args=[application.pk]),
        reverse("interviews:round_create", args=[application.pk]),
        reverse("interviews:activity_create"),
        reverse("interviews:settings"),
        reverse("interviews:mail_add"),
        reverse("interviews:welcome"),
    ]
    for path in pages:
        response = owner_client.get(path)
        assert response.status_code == HTTPStatus.OK, path
        assert "---------" not in response.content.decode(), path
    page = owner_client.get(pages[1]).content.decode()
    assert '<option value="" selected>Choose what happened</option>' in page


def test_a_favicon_on_every_page_and_at_the_address_browsers_ask(client):
    page = client.get(reverse("login")).content.decode()
    assert 'rel="icon" href="/static/interviews/favicon.svg"' in page
    response = client.get("/favicon.ico")
    assert response.status_code == HTTPStatus.MOVED_PERMANENTLY
    assert response.url == "/static/interviews/favicon.svg"
