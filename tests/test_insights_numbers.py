"""The insights' pure core: stories from plain rows, and the sums, medians and weeks."""

from __future__ import annotations

import datetime as dt

import pytest

from interviews.guidance.business_days import holidays_of
from interviews.insights import words
from interviews.insights.journeys import (
    LEVEL,
    REACHED_BY_ROUND,
    REACHED_BY_UPDATE,
    REPLY_KINDS,
    ApplicationRow,
    Journey,
    journey_of,
)
from interviews.insights.numbers import (
    Link,
    by_company,
    cohort_numbers,
    first_week_start,
    flow,
    funnel,
    percent,
    spread,
    weeks,
)
from interviews.models import Stage

TODAY = dt.date(2026, 11, 25)  # a Wednesday
UTC = dt.UTC


def row(stage: str = "applied", applied_on=dt.date(2026, 11, 2), **fields) -> ApplicationRow:
    values = {
        "company": "Acme",
        "source": "job_board",
        "quiet_from": None,
        "round_level": None,
        "update_level": None,
        "first_reply_update_on": None,
        "first_round_at": None,
        "meetings": 0,
        "first_meeting_kind": None,
    }
    return ApplicationRow(**{**values, **fields, "stage": stage, "applied_on": applied_on})


def story(stage: str = "applied", **fields) -> Journey:
    return journey_of(row(stage, **fields), TODAY)


NOV = dt.date(2026, 11, 1).replace


def test_the_furthest_level_of_rounds_and_updates_is_the_stage_reached():
    assert story().reached == Stage.APPLIED
    assert story(round_level=1).reached == Stage.SCREENING
    assert story("rejected", round_level=2, update_level=0).reached == Stage.INTERVIEWING
    assert story("withdrawn", round_level=2, update_level=3).reached == Stage.OFFER
    assert story("accepted", update_level=4).reached == Stage.ACCEPTED


def test_what_each_record_shows_was_reached():
    # Straight from the one stage table (interviews.stages), closing kinds included.
    assert REACHED_BY_UPDATE["offer_rescinded"] == Stage.OFFER
    assert REACHED_BY_UPDATE["declined"] == Stage.OFFER
    assert REACHED_BY_UPDATE["invited"] == Stage.INTERVIEWING
    assert "rejected" not in REACHED_BY_UPDATE and "withdrew" not in REACHED_BY_UPDATE
    assert REACHED_BY_ROUND["phone_screen"] == Stage.SCREENING
    assert REACHED_BY_ROUND["take_home"] == Stage.INTERVIEWING
    assert "acknowledged" not in REPLY_KINDS and "on_hold" in REPLY_KINDS


def test_the_first_reply_is_the_earlier_of_a_reply_and_an_interview():
    at = dt.datetime(2026, 11, 5, 15, tzinfo=UTC)
    assert story(first_round_at=at).first_reply_on == NOV(day=5)
    assert story(first_round_at=at, first_reply_update_on=NOV(day=4)).first_reply_on == NOV(day=4)
    assert story(first_round_at=at, first_reply_update_on=NOV(day=9)).first_reply_on == NOV(day=5)
    assert story().first_reply_on is None


def test_open_applications_are_gone_quiet_from_their_quiet_date():
    assert story(quiet_from=TODAY).outcome == "quiet"
    assert story(quiet_from=TODAY + dt.timedelta(days=1)).outcome == "open"
    assert story("offer").outcome == "open"
    assert story("rescinded", quiet_from=TODAY).outcome == "rescinded"


@pytest.mark.parametrize(
    ("count", "total", "expected"),
    [(1, 8, 13), (1, 3, 33), (2, 3, 67), (5, 7, 71), (0, 4, 0), (3, 0, None)],
)
def test_percentages_round_halves_up(count, total, expected):
    assert percent(count, total) == expected


