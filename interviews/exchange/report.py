"""What a restore says it did, in words for the person (the job's report)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.db import models

from interviews.guidance import join_names


@dataclass
class RestoreReport:
    added: Counter = field(default_factory=Counter)  # model -> records created
    kept: int = 0  # records already in the account, left as they were
    settings_changed: bool = False
    left_out: int = 0  # documents listed without their files, and the records of them
    same: Counter = field(default_factory=Counter)  # model -> records matched by exchange.same

    def __str__(self) -> str:
        parts = [_count(model, count) for model, count in self.added.items() if count]
        text = f"Added {join_names(parts)}." if parts else "Nothing new to add."
        if self.kept:
            stayed = "it was" if self.kept == 1 else "they were"
            text += f" {self.kept} already here stayed as {stayed}."
        for model, count in self.same.items():
            text += (
                f" {_count(model, count)} matched what you have already (the same web address "
                f"or application) and {'was' if count == 1 else 'were'} kept as here."
            )
        if self.settings_changed:
            text += " Your settings now match the backup."
        if self.left_out:
            text += (
                f" Left out {self.left_out} document record(s) whose file this backup does "
                "not hold: restore the .zip backup to bring them back."
            )
        return text


def _count(model: type[models.Model], count: int) -> str:
    meta = model._meta
    return f"{count} {meta.verbose_name if count == 1 else meta.verbose_name_plural}"
