"""The JSON API: every route for the owner, a 404 for everyone else's records, tokens that
stop working the moment they are revoked, pagination, JSON errors (never HTML, never a
500), and a schema that validates."""

from __future__ import annotations

import datetime as dt
import json
import re
from http import HTTPStatus

import pytest
from django.contrib.staticfiles import finders
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openapi_spec_validator import validate

from interviews.api.models import ApiToken
from interviews.api.paging import PAGE_SIZE
from interviews.api.tokens import MAX_LIVE, token_create, token_revoke
from interviews.guidance import advise
from interviews.models import (
    Application,
    ApplicationContact,
    Contact,
    InterviewRound,
    Stage,
    StatusUpdate,
)
from tests.factories import (
    ApplicationFactory,
    InterviewRoundFactory,
    StatusUpdateFactory,
)

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def api_client(user) -> Client:
    _, secret = token_create(owner=user, name="tests")
    return Client(HTTP_AUTHORIZATION=f"Bearer {secret}")


@pytest.fixture
def api(user) -> Client:
    return api_client(user)


@pytest.fixture
def record(user) -> Application:
    application = ApplicationFactory(owner=user, applied_on=TODAY - dt.timedelta(days=12))
    InterviewRoundFactory(
        application=application, scheduled_at=timezone.now() - dt.timedelta(days=3)
    )
    StatusUpdateFactory(application=application, on=TODAY - dt.timedelta(days=10))
    application.refresh_from_db()
    return application


def body(response) -> dict:
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    return json.loads(response.content) if response.content else {}


def problem(response) -> dict:
    """A 4xx in the one error shape (RFC 9457): its body, checked."""
    assert response["Content-Type"] == "application/problem+json", response.content[:200]
    found = json.loads(response.content)
    assert found["status"] == response.status_code and found["type"] == "about:blank"
    assert found["title"] == HTTPStatus(response.status_code).phrase
    assert isinstance(found["detail"], str) and found["detail"]
    return found


def send(client: Client, method: str, url: str, data=None):
    if method == "get":
        return client.get(url)
    payload = json.dumps(data) if isinstance(data, dict) else data
    return getattr(client, method)(url, payload, content_type="application/json")


# Reading


def test_the_list_pages_25_at_a_time_most_recent_first_with_a_count(api, user):
    for n in range(PAGE_SIZE + 3):
        ApplicationFactory(owner=user, company=f"Co {n:02}")
    first = body(api.get("/api/applications"))
    assert first["count"] == PAGE_SIZE + 3
    assert len(first["items"]) == PAGE_SIZE
    second = body(api.get("/api/applications?page=2"))
    assert len(second["items"]) == 3
    companies = [item["company"] for item in first["items"] + second["items"]]
    assert len(set(companies)) == PAGE_SIZE + 3


def test_the_list_filters_by_stage(api, user, record):
    ApplicationFactory(owner=user, company="Saved Co", applied_on=None, stage=Stage.SAVED)
    interviewing = body(api.get("/api/applications?stage=interviewing"))
    assert [item["id"] for item in interviewing["items"]] == [record.pk]
    assert body(api.get("/api/applications?stage=saved"))["count"] == 1
    bad = api.get("/api/applications?stage=hired")
    assert bad.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert problem(bad)["errors"][0]["loc"] == ["query", "stage"]


def test_the_list_costs_the_same_queries_at_any_size(api, user, django_assert_max_num_queries):
    for _ in range(3):
        ApplicationFactory(owner=user)
    # Token lookup, its last-used stamp, profile, count, page.
    with django_assert_max_num_queries(6):
        small = api.get("/api/applications")
    for _ in range(40):
        ApplicationFactory(owner=user)
    with django_assert_max_num_queries(5):  # the last-used stamp is written once a minute
        large = api.get("/api/applications")
    assert small.status_code == large.status_code == HTTPStatus.OK


def test_an_application_reads_with_its_derived_fields(api, record):
    data = body(api.get(f"/api/applications/{record.pk}"))
    assert data["company"] == record.company
    assert data["stage"] == Stage.INTERVIEWING
    assert data["uid"] == str(record.uid)


