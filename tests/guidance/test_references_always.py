"""References asked for while a final round is booked: the person still owes them a
briefing of their referees (issue #22, trial 3 finding 4: logged on Dell with a final
onsite ahead, the advice did not change at all); the caution about a current employer
is for the employed only."""

from __future__ import annotations

import pytest

from interviews.models import RoundKind, UpdateKind
from tests.factories import ApplicationFactory
from tests.guidance.support import advice_for, all_text, booked, dec, held, living_in, news, nov

pytestmark = pytest.mark.django_db

TODAY = dec(7)
BRIEF = "Brief your references"
EMPLOYER = "Keep your current employer out of it"


def dell_with_final_booked():
    app = ApplicationFactory(company="Dell Technologies", applied_on=nov(2))
    held(app, RoundKind.PHONE_SCREEN, nov(9))
    held(app, RoundKind.VIDEO, nov(16))
    held(app, RoundKind.PANEL, nov(23))
    booked(app, RoundKind.ONSITE, dec(15), is_final=True)
    news(app, UpdateKind.REFERENCES_REQUESTED, TODAY)
    return app


@pytest.mark.parametrize("employed", [False, True])
def test_references_asked_with_a_final_ahead_still_ask_for_a_briefing(employed):
    app = dell_with_final_booked()
    living_in(app, employed=employed)
    said = all_text(advice_for(app, TODAY))
    assert BRIEF in said
    assert (EMPLOYER in said) is employed
