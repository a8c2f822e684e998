"""A house rule the tests live by: records whose stage and dates are derived are written
through ``interviews.services``, never saved behind its back.

An application's stage and waiting dates follow from its rounds, its updates and its
owner's settings (time zone, country, region). A bare ``save()`` of any of them leaves the
stored derivation stale, and a test built that way checks a state the app never reaches:
the kind of test that passes in November and fails in December. ``guard_derived_writes``
makes such a ``save()`` fail at once, naming the service to call. A test that means to
write behind the services (to show that a recompute repairs it) says so with
``behind_the_services()``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from interviews.accounts.models import Profile
from interviews.models import Application, InterviewRound, StatusUpdate

# Code that writes these records and brings the derived state up to date itself.
WRITERS = (
    "interviews.services",
    "interviews.exchange.",  # bulk writes, then services.stages_refresh
    "interviews.demo",  # likewise
    "interviews.management.commands.seed_demo",  # the demo user's profile, then the demo
    "django.contrib.admin.",  # interviews.admin.RecomputesStage follows each save
)
SERVICE = {
    Application: "services.application_save",
    InterviewRound: "services.record_save",
    StatusUpdate: "services.record_save",
    Profile: "services.profile_save",
}
_allowed: ContextVar[bool] = ContextVar("behind_the_services", default=False)


class WrittenBehindTheServices(AssertionError):
    pass


@contextmanager
def behind_the_services() -> Iterator[None]:
    """For a test whose point is a write that skips the services."""
    token = _allowed.set(True)
    try:
        yield
    finally:
        _allowed.reset(token)


def _from_a_writer() -> bool:
    frame = sys._getframe(2)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith(WRITERS):
            return True
        frame = frame.f_back
    return False


def _guarded(model: type, save):
    def save_through_services(self, *args, **kwargs):
        # A new profile has no applications whose dates it could leave stale.
        creating_a_profile = model is Profile and self._state.adding
        if not (creating_a_profile or _allowed.get() or _from_a_writer()):
            raise WrittenBehindTheServices(
                f"{model.__name__}.save() outside interviews.services leaves the stored stage "
                f"and dates stale: call {SERVICE[model]}() (or use the factories)."
            )
        return save(self, *args, **kwargs)

    return save_through_services


@contextmanager
def guard_derived_writes() -> Iterator[None]:
    originals = {model: model.save for model in SERVICE}
    for model, save in originals.items():
        model.save = _guarded(model, save)
    try:
        yield
    finally:
        for model, save in originals.items():
            model.save = save
