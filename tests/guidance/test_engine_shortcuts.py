"""The engine's short cuts for speed give what the plain rule gives: the key of a record
known to be a round or an update is its ``event_key``; records read with the short sort
(no rounds, one update) are in ``event_key`` order with their keys; an application alone
at its company skips the search for a double submission and for earlier applications and
finds what that search finds (nothing); ``Person.advising`` puts in force what
``days_in`` and ``holidays_of`` would, and restores what was in force before."""

from __future__ import annotations

import datetime as dt
from datetime import date
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st

from interviews.guidance import Person
from interviews.guidance.business_days import holidays_of
from interviews.guidance.person import current_person
from interviews.guidance.records import Records
from interviews.guidance.search import Entry, Search
from interviews.guidance.whole_search import _earlier, elsewhere
from interviews.models import Application, InterviewRound, Outcome, RoundKind, StatusUpdate
from interviews.stages import days_in, event_key, local_zone, round_key, update_key

DAYS = st.dates(date(2026, 10, 1), date(2026, 12, 31))
MOMENTS = st.datetimes(dt.datetime(2026, 10, 1), dt.datetime(2026, 12, 31)).map(
    lambda moment: timezone.make_aware(moment, dt.UTC)
)
APPLICATION = Application(company="Acme", role="SRE", stage="interviewing")
UPDATES = st.builds(
    StatusUpdate,
    application=st.just(APPLICATION),
    kind=st.sampled_from(["acknowledged", "replied", "follow_up_sent", "rejected", "on_hold"]),
    on=DAYS,
    created_at=st.one_of(st.none(), MOMENTS),
    news_by=st.one_of(st.none(), DAYS),
    note=st.text(max_size=4),
    uid=st.uuids(),
)
ROUNDS = st.builds(
    InterviewRound,
    application=st.just(APPLICATION),
    kind=st.sampled_from([RoundKind.VIDEO, RoundKind.ONSITE, RoundKind.PHONE_SCREEN]),
    outcome=st.sampled_from([Outcome.SCHEDULED, Outcome.DONE, Outcome.NOT_SELECTED]),
    scheduled_at=st.one_of(st.none(), MOMENTS),
    uid=st.uuids(),
)


def _same(key, expected) -> bool:
    return key[:4] == expected[:4] and str(key[4]) == str(expected[4])


@settings(deadline=None)  # model instances: slow on a loaded machine, never wrong
@given(st.lists(UPDATES, max_size=4), st.lists(ROUNDS, max_size=4))
def test_records_are_read_in_event_order_with_their_keys(updates, rounds):
    application = APPLICATION
    application._prefetched_objects_cache = {"rounds": list(rounds)}
    with days_in("America/New_York"):
        records = Records.of(application, updates, date(2026, 11, 27))
        assert records.updates == sorted(updates, key=event_key)
        for update in updates:
            assert _same(records.keys[id(update)], event_key(update))  # kept from the sort
            assert _same(update_key(update), event_key(update))
        for interview_round in rounds:
            assert _same(round_key(interview_round), event_key(interview_round))
            assert _same(records.keys[id(interview_round)], event_key(interview_round))
        # Every kind drawn is a meeting and none is cancelled: the meetings are the dated
        # rounds, in event order.
        dated = [r for r in rounds if r.scheduled_at is not None]
        assert records.meetings == sorted(dated, key=event_key)
        assert sorted(records.past_rounds, key=event_key) == records.past_rounds


COMPANIES = st.sampled_from(["Acme", "Acme Inc.", "Globex", "Initech GmbH", "Umbrella"])
ENTRY = st.fixed_dictionaries(
    {
        "company": COMPANIES,
        "role": st.sampled_from(["Designer", "SRE", "Data Analyst"]),
        "stage": st.sampled_from(["saved", "applied", "interviewing", "offer", "rejected"]),
        "source": st.sampled_from(["recruiter", "job_board", "referral"]),
        "applied_on": st.one_of(st.none(), DAYS),
    }
)


@settings(deadline=None)
@given(st.lists(ENTRY, min_size=1, max_size=8), st.data())
def test_an_application_alone_at_its_company_finds_what_the_search_finds(rows, data):
    search = Search(tuple(Entry(pk=pk, **row) for pk, row in enumerate(rows, start=1)))
    pk = data.draw(st.integers(1, len(rows) + 1))  # the last: not in the search
    row = rows[pk - 1] if pk <= len(rows) else data.draw(ENTRY)
    application = Application(pk=pk, **row)
    found = elsewhere(application, search, ())
    # What the whole scan finds, asked without the short cut.
    expected_double = search.double_submission(pk, row["company"], row["role"], row["source"])
    assert found.double == expected_double
    assert found.earlier == _earlier(application, search, ())
    if not search.same_company(pk, row["company"]):
        assert found.double is None and found.earlier == ()


def _in_force() -> tuple[object, object, object]:
    """What the engine reads: the person, the zone of days, the holidays' calendar."""
    from interviews.guidance import business_days

    return current_person(), local_zone(), business_days._country.get()


def test_advising_puts_in_force_what_the_two_blocks_would_and_restores_it():
    person = Person(time_zone="Europe/Berlin", country="DE", region="BY")
    other = Person(time_zone="Asia/Tokyo", country="JP")
    before = _in_force()
    with days_in(person.time_zone), holidays_of(person.country, person.region):
        expected = _in_force()[1:]
    with person.advising():
        assert _in_force() == (person, *expected)
        with other.advising():  # nested: the inner one, then this one again
            assert _in_force()[0] == other and _in_force()[1] == ZoneInfo("Asia/Tokyo")
        assert _in_force() == (person, *expected)
    assert _in_force() == before
    with pytest.raises(ZeroDivisionError), person.advising():
        _ = 1 / 0
    assert _in_force() == before
