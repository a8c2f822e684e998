"""What the new job depends on, and the person's income (``guidance.livelihood``), and the
asks the record already answers (``guidance.asked``). TODAY is Fri 27 Nov 2026."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviews.guidance.contact_name import spoken
from interviews.models import NOT_MEETINGS, Outcome, RoundKind, UpdateKind
from tests.factories import ApplicationFactory
from tests.guidance.support import (
    TODAY,
    advice_for,
    all_text,
    booked,
    dec,
    has_step,
    held,
    living_in,
    news,
    nov,
    step_with,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("note", "visa"),
    [
        ("Offer subject to H-1B transfer, start Dec 14", True),
        ("Needs a Certificate of Sponsorship", True),
        ("Vorbehaltlich Arbeitserlaubnis", True),
        ("Offer letter, standard terms", False),
    ],
)
def test_no_resignation_before_the_visa_filing(note, visa):
    app = ApplicationFactory()
    living_in(app, country="US", region="PA", employed=True)
    held(app, RoundKind.ONSITE, nov(16))
    news(app, UpdateKind.OFFER_WRITTEN, nov(25), note=note, respond_by=dec(2))
    advice = advice_for(app)
    assert has_step(advice, "Do not resign until") is visa
    if visa:
        first = advice.next_steps[0]
        assert first.key == "visa_first" and first.due == TODAY


def test_an_employed_person_with_a_start_date_counts_the_notice_back_today():
    app = ApplicationFactory()
    living_in(app, country="DE", region="HB", employed=True)
    held(app, RoundKind.ONSITE, nov(16))
    news(app, UpdateKind.OFFER_VERBAL, nov(25), note="Zusage, Vertrag folgt", starts_on=dec(31))
    advice = advice_for(app)
    step = step_with(advice, "count back from that day")
    assert step.due == TODAY
    assert "Thu 31 Dec" in step.text
    assert not has_step(advice, "before you agree a start date")  # one notice step


def test_an_employed_person_with_a_verbal_offer_and_no_start_is_asked_the_notice_period():
    app = ApplicationFactory()
    living_in(app, employed=True)
    news(app, UpdateKind.OFFER_VERBAL, nov(25))
    assert has_step(advice_for(app), "Check the notice period in your contract")


def test_someone_not_employed_gets_no_notice_step():
    app = ApplicationFactory()
    living_in(app, employed=False)
    news(app, UpdateKind.OFFER_VERBAL, nov(25), starts_on=dec(31))
    advice = advice_for(app)
    assert not has_step(advice, "count back")
    assert not has_step(advice, "notice period")


def _signed_then_withdrawn(country: str):
    app = ApplicationFactory()
    living_in(app, country=country, employed=True)
    news(app, UpdateKind.OFFER_WRITTEN, nov(2), respond_by=nov(9))
    news(app, UpdateKind.ACCEPTED, nov(4), note="Arbeitsvertrag unterschrieben", starts_on=dec(1))
    news(app, UpdateKind.OFFER_RESCINDED, nov(26), note="zurückgezogen per Telefon")
    return advice_for(app)


def test_a_signed_german_contract_withdrawn_protects_the_income_first():
    advice = _signed_then_withdrawn("DE")
    first, second = advice.next_steps[:2]
    assert first.key == "de_agentur" and first.due == TODAY
    assert "Agentur für Arbeit" in first.text and "three days" in first.text
    assert second.key == "de_written_only" and "§ 623 BGB" in second.text
    assert "Aufhebungsvertrag" in second.text
    assert "any document it rests on" not in all_text(advice)


def test_elsewhere_the_withdrawn_offer_keeps_the_general_steps():
    advice = _signed_then_withdrawn("US")
    assert not has_step(advice, "Agentur")
    assert has_step(advice, "employment lawyer")


def test_every_meeting_ahead_says_what_to_do_if_you_cannot_make_it():
    app = ApplicationFactory(contact_name="Heather (recruiter)")
    booked(app, RoundKind.ONSITE, dec(3))
    step = step_with(advice_for(app), "If you cannot make it")
    assert "tell Heather as early as you can" in step.text
    work = ApplicationFactory()
    booked(work, RoundKind.TAKE_HOME, dec(3))
    assert not has_step(advice_for(work), "If you cannot make it")


def test_a_verbal_offer_with_its_answer_date_does_not_ask_for_it_again():
    app = ApplicationFactory()
    news(app, UpdateKind.OFFER_VERBAL, nov(27), respond_by=nov(27))
    advice = advice_for(app)
    assert not has_step(advice, "when they need your answer")
    assert step_with(advice, "ask when the written offer will arrive").due == TODAY


def test_news_that_came_with_a_date_is_not_asked_for_again():
    app = ApplicationFactory()
    held(
        app,
        RoundKind.PHONE_SCREEN,
        nov(20),
        outcome=Outcome.ADVANCED,
        reply_promised_by=dec(4),
    )
    advice = advice_for(app)
    assert not has_step(advice, "ask what the next step is")
    assert advice.follow_up_on is not None and advice.follow_up_on > dec(4)


def test_a_signed_acceptance_is_not_confirmed_again():
    app = ApplicationFactory()
    news(app, UpdateKind.OFFER_WRITTEN, nov(16))
    news(app, UpdateKind.ACCEPTED, nov(25), note="Signed")
    assert not has_step(advice_for(app), "Confirm your acceptance")
    other = ApplicationFactory()
    news(other, UpdateKind.OFFER_WRITTEN, nov(16))
    news(other, UpdateKind.ACCEPTED, nov(25), note="Said yes on the phone")
    assert has_step(advice_for(other), "Confirm your acceptance")


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("Friend: Chris (referrer)", "Chris"),
        ("Frau Jansen (Recruiting)", "Frau Jansen"),
        ("Vacancy holder", "the vacancy holder"),
        ("Graduate Recruitment team", "the graduate recruitment team"),
        ("HR team", "the HR team"),
        ("Dana Reyes", "Dana Reyes"),
        ("Dr. Lee", "Dr. Lee"),
    ],
)
def test_the_contact_is_named_as_a_sentence_says_it(given, said):
    assert spoken(given) == said


@pytest.mark.parametrize("kind", list(RoundKind))
def test_what_to_do_if_you_cannot_make_it_comes_with_every_meeting_and_only_those(kind):
    app = ApplicationFactory()
    booked(app, kind, dec(3))
    said = has_step(advice_for(app), "If you cannot make it")
    assert said is (kind not in NOT_MEETINGS)


@given(
    label=st.sampled_from(["", "Friend: ", "Recruiter: ", "HR: "]),
    name=st.sampled_from(["Chris", "Frau Jansen", "Ana María Ruiz", "Dr. Lee"]),
    note=st.sampled_from(["", " (referrer)", " (HR-Leitung)", " (Talent Acquisition)"]),
)
def test_labels_and_notes_around_a_name_never_reach_a_sentence(label, name, note):
    assert spoken(f"{label}{name}{note}") == name
