"""Offers: they stay offers through later meetings and reference checks, their answer-by
date leads, negotiating, and an offer rescinded."""

from __future__ import annotations

import pytest

from interviews.models import Outcome, RoundKind, Stage, UpdateKind
from tests.factories import ApplicationFactory
from tests.guidance.support import (
    TODAY,
    advice_for,
    all_text,
    booked,
    dec,
    has_step,
    held,
    living_in,
    news,
    nov,
    scenario,
    step_with,
)

pytestmark = pytest.mark.django_db


def test_only_the_employed_are_told_not_to_resign_on_a_verbal_offer():
    app = ApplicationFactory()
    living_in(app, employed=True)
    held(app)
    news(app, UpdateKind.OFFER_VERBAL, nov(25))
    assert "Do not resign yet." in advice_for(app).not_meaning


def test_a_verbal_offer_is_not_a_job_until_it_is_written():
    advice = scenario("offer_verbal")
    assert advice.stage == Stage.OFFER
    assert advice.guide_slug == "verbal_offer"
    assert "not a job until you hold it in writing" in advice.not_meaning
    assert "Do not resign yet" not in advice.not_meaning  # no job to resign from
    assert (
        step_with(advice, "when the written offer will arrive").due == TODAY
    )  # an open-ended step from an earlier day is due today: only deadlines are overdue
    assert has_step(advice, "Ask whether the offer depends on conditions")
    assert advice.awaiting_reply is True
    assert advice.waiting_since == nov(25)


# --- Offers stay offers ----------------------------------------------------------------------


def test_a_sell_lunch_after_a_verbal_offer_keeps_the_offer():
    app = ApplicationFactory()
    held(app, RoundKind.FINAL, nov(16))
    news(app, UpdateKind.OFFER_VERBAL, nov(20))
    held(app, RoundKind.LUNCH, nov(25))
    advice = advice_for(app)
    assert advice.stage == Stage.OFFER
    assert advice.situation == "offer_verbal"
    assert "Being interviewed is interest, not an offer" not in all_text(advice)


def test_meeting_the_team_after_an_offer_is_read_in_the_offers_light():
    app = ApplicationFactory()
    held(app, RoundKind.FINAL, nov(16))
    news(app, UpdateKind.OFFER_VERBAL, nov(24))
    booked(app, RoundKind.LUNCH, dec(2))
    advice = advice_for(app)
    assert advice.stage == Stage.OFFER
    assert advice.headline == "Verbal offer, and a lunch interview on Wed 2 Dec"
    assert "meet the team and ask your own questions" in advice.meaning
    assert step_with(advice, "Get ready for the lunch interview").due == dec(1)


def test_references_after_a_verbal_offer_keep_the_offer_and_say_what_to_do():
    app = ApplicationFactory()
    held(app, RoundKind.FINAL, nov(16))
    news(app, UpdateKind.OFFER_VERBAL, nov(20))
    news(app, UpdateKind.REFERENCES_REQUESTED, nov(24))
    advice = advice_for(app)
    assert advice.stage == Stage.OFFER
    assert advice.headline == "Verbal offer, references being checked"
    assert (
        step_with(advice, "Brief your references").due == TODAY
    )  # an open-ended step from an earlier day is due today: only deadlines are overdue
    assert has_step(advice, "ask when the written offer will arrive")


def test_references_after_an_onsite_are_a_finalist_signal_not_an_offer():
    advice = scenario("references_finalist")
    assert advice.guide_slug == "references"
    assert "one of a few finalists" in advice.meaning
    assert "strong sign but not an offer" in advice.not_meaning
    assert (
        step_with(advice, "Brief your references").due == TODAY
    )  # an open-ended step from an earlier day is due today: only deadlines are overdue
    assert advice.window == (1, 5)
    # Asked Fri 20 Nov, the references can be with them on Mon 23 Nov: five days from then.
    assert advice.reply_expected_by == nov(30)


