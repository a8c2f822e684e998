"""The coaching people miss, each at the point where it matters: pay, referrals, debrief
signals, re-applying, fresh and stale lines."""

from __future__ import annotations

import pytest

from interviews.models import RoundKind, Source, UpdateKind
from tests.factories import ApplicationFactory
from tests.guidance.support import (
    TODAY,
    advice_for,
    booked,
    dec,
    has_step,
    held,
    news,
    nov,
    step_with,
)

pytestmark = pytest.mark.django_db


def test_before_a_phone_screen_research_the_pay_range():
    app = ApplicationFactory()
    booked(app, RoundKind.PHONE_SCREEN, dec(1))
    step = step_with(advice_for(app), "Research the pay range")
    assert "a range rather than one number" in step.text
    assert step.due == nov(30)


def test_a_referral_is_told_and_asked_to_flag_the_application():
    app = ApplicationFactory(applied_on=nov(24), source=Source.REFERRAL)
    assert (
        step_with(advice_for(app), "the person who referred you").due == TODAY
    )  # an open-ended step from an earlier day is due today: only deadlines are overdue
    other = ApplicationFactory(applied_on=nov(24), source=Source.JOB_BOARD)
    assert not has_step(advice_for(other), "referred")


@pytest.mark.parametrize(
    ("signals", "said"),
    [
        ({"discussed_start_date": True}, "You noted talk of your start date or notice"),
        (
            {"met_the_team": True, "discussed_salary": True},
            "You noted salary discussed and meeting the team: good signs, though even several "
            "together guarantee nothing.",
        ),
        ({"next_steps_vague": True}, "ask for their timeline in your thank-you note"),
    ],
)
def test_debrief_signals_are_read_with_care(signals, said):
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(25), **signals)
    assert said in advice_for(app).meaning


def test_no_signals_noted_says_nothing_about_them():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(25))
    assert "You noted" not in advice_for(app).meaning


def test_re_applying_names_what_happened_last_time():
    earlier = ApplicationFactory(company="Acme", role="Designer")
    news(earlier, UpdateKind.REJECTED, nov(2))
    advice_for(earlier)
    earlier.refresh_from_db()
    app = ApplicationFactory(owner=earlier.owner, company="Acme", applied_on=nov(24))
    advice = advice_for(app, earlier=[earlier])
    step = step_with(advice, "You applied to Acme before (Designer, rejected)")
    assert "Say what has changed since" in step.text


# --- Nothing stale ---------------------------------------------------------------------------


def test_the_debrief_line_shows_while_it_is_fresh_and_then_goes():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(23), hour=15)
    assert has_step(advice_for(app, nov(25)), "while it is fresh")
    assert not has_step(advice_for(app, nov(27)), "while it is fresh")


def test_silence_in_the_first_days_is_only_said_in_the_first_days():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(16))
    assert "Silence in the first days is normal" in advice_for(app, nov(18)).not_meaning
    later = advice_for(app, nov(24))
    assert "first days" not in later.not_meaning
    assert "another candidate" in later.not_meaning


COMFORTING_CLAIMS = [
    "rarely because of one candidate",
    "not from anything about you",
    "most often means approvals",
    "rarely costs an offer",
]


@pytest.mark.parametrize("claim", COMFORTING_CLAIMS)
def test_no_comforting_claim_the_facts_do_not_support(claim):
    from interviews.guidance import content
    from interviews.guidance.guide import GUIDE

    words = [r.meaning + r.not_meaning for r in content.READINGS.values()]
    words += list(content.STEPS.values()) + list(content.TIMING.values())
    words += [e.meaning + e.not_meaning + e.timing + " ".join(e.actions) for e in GUIDE]
    assert not any(claim in text for text in words)
