"""The seam between the settings page (core) and the feature apps' own sections of it.

The core never imports a feature app (tests/test_house_rules.py): a feature adds its
section here from its ``AppConfig.ready()``, and ``interviews.views.settings`` draws the
sections in ``order``, each template with the context its function returns. An explicit
list filled at start-up, not a signal: a reader finds every section by searching for
``add_settings_section``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

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


SETTINGS_SECTIONS: list[SettingsSection] = []


def add_settings_section(section: SettingsSection) -> None:
    # ready() runs once per process, but a test may build the app registry again.
    if section not in SETTINGS_SECTIONS:
        SETTINGS_SECTIONS.append(section)
        SETTINGS_SECTIONS.sort(key=lambda known: known.order)