def test_references_before_any_interview_are_a_formality():
    advice = scenario("references_formality")
    assert advice.guide_slug == "references"
    assert advice.headline == "References requested early: a formality"
    assert "finalist" not in advice.meaning
    assert advice.window == (5, 15)  # still the pace of an application
    assert advice.follow_up_on == dec(4)


@pytest.mark.parametrize("kind", [RoundKind.PHONE_SCREEN, RoundKind.PHONE])
def test_references_after_a_phone_only_process_are_not_a_finalist_signal(kind):
    app = ApplicationFactory()
    held(app, kind, nov(16))
    news(app, UpdateKind.REFERENCES_REQUESTED, nov(20))
    advice = advice_for(app)
    assert advice.situation == "references_formality"
    assert "finalist" not in all_text(advice)


# --- Answer-by dates -----------------------------------------------------------------------


def test_a_written_offer_with_a_deadline_leads_with_it():
    app = ApplicationFactory()
    held(ApplicationFactory(owner=app.owner), RoundKind.VIDEO, nov(20))  # another process
    held(app, RoundKind.ONSITE, nov(16), thank_you_sent_on=nov(16))
    news(app, UpdateKind.OFFER_WRITTEN, nov(25), respond_by=dec(2))
    advice = advice_for(app)
    assert advice.guide_slug == "written_offer"
    assert advice.headline == "Written offer: your decision now — answer by Wed 2 Dec (in 5 days)"
    assert advice.deadline == dec(2)
    assert advice.timing_line == "Answer by Wed 2 Dec (in 5 days)"
    assert advice.awaiting_reply is False
    assert [(step.text.split(",")[0].split(":")[0], step.due) for step in advice.next_steps] == [
        ("Reply within a day", TODAY),
        ("Tell the other companies you are talking to that you have an offer", TODAY),
        ("Give your answer by Wed 2 Dec (in 5 days).", dec(2)),
        ("Ask whether the offer depends on conditions (references", None),
        ("If you negotiate", None),
    ]
    assert "one counter with a specific number" in advice.next_steps[-1].text
    assert advice.timing == "They want your answer by Wed 2 Dec (in 5 days)."


def test_the_other_companies_are_told_of_an_offer_only_when_there_are_some():
    app = ApplicationFactory()
    held(app, RoundKind.ONSITE, nov(16))
    news(app, UpdateKind.OFFER_WRITTEN, nov(25), respond_by=dec(2))
    assert not has_step(advice_for(app), "Tell the other companies")
    other = ApplicationFactory(owner=app.owner)
    held(other, RoundKind.VIDEO, nov(20))
    assert has_step(advice_for(app), "Tell the other companies")


def test_a_written_offer_without_a_deadline_still_gets_a_reply_within_a_day():
    advice = scenario("offer_written")
    assert not has_step(advice, "Give your answer by")
    assert (
        step_with(advice, "ask for a few days to decide").due == TODAY
    )  # an open-ended step from an earlier day is due today: only deadlines are overdue
    assert "within a day to a week" in advice.timing
    assert advice.deadline is None


@pytest.mark.parametrize("kind", [UpdateKind.OFFER_VERBAL, UpdateKind.OFFER_WRITTEN])
def test_a_passed_answer_by_date_says_call_them_today(kind):
    app = ApplicationFactory()
    news(app, kind, nov(20), respond_by=nov(26))
    advice = advice_for(app)
    assert advice.headline == "Your answer was due Thu 26 Nov: call them today"
    assert [(step.text.split(":")[0], step.due) for step in advice.next_steps] == [
        ("Call Dana Reyes today", TODAY)
    ]
    assert "you do not have to answer on the spot" not in all_text(advice).lower()
    assert advice.timing_line == "Answer was due Thu 26 Nov"


