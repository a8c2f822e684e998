"""A portal's status notice: "The status of your application for R-0048 Analyst has
changed to: No Longer Under Consideration", "Neuer Status Ihrer Bewerbung: nicht
berücksichtigt". The status is the news, written in a tracker's own words, so it is read
with the status words the spreadsheet import reads (``interviews.vocabulary``)."""

from __future__ import annotations

import re

from interviews.hrmail.kinds import PRIORITY, Hit
from interviews.vocabulary import news_of_status_word

# "... status ... has changed to:", "Status: ...", "Neuer Status Ihrer Bewerbung: ..."
STATUS_CHANGE = re.compile(
    r"\bstatus\b[^:.]{0,160}?\b(?:has (?:been )?(?:changed|updated|moved|set) to|"
    r"(?:changed|updated|moved) to|is now|ist (?:jetzt|nun)|"
    r"(?:wurde )?(?:geändert|aktualisiert) (?:auf|in|zu))\s*:?\s*(?P<value>[^.!]*)|"
    r"^(?:(?:new|current|neuer|aktueller) )?status(?: (?:of your application|"
    r"Ihrer Bewerbung|deiner Bewerbung))?\s*:\s*(?P<after_colon>[^.!]*)",
    re.IGNORECASE,
)
PARTS = re.compile(r"\s+[-–—/|]\s+|:\s*")


def status_hits(lines: list[str]) -> list[Hit]:
    """The news a status notice names, as a plain hit (weight 3): a portal states it."""
    hits = []
    for at, line in enumerate(lines):
        found = STATUS_CHANGE.search(line)
        if not found:
            continue
        value = (found["value"] or found["after_colon"] or "").strip()
        said = line
        if not value and at + 1 < len(lines):
            value = lines[at + 1]  # the status on a line of its own
            said = f"{line} {value}"
        if kind := _news_of(value):
            hits.append(Hit(kind, 3, said))
    return hits


def _news_of(value: str) -> str | None:
    """The news of a status, whole ("Not Selected") or by its parts ("Verfahren
    abgeschlossen - nicht berücksichtigt"); the most decisive part decides."""
    value = value.strip(" \"'“”„«»*")[:120]
    if whole := news_of_status_word(value):
        return whole
    found = {kind for part in PARTS.split(value) if (kind := news_of_status_word(part))}
    return min(found, key=PRIORITY.index) if found else None
