"""Every situation the rules know: complete advice, one per stage and per kind of update."""

from __future__ import annotations

import dataclasses
import json

import pytest

from interviews.guidance import GUIDE, Person, Step, advise
from interviews.guidance.situations import Situation
from interviews.models import Application, RoundKind, Stage, UpdateKind
from interviews.profiles import profile_of
from interviews.services import stage_refresh
from tests.factories import ApplicationFactory
from tests.guidance.support import (
    SCENARIOS,
    TODAY,
    _applied_recently,
    _saved,
    advice_for,
    all_text,
    booked,
    held,
    news,
    nov,
    scenario,
)

pytestmark = pytest.mark.django_db

GUIDE_SLUGS = {entry.slug for entry in GUIDE}


def test_the_scenarios_cover_every_situation():
    assert set(SCENARIOS) == set(Situation)


@pytest.mark.parametrize("name", SCENARIOS)
def test_each_scenario_lands_in_its_situation(name):
    assert scenario(name).situation == name


@pytest.mark.parametrize("name", SCENARIOS)
def test_every_advice_is_complete_and_ends_in_something_to_do(name):
    advice = scenario(name)
    assert advice.guide_slug in GUIDE_SLUGS
    assert advice.headline and advice.meaning and advice.not_meaning
    assert advice.next_steps
    assert all(isinstance(step, Step) and step.text for step in advice.next_steps)
    # Every template field was filled in.
    assert "{" not in all_text(advice) + advice.timing_line
    assert "}" not in all_text(advice) + advice.timing_line


@pytest.mark.parametrize("name", SCENARIOS)
def test_the_plain_form_is_json_and_holds_no_records(name):
    plain = scenario(name).as_dict()
    assert json.loads(json.dumps(plain)) == plain
    assert plain["situation"] == name
    assert plain["next_steps"][0]["text"]


STAGE_CASES = {
    Stage.SAVED: ("saved", "saved", False),
    Stage.APPLIED: ("applied_waiting", "applied", True),
    Stage.SCREENING: ("after_round_waiting", "phone_screen", True),
    Stage.INTERVIEWING: ("after_round_waiting", "video", True),
    Stage.OFFER: ("offer_written", "written_offer", False),
    Stage.ACCEPTED: ("closed_accepted", "accepted", False),
    Stage.DECLINED: ("closed_declined", "declined", False),
    Stage.REJECTED: ("closed_rejected", "rejected", False),
    Stage.WITHDRAWN: ("closed_withdrawn", "withdrawn", False),
    Stage.RESCINDED: ("closed_rescinded", "rescinded", False),
}
STAGE_BUILDERS = {
    Stage.SAVED: _saved,
    Stage.APPLIED: _applied_recently,
    Stage.SCREENING: lambda app: held(app, RoundKind.PHONE_SCREEN, nov(24)),
    Stage.INTERVIEWING: lambda app: held(app, RoundKind.VIDEO, nov(24)),
    Stage.OFFER: SCENARIOS["offer_written"],
    Stage.ACCEPTED: SCENARIOS["closed_accepted"],
    Stage.DECLINED: SCENARIOS["closed_declined"],
    Stage.REJECTED: SCENARIOS["closed_rejected"],
    Stage.WITHDRAWN: SCENARIOS["closed_withdrawn"],
    Stage.RESCINDED: SCENARIOS["closed_rescinded"],
}


def test_the_stage_table_covers_every_stage():
    assert set(STAGE_CASES) == set(Stage) == set(STAGE_BUILDERS)


@pytest.mark.parametrize("stage", list(Stage))
def test_every_stage_gets_its_advice(stage):
    app = ApplicationFactory()
    STAGE_BUILDERS[stage](app)
    advice = advice_for(app)
    situation, slug, awaiting = STAGE_CASES[stage]
    assert advice.stage == stage
    assert (advice.situation, advice.guide_slug, advice.awaiting_reply) == (
        situation,
        slug,
        awaiting,
    )
    assert advice.next_steps


