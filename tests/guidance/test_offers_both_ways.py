"""Two live offers: each page names the other, whatever the latest news on it (issue #22,
trial 3 finding 7: Indeed's page named Oracle's offer, but Oracle's, whose latest news was
a background check, never named Indeed's, due first)."""

from __future__ import annotations

import pytest

from interviews.models import UpdateKind
from tests.factories import ApplicationFactory
from tests.guidance.support import advice_for, all_text, dec, news, nov

pytestmark = pytest.mark.django_db

TODAY = dec(7)


@pytest.fixture
def offers(user):
    indeed = ApplicationFactory(owner=user, company="Indeed", applied_on=nov(2))
    news(indeed, UpdateKind.OFFER_VERBAL, dec(1))
    news(indeed, UpdateKind.OFFER_WRITTEN, dec(3), respond_by=dec(10))
    news(indeed, UpdateKind.COUNTER_OFFER, TODAY)
    oracle = ApplicationFactory(owner=user, company="Oracle", applied_on=nov(4))
    news(oracle, UpdateKind.REFERENCES_REQUESTED, dec(1))
    news(oracle, UpdateKind.OFFER_WRITTEN, dec(4), respond_by=dec(11))
    news(oracle, UpdateKind.BACKGROUND_CHECK, TODAY)
    return indeed, oracle


def test_the_offer_whose_latest_news_is_a_check_names_the_other_offer(offers):
    indeed, oracle = offers
    assert "Indeed" in all_text(advice_for(oracle, TODAY))
    assert "Oracle" in all_text(advice_for(indeed, TODAY))
