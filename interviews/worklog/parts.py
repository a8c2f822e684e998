"""What the log adds to the core's pages (``interviews.extensions``), added by
``WorklogConfig.ready()``."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.contrib.auth.models import User

from interviews.extensions import SettingsSection
from interviews.worklog.selectors import still_short_lines, this_week_tally

SETTINGS = SettingsSection("interviews/worklog/_settings_card.html", order=10)


def board_tally(user: User, today: date, now: datetime) -> dict[str, Any]:
    """The board's header: this claim week against the minimum, when one is set."""
    return {"log_tally": this_week_tally(user, today=today, now=now)}


def digest_short_weeks(user: User, today: date, now: datetime) -> list[str]:
    """The digest's log section: the weeks still short of the minimum."""
    return still_short_lines(user, today=today, now=now)