def test_a_verbal_offer_with_a_deadline_shows_it_and_nothing_falls_after_it():
    app = ApplicationFactory()
    news(app, UpdateKind.OFFER_VERBAL, nov(23), respond_by=nov(30))
    advice = advice_for(app)
    assert "answer by Mon 30 Nov (in 3 days)" in advice.headline
    # Due since Tue 24 Nov, so due today: asking is open-ended, not a deadline.
    assert step_with(advice, "Ask for the offer in writing before you answer").due == TODAY
    # The nudge for the written offer would fall on 30 Nov: it moves to the day before.
    assert advice.follow_up_on == TODAY
    assert all(step.due is None or step.due < nov(30) for step in advice.next_steps)
    assert "They want your answer by Mon 30 Nov (in 3 days)." in advice.timing


def test_the_written_offer_wins_over_the_earlier_verbal_one():
    app = ApplicationFactory()
    news(app, UpdateKind.OFFER_VERBAL, nov(20))
    news(app, UpdateKind.OFFER_WRITTEN, nov(24))
    assert advice_for(app).situation == "offer_written"


# --- Negotiating ---------------------------------------------------------------------------


def test_a_counter_offer_waits_on_their_answer_and_keeps_the_deadline():
    app = ApplicationFactory()
    news(app, UpdateKind.OFFER_WRITTEN, nov(20), respond_by=dec(4))
    news(app, UpdateKind.COUNTER_OFFER, nov(24))
    advice = advice_for(app)
    assert advice.stage == Stage.OFFER
    assert advice.situation == "negotiating"
    assert advice.guide_slug == "negotiation"
    assert advice.waiting_since == nov(24)
    assert advice.follow_up_on == TODAY
    assert advice.deadline == dec(4)
    assert has_step(advice, "ask for the updated offer in writing")
    assert "rarely costs" not in all_text(advice)


def test_the_current_employers_counter_offer_is_coached_only_for_the_employed():
    assert not has_step(scenario("offer_written"), "counter-offer")
    app = ApplicationFactory()
    living_in(app, employed=True)
    news(app, UpdateKind.OFFER_WRITTEN, nov(25))
    assert has_step(advice_for(app), "your current employer may make a counter-offer")


# --- Rescinded ------------------------------------------------------------------------------


def test_a_rescinded_offer_is_never_read_as_not_selected():
    advice = scenario("closed_rescinded")
    assert advice.stage == Stage.RESCINDED
    assert advice.headline == "Offer rescinded: get the reason in writing"
    text = all_text(advice)
    assert "future roles" not in text
    assert "not selected" not in text.lower()
    assert (
        step_with(advice, "reason in writing").due == TODAY
    )  # an open-ended step from an earlier day is due today: only deadlines are overdue
    assert has_step(advice, "If you have not resigned yet, do not")
    assert has_step(advice, "tell them you are available again")


def test_an_accepted_offer_then_rescinded_says_to_act_today():
    app = ApplicationFactory()
    news(app, UpdateKind.OFFER_WRITTEN, nov(10))
    news(app, UpdateKind.ACCEPTED, nov(12))
    news(app, UpdateKind.OFFER_RESCINDED, nov(25))
    advice = advice_for(app)
    assert advice.stage == Stage.RESCINDED
    assert advice.headline == "Offer rescinded after you accepted: act today"
    assert has_step(advice, "employment lawyer")


@pytest.mark.parametrize(("country", "told"), [("US", True), ("GB", False), ("", False)])
def test_background_check_rights_are_named_where_they_apply(country, told):
    app = ApplicationFactory()
    living_in(app, country=country)
    news(app, UpdateKind.OFFER_WRITTEN, nov(16))
    news(app, UpdateKind.OFFER_RESCINDED, nov(25))
    assert has_step(advice_for(app), "a copy of the report") is told


def test_a_round_they_did_not_pass_after_an_offer_still_closes_it():
    app = ApplicationFactory()
    news(app, UpdateKind.OFFER_VERBAL, nov(16))
    held(app, RoundKind.PANEL, nov(20), outcome=Outcome.NOT_SELECTED)
    assert advice_for(app).stage == Stage.REJECTED
