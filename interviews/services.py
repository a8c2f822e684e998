"""Writes that touch more than one record: save a record, then recompute the stage.

Views call these instead of ``save()`` so that what must follow a change is visible
where the change is made (no signals, no side effects hidden in ``save()``).
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import prefetch_related_objects
from django.utils import timezone

from interviews.guidance.attention import attention
from interviews.models import Application, InterviewRound, Profile, StatusUpdate
from interviews.profiles import activated, profile_of
from interviews.stages import derive_stage

DERIVED_FIELDS = ["stage", "awaiting_from", "follow_up_on", "quiet_from"]


def stage_refresh(application: Application) -> Application:
    """Recompute and store the stage and the waiting dates from the application's records."""
    # Fresh records, not a prefetch cache that the caller may hold from before the change.
    if hasattr(application, "_prefetched_objects_cache"):
        application._prefetched_objects_cache.clear()
    prefetch_related_objects([application], "rounds", "updates")
    # The owner's calendar, whoever runs this (a request, a command, a restore).
    with activated(profile_of(application.owner)):
        application.stage = derive_stage(
            applied_on=application.applied_on,
            rounds=application.rounds.all(),
            updates=application.updates.all(),
        )
        dates = attention(application, today=timezone.localdate())
    application.awaiting_from = dates.awaiting_from
    application.follow_up_on = dates.follow_up_on
    application.quiet_from = dates.quiet_from
    # updated_at too: the board orders by last activity.
    application.save(update_fields=[*DERIVED_FIELDS, "updated_at"])
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


def profile_save(profile: Profile) -> Profile:
    """Save the person's settings and recompute every open application's waiting dates:
    a new country or time zone moves due dates."""
    with transaction.atomic():
        profile.save()
        for application in Application.objects.for_user(profile.owner).active():
            stage_refresh(application)
    return profile
