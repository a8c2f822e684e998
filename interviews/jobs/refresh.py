"""The recompute after a rule change, in batches on the workers.

``refresh_queue`` queues the first batch; each batch recomputes the next REFRESH_BATCH
applications after the last one done (by id) with the one bulk write path
(``services.stages_refresh``) and, in the same transaction, queues the batch after it.
So the chain goes on exactly when a batch is written: a worker killed mid-batch writes
nothing and queues nothing, and its task, rerunnable (a recompute gives the same result
however often it runs), is queued again by the scheduler (``health.recover_stale``)
and resumes at the batch it was doing. Each batch's result says how far the recompute
has got ("1,200 of 5,000 applications refreshed").
"""

from __future__ import annotations

from django.db import transaction

from interviews import services
from interviews.models import Application

REFRESH_BATCH = 200  # a batch holds its owners' locks for well under a second


def refresh_next(after: int) -> tuple[int, int | None]:
    """Recompute the next batch after id ``after``: how many, and the id to go on after
    (None when this was the last batch)."""
    batch = list(Application.objects.filter(pk__gt=after).order_by("pk")[:REFRESH_BATCH])
    services.stages_refresh(batch)
    if len(batch) < REFRESH_BATCH:
        return len(batch), None
    return len(batch), batch[-1].pk


def refresh_all() -> int:
    """Every application, batch after batch, here and now; how many."""
    done, after = 0, 0
    while True:
        with transaction.atomic():
            count, next_after = refresh_next(after)
        done += count
        if next_after is None:
            return done
        after = next_after


def refresh_queue() -> int:
    """Queue the first batch; how many applications the recompute will go through."""
    from interviews.jobs.tasks import refresh_stages  # the tasks import this module

    total = Application.objects.count()
    refresh_stages.enqueue(0, 0, total)
    return total
