"""Rows that look like an application the person already tracks, under another spelling:
"Dell / Sr PM Storage" beside "Dell Technologies / Sr. Product Manager, Storage".

The exact duplicates (same company, role and applied date as written) are skipped by the
importer already. These are the likely ones, which only the person can settle: each is
shown on the preview with a choice, skip (the default: nothing is ever duplicated
without being asked), merge into the one they have, or add it as a separate application.

A likely duplicate has the same company, its names folded (``interviews.folding``) and
compared word by word, one a word-prefix of the other once legal forms are set aside
("Dell" and "Dell Technologies", "Müller" and "MULLER GmbH"); and the same or a similar
role, its words folded and the usual abbreviations spelled out ("Sr PM" is "Senior
Product Manager"), one role's words all among the other's or three in four shared.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction

from interviews.folding import fold
from interviews.models import Application, ContactRole
from interviews.services import Named, application_save

SKIP, MERGE, ADD = "skip", "merge", "add"
CHOICES = {
    SKIP: "Skip it: keep only the one you have",
    MERGE: "Merge: add what the file says to the one you have",
    ADD: "Add it as a separate application",
}

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


# Merging: the fields a row may fill where the application has nothing.
FILLABLE = ("location", "salary", "job_url", "applied_on")


def merged_fields(application: Application, fields: dict[str, object], number: int) -> list[str]:
    """Fill ``application``'s empty fields from a row's and add its notes; the names of
    the fields changed. Its own records (rounds, updates) stay as they are: they are what
    the advice reads, and the person's own entries say more than a spreadsheet's line.
    (The row's contact fills in the recruiter: ``recruiter_from``.)"""
    changed = [name for name in FILLABLE if not getattr(application, name) and fields.get(name)]
    for name in changed:
        setattr(application, name, fields[name])
    said = str(fields.get("notes") or "").strip()
    heading = f"From your spreadsheet (row {number}, “{fields['company']}, {fields['role']}”)"
    addition = f"{heading}:\n{said}" if said else f"{heading}: merged here."
    application.notes = "\n\n".join(part for part in (application.notes, addition) if part)
    return [*changed, "notes"]


def recruiter_from(application: Application, fields: dict[str, object]) -> dict | None:
    """The row's contact as the application's recruiter, where it has none yet."""
    name, email = str(fields.get("contact_name") or ""), str(fields.get("contact_email") or "")
    if application.recruiter is not None or not (name or email):
        return None
    return {ContactRole.RECRUITER: Named(name, email)}


def merge_rows(user, merges: list[tuple[int, dict[str, object], int]]) -> int:
    """Merge each (application's pk, row's fields, row number) into the person's own
    application; how many were merged (one deleted since the preview is passed over)."""
    wanted = {pk for pk, _, _ in merges}
    with transaction.atomic():
        mine = Application.objects.for_user(user).select_for_update().in_bulk(wanted)
        people = {}
        for pk, fields, number in merges:
            if pk in mine:
                merged_fields(mine[pk], fields, number)
                people[pk] = recruiter_from(mine[pk], fields)
        for application in mine.values():
            application_save(application, people=people.get(application.pk))
    return sum(1 for pk, _, _ in merges if pk in mine)
