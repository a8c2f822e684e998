"""Small words a new user tripped over in the first week: one of a thing is singular, and
a box that repeats the paragraph above it is left out."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from interviews.exchange.importer import Preview, import_report
from interviews.exchange.mapping import PlannedRow
from interviews.exchange.restore import RestoreReport
from interviews.models import Application, Outcome, RoundKind
from tests.factories import ApplicationFactory, InterviewRoundFactory
from tests.guidance.support import advice_for

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("skipped", "refused", "words"),
    [
        (1, 0, "Imported 2 applications. 1 already here was skipped."),
        (2, 0, "Imported 2 applications. 2 already here were skipped."),
        (0, 1, "Imported 2 applications. 1 with problems was left out: fix it and import again."),
        (
            0,
            3,
            "Imported 2 applications. 3 with problems were left out: fix them and import again.",
        ),
    ],
)
def test_the_import_counts_one_row_in_the_singular(skipped, refused, words):
    plan = Preview(duplicates=[PlannedRow(n) for n in range(skipped)])
    plan.refused = [PlannedRow(n) for n in range(refused)]
    assert import_report(2, plan) == words


def test_a_restore_counts_one_kept_record_in_the_singular():
    assert str(RestoreReport(kept=1)) == "Nothing new to add. 1 already here stayed as it was."
    assert str(RestoreReport(kept=2)).endswith("2 already here stayed as they were.")


@pytest.mark.parametrize(
    ("signals", "words"),
    [
        ({"discussed_salary": True}, "You noted salary discussed: a good sign"),
        (
            {"discussed_salary": True, "met_the_team": True},
            "You noted salary discussed and ",
        ),
    ],
)
def test_one_good_sign_is_a_good_sign(application, signals, words):
    InterviewRoundFactory(
        application=application,
        kind=RoundKind.PHONE_SCREEN,
        scheduled_at=timezone.make_aware(dt.datetime(2026, 12, 2, 10)),
        outcome=Outcome.DONE,
        **signals,
    )
    meaning = advice_for(application, dt.date(2026, 12, 3)).meaning
    assert words in meaning
    assert ("good signs" in meaning) is (len(signals) > 1)


def test_the_why_section_does_not_repeat_its_when_paragraph(owner_client, user):
    waiting = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 16))
    page = owner_client.get(waiting.get_absolute_url()).content.decode()
    assert 'id="timing"' in page
    assert 'id="reply-window"' not in page
    assert Application.objects.get(pk=waiting.pk).stage == "applied"
