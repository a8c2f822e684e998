"""The board asks once for the region of a country with regional holidays, and stops when
the person chooses one or says "not now" (issue #22, trial 3 finding 5: instead, every
application page named a holiday of some region she did not live in)."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.urls import reverse

from interviews.accounts.models import Profile

pytestmark = pytest.mark.django_db

BOARD = reverse("interviews:board")
HIDE = reverse("interviews:region_prompt_hide")
ASKS = 'id="region-prompt"'


def place(user, country: str, region: str = "", confirmed: bool = True) -> None:
    Profile.objects.filter(owner=user).update(
        country=country, region=region, place_confirmed=confirmed
    )


def test_the_board_asks_for_the_region_of_a_country_that_has_them(owner_client, user):
    place(user, "US")
    page = owner_client.get(BOARD).content.decode()
    assert ASKS in page
    assert "Some public holidays in the United States are kept only in some regions." in page
    assert f'href="{reverse("interviews:settings")}#id_region"' in page


@pytest.mark.parametrize(
    ("country", "region", "confirmed"),
    [
        ("US", "TX", True),  # chosen
        ("IE", "", True),  # a country without regions
        ("US", "", False),  # the first-visit form asks for the place first
    ],
)
def test_the_board_does_not_ask_when_there_is_nothing_to_ask(
    owner_client, user, country, region, confirmed
):
    place(user, country, region, confirmed)
    assert ASKS not in owner_client.get(BOARD).content.decode()


def test_not_now_puts_the_question_away_for_good(owner_client, user):
    place(user, "GB")
    response = owner_client.post(HIDE)
    assert response.status_code == HTTPStatus.FOUND and response["Location"] == BOARD
    assert response.cookies["region_prompt_hidden"]["max-age"] == 365 * 24 * 3600
    assert ASKS not in owner_client.get(BOARD).content.decode()
    # Settings still ask, beside the field.
    assert (
        "Choose your region." in owner_client.get(reverse("interviews:settings")).content.decode()
    )


def test_not_now_is_a_post_of_a_signed_in_person(client, owner_client):
    assert owner_client.get(HIDE).status_code == HTTPStatus.METHOD_NOT_ALLOWED
    client.logout()
    response = client.post(HIDE)
    assert response.status_code == HTTPStatus.FOUND and "/login/" in response["Location"]
