"""The project's URL patterns, walked from the resolver, and how to point each at a world
of records: an owner with one of each record, and a stranger with their own.

Every walk reads these tables (isolation, CSRF, headers). A new pattern that captures
arguments needs a line in FILL (or BY_TOKEN), a new public page one in PUBLIC, and a view
that writes a line in POST_DATA; the walks fail, naming the pattern, until it has one.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from interviews.accounts.email_change import change_token
from interviews.accounts.models import Profile
from interviews.api.models import ApiToken
from interviews.api.tokens import token_create
from interviews.digest import unsubscribe_url
from interviews.documents.models import Document, DocumentSent
from interviews.documents.services import document_sent_record
from interviews.hrmail.models import MailSuggestion
from interviews.jobs.models import Job, JobKind, JobStatus
from interviews.models import (
    Application,
    ApplicationContact,
    CalendarFeed,
    Contact,
    ContactRole,
    InterviewRound,
    RoundParticipant,
    StatusUpdate,
)
from interviews.postings.models import BookmarkletKey, Offer, Posting
from interviews.worklog.models import Activity, LogExclusion
from tests.factories import (
    ActivityFactory,
    ApplicationFactory,
    InterviewRoundFactory,
    StatusUpdateFactory,
    UserFactory,
)
from tests.support.documents import a_document

OWNER_COMPANY = "Owner Secret Co"
OWNER_CONTACT = "Owner Secret Person"
STRANGER_COMPANY = "Stranger Own Co"


@dataclass(frozen=True)
class Route:
    name: str  # with namespaces, ready for reverse()
    route: str  # the full pattern, for messages
    kwargs: tuple[str, ...]  # the arguments it captures
    namespace: str = ""


def walk(
    resolver: URLResolver, prefix: str = "", namespace: str = "", captured: tuple[str, ...] = ()
) -> Iterator[Route]:
    """Every URLPattern below `resolver`, with its namespaced name, full route and arguments."""
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        kwargs = captured + tuple(entry.pattern.regex.groupindex)
        if isinstance(entry, URLResolver):
            inner = ":".join(part for part in (namespace, entry.namespace or "") if part)
            yield from walk(entry, route, inner, kwargs)
        elif isinstance(entry, URLPattern):
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name
            yield Route(name or "", route, tuple(sorted(set(kwargs))), namespace)


def project_routes() -> list[Route]:
    # Django's admin is staff-only and tested by Django itself; its own test file covers it.
    return [r for r in walk(get_resolver()) if r.namespace.split(":")[0] != "admin"]


@dataclass
class World:
    owner: Any
    stranger: Any
    application: Application
    round: InterviewRound
    update: StatusUpdate
    feed: CalendarFeed
    activity: Activity
    suggestion: MailSuggestion
    token: ApiToken
    job: Job
    posting: Posting
    bookmarklet: BookmarkletKey
    offer: Offer
    document: Document
    sent: DocumentSent
    contact: Contact  # the owner's, the application's recruiter and in its round
    link: ApplicationContact


def build_world() -> World:
    """An owner with one of each record, and a stranger with an application of their own."""
    owner = UserFactory(username="owner")
    stranger = UserFactory(username="stranger")
    today = timezone.localdate()
    application = ApplicationFactory(
        owner=owner,
        company=OWNER_COMPANY,
        applied_on=today - dt.timedelta(days=20),
        contact_name=OWNER_CONTACT,
        contact_email="owner-secret@example.com",
    )
    interview = InterviewRoundFactory(
        application=application,
        scheduled_at=timezone.now() - dt.timedelta(days=2),
        interviewers=OWNER_CONTACT,
    )
    link = ApplicationContact.objects.get(application=application, role=ContactRole.RECRUITER)
    update = StatusUpdateFactory(application=application, on=today - dt.timedelta(days=10))
    ApplicationFactory(owner=stranger, company=STRANGER_COMPANY, contact_name="Stranger Own")
    feed = CalendarFeed.objects.create(owner=owner)
    CalendarFeed.objects.create(owner=stranger)
    activity = ActivityFactory(owner=owner, organisation=OWNER_COMPANY, on=today)
    suggestion = MailSuggestion.objects.create(
        owner=owner,
        message_key="owner-mail",
        application=application,
        kind="rejected",
        company=OWNER_COMPANY,
        evidence=f"{OWNER_COMPANY} has decided to move forward with other candidates.",
    )
    token, _ = token_create(owner=owner, name=OWNER_COMPANY)
    # A finished backup: its page and its file hold the owner's records.
    job = Job.objects.create(
        owner=owner,
        kind=JobKind.EXPORT,
        name=f"{OWNER_COMPANY}.json",
        status=JobStatus.DONE,
        result=f'{{"company": "{OWNER_COMPANY}"}}',
    )
    # Not yet an application's: making one from it is a write the walks can see.
    posting = Posting.objects.create(owner=owner, title="Analyst", company=OWNER_COMPANY)
    Posting.objects.create(owner=stranger, title="Analyst", company=STRANGER_COMPANY)
    bookmarklet = BookmarkletKey.objects.create(owner=owner)
    offer = Offer.objects.create(application=application, base_pay=50000, currency="EUR")
    BookmarkletKey.objects.create(owner=stranger)
    document = a_document(owner, label=OWNER_COMPANY)
    sent = document_sent_record(
        document=document, application=application, sent_on=today - dt.timedelta(days=19)
    )
    a_document(stranger, label=STRANGER_COMPANY)
    return World(
        owner,
        stranger,
        application,
        interview,
        update,
        feed,
        activity,
        suggestion,
        token,
        job,
        posting,
        bookmarklet,
        offer,
        document,
        sent,
        link.contact,
        link,
    )


# How to point each pattern with arguments at the owner's records. A new pattern with
# arguments fails tests/test_isolation.py until it is added here.
FILL: dict[str, Callable[[World], dict[str, Any]]] = {
    "interviews:application_detail": lambda w: {"pk": w.application.pk},
    "interviews:application_edit": lambda w: {"pk": w.application.pk},
    "interviews:application_delete": lambda w: {"pk": w.application.pk},
    "interviews:application_move": lambda w: {"pk": w.application.pk},
    "interviews:round_create": lambda w: {"pk": w.application.pk},
    "interviews:round_edit": lambda w: {"pk": w.round.pk},
    "interviews:round_delete": lambda w: {"pk": w.round.pk},
    "interviews:round_outcome": lambda w: {"pk": w.round.pk},
    "interviews:round_ics": lambda w: {"pk": w.round.pk},
    "interviews:update_create": lambda w: {"pk": w.application.pk},
    "interviews:update_edit": lambda w: {"pk": w.update.pk},
    "interviews:update_delete": lambda w: {"pk": w.update.pk},
    "interviews:update_quick": lambda w: {"pk": w.application.pk},
    "interviews:update_undo": lambda w: {"pk": w.update.pk},
    "interviews:update_news_by": lambda w: {"pk": w.update.pk},
    # A withdrawal is on offer for every open application.
    "interviews:draft": lambda w: {"pk": w.application.pk, "kind": "withdrawal"},
    "interviews:draft_sent": lambda w: {"pk": w.application.pk, "kind": "withdrawal"},
    "interviews:activity_edit": lambda w: {"pk": w.activity.pk},
    "interviews:activity_delete": lambda w: {"pk": w.activity.pk},
    # Every kind of automatic entry is checked in tests/test_worklog.py.
    "interviews:entry_exclusion": lambda w: {"origin": "application", "pk": w.application.pk},
    "interviews:mail_accept": lambda w: {"pk": w.suggestion.pk},
    "interviews:mail_dismiss": lambda w: {"pk": w.suggestion.pk},
    "interviews:mail_application_create": lambda w: {"pk": w.suggestion.pk},
    "interviews:api_token_revoke": lambda w: {"pk": w.token.pk},
    "interviews:posting_detail": lambda w: {"pk": w.posting.pk},
    "interviews:offer_edit": lambda w: {"pk": w.application.pk},
    "interviews:offer_delete": lambda w: {"pk": w.offer.pk},
    "interviews:posting_print": lambda w: {"pk": w.posting.pk},
    "interviews:posting_delete": lambda w: {"pk": w.posting.pk},
    "interviews:posting_application": lambda w: {"pk": w.posting.pk},
    "interviews:document_file": lambda w: {"pk": w.document.pk},
    "interviews:document_delete": lambda w: {"pk": w.document.pk},
    "interviews:document_edit": lambda w: {"pk": w.document.pk},
    "interviews:document_sent_create": lambda w: {"pk": w.application.pk},
    "interviews:document_sent_delete": lambda w: {"pk": w.sent.pk},
    "interviews:contact_detail": lambda w: {"pk": w.contact.pk},
    "interviews:contact_edit": lambda w: {"pk": w.contact.pk},
    "interviews:contact_delete": lambda w: {"pk": w.contact.pk},
    "interviews:person_add": lambda w: {"pk": w.application.pk},
    "interviews:person_remove": lambda w: {"pk": w.link.pk},
    "jobs:job": lambda w: {"pk": w.job.pk},
    "jobs:job_file": lambda w: {"pk": w.job.pk},
    # The JSON API: one pattern per operation, several on one path.
    **{
        f"api:{name}": lambda w: {"pk": w.application.pk}
        for name in (
            "application",
            "application_update",
            "application_delete",
            "application_advice",
            "application_rounds",
            "round_create",
            "application_updates",
            "update_create",
        )
    },
    **{f"api:{name}": lambda w: {"pk": w.posting.pk} for name in ("posting", "posting_delete")},
    **{
        f"api:{name}": lambda w: {"pk": w.document.pk}
        for name in ("document", "document_delete", "document_file")
    },
    "api:application_documents": lambda w: {"pk": w.application.pk},
    **{
        f"api:{name}": lambda w: {"pk": w.contact.pk}
        for name in ("contact", "contact_update", "contact_delete")
    },
    **{
        f"api:{name}": lambda w: {"pk": w.application.pk}
        for name in ("application_people", "person_add")
    },
    "api:person": lambda w: {"pk": w.link.pk},
    **{
        f"api:{name}": lambda w: {"pk": w.application.pk}
        for name in ("application_offer", "application_offer_put", "application_offer_delete")
    },
    **{
        f"api:{name}": lambda w: {"pk": w.round.pk}
        for name in ("round", "round_update", "round_delete")
    },
    **{
        f"api:{name}": lambda w: {"pk": w.update.pk}
        for name in ("update", "update_update", "update_delete")
    },
}

# Patterns with arguments that are not "one user's record" and get tests of their own below.
BY_TOKEN = {
    "interviews:calendar_feed",
    "password_reset_confirm",
    "interviews:digest_unsubscribe",
    "interviews:email_confirm",
    # Posted by the bookmarklet from a career site: its key, not a session, says whose.
    "interviews:posting_bookmarklet",
}

# Patterns whose argument picks a view of the visitor's own records (an Insights chart):
# anonymous visitors log in, and everyone else sees only their own records in it.
OWN_VIEWS: dict[str, dict[str, str]] = {
    "interviews:insights_chart": {"chart": "funnel"},
}

# Pages without arguments that anyone may open.
PUBLIC = {
    "login",
    "logout",
    "password_reset",
    "password_reset_done",
    "password_reset_complete",
    "signup",
    "interviews:guide",
    "favicon",
}
# The API's schema and docs are public; its root is a 404 for everyone.
API_PUBLIC = {"api:openapi-json", "api:openapi-view", "api:api-root"}


def round_data() -> dict[str, str]:
    return {
        "kind": "final",
        "scheduled_at": (timezone.localtime() + dt.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M"),
        "duration_minutes": "60",
        "outcome": "scheduled",
    }


# What a POST carries: data that changes the owner's records when the owner sends it.
POST_DATA: dict[str, Callable[[], dict[str, str]]] = {
    "interviews:application_edit": lambda: {"company": "Hijacked", "role": "Hijacked"},
    "interviews:application_delete": dict,
    "interviews:round_create": round_data,
    "interviews:round_edit": round_data,
    "interviews:round_delete": dict,
    "interviews:round_outcome": lambda: {"outcome": "not_selected"},
    "interviews:update_create": lambda: {"kind": "rejected", "on": str(timezone.localdate())},
    "interviews:update_edit": lambda: {"kind": "rejected", "on": str(timezone.localdate())},
    "interviews:update_delete": dict,
    "interviews:update_quick": lambda: {"kind": "rejected"},
    "interviews:update_undo": dict,
    "interviews:update_news_by": lambda: {"action": "clear"},
    "interviews:draft_sent": dict,
    "interviews:activity_edit": lambda: {
        "on": str(timezone.localdate()),
        "kind": "workshop",
        "organisation": "Hijacked",
        "method": "online",
    },
    "interviews:activity_delete": dict,
    "interviews:entry_exclusion": lambda: {"leave_out": "1"},
    # The suggestion is matched to the owner's application: accepting needs only the kind.
    "interviews:mail_accept": lambda: {"kind": "rejected"},
    "interviews:mail_dismiss": dict,
    "interviews:mail_application_create": lambda: {"company": "Stolen Co", "role": "Analyst"},
    "interviews:api_token_revoke": dict,
    "interviews:posting_delete": dict,
    "interviews:offer_edit": lambda: {"base_pay": "1", "currency": "USD"},
    "interviews:offer_delete": dict,
    "interviews:posting_application": lambda: {"company": "Stolen Co", "role": "Analyst"},
    "interviews:document_delete": dict,
    "interviews:document_edit": lambda: {"kind": "cover_letter", "label": "Hijacked"},
    # The owner's own version, sent on another day than the world's record says.
    "interviews:document_sent_create": lambda: {
        "sent-document": str(Document.objects.get(label=OWNER_COMPANY).pk),
        "sent-sent_on": "2026-11-02",
    },
    "interviews:document_sent_delete": dict,
    "interviews:contact_edit": lambda: {"name": "Hijacked"},
    "interviews:contact_delete": dict,
    "interviews:person_add": lambda: {"role": "referrer", "name": "Planted Person"},
    "interviews:person_remove": dict,
}


def api_round_data() -> dict[str, str]:
    when = timezone.now() + dt.timedelta(days=3)
    return {"kind": "final", "scheduled_at": when.isoformat(), "outcome": "scheduled"}


# What the API's writes carry, by the path's first name (every method on a path gets it).
API_DATA: dict[str, Callable[[], dict[str, str]]] = {
    "api:application": lambda: {"company": "Hijacked"},
    "api:application_rounds": api_round_data,
    "api:application_updates": lambda: {"kind": "rejected", "on": str(timezone.localdate())},
    "api:round": lambda: {"outcome": "not_selected"},
    "api:update": lambda: {"kind": "withdrew"},
    "api:application_offer": lambda: {"base_pay": "1", "currency": "USD"},
    "api:contact": lambda: {"name": "Hijacked"},
    "api:application_people": lambda: {"role": "referrer", "name": "Planted Person"},
}
# Every method a client may send; a path that does not take one answers 405.
API_METHODS = ("get", "post", "put", "patch", "delete")
# (method, name) pairs that change the owner's records when the owner sends them.
API_WRITES = [
    ("patch", "api:application"),
    ("delete", "api:application"),
    ("post", "api:application_rounds"),
    ("post", "api:application_updates"),
    ("patch", "api:round"),
    ("delete", "api:round"),
    ("patch", "api:update"),
    ("delete", "api:update"),
    ("delete", "api:posting"),
    ("put", "api:application_offer"),
    ("delete", "api:application_offer"),
    ("delete", "api:document"),
    ("patch", "api:contact"),
    ("delete", "api:contact"),
    ("post", "api:application_people"),
    ("delete", "api:person"),
]


def is_api(route: Route) -> bool:
    return route.namespace == "api"


def api_data(route: Route) -> str:
    """The JSON body for any method on the route's path."""
    path = reverse(route.name, kwargs={"pk": 1}) if route.kwargs else reverse(route.name)
    first = next(
        (name for name in API_DATA if route.kwargs and reverse(name, kwargs={"pk": 1}) == path),
        None,
    )
    return json.dumps(API_DATA[first]() if first else {})


