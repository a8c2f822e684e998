"""Writes that touch more than one record: save a record, then recompute the stage.

Views call these instead of ``save()`` so that what must follow a change is visible
where the change is made (no signals, no side effects hidden in ``save()``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Case, Q, Value, When, prefetch_related_objects
from django.utils import timezone

from interviews.accounts.models import Profile, WeekStart
from interviews.card_state import card_of
from interviews.drafts import SENT_AS, SENT_NOTES, THANK_YOU
from interviews.guidance import Advice, Person, advise
from interviews.guidance.attention import attention
from interviews.guidance.search import Search
from interviews.models import (
    RECORDS,
    Application,
    Contact,
    InterviewRound,
    Outcome,
    Stage,
    StatusUpdate,
    folded_names,
)
from interviews.people_writes import (  # the people's writes, re-exported: one write path
    Book,  # noqa: F401
    Named,
    application_people_set,
    application_person_add,  # noqa: F401
    application_person_remove,  # noqa: F401
    contact_delete,  # noqa: F401
    contact_edit,  # noqa: F401
    contact_save,  # noqa: F401
    contacts_fold,  # noqa: F401
    people_bulk_link,  # noqa: F401
    round_people_set,
)
from interviews.profiles import activated, profile_of
from interviews.promised import promise_from_note, promise_from_round_notes
from interviews.search_picture import search_of
from interviews.stages import derive_stage

CARD_FIELDS = (
    "card_situation",
    "card_waiting_state",
    "card_step",
    "card_due",
    "card_interview_on",
    "card_timing",
    "card_valid_until",
)
DERIVED_FIELDS = ("stage", "awaiting_from", "follow_up_on", "quiet_from", *CARD_FIELDS)
# Stale card states worked out on one view: a page's cards and more (a long absence
# leaves every state stale; the queue works them out at midnight in a later issue).
STALE_BATCH = 300
# Stages that other applications' advice reads (``guidance.search``): an offer in hand,
# an offer accepted. A change into or out of one refreshes the person's other applications.
SEEN_BY_OTHERS = frozenset({Stage.OFFER, Stage.ACCEPTED})


def stage_refresh(application: Application) -> Application:
    """Recompute and store the stage and the waiting dates from the application's records,
    and nothing else: last activity stays, and a refresh that finds nothing new writes
    nothing (so ``refresh_stages`` leaves every board, list and feed ETag as it was)."""
    return _store_derived(application, last_activity_at=None)


def application_touch(application: Application) -> Application:
    """One of the application's records was written: it is the latest activity, and the
    stage and waiting dates follow the change."""
    return _store_derived(application, last_activity_at=timezone.now())


def owner_lock(*owner_ids: int) -> None:
    """Hold the owners' rows until the transaction ends: every write to a person's records
    and every recompute of their stages takes this lock first, so two requests writing to
    one application at once run one after the other, and the second reads the first's
    record before it stores the stage. One lock per person, taken in id order, so a batch
    over several applications cannot deadlock with a single write. (On SQLite, writes are
    serialised already: transactions begin IMMEDIATE; this is a no-op there.)"""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("owner_lock() holds its lock until the transaction ends: use one.")
    users = get_user_model().objects.select_for_update(no_key=True)
    list(users.filter(pk__in=sorted(set(owner_ids))).order_by("pk").values_list("pk"))


@transaction.atomic(savepoint=False)
def _store_derived(application: Application, *, last_activity_at) -> Application:
    """Store the derived values; when the stage moved into or out of one the others read
    (an offer, an accepted offer), their stored dates follow in the same transaction."""
    owner_lock(application.owner_id)
    stage_before = application.stage
    values = _derived(application)
    _store(application, values, last_activity_at=last_activity_at)
    if {stage_before, values["stage"]} & SEEN_BY_OTHERS and stage_before != values["stage"]:
        others = Application.objects.for_user(application.owner_id).active()
        stages_refresh(list(others.exclude(pk=application.pk)))
    return application


def _store(application: Application, values: dict, *, last_activity_at) -> Application:
    rows = Application.objects.filter(pk=application.pk)
    if last_activity_at is None:
        # Compared in the database, not with this instance, which may be older than the row.
        rows = rows.exclude(**values)
    else:
        values["last_activity_at"] = last_activity_at
    now = timezone.now()
    if rows.update(**values, updated_at=now):
        values["updated_at"] = now
    for field, value in values.items():
        setattr(application, field, value)
    return application


def searches_refresh(applications: list[Application]) -> None:
    """Fold the names of applications written in bulk (an import, a restore) for the
    search: one UPDATE per batch, only for the rows whose folded names changed."""
    changed = []
    for application in applications:
        folded = folded_names(application.company, application.role)
        if application.search_text != folded:
            application.search_text = folded
            changed.append(application)
    Application.objects.bulk_update(changed, ["search_text"], batch_size=500)


def stages_refresh(applications: list[Application]) -> None:
    """``stage_refresh`` for many applications at once (an import, a restore): their
    records in two queries per thousand, and one write per distinct outcome."""
    for start in range(0, len(applications), 1000):
        batch = applications[start : start + 1000]
        # No savepoint of its own: inside a caller's transaction it is part of that write.
        with transaction.atomic(savepoint=False):
            owner_lock(*(application.owner_id for application in batch))
            _refresh_batch(batch)


def _refresh_batch(batch: list[Application]) -> None:
    _forget_records(batch)
    prefetch_related_objects(batch, *RECORDS)
    # One UPDATE per distinct outcome: an import's rows share a handful of stages and
    # dates, and Django's bulk_update builds a CASE per row and field, far slower.
    changed: dict[tuple, list[Application]] = defaultdict(list)
    for owned in _by_owner(batch):
        # The owner's calendar, whoever runs this (a request, a command, a restore).
        profile = profile_of(owned[0].owner)
        # The others' advice reads this batch's stages: work them out first.
        search = search_of(owned[0].owner_id, {a.pk: _stage(a) for a in owned})
        with activated(profile):
            for application in owned:
                before = {field: getattr(application, field) for field in DERIVED_FIELDS}
                values = _computed(application, Person.of(profile), search)
                if values != before:
                    changed[tuple(values.items())].append(application)
    now = timezone.now()
    for pairs, group in changed.items():
        Application.objects.filter(pk__in=[a.pk for a in group]).update(
            **dict(pairs), updated_at=now
        )
        for application in group:
            application.updated_at = now


def cards_refresh(user, today: date, *, first: list[int] | None = None) -> int:
    """Work out again the person's stored card states that no longer hold on ``today``
    (``card_valid_until`` passed, or never worked out), before a page reads them: a
    bounded batch through ``stages_refresh`` (one transaction, the owner's lock). The
    applications in ``first`` (the cards a page is about to show) come first, so they
    are never shown stale. Returns how many were worked out."""
    stale = _stale(user, today).select_related("owner")
    if first:
        stale = stale.annotate(
            later=Case(When(pk__in=first, then=Value(0)), default=Value(1))
        ).order_by("later", "card_valid_until")
    else:
        stale = stale.order_by("card_valid_until")
    found = list(stale[:STALE_BATCH])
    if found:
        stages_refresh(found)
    return len(found)


def cards_stale(user, today: date) -> bool:
    """Whether any of the person's stored card states no longer holds on ``today``: one
    cheap query, so that a page worked out from them (the board) calls ``cards_refresh``,
    with the cards it shows first, only when there is something to work out."""
    return _stale(user, today).exists()


def _stale(user, today: date):
    return Application.objects.for_user(user).filter(
        Q(card_valid_until__lt=today) | Q(card_valid_until__isnull=True)
    )


def _forget_records(applications: list[Application]) -> None:
    # Fresh records, not a prefetch cache that the caller may hold from before the change.
    for application in applications:
        if hasattr(application, "_prefetched_objects_cache"):
            application._prefetched_objects_cache.clear()


def _by_owner(applications: list[Application]) -> list[list[Application]]:
    """The applications grouped by owner, in their order: a batch is one person's, almost
    always, and each person's calendar is put in force once."""
    groups: dict[int, list[Application]] = defaultdict(list)
    for application in applications:
        groups[application.owner_id].append(application)
    return list(groups.values())


def _derived(application: Application) -> dict[str, object]:
    """The stage and the waiting dates, from fresh records in the owner's calendar."""
    _forget_records([application])
    prefetch_related_objects([application], *RECORDS)
    # The owner's calendar, whoever runs this (a request, a command, a restore).
    profile = profile_of(application.owner)
    search = search_of(application.owner_id)
    with activated(profile):
        return _computed(application, Person.of(profile), search)


def _stage(application: Application) -> str:
    return derive_stage(
        applied_on=application.applied_on,
        rounds=application.rounds.all(),
        updates=application.updates.all(),
        public_sector=application.public_sector,
    )


def _computed(application: Application, person: Person, search: Search) -> dict[str, object]:
    """The stage and the waiting dates from the records the application holds, set on it,
    in the person's calendar (the caller puts it in force: today is their local date)."""
    # Set first: the waiting clock reads the stage.
    application.stage = _stage(application)
    today = timezone.localdate()
    dates = attention(application, today=today, person=person, search=search)
    application.awaiting_from = dates.awaiting_from
    application.follow_up_on = dates.follow_up_on
    application.quiet_from = dates.quiet_from
    card = card_of(advise(application, today=today, person=person, search=search), today)
    for field, value in card.as_fields().items():
        setattr(application, field, value)
    return {field: getattr(application, field) for field in DERIVED_FIELDS}


@transaction.atomic
def application_save(
    application: Application, *, people: dict[str, Named | Contact | None] | None = None
) -> Application:
    """Create or edit an application: a write by its owner, so its latest activity, and
    its names folded for the search. ``people``: its recruiter, referrer or agency by
    role (``people_writes.application_people_set``), named in the same write."""
    owner_lock(application.owner_id)
    application.last_activity_at = timezone.now()
    application.search_text = folded_names(application.company, application.role)
    application.save()
    if people:
        return application_people_set(application=application, people=people)
    return stage_refresh(application)


@transaction.atomic
def record_save(
    record: InterviewRound | StatusUpdate, *, people: Sequence[Named | Contact] | None = None
) -> InterviewRound | StatusUpdate:
    """Save a round or a status update, then bring its application up to date.
    ``people``: a round's participants, in order (None leaves them as they are)."""
    owner_lock(record.application.owner_id)
    if isinstance(record, InterviewRound):
        _date_cancellation(record)
    _read_promises(record)
    record.save()
    if people is not None and isinstance(record, InterviewRound):
        round_people_set(interview_round=record, people=people)
    application_touch(record.application)
    return record


@transaction.atomic
def draft_mark_sent(
    *, application: Application, advice: Advice, kind: str, on: date
) -> InterviewRound | StatusUpdate:
    """Record that the person sent a draft, so the advice moves on: a thank-you as the
    day on the round it thanks for, a follow-up or a withdrawal as a status update."""
    sent_as = SENT_AS.get(kind)
    if kind == THANK_YOU and advice.thank_you is not None:
        # The draft thanks everyone on the visit still owed one: each round records it.
        for thanked in advice.thank_you.rounds:
            thanked.thank_you_sent_on = on
            record_save(thanked)
        return advice.thank_you.round
    if sent_as is None:
        raise ValueError(f"A {kind!r} draft can't be marked as sent.")
    note = SENT_NOTES.get(kind, "")
    return record_save(StatusUpdate(application=application, kind=sent_as, on=on, note=note))


@transaction.atomic
def record_delete(record: InterviewRound | StatusUpdate) -> Application:
    """Delete a round or a status update, then bring its application up to date."""
    application = record.application
    owner_lock(application.owner_id)
    record.delete()
    return application_touch(application)


def profile_place(profile: Profile) -> Profile:
    """The person confirms their name, country and time zone (at sign-up, or on the first
    visit): claim weeks start where their agencies start them, unless already changed."""
    profile.place_confirmed = True
    if profile.week_starts_on == WeekStart.MONDAY:
        profile.week_starts_on = WeekStart.usual_in(profile.country, profile.region)
    return profile_save(profile)


def profile_save(profile: Profile) -> Profile:
    """Save the person's settings and recompute every open application's waiting dates:
    a new country or time zone moves due dates."""
    with transaction.atomic():
        owner_lock(profile.owner_id)
        profile.save()
        owner = profile.owner
        owner.profile = profile  # the settings just saved, not a copy cached before
        applications = list(Application.objects.for_user(owner).active())
        for application in applications:
            application.owner = owner
        stages_refresh(applications)
    return profile


def _read_promises(record: InterviewRound | StatusUpdate) -> None:
    """A date stated only in the notes ("news in January", "they decide next week"), read
    in the person's calendar (a request or an API call may not have put it in force)."""
    if isinstance(record, InterviewRound):
        settled = _settled_now(record)
        if settled:
            with activated(profile_of(record.application.owner)):
                promise_from_round_notes(record, settled_now=True)
    elif record.pk is None and record.news_by is None and record.note.strip():
        with activated(profile_of(record.application.owner)):
            promise_from_note(record)


def _settled_now(interview_round: InterviewRound) -> bool:
    """Whether this save settles the round as "done, waiting to hear" with notes and no
    reply date: only then is the stored outcome asked for (one query)."""
    if interview_round.outcome != Outcome.DONE or interview_round.reply_promised_by:
        return False
    if not interview_round.notes.strip():
        return False
    if interview_round.pk is None:
        return True
    stored = InterviewRound.objects.filter(pk=interview_round.pk).values_list("outcome")
    return stored.first() != (Outcome.DONE,)


def _date_cancellation(interview_round: InterviewRound) -> None:
    """A round turning "cancelled" is dated today: the wait for a new date starts there."""
    if interview_round.outcome != Outcome.CANCELLED:
        interview_round.cancelled_on = None
    elif interview_round.cancelled_on is None:
        with activated(profile_of(interview_round.application.owner)):
            interview_round.cancelled_on = timezone.localdate()
