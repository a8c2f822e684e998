"""Bad input to the postings and the offers' figures: any page, any JSON-LD a site may
publish, any address, key or figure. The reader never raises, a saved record always passes
its model's checks and its pages open, and nothing else changes; a refused one stores
nothing."""

from __future__ import annotations

import json
from http import HTTPStatus
from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from interviews.postings.models import BookmarkletKey, Offer, PayPeriod, Posting
from interviews.postings.reading import read
from tests.support.bad_input import send
from tests.support.fuzz import (
    FUZZ,
    TRICKY_TEXT,
    fine_text,
    number,
    one_of_values,
    pk_choice,
    resolve_pk,
    spoiled,
    text,
    url_text,
)

pytestmark = pytest.mark.django_db

KEYS = [
    "title", "hiringOrganization", "jobLocation", "jobLocationType", "baseSalary",
    "estimatedSalary", "datePosted", "validThrough", "description", "employmentType", "url",
    "applicantLocationRequirements", "address", "name", "currency", "value", "minValue",
    "maxValue", "unitText", "addressLocality", "addressCountry", "@type", "@graph",
]  # fmt: skip
leaf = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(), text, number,
    st.sampled_from(["TELECOMMUTE", "JobPosting", "2026-02-30", "9999-12-31T23:59:59Z", "YEAR"]),
)  # fmt: skip
json_value = st.recursive(
    leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(KEYS), text), inner, max_size=6),
    ),
    max_leaves=25,
)
posting_data = st.dictionaries(st.sampled_from(KEYS), json_value, max_size=10).map(
    lambda found: {"@context": "https://schema.org", **found, "@type": "JobPosting"}
)


def as_page(data, title: str) -> str:
    block = json.dumps(data, allow_nan=True).replace("</", "<\\/")
    return f'<title>{title}</title><script type="application/ld+json">{block}</script>'


pages = st.one_of(
    st.builds(as_page, posting_data, text),
    text,
    st.sampled_from(
        [
            "<html",
            '<script type="application/ld+json">{"@type": "JobPosting",</script>',
            '<div itemscope itemtype="http://schema.org/JobPosting"><span itemprop="title">',
            "\x00<title>\x00</title>",
            "\ufeff<?xml version='1.0'?><title>x</title>",
        ]
    ),
)


def stored() -> dict:
    return {p.pk: p for p in Posting.objects.all()}


def assert_posting_sane(client: Client, response, before: dict) -> None:
    assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR
    added = stored().keys() - before.keys()
    if response.status_code not in (HTTPStatus.FOUND, HTTPStatus.SEE_OTHER):
        assert not added
        return
    assert len(added) == 1
    posting = Posting.objects.get(pk=added.pop())
    posting.full_clean()
    for url in (
        posting.get_absolute_url(),
        reverse("interviews:posting_print", args=[posting.pk]),
        reverse("interviews:posting_list"),
    ):
        assert send(client, "get", url).status_code == HTTPStatus.OK, url
    # The form that makes an application of it, or (already one) that application.
    made = send(client, "get", reverse("interviews:posting_application", args=[posting.pk]))
    assert made.status_code == (HTTPStatus.FOUND if posting.application else HTTPStatus.OK)


@FUZZ
@given(data=posting_data)
@example(data={"@type": "JobPosting", "baseSalary": {"value": {"minValue": "9" * 40}}})
@example(data={"@type": "JobPosting", "datePosted": "0000-00-00", "title": "\u2028"})
def test_the_reader_takes_any_json_ld_and_gives_what_a_posting_can_hold(data):
    reading = read(as_page(data, "A page"), "https://example.com/job")
    posting = Posting(title=reading.title or "x", **_fields(reading))
    posting.full_clean(exclude=["owner"])


def _fields(reading) -> dict:
    return {
        "company": reading.company,
        "location": reading.location,
        "remote": reading.remote,
        "salary_min": reading.salary_min,
        "salary_max": reading.salary_max,
        "salary_currency": reading.salary_currency,
        "salary_period": reading.salary_unit,
        "employment_type": reading.employment_type,
        "posted_on": reading.posted_on,
        "closes_on": reading.closes_on,
        "description": reading.description,
    }


@FUZZ
@given(page=pages, address=st.one_of(st.just(""), url_text), who=pk_choice)
def test_pasting_any_page_saves_a_sound_posting_or_nothing(owner, scene, page, address, who):
    pk = resolve_pk(who, scene.target.pk, scene.elsewhere.pk)
    before = stored()
    path = reverse("interviews:posting_create") + f"?application={pk}"
    response = send(owner, "post", path, {"page": page, "address": address})
    if pk != scene.target.pk:
        assert response.status_code == HTTPStatus.NOT_FOUND
    assert_posting_sane(owner, response, before)


@FUZZ
@given(
    page=pages,
    address=st.one_of(url_text, st.sampled_from(TRICKY_TEXT)),
    key=st.one_of(st.just("own"), text),
)
def test_the_bookmarklet_takes_any_page_and_any_key(owner, scene, page, address, key):
    own = BookmarkletKey.objects.get_or_create(owner=scene.owner)[0].key
    before = stored()
    path = f"/postings/bookmarklet/{own if key == 'own' else quote(key, safe='')}/"
    response = send(Client(), "post", path, {"page": page, "address": address})
    if key != "own":
        assert response.status_code in (HTTPStatus.NOT_FOUND, HTTPStatus.METHOD_NOT_ALLOWED)
    assert_posting_sane(owner, response, before)


@pytest.mark.parametrize(
    "query", ["?application=", "?application=abc", "?application=-1", f"?application={2**70}"]
)
def test_a_bad_application_in_the_address_is_a_404(owner, scene, query):
    path = reverse("interviews:posting_create") + query
    assert owner.post(path, {"page": "<title>Welder</title>"}).status_code == 404
    assert not Posting.objects.exists()


OFFER_FORM = spoiled(
    {
        "base_pay": st.one_of(st.just(""), st.decimals(0, 10**9, places=2).map(str)),
        "pay_period": one_of_values(PayPeriod.values, blank=True),
        "currency": st.sampled_from(["", "EUR", "usd", "JPY"]),
        "bonus": fine_text,
        "equity": fine_text,
        "benefits": fine_text,
    },
    {
        "base_pay": number,
        "pay_period": text,
        "currency": text,
        "bonus": text,
        "equity": text,
        "benefits": text,
    },
)


@FUZZ
@given(data=OFFER_FORM, who=pk_choice)
@example(data={"base_pay": "9" * 13, "currency": "EUR"}, who="own")
@example(data={"base_pay": "1e400", "currency": "EUR"}, who="own")
def test_an_offers_figures_survive_any_input(owner, scene, data, who):
    pk = resolve_pk(who, scene.target.pk, scene.elsewhere.pk)
    before = {o.pk: o.updated_at for o in Offer.objects.all()}
    response = send(owner, "post", f"/applications/{pk}/offer/", data)
    assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR
    if pk != scene.target.pk:
        assert response.status_code == HTTPStatus.NOT_FOUND
    if response.status_code != HTTPStatus.FOUND:
        assert {o.pk: o.updated_at for o in Offer.objects.all()} == before
        return
    Offer.objects.get(application=scene.target).full_clean()
    for url in (scene.target.get_absolute_url(), reverse("interviews:offer_board")):
        assert send(owner, "get", url).status_code == HTTPStatus.OK, url
