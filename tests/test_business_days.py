"""Business days: Monday to Friday, counted after the start date, across weekends."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviews.guidance.business_days import (
    add_business_days,
    business_days_between,
    is_business_day,
)

# November 2026: Mondays are the 2nd, 9th, 16th, 23rd and 30th.
MON_2, FRI_6 = date(2026, 11, 2), date(2026, 11, 6)
MON_23, WED_25, THU_26, FRI_27 = (date(2026, 11, d) for d in (23, 25, 26, 27))
SAT_28, SUN_29, MON_30 = date(2026, 11, 28), date(2026, 11, 29), date(2026, 11, 30)
FRI_4_DEC, WED_9_DEC = date(2026, 12, 4), date(2026, 12, 9)


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (FRI_27, 0, FRI_27),  # zero on a weekday is the day itself
        (SAT_28, 0, MON_30),  # zero on a weekend rolls forward to Monday
        (SUN_29, 0, MON_30),
        (THU_26, 1, FRI_27),
        (FRI_27, 1, MON_30),  # over the weekend
        (SAT_28, 1, MON_30),  # a weekend start counts like the Friday before
        (SUN_29, 1, MON_30),
        (THU_26, 2, MON_30),
        (MON_23, 5, MON_30),  # five business days is one calendar week
        (FRI_27, 5, FRI_4_DEC),
        (SAT_28, 5, FRI_4_DEC),
        (WED_25, 10, WED_9_DEC),
        (MON_2, 15, MON_23),
        (FRI_6, 4, date(2026, 11, 12)),
        (date(2026, 12, 31), 1, date(2027, 1, 1)),  # holidays are not modelled
    ],
)
def test_add_business_days(start, n, expected):
    assert add_business_days(start, n) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (FRI_27, FRI_27, 0),
        (FRI_27, SAT_28, 0),
        (FRI_27, SUN_29, 0),
        (FRI_27, MON_30, 1),
        (SAT_28, SUN_29, 0),
        (SAT_28, MON_30, 1),
        (THU_26, MON_30, 2),
        (MON_23, MON_30, 5),
        (MON_2, FRI_27, 19),
        (MON_30, FRI_27, -1),  # backwards is negative
        (MON_30, MON_23, -5),
    ],
)
def test_business_days_between(start, end, expected):
    assert business_days_between(start, end) == expected


def test_negative_n_is_refused():
    with pytest.raises(ValueError, match="0 or more"):
        add_business_days(FRI_27, -1)


@pytest.mark.parametrize(
    ("day", "expected"),
    [(FRI_27, True), (SAT_28, False), (SUN_29, False), (MON_30, True)],
)
def test_is_business_day(day, expected):
    assert is_business_day(day) is expected


def test_the_next_business_day_skips_the_weekend():
    assert add_business_days(FRI_27, 1) == MON_30
    assert add_business_days(THU_26, 1) == FRI_27


@given(
    start=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    n=st.integers(min_value=0, max_value=300),
)
def test_adding_then_counting_gives_back_n(start, n):
    end = add_business_days(start, n)
    assert is_business_day(end)
    if n == 0:
        assert end == start if is_business_day(start) else end == add_business_days(start, 1)
        return
    assert business_days_between(start, end) == n
    # And it is the first such date: the day before is one business day short.
    assert business_days_between(start, date.fromordinal(end.toordinal() - 1)) == n - 1
