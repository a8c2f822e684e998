"""The demo: a realistic search, including the seed article's three cases
(docs/guidance-sources.md#second-interviews); safe to rerun."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from interviews.management.commands.seed_demo import DEMO_USERNAME
from interviews.models import Application, Stage

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
