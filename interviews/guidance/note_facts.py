"""Facts the person wrote in a note that change what an event is: a reserve list is not a
pause, a selection waiting on a staff council is not another round, a trial day is a
working day, an offer may hang on a visa, an acceptance may already be signed.

The vocabulary is read from notes (folded with ``interviews.folding.fold``, so "Zustimmung
des Personalrats" and "personalrat" match alike) rather than stored as new record kinds:
the kinds stay few, and a note is where people write these things. One pattern per fact,
in English and German, the languages of the product's users.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from interviews.folding import fold


class Fact(StrEnum):
    RESERVE_LIST = "reserve_list"  # passed, no post yet: a later vacancy may be offered
    CONSENT = "consent"  # chosen, waiting on a works council / Personalrat
    TRIAL_DAY = "trial_day"  # an unpaid trial day (Probetag): a working day, not a talk
    VISA = "visa"  # the job hangs on a visa or sponsorship filing
    SIGNED = "signed"  # a contract already signed


PATTERNS: dict[Fact, re.Pattern[str]] = {
    Fact.RESERVE_LIST: re.compile(
        r"reserve[ -]?list|reserveliste|nachrucker|merit list|held in reserve"
    ),
    Fact.CONSENT: re.compile(
        r"personalrat|betriebsrat|works council|staff council|mitarbeitervertretung"
    ),
    Fact.TRIAL_DAY: re.compile(
        r"probetag|probearbeit|trial day|trial shift|work trial|schnuppertag|hospitationstag"
    ),
    Fact.VISA: re.compile(
        r"\bh-?1b\b|\bvisa\b|\bvisum\b|sponsor|work permit|arbeitserlaubnis|"
        r"aufenthaltstitel|blue card|blaue karte|green card"
    ),
    Fact.SIGNED: re.compile(r"\bsigned\b|unterschrieben|unterzeichnet"),
}


def says(fact: Fact, texts: Iterable[str]) -> bool:
    """Whether any of these notes names the fact."""
    pattern = PATTERNS[fact]
    return any(text and pattern.search(fold(text)) for text in texts)
