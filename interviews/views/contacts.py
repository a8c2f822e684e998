"""Contacts: the people of a search, and the people on an application (docs/contacts.md)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Max
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from interviews import services
from interviews.access import (
    AuthenticatedRequest,
    owned_application,
    owned_contact,
    owned_link,
)
from interviews.models import (
    Application,
    ApplicationContact,
    Contact,
    ContactRole,
    RoundParticipant,
    StatusUpdate,
)
from interviews.people_forms import ContactForm, PersonAddForm
from interviews.views.confirm import confirm_page

PAGE_SIZE = 50


@login_required
@require_http_methods(["GET"])
def contact_list(request: AuthenticatedRequest) -> HttpResponse:
    """The person's contacts by name, a page at a time; search by name, e-mail or company."""
    query = request.GET.get("q", "")[:100]
    contacts = Contact.objects.for_user(request.user).search(query)
    page = Paginator(contacts.only("pk", "name", "email", "company"), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "interviews/contact_list.html",
        {"page": page, "contacts": list(page), "query": query},
    )


@login_required
@require_http_methods(["GET"])
def contact_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """One contact: their details, every application and round they are part of, and when
    you last spoke (the newest update or round on those applications)."""
    contact = owned_contact(request, pk)
    links = list(
        ApplicationContact.objects.filter(contact=contact)
        .select_related("application")
        .order_by("application__company", "role")
    )
    rounds = list(
        RoundParticipant.objects.filter(contact=contact)
        .select_related("interview_round__application")
        .order_by("-interview_round__scheduled_at")
    )
    return render(
        request,
        "interviews/contact_detail.html",
        {
            "contact": contact,
            "links": links,
            "rounds": [p.interview_round for p in rounds],
            "last_spoke": last_spoke(contact, [link.application_id for link in links]),
        },
    )


def last_spoke(contact: Contact, application_ids: list[int]):
    """The newest status update on their applications, or the newest round they were in,
    whichever is later (a date): two queries, however many records there are."""
    update_on = StatusUpdate.objects.filter(application__in=application_ids).aggregate(
        newest=Max("on")
    )["newest"]
    met = (
        RoundParticipant.objects.filter(
            contact=contact, interview_round__scheduled_at__isnull=False
        )
        .exclude(interview_round__outcome="cancelled")
        .aggregate(newest=Max("interview_round__scheduled_at"))["newest"]
    )
    met_on = met.date() if met else None
    return max((day for day in (update_on, met_on) if day), default=None)


@login_required
@require_http_methods(["GET", "POST"])
def contact_create(request: AuthenticatedRequest) -> HttpResponse:
    """Add a contact to the address book."""
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        contact = form.save(commit=False)
        contact.owner = request.user
        services.contact_save(contact)
        messages.success(request, f"Added {contact}.")
        return redirect(contact)
    return render(request, "interviews/contact_form.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def contact_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Change a contact's details."""
    contact = owned_contact(request, pk)
    form = ContactForm(request.POST or None, instance=contact)
    if request.method == "POST" and form.is_valid():
        services.contact_edit(form.save(commit=False))
        messages.success(request, "Saved your changes.")
        return redirect(contact)
    return render(request, "interviews/contact_form.html", {"form": form, "contact": contact})


@login_required
@require_http_methods(["GET", "POST"])
def contact_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Delete a contact, after a confirmation page; their applications stay."""
    contact = owned_contact(request, pk)
    if request.method == "POST":
        name = str(contact)
        services.contact_delete(contact)
        messages.success(request, f"Deleted {name}.")
        return redirect("interviews:contact_list")
    return confirm_page(
        request,
        name=str(contact),
        consequence="They are taken off every application and round they are on; the "
        "applications stay.",
        cancel_url=contact.get_absolute_url(),
    )


@login_required
@require_http_methods(["GET", "POST"])
def person_add(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Add a person to an application with a role: one of your contacts or a new one."""
    application = owned_application(request, pk)
    form = PersonAddForm(request.POST or None, owner=request.user)
    if request.method == "POST" and form.is_valid():
        link = services.application_person_add(
            application=application,
            role=form.cleaned_data["role"],
            contact=form.cleaned_data.get("contact"),
            named=form.named(),
        )
        messages.success(request, f"Added {link.contact} ({link.get_role_display().lower()}).")
        return redirect(application)
    return render(
        request, "interviews/person_form.html", {"form": form, "application": application}
    )


@login_required
@require_POST
def person_remove(request: HttpRequest, pk: int) -> HttpResponse:
    """Take a person's role off an application; the contact stays."""
    link = owned_link(request, pk)
    application = services.application_person_remove(link)
    messages.success(request, f"Took {link.contact} off this application.")
    return redirect(application)


def people_of(application: Application) -> list[ApplicationContact]:
    """The people on an application, for its page (read from ``with_records``)."""
    order = list(ContactRole.values)
    return sorted(
        application.contact_links.all(), key=lambda link: (order.index(link.role), link.pk)
    )
