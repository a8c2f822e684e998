"""A country's regions (US states, UK nations, German states...) as the ``holidays`` package
knows them: their plain names for the settings page, and the regional holidays near a
person's dates while they have not chosen theirs.

Pure: no queries, no clock. Names come in English where pycountry's ISO 3166-2
translation has one ("Bavaria"), else the ``holidays`` package's own ("Baden-Württemberg").
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import holidays
import pycountry

from interviews.folding import fold
from interviews.guidance.wording import join_names, short_date

FRIDAY = 4
BRACKETS = re.compile(r"\s*\[[^]]*\]")
ENGLISH = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"], fallback=True)


@lru_cache(maxsize=256)
def region_names(country: str) -> dict[str, str]:
    """Code -> plain name of each subdivision of ``country``, in the order people look for
    them (by name); empty for a country without any, or one the package does not know."""
    try:
        calendar = holidays.country_holidays(country)
    except NotImplementedError:
        return {}
    aliases = calendar.get_subdivision_aliases()
    named = {
        code: _plain_name(country, code, aliases.get(code, [])) for code in calendar.subdivisions
    }
    # Two regions of one name (rare) keep their codes apart.
    counts = {name: list(named.values()).count(name) for name in named.values()}
    named = {
        code: name if counts[name] == 1 else f"{name} ({code})" for code, name in named.items()
    }
    return dict(sorted(named.items(), key=lambda pair: fold(pair[1])))


def _plain_name(country: str, code: str, aliases: list[str]) -> str:
    subdivision = pycountry.subdivisions.get(code=f"{country}-{code}")
    if subdivision is not None:
        # ISO writes other spellings in brackets: "Wales [Cymru GB-CYM]" reads "Wales".
        return BRACKETS.sub("", ENGLISH.gettext(subdivision.name)).strip()
    return aliases[0] if aliases else code


@dataclass(frozen=True)
class RegionalHoliday:
    """A public holiday kept in some of the country's regions but not nationwide."""

    day: date
    name: str
    regions: tuple[str, ...]  # plain names, as in the settings


@lru_cache(maxsize=64)
def regional_holidays(country: str, year: int) -> tuple[RegionalHoliday, ...]:
    """The weekday holidays of ``year`` that only some regions of ``country`` keep, by day."""
    names = region_names(country)
    if not names:
        return ()
    nationwide = _holidays(country, None, year)
    found: dict[tuple[date, str], list[str]] = {}
    for code, region in names.items():
        for day, name in _holidays(country, code, year).items():
            if day not in nationwide and day.weekday() <= FRIDAY:
                found.setdefault((day, name), []).append(region)
    return tuple(
        RegionalHoliday(day, name, tuple(regions)) for (day, name), regions in sorted(found.items())
    )


def _holidays(country: str, region: str | None, year: int) -> dict[date, str]:
    calendar = holidays.country_holidays(country, subdiv=region, years=year)
    if "en_US" in calendar.supported_languages:
        calendar = holidays.country_holidays(country, subdiv=region, years=year, language="en_US")
    # A day with two names ("Christmas Day; Boxing Day") keeps its first.
    return {day: name.split("; ")[0] for day, name in calendar.items()}


def regional_holiday_between(
    country: str, region: str, start: date, end: date
) -> RegionalHoliday | None:
    """The first regional holiday from ``start`` to ``end`` that a person of ``country``
    without a region (``region`` blank) may keep without the dates counting it; None once
    they have chosen their region, or when there is none."""
    if region or not country or end < start:
        return None
    for year in range(start.year, end.year + 1):
        for holiday in regional_holidays(country, year):
            if start <= holiday.day <= end:
                return holiday
    return None


def holiday_ahead(country: str, region: str, advice, today: date) -> RegionalHoliday | None:
    """The regional holiday, if any, that falls between ``today`` and the last date the
    advice (``interviews.guidance.Advice``) names: the dates were counted without it, so a
    person who keeps it should set their region. None once the region is set."""
    named = [
        advice.reply_expected_by,
        advice.follow_up_on,
        advice.deadline,
        advice.thank_you.due if advice.thank_you else None,
        *(step.due for step in advice.next_steps),
    ]
    end = max((day for day in named if day is not None), default=None)
    if end is None:
        return None
    return regional_holiday_between(country, region, today, end)


def region_note(holiday: RegionalHoliday, most: int = 3) -> str:
    """ "Epiphany (Wed 6 Jan) is a public holiday in Augsburg, Baden-Württemberg, Bavaria
    and 1 more region": the first half of the page's sentence, whose end links to settings."""
    names = list(holiday.regions)
    if len(names) > most:
        rest = len(names) - most
        names = [*names[:most], f"{rest} more region{'s' if rest > 1 else ''}"]
    return f"{holiday.name} ({short_date(holiday.day)}) is a public holiday in {join_names(names)}"