def test_the_advice_is_the_engines_own_plain_dictionary(api, record):
    data = body(api.get(f"/api/applications/{record.pk}/advice"))
    application = Application.objects.with_records().get(pk=record.pk)
    assert data == json.loads(json.dumps(advise(application, today=TODAY).as_dict()))
    assert data["stage"] == "interviewing" and data["next_steps"]


def test_rounds_and_updates_list_and_read(api, record):
    rounds = body(api.get(f"/api/applications/{record.pk}/rounds"))
    updates = body(api.get(f"/api/applications/{record.pk}/updates"))
    assert rounds["count"] == updates["count"] == 1
    round_id, update_id = rounds["items"][0]["id"], updates["items"][0]["id"]
    assert body(api.get(f"/api/rounds/{round_id}"))["application_id"] == record.pk
    assert body(api.get(f"/api/updates/{update_id}"))["kind"] == "acknowledged"


# Writing


def test_an_application_is_created_updated_and_deleted(api, user):
    created = api.post(
        "/api/applications",
        {"company": "Acme", "role": "Engineer", "applied_on": str(TODAY)},
        content_type="application/json",
    )
    assert created.status_code == HTTPStatus.CREATED
    pk = body(created)["id"]
    assert body(created)["stage"] == Stage.APPLIED
    changed = send(api, "patch", f"/api/applications/{pk}", {"notes": "Met Sam at the fair"})
    assert body(changed)["notes"] == "Met Sam at the fair"
    assert body(changed)["company"] == "Acme"  # untouched fields stay
    assert api.delete(f"/api/applications/{pk}").status_code == HTTPStatus.NO_CONTENT
    assert not Application.objects.filter(pk=pk).exists()


def test_a_rejection_posted_through_the_api_moves_the_stage(api, record):
    response = send(
        api,
        "post",
        f"/api/applications/{record.pk}/updates",
        {"kind": "rejected", "on": str(TODAY)},
    )
    assert response.status_code == HTTPStatus.CREATED
    assert Application.objects.get(pk=record.pk).stage == Stage.REJECTED
    update_id = body(response)["id"]
    assert api.delete(f"/api/updates/{update_id}").status_code == HTTPStatus.NO_CONTENT
    assert Application.objects.get(pk=record.pk).stage == Stage.INTERVIEWING


def test_a_round_is_created_updated_and_deleted_and_the_stage_follows(api, record):
    # Held two days ago: an outcome that says it took place can't go on a round ahead.
    when = (timezone.now() - dt.timedelta(days=2)).replace(microsecond=0).isoformat()
    created = send(
        api,
        "post",
        f"/api/applications/{record.pk}/rounds",
        {"kind": "final", "scheduled_at": when, "duration_minutes": 90},
    )
    assert created.status_code == HTTPStatus.CREATED, created.content
    pk = body(created)["id"]
    changed = send(api, "patch", f"/api/rounds/{pk}", {"outcome": "not_selected"})
    assert body(changed)["outcome"] == "not_selected"
    assert body(changed)["duration_minutes"] == 90
    assert Application.objects.get(pk=record.pk).stage == Stage.REJECTED
    assert api.delete(f"/api/rounds/{pk}").status_code == HTTPStatus.NO_CONTENT
    assert Application.objects.get(pk=record.pk).stage == Stage.INTERVIEWING


def test_an_update_is_changed_with_the_forms_rules(api, record):
    update = StatusUpdate.objects.get(application=record)
    changed = send(api, "patch", f"/api/updates/{update.pk}", {"note": "Auto-reply"})
    assert changed.status_code == HTTPStatus.OK
    assert StatusUpdate.objects.get(pk=update.pk).note == "Auto-reply"


# Errors are JSON, never HTML, never a 500, and change nothing


