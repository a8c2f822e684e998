"""The demo: a realistic search, including the seed article's three cases
(docs/guidance-sources.md#second-interviews); safe to rerun."""

from __future__ import annotations

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from interviews.demo import DEMO_USERNAME
from interviews.models import Application, InterviewRound, Stage

pytestmark = pytest.mark.django_db


def test_seed_demo_covers_every_stage_and_can_run_twice():
    call_command("seed_demo")
    first = Application.objects.filter(owner__username=DEMO_USERNAME).count()
    call_command("seed_demo")
    applications = Application.objects.filter(owner__username=DEMO_USERNAME)
    assert applications.count() == first >= 15
    assert set(applications.values_list("stage", flat=True)) == set(Stage)


@pytest.mark.parametrize(
    ("company", "kinds"),
    [
        ("Atlas Cloud", ["phone", "onsite"]),
        ("Greenleaf Foods", ["lunch", "panel"]),
        ("Sunrise Retail", ["group", "hiring_manager"]),
    ],
)
def test_seed_demo_has_the_articles_three_cases(company, kinds):
    call_command("seed_demo")
    application = Application.objects.get(owner__username=DEMO_USERNAME, company=company)
    assert list(application.rounds.values_list("kind", flat=True)) == kinds


@pytest.mark.parametrize("today", ["2026-11-28", "2026-11-29", "2026-11-30"])  # Sat, Sun, Mon
def test_seed_demo_books_no_round_on_a_weekend(today):
    with time_machine.travel(f"{today} 12:00", tick=False):
        call_command("seed_demo")
        rounds = InterviewRound.objects.filter(application__owner__username=DEMO_USERNAME)
        days = [timezone.localtime(held.scheduled_at).date() for held in rounds]
        assert days and all(day.weekday() < 5 for day in days), days
        # Moving a round off a weekend never turns a coming round into a past one.
        now = timezone.localdate()
        assert any(day > now for day in days) and any(day < now for day in days)


def test_seed_demo_gives_rounds_in_person_an_address_and_the_others_a_link():
    call_command("seed_demo")
    rounds = InterviewRound.objects.filter(application__owner__username=DEMO_USERNAME)
    for held in rounds:
        in_person = held.kind in {"onsite", "lunch", "group"}
        assert held.location_or_link.startswith("https://") is not in_person, held.kind
