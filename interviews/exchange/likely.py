"""Rows that look like an application the person already tracks, under another spelling:
"Dell / Sr PM Storage" beside "Dell Technologies / Sr. Product Manager, Storage".

The exact duplicates (same company, role and applied date as written) are skipped by the
importer already. These are the likely ones, which only the person can settle: each is
shown on the preview with a choice, skip (the default: nothing is ever duplicated
without being asked), merge into the one they have, or add it as a separate application.
What "likely" means is the core's one rule (``interviews.likely_same``), which the add
form reads too.
"""

from __future__ import annotations

from django.db import transaction

from interviews.likely_same import Tracked, Tracking
from interviews.models import Application, ContactRole
from interviews.services import Named, application_save

__all__ = ["ADD", "CHOICES", "MERGE", "SKIP", "Tracked", "Tracking", "merge_rows"]

SKIP, MERGE, ADD = "skip", "merge", "add"
CHOICES = {
    SKIP: "Skip it: keep only the one you have",
    MERGE: "Merge: add what the file says to the one you have",
    ADD: "Add it as a separate application",
}

# Merging: the fields a row may fill where the application has nothing.
FILLABLE = ("location", "source", "salary", "job_url", "applied_on")


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
