"""The advice engine: where an application stands, what it means, and what to do next.

Every date is fixed. TODAY is Friday 27 November 2026; in that month the Mondays are the
2nd, 9th, 16th, 23rd and 30th, and Tuesday 1 December follows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from datetime import date

import pytest
from django.utils import timezone

from interviews.guidance import GUIDE, Advice, Step, advise, guide_entry
from interviews.models import Application, Outcome, RoundKind, Stage, UpdateKind
from interviews.services import stage_refresh
from tests.factories import ApplicationFactory, InterviewRoundFactory, StatusUpdateFactory

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 27)  # a Friday
SPECIAL_SLUGS = {
    "second_interview",
    "final_round",
    "references",
    "verbal_offer",
    "written_offer",
    "on_hold",
    "gone_quiet",
}
GUIDE_SLUGS = {entry.slug for entry in GUIDE}


def nov(day: int) -> date:
    return date(2026, 11, day)


def dec(day: int) -> date:
    return date(2026, 12, day)


MON_16_NOV = nov(16)
TUE_1_DEC = dec(1)


def held(app, kind=RoundKind.VIDEO, on=MON_16_NOV, **fields):
    """A round that took place (or, with outcome=SCHEDULED and a later date, is booked)."""
    fields.setdefault("outcome", Outcome.DONE)
    when = timezone.make_aware(dt.datetime(on.year, on.month, on.day, 10))
    return InterviewRoundFactory(application=app, kind=kind, scheduled_at=when, **fields)


def booked(app, kind=RoundKind.VIDEO, on=TUE_1_DEC, **fields):
    fields.setdefault("outcome", Outcome.SCHEDULED)
    return held(app, kind, on, **fields)


def news(app, kind, on, **fields):
    return StatusUpdateFactory(application=app, kind=kind, on=on, **fields)


def advice_for(app, today: date = TODAY) -> Advice:
    """Advice as a page gets it: stage refreshed, application fetched with its records."""
    stage_refresh(app)
    return advise(Application.objects.with_records().get(pk=app.pk), today=today)


def all_text(advice: Advice) -> str:
    parts = [advice.headline, advice.meaning, advice.not_meaning, advice.timing]
    return " ".join(parts + [step.text for step in advice.next_steps])


def step_with(advice: Advice, words: str) -> Step:
    matches = [step for step in advice.next_steps if words in step.text]
    assert matches, f"no step with {words!r} in {[s.text for s in advice.next_steps]}"
    return matches[0]


def has_step(advice: Advice, words: str) -> bool:
    return any(words in step.text for step in advice.next_steps)


# One application per situation the rules know, each built from records as a person would
# log them. Used to check properties that must hold everywhere.
def _saved(app):
    app.applied_on = None
    app.save()


def _applied_recently(app):
    app.applied_on = nov(24)
    app.save()


SCENARIOS = {
    "saved": _saved,
    "applied_waiting": lambda app: None,
    "acknowledged_waiting": lambda app: news(app, UpdateKind.ACKNOWLEDGED, nov(3)),
    "round_upcoming": lambda app: booked(app),
    "after_round_waiting": lambda app: held(app, on=nov(24)),
    "invited": lambda app: news(app, UpdateKind.INVITED, nov(25)),
    "moving_forward": lambda app: (held(app), news(app, UpdateKind.MOVING_FORWARD, nov(20))),
    "on_hold": lambda app: (held(app), news(app, UpdateKind.ON_HOLD, nov(20))),
    "references_finalist": lambda app: (
        held(app, RoundKind.ONSITE),
        news(app, UpdateKind.REFERENCES_REQUESTED, nov(20)),
    ),
    "references_formality": lambda app: news(app, UpdateKind.REFERENCES_REQUESTED, nov(20)),
    "offer_verbal": lambda app: (held(app), news(app, UpdateKind.OFFER_VERBAL, nov(25))),
    "offer_written": lambda app: (held(app), news(app, UpdateKind.OFFER_WRITTEN, nov(25))),
    "gone_quiet": lambda app: (
        held(app, on=nov(2)),
        news(app, UpdateKind.FOLLOW_UP_SENT, nov(16)),
        news(app, UpdateKind.FOLLOW_UP_SENT, nov(23)),
    ),
    "closed_accepted": lambda app: (
        news(app, UpdateKind.OFFER_WRITTEN, nov(20)),
        news(app, UpdateKind.ACCEPTED, nov(24)),
    ),
    "closed_declined": lambda app: (
        news(app, UpdateKind.OFFER_WRITTEN, nov(20)),
        news(app, UpdateKind.DECLINED, nov(24)),
    ),
    "closed_rejected": lambda app: (held(app), news(app, UpdateKind.REJECTED, nov(20))),
    "closed_withdrawn": lambda app: news(app, UpdateKind.WITHDREW, nov(20)),
}


def scenario(name: str) -> Advice:
    app = ApplicationFactory()
    SCENARIOS[name](app)
    return advice_for(app)


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
    assert "{" not in all_text(advice)
    assert "}" not in all_text(advice)


# --- Every stage -------------------------------------------------------------------------

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


def test_saved_application_is_advised_to_apply():
    advice = scenario("saved")
    assert advice.awaiting_reply is False
    assert advice.waiting_since is None and advice.follow_up_on is None
    assert advice.waiting_state == ""
    assert advice.next_steps[0].text.startswith("Apply for the Software Engineer role at")


# --- Upcoming rounds: preparation by kind and number --------------------------------------

PREP_WORDS = {
    RoundKind.PHONE_SCREEN: "salary expectations",
    RoundKind.PHONE: "quiet spot",
    RoundKind.VIDEO: "camera",
    RoundKind.ONSITE: "arrive ten minutes early",
    RoundKind.TECHNICAL: "think aloud",
    RoundKind.TAKE_HOME: "time budget",
    RoundKind.PANEL: "who is on the panel",
    RoundKind.GROUP: "build on what others say",
    RoundKind.LUNCH: "easy to eat",
    RoundKind.HIRING_MANAGER: "how success is measured",
    RoundKind.FINAL: "finalist",
    RoundKind.OTHER: "what format to expect",
}


def test_the_prep_table_covers_every_round_kind():
    assert set(PREP_WORDS) == set(RoundKind)


@pytest.mark.parametrize("kind", list(RoundKind))
def test_an_upcoming_round_gets_preparation_for_its_kind(kind):
    app = ApplicationFactory()
    upcoming = booked(app, kind, dec(1))
    advice = advice_for(app)
    assert advice.situation == "round_upcoming"
    assert advice.next_round == upcoming
    assert advice.awaiting_reply is False
    assert advice.follow_up_on is None and advice.reply_expected_by is None
    prep = step_with(advice, "Get ready for the")
    assert PREP_WORDS[kind] in prep.text
    assert prep.due == dec(1)
    assert "Tue 1 Dec" in advice.headline + advice.timing
    expected_slug = {RoundKind.FINAL: "final_round"}.get(kind, kind.value)
    assert advice.guide_slug == expected_slug


def test_a_first_interview_says_to_ask_about_next_steps():
    app = ApplicationFactory()
    booked(app, RoundKind.VIDEO, dec(1))
    advice = advice_for(app)
    assert advice.interview_number == 1
    assert advice.headline == "Your first interview: video interview on Tue 1 Dec"
    assert step_with(advice, "ask what the next steps are").due == dec(1)


def test_a_third_interview_is_counted_and_named():
    app = ApplicationFactory()
    held(app, RoundKind.PHONE_SCREEN, nov(9))
    held(app, RoundKind.VIDEO, nov(16))
    booked(app, RoundKind.HIRING_MANAGER, dec(1))
    advice = advice_for(app)
    assert advice.interview_number == 3
    assert advice.headline.startswith("Your third interview")
    assert "By a third interview, few candidates are left." in advice.meaning
    assert has_step(advice, "keep your answers consistent")


def test_a_final_round_says_finalist_and_still_not_an_offer():
    app = ApplicationFactory()
    held(app, RoundKind.PHONE_SCREEN, nov(9))
    held(app, RoundKind.VIDEO, nov(16))
    booked(app, RoundKind.FINAL, dec(1))
    advice = advice_for(app)
    assert advice.guide_slug == "final_round"
    assert "finalists" in advice.headline
    assert advice.not_meaning.startswith("Still not an offer")


def test_a_take_home_is_not_an_interview_and_shows_its_due_date():
    app = ApplicationFactory()
    booked(app, RoundKind.TAKE_HOME, dec(1))
    advice = advice_for(app)
    assert advice.interview_number == 0
    assert advice.headline == "Take-home assignment due Tue 1 Dec"
    assert advice.timing.startswith("It is due Tue 1 Dec")


def test_a_round_later_today_is_upcoming_and_one_done_today_is_past():
    app = ApplicationFactory()
    today_round = booked(app, RoundKind.VIDEO, TODAY)
    advice = advice_for(app)
    assert (advice.situation, advice.next_round, advice.last_round) == (
        "round_upcoming",
        today_round,
        None,
    )
    today_round.outcome = Outcome.DONE
    today_round.save()
    advice = advice_for(app)
    assert (advice.situation, advice.next_round, advice.last_round) == (
        "after_round_waiting",
        None,
        today_round,
    )


# --- The seed article's second interviews --------------------------------------------------


def _phone_then_onsite(app):
    held(app, RoundKind.PHONE, nov(16))
    booked(app, RoundKind.ONSITE, dec(1))


def _screen_then_onsite_done(app):
    held(app, RoundKind.PHONE_SCREEN, nov(16))
    held(app, RoundKind.ONSITE, nov(24))


def _lunch_then_team_interview(app):
    held(app, RoundKind.LUNCH, nov(16))
    booked(app, RoundKind.PANEL, dec(1), interviewers="Ana Ruiz, Lee Park, Sam Lee")


def _group_then_asked_back(app):
    held(app, RoundKind.GROUP, nov(16))
    booked(app, RoundKind.ONSITE, dec(1))


def _group_then_invited(app):
    held(app, RoundKind.GROUP, nov(16))
    news(app, UpdateKind.INVITED, nov(20))


SEED_CASES = {
    "phone then onsite": (
        _phone_then_onsite,
        "Coming after your phone interview, the onsite interview counts as your second "
        "interview, even if nobody calls it that.",
    ),
    "phone screen then onsite, done": (
        _screen_then_onsite_done,
        "Coming after your phone screen, the onsite interview counts as your second interview",
    ),
    "lunch then a formal interview with the team": (
        _lunch_then_team_interview,
        "After a lunch meeting, a more formal interview with the team counts as your second "
        "interview",
    ),
    "group interview then asked to return": (
        _group_then_asked_back,
        "Being asked back after a group interview counts as your second interview",
    ),
    "group interview then an invitation": (
        _group_then_invited,
        "Being asked back after a group interview counts as your second interview",
    ),
}


def seed_advice(case: str) -> Advice:
    app = ApplicationFactory()
    SEED_CASES[case][0](app)
    return advice_for(app)


@pytest.mark.parametrize("case", SEED_CASES)
def test_the_seed_cases_count_as_a_second_interview(case):
    advice = seed_advice(case)
    assert advice.interview_number == 2
    assert advice.guide_slug == "second_interview"
    assert SEED_CASES[case][1] in advice.meaning
    assert "not an offer" in advice.headline


# The seed's claims, each asserted for each second interview: (field, words).
SEED_CLAIMS = {
    "always a positive step": ("meaning", "a further round is always progress"),
    "more questions are not a risk signal": (
        "not_meaning",
        "going deeper is simply how they run their process, not a hint that they think you "
        "are a risky hire",
    ),
    "no offer is guaranteed": ("not_meaning", "It is not an offer yet: no offer is guaranteed"),
    "status follows from HR or the hiring manager": (
        "meaning",
        "expect to hear from HR or the hiring manager about where you stand",
    ),
    "the status is moving forward": ("meaning", "either they want to continue with you"),
    "or going another route": ("meaning", "or they have chosen to go in a different direction"),
}


@pytest.mark.parametrize("claim", SEED_CLAIMS)
@pytest.mark.parametrize("case", SEED_CASES)
def test_second_interview_advice_states_each_seed_claim(case, claim):
    field_name, words = SEED_CLAIMS[claim]
    assert words in getattr(seed_advice(case), field_name)


def test_a_phone_screen_alone_is_not_a_second_interview():
    app = ApplicationFactory()
    held(app, RoundKind.PHONE_SCREEN, nov(24))
    advice = advice_for(app)
    assert advice.interview_number == 1
    assert "second interview" not in all_text(advice)


def test_interview_number_ignores_cancelled_rounds_and_take_homes():
    app = ApplicationFactory()
    held(app, RoundKind.PHONE, nov(9))
    held(app, RoundKind.TAKE_HOME, nov(11))
    held(app, RoundKind.VIDEO, nov(12), outcome=Outcome.CANCELLED)
    onsite = held(app, RoundKind.ONSITE, nov(24))
    advice = advice_for(app)
    assert advice.interview_number == 2
    assert advice.last_round == onsite
    assert advice.guide_slug == "second_interview"
    assert "Coming after your phone interview, the onsite interview" in advice.meaning


def test_a_cancelled_round_is_neither_next_nor_last():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(16))
    booked(app, RoundKind.ONSITE, dec(1), outcome=Outcome.CANCELLED)
    advice = advice_for(app)
    assert advice.next_round is None
    assert advice.situation == "after_round_waiting"
    assert advice.interview_number == 1


# --- Waiting after a round: business days, promises and follow-ups -------------------------


@pytest.mark.parametrize(
    ("round_on", "today", "follow_up_on", "expected_by", "days_waiting", "state"),
    [
        # Friday round: the weekend is not counted.
        (nov(20), nov(23), nov(27), dec(4), 1, "on_track"),
        (nov(19), nov(27), nov(26), dec(3), 6, "follow_up"),
        # A round on a Saturday counts like the Friday before it.
        (date(2026, 11, 21), nov(27), nov(27), dec(4), 5, "follow_up"),
        (nov(24), nov(27), dec(1), dec(8), 3, "on_track"),
    ],
)
def test_waiting_after_a_round_is_counted_in_business_days(
    round_on, today, follow_up_on, expected_by, days_waiting, state
):
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, round_on)
    advice = advice_for(app, today)
    assert advice.awaiting_reply is True
    assert advice.waiting_since == round_on
    assert advice.window == (5, 10)
    assert advice.follow_up_on == follow_up_on
    assert advice.reply_expected_by == expected_by
    assert advice.days_waiting == days_waiting
    assert advice.waiting_state == state
    assert step_with(advice, "short, friendly note").due == follow_up_on


def test_after_a_round_the_timing_explains_the_wait_and_the_likely_answers():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(19))
    advice = advice_for(app)
    assert advice.timing.startswith(
        "A reply within about 5 to 10 business days of Thu 19 Nov is normal here, "
        "so by about Thu 3 Dec. If it stays quiet, a short note on Thu 26 Nov is fair."
    )
    assert "A yes usually means another round, references or an offer" in advice.timing


def test_a_phone_screen_has_a_shorter_window():
    app = ApplicationFactory()
    held(app, RoundKind.PHONE_SCREEN, nov(24))
    advice = advice_for(app)
    assert advice.window == (2, 10)
    assert advice.follow_up_on == dec(1)
    assert "not a promise of a full interview" in advice.not_meaning


@pytest.mark.parametrize(
    ("promised", "follow_up_on", "state"),
    [
        (nov(20), nov(24), "follow_up"),  # Friday promise: follow up Tuesday
        (nov(26), nov(30), "overdue"),  # past the promise, not yet time to nudge
        (dec(1), dec(3), "on_track"),
    ],
)
def test_a_promised_date_sets_the_expected_reply(promised, follow_up_on, state):
    app = ApplicationFactory()
    held(app, RoundKind.ONSITE, nov(16), reply_promised_by=promised)
    advice = advice_for(app)
    assert advice.reply_expected_by == promised
    assert advice.follow_up_on == follow_up_on
    assert advice.waiting_state == state
    day = promised.strftime("%a ") + str(promised.day) + promised.strftime(" %b")
    assert f"They said they would get back to you by {day}." in advice.timing


def test_a_round_marked_advanced_waits_for_next_steps_by_the_promised_date():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(20), outcome=Outcome.ADVANCED, reply_promised_by=nov(25))
    advice = advice_for(app)
    assert advice.situation == "moving_forward"
    assert advice.reply_expected_by == nov(25)
    assert advice.follow_up_on == nov(27)
    assert advice.waiting_state == "follow_up"


def test_one_unanswered_follow_up_sets_the_second_about_a_week_later():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(2))
    news(app, UpdateKind.FOLLOW_UP_SENT, nov(16))
    advice = advice_for(app)
    assert advice.follow_ups_unanswered == 1
    assert advice.follow_up_on == nov(23)
    assert advice.quiet is False
    assert advice.waiting_state == "follow_up"
    assert step_with(advice, "one last brief note").due == nov(23)
    assert "You followed up on Mon 16 Nov" in advice.timing


def test_a_recent_follow_up_leaves_the_reply_overdue_until_the_next_nudge():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(9))
    news(app, UpdateKind.FOLLOW_UP_SENT, nov(25))
    advice = advice_for(app)
    assert advice.reply_expected_by == nov(23)
    assert advice.follow_up_on == dec(2)
    assert advice.waiting_state == "overdue"


def test_two_unanswered_follow_ups_mean_gone_quiet_not_rejected():
    advice = scenario("gone_quiet")
    assert advice.follow_ups_unanswered == 2
    assert advice.follow_up_on is None
    assert advice.quiet is True
    assert advice.waiting_state == "quiet"
    assert advice.guide_slug == "gone_quiet"
    assert advice.stage == Stage.INTERVIEWING
    assert advice.headline == "Gone quiet: inactive, not rejected"
    assert "Silence is not a rejection" in advice.not_meaning
    assert not has_step(advice, "short, friendly note")
    assert not has_step(advice, "last note")
    assert all(step.due is None for step in advice.next_steps)


def test_an_employer_reply_answers_earlier_follow_ups():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(2))
    news(app, UpdateKind.FOLLOW_UP_SENT, nov(10))
    news(app, UpdateKind.FOLLOW_UP_SENT, nov(13))
    news(app, UpdateKind.MOVING_FORWARD, nov(20))
    advice = advice_for(app)
    assert advice.situation == "moving_forward"
    assert advice.follow_ups_unanswered == 0
    assert advice.quiet is False
    assert advice.follow_up_on == nov(27)


@pytest.mark.parametrize(
    ("applied_on", "quiet"),
    [(date(2026, 10, 28), True), (date(2026, 10, 29), False)],
)
def test_about_a_month_of_silence_after_applying_is_gone_quiet(applied_on, quiet):
    app = ApplicationFactory(applied_on=applied_on)
    advice = advice_for(app)
    assert advice.quiet is quiet
    assert advice.situation == ("gone_quiet" if quiet else "applied_waiting")
    assert advice.awaiting_reply is True
    if quiet:
        assert advice.follow_up_on is None
        assert advice.meaning.startswith("It has been a month or more without a reply")
        assert has_step(advice, "one short, last note")


@pytest.mark.parametrize(
    ("round_on", "quiet"),
    [(date(2026, 10, 29), True), (date(2026, 10, 30), False)],
)
def test_more_than_two_weeks_past_the_expected_reply_is_gone_quiet(round_on, quiet):
    # Ten business days for the reply, then more than ten more: 21 business days in all.
    app = ApplicationFactory(applied_on=date(2026, 10, 12))
    held(app, RoundKind.VIDEO, round_on)
    advice = advice_for(app)
    assert advice.quiet is quiet
    assert advice.waiting_state == ("quiet" if quiet else "follow_up")


def test_applied_waits_in_weeks_and_says_so():
    app = ApplicationFactory(applied_on=nov(2))
    advice = advice_for(app, nov(6))
    assert advice.waiting_since == nov(2)
    assert advice.window == (5, 15)
    assert advice.reply_expected_by == nov(23)
    assert advice.follow_up_on == nov(16)
    assert advice.days_waiting == 4
    assert "Large companies and public bodies often take 3 to 4 weeks." in advice.timing


# --- Thank-you notes ---------------------------------------------------------------------


def test_a_thank_you_is_due_the_next_business_day_when_not_sent():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(20), interviewers="Sam Lee, Ana Ruiz")
    advice = advice_for(app, nov(23))
    thanks = step_with(advice, "thank-you")
    assert thanks.text.startswith("Send a short thank-you to Sam Lee and Ana Ruiz")
    assert thanks.due == nov(23)  # Friday's interview: Monday


def test_no_thank_you_step_once_it_is_sent():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(20), thank_you_sent_on=nov(20))
    assert not has_step(advice_for(app, nov(23)), "thank-you")


def test_each_panelist_gets_their_own_thank_you():
    app = ApplicationFactory()
    held(app, RoundKind.PANEL, nov(25), interviewers="Ana Ruiz, Lee Park")
    step = step_with(advice_for(app), "panelist")
    assert "(Ana Ruiz and Lee Park)" in step.text
    assert step.due == nov(26)


def test_a_thank_you_for_the_last_round_shows_while_preparing_for_the_next():
    app = ApplicationFactory()
    held(app, RoundKind.PHONE, nov(25))
    booked(app, RoundKind.ONSITE, dec(1))
    advice = advice_for(app)
    assert [step.due for step in advice.next_steps[:1]] == [nov(26)]
    assert "thank-you" in advice.next_steps[0].text


def test_no_thank_you_step_weeks_later_or_for_a_take_home():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(2))
    assert not has_step(advice_for(app), "thank-you")
    other = ApplicationFactory()
    held(other, RoundKind.TAKE_HOME, nov(25))
    assert not has_step(advice_for(other), "thank-you")


# --- Each kind of update gets its reading --------------------------------------------------

UPDATE_READINGS = {
    UpdateKind.ACKNOWLEDGED: ("acknowledged_waiting", "usually an automatic reply"),
    UpdateKind.INVITED: ("invited", "wants to talk to you"),
    UpdateKind.MOVING_FORWARD: ("moving_forward", "wants to keep going with you"),
    UpdateKind.ON_HOLD: ("on_hold", "has paused the process"),
    UpdateKind.REFERENCES_REQUESTED: ("references_formality", "paperwork"),
    UpdateKind.OFFER_VERBAL: ("offer_verbal", "told you they want to hire you"),
    UpdateKind.OFFER_WRITTEN: ("offer_written", "You have a written offer"),
    UpdateKind.REJECTED: ("closed_rejected", "decided to go another way"),
    UpdateKind.FOLLOW_UP_SENT: ("applied_waiting", "Your application for the"),
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


def test_an_acknowledgement_keeps_the_clock_from_the_application():
    app = ApplicationFactory(applied_on=nov(16))
    news(app, UpdateKind.ACKNOWLEDGED, nov(17))
    advice = advice_for(app)
    assert advice.waiting_since == nov(16)
    assert advice.follow_up_on == nov(30)


def test_a_first_invitation_is_the_candidates_move():
    advice = scenario("invited")
    assert advice.awaiting_reply is False
    assert advice.interview_number == 1
    assert advice.guide_slug == "interviewing"
    assert step_with(advice, "Reply with a few times").due == nov(26)


def test_moving_forward_waits_from_the_news():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(16))
    news(app, UpdateKind.MOVING_FORWARD, nov(20))
    advice = advice_for(app)
    assert advice.awaiting_reply is True
    assert advice.waiting_since == nov(20)
    assert step_with(advice, "ask what the next step is").due == nov(23)


def test_on_hold_is_not_a_no_and_checks_in_every_two_weeks():
    advice = scenario("on_hold")
    assert advice.guide_slug == "on_hold"
    assert advice.awaiting_reply is True
    assert advice.window == (10, 20)
    assert advice.follow_up_on == dec(4)
    assert advice.reply_expected_by == dec(18)
    assert advice.not_meaning.startswith("On hold is not a no")


def test_references_after_an_onsite_are_a_finalist_signal_not_an_offer():
    advice = scenario("references_finalist")
    assert advice.guide_slug == "references"
    assert "finalist" in advice.meaning
    assert "strong sign but not an offer" in advice.not_meaning
    assert step_with(advice, "Brief your references").due == nov(23)
    assert advice.window == (1, 5)
    assert advice.reply_expected_by == nov(27)


def test_references_before_any_interview_are_a_formality():
    advice = scenario("references_formality")
    assert advice.guide_slug == "references"
    assert advice.headline == "References requested early: a formality"
    assert "finalist" not in advice.meaning
    assert advice.window == (5, 15)  # still the pace of an application
    assert advice.follow_up_on == dec(4)


def test_references_after_only_a_phone_screen_are_still_a_formality():
    app = ApplicationFactory()
    held(app, RoundKind.PHONE_SCREEN, nov(16))
    news(app, UpdateKind.REFERENCES_REQUESTED, nov(20))
    assert advice_for(app).situation == "references_formality"


# --- Offers ------------------------------------------------------------------------------


def test_a_verbal_offer_is_not_a_job_until_it_is_written():
    advice = scenario("offer_verbal")
    assert advice.stage == Stage.OFFER
    assert advice.guide_slug == "verbal_offer"
    assert "not a job until you hold it in writing" in advice.not_meaning
    assert "Do not resign yet" in advice.not_meaning
    assert step_with(advice, "when the written offer will arrive").due == nov(26)
    assert advice.awaiting_reply is True
    assert advice.waiting_since == nov(25)


def test_a_written_offer_with_a_deadline():
    app = ApplicationFactory()
    held(app, RoundKind.ONSITE, nov(16), thank_you_sent_on=nov(16))
    news(app, UpdateKind.OFFER_WRITTEN, nov(25), respond_by=dec(2))
    advice = advice_for(app)
    assert advice.guide_slug == "written_offer"
    assert advice.awaiting_reply is False
    assert (advice.follow_up_on, advice.reply_expected_by, advice.waiting_state) == (
        None,
        None,
        "",
    )
    assert [(step.text.split(",")[0], step.due) for step in advice.next_steps] == [
        ("Reply within a day: thank them", nov(26)),
        ("Tell the other companies you are talking to that you have an offer", nov(26)),
        ("If anything should change (salary", dec(2)),
        ("Give your answer by Wed 2 Dec.", dec(2)),
    ]
    assert "before you accept" in advice.next_steps[2].text
    assert advice.timing == "They want your answer by Wed 2 Dec."


def test_a_written_offer_without_a_deadline_still_gets_a_reply_within_a_day():
    advice = scenario("offer_written")
    assert not has_step(advice, "Give your answer by")
    assert step_with(advice, "ask for a few days to decide").due == nov(26)
    assert "within a day to a week" in advice.timing


def test_the_written_offer_wins_over_the_earlier_verbal_one():
    app = ApplicationFactory()
    news(app, UpdateKind.OFFER_VERBAL, nov(20))
    news(app, UpdateKind.OFFER_WRITTEN, nov(24))
    assert advice_for(app).situation == "offer_written"


# --- Closed applications ------------------------------------------------------------------


def _rejected_by_round(app):
    held(app, RoundKind.ONSITE, nov(20), outcome=Outcome.NOT_SELECTED)


CLOSED_CASES = {
    "rejected by update": (SCENARIOS["closed_rejected"], Stage.REJECTED),
    "not selected after a round": (_rejected_by_round, Stage.REJECTED),
    "withdrew": (SCENARIOS["closed_withdrawn"], Stage.WITHDRAWN),
    "accepted": (SCENARIOS["closed_accepted"], Stage.ACCEPTED),
    "declined": (SCENARIOS["closed_declined"], Stage.DECLINED),
}


@pytest.mark.parametrize("case", CLOSED_CASES)
def test_closed_applications_get_closing_steps_and_no_follow_ups(case):
    app = ApplicationFactory()
    build, stage = CLOSED_CASES[case]
    news(app, UpdateKind.FOLLOW_UP_SENT, nov(10))
    build(app)
    advice = advice_for(app)
    assert advice.stage == stage
    assert advice.situation == f"closed_{stage.value}"
    assert advice.awaiting_reply is False
    assert advice.follow_up_on is None and advice.reply_expected_by is None
    assert advice.waiting_since is None and advice.window is None
    assert advice.days_waiting is None
    assert (advice.follow_ups_unanswered, advice.quiet, advice.waiting_state) == (0, False, "")
    assert advice.next_steps
    assert not has_step(advice, "note asking where things stand")
    assert not has_step(advice, "thank-you to")


@pytest.mark.parametrize("case", ["rejected by update", "not selected after a round"])
def test_after_a_rejection_reply_graciously_ask_for_feedback_roles_reopen(case):
    app = ApplicationFactory()
    CLOSED_CASES[case][0](app)
    advice = advice_for(app)
    assert step_with(advice, "Reply briefly and graciously").due == nov(24)
    assert step_with(advice, "feedback").due == nov(24)
    assert has_step(advice, "roles reopen")
    assert advice.timing == "Closed on Fri 20 Nov."


def test_accepting_means_confirm_in_writing_then_resign():
    advice = scenario("closed_accepted")
    assert step_with(advice, "Confirm your acceptance in writing").due == nov(25)
    assert has_step(advice, "only once the offer is signed")


def test_a_role_that_reopens_after_a_rejection_is_active_again():
    app = ApplicationFactory()
    news(app, UpdateKind.REJECTED, nov(10))
    booked(app, RoundKind.VIDEO, dec(1))
    advice = advice_for(app)
    assert advice.stage == Stage.INTERVIEWING
    assert advice.situation == "round_upcoming"


# --- The record summary fields --------------------------------------------------------------


def test_last_activity_next_round_and_last_round():
    app = ApplicationFactory(applied_on=nov(2))
    first = held(app, RoundKind.PHONE, nov(9))
    news(app, UpdateKind.INVITED, nov(12))
    upcoming = booked(app, RoundKind.ONSITE, dec(1))
    advice = advice_for(app)
    assert advice.last_round == first
    assert advice.next_round == upcoming
    assert advice.last_activity_on == nov(12)


def test_advice_and_steps_are_frozen():
    advice = scenario("applied_waiting")
    with pytest.raises(dataclasses.FrozenInstanceError):
        advice.headline = "changed"
    with pytest.raises(dataclasses.FrozenInstanceError):
        advice.next_steps[0].text = "changed"


def test_advise_makes_no_queries_on_a_prefetched_application(django_assert_num_queries):
    app = ApplicationFactory()
    held(app, RoundKind.PHONE, nov(16), interviewers="Sam Lee")
    booked(app, RoundKind.ONSITE, dec(1))
    news(app, UpdateKind.MOVING_FORWARD, nov(18))
    news(app, UpdateKind.FOLLOW_UP_SENT, nov(19))
    stage_refresh(app)
    fetched = Application.objects.with_records().get(pk=app.pk)
    with django_assert_num_queries(0):
        advice = advise(fetched, today=TODAY)
    assert advice.situation == "round_upcoming"


# --- The Stage guide ----------------------------------------------------------------------


def test_the_guide_covers_every_stage_round_kind_and_special_situation():
    assert set(Stage.values) <= GUIDE_SLUGS
    assert set(RoundKind.values) <= GUIDE_SLUGS
    assert SPECIAL_SLUGS <= GUIDE_SLUGS
    assert len(GUIDE) == len(GUIDE_SLUGS)  # no slug twice


def test_guide_entries_are_grouped_and_complete():
    groups = {entry.slug: entry.group for entry in GUIDE}
    assert {groups[slug] for slug in Stage.values} == {"stage"}
    assert {groups[slug] for slug in RoundKind.values} == {"round"}
    assert {groups[slug] for slug in SPECIAL_SLUGS} == {"situation"}
    for entry in GUIDE:
        assert entry.title and entry.meaning and entry.not_meaning and entry.timing
        assert entry.actions and isinstance(entry.actions, tuple)


def test_guide_entry_finds_by_slug():
    assert guide_entry("second_interview").title == "Second interview"
    with pytest.raises(KeyError):
        guide_entry("no_such_slug")


def test_the_guide_tells_the_seeds_second_interview_story():
    entry = guide_entry("second_interview")
    for words in ("phone interview then an onsite", "lunch then a formal interview", "group"):
        assert words in entry.meaning
    assert "No offer is guaranteed" in entry.not_meaning
    assert "not a sign they think you are a risky hire" in entry.not_meaning


@pytest.mark.parametrize(
    "build",
    [
        *SCENARIOS.values(),
        *(case[0] for case in SEED_CASES.values()),
        _rejected_by_round,
        lambda app: booked(app, RoundKind.FINAL, dec(1)),
        lambda app: held(app, RoundKind.FINAL, nov(24)),
        lambda app: held(app, RoundKind.TAKE_HOME, nov(24)),
        lambda app: held(app, RoundKind.PANEL, nov(24), outcome=Outcome.ADVANCED),
    ],
)
def test_every_advice_names_a_guide_entry(build):
    app = ApplicationFactory()
    build(app)
    assert advice_for(app).guide_slug in GUIDE_SLUGS
