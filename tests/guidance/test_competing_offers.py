"""An offer elsewhere with an answer-by date: a process near a decision is told today, and
that telling is its nudge; once a follow-up is logged after the offer came, it is done."""

from __future__ import annotations

import pytest

from interviews.models import RoundKind, UpdateKind
from tests.factories import ApplicationFactory
from tests.guidance.support import advice_for, dec, held, living_in, news, nov

pytestmark = pytest.mark.django_db


@pytest.fixture
def final_done(user):
    app = ApplicationFactory(owner=user, applied_on=nov(2), company="Queen City Bank")
    living_in(app, country="US", region="NC", employed=True)
    held(app, RoundKind.FINAL, nov(10), is_final=True)
    other = ApplicationFactory(owner=user, applied_on=nov(2), company="Carolina Insurance")
    held(other, RoundKind.ONSITE, nov(5))
    news(other, UpdateKind.OFFER_WRITTEN, nov(13), respond_by=nov(20))
    advice_for(other, nov(13))  # the offer's write refreshes the search
    return app


def test_an_offer_elsewhere_pulls_the_chase_of_a_final_in_to_today(final_done):
    advice = advice_for(final_done, nov(16))
    assert advice.follow_up_on == nov(16)
    first = advice.next_steps[0]
    assert (first.key, first.due) == ("other_offer_tell", nov(16))
    assert "Carolina Insurance by Fri 20 Nov" in first.text
    assert "follow_up_1" not in [step.key for step in advice.next_steps]


def test_once_they_are_told_the_chase_keeps_its_own_clock(final_done):
    news(final_done, UpdateKind.FOLLOW_UP_SENT, nov(16))
    advice = advice_for(final_done, nov(17))
    assert "other_offer_tell" not in [step.key for step in advice.next_steps]
    # Five business days after the note is Mon 23 Nov, Thanksgiving week: after it.
    assert advice.follow_up_on == dec(1)


def test_an_application_not_yet_interviewing_is_not_asked_to_hurry(final_done, user):
    applied = ApplicationFactory(owner=user, applied_on=nov(9), company="Piedmont Credit")
    advice = advice_for(applied, nov(16))
    assert "other_offer_tell" not in [step.key for step in advice.next_steps]
    assert advice.follow_up_on == dec(1)  # its own ten business days, past Thanksgiving
