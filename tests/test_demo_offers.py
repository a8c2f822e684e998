"""The demo search holds two live offers: the other processes are told about them only
where a recruiter would (interviewing, near a decision, not yet told), so the Waiting desk
still reads as a desk rather than every open card "due today"."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
import time_machine
from django.urls import reverse

from interviews.guidance import advise
from interviews.management.commands.seed_demo import plant_demo
from interviews.models import Application
from interviews.search_picture import search_of

pytestmark = pytest.mark.django_db

MORNING = dt.datetime(2026, 11, 18, 15, 0, tzinfo=dt.UTC)  # Wed 18 Nov 2026
TELL = "Tell them about your offer"


def test_the_demo_tells_only_the_processes_near_a_decision(owner_client, user):
    with time_machine.travel(MORNING, tick=False):
        plant_demo(user, MORNING.date())
        response = owner_client.get(reverse("interviews:board"))
    assert response.status_code == HTTPStatus.OK
    mine = Application.objects.filter(owner=user)
    # A final round done (Quartz Fintech) and references under way (Orbit Games).
    assert set(mine.filter(card_step=TELL).values_list("company", flat=True)) == {
        "Quartz Fintech",
        "Orbit Games",
    }
    assert mine.get(company="Quartz Fintech").card_due == MORNING.date()
    assert response.context["awaiting_total"] > 0
    assert response.context["due_today"] < mine.exclude(stage__in=["saved"]).count() - 3


def test_earlier_interviews_keep_the_offer_as_a_step_for_the_next_contact(user):
    with time_machine.travel(MORNING, tick=False):
        plant_demo(user, MORNING.date())
    search = search_of(user)
    for company in ("Greenleaf Foods", "Atlas Cloud", "Sunrise Retail"):
        application = Application.objects.with_records().get(owner=user, company=company)
        advice = advise(application, today=MORNING.date(), search=search)
        told = [step for step in advice.next_steps if step.key == "other_offer_mention"]
        assert told and told[0].due is None, company
        assert "Pioneer Energy" in told[0].text
    for company in ("Lumen Robotics", "Harbor Logistics", "Meridian Media"):
        application = Application.objects.with_records().get(owner=user, company=company)
        advice = advise(application, today=MORNING.date(), search=search)
        keys = [step.key for step in advice.next_steps]
        assert "other_offer_tell" not in keys and "other_offer_mention" not in keys, company
