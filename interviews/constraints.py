"""Database constraints that more than one model needs, written once."""

from __future__ import annotations

from django.db import models
from django.db.models import Q


def one_of_choices(
    field: str, choices: type[models.Choices], *, name: str, blank: bool = False
) -> models.CheckConstraint:
    """The column holds one of its choices (or nothing, when ``blank``), whatever wrote
    it: a form checks this too, but a bulk update, a restore or the API may not."""
    values = [*choices.values, ""] if blank else choices.values
    return models.CheckConstraint(condition=Q(**{f"{field}__in": values}), name=name)
