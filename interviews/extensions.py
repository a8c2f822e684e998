"""Where the feature apps add to the core's pages, since the core never imports a feature
app (tests/test_house_rules.py).

A feature app adds its parts from its ``AppConfig.ready()``; the core's views read these
lists. Explicit lists filled at start-up, not signals: searching for ``add_`` in the apps
finds every part, and a page works the same without any of them.
- settings sections: a card on /settings/ (its template, its place, what it shows);
- board extras: what the board's header shows besides the pipeline (the log's tally);
- digest lines: the lines of the daily digest's work-search section;
- application panels: a card on an application's page (the saved posting);
- leaving: what must go with an account besides its rows (a document's stored bytes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.contrib.auth.models import User
from django.http import HttpRequest


def no_context(request: HttpRequest) -> dict[str, Any]:
    return {}


@dataclass(frozen=True)
class SettingsSection:
    template: str
    order: int
    # What the template reads besides the page's own context; a section's view that
    # answers with its form's errors passes that form in instead (``render_settings``).
    context: Callable[[HttpRequest], dict[str, Any]] = field(default=no_context)
    # The entry in the page's side navigation, if any: its words and the section's anchor.
    nav: tuple[str, str] | None = None


@dataclass(frozen=True)
class ApplicationPanel:
    """A card on the application page: its template, and what it shows of one
    application (one query at most: the page's query count stays constant)."""

    template: str
    context: Callable[[HttpRequest, Any], dict[str, Any]]


# (user, today, now) -> the board's context entries / the digest's lines.
BoardExtra = Callable[[User, date, datetime], dict[str, Any]]
DigestLines = Callable[[User, date, datetime], list[str]]
# user -> what to do once the account's deletion is committed (read before the rows go).
Leaving = Callable[[User], Callable[[], None]]

SETTINGS_SECTIONS: list[SettingsSection] = []
BOARD_EXTRAS: list[BoardExtra] = []
DIGEST_LINES: list[DigestLines] = []
APPLICATION_PANELS: list[ApplicationPanel] = []
LEAVING: list[Leaving] = []
# The daily prune's parts an app owns: each removes what it left behind, says how much.
DAILY_CLEANUPS: list[Callable[[datetime], str]] = []


def _add(known: list, part: object) -> None:
    # ready() runs once per process, but a test may populate the app registry again.
    if part not in known:
        known.append(part)


def add_settings_section(section: SettingsSection) -> None:
    _add(SETTINGS_SECTIONS, section)
    SETTINGS_SECTIONS.sort(key=lambda known: known.order)


def add_board_extra(extra: BoardExtra) -> None:
    _add(BOARD_EXTRAS, extra)


def add_digest_lines(lines: DigestLines) -> None:
    _add(DIGEST_LINES, lines)


def add_application_panel(panel: ApplicationPanel) -> None:
    _add(APPLICATION_PANELS, panel)


def add_leaving(part: Leaving) -> None:
    _add(LEAVING, part)


def add_daily_cleanup(cleanup: Callable[[datetime], str]) -> None:
    _add(DAILY_CLEANUPS, cleanup)


def daily_cleanups(now: datetime) -> list[str]:
    """What each app's part of the daily prune did, in the order added."""
    return [cleanup(now) for cleanup in DAILY_CLEANUPS]


def leaving(user: User) -> list[Callable[[], None]]:
    """What each app must do once ``user``'s account is deleted (its files removed)."""
    return [part(user) for part in LEAVING]


def application_panels(request: HttpRequest, application: Any) -> list[dict[str, Any]]:
    """Each panel's template with what it shows of ``application``, in the order added."""
    return [
        {"template": panel.template, **panel.context(request, application)}
        for panel in APPLICATION_PANELS
    ]


def board_extras(user: User, today: date, now: datetime) -> dict[str, Any]:
    return {key: value for extra in BOARD_EXTRAS for key, value in extra(user, today, now).items()}


def digest_lines(user: User, today: date, now: datetime) -> list[str]:
    return [line for lines in DIGEST_LINES for line in lines(user, today, now)]