def snapshot() -> dict[str, list[dict]]:
    """Every stored record, field by field, to prove that nothing changed."""
    models = (
        Application,
        InterviewRound,
        StatusUpdate,
        CalendarFeed,
        Profile,
        Activity,
        LogExclusion,
        MailSuggestion,
        ApiToken,
        Posting,
        BookmarkletKey,
        Offer,
        Document,
        DocumentSent,
        Contact,
        ApplicationContact,
        RoundParticipant,
    )
    # A token's last use is stamped by any request that shows it, refused or not.
    return {
        m.__name__: list(m.objects.order_by("pk").values(*fields_but(m, "last_used_at")))
        for m in models
    }


def fields_but(model, *left_out: str) -> list[str]:
    return [f.attname for f in model._meta.concrete_fields if f.name not in left_out]


def url_for(route: Route, world: World) -> str:
    if route.name == "interviews:calendar_feed":
        return reverse(route.name, kwargs={"token": world.feed.token})
    if route.name == "password_reset_confirm":
        return reverse(route.name, kwargs={"uidb64": "MQ", "token": "set-password"})
    if route.name == "interviews:digest_unsubscribe":
        return unsubscribe_url(world.owner).removeprefix(settings.SITE_URL.rstrip("/"))
    if route.name == "interviews:posting_bookmarklet":
        return reverse(route.name, args=[world.bookmarklet.key])
    if route.name == "interviews:email_confirm":
        return reverse(route.name, args=[change_token(world.owner, "new@example.com")])
    if route.name in OWN_VIEWS:
        return reverse(route.name, kwargs=OWN_VIEWS[route.name])
    if route.kwargs:
        return reverse(route.name, kwargs=FILL[route.name](world))
    return reverse(route.name)
