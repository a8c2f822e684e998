"""Bad input to the drafts: marking one as sent, and asking for one that does not exist."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus
from urllib.parse import quote

import pytest
from django.utils import timezone
from hypothesis import assume, given
from hypothesis import strategies as st

from interviews.drafts import TITLES
from tests.factories import ApplicationFactory, InterviewRoundFactory
from tests.support.bad_input import post_and_check, send
from tests.support.fuzz import (
    FUZZ,
    TODAY,
    date_text,
    past_day,
    pk_choice,
    resolve_pk,
    text,
)

pytestmark = pytest.mark.django_db

# The real kinds, often enough to be accepted, and kinds that are not.
DRAFT_KINDS = ["withdrawal", "thank_you", "follow_up", "timeline", "", "nope", "withdrawal\x00"]


@FUZZ
@given(
    kind=st.sampled_from(DRAFT_KINDS),
    on=st.one_of(past_day, date_text),
    who=pk_choice,
)
def test_marking_a_draft_sent_survives_any_input(owner, scene, kind, on, who):
    # A fresh application each time: once a withdrawal is marked sent, it offers no drafts.
    application = ApplicationFactory(owner=scene.owner, applied_on=TODAY - dt.timedelta(days=20))
    interview = InterviewRoundFactory(
        application=application, scheduled_at=timezone.now() - dt.timedelta(days=1)
    )
    pk = resolve_pk(who, application.pk, scene.elsewhere.pk)
    path = f"/applications/{pk}/drafts/{quote(kind, safe='')}/sent/"
    rows = {("Application", application.pk), ("InterviewRound", interview.pk)}
    post_and_check(
        owner,
        scene,
        path,
        {"on": on},
        may_change=rows,
        owned=pk == application.pk,
        application=application,
    )


@FUZZ
@given(kind=text)
def test_a_draft_of_any_other_kind_is_404(owner, scene, kind):
    assume(kind not in TITLES)  # a real draft kind is a page, not a 404
    path = f"/applications/{scene.target.pk}/drafts/{quote(kind, safe='')}/"
    assert send(owner, "get", path).status_code == HTTPStatus.NOT_FOUND
