"""The seed article's claims (docs/guidance-sources.md#second-interviews), as a person
reads them on the application page.

The article: what counts as a second interview depends on context (a phone interview
then an onsite; a lunch then a formal interview with the team; a group interview then
being asked back); a second interview is always a good step; more questions do not mean
they see you as a risk; it does not mean the job is landed; afterwards HR or the hiring
manager usually says whether they move forward or go another route.
"""

from __future__ import annotations

import datetime as dt
import html

import pytest
from django.utils import timezone

from tests.factories import ApplicationFactory, InterviewRoundFactory, StatusUpdateFactory

pytestmark = pytest.mark.django_db


def ago(days: int) -> dt.datetime:
    return timezone.now() - dt.timedelta(days=days)


def phone_then_onsite(application):
    InterviewRoundFactory(application=application, kind="phone", scheduled_at=ago(9))
    InterviewRoundFactory(application=application, kind="onsite", scheduled_at=ago(2))


def lunch_then_team(application):
    InterviewRoundFactory(application=application, kind="lunch", scheduled_at=ago(9))
    InterviewRoundFactory(application=application, kind="panel", scheduled_at=ago(2))


def group_then_asked_back(application):
    InterviewRoundFactory(application=application, kind="group", scheduled_at=ago(9))
    StatusUpdateFactory(application=application, kind="invited", on=timezone.localdate())


CASES = {
    "phone then onsite": (phone_then_onsite, "counts as your second interview"),
    "lunch then a team interview": (
        lunch_then_team,
        "a more formal interview with the team counts as your second interview",
    ),
    "group then asked back": (
        group_then_asked_back,
        "asked back after a group interview counts as your second interview",
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_the_second_interview_is_recognised_and_read_honestly(owner_client, user, name):
    build, recognised = CASES[name]
    application = ApplicationFactory(owner=user, applied_on=timezone.localdate() - dt.timedelta(20))
    build(application)

    response = owner_client.get(application.get_absolute_url())
    page = html.unescape(response.content.decode())
    advice = response.context["advice"]

    assert advice.interview_number == 2
    assert recognised in page
    # Always a good step, and never an offer.
    assert "good sign, not an offer" in advice.headline
    assert "always progress" in page
    assert "no offer is guaranteed" in page
    # More questions are their normal process, not a sign of risk.
    assert "not a hint that they think you are a risky hire" in page
    # Afterwards: moving forward, or another route.
    assert "either they want to continue with you, or they have chosen to go in a different" in (
        page
    )
    assert f"#{advice.guide_slug}" in page
