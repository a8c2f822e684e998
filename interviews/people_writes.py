"""The writes of the people (``interviews.people``), re-exported by ``interviews.services``,
the one write path: contacts, their roles on applications, a round's participants.

A contact's name appears in the stored card state (a step "Ask Dana ..."), so every write
that changes who is on an application brings the application up to date afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q

from interviews.folding import fold
from interviews.models import (
    Application,
    ApplicationContact,
    Contact,
    ContactRole,
    InterviewRound,
    RoundParticipant,
)
from interviews.people import folded_contact


@dataclass(frozen=True)
class Named:
    """A person as a form, a file or a mail names them: found among the owner's contacts
    by e-mail, else by name (folded), else added."""

    name: str
    email: str = ""

    @classmethod
    def split(cls, names: str) -> list[Named]:
        """Comma-separated names ("Sam Lee, Ana Ruiz"), each once."""
        seen: dict[str, Named] = {}
        for name in names.split(","):
            if name.strip() and fold(name.strip()) not in seen:
                seen[fold(name.strip())] = cls(" ".join(name.split()))
        return list(seen.values())


class Book:
    """The owner's contacts, read once, to find people by e-mail or name and add the new
    ones: a form, an import batch or a restore asks it many times for one query."""

    def __init__(self, owner_id: int) -> None:
        self.owner_id = owner_id
        self.by_email: dict[str, Contact] = {}
        self.by_name: dict[str, Contact] = {}
        for contact in Contact.objects.filter(owner_id=owner_id).order_by("pk"):
            self._know(contact)

    def _know(self, contact: Contact) -> None:
        if contact.email:
            self.by_email.setdefault(contact.email.lower(), contact)
        if contact.name:
            self.by_name.setdefault(fold(contact.name), contact)

    def find(self, named: Named) -> Contact | None:
        if named.email and named.email.lower() in self.by_email:
            return self.by_email[named.email.lower()]
        found = self.by_name.get(fold(named.name)) if named.name.strip() else None
        if found is not None and named.email and found.email and found.email != named.email:
            return None  # a namesake with another address: another person
        return found

    def contact(self, named: Named) -> Contact | None:
        """The contact ``named`` is (an e-mail filled in where it had none), or a new one."""
        name = " ".join(named.name.split())
        if not name and not named.email:
            return None
        found = self.find(named)
        if found is None:
            found = contact_save(Contact(owner_id=self.owner_id, name=name, email=named.email))
            self._know(found)
        elif named.email and not found.email:
            found.email = named.email
            contact_save(found)
            self._know(found)
        return found


def contact_save(contact: Contact) -> Contact:
    """Create or edit a contact, folded for the search."""
    contact.search_text = folded_contact(contact.name, contact.email, contact.company)
    contact.save()
    return contact


def contacts_fold(contacts: Sequence[Contact]) -> None:
    """Fold contacts written in bulk (a restore) for the search: one UPDATE per batch."""
    for contact in contacts:
        contact.search_text = folded_contact(contact.name, contact.email, contact.company)
    Contact.objects.bulk_update(contacts, ["search_text"], batch_size=500)


@transaction.atomic
def contact_edit(contact: Contact) -> Contact:
    """Save an edit of a contact's details: their applications' advice names them."""
    from interviews.services import owner_lock, stages_refresh

    owner_lock(contact.owner_id)
    contact_save(contact)
    stages_refresh(_applications_of([contact.pk]))
    return contact


@transaction.atomic
def contact_delete(contact: Contact) -> None:
    """Delete a contact, their roles and their places in rounds; the applications they
    were on are brought up to date (a follow-up then greets nobody by name)."""
    from interviews.services import owner_lock, stages_refresh

    owner_lock(contact.owner_id)
    applications = _applications_of([contact.pk])
    contact.delete()
    stages_refresh(applications)


def _applications_of(contact_pks: Iterable[int]) -> list[Application]:
    pks = list(contact_pks)
    on_them = Q(contact_links__contact__in=pks) | Q(rounds__participants__contact__in=pks)
    return list(Application.objects.filter(on_them).distinct().order_by())


@transaction.atomic
def application_people_set(
    *, application: Application, people: dict[str, Named | Contact | None]
) -> Application:
    """Name the application's recruiter, referrer and agency (``ContactRole.single``): each
    replaces the one named before in that role; None or an empty name removes it."""
    from interviews.services import owner_lock, stage_refresh

    owner_lock(application.owner_id)
    book = Book(application.owner_id)
    for role, who in people.items():
        if isinstance(who, Contact):
            contact_save(who)  # the form may have changed their address
        _role_set(application, role, who if isinstance(who, Contact) else _found(book, who))
    _forget(application)
    return stage_refresh(application)


def _found(book: Book, who: Named | None) -> Contact | None:
    return book.contact(who) if who is not None else None


def _role_set(application: Application, role: str, contact: Contact | None) -> None:
    links = ApplicationContact.objects.filter(application=application, role=role)
    links.exclude(contact=contact).delete() if contact else links.delete()
    if contact is not None:
        ApplicationContact.objects.get_or_create(
            application=application, contact=contact, role=role
        )


@transaction.atomic
def application_person_add(
    *,
    application: Application,
    role: str,
    contact: Contact | None = None,
    named: Named | None = None,
) -> ApplicationContact:
    """Add a person to an application in a role: an existing contact, or one named."""
    from interviews.services import owner_lock, stage_refresh

    owner_lock(application.owner_id)
    if contact is None:
        contact = Book(application.owner_id).contact(named or Named(""))
    if contact is None:
        raise ValueError("A person needs a name.")
    if role in ContactRole.single():
        _role_set(application, role, contact)
        link = ApplicationContact.objects.get(application=application, contact=contact, role=role)
    else:
        link, _ = ApplicationContact.objects.get_or_create(
            application=application, contact=contact, role=role
        )
    _forget(application)
    stage_refresh(application)
    return link


@transaction.atomic
def application_person_remove(link: ApplicationContact) -> Application:
    """Take a person's role off an application (the contact stays in the address book)."""
    from interviews.services import owner_lock, stage_refresh

    application = link.application
    owner_lock(application.owner_id)
    link.delete()
    _forget(application)
    return stage_refresh(application)


