"""Bad query parameters, ids and tokens in the URLs of the pages."""

from __future__ import annotations

from http import HTTPStatus
from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import example, given
from hypothesis import strategies as st

from interviews.models import Stage
from tests.support.bad_input import assert_sane, records, send
from tests.support.fuzz import (
    FUZZ,
    number,
    text,
)

pytestmark = pytest.mark.django_db

# --- Pages and their query parameters -----------------------------------------------------

PAGES = ["/", "/applications/", "/waiting/", "/insights/"]
PAGES += ["/insights/charts/funnel.svg", "/insights/charts/activity.svg", "/insights/flow.svg"]


@FUZZ
@given(
    page=st.sampled_from(PAGES),
    params=st.fixed_dictionaries(
        {},
        optional={
            "q": text,
            "page": number,
            "stage": st.one_of(st.sampled_from(Stage.values), text),
            "closed": text,
            "window": text,
            "size": st.one_of(st.sampled_from(["wide", "narrow"]), text),
        },
    ),
)
@example(page="/", params={"q": "\x00"})
@example(page="/applications/", params={"q": "a\x00b", "page": "2"})
@example(page="/insights/", params={"window": "\x00"})
@example(page="/insights/charts/funnel.svg", params={"size": "narrow\x00", "window": "30"})
def test_page_parameters_survive_any_input(owner, scene, page, params):
    before = records()
    response = send(owner, "get", page, params)
    assert response.status_code == HTTPStatus.OK
    assert_sane(response, before)


@FUZZ
@given(kind=text)
def test_the_update_form_survives_any_preselected_kind(owner, scene, kind):
    response = send(owner, "get", f"/applications/{scene.target.pk}/updates/new/", {"kind": kind})
    assert response.status_code == HTTPStatus.OK


@FUZZ
@given(
    template=st.sampled_from(
        [
            "/applications/{}/",
            "/applications/{}/edit/",
            "/applications/{}/delete/",
            "/rounds/{}/edit/",
            "/rounds/{}/calendar.ics",
            "/updates/{}/delete/",
            "/applications/{}/drafts/withdrawal/",
        ]
    ),
    pk=st.one_of(st.just(0), st.integers(10**6, 2**80)),
)
def test_record_pages_for_ids_that_do_not_exist_are_404(owner, scene, template, pk):
    assert send(owner, "get", template.format(pk)).status_code == HTTPStatus.NOT_FOUND


@FUZZ
@given(token=st.one_of(text, st.just("\x00"), st.text(alphabet="abcdefABCDEF0123456789-_")))
def test_a_calendar_feed_with_a_wrong_token_is_404(scene, token):
    response = send(Client(), "get", f"/feeds/{quote(token, safe='')}.ics")
    assert response.status_code == HTTPStatus.NOT_FOUND
