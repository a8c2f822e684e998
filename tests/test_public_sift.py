"""A public body's "moving forward" before any round or invitation is its sift (a USAJOBS
"Referred", a civil service eligibility check): the application stays applied until an
interview or an invitation comes. Elsewhere it is a screening passed: Screening, as the
advice says ("not an interview yet"), until a round or an invitation comes."""

from __future__ import annotations

from datetime import date

import pytest

from interviews.models import Application, RoundKind, Stage, UpdateKind
from tests.factories import ApplicationFactory
from tests.guidance.support import held, news

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("public_sector", "stage"), [(True, Stage.APPLIED), (False, Stage.SCREENING)]
)
def test_moving_forward_before_any_round(public_sector, stage):
    app = ApplicationFactory(applied_on=date(2026, 10, 5), public_sector=public_sector)
    news(app, UpdateKind.ACKNOWLEDGED, date(2026, 10, 6))
    news(app, UpdateKind.MOVING_FORWARD, date(2026, 11, 2))
    assert Application.objects.get(pk=app.pk).stage == stage


def test_a_public_bodys_moving_forward_after_an_interview_is_a_round_won():
    app = ApplicationFactory(applied_on=date(2026, 10, 5), public_sector=True)
    held(app, RoundKind.PANEL, date(2026, 10, 27))
    news(app, UpdateKind.MOVING_FORWARD, date(2026, 11, 2))
    assert Application.objects.get(pk=app.pk).stage == Stage.INTERVIEWING


def test_an_invitation_after_the_sift_moves_it_on():
    app = ApplicationFactory(applied_on=date(2026, 10, 5), public_sector=True)
    news(app, UpdateKind.MOVING_FORWARD, date(2026, 11, 2))
    news(app, UpdateKind.INVITED, date(2026, 11, 9))
    assert Application.objects.get(pk=app.pk).stage == Stage.INTERVIEWING
