"""A fresh offer offers a reply to the offer first (thanks, the offer in writing, the
answer date), not "withdraw" alone. TODAY is Fri 27 Nov 2026."""

from __future__ import annotations

import pytest

from interviews import drafts
from interviews.models import UpdateKind
from tests.factories import ApplicationFactory
from tests.guidance.support import advice_for, dec, news, nov

pytestmark = pytest.mark.django_db


def test_a_written_offer_with_its_date_is_answered_by_that_date():
    app = ApplicationFactory(role="Data Engineer", contact_name="Dana Reyes")
    news(app, UpdateKind.OFFER_WRITTEN, nov(25), respond_by=dec(2))
    advice = advice_for(app)
    kinds = drafts.available_drafts(app, advice, another_offer=False)
    # An offer's own drafts, never "Withdraw" alone (new-user trial 4).
    assert kinds == [
        drafts.OFFER_REPLY,
        "offer_time",
        "offer_negotiate",
        "offer_accept",
        "offer_decline",
    ]
    draft = drafts.compose(drafts.OFFER_REPLY, app, advice, signature="Sam")
    assert draft.subject == "Thank you for the offer: Data Engineer"
    assert draft.body.startswith("Hi Dana,")
    assert "I will come back to you by Wednesday 2 December" in draft.body
    assert "by when you need my answer" not in draft.body  # already known


def test_a_verbal_offer_without_a_date_asks_for_it():
    app = ApplicationFactory()
    news(app, UpdateKind.OFFER_VERBAL, nov(26))
    advice = advice_for(app)
    assert drafts.available_drafts(app, advice, another_offer=False)[0] == drafts.OFFER_REPLY
    body = drafts.compose(drafts.OFFER_REPLY, app, advice, signature="Sam").body
    assert "Could you also let me know by when you need my answer?" in body


def test_a_counter_under_way_is_not_offered_a_fresh_reply():
    app = ApplicationFactory()
    news(app, UpdateKind.OFFER_WRITTEN, nov(20))
    news(app, UpdateKind.COUNTER_OFFER, nov(24))
    advice = advice_for(app)
    assert drafts.OFFER_REPLY not in drafts.available_drafts(app, advice, another_offer=False)
