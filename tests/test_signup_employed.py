"""Sign-up asks whether the person is working at the moment, since the advice on
references, notice and counter-offers depends on it (issue #22, trial 3 findings 4, 6:
it was a setting nobody asked about)."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.urls import reverse

from interviews.accounts.models import Profile

pytestmark = pytest.mark.django_db

SIGN_UP = {
    "username": "tom",
    "full_name": "Tom Reyes",
    "email": "tom@example.com",
    "password1": "correct-horse-battery",
    "password2": "correct-horse-battery",
    "country": "US",
    "time_zone": "America/Chicago",
}


def test_the_sign_up_page_asks_the_question(client):
    page = client.get(reverse("signup")).content.decode()
    assert "Are you working at the moment?" in page
    assert 'name="employed" value="yes"' in page and 'name="employed" value="no"' in page


@pytest.mark.parametrize(("answer", "employed"), [("yes", True), ("no", False), ("", False)])
def test_the_answer_is_kept_in_the_profile(client, answer, employed):
    response = client.post(reverse("signup"), {**SIGN_UP, "employed": answer})
    assert response.status_code == HTTPStatus.FOUND
    assert Profile.objects.get(owner__username="tom").employed is employed


def test_an_answer_not_offered_is_a_form_error(client):
    response = client.post(reverse("signup"), {**SIGN_UP, "employed": "maybe"})
    assert response.status_code == HTTPStatus.OK
    assert "employed" in response.context["form"].errors
    assert not Profile.objects.exists()
