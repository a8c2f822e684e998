"""Recomputing many applications at once (an import, a restore, a settings change) works
each out in its owner's calendar, as recomputing them one by one would."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from interviews import services
from interviews.accounts.models import Profile
from interviews.models import Application
from tests.factories import ApplicationFactory, UserFactory

pytestmark = pytest.mark.django_db


@time_machine.travel("2026-11-24 12:00", tick=False)
def test_a_batch_of_two_peoples_applications_uses_each_ones_public_holidays():
    owners = {country: UserFactory() for country in ("US", "DE")}
    for country, owner in owners.items():
        Profile.objects.filter(owner=owner).update(country=country)
    # Sent the Monday of Thanksgiving week: a US holiday on Thursday, a working day in Germany.
    for owner in [*owners.values(), *owners.values()]:
        ApplicationFactory(owner=owner, applied_on=dt.date(2026, 11, 23))
    # Fresh instances, their stored dates cleared, interleaved: US, DE, US, DE.
    Application.objects.update(follow_up_on=None, awaiting_from=None)
    batch = list(Application.objects.select_related("owner").order_by("pk"))

    services.stages_refresh(batch)

    follow_ups = {a.owner.profile.country: a.follow_up_on for a in batch}
    assert follow_ups["US"] > follow_ups["DE"], "Thanksgiving is not a business day in the US"
    for application in Application.objects.select_related("owner"):
        before = application.follow_up_on, application.awaiting_from, application.stage
        services.stage_refresh(application)  # one at a time, as a form save does
        after = application.follow_up_on, application.awaiting_from, application.stage
        assert after == before
