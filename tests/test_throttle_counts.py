"""The throttles' counts hold with many web processes at once: the shared cache's
increment is one atomic step (interviews.accounts.cache), so a burst of simultaneous
requests is counted in full and a throttle lets exactly its rate through."""

from __future__ import annotations

import contextlib
import threading

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory

from interviews.accounts import cache as cache_module
from interviews.accounts.throttle import throttled

pytestmark = pytest.mark.django_db(transaction=True)
# Threads need connections of their own to one database: the in-memory SQLite test
# database cannot be shared (and SQLite's IMMEDIATE transactions queue writers at BEGIN
# anyway). CI runs the tests again on PostgreSQL, where the row lock matters.
on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks are a PostgreSQL matter here"
)

AT_ONCE = 6


@pytest.fixture
def everyone_reads_first(monkeypatch):
    """Each increment pauses after reading the count, until every one has read it or a
    second has passed: without the lock they all read the same count and write the same
    count plus one. With it, the others wait at the lock and the pause times out."""
    everyone_has_read = threading.Barrier(AT_ONCE, timeout=1)
    decoded = cache_module.decoded

    def read_then_wait(stored):
        value = decoded(stored)
        with contextlib.suppress(threading.BrokenBarrierError):
            everyone_has_read.wait()
        return value

    monkeypatch.setattr(cache_module, "decoded", read_then_wait)


def at_once(work) -> list:
    results: list = []
    failures: list[BaseException] = []

    def run() -> None:
        try:
            results.append(work())
        except BaseException as error:
            failures.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(AT_ONCE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert failures == []
    return results


@on_postgres
def test_increments_from_many_connections_at_once_are_all_counted(everyone_reads_first):
    cache.add("burst", 0, 60)
    at_once(lambda: cache.incr("burst"))
    assert cache.get("burst") == AT_ONCE


@on_postgres
def test_a_throttle_lets_exactly_its_rate_through_a_burst(everyone_reads_first, settings):
    settings.THROTTLES = {**settings.THROTTLES, "signup": ("3/h", "100/h")}
    request = RequestFactory().post("/accounts/signup/", REMOTE_ADDR="203.0.113.9")
    throttled(request, group="signup", target="first@example.com")  # the count exists

    refused = at_once(lambda: throttled(request, group="signup", target="x@example.com"))

    assert refused.count(False) == 2  # 3 an hour: the first and two of the burst


def test_an_expired_count_is_not_incremented():
    cache.add("gone", 5, 60)
    cache._base_set("set", cache.make_and_validate_key("gone"), 5, timeout=-1)  # expired
    with pytest.raises(ValueError, match="not found"):
        cache.incr("gone")