NEW = "/api/applications"
LATE = "2099-01-01"
BAD_INPUT = [
    ("post", NEW, {"role": "No company"}, "company"),
    ("post", NEW, {"company": "", "role": "x"}, "company"),
    ("post", NEW, {"company": "A", "role": "B", "applied_on": LATE}, "applied_on"),
    ("post", NEW, {"company": "A", "role": "B", "applied_on": "soon"}, "applied_on"),
    ("post", NEW, {"company": "A\nB", "role": "B"}, "company"),
    ("post", NEW, {"company": "A", "role": "B", "work_mode": "moon"}, "work_mode"),
    ("patch", "/api/applications/{app}", {"company": "x" * 201}, "company"),
    ("patch", "/api/contacts/{contact}", {"email": "not mail"}, "email"),
    ("post", "/api/contacts", {"name": "A\nB"}, "name"),
    ("post", "/api/applications/{app}/people", {"role": "referrer"}, "name"),
    ("post", "/api/applications/{app}/people", {"role": "boss", "name": "A"}, "role"),
    (
        "post",
        "/api/applications/{app}/rounds",
        {"kind": "video", "scheduled_at": "2026-11-10T10:00:00Z", "participants": [999999]},
        "participants",
    ),
    ("post", "/api/applications/{app}/updates", {"kind": "promoted", "on": str(TODAY)}, "kind"),
    (
        "post",
        "/api/applications/{app}/updates",
        {"kind": "rejected", "on": str(TODAY), "respond_by": str(TODAY)},
        "respond_by",
    ),
    ("patch", "/api/rounds/{round}", {"duration_minutes": 1}, "duration_minutes"),
    ("patch", "/api/updates/{update}", {"on": LATE}, "on"),
]


@pytest.mark.parametrize(("method", "path", "data", "field"), BAD_INPUT)
def test_invalid_input_is_a_422_in_json_naming_the_field_and_changes_nothing(
    api, record, method, path, data, field
):
    ids = {
        "app": record.pk,
        "round": InterviewRound.objects.get(application=record).pk,
        "update": StatusUpdate.objects.get(application=record).pk,
        "contact": record.recruiter.pk,
    }
    before = snapshot()
    response = send(api, method, path.format(**ids), data)
    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY, response.content
    assert field in {error["loc"][-1] for error in problem(response)["errors"]}
    assert snapshot() == before


@pytest.mark.parametrize("raw", ["not json", "[1, 2]", '{"company": ', "\x00", ""])
def test_a_body_that_is_not_the_expected_json_is_a_4xx_in_json(api, raw):
    response = api.post("/api/applications", raw, content_type="application/json")
    assert HTTPStatus.BAD_REQUEST <= response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR
    problem(response)
    assert not Application.objects.exists()


@pytest.mark.parametrize(
    "path", ["/api/applications/abc", "/api/applications/99999999999999999999"]
)
def test_an_odd_id_is_a_4xx_in_json(api, path):
    response = api.get(path)
    assert HTTPStatus.BAD_REQUEST <= response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR
    problem(response)


def snapshot():
    return [
        list(model.objects.order_by("pk").values())
        for model in (Application, InterviewRound, StatusUpdate, Contact, ApplicationContact)
    ]


# Another person's records


def round_payload() -> dict:
    when = timezone.now() + dt.timedelta(days=2)
    return {"kind": "final", "scheduled_at": when.isoformat(), "outcome": "scheduled"}


def update_payload() -> dict:
    return {"kind": "rejected", "on": str(TODAY)}


def test_another_persons_records_are_a_404_for_every_method(record, stranger):
    # Payloads the owner could send: the 404 is the ownership check, not a refused body.
    stranger_api = api_client(stranger)
    round_id = InterviewRound.objects.get(application=record).pk
    update_id = StatusUpdate.objects.get(application=record).pk
    before = snapshot()
    for path, payload in [
        (f"/api/applications/{record.pk}", {"company": "Hijack"}),
        (f"/api/applications/{record.pk}/advice", {}),
        (f"/api/applications/{record.pk}/rounds", round_payload()),
        (f"/api/applications/{record.pk}/updates", update_payload()),
        (f"/api/rounds/{round_id}", {"outcome": "not_selected"}),
        (f"/api/updates/{update_id}", {"kind": "withdrew"}),
    ]:
        for method in ("get", "patch", "delete", "post"):
            response = send(stranger_api, method, path, payload)
            assert response.status_code in (HTTPStatus.NOT_FOUND, HTTPStatus.METHOD_NOT_ALLOWED), (
                method,
                path,
                response.status_code,
            )
            assert record.company not in response.content.decode()
    assert snapshot() == before
    assert body(stranger_api.get("/api/applications"))["count"] == 0


# Tokens and sessions


