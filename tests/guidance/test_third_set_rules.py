"""The rules the third blind set asked for (tests/data/advice_cases3/), each as a general
case in the person's own calendar, with its dates: a deadline the person must meet gets the
holidays a nudge gets, courtesy replies lapse, the offer due first asks to move, a rejection
is not reopened by news of the same day, a scored final is no finalist race, and a one-way
recorded interview is nudged once its review window has closed."""

from __future__ import annotations

import datetime as dt
from datetime import date

import pytest
import time_machine

from interviews.models import Outcome, RoundKind, Source, Stage, UpdateKind
from tests.factories import ApplicationFactory
from tests.guidance.support import advice_for, booked, dec, has_step, held, living_in, news, nov

pytestmark = pytest.mark.django_db


def keys(advice) -> list[str]:
    return [step.key for step in advice.next_steps]


def due_of(advice, key: str) -> date | None:
    return next(step.due for step in advice.next_steps if step.key == key)


# A deadline the person must meet -----------------------------------------------------------


def take_home_due(app, on: date, hour: int = 9):
    return booked(app, RoundKind.TAKE_HOME, on, hour=hour)


def test_a_take_home_over_christmas_asks_today_for_a_deadline_after_the_holidays():
    app = ApplicationFactory(contact_name="Herr Kaya")
    living_in(app, country="DE", region="NW", time_zone="Europe/Berlin")
    held(app, RoundKind.VIDEO, dec(15), outcome=Outcome.ADVANCED)
    take_home_due(app, dec(29))
    news(app, UpdateKind.INVITED, dec(23))
    advice = advice_for(app, today=dec(23))
    assert advice.situation == "round_upcoming"
    assert keys(advice) == ["take_home_later", "take_home_start"]
    assert due_of(advice, "take_home_later") == dec(23)
    ask = advice.next_steps[0].text
    assert "Thu 24 Dec, Fri 25 Dec and Mon 28 Dec" in ask  # Christmas Eve, Christmas, the break
    assert "ask Herr Kaya to move the deadline to Mon 4 Jan" in ask  # 1 Jan: a holiday in NRW
    assert "Get ready for" not in " ".join(step.text for step in advice.next_steps)
    assert "asking for a later deadline is fair" in advice.timing
    assert advice.follow_up_on is None


def test_a_take_home_over_thanksgiving_gives_back_the_days_it_loses():
    app = ApplicationFactory()
    living_in(app, country="US", region="NY", time_zone="America/New_York")
    take_home_due(app, nov(30), hour=17)
    advice = advice_for(app, today=nov(24))
    # Wed 25 (the break), Thu 26 (Thanksgiving), Fri 27 (the break): three working days.
    assert "Wed 25 Nov, Thu 26 Nov and Fri 27 Nov" in advice.next_steps[0].text
    assert "move the deadline to Thu 3 Dec" in advice.next_steps[0].text
    assert due_of(advice, "take_home_later") == nov(24)


def test_a_take_home_with_only_working_days_ahead_just_starts_now():
    app = ApplicationFactory()
    living_in(app, country="GB", region="ENG")
    take_home_due(app, dec(3))
    advice = advice_for(app, today=nov(30))
    assert keys(advice) == ["take_home_start"]
    assert due_of(advice, "take_home_start") == nov(30)  # the work starts today
    assert "block the hours it needs before Thu 3 Dec" in advice.next_steps[0].text
    assert advice.timing == "It is due Thu 3 Dec; deadlines for take-homes are often 1 to 3 days."


def test_the_application_page_shows_the_take_home_ask_in_the_persons_calendar(client, user):
    app = ApplicationFactory(owner=user, company="Rheinblick", contact_name="Herr Kaya")
    living_in(app, country="DE", region="NW", time_zone="Europe/Berlin")
    take_home_due(app, dec(29))
    with time_machine.travel(dt.datetime(2026, 12, 23, 9, tzinfo=dt.UTC), tick=False):
        client.force_login(user)
        page = client.get(app.get_absolute_url())
    assert page.status_code == 200
    advice = page.context["advice"]
    assert due_of(advice, "take_home_later") == dec(23)
    assert "Mon 4 Jan" in page.content.decode()


