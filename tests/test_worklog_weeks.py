"""Claim weeks: the exact weekly counts of a month of mixed records, by start day and in
the person's time zone, against an activity or an hours minimum."""

from __future__ import annotations

import datetime as dt

import pytest

from interviews.services import profile_save
from interviews.worklog.entries import Entry, Origin
from interviews.worklog.selectors import has_entries_before, weeks_of
from interviews.worklog.weeks import ClaimWeek, Minimum, Tally, claim_weeks, week_start
from tests.worklog_month import FIRST_WEEK, LAST_WEEK, NOW, build_month

pytestmark = pytest.mark.django_db

D = dt.date


def counts(weeks: list[ClaimWeek]) -> list[tuple[dt.date, int]]:
    return [(week.start, len(week.counted)) for week in weeks]


def month_weeks(month, first=FIRST_WEEK, last=LAST_WEEK) -> list[ClaimWeek]:
    return weeks_of(month.user, month.profile, first, last, now=NOW)


@pytest.mark.parametrize(
    ("day", "starts_on", "start"),
    [
        (D(2026, 11, 1), 6, D(2026, 11, 1)),  # a Sunday starts its own Sunday week
        (D(2026, 10, 31), 6, D(2026, 10, 25)),  # the Saturday before ends the previous one
        (D(2026, 11, 1), 0, D(2026, 10, 26)),  # in a Monday week, Sunday is the last day
        (D(2026, 11, 2), 0, D(2026, 11, 2)),
        (D(2026, 12, 31), 3, D(2026, 12, 31)),  # a Thursday week across the new year
        (D(2027, 1, 6), 3, D(2026, 12, 31)),
    ],
)
def test_the_claim_week_starts_on_the_chosen_day(day, starts_on, start):
    assert week_start(day, starts_on) == start


def test_a_month_counts_exactly_in_sunday_weeks_in_los_angeles():
    month = build_month()
    assert counts(month_weeks(month)) == [
        (D(2026, 11, 22), 0),
        (D(2026, 11, 15), 1),  # the recruiter call; Saturday's final is still to come
        (D(2026, 11, 8), 2),  # Initech's application and onsite; Left Out Inc left out
        (D(2026, 11, 1), 3),  # Globex applied, its follow-up, the workshop; not the cancelled
        (D(2026, 10, 25), 3),  # the fair, Acme, and Acme's call at 23:30 Saturday local time
    ]


def test_monday_weeks_regroup_the_same_records():
    month = build_month(week_starts_on=0)
    # Any days pick the weeks that hold them: 26 Oct and 28 Nov are in the first and last.
    assert counts(month_weeks(month, D(2026, 10, 26), D(2026, 11, 28))) == [
        (D(2026, 11, 23), 0),
        (D(2026, 11, 16), 1),
        (D(2026, 11, 9), 2),
        (D(2026, 11, 2), 2),  # the follow-up and the workshop
        (D(2026, 10, 26), 4),  # Sunday 1 Nov (Globex) now ends the week that began in October
    ]


def test_in_utc_the_late_call_moves_into_the_next_week():
    month = build_month()
    month.profile.time_zone = "UTC"
    profile_save(month.profile)
    by_start = dict(counts(month_weeks(month)))
    assert (by_start[D(2026, 10, 25)], by_start[D(2026, 11, 1)]) == (2, 4)


def test_each_week_lists_its_entries_newest_first_with_what_they_show():
    month = build_month()
    week = next(w for w in month_weeks(month) if w.start == D(2026, 10, 25))
    assert [(e.on, e.origin, e.organisation) for e in week.entries] == [
        (D(2026, 10, 31), Origin.INTERVIEW, "Acme"),  # the call came after applying
        (D(2026, 10, 31), Origin.APPLICATION, "Acme"),
        (D(2026, 10, 30), Origin.ACTIVITY, "City Job Fair"),
    ]
    call, application, fair = week.entries
    assert (application.position, application.method.label, application.result) == (
        "Engineer",
        "Job board",
        "Screening",
    )
    assert (call.what, call.contact, call.method.label, call.minutes) == (
        "Phone screen",
        "Sam Lee",
        "Phone",
        60,
    )
    assert call.application_id == month.records["acme"].pk
    assert (fair.contact, fair.minutes, fair.application_id) == ("Lee Park, Organiser", 120, None)


def test_a_left_out_entry_is_listed_but_not_counted():
    month = build_month()
    week = next(w for w in month_weeks(month) if w.start == D(2026, 11, 8))
    assert [(e.organisation, e.excluded) for e in week.entries] == [
        ("Initech", False),  # the onsite on the 12th
        ("Initech", False),
        ("Left Out Inc", True),
    ]
    assert [e.organisation for e in week.counted] == ["Initech", "Initech"]


@pytest.mark.parametrize(
    ("minimum", "words"),
    [
        (Minimum(3), ["0 of 3 — short by 3", "1 of 3 — short by 2", "2 of 3 — short by 1"]),
        (Minimum(2), ["0 of 2 — short by 2", "1 of 2 — short by 1", "2 of 2 — met"]),
        (
            Minimum(35, in_hours=True),
            [
                "0 of 35 hours — short by 35 hours",
                "0.5 of 35 hours — short by 34.5 hours",
                "1.5 of 35 hours — short by 33.5 hours",
            ],
        ),
    ],
)
def test_weeks_are_met_or_short_against_the_minimum(minimum, words):
    month = build_month()
    weeks = month_weeks(month)[:3]
    assert [week.tally(minimum).words for week in weeks] == words


def test_the_first_weeks_are_met_and_hours_add_up_what_was_recorded():
    month = build_month()
    newest_first = month_weeks(month)
    assert [w.tally(Minimum(3)).met for w in newest_first] == [False, False, False, True, True]
    # The fair (2 h) and the call (1 h); an application records no time.
    assert newest_first[-1].tally(Minimum(3, in_hours=True)).words == "3 of 3 hours — met"


def test_no_minimum_means_no_tally():
    assert ClaimWeek(D(2026, 11, 1)).tally(None) is None
    assert Minimum.of(type("P", (), {"weekly_minimum": None, "minimum_in_hours": False})) is None


def test_a_week_is_ending_on_its_last_two_days_only():
    week = ClaimWeek(D(2026, 11, 1))  # Sunday to Saturday 7 Nov
    assert [week.is_ending(D(2026, 11, day)) for day in range(1, 9)] == [
        *[False] * 5,
        True,
        True,
        False,
    ]


def test_tally_words_round_hours_to_one_decimal():
    assert Tally(10 / 60, Minimum(1, in_hours=True)).words == "0.2 of 1 hours — short by 0.8 hours"
    assert Tally(4, Minimum(3)).words == "4 of 3 — met"


def test_entries_outside_the_weeks_are_dropped():
    entry = Entry(Origin.ACTIVITY, 1, D(2026, 11, 8), "Job fair", "Fair")
    weeks = claim_weeks([entry], first=D(2026, 11, 1), last=D(2026, 11, 1))
    assert weeks[0].entries == []


def test_earlier_entries_are_found_for_the_earlier_weeks_link():
    month = build_month()
    assert has_entries_before(month.user, month.profile, D(2026, 10, 31))
    assert not has_entries_before(month.user, month.profile, D(2026, 10, 30))