def test_no_credentials_is_a_401_problem_that_says_how_to_authenticate(record):
    response = Client().get("/api/applications")
    assert response.status_code == HTTPStatus.UNAUTHORIZED
    assert "Authorization: Bearer" in problem(response)["detail"]
    assert response["WWW-Authenticate"] == 'Bearer realm="Interview Tracker API"'
    wrong = Client(HTTP_AUTHORIZATION="Bearer itk_wrong").get("/api/applications")
    assert wrong["WWW-Authenticate"].endswith('error="invalid_token"')
    problem(wrong)


@pytest.mark.parametrize("header", ["Bearer nonsense", "Bearer itk_" + "x" * 43, "Token abc", ""])
def test_a_wrong_token_is_a_401(record, header):
    response = Client(HTTP_AUTHORIZATION=header).get("/api/applications")
    assert response.status_code == HTTPStatus.UNAUTHORIZED


def test_a_revoked_token_is_refused_at_once(user, record):
    token, secret = token_create(owner=user, name="script")
    client = Client(HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert client.get("/api/applications").status_code == HTTPStatus.OK
    token_revoke(token)
    assert client.get("/api/applications").status_code == HTTPStatus.UNAUTHORIZED


def test_a_token_of_a_deactivated_account_is_refused(user, api):
    user.is_active = False
    user.save()
    assert api.get("/api/applications").status_code == HTTPStatus.UNAUTHORIZED


def test_tokens_are_stored_hashed_and_marked_when_used(user):
    token, secret = token_create(owner=user, name="n8n")
    assert secret.startswith("itk_") and secret not in token.token_hash
    assert not ApiToken.objects.filter(token_hash=secret).exists()
    Client(HTTP_AUTHORIZATION=f"Bearer {secret}").get("/api/applications")
    assert ApiToken.objects.get(pk=token.pk).last_used_at is not None


def test_the_browser_session_works_and_writes_need_the_csrf_token(user):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    assert browser.get("/api/applications").status_code == HTTPStatus.OK
    refused = browser.post(
        "/api/applications", {"company": "A", "role": "B"}, content_type="application/json"
    )
    assert refused.status_code == HTTPStatus.FORBIDDEN
    assert not Application.objects.exists()
    browser.get(reverse("interviews:settings"))  # sets the CSRF cookie
    token = browser.cookies["csrftoken"].value
    allowed = browser.post(
        "/api/applications",
        {"company": "A", "role": "B"},
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
    )
    assert allowed.status_code == HTTPStatus.CREATED


# Tokens in /settings/


def test_a_token_is_made_in_settings_shown_once_and_revoked_there(owner_client, user):
    response = owner_client.post(
        reverse("interviews:api_token_create"), {"name": "n8n at home"}, follow=True
    )
    page = response.content.decode()
    secret = response.context["new_token"]["secret"]
    assert secret in page and "shown only this once" in page
    assert Client(HTTP_AUTHORIZATION=f"Bearer {secret}").get("/api/applications").status_code == 200
    again = owner_client.get(reverse("interviews:settings")).content.decode()
    assert secret not in again and "n8n at home" in again
    token = ApiToken.objects.get(owner=user)
    owner_client.post(reverse("interviews:api_token_revoke", args=[token.pk]))
    assert Client(HTTP_AUTHORIZATION=f"Bearer {secret}").get("/api/applications").status_code == 401
    assert "revoked" in owner_client.get(reverse("interviews:settings")).content.decode()


def test_a_token_needs_a_name_and_a_stranger_cannot_revoke_it(owner_client, user, stranger):
    response = owner_client.post(reverse("interviews:api_token_create"), {"name": ""})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not ApiToken.objects.exists()
    token, _ = token_create(owner=user, name="mine")
    other = Client()
    other.force_login(stranger)
    response = other.post(reverse("interviews:api_token_revoke", args=[token.pk]))
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert not ApiToken.objects.get(pk=token.pk).is_revoked


# Schema and docs


def test_the_openapi_schema_validates_and_lists_every_route():
    response = Client().get("/api/openapi.json")
    schema = body(response)
    validate(schema)
    assert set(schema["paths"]) == {
        "/api/applications",
        "/api/applications/{pk}",
        "/api/applications/{pk}/advice",
        "/api/applications/{pk}/rounds",
        "/api/applications/{pk}/updates",
        "/api/rounds/{pk}",
        "/api/updates/{pk}",
        "/api/postings",
        "/api/postings/{pk}",
        "/api/offers",
        "/api/applications/{pk}/offer",
        "/api/documents",
        "/api/documents/{pk}",
        "/api/documents/{pk}/file",
        "/api/applications/{pk}/documents",
        "/api/contacts",
        "/api/contacts/{pk}",
        "/api/applications/{pk}/people",
        "/api/people/{pk}",
    }


def test_the_docs_page_loads_nothing_from_another_site():
    page = Client().get("/api/docs").content.decode()
    assert "swagger-ui-bundle.js" in page
    # Every address the page loads is on this site. (Not a search of the whole page for
    # "cdn": its random CSRF token spells that now and then.)
    addresses = re.findall(r"""(?:src|href)=["']([^"']*)""", page)
    assert addresses and all(a.startswith("/") and not a.startswith("//") for a in addresses)
    assert "//" not in page.replace("://testserver", "")
    for asset in ("ninja/swagger-ui-bundle.js", "ninja/swagger-ui.css", "ninja/swagger-ui-init.js"):
        assert finders.find(asset), asset
    assert "<script>" not in page  # only files and a JSON block: the CSP allows no inline code


# Retrying a create


@pytest.mark.parametrize(
    ("path", "payload", "model"),
    [
        ("/api/applications", lambda: {"company": "Acme", "role": "Engineer"}, Application),
        ("/api/applications/{pk}/rounds", round_payload, InterviewRound),
        ("/api/applications/{pk}/updates", update_payload, StatusUpdate),
    ],
)
def test_a_create_retried_with_its_idempotency_key_creates_once(api, record, path, payload, model):
    url = path.format(pk=record.pk)
    data = payload()
    before = model.objects.count()
    key = {"HTTP_IDEMPOTENCY_KEY": "9f1c2d3e-retry"}
    first = api.post(url, json.dumps(data), content_type="application/json", **key)
    again = api.post(url, json.dumps(data), content_type="application/json", **key)
    assert first.status_code == again.status_code == HTTPStatus.CREATED
    assert body(again) == body(first)
    assert model.objects.count() == before + 1
    # Another key, or none, is another record.
    other = {"HTTP_IDEMPOTENCY_KEY": "9f1c2d3e-next"}
    api.post(url, json.dumps(data), content_type="application/json", **other)
    send(api, "post", url, data)
    assert model.objects.count() == before + 3


def test_a_refused_create_does_not_use_up_its_key(api, user, stranger):
    key = {"HTTP_IDEMPOTENCY_KEY": "first-try"}
    refused = api.post("/api/applications", "{}", content_type="application/json", **key)
    assert refused.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    data = json.dumps({"company": "Acme", "role": "Engineer"})
    created = api.post("/api/applications", data, content_type="application/json", **key)
    assert created.status_code == HTTPStatus.CREATED
    # A key is its owner's alone: the same key from someone else creates their own record.
    theirs = api_client(stranger).post(
        "/api/applications", data, content_type="application/json", **key
    )
    assert body(theirs)["id"] != body(created)["id"]
    assert Application.objects.for_user(stranger).count() == 1


def test_settings_list_every_live_token_and_the_latest_revoked_in_fixed_queries(owner_client, user):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert owner_client.get(reverse("interviews:settings")).status_code == HTTPStatus.OK
        return len(captured)

    token_create(owner=user, name="first")
    few = queries()
    for n in range(12):
        token_revoke(token_create(owner=user, name=f"old {n:02}")[0])
    for n in range(MAX_LIVE - 1):
        token_create(owner=user, name=f"live {n:02}")
    assert queries() == few
    shown = [token.name for token in owner_client.get("/settings/").context["api_tokens"]]
    assert {"first", *(f"live {n:02}" for n in range(MAX_LIVE - 1))} <= set(shown)
    assert shown[MAX_LIVE:] == [f"old {n:02}" for n in (11, 10, 9, 8, 7)]
    refused = owner_client.post(reverse("interviews:api_token_create"), {"name": "one more"})
    assert refused.status_code == HTTPStatus.BAD_REQUEST
    assert f"You have {MAX_LIVE} live tokens" in refused.content.decode()
