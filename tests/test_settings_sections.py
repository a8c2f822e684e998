"""/settings/ draws the feature apps' sections (interviews.extensions) where they were
before the app split: the log, backup, API tokens, the mailbox, after the core's own."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

IN_ORDER = ["profile-heading", "email-heading", "worklog-heading", "data-heading"]
IN_ORDER += ["api-heading", "mailbox-heading"]


def test_the_settings_page_draws_every_apps_section_in_order(owner_client):
    response = owner_client.get(reverse("interviews:settings"))
    assert response.status_code == HTTPStatus.OK
    page = response.content.decode()
    places = [page.find(f'id="{heading}"') for heading in IN_ORDER]
    assert -1 not in places and places == sorted(places)
    # The side navigation links the sections that ask for it, in the same order.
    assert 0 < page.find('href="#data-heading"') < page.find('href="#api-heading"')


def test_a_sections_form_with_errors_comes_back_in_its_section(owner_client):
    response = owner_client.post(reverse("interviews:api_token_create"), {"name": ""})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    page = response.content.decode()
    assert page.find('id="api-heading"') < page.find("This field is required.")
    assert page.count('id="mailbox-heading"') == 1
