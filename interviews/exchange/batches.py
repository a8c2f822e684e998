"""Big writes in small transactions, undone as a whole if a later one fails.

A restore or an import of thousands of rows in one transaction held the write lock for
over 20 seconds, and everyone else's writes failed meanwhile (a 503 once the lock wait
ran out). Here each batch of ``chunking.BATCH`` rows commits on its own, so another person's write
waits for one batch at most (well under a second), and the job notes what it added: if
a later batch fails, the rows it added are deleted again, so a failed job changes
nothing. Everything is validated before the first batch, so only the database itself
(a clash with a write made meanwhile, a lost connection) can fail one.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from django.db import connection, models, transaction

from interviews.chunking import chunks

SQLITE_PAUSE = 0.12  # seconds: longer than SQLite's busy handler sleeps between its polls

logger = logging.getLogger(__name__)
Item = TypeVar("Item")


@dataclass
class Added:
    """What a job has committed so far, to delete again if it fails."""

    rows: list[tuple[type[models.Model], list[int]]] = field(default_factory=list)
    undo_steps: list[Callable[[], None]] = field(default_factory=list)

    def note(self, model: type[models.Model], records: Sequence[models.Model]) -> None:
        self.rows.append((model, [record.pk for record in records]))

    def on_undo(self, step: Callable[[], None]) -> None:
        """Something else to put back on failure (settings overwritten, say)."""
        self.undo_steps.append(step)

    def undo(self) -> None:
        """Delete the rows in the reverse order of their creation (children first)."""
        for model, pks in reversed(self.rows):
            for part in chunks(pks):
                with transaction.atomic():
                    model._default_manager.filter(pk__in=part).delete()
        for step in reversed(self.undo_steps):
            with transaction.atomic():
                step()
        logger.warning("A batched write failed and was undone (%d batches)", len(self.rows))


def batched(items: Sequence[Item], write: Callable[[Sequence[Item]], None]) -> None:
    """``write`` each chunk of ``items`` in a transaction of its own, with a pause
    between them for the writers that waited."""
    for index, part in enumerate(chunks(items)):
        if index:
            time.sleep(pause())
        with transaction.atomic():
            write(part)


def pause() -> float:
    """How long to leave the database to others between two batches. SQLite's lock is not
    fair: a waiting writer polls it (every 100 ms at most) and, without a pause, the next
    batch took it again each time, so others still timed out (measured: two writes failed
    after 5 s during a 20,000-record restore). PostgreSQL queues its waiters."""
    return SQLITE_PAUSE if connection.vendor == "sqlite" else 0.0
