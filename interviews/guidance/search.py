"""The whole search, as the advice for one application needs to see it.

A small picture, built once per page (``interviews.search_picture.search_of``, one query)
and passed to ``advise(..., search=...)``: each application's company and role (folded for
comparison), its stage, who submitted it (an agency, a referral, the person), a live
offer's answer-by date and the day an offer was accepted. Pure: no queries, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from interviews.folding import fold
from interviews.models import Source, Stage

# Legal forms that say nothing about which company it is: "Acme Corp" is "Acme".
_LEGAL_FORMS = re.compile(
    r"\b(inc|incorporated|ltd|limited|llc|llp|plc|corp|corporation|co|company|gmbh|ag|sa|"
    r"sas|bv|nv|pty|srl|oy|ab|as)\b"
)
_NOT_WORD = re.compile(r"[^\w]+")


def company_key(name: str) -> str:
    """A company's name for comparison: folded, without punctuation or its legal form."""
    words = _NOT_WORD.sub(" ", fold(name))
    return " ".join(_LEGAL_FORMS.sub(" ", words).split())


def role_key(name: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", fold(name)).split())


@dataclass(frozen=True)
class Entry:
    """One application, as another application's advice sees it."""

    pk: int
    company: str
    role: str
    stage: str
    source: str
    applied_on: date | None
    offer_deadline: date | None = None  # the live offer's answer-by date, if it names one
    accepted_on: date | None = None

    @property
    def company_key(self) -> str:
        return company_key(self.company)

    @property
    def role_key(self) -> str:
        return role_key(self.role)

    @property
    def via_agency(self) -> bool:
        return self.source == Source.RECRUITER


@dataclass(frozen=True)
class Search:
    entries: tuple[Entry, ...] = ()

    def others(self, pk: int | None) -> list[Entry]:
        return [entry for entry in self.entries if entry.pk != pk]

    def accepted_elsewhere(self, pk: int | None) -> Entry | None:
        """The offer the person accepted at another application, the newest if several."""
        accepted = [e for e in self.others(pk) if e.stage == Stage.ACCEPTED]
        return max(accepted, key=lambda e: e.accepted_on or date.min, default=None)

    def live_offers(self, pk: int | None) -> list[Entry]:
        """Other offers in hand, the one to answer first first."""
        offers = [e for e in self.others(pk) if e.stage == Stage.OFFER]
        return sorted(offers, key=lambda e: e.offer_deadline or date.max)

    def same_company(self, pk: int | None, company: str) -> list[Entry]:
        key = company_key(company)
        return [e for e in self.others(pk) if key and e.company_key == key]

    def double_submission(
        self, pk: int | None, company: str, role: str, source: str
    ) -> Entry | None:
        """Another application to the same role at the same company that came another way
        (an agency and the person, or two agencies): one of them may disqualify both."""
        same_role = [e for e in self.same_company(pk, company) if e.role_key == role_key(role)]
        return next(
            (
                e
                for e in same_role
                if e.stage in Stage.active() and (e.via_agency or source == Source.RECRUITER)
            ),
            None,
        )


NO_SEARCH = Search()
