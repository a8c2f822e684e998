"""Moving a card to another stage opens the prefilled form for what moved it there."""

from __future__ import annotations

import re
from http import HTTPStatus

import pytest
from django.urls import reverse

from interviews.models import Stage
from interviews.moves import move_url, moves, targets
from tests.factories import ApplicationFactory, StatusUpdateFactory

pytestmark = pytest.mark.django_db


def test_each_stage_has_the_record_that_puts_an_application_there(application):
    new_update = reverse("interviews:update_create", args=[application.pk])
    new_round = reverse("interviews:round_create", args=[application.pk])
    assert move_url(application, Stage.OFFER) == f"{new_update}?kind=offer_written"
    assert move_url(application, Stage.REJECTED) == f"{new_update}?kind=rejected"
    assert move_url(application, Stage.WITHDRAWN) == f"{new_update}?kind=withdrew"
    assert move_url(application, Stage.SCREENING) == f"{new_round}?kind=phone_screen"
    assert move_url(application, Stage.INTERVIEWING) == f"{new_round}?kind=video"
    assert move_url(application, Stage.SAVED) == ""


def test_a_card_does_not_move_to_its_own_stage_or_back_to_applied(application):
    stages = [move.stage for move in moves(application)]
    assert Stage.APPLIED not in stages and Stage.SAVED not in stages
    assert Stage.OFFER in stages and Stage.REJECTED in stages


def test_a_saved_job_moves_to_applied_by_its_date(user):
    saved = ApplicationFactory(owner=user, applied_on=None)
    edit = reverse("interviews:application_edit", args=[saved.pk])
    assert move_url(saved, Stage.APPLIED) == f"{edit}#id_applied_on"


def test_the_move_forms_open_prefilled(owner_client, application):
    for move in moves(application):
        response = owner_client.get(move.url)
        assert response.status_code == 200, move
        if "?kind=" in move.url:
            assert response.context["form"]["kind"].value() == move.url.split("=")[-1]


def move_menu_of(body: str, application) -> str:
    """The application's "Move to…" form on a page (its action names the application)."""
    action = reverse("interviews:application_move", args=[application.pk])
    start = body.index(f'<form method="get" action="{action}">')
    return body[start : body.index("</form>", start)]


@pytest.mark.parametrize("page", ["board", "list", "application page"])
def test_the_board_the_list_and_the_application_page_share_the_move_menu(
    owner_client, application, page
):
    StatusUpdateFactory(application=application, kind="invited")
    url = {
        "board": reverse("interviews:board"),
        "list": reverse("interviews:application_list"),
        "application page": application.get_absolute_url(),
    }[page]
    body = owner_client.get(url).content.decode()
    menu = move_menu_of(body, application)
    buttons = re.findall(r'<button [^>]*name="to" value="([a-z_]+)"', menu)
    assert buttons == [str(stage) for stage in targets(application)]
    assert "offer" in buttons and str(application.stage) not in buttons
    assert 'type="submit"' in menu


def test_a_move_opens_the_form_that_logs_it(owner_client, application):
    move = reverse("interviews:application_move", args=[application.pk])
    response = owner_client.get(move, {"to": "offer"})
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == move_url(application, Stage.OFFER)


def test_the_move_menu_has_a_page_of_its_own(owner_client, application):
    response = owner_client.get(reverse("interviews:application_move", args=[application.pk]))
    assert response.status_code == HTTPStatus.OK
    assert move_menu_of(response.content.decode(), application)


@pytest.mark.parametrize("to", ["saved", "nowhere", "", "applied"])
def test_a_move_nowhere_it_can_go_says_so(owner_client, application, to):
    # Not to its own stage, nor back to saved, nor to applied once past it.
    StatusUpdateFactory(application=application, kind="invited")
    move = reverse("interviews:application_move", args=[application.pk])
    response = owner_client.get(move, {"to": to})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "can't be moved to" in response.content.decode()


def test_a_move_logged_through_its_form_moves_the_card(owner_client, application):
    move = reverse("interviews:application_move", args=[application.pk])
    form = owner_client.get(move, {"to": "rejected"})["Location"]
    on = str(application.applied_on or "2026-11-20")
    response = owner_client.post(form.split("?")[0], {"kind": "rejected", "on": on})
    assert response.status_code == HTTPStatus.FOUND
    application.refresh_from_db()
    assert application.stage == Stage.REJECTED
