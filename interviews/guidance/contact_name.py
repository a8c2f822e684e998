"""The contact as a sentence can say it: the name the person gave, without the labels an
address book adds ("Friend: Chris (referrer)" is "Chris"), and a role rather than a name
read as one ("Vacancy holder" is "the vacancy holder")."""

from __future__ import annotations

import re
from functools import lru_cache

from interviews.folding import fold

# A label before the name ("Friend: Chris"), and a note after it ("Frau Jansen (HR)").
_LABEL = re.compile(r"^[^:()]{1,30}:\s*(?=\S)")
_NOTE = re.compile(r"\s*\([^)]*\)\s*$")
# Words that make a contact a role or a team rather than a person.
ROLE_WORDS = frozenset(
    {
        "team",
        "holder",
        "recruitment",
        "recruiting",
        "recruiter",
        "department",
        "office",
        "hr",
        "personnel",
        "talent",
        "hiring",
        "manager",
        "personalabteilung",
        "personalstelle",
        "careers",
    }
)
_HONORIFIC = re.compile(r"^(mr|mrs|ms|miss|mx|dr|prof|herr|frau)\b\.?", re.IGNORECASE)


@lru_cache(maxsize=1024)
def spoken(contact: str) -> str:
    """``contact`` as it reads inside a sentence; unchanged when it is a plain name."""
    name = _NOTE.sub("", _LABEL.sub("", contact.strip())).strip() or contact.strip()
    words = fold(name).split()
    if _HONORIFIC.match(name) or not ROLE_WORDS.intersection(words):
        return name
    # A role: "the" and lower case, except abbreviations (HR) kept as written.
    return "the " + " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in name.split())