def test_the_spread_is_the_median_and_the_middle_half():
    assert spread([]) is None
    assert spread([4]) == spread([4.0])
    one = spread([4])
    assert (one.n, one.median, one.low, one.high) == (1, 4.0, 4.0, 4.0)
    four = spread([4, 3, 1, 2])
    assert (four.n, four.median, four.low, four.high) == (4, 2.5, 1.75, 3.25)
    assert words.spread_words(four) == "median 2.5 business days, middle half 1.8 to 3.3"


def test_reply_times_are_business_days_with_the_persons_holidays():
    # Applied Mon 9 Nov, answered Fri 13 Nov: Veterans Day (Wed 11) is not a business day.
    journey = story(first_reply_update_on=NOV(day=13), applied_on=NOV(day=9))
    with holidays_of("US"):
        assert cohort_numbers([journey]).reply_time.spread.median == 3
    with holidays_of(""):
        assert cohort_numbers([journey]).reply_time.spread.median == 4


def test_a_group_under_five_is_too_few_to_tell():
    replied = story(first_reply_update_on=NOV(day=4))
    four = cohort_numbers([replied] * 4)
    five = cohort_numbers([replied] * 5)
    assert four.response_by_source[0].too_few and four.reply_time.too_few
    assert not five.response_by_source[0].too_few and not five.reply_time.too_few
    assert "Too few to tell (under 5 sent): Job board." in words.replies_summary(four)


def test_companies_applied_to_more_than_once_match_without_case_or_spaces():
    found = by_company([story(company="Acme"), story(company=" acme "), story(company="Bolt")])
    assert [(label, len(group)) for label, group in found] == [("Acme", 2)]


def test_a_repeated_company_is_named_as_on_its_latest_application_in_any_order():
    older = story(company="ACME", applied_on=NOV(day=2))
    newer = story(company="acme ", applied_on=NOV(day=20))
    for journeys in ([older, newer], [newer, older]):
        assert [label for label, _ in by_company(journeys)] == ["acme"]


def test_the_flow_passes_through_every_stage_reached_then_the_outcome():
    offer = story("withdrawn", update_level=3)
    quiet = story(quiet_from=TODAY)
    assert cohort_numbers([offer, quiet]).flow == (
        Link("Applied", "Screening", 1),
        Link("Applied", "Gone quiet", 1),
        Link("Screening", "Interviewing", 1),
        Link("Interviewing", "Offer", 1),
        Link("Offer", "Withdrawn", 1),
    )


def test_weeks_are_iso_weeks_ending_with_this_one():
    assert first_week_start(TODAY) == dt.date(2026, 9, 7)  # a Monday, 11 weeks before
    found = weeks(
        TODAY,
        {NOV(day=22): 1, NOV(day=23): 2, dt.date(2026, 9, 6): 5},  # Sun, Mon, too old
        {NOV(day=25): 4},
        {dt.date(2026, 9, 13): 1},
    )
    assert len(found) == 12
    assert (found[0].starts_on, found[0].label, found[0].follow_ups) == (
        dt.date(2026, 9, 7),
        "w/c 7 Sep",
        1,
    )
    assert [(w.label, w.applications, w.interviews) for w in found[-2:]] == [
        ("w/c 16 Nov", 1, 0),
        ("w/c 23 Nov", 2, 4),
    ]
    assert sum(w.applications for w in found) == 3


@pytest.mark.parametrize(
    ("value", "text"), [(3, "3"), (3.0, "3"), (2.5, "2.5"), (3.25, "3.3"), (1.75, "1.8")]
)
def test_days_are_written_with_a_tenth_at_most(value, text):
    assert words.days(value) == text


def test_an_offer_accepted_then_rescinded_is_an_offer_in_the_funnel_and_the_flow():
    journeys = [
        story("accepted", update_level=LEVEL[Stage.ACCEPTED]),
        story("rescinded", update_level=LEVEL[Stage.ACCEPTED]),
    ]
    accepted = [step.reached for step in funnel(journeys) if step.stage == Stage.ACCEPTED]
    into_accepted = sum(link.count for link in flow(journeys) if link.target == "Accepted")
    assert accepted == [into_accepted] == [1]
    assert journeys[1].reached == Stage.OFFER
