"""A spreadsheet's rows into a person's account: a preview that says what will happen to
each row, then the import itself, all or nothing (in batches, undone if one fails).

Rows with problems are left out and listed; rows already in the account or earlier in
the file (same company, role and applied date) are skipped and counted. The preview
and the import run the same plan, so what the preview promised is what happens.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from django.db import DatabaseError
from django.utils import timezone

from interviews.exchange.batches import Added, batched
from interviews.exchange.likely import ADD, MERGE, SKIP, Tracked, Tracking
from interviews.exchange.mapping import (
    PEOPLE,
    REQUIRED,
    PlannedRow,
    Reading,
    duplicate_key,
    plan_row,
)
from interviews.exchange.presets import named
from interviews.exchange.spreadsheet import Table
from interviews.exchange.values import file_year
from interviews.models import (
    Application,
    ContactRole,
    InterviewRound,
    Outcome,
    StatusUpdate,
    folded_names,
)
from interviews.services import Named, owner_lock, people_bulk_link, stages_refresh
from interviews.vocabulary import words


@dataclass(frozen=True)
class Likely:
    """A row that looks like an application the person has, and what they chose for it."""

    row: PlannedRow
    tracked: Tracked
    choice: str  # likely.SKIP, MERGE or ADD


@dataclass
class Preview:
    ready: list[PlannedRow] = field(default_factory=list)
    duplicates: list[PlannedRow] = field(default_factory=list)
    refused: list[PlannedRow] = field(default_factory=list)
    likely: list[Likely] = field(default_factory=list)  # whatever was chosen for each

    @property
    def merges(self) -> list[tuple[int, dict[str, object], int]]:
        """What ``likely.merge_rows`` takes: the application, the row's fields, its number."""
        return [
            (x.tracked.pk, x.row.fields, x.row.number) for x in self.likely if x.choice == MERGE
        ]

    @property
    def likely_skipped(self) -> int:
        return sum(1 for x in self.likely if x.choice == SKIP)

    @property
    def noted(self) -> list[PlannedRow]:
        return [row for row in self.ready if row.notes]

    @property
    def unknown_statuses(self) -> list[tuple[str, int]]:
        """The status words we did not know, each as first written, with how many rows
        wrote it (in any case or spacing), most frequent first."""
        spelling: dict[str, str] = {}
        counts: Counter[str] = Counter()
        for row in self.ready:
            if row.unknown_status:
                key = words(row.unknown_status)  # as the person's choice for it is kept
                spelling.setdefault(key, row.unknown_status)
                counts[key] += 1
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return [(spelling[key], count) for key, count in ranked]


def preview(
    user,
    table: Table,
    columns: dict[str, int | None],
    *,
    reading: Reading,
    today: dt.date,
    likely: dict[str, str] | None = None,
) -> Preview:
    """What importing the table with this mapping would do, row by row. One query.
    ``likely``: what the person chose (``likely.CHOICES``) for each row that looks like an
    application they have, by its row number; skipped unless they chose otherwise."""
    mine = Application.objects.for_user(user).values_list("pk", "company", "role", "applied_on")
    known, tracked = set(), []
    for pk, company, role, applied_on in mine:
        known.add(duplicate_key(company, role, applied_on))
        tracked.append(Tracked(pk, company, role))
    tracking, chosen = Tracking(tracked), likely or {}
    if reading.year is None:
        dated = [columns.get(name) for name in ("applied_on", "status_date")]
        cells = [row[at] for row in table.rows for at in dated if at is not None and at < len(row)]
        reading = replace(reading, year=file_year(cells, reading.order))
    result = Preview()
    for number, cells in zip(table.numbers, table.rows, strict=True):
        row = plan_row(
            number, _cells(cells, columns), order=reading.order, today=today, reading=reading
        )
        if row.problems:
            result.refused.append(row)
        elif row.key in known:
            result.duplicates.append(row)
        elif match := tracking.match(str(row.fields["company"]), str(row.fields["role"])):
            choice = chosen.get(str(number), SKIP)
            result.likely.append(Likely(row, match, choice))
            if choice == ADD:
                known.add(row.key)
                result.ready.append(row)
        else:
            known.add(row.key)
            result.ready.append(row)
    return result


