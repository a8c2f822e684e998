"""The history, not only the last event: interviewers on a visit with no thank-you
recorded are still owed one, and marking the draft sent records it for each of them.
TODAY is Fri 27 Nov 2026; Thu 26 Nov is Thanksgiving only for people in the US."""

from __future__ import annotations

import pytest

from interviews import services
from interviews.drafts import THANK_YOU
from interviews.models import Application, RoundKind
from tests.factories import ApplicationFactory
from tests.guidance.support import advice_for, held, nov, step_with

pytestmark = pytest.mark.django_db


def _loop(app, thanked_first: bool):
    held(
        app,
        RoundKind.HIRING_MANAGER,
        nov(23),
        hour=9,
        interviewers="Ana Ruiz",
        thank_you_sent_on=nov(23) if thanked_first else None,
    )
    held(app, RoundKind.PANEL, nov(23), hour=10, interviewers="Bo Chen, Cy Park")
    held(app, RoundKind.TECHNICAL, nov(23), hour=13, interviewers="Di Ng")


def test_a_loop_thanked_in_part_owes_the_others_their_thanks():
    app = ApplicationFactory()
    _loop(app, thanked_first=True)
    advice = advice_for(app, nov(24))
    assert advice.thank_you is not None
    assert advice.thank_you.names == ("Bo Chen", "Cy Park", "Di Ng")
    assert advice.thank_you.due == nov(24)  # the loop ended in the afternoon: the next day
    step = step_with(advice, "thank-you")
    assert "Ana Ruiz" not in step.text and "Di Ng" in step.text


def test_marking_the_draft_sent_thanks_everyone_it_named():
    app = ApplicationFactory()
    _loop(app, thanked_first=False)
    advice = advice_for(app, nov(24))
    assert advice.thank_you is not None and len(advice.thank_you.rounds) == 3
    services.draft_mark_sent(application=app, advice=advice, kind=THANK_YOU, on=nov(24))
    assert advice_for(Application.objects.get(pk=app.pk), nov(24)).thank_you is None
