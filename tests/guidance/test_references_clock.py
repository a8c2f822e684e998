"""A reference check's clock starts once the references can be with them: the business day
after the request, when the step to send them falls due."""

from __future__ import annotations

import pytest

from interviews.models import RoundKind, UpdateKind
from tests.factories import ApplicationFactory
from tests.guidance.support import advice_for, dec, held, living_in, news, nov

pytestmark = pytest.mark.django_db


def test_references_after_a_final_are_chased_a_week_after_they_can_be_sent():
    app = ApplicationFactory(applied_on=nov(2))
    living_in(app, country="GB", region="ENG", employed=True)
    held(app, RoundKind.FINAL, nov(20), is_final=True)
    news(app, UpdateKind.REFERENCES_REQUESTED, nov(25))
    advice = advice_for(app, nov(27))
    # Asked Wed 25 Nov, sent by Thu 26 Nov; one to five business days from then.
    assert advice.waiting_since == nov(26)
    assert advice.reply_expected_by == dec(3)
    assert advice.follow_up_on == dec(3)
    assert [s.due for s in advice.next_steps if s.key == "references_brief"] == [nov(27)]
