"""The API's people: contacts (list, search, add, read, change, delete), the people on an
application with their roles (list, add, remove), and a round's participants (read on
every round, written with the round). Registered on the one API by
``interviews.api.routes``; every write goes through ``interviews.services``."""

# No `from __future__ import annotations`: django-ninja reads the annotations at import.

from http import HTTPStatus

from django.http import HttpRequest, HttpResponse
from ninja import Field, ModelSchema, Query, Schema, Status
from ninja.errors import ValidationError
from ninja.pagination import paginate

from interviews import services
from interviews.access import owned_application, owned_contact, owned_link
from interviews.api.idempotency import created
from interviews.api.paging import Pages
from interviews.models import ApplicationContact, Contact, ContactRole
from interviews.people_forms import ContactForm

CONTACT_FIELDS = ContactForm.Meta.fields


class ContactIn(ModelSchema):
    class Meta:
        model = Contact
        fields = CONTACT_FIELDS


class ContactPatch(ModelSchema):
    class Meta:
        model = Contact
        fields = CONTACT_FIELDS
        fields_optional = "__all__"


class ContactOut(ModelSchema):
    class Meta:
        model = Contact
        fields = ["id", "uid", *CONTACT_FIELDS, "created_at", "updated_at"]


class PersonIn(Schema):
    role: ContactRole
    contact: int | None = Field(None, description="One of your contacts, by id.")
    name: str = Field("", description="Or a new person's name (found if you have them).")
    email: str = Field("", description="The new person's e-mail, if any.")


class PersonOut(Schema):
    id: int
    contact: int = Field(..., alias="contact_id")
    role: ContactRole
    name: str = Field(..., alias="contact.name")


class ContactSearch(Schema):
    q: str = Field("", description="Name, e-mail or company; accents and case aside.")


def add_routes(api, errors: dict, idempotency_key) -> None:
    """The people's operations, on ``api``."""

    @api.get(
        "/contacts",
        response={200: list[ContactOut], **errors},
        url_name="contacts",
        tags=["people"],
    )
    @paginate(Pages)
    def contact_list(request: HttpRequest, filters: Query[ContactSearch]):
        """Your contacts by name; `q` searches name, e-mail and company."""
        return Contact.objects.for_user(request.user).search(filters.q[:100])

    @api.post("/contacts", response={201: ContactOut, **errors}, tags=["people"])
    def contact_create(
        request: HttpRequest,
        response: HttpResponse,
        payload: ContactIn,
        idempotency_key: str | None = idempotency_key,
    ):
        """Add a contact."""
        form = _valid(ContactForm(data=payload.dict()))

        def create():
            contact = form.save(commit=False)
            contact.owner = request.user
            return services.contact_save(contact)

        return created(request, response, idempotency_key, create, owned_contact)

    @api.get(
        "/contacts/{pk}", response={200: ContactOut, **errors}, url_name="contact", tags=["people"]
    )
    def contact_read(request: HttpRequest, pk: int):
        return owned_contact(request, pk)

    @api.patch("/contacts/{pk}", response={200: ContactOut, **errors}, tags=["people"])
    def contact_update(request: HttpRequest, pk: int, payload: ContactPatch):
        contact = owned_contact(request, pk)
        data = {name: getattr(contact, name) for name in CONTACT_FIELDS}
        data.update(payload.dict(exclude_unset=True))
        form = _valid(ContactForm(data=data, instance=contact))
        return services.contact_edit(form.save(commit=False))

    @api.delete("/contacts/{pk}", response={204: None, **errors}, tags=["people"])
    def contact_delete(request: HttpRequest, pk: int):
        """Delete a contact: off every application and round; the applications stay."""
        services.contact_delete(owned_contact(request, pk))
        return Status(HTTPStatus.NO_CONTENT, None)

    @api.get(
        "/applications/{pk}/people",
        response={200: list[PersonOut], **errors},
        url_name="application_people",
        tags=["people"],
    )
    def people_list(request: HttpRequest, pk: int):
        """The people on an application, with their roles."""
        application = owned_application(request, pk)
        return ApplicationContact.objects.filter(application=application).select_related("contact")

    @api.post("/applications/{pk}/people", response={201: PersonOut, **errors}, tags=["people"])
    def person_add(
        request: HttpRequest,
        response: HttpResponse,
        pk: int,
        payload: PersonIn,
        idempotency_key: str | None = idempotency_key,
    ):
        """Add a person to an application in a role: a contact by id, or a name. A
        recruiter, referrer or agency replaces the one named before in that role."""
        application = owned_application(request, pk)
        contact = owned_contact(request, payload.contact) if payload.contact else None
        if contact is None and not payload.name.strip():
            raise ValidationError(
                [
                    {
                        "loc": ["body", "payload", "name"],
                        "msg": "Name a contact or a person.",
                        "type": "nobody",
                    }
                ]
            )
        named = services.Named(payload.name.strip(), _email(payload.email))

        def add():
            return services.application_person_add(
                application=application, role=payload.role, contact=contact, named=named
            )

        return created(request, response, idempotency_key, add, owned_link)

    @api.delete("/people/{pk}", response={204: None, **errors}, url_name="person", tags=["people"])
    def person_remove(request: HttpRequest, pk: int):
        """Take a person's role off an application; the contact stays."""
        services.application_person_remove(owned_link(request, pk))
        return Status(HTTPStatus.NO_CONTENT, None)


def participants_of(request: HttpRequest, ids: list[int] | None) -> list[Contact] | None:
    """A round's participants as the API names them (your contacts' ids), in order; an id
    that is not one of yours is a 422 (never someone else's contact)."""
    if ids is None:
        return None
    found = Contact.objects.for_user(request.user).in_bulk(ids)
    missing = [i for i in ids if i not in found]
    if missing:
        raise ValidationError(
            [
                {
                    "loc": ["body", "payload", "participants"],
                    "msg": f"No contact {missing[0]}.",
                    "type": "unknown_contact",
                }
            ]
        )
    return [found[i] for i in dict.fromkeys(ids)]


def _valid(form):
    if not form.is_valid():
        raise ValidationError(
            [
                {"loc": ["body", "payload", name], "msg": error["message"], "type": error["code"]}
                for name, errors in form.errors.get_json_data().items()
                for error in errors
            ]
        )
    return form


def _email(value: str) -> str:
    from django import forms

    field = forms.EmailField(required=False)
    try:
        return field.clean(value)
    except forms.ValidationError as error:
        raise ValidationError(
            [{"loc": ["body", "payload", "email"], "msg": error.messages[0], "type": "invalid"}]
        ) from error


def _problem(name: str, message: str, code: str) -> dict:
    return {"loc": ["body", "payload", name], "msg": message, "type": code}
