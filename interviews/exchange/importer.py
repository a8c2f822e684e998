"""A spreadsheet's rows into a person's account: a preview that says what will happen to
each row, then the import itself, all or nothing (in batches, undone if one fails).

Rows with problems are left out and listed; rows already in the account or earlier in
the file (same company, role and applied date) are skipped and counted. The preview
and the import run the same plan, so what the preview promised is what happens.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import DatabaseError
from django.utils import timezone

from interviews.exchange.batches import Added, batched
from interviews.exchange.mapping import REQUIRED, PlannedRow, Reading, duplicate_key, plan_row
from interviews.exchange.spreadsheet import Table
from interviews.models import (
    Application,
    InterviewRound,
    Outcome,
    RoundKind,
    StatusUpdate,
    folded_names,
)
from interviews.services import owner_lock, stages_refresh
from interviews.vocabulary import words


@dataclass
class Preview:
    ready: list[PlannedRow] = field(default_factory=list)
    duplicates: list[PlannedRow] = field(default_factory=list)
    refused: list[PlannedRow] = field(default_factory=list)

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
    user, table: Table, columns: dict[str, int | None], *, reading: Reading, today: dt.date
) -> Preview:
    """What importing the table with this mapping would do, row by row. One query."""
    known = {
        duplicate_key(*values)
        for values in Application.objects.for_user(user).values_list(
            "company", "role", "applied_on"
        )
    }
    result = Preview()
    for number, cells in zip(table.numbers, table.rows, strict=True):
        row = plan_row(
            number, _cells(cells, columns), order=reading.order, today=today, reading=reading
        )
        if row.problems:
            result.refused.append(row)
        elif row.key in known:
            result.duplicates.append(row)
        else:
            known.add(row.key)
            result.ready.append(row)
    return result


def _cells(cells: list[str], columns: dict[str, int | None]) -> dict[str, str]:
    found = {name: cells[index] for name, index in columns.items() if index is not None}
    return dict.fromkeys(REQUIRED, "") | found


class ImportFailed(Exception):
    """The database refused a batch; what was added before it was removed again."""


def import_rows(user, rows: list[PlannedRow]) -> list[Application]:
    """Create the applications, their updates, rounds and stages in batches of their
    own (``exchange.batches``): all or none, without holding others' writes up."""
    added = Added()
    imported: list[Application] = []

    def write(part: Sequence[PlannedRow]) -> None:
        applications = _create(user, part)
        added.note(Application, applications)  # their records go with them (cascade)
        imported.extend(applications)

    try:
        batched(rows, write)
    except DatabaseError as error:
        added.undo()
        raise ImportFailed(
            "Nothing was imported: the database refused part of it. Try again in a minute."
        ) from error
    return imported


def _create(user, rows: Sequence[PlannedRow]) -> list[Application]:
    """One batch, inside its transaction (``batched`` opens it)."""
    owner_lock(user.pk)
    applications = Application.objects.bulk_create(
        [
            Application(
                owner=user,
                # Folded for the search as it is written, as services.application_save does.
                search_text=folded_names(str(row.fields["company"]), str(row.fields["role"])),
                **row.fields,
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
                kind=RoundKind.OTHER,
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
