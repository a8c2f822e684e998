"""Writes that touch more than one record: save a record, then recompute the stage.

Views call these instead of ``save()`` so that what must follow a change is visible
where the change is made (no signals, no side effects hidden in ``save()``).
"""

from __future__ import annotations

from django.db import transaction

from interviews.models import Application, InterviewRound, StatusUpdate
from interviews.stages import derive_stage


def stage_refresh(application: Application) -> Application:
    """Recompute and store the stage from the application's records, as the database has them."""
    stage = derive_stage(
        applied_on=application.applied_on,
        # Fresh queries, not a prefetch cache that the caller may hold from before the change.
        rounds=InterviewRound.objects.filter(application=application),
        updates=StatusUpdate.objects.filter(application=application),
    )
    # Always touch updated_at: the board orders by last activity.
    application.stage = stage
    application.save(update_fields=["stage", "updated_at"])
    return application


@transaction.atomic
def application_save(application: Application) -> Application:
    application.save()
    return stage_refresh(application)


@transaction.atomic
def record_save(record: InterviewRound | StatusUpdate) -> InterviewRound | StatusUpdate:
    """Save a round or a status update, then bring its application's stage up to date."""
    record.save()
    stage_refresh(record.application)
    return record


@transaction.atomic
def record_delete(record: InterviewRound | StatusUpdate) -> Application:
    """Delete a round or a status update, then bring its application's stage up to date."""
    application = record.application
    record.delete()
    return stage_refresh(application)
