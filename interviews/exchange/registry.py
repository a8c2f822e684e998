"""Which models a person owns, and which of their fields a backup carries.

The backup document is driven from this table and each model's ``_meta``: a new field on
an owned model is in the next backup without a line here, a new owned model is one line
in ``OWNED``, and tests/test_backup.py fails while a model that belongs to a person (a
foreign key to the user or to an owned record) is in neither ``OWNED`` nor ``NOT_OWNED``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.db import models

from interviews.accounts.models import EmailChangeRequest, Profile
from interviews.api.models import ApiToken
from interviews.documents.models import Document, DocumentSent
from interviews.hrmail.models import MailAccount, MailSuggestion
from interviews.jobs.models import DigestClaim, Job
from interviews.models import (
    Application,
    ApplicationContact,
    CalendarFeed,
    Contact,
    DigestLog,
    InterviewRound,
    PendingImport,
    RoundParticipant,
    StatusUpdate,
    Submission,
)
from interviews.postings.models import BookmarkletKey, Offer, Posting
from interviews.services import CARD_FIELDS
from interviews.worklog.models import Activity, LogExclusion

# The application's waiting clock and stage are derived from its records and
# recomputed on restore (services.stage_refresh), as are its card and its folded names for
# the search (services.searches_refresh): facts go in the file, derivations not.
DERIVED = (
    "stage",
    "awaiting_from",
    "follow_up_on",
    "quiet_from",
    "updated_at",
    "search_text",
    *CARD_FIELDS,
)


@dataclass(frozen=True)
class Owned:
    model: type[models.Model]
    key: str  # its list's name in the document
    exclude: tuple[str, ...] = ()  # fields left out of the document, with the reason above
    identity: str = "uid"  # the stable id that makes restoring twice add nothing
    single: bool = False  # one per person (settings): restored over the current one
    # Fields by which a record with a new uid is one already here (``exchange.same``).
    same_when: tuple[str, ...] = ()

    @cached_property
    def owner_field(self) -> models.ForeignKey | None:
        """The foreign key to the user, if the model has one."""
        for candidate in self.model._meta.concrete_fields:
            if (
                isinstance(candidate, models.ForeignKey)
                and candidate.related_model is _user_model()
            ):
                return candidate
        return None

    @cached_property
    def references(self) -> dict[str, models.ForeignKey]:
        """Foreign keys to other owned models, written in the file as their uid."""
        return {
            f.name: f
            for f in self.model._meta.concrete_fields
            if isinstance(f, models.ForeignKey)
            and f.related_model in owned_models()
            and f is not self.owner_field
        }

    @cached_property
    def fields(self) -> list[models.Field]:
        """The plain fields the document carries, in the model's order."""
        return [
            f
            for f in self.model._meta.concrete_fields
            if not f.primary_key
            and not f.is_relation
            and f.name not in self.exclude
            and f.name != self.identity
        ]

    @cached_property
    def stamps(self) -> list[models.Field]:
        """Fields Django fills on save (auto_now_add): set again after creating."""
        return [
            f
            for f in self.fields
            if getattr(f, "auto_now_add", False) or getattr(f, "auto_now", False)
        ]

    @cached_property
    def owner_path(self) -> str:
        """The lookup from this model to its owner, e.g. "application__owner"."""
        if self.owner_field is not None:
            return self.owner_field.name
        for name, reference in self.references.items():
            return f"{name}__{entry_for(reference.related_model).owner_path}"
        raise LookupError(f"{self.model.__name__} has no way to its owner")

    def of(self, user) -> models.QuerySet:
        return self.model._default_manager.filter(**{self.owner_path: user})


# Parents before the records that point at them: restore creates them in this order.
OWNED: tuple[Owned, ...] = (
    Owned(Profile, "profile", identity="owner", single=True),
    Owned(Application, "applications", exclude=DERIVED),
    Owned(InterviewRound, "rounds"),
    Owned(StatusUpdate, "updates"),
    # The people: contacts (their folded names worked out again on restore), their roles
    # on applications and their places in rounds (docs/contacts.md).
    Owned(Contact, "contacts", exclude=("search_text", "updated_at")),
    Owned(ApplicationContact, "application_contacts"),
    Owned(RoundParticipant, "round_participants"),
    # Its description is cleaned again on restore (Posting.clean): a file can hold anything.
    # A posting at an address already saved, or for an application that has its posting,
    # is the one here: kept, neither doubled nor a clash that fails the restore.
    Owned(Posting, "postings", same_when=("address", "application")),
    Owned(Offer, "offers"),
    # The file travels beside the document in the backup's zip (exchange/backup_files.py);
    # its stored name, size and format are set again from the file on restore.
    Owned(Document, "documents", exclude=("file", "size", "file_format")),
    Owned(DocumentSent, "documents_sent"),
    Owned(Activity, "activities"),
    Owned(LogExclusion, "log_exclusions"),
)

# Models that belong to a person but are not in a backup, and why.
NOT_OWNED: dict[type[models.Model], str] = {
    ApiToken: "a secret: a restored account makes its own tokens",
    CalendarFeed: "a secret link: a restored account makes its own",
    BookmarkletKey: "a secret link: a restored account makes its own bookmarklet",
    DigestClaim: "the scheduler's note that a day's digest was queued, not of the search",
    DigestLog: "a record of e-mails sent from this instance, not of the search",
    Job: "an import, restore or backup in progress on this instance; gone in two days",
    EmailChangeRequest: "a link's one-time nonce, good for two days",
    MailAccount: "a secret (an app password encrypted with this instance's key): reconnect it",
    MailSuggestion: "what e-mail seemed to say; the accepted ones are backed up as records",
    PendingImport: "a spreadsheet waiting for its owner to confirm the import; gone in a day",
    Submission: "one-time keys of forms already sent to this instance, not of the search",
}


def _user_model() -> type[models.Model]:
    from django.apps import apps

    return apps.get_model(settings.AUTH_USER_MODEL)


def owned_models() -> set[type[models.Model]]:
    return {entry.model for entry in OWNED}


def entry_for(model: type[models.Model]) -> Owned:
    return next(entry for entry in OWNED if entry.model is model)