# Courtesy replies ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "shown"),
    [
        (nov(6), True),  # the day after the offer: due
        (nov(9), True),  # a day late (Monday): still fine
        (nov(10), False),  # two business days late: the moment has passed
    ],
)
def test_thanks_for_an_offer_lapses_a_day_after_it_was_due(today, shown):
    app = ApplicationFactory()
    living_in(app, country="US", region="CA")
    held(app, RoundKind.ONSITE, nov(2))
    news(app, UpdateKind.OFFER_WRITTEN, nov(5), respond_by=nov(20))
    advice = advice_for(app, today=today)
    assert ("written_reply" in keys(advice)) is shown
    if shown:
        assert due_of(advice, "written_reply") == today  # never shown as overdue


def test_thanks_for_their_reply_is_not_due_today_a_week_later():
    app = ApplicationFactory()
    living_in(app, country="DE", region="HE")
    held(app, RoundKind.ONSITE, nov(18))
    news(app, UpdateKind.FOLLOW_UP_SENT, nov(27))
    news(app, UpdateKind.REPLIED, nov(30), news_by=dec(23))
    assert due_of(advice_for(app, today=dec(1)), "still_deciding_thanks") == dec(1)
    later = advice_for(app, today=dec(7))
    assert "still_deciding_thanks" not in keys(later)
    assert later.follow_up_on == date(2027, 1, 4)  # after the promise, past the break


# Two live offers -----------------------------------------------------------------------------


def test_the_offer_due_first_asks_today_to_move_to_the_next_offers_date():
    first = ApplicationFactory(company="Brightline", contact_name="Tom")
    living_in(first, country="US", region="CA")
    second = ApplicationFactory(owner=first.owner, company="Harbor Health")
    news(first, UpdateKind.OFFER_WRITTEN, nov(5), respond_by=nov(12))
    news(second, UpdateKind.OFFER_WRITTEN, nov(9), respond_by=nov(20))
    advice = advice_for(first, today=nov(10))
    assert due_of(advice, "offers_align") == nov(10)
    text = next(s.text for s in advice.next_steps if s.key == "offers_align")
    assert "ask Tom to move it to Fri 20 Nov" in text
    assert "Do not accept to hold this offer" in text
    assert "decide by Thu 12 Nov" in text
    assert due_of(advice, "written_deadline") == nov(12)
    # The offer due later has nothing to move: it compares, and waits.
    later = advice_for(second, today=nov(10))
    assert "offers_align" not in keys(later)
    assert "offers_compare" in keys(later)


# A rejection and news of the same day --------------------------------------------------------


def test_a_rejection_and_another_role_on_the_same_day_keep_this_role_closed():
    app = ApplicationFactory(role="Teamlead QA", contact_name="Frau Becker")
    living_in(app, country="DE", region="SN", time_zone="Europe/Berlin")
    held(app, RoundKind.ONSITE, nov(12), is_final=True, outcome=Outcome.NOT_SELECTED)
    news(app, UpdateKind.REJECTED, nov(16))
    news(app, UpdateKind.MOVING_FORWARD, nov(16), news_by=nov(27))
    advice = advice_for(app, today=nov(19))
    app.refresh_from_db()
    assert app.stage == Stage.REJECTED
    assert advice.stage == Stage.REJECTED
    assert advice.headline == "Not this role, but they want you for another"
    assert "The Teamlead QA role is closed" in advice.meaning
    # Wed 18 Nov is Buß- und Bettag in Saxony: the reply is due on the 19th, today.
    assert due_of(advice, "other_role_reply") == nov(19)
    assert "salary band" in advice.next_steps[0].text
    assert "other_role_log" in keys(advice) and "rejected_feedback" in keys(advice)
    assert advice.follow_up_on == nov(30)  # the promise (Fri 27 Nov), then a business day


