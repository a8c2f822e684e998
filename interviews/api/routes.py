"""The JSON API under /api/: applications, their rounds and updates, and the advice.

Reads use the pages' own lookups (``interviews.access``: another person's record is a
404); writes go through the app's forms (the same rules as the pages) and
``interviews.services`` (the stage and waiting dates follow every change).
"""

# No `from __future__ import annotations`: django-ninja reads the handlers' annotations
# at import time to build its request parsing.

from functools import wraps
from http import HTTPStatus

from django.db.models import Prefetch
from django.forms import ModelForm, model_to_dict
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Header, Query, Schema, Status
from ninja.errors import ValidationError
from ninja.pagination import paginate

from interviews import services
from interviews.access import owned_application, owned_round, owned_update
from interviews.api.auth import AUTH
from interviews.api.documents import add_routes as add_document_routes
from interviews.api.idempotency import DESCRIPTION, HEADER, created
from interviews.api.paging import Pages
from interviews.api.people import add_routes as add_people_routes
from interviews.api.people import participants_of
from interviews.api.postings import add_offer_routes
from interviews.api.postings import add_routes as add_posting_routes
from interviews.api.schemas import (
    AdviceOut,
    ApplicationIn,
    ApplicationOut,
    ApplicationPatch,
    Problem,
    RoundIn,
    RoundOut,
    RoundPatch,
    UpdateIn,
    UpdateOut,
    UpdatePatch,
)
from interviews.api.site import TrackerAPI
from interviews.forms import ApplicationForm, InterviewRoundForm, StatusUpdateForm
from interviews.guidance import Person, advise
from interviews.models import Application, ApplicationContact, InterviewRound, Stage, StatusUpdate
from interviews.profiles import activated, profile_of
from interviews.search_picture import search_of

api = TrackerAPI(
    title="Interview Tracker API",
    version="1",
    description=(
        "Your own applications, interview rounds, status updates and advice. "
        "Send a personal token from /settings/ as `Authorization: Bearer <token>`, "
        "or use the API from a logged-in browser (with the CSRF token on writes). "
        "Creating sends back the new record; with an `Idempotency-Key` header (any unique "
        "string per record you mean to create), a retry of the same request creates "
        "nothing and sends back the record the first one made, marked "
        "`Idempotent-Replayed: true`; the same key with another body is a 422. "
        "Lists come in pages (`page`, `page_size` up to 100) with `next` and `previous` "
        "links. Every 4xx is an RFC 9457 problem (`application/problem+json`)."
    ),
    auth=AUTH,
    urls_namespace="api",
)


def in_the_owners_calendar(handler):
    """Token requests skip the middleware that puts the person's time zone and holidays
    in force (it runs before the token is read), so every operation does it here."""

    @wraps(handler)
    def run(request: HttpRequest, *args, **kwargs):
        with activated(profile_of(request.user)):
            return handler(request, *args, **kwargs)

    return run


api.add_decorator(in_the_owners_calendar)

# The people on each application of a list, in one query.
LINKS = ApplicationContact.objects.select_related("contact")

# Every operation can answer these, each as a Problem.
ERRORS = {400: Problem, 401: Problem, 404: Problem, 422: Problem}
IdempotencyKey = Header(None, alias=HEADER, description=DESCRIPTION)


class StageFilter(Schema):
    stage: Stage | None = None


def _checked(form_class: type[ModelForm], instance, payload: Schema, *, partial: bool):
    """The record with the payload applied, checked by the app's form, not yet saved."""
    fields = form_class._meta.fields
    data = model_to_dict(instance, fields=fields) if partial else {}
    data.update(payload.dict(exclude_unset=partial))
    form = form_class(data=data, instance=instance)
    if not form.is_valid():
        raise ValidationError(
            [
                {"loc": ["body", "payload", name], "msg": error["message"], "type": error["code"]}
                for name, errors in form.errors.get_json_data().items()
                for error in errors
            ]
        )
    return form.save(commit=False)


# Applications


@api.get(
    "/applications",
    response={200: list[ApplicationOut], **ERRORS},
    url_name="applications",
    tags=["applications"],
)
@paginate(Pages)
def application_list(request: HttpRequest, filters: Query[StageFilter]):
    """Your applications, most recently active first; filter by stage."""
    applications = (
        Application.objects.for_user(request.user)
        .prefetch_related(Prefetch("contact_links", queryset=LINKS))
        .order_by("-last_activity_at", "-pk")
    )
    if filters.stage:
        applications = applications.filter(stage=filters.stage)
    return applications


@api.post("/applications", response={201: ApplicationOut, **ERRORS}, tags=["applications"])
def application_create(
    request: HttpRequest,
    response: HttpResponse,
    payload: ApplicationIn,
    idempotency_key: str | None = IdempotencyKey,
):
    """Add an application. Send an `Idempotency-Key` header to make retrying safe."""

    def create():
        application = Application(owner=request.user)
        return services.application_save(
            _checked(ApplicationForm, application, payload, partial=False)
        )

    return created(request, response, idempotency_key, create, owned_application)