UPDATE_READINGS = {
    UpdateKind.ACKNOWLEDGED: ("acknowledged_waiting", "usually an automatic reply"),
    UpdateKind.INVITED: ("invited", "wants to talk to you"),
    # With no interview yet: a screening passed, not a round won.
    UpdateKind.MOVING_FORWARD: ("moving_forward", "passed the first screening"),
    UpdateKind.ON_HOLD: ("on_hold", "has paused the process"),
    UpdateKind.REFERENCES_REQUESTED: ("references_formality", "paperwork"),
    UpdateKind.OFFER_VERBAL: ("offer_verbal", "told you they want to hire you"),
    UpdateKind.OFFER_WRITTEN: ("offer_written", "You have a written offer"),
    # A week after applying, before any interview: most likely an automatic screen-out.
    UpdateKind.REJECTED: ("closed_rejected", "said no within days of your application"),
    UpdateKind.OFFER_RESCINDED: ("closed_rescinded", "has withdrawn the offer"),
    UpdateKind.RESCHEDULED: ("rescheduled", "moved your interview"),
    UpdateKind.REPLIED: ("still_deciding", "have not decided yet"),
    UpdateKind.BACKGROUND_CHECK: ("background_check", "started a background check"),
    UpdateKind.ADVERSE_ACTION_NOTICE: ("adverse_action", "may lead them to withdraw"),
    UpdateKind.FOLLOW_UP_SENT: ("applied_waiting", "Your application for the"),
    UpdateKind.COUNTER_OFFER: ("negotiating", "with a counter"),
    UpdateKind.WITHDREW: ("closed_withdrawn", "You withdrew"),
    UpdateKind.ACCEPTED: ("closed_accepted", "You said yes"),
    UpdateKind.DECLINED: ("closed_declined", "You turned down the offer"),
}


def test_the_update_table_covers_every_kind():
    assert set(UPDATE_READINGS) == set(UpdateKind)


@pytest.mark.parametrize("kind", list(UpdateKind))
def test_each_kind_of_update_gets_its_reading(kind):
    app = ApplicationFactory(applied_on=nov(16))
    news(app, kind, nov(23))
    advice = advice_for(app)
    situation, words = UPDATE_READINGS[kind]
    assert advice.situation == situation
    assert words in advice.meaning


def test_moving_forward_after_an_interview_reads_as_a_round_won():
    app = ApplicationFactory(applied_on=nov(2))
    held(app, RoundKind.PHONE, nov(16))
    news(app, UpdateKind.MOVING_FORWARD, nov(23))
    advice = advice_for(app)
    assert advice.situation == "moving_forward"
    assert "wants to keep going with you" in advice.meaning


def test_advice_and_steps_are_frozen():
    advice = scenario("applied_waiting")
    with pytest.raises(dataclasses.FrozenInstanceError):
        advice.headline = "changed"
    with pytest.raises(dataclasses.FrozenInstanceError):
        advice.next_steps[0].text = "changed"


def test_advise_makes_no_queries_on_a_prefetched_application(django_assert_num_queries):
    app = ApplicationFactory()
    held(app, RoundKind.PHONE, nov(16), interviewers="Sam Lee")
    booked(app, RoundKind.ONSITE)
    news(app, UpdateKind.MOVING_FORWARD, nov(18))
    news(app, UpdateKind.FOLLOW_UP_SENT, nov(19))
    stage_refresh(app)
    fetched = Application.objects.with_records().get(pk=app.pk)
    person = Person.of(profile_of(app.owner))  # pages hold it already (request.person)
    with django_assert_num_queries(0):
        advice = advise(fetched, today=TODAY, person=person)
    assert advice.situation == "round_upcoming"


def test_last_activity_next_round_and_last_round():
    app = ApplicationFactory(applied_on=nov(2))
    first = held(app, RoundKind.PHONE, nov(9))
    news(app, UpdateKind.INVITED, nov(12))
    upcoming = booked(app, RoundKind.ONSITE)
    advice = advice_for(app)
    assert advice.last_round == first
    assert advice.next_round == upcoming
    assert advice.last_activity_on == nov(12)
