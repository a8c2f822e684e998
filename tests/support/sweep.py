"""The calendar sweep: the date-sensitive tests run again with the clock fixed at moments
where dates go wrong (holidays, year ends, a leap day, clock changes, the edges of a
person's week), so a test that only passes in November fails before December does.

    pytest --moment=christmas-eve        # one moment: only the date-sensitive tests
    make sweep                           # every moment, one run each (CI: SQLite)
    make sweep MOMENTS="leap-day us-dst-autumn friday-evening"   # some of them

The clock is moved before the tests are collected (``time-machine``, ticking on from the
moment), so module constants such as ``TODAY = timezone.localdate()`` are read at the
moment too. Each moment is one fixed instant; one given as a local time in a zone is that
wall-clock time there (01:30 on a day the clocks change, 22:00 on a Friday evening).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine


def _at(year: int, month: int, day: int, hour: int, minute: int, zone: str) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone))


MOMENTS: dict[str, dt.datetime] = {
    "christmas-eve": _at(2026, 12, 24, 12, 0, "UTC"),
    "new-years-eve": _at(2026, 12, 31, 12, 0, "UTC"),
    "second-of-january": _at(2027, 1, 2, 12, 0, "UTC"),  # a Saturday after a holiday
    "ordinary-wednesday": _at(2027, 1, 20, 12, 0, "UTC"),
    "friday-evening": _at(2027, 1, 22, 22, 0, "America/Los_Angeles"),  # Saturday in UTC
    "monday-morning": _at(2027, 1, 25, 8, 0, "Asia/Tokyo"),  # still Sunday in UTC
    "us-dst-spring": _at(2027, 3, 14, 1, 30, "America/New_York"),
    "eu-dst-spring": _at(2027, 3, 28, 1, 30, "Europe/Berlin"),
    "eu-dst-autumn": _at(2027, 10, 31, 1, 30, "Europe/Berlin"),  # the first 01:30 of two
    "us-dst-autumn": _at(2027, 11, 7, 1, 30, "America/New_York"),  # the first 01:30 of two
    "us-thanksgiving": _at(2027, 11, 25, 12, 0, "America/New_York"),
    "leap-day": _at(2028, 2, 29, 12, 0, "UTC"),
}
# The three CI also runs on PostgreSQL.
ON_POSTGRES = ("new-years-eve", "leap-day", "friday-evening")

# The tests whose results depend on the date (paths under tests/; a folder counts whole).
DATE_SENSITIVE = (
    "guidance/",
    "test_attention.py",
    "test_application_page.py",
    "test_backup.py",
    "test_backup_properties.py",
    "test_business_days.py",
    "test_calendar.py",
    "test_dates_that_happened.py",
    "test_digest.py",
    "test_drafts.py",
    "test_insights.py",
    "test_insights_numbers.py",
    "test_presenting.py",
    "test_seed_demo.py",
    "test_stages.py",
    "test_stages_refresh.py",
    "test_waiting.py",
    "test_worklog.py",
    "test_worklog_digest.py",
    "test_worklog_exports.py",
    "test_worklog_weeks.py",
)
TESTS = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--moment",
        choices=sorted(MOMENTS),
        help="Run only the date-sensitive tests, with the clock fixed at this moment.",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "date_sensitive: runs again in the calendar sweep")
    moment = config.getoption("moment")
    if moment:
        traveller = time_machine.travel(MOMENTS[moment], tick=True)
        traveller.start()
        config.add_cleanup(traveller.stop)


def is_date_sensitive(path: Path) -> bool:
    relative = path.resolve().relative_to(TESTS).as_posix()
    return any(
        relative.startswith(entry) if entry.endswith("/") else relative == entry
        for entry in DATE_SENSITIVE
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    sensitive = [item for item in items if is_date_sensitive(item.path)]
    for item in sensitive:
        item.add_marker("date_sensitive")
    if config.getoption("moment"):
        config.hook.pytest_deselected(items=[i for i in items if i not in sensitive])
        items[:] = sensitive
