"""What the people's models (``Contact``, ``ApplicationContact``, ``RoundParticipant`` in
``interviews.models``) are made of: the roles, the search's folding, the queryset
(docs/contacts.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import models

from interviews.folding import fold, fold_variants

if TYPE_CHECKING:
    from interviews.models import Contact  # noqa: F401 (named in a quoted base class)

CONTACT_SEARCH_LENGTH = 1000


class ContactRole(models.TextChoices):
    RECRUITER = "recruiter", "Recruiter or HR"
    HIRING_MANAGER = "hiring_manager", "Hiring manager"
    REFERRER = "referrer", "Referred you"
    AGENCY = "agency", "Agency recruiter"
    INTERVIEWER = "interviewer", "Interviewer"

    @classmethod
    def single(cls) -> tuple[ContactRole, ...]:
        """The roles the add form names one of: a second recruiter replaces the first."""
        return (cls.RECRUITER, cls.REFERRER, cls.AGENCY)


def folded_contact(name: str, email: str, company: str) -> str:
    """What the contacts search looks in: name, e-mail and company, folded."""
    return "\n".join(sorted(fold_variants(f"{name} {email} {company}")))[:CONTACT_SEARCH_LENGTH]


class ContactQuerySet(models.QuerySet["Contact"]):
    def for_user(self, user) -> ContactQuerySet:
        return self.filter(owner=user)

    def search(self, text: str) -> ContactQuerySet:
        text = text.replace("\x00", "").strip()
        if not text:
            return self
        return self.filter(search_text__contains=fold(text))