def round_people_set(
    *, interview_round: InterviewRound, people: Sequence[Named | Contact], book: Book | None = None
) -> InterviewRound:
    """Who was (or will be) in the round, in order; each is on the application too, as an
    interviewer unless they have a part there already. The caller brings the application
    up to date (``services.record_save`` does, after the round's own fields)."""
    application = interview_round.application
    book = book or Book(application.owner_id)
    contacts: list[Contact] = []
    for who in people:
        contact = who if isinstance(who, Contact) else book.contact(who)
        if contact is not None and contact not in contacts:
            contacts.append(contact)
    RoundParticipant.objects.filter(interview_round=interview_round).exclude(
        contact__in=contacts
    ).delete()
    for position, contact in enumerate(contacts):
        RoundParticipant.objects.update_or_create(
            interview_round=interview_round, contact=contact, defaults={"position": position}
        )
        if not ApplicationContact.objects.filter(application=application, contact=contact).exists():
            ApplicationContact.objects.create(
                application=application, contact=contact, role=ContactRole.INTERVIEWER
            )
    _forget(interview_round)
    _forget(application)
    return interview_round


def people_bulk_link(owner_id: int, roles: Sequence[tuple[Application, str, Named]]) -> None:
    """Name people on many applications at once (an import, a restore of an old backup):
    the owner's contacts read once, the links written in one INSERT."""
    if not roles:
        return
    book = Book(owner_id)
    links = []
    for application, role, named in roles:
        contact = book.contact(named)
        if contact is not None:
            links.append(ApplicationContact(application=application, contact=contact, role=role))
    ApplicationContact.objects.bulk_create(links, ignore_conflicts=True)


def _forget(record) -> None:
    cache = getattr(record, "_prefetched_objects_cache", None)
    if cache:
        cache.clear()
