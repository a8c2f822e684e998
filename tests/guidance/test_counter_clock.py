"""With a counter open, the answer-by date is theirs to move: the call asking them to move
it goes on the date itself, not the day before."""

from __future__ import annotations

import pytest

from interviews.models import RoundKind, UpdateKind
from tests.factories import ApplicationFactory
from tests.guidance.support import advice_for, dec, held, living_in, news, nov

pytestmark = pytest.mark.django_db


def test_a_pending_counter_is_called_about_on_its_answer_by_date():
    app = ApplicationFactory(applied_on=nov(2))
    living_in(app, country="US", region="NY", employed=True)
    held(app, RoundKind.PANEL, nov(17), is_final=True)
    news(app, UpdateKind.OFFER_WRITTEN, dec(1), respond_by=dec(4))
    news(app, UpdateKind.COUNTER_OFFER, dec(2))
    early = advice_for(app, dec(3))
    assert early.follow_up_on == dec(4)
    assert early.waiting_state == "on_track"
    on_the_day = advice_for(app, dec(4))
    assert on_the_day.follow_up_on == dec(4)
    keys = {step.key: step.due for step in on_the_day.next_steps}
    assert keys["offer_chase_now"] == dec(4)
    assert keys["negotiate_deadline"] == dec(4)
    assert "They asked for your answer by Fri 4 Dec" in on_the_day.next_steps[0].text
