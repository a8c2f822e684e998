"""A country's regions (US states, UK nations, German states...) as the ``holidays`` package
knows them: their plain names for the settings page, territories apart.

Without a region only the nationwide holidays count (the settings say so, and the board
asks once for the region, ``interviews.views.region``): the regional holidays of regions
a person does not live in are never named to them.

Pure: no queries, no clock. Names come in English where pycountry's ISO 3166-2
translation has one ("Bavaria"), else the ``holidays`` package's own ("Baden-Württemberg").
"""

from __future__ import annotations

import gettext
import re
from functools import lru_cache

import holidays
import pycountry

from interviews.folding import fold

BRACKETS = re.compile(r"\s*\[[^]]*\]")
# The package codes a region the ISO 3166-2 way, in capitals and digits ("BY", "01"); a
# city or area it keeps for a local holiday of its own goes by its name ("Augsburg",
# "Stadt Zurich", "Barcelona"). People choose a state, not a city: those are left out.
REGION_CODE = re.compile(r"[A-Z0-9]+")
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
        code: _plain_name(country, code, aliases.get(code, []))
        for code in calendar.subdivisions
        if REGION_CODE.fullmatch(code)
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


# ISO 3166-2's kind for the US territories. People live in five of them and the
# ``holidays`` package keeps each one's own holidays, so they stay selectable, under a
# heading of their own after the states rather than among them; the Minor Outlying
# Islands have no permanent population, so nobody is asked to choose them.
OUTLYING_AREA = "Outlying area"
UNINHABITED = frozenset({("US", "UM")})
TERRITORIES = "Territories"


@lru_cache(maxsize=256)
def region_groups(country: str) -> tuple[tuple[str, dict[str, str]], ...]:
    """``region_names`` as a picker shows them: the regions people mean by the word (states,
    nations, Länder), then the territories under their own heading, if the country has any."""
    regions: dict[str, str] = {}
    territories: dict[str, str] = {}
    for code, name in region_names(country).items():
        if (country, code) in UNINHABITED:
            continue
        subdivision = pycountry.subdivisions.get(code=f"{country}-{code}")
        outlying = subdivision is not None and subdivision.type == OUTLYING_AREA
        (territories if outlying else regions)[code] = name
    return (("", regions), (TERRITORIES, territories)) if territories else (("", regions),)
