"""The board's column and the page's advice read one stage (issue #22, trial 3 finding 3:
imported "interviewing" and "phone screen" rows sat in Interviewing while their pages
said "Moving forward: past the first screening… It is not an interview yet")."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from interviews.guidance import advise
from interviews.models import Application, Stage, UpdateKind
from tests.factories import ApplicationFactory
from tests.guidance.support import news
from tests.support.imports import import_guessed

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 12, 7, 15, 0, tzinfo=dt.UTC)
TODAY = NOW.date()
NOT_YET = "It is not an interview yet"


@pytest.fixture(autouse=True)
def fixed_clock():
    with time_machine.travel(NOW, tick=False):
        yield


def said(advice) -> str:
    return f"{advice.headline} {advice.meaning} {advice.not_meaning}"


def test_a_trial_list_in_its_own_words_lands_where_its_advice_says(owner_client, user):
    import_guessed(owner_client, "trial_us_own_words.csv")
    apps = {app.company: app for app in Application.objects.for_user(user).with_records()}

    assert apps["Apple"].stage == Stage.SCREENING  # "phone screen"
    assert apps["Dell"].stage == Stage.INTERVIEWING  # "interviewing"
    for company in ("Apple", "Dell"):
        advice = advise(apps[company], today=TODAY)
        assert advice.stage == apps[company].stage
        assert NOT_YET not in said(advice)
        assert "date is not recorded" in advice.headline  # an interview held, undated


def test_moving_forward_before_any_round_is_screening_as_its_advice_says():
    app = ApplicationFactory(applied_on=dt.date(2026, 11, 2))
    news(app, UpdateKind.MOVING_FORWARD, dt.date(2026, 11, 20))
    app = Application.objects.with_records().get(pk=app.pk)

    advice = advise(app, today=TODAY)
    assert app.stage == advice.stage == Stage.SCREENING
    assert NOT_YET in said(advice)
