"""A long list in slices, so that no one query names too many rows: the one rule for the
slice size of every batched write and delete (the restore's and the import's batches,
pruning, deleting an account, re-encrypting mail passwords)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

BATCH = 500  # rows per transaction: under half a second of writes, measured on SQLite

Item = TypeVar("Item")


def chunks(items: Sequence[Item], size: int | None = None) -> Iterator[Sequence[Item]]:
    size = size or BATCH
    for start in range(0, len(items), size):
        yield items[start : start + size]
