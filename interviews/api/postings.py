"""The API's saved postings (list, read, save one from a page or from a pasted address the
server fetches with the same protections as the pages, delete) and offers (the live ones
side by side; an application's figures, set and removed). Registered on the one API by
``interviews.api.routes``."""

# No `from __future__ import annotations`: django-ninja reads the annotations at import.

from datetime import date
from http import HTTPStatus

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, ModelSchema, Schema, Status
from ninja.errors import ValidationError
from ninja.pagination import paginate

from interviews.access import owned_application
from interviews.api.idempotency import created
from interviews.api.paging import Pages
from interviews.postings import services
from interviews.postings.fetching import FetchError
from interviews.postings.forms import PostingImportForm
from interviews.postings.models import Offer, Posting
from interviews.postings.offer_forms import OfferForm
from interviews.postings.offers import live_offers
from interviews.postings.saving import reading_of


class PostingIn(Schema):
    page: str = Field("", description="The job's page (its HTML), as the browser has it.")
    address: str = Field("", description="Its web address; fetched when no page is sent.")
    application: int | None = Field(None, description="The application it is for, if any.")


class PostingOut(ModelSchema):
    application: int | None = Field(None, alias="application_id")

    class Meta:
        model = Posting
        fields = [
            "id", "uid", "address", "title", "company", "location", "remote", "salary_min",
            "salary_max", "salary_currency", "salary_period", "employment_type", "posted_on",
            "closes_on", "description", "read_from", "saved_at",
        ]  # fmt: skip


class OfferIn(ModelSchema):
    class Meta:
        model = Offer
        fields = OfferForm.Meta.fields


class OfferOut(ModelSchema):
    application: int = Field(..., alias="application_id")

    class Meta:
        model = Offer
        fields = ["id", "uid", *OfferForm.Meta.fields, "created_at", "updated_at"]


class LiveOfferOut(Schema):
    application: int
    company: str
    role: str
    answer_by: date | None = Field(None, description="From the offer's status update.")
    starts_on: date | None = Field(None, description="From the offer's status update.")
    terms: OfferOut | None = Field(None, description="The figures, as offered; unconverted.")


def owned_posting(request: HttpRequest, pk: int) -> Posting:
    return get_object_or_404(Posting.objects.for_user(request.user), pk=pk)


def add_routes(api, errors: dict, idempotency_key) -> None:
    """The postings' operations, on ``api``."""

    @api.get(
        "/postings",
        response={200: list[PostingOut], **errors},
        url_name="postings",
        tags=["postings"],
    )
    @paginate(Pages)
    def posting_list(request: HttpRequest):
        """Your saved postings, newest first."""
        return Posting.objects.for_user(request.user)

    @api.post("/postings", response={201: PostingOut, **errors}, tags=["postings"])
    def posting_create(
        request: HttpRequest,
        response: HttpResponse,
        payload: PostingIn,
        idempotency_key: str | None = idempotency_key,
    ):
        """Save a posting from its page, or from its address. For an application, it
        replaces that application's posting."""
        application = (
            owned_application(request, payload.application) if payload.application else None
        )
        reading = _reading(payload)

        def create():
            return services.posting_from_reading(
                owner=request.user, reading=reading, application=application
            )

        return created(request, response, idempotency_key, create, owned_posting)

    @api.get(
        "/postings/{pk}",
        response={200: PostingOut, **errors},
        url_name="posting",
        tags=["postings"],
    )
    def posting_read(request: HttpRequest, pk: int):
        return owned_posting(request, pk)

    @api.delete("/postings/{pk}", response={204: None, **errors}, tags=["postings"])
    def posting_delete(request: HttpRequest, pk: int):
        """Delete a saved posting; its application stays."""
        owned_posting(request, pk).delete()
        return Status(HTTPStatus.NO_CONTENT, None)


def add_offer_routes(api, errors: dict) -> None:
    """The offers' operations, on ``api``."""

    @api.get(
        "/offers", response={200: list[LiveOfferOut], **errors}, url_name="offers", tags=["offers"]
    )
    def offer_list(request: HttpRequest):
        """The live offers, the earliest answer-by first, each in its own currency."""
        return [
            {
                "application": o.application.pk,
                "company": o.application.company,
                "role": o.application.role,
                "answer_by": o.answer_by,
                "starts_on": o.starts_on,
                "terms": o.terms,
            }
            for o in live_offers(request.user)
        ]

    @api.get(
        "/applications/{pk}/offer",
        response={200: OfferOut, **errors},
        url_name="application_offer",
        tags=["offers"],
    )
    def application_offer(request: HttpRequest, pk: int):
        """The figures of the application's offer (404 while none are recorded)."""
        return get_object_or_404(Offer, application=owned_application(request, pk))

    @api.put("/applications/{pk}/offer", response={200: OfferOut, **errors}, tags=["offers"])
    def application_offer_put(request: HttpRequest, pk: int, payload: OfferIn):
        """Record the figures of the application's offer, or replace them."""
        application = owned_application(request, pk)
        terms = Offer.objects.filter(application=application).first()
        form = OfferForm(data=payload.dict(), instance=terms or Offer(application=application))
        if not form.is_valid():
            raise ValidationError(_problems(form))
        # Read back, as GET sends it (the amount to the cent as stored).
        return Offer.objects.get(pk=form.save().pk)

    @api.delete("/applications/{pk}/offer", response={204: None, **errors}, tags=["offers"])
    def application_offer_delete(request: HttpRequest, pk: int):
        """Remove the figures (the offer's status update stays)."""
        get_object_or_404(Offer, application=owned_application(request, pk)).delete()
        return Status(HTTPStatus.NO_CONTENT, None)


def _reading(payload: PostingIn):
    form = PostingImportForm(data={"page": payload.page, "address": payload.address})
    problems = [] if form.is_valid() else _problems(form)
    if not problems:
        try:
            return reading_of(**form.cleaned_data)
        except FetchError as error:
            problems = [{"loc": ["body", "payload", "address"], "msg": str(error), "type": "fetch"}]
    raise ValidationError(problems)


def _problems(form) -> list[dict]:
    return [
        {
            "loc": ["body", "payload", "page" if name == "__all__" else name],
            "msg": error["message"],
            "type": error["code"],
        }
        for name, errors in form.errors.get_json_data().items()
        for error in errors
    ]
