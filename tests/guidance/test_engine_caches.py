"""The engine's remembered answers and short cuts give what the plain rule gives: a round's
rank by outcome and kind, a reading's key, the tie-breaking text of an event key, the
prefetched rows, a round's last day read from its key, and an event key's text made only
when two records are tied on everything else."""

from __future__ import annotations

import datetime as dt
from datetime import date, timedelta

import pytest
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from interviews.guidance import _reading_key, content
from interviews.guidance.records import Records, _prefetched, last_day
from interviews.guidance.situations import Situation
from interviews.models import Application, InterviewRound, Outcome, RoundKind, StatusUpdate
from interviews.stages import (
    PROGRESS,
    ROUND_CONTENT,
    ROUND_PRECEDENCE,
    UPDATE_CONTENT,
    _rank,
    _said,
    days_in,
    event_key,
    round_key,
    round_stage,
)
from tests.factories import ApplicationFactory
from tests.guidance.support import TODAY, booked, held


@pytest.mark.parametrize("outcome", [*Outcome.values, "unknown"])
@pytest.mark.parametrize("kind", [*RoundKind.values, "unknown"])
def test_a_rounds_rank_is_its_outcome_then_its_stage(outcome, kind):
    interview_round = InterviewRound(outcome=outcome, kind=kind)
    stage = round_stage(interview_round)
    progress = PROGRESS[stage] if stage is not None else 0
    expected = ROUND_PRECEDENCE.get(outcome, 0) * len(PROGRESS) + progress
    assert round_key(interview_round)[3] == expected  # the rank: a round key's fourth place
    _rank.cache_clear()
    assert round_key(interview_round)[3] == expected  # worked out anew, the same


CONTEXTS = sorted({key.partition("/")[2] for key in content.READINGS} | {"", "none such"})


@given(st.sampled_from(list(Situation)), st.sampled_from(CONTEXTS))
def test_a_readings_key_is_the_variant_when_there_is_one(situation, context):
    variant = f"{situation.value}/{context}"
    expected = variant if variant in content.READINGS else situation.value
    assert _reading_key(situation, context) == expected


values = st.one_of(st.none(), st.booleans(), st.integers(0, 600), st.text(max_size=12), st.dates())


@given(st.fixed_dictionaries(dict.fromkeys(ROUND_CONTENT, values)))
def test_the_tie_breaking_text_is_each_value_or_nothing_in_order(loaded):
    expected = "\x1f".join(str(loaded[name] or "") for name in ROUND_CONTENT)
    assert _said(loaded, ROUND_CONTENT) == expected
    assert _said({}, ROUND_CONTENT) == "\x1f" * (len(ROUND_CONTENT) - 1)  # nothing loaded


@pytest.mark.django_db
def test_the_prefetched_rows_are_the_rows_all_returns():
    application = ApplicationFactory()
    held(application)
    booked(application)
    plain = list(application.rounds.all())
    fetched = Application.objects.with_records().get(pk=application.pk)
    assert list(_prefetched(fetched, "rounds")) == plain
    assert list(_prefetched(application, "rounds")) == plain  # no prefetch: .all()


@given(
    start=st.datetimes(dt.datetime(2026, 11, 1), dt.datetime(2026, 12, 31)),
    days=st.integers(1, 4),
    zone=st.sampled_from(["UTC", "America/Los_Angeles", "Pacific/Auckland"]),
)
def test_a_round_is_ahead_until_its_last_day_has_passed(start, days, zone):
    interview_round = InterviewRound(
        kind=RoundKind.ONSITE,
        outcome=Outcome.SCHEDULED,
        scheduled_at=timezone.make_aware(start, dt.UTC),
        days=days,
    )
    application = Application(stage="interviewing")
    application._prefetched_objects_cache = {"rounds": [interview_round]}
    with days_in(zone):
        end = last_day(interview_round)
        for today in (end - timedelta(days=1), end, end + timedelta(days=1), TODAY):
            records = Records.of(application, (), today)
            assert (records.next_round is interview_round) == (end >= today)
            assert (interview_round in records.past_rounds) == (end < today)


def test_a_closed_applications_bookings_ahead_are_stale():
    interview_round = InterviewRound(
        kind=RoundKind.VIDEO,
        outcome=Outcome.SCHEDULED,
        scheduled_at=timezone.make_aware(dt.datetime(2026, 12, 1, 10), dt.UTC),
    )
    application = Application(stage="rejected")
    application._prefetched_objects_cache = {"rounds": [interview_round]}
    with days_in("UTC"):
        records = Records.of(application, (), date(2026, 11, 27))
    assert records.next_round is None
    assert records.stale == [interview_round]


update_fields = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(["replied", "on_hold", "follow_up_sent"]),  # one weight
        "note": st.text(max_size=6),
        "news_by": st.one_of(st.none(), st.dates(date(2026, 11, 1), date(2027, 1, 31))),
        "uid": st.uuids(),
    }
)


def _full_text(update: StatusUpdate) -> str:
    """The tie-breaking text as the key once held it, made eagerly."""
    said = "\x1f".join(str(vars(update).get(name) or "") for name in UPDATE_CONTENT)
    return f"{said}\x1e{update.uid}"


@given(st.lists(update_fields, min_size=2, max_size=5))
def test_keys_tied_but_for_what_they_say_sort_by_its_text(fields):
    # The same day and logging time: only the text (then the uid) tells them apart.
    logged = timezone.make_aware(dt.datetime(2026, 11, 20, 9), dt.UTC)
    updates = [StatusUpdate(on=date(2026, 11, 20), created_at=logged, **f) for f in fields]
    keys = [event_key(update) for update in updates]
    by_text = sorted(updates, key=_full_text)
    assert [updates[i] for i in sorted(range(len(keys)), key=keys.__getitem__)] == by_text
    for key, update in zip(keys, updates, strict=True):
        assert key[4] == _full_text(update)  # as a plain text compares
        assert hash(key[4]) == hash(_full_text(update))
        assert key[4] > "" and not key[4] < ""


def test_a_keys_text_compares_with_text_only():
    update = StatusUpdate(on=date(2026, 11, 20), kind="replied")
    with pytest.raises(TypeError):
        _ = event_key(update)[4] < 3
