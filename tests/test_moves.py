"""Moving a card to another stage opens the prefilled form for what moved it there."""

from __future__ import annotations

import pytest
from django.urls import reverse

from interviews.models import Stage
from interviews.moves import move_url, moves
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


def test_every_card_on_the_board_has_its_move_menu(owner_client, application):
    StatusUpdateFactory(application=application, kind="invited")
    body = owner_client.get(reverse("interviews:board")).content.decode()
    assert "Move to…" in body
    assert 'data-move-to="offer"' in body
    assert move_url(application, Stage.OFFER).replace("&", "&amp;") in body
