"""The API's conventions, as a client generated from its schema relies on them: the
Idempotency-Key declared and honoured (a replay marked, another body refused), one error
shape declared for every 4xx, typed advice, pages with links and a declared maximum, and
operation ids that read as function names."""

from __future__ import annotations

import datetime as dt
import json
from http import HTTPStatus

import pytest
from django.test import Client
from django.utils import timezone

from interviews.api.paging import MAX_PAGE_SIZE
from interviews.api.tokens import token_create
from interviews.guidance import advise
from interviews.models import Application
from tests.factories import ApplicationFactory, StatusUpdateFactory

pytestmark = pytest.mark.django_db

KEY = "HTTP_IDEMPOTENCY_KEY"


@pytest.fixture
def api(user) -> Client:
    _, secret = token_create(owner=user, name="tests")
    return Client(HTTP_AUTHORIZATION=f"Bearer {secret}")


@pytest.fixture
def schema() -> dict:
    return json.loads(Client().get("/api/openapi.json").content)


def post(api: Client, url: str, data: dict, **headers):
    return api.post(url, json.dumps(data), content_type="application/json", **headers)


def operations(schema: dict):
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            yield path, method, operation


def test_operation_ids_read_as_function_names(schema):
    ids = {op["operationId"] for _, _, op in operations(schema)}
    assert {"application_create", "application_list", "application_advice"} <= ids
    assert not any("interviews" in name for name in ids)


def test_every_create_declares_the_idempotency_key_header(schema):
    creates = [op for _, method, op in operations(schema) if method == "post"]
    assert len(creates) == 6  # applications, rounds, updates, postings, contacts, people
    for operation in creates:
        (header,) = [p for p in operation["parameters"] if p["in"] == "header"]
        assert header["name"] == "Idempotency-Key" and header["required"] is False
        assert "Idempotent-Replayed" in header["description"]


def test_every_operation_declares_its_4xx_as_problem_details(schema):
    for path, method, operation in operations(schema):
        for status in ("400", "401", "404", "422"):
            content = operation["responses"][status]["content"]
            assert list(content) == ["application/problem+json"], (path, method, status)
            assert content["application/problem+json"]["schema"]["$ref"].endswith("/Problem")
    problem = schema["components"]["schemas"]["Problem"]
    assert {"type", "title", "status", "detail", "errors"} <= set(problem["properties"])


def test_the_advice_is_typed_in_the_schema_and_matches_the_engines_dictionary(api, user, schema):
    application = ApplicationFactory(owner=user, applied_on=timezone.localdate())
    declared = schema["components"]["schemas"]["AdviceOut"]["properties"]
    served = json.loads(api.get(f"/api/applications/{application.pk}/advice").content)
    engine = advise(application, today=timezone.localdate()).as_dict()
    assert set(declared) == set(served) == set(engine)
    assert served == engine
    step = schema["components"]["schemas"]["StepOut"]["properties"]
    assert set(step) == {"key", "text", "due"}


def test_a_replay_is_marked_and_the_first_answer_is_not(api):
    data = {"company": "Acme", "role": "Engineer"}
    first = post(api, "/api/applications", data, **{KEY: "k-1"})
    again = post(api, "/api/applications", data, **{KEY: "k-1"})
    assert first.status_code == again.status_code == HTTPStatus.CREATED
    assert "Idempotent-Replayed" not in first
    assert again["Idempotent-Replayed"] == "true"
    assert json.loads(again.content)["id"] == json.loads(first.content)["id"]
    # The same JSON spaced or ordered otherwise is the same body.
    reordered = api.post(
        "/api/applications",
        '{ "role": "Engineer",  "company": "Acme" }',
        content_type="application/json",
        **{KEY: "k-1"},
    )
    assert reordered["Idempotent-Replayed"] == "true"
    assert Application.objects.count() == 1


def test_a_key_reused_with_another_body_is_a_422_that_says_so(api):
    post(api, "/api/applications", {"company": "Acme", "role": "Engineer"}, **{KEY: "k-2"})
    reused = post(
        api, "/api/applications", {"company": "Globex", "role": "Analyst"}, **{KEY: "k-2"}
    )
    assert reused.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert reused["Content-Type"] == "application/problem+json"
    assert "already used with a different request body" in json.loads(reused.content)["detail"]
    assert list(Application.objects.values_list("company", flat=True)) == ["Acme"]


def test_an_overlong_key_is_refused(api):
    response = post(api, "/api/applications", {"company": "A", "role": "B"}, **{KEY: "k" * 256})
    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert not Application.objects.exists()


def test_pages_link_to_the_next_and_previous_and_past_the_last_is_empty(api, user):
    for number in range(5):
        ApplicationFactory(owner=user, company=f"Co {number}")
    first = json.loads(api.get("/api/applications?page_size=2").content)
    assert first["count"] == 5 and len(first["items"]) == 2 and first["previous"] is None
    assert first["next"] == "http://testserver/api/applications?page=2&page_size=2"
    second = json.loads(api.get(first["next"]).content)
    assert second["previous"] == "http://testserver/api/applications?page=1&page_size=2"
    last = json.loads(api.get(second["next"]).content)
    assert len(last["items"]) == 1 and last["next"] is None
    seen = [item["company"] for page in (first, second, last) for item in page["items"]]
    assert sorted(seen) == [f"Co {number}" for number in range(5)]
    beyond = api.get("/api/applications?page_size=2&page=9")
    assert beyond.status_code == HTTPStatus.OK
    empty = json.loads(beyond.content)
    assert empty["items"] == [] and empty["next"] is None
    assert empty["previous"].endswith("page=3&page_size=2")  # back to the last page


@pytest.mark.parametrize("query", [f"page_size={MAX_PAGE_SIZE + 1}", "page=0", "page_size=0"])
def test_a_page_out_of_bounds_is_a_422_naming_it_never_a_silent_cap(api, query):
    response = api.get(f"/api/applications?{query}")
    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    body = json.loads(response.content)
    assert body["errors"][0]["loc"][-1] == query.split("=")[0]


def test_the_pages_of_rounds_and_updates_have_links_too(api, user):
    application = ApplicationFactory(owner=user)
    for days in range(3):
        StatusUpdateFactory(application=application, on=dt.date(2026, 11, 3 + days))
    page = json.loads(api.get(f"/api/applications/{application.pk}/updates?page_size=2").content)
    assert page["count"] == 3 and page["next"].endswith("page=2&page_size=2")
