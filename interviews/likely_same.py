"""Two applications that are likely one job under two spellings: "Peak Fintech / Sr PM
Payments" beside "Peak FinTech / Senior Product Manager, Payments". The one rule, read by
the add form (which asks "add a second one?") and the spreadsheet import (which asks skip,
merge or add, ``interviews.exchange.likely``).

A likely duplicate has the same company, its names folded (``interviews.folding``) and
compared word by word, one a word-prefix of the other once legal forms are set aside
("Dell" and "Dell Technologies", "Müller" and "MULLER GmbH"); and the same or a similar
role, its words folded and the usual abbreviations spelled out ("Sr PM" is "Senior
Product Manager"), one role's words all among the other's or three in four shared.

Pure: no queries; the caller gives the applications to compare with.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from interviews.folding import fold

# Words that name a company's legal form, not the company.
LEGAL_FORMS = frozenset(
    {
        "inc", "incorporated", "llc", "llp", "ltd", "limited", "plc", "corp", "corporation",
        "co", "company", "gmbh", "ag", "kg", "se", "sa", "sas", "bv", "nv", "pty", "the",
    }
)  # fmt: skip
# Role words as people shorten them, spelled out.
ROLE_SPELLED = {
    "sr": "senior", "snr": "senior", "jr": "junior", "pm": "product manager",
    "po": "product owner", "mgr": "manager", "eng": "engineer", "engr": "engineer",
    "dev": "developer", "swe": "software engineer", "sde": "software engineer",
    "vp": "vice president", "dir": "director", "assoc": "associate", "ops": "operations",
    "mktg": "marketing", "ux": "user experience", "ui": "user interface",
}  # fmt: skip
ROLE_FILLER = frozenset({"of", "and", "the", "a", "an", "for", "in", "at", "und", "der"})
WORD = re.compile(r"[^\W_]+")
SHARED_ENOUGH = 0.75


def company_words(name: str) -> tuple[str, ...]:
    words = WORD.findall(fold(name))
    return tuple(word for word in words if word not in LEGAL_FORMS) or tuple(words)


def role_words(role: str) -> frozenset[str]:
    spelled = " ".join(ROLE_SPELLED.get(word, word) for word in WORD.findall(fold(role)))
    return frozenset(spelled.split()) - ROLE_FILLER


def same_company(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    shorter, longer = sorted((one, other), key=len)
    return bool(shorter) and longer[: len(shorter)] == shorter


def similar_role(one: frozenset[str], other: frozenset[str]) -> bool:
    if not one or not other:
        return one == other
    if one <= other or other <= one:
        return True
    return len(one & other) / len(one | other) >= SHARED_ENOUGH


@dataclass(frozen=True)
class Tracked:
    """An application the person has, as the matching reads it."""

    pk: int
    company: str
    role: str

    def __str__(self) -> str:
        return f"{self.company}, {self.role}"


class Tracking:
    """The person's applications, found by their company's first word (a word-prefix
    match shares it), so a row is compared with a handful, never with all of them."""

    def __init__(self, applications: Iterable[Tracked]) -> None:
        self.by_first_word: dict[str, list[tuple[Tracked, tuple[str, ...], frozenset]]] = (
            defaultdict(list)
        )
        for tracked in applications:
            words = company_words(tracked.company)
            if words:
                entry = (tracked, words, role_words(tracked.role))
                self.by_first_word[words[0]].append(entry)

    def match(self, company: str, role: str) -> Tracked | None:
        """The application this company and role most likely is, if any."""
        words, roles = company_words(company), role_words(role)
        if not words:
            return None
        for tracked, their_words, their_roles in self.by_first_word.get(words[0], ()):
            if same_company(words, their_words) and similar_role(roles, their_roles):
                return tracked
        return None