def test_news_on_a_later_day_reopens_the_process():
    app = ApplicationFactory()
    held(app, RoundKind.ONSITE, nov(12))
    news(app, UpdateKind.REJECTED, nov(16))
    news(app, UpdateKind.MOVING_FORWARD, nov(18))
    app.refresh_from_db()
    advice = advice_for(app, today=nov(19))
    assert advice.stage == Stage.INTERVIEWING
    assert advice.situation == "moving_forward"


# A scored final ------------------------------------------------------------------------------


@pytest.mark.parametrize("public", [False, True])
def test_a_scored_final_is_not_a_race_among_a_few_finalists(public):
    app = ApplicationFactory(public_sector=public)
    living_in(app, country="GB", region="WLS")
    held(app, RoundKind.VIDEO, nov(10), outcome=Outcome.ADVANCED)
    kind = RoundKind.ONSITE if public else RoundKind.GROUP
    held(app, kind, dec(1), days=2, is_final=True, reply_promised_by=dec(16))
    advice = advice_for(app, today=dec(3))
    assert advice.headline == "Final stage done: now they score and decide"
    assert "finalist" not in advice.meaning + advice.not_meaning
    assert advice.follow_up_on == dec(17)


def test_a_final_one_to_one_at_a_company_is_still_a_finalists_race():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(10), outcome=Outcome.ADVANCED)
    held(app, RoundKind.ONSITE, nov(24), is_final=True)
    assert "one of a few finalists" in advice_for(app).meaning


# A one-way recorded interview ----------------------------------------------------------------


def test_a_recorded_interview_is_nudged_when_its_review_window_has_closed():
    app = ApplicationFactory()
    living_in(app, country="US", region="WA", time_zone="America/Los_Angeles")
    held(app, RoundKind.RECORDED_VIDEO, nov(30), hour=12)
    advice = advice_for(app, today=dec(7))
    assert advice.reply_expected_by == dec(14)  # 10 business days
    assert advice.follow_up_on == dec(14)  # never before the window the page states
    assert not has_step(advice, "No news by Mon 7 Dec")
    assert advice.timing_line == "Reply usually by Mon 14 Dec"


# A question asked first ----------------------------------------------------------------------


def test_a_pause_after_a_booking_asks_today_and_the_card_follows_up_today():
    app = ApplicationFactory(contact_name="Frau Lindner")
    living_in(app, country="DE", region="BY", time_zone="Europe/Berlin")
    held(app, RoundKind.VIDEO, nov(20), outcome=Outcome.ADVANCED)
    booked(app, RoundKind.ONSITE, dec(10))
    news(app, UpdateKind.ON_HOLD, dec(7))
    advice = advice_for(app, today=dec(8))
    assert due_of(advice, "hold_booked_ask") == dec(8)
    assert (advice.follow_up_on, advice.waiting_state) == (dec(8), "follow_up")
    # The waiting clock's own nudge stays, after the new year's break.
    assert due_of(advice, "follow_up_1") == date(2027, 1, 5)


def test_a_question_asked_on_a_holiday_is_followed_up_on_the_next_business_day():
    app = ApplicationFactory()
    living_in(app, country="DE", region="BY", time_zone="Europe/Berlin")
    held(app, RoundKind.VIDEO, nov(20), outcome=Outcome.ADVANCED)
    booked(app, RoundKind.ONSITE, dec(30))
    news(app, UpdateKind.ON_HOLD, dec(24))
    advice = advice_for(app, today=dec(26))  # a Saturday, Boxing Day
    assert advice.follow_up_on == dec(28)


def test_the_same_role_submitted_by_an_agency_is_settled_today():
    direct = ApplicationFactory(company="Pennine Bank", role="Risk Analyst", applied_on=nov(2))
    living_in(direct, country="GB", region="ENG", time_zone="Europe/London")
    agency = ApplicationFactory(
        owner=direct.owner,
        company="Pennine Bank",
        role="Risk Analyst",
        source=Source.RECRUITER,
        contact_name="Gemma",
        applied_on=nov(16),
    )
    advice = advice_for(agency, today=nov(18))
    assert due_of(advice, "double_submission") == nov(18)
    assert (advice.follow_up_on, advice.waiting_state) == (nov(18), "follow_up")