@api.get(
    "/applications/{pk}",
    response={200: ApplicationOut, **ERRORS},
    url_name="application",
    tags=["applications"],
)
def application_read(request: HttpRequest, pk: int):
    return owned_application(request, pk)


@api.patch("/applications/{pk}", response={200: ApplicationOut, **ERRORS}, tags=["applications"])
def application_update(request: HttpRequest, pk: int, payload: ApplicationPatch):
    application = owned_application(request, pk)
    return services.application_save(_checked(ApplicationForm, application, payload, partial=True))


@api.delete("/applications/{pk}", response={204: None, **ERRORS}, tags=["applications"])
def application_delete(request: HttpRequest, pk: int):
    """Delete an application with its rounds and updates."""
    owned_application(request, pk).delete()
    return Status(HTTPStatus.NO_CONTENT, None)


@api.get(
    "/applications/{pk}/advice",
    response={200: AdviceOut, **ERRORS},
    url_name="application_advice",
    tags=["applications"],
)
def application_advice(request: HttpRequest, pk: int):
    """Where the application stands today and what to do next, as the pages show it."""
    application = owned_application(request, pk, with_records=True)
    person = Person.of(profile_of(request.user))
    search = search_of(request.user)
    today = timezone.localdate()
    return advise(application, today=today, person=person, search=search).as_dict()


# Rounds


@api.get(
    "/applications/{pk}/rounds",
    response={200: list[RoundOut], **ERRORS},
    url_name="application_rounds",
    tags=["rounds"],
)
@paginate(Pages)
def round_list(request: HttpRequest, pk: int):
    """The application's interview rounds, earliest first."""
    rounds = owned_application(request, pk).rounds.prefetch_related("participants")
    return rounds.order_by("scheduled_at", "pk")


@api.post("/applications/{pk}/rounds", response={201: RoundOut, **ERRORS}, tags=["rounds"])
def round_create(
    request: HttpRequest,
    response: HttpResponse,
    pk: int,
    payload: RoundIn,
    idempotency_key: str | None = IdempotencyKey,
):
    """Add a round. Send an `Idempotency-Key` header to make retrying safe."""
    record = InterviewRound(application=owned_application(request, pk))
    people = participants_of(request, payload.participants)
    return created(
        request,
        response,
        idempotency_key,
        lambda: services.record_save(
            _checked(InterviewRoundForm, record, payload, partial=False), people=people
        ),
        owned_round,
    )


@api.get("/rounds/{pk}", response={200: RoundOut, **ERRORS}, url_name="round", tags=["rounds"])
def round_read(request: HttpRequest, pk: int):
    return owned_round(request, pk)


@api.patch("/rounds/{pk}", response={200: RoundOut, **ERRORS}, tags=["rounds"])
def round_update(request: HttpRequest, pk: int, payload: RoundPatch):
    record = owned_round(request, pk)
    people = participants_of(request, payload.participants)
    checked = _checked(InterviewRoundForm, record, payload, partial=True)
    return services.record_save(checked, people=people)


@api.delete("/rounds/{pk}", response={204: None, **ERRORS}, tags=["rounds"])
def round_delete(request: HttpRequest, pk: int):
    services.record_delete(owned_round(request, pk))
    return Status(HTTPStatus.NO_CONTENT, None)


# Status updates


@api.get(
    "/applications/{pk}/updates",
    response={200: list[UpdateOut], **ERRORS},
    url_name="application_updates",
    tags=["updates"],
)
@paginate(Pages)
def update_list(request: HttpRequest, pk: int):
    """The application's status updates, newest first."""
    return owned_application(request, pk).updates.all()


@api.post("/applications/{pk}/updates", response={201: UpdateOut, **ERRORS}, tags=["updates"])
def update_create(
    request: HttpRequest,
    response: HttpResponse,
    pk: int,
    payload: UpdateIn,
    idempotency_key: str | None = IdempotencyKey,
):
    """Add a status update. Send an `Idempotency-Key` header to make retrying safe."""
    record = StatusUpdate(application=owned_application(request, pk))
    return created(
        request,
        response,
        idempotency_key,
        lambda: services.record_save(_checked(StatusUpdateForm, record, payload, partial=False)),
        owned_update,
    )


@api.get("/updates/{pk}", response={200: UpdateOut, **ERRORS}, url_name="update", tags=["updates"])
def update_read(request: HttpRequest, pk: int):
    return owned_update(request, pk)


@api.patch("/updates/{pk}", response={200: UpdateOut, **ERRORS}, tags=["updates"])
def update_update(request: HttpRequest, pk: int, payload: UpdatePatch):
    record = owned_update(request, pk)
    return services.record_save(_checked(StatusUpdateForm, record, payload, partial=True))


@api.delete("/updates/{pk}", response={204: None, **ERRORS}, tags=["updates"])
def update_delete(request: HttpRequest, pk: int):
    services.record_delete(owned_update(request, pk))
    return Status(HTTPStatus.NO_CONTENT, None)


# Saved postings and offers (interviews.postings)

add_posting_routes(api, ERRORS, IdempotencyKey)
add_people_routes(api, ERRORS, IdempotencyKey)
add_offer_routes(api, ERRORS)
add_document_routes(api, ERRORS)
