"""Django's database cache, with an increment that is one atomic step.

The throttles (``throttle``, django-ratelimit) count in the cache: ``add`` the key at 0,
then ``incr`` it on each request. Django's own ``incr`` is a read and a write, so two
web processes (on one machine or several) counting the same client at once both read n
and both write n + 1, and a burst slips through a few short. Here ``incr`` reads the row
locked (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's write transactions begin
IMMEDIATE, settings.DATABASES, so they queue at BEGIN) and writes it back in the same
transaction, keeping its expiry (Django's resets it to the default timeout, which
stretched a throttle's window). Every process shares the one table, so no other server
(Redis) is needed for the counts to hold across machines.
"""

from __future__ import annotations

import base64
import pickle
from typing import Any

from django.core.cache.backends.db import DatabaseCache
from django.db import connections, router, transaction
from django.utils import timezone


class AtomicDatabaseCache(DatabaseCache):
    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        key = self.make_and_validate_key(key, version=version)
        database = router.db_for_write(self.cache_model_class)
        connection = connections[database]
        table = connection.ops.quote_name(self._table)  # type: ignore[attr-defined]
        lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
        now = connection.ops.adapt_datetimefield_value(timezone.now().replace(microsecond=0))
        with transaction.atomic(using=database), connection.cursor() as cursor:
            cursor.execute(
                f"SELECT value FROM {table} WHERE cache_key = %s AND expires >= %s{lock}",
                [key, now],
            )
            row = cursor.fetchone()
            if row is None:
                raise ValueError(f"Key '{key}' not found")
            value = decoded(row[0]) + delta
            cursor.execute(
                f"UPDATE {table} SET value = %s WHERE cache_key = %s",
                [base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1"), key],
            )
        return value


def decoded(stored: str) -> Any:
    """A cache row's value as Django's database cache stores it (pickled, in base64)."""
    return pickle.loads(base64.b64decode(stored.encode()))