def stored_preview(user, stored: dict, choice: dict, *, today: dt.date) -> Preview:
    """``preview`` of a table kept as JSON (``PendingImport.table``) with the columns the
    person chose (``PendingImport.columns``), read as its recognised format reads them and
    with the meanings they gave the status words we did not know."""
    table = Table(stored["header"], stored["rows"], stored["numbers"])
    preset = named(choice.get("preset", ""))
    own_email = getattr(user, "email", "")
    reading = (
        preset.reading(choice["order"], own_email)
        if preset
        else Reading(order=choice["order"], own_email=own_email)
    )
    # What the person said the status words we did not know mean (the preview's form).
    reading = replace(reading, statuses=choice.get("statuses", {}))
    likely = choice.get("likely", {})
    return preview(user, table, choice["columns"], reading=reading, today=today, likely=likely)


def _cells(cells: list[str], columns: dict[str, int | None]) -> dict[str, str]:
    found = {name: cells[index] for name, index in columns.items() if index is not None}
    return dict.fromkeys(REQUIRED, "") | found


class ImportFailed(Exception):
    """The database refused a batch; what was added before it was removed again."""


def import_rows(
    user, rows: list[PlannedRow], *, progress: Callable[[int], object] | None = None
) -> list[Application]:
    """Create the applications, their updates, rounds and stages in batches of their
    own (``exchange.batches``): all or none, without holding others' writes up.
    ``progress`` hears the rows done after each batch, inside its transaction."""
    added = Added()
    imported: list[Application] = []

    def write(part: Sequence[PlannedRow]) -> None:
        applications = _create(user, part)
        added.note(Application, applications)  # their records go with them (cascade)
        imported.extend(applications)
        if progress is not None:
            progress(len(imported))

    try:
        batched(rows, write)
    except DatabaseError as error:
        added.undo()
        raise ImportFailed(
            "Nothing was imported: the database refused part of it. Try again in a minute."
        ) from error
    return imported


def import_report(count: int, plan: Preview, merged: int = 0) -> str:
    """What the person is told when the import is done."""
    text = f"Imported {count} application{'s' if count != 1 else ''}."
    if merged:
        text += f" {merged} merged into {'one' if merged == 1 else 'ones'} you already had."
    if likely := plan.likely_skipped:
        text += (
            f" {likely} that looked like {'one' if likely == 1 else 'ones'} you already"
            f" had {'was' if likely == 1 else 'were'} skipped, as you chose."
        )
    if skipped := len(plan.duplicates):
        text += f" {skipped} already here {'was' if skipped == 1 else 'were'} skipped."
    if refused := len(plan.refused):
        text += (
            f" {refused} with problems {'was' if refused == 1 else 'were'} left out: "
            f"fix {'it' if refused == 1 else 'them'} and import again."
        )
    return text


def _create(user, rows: Sequence[PlannedRow]) -> list[Application]:
    """One batch, inside its transaction (``batched`` opens it)."""
    owner_lock(user.pk)
    applications = Application.objects.bulk_create(
        [
            Application(
                owner=user,
                # Folded for the search as it is written, as services.application_save does.
                search_text=folded_names(str(row.fields["company"]), str(row.fields["role"])),
                **{name: value for name, value in row.fields.items() if name not in PEOPLE},
            )
            for row in rows
        ]
    )
    if applications and applications[0].pk is None:  # no ids back from the bulk insert
        uids = [application.uid for application in applications]
        by_uid = dict(
            Application.objects.for_user(user).filter(uid__in=uids).values_list("uid", "pk")
        )
        for application in applications:
            application.pk = by_uid[application.uid]
    # The row's contact is the application's recruiter, a contact found or added.
    people_bulk_link(
        user.pk,
        [
            (application, ContactRole.RECRUITER, Named(str(name or ""), str(email or "")))
            for application, row in zip(applications, rows, strict=True)
            for name, email in [(row.fields.get("contact_name"), row.fields.get("contact_email"))]
            if name or email
        ],
    )
    StatusUpdate.objects.bulk_create(
        [
            StatusUpdate(application=application, kind=kind, on=on, note=note)
            for application, row in zip(applications, rows, strict=True)
            if row.update
            for kind, on, note in [row.update]
        ]
    )
    InterviewRound.objects.bulk_create(
        [
            InterviewRound(
                application=application,
                kind=row.interview_kind,
                scheduled_at=timezone.make_aware(when),  # in the person's zone, in force
                outcome=outcome,
                notes="From your spreadsheet.",
            )
            for application, row in zip(applications, rows, strict=True)
            if row.interview
            for when, outcome in [row.interview]
        ]
        + [
            InterviewRound(
                application=application,
                kind=row.undated_round,
                scheduled_at=None,  # the file names it, never its date: not made up
                outcome=Outcome.DONE,
                notes="From your spreadsheet: its date was not recorded.",
            )
            for application, row in zip(applications, rows, strict=True)
            if row.undated_round
        ]
    )
    stages_refresh(applications)
    return applications
