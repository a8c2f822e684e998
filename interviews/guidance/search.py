"""The whole search, as the advice for one application needs to see it.

A small picture, built once per page (``interviews.search_picture.search_of``, one query)
and passed to ``advise(..., search=...)``: each application's company and role (folded for
comparison), its stage, who submitted it (an agency, a referral, the person), a live
offer's answer-by date and the day an offer was accepted. Pure: no queries, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import islice

from interviews.folding import fold
from interviews.models import Source, Stage

# Legal forms that say nothing about which company it is: "Acme Corp" is "Acme".
_LEGAL_FORMS = re.compile(
    r"\b(inc|incorporated|ltd|limited|llc|llp|plc|corp|corporation|co|company|gmbh|ag|sa|"
    r"sas|bv|nv|pty|srl|oy|ab|as)\b"
)
_NOT_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=4096)
def company_key(name: str) -> str:
    """A company's name for comparison: folded, without punctuation or its legal form."""
    words = _NOT_WORD.sub(" ", fold(name))
    return " ".join(_LEGAL_FORMS.sub(" ", words).split())


@lru_cache(maxsize=4096)
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
    offer_on: date | None = None  # the day the newest offer came
    accepted_on: date | None = None
    contact_name: str = ""
    company_key: str = field(init=False, compare=False)
    role_key: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        # Worked out once: every other application's advice compares them.
        object.__setattr__(self, "company_key", company_key(self.company))
        object.__setattr__(self, "role_key", role_key(self.role))

    @property
    def via_agency(self) -> bool:
        return self.source == Source.RECRUITER


@dataclass(frozen=True)
class Search:
    """The picture, indexed once so each application's questions cost a lookup, not a
    pass over the whole search."""

    entries: tuple[Entry, ...] = ()
    by_company: dict[str, tuple[Entry, ...]] = field(init=False, compare=False)
    accepted: tuple[Entry, ...] = field(init=False, compare=False)  # newest first
    offers: tuple[Entry, ...] = field(init=False, compare=False)  # first to answer first
    # Where each offer sits in ``offers``: an offer's "other offers" are the rest, sliced
    # out. Filtering them costs a pass over all offers for each offer's advice.
    offer_at: dict[int | None, int] = field(init=False, compare=False)
    # Live short of an offer: the first two are all ``others_in_process`` needs to see.
    in_process: tuple[int, ...] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        grouped: dict[str, list[Entry]] = {}
        for entry in self.entries:
            if entry.company_key:
                grouped.setdefault(entry.company_key, []).append(entry)
        accepted = [e for e in self.entries if e.stage == Stage.ACCEPTED]
        offers = [e for e in self.entries if e.stage == Stage.OFFER]
        object.__setattr__(self, "by_company", {k: tuple(v) for k, v in grouped.items()})
        object.__setattr__(
            self,
            "accepted",
            tuple(sorted(accepted, key=lambda e: e.accepted_on or date.min, reverse=True)),
        )
        object.__setattr__(
            self, "offers", tuple(sorted(offers, key=lambda e: e.offer_deadline or date.max))
        )
        object.__setattr__(self, "offer_at", {e.pk: at for at, e in enumerate(self.offers)})
        in_process = (e.pk for e in self.entries if e.stage in BEFORE_OFFER)
        object.__setattr__(self, "in_process", tuple(islice(in_process, 2)))

    def accepted_elsewhere(self, pk: int | None) -> Entry | None:
        """The offer the person accepted at another application, the newest if several."""
        for entry in self.accepted:  # a loop: a generator costs more than one or two entries
            if entry.pk != pk:
                return entry
        return None

    def live_offers(self, pk: int | None) -> tuple[Entry, ...]:
        """Other offers in hand, the one to answer first first."""
        at = self.offer_at.get(pk)
        if at is None:
            return self.offers
        return self.offers[:at] + self.offers[at + 1 :]  # one entry per application

    def others_in_process(self, pk: int | None) -> bool:
        """Whether another application is still live short of an offer: someone to tell
        about an offer here."""
        return any(other != pk for other in self.in_process)

    def same_company(self, pk: int | None, company: str) -> list[Entry]:
        return [e for e in self.by_company.get(company_key(company), ()) if e.pk != pk]

    def double_submission(
        self, pk: int | None, company: str, role: str, source: str
    ) -> Entry | None:
        """Another application to the same role at the same company that came another way
        (an agency and the person, or two agencies): one of them may disqualify both."""
        key = role_key(role)
        return next(
            (
                e
                for e in self.same_company(pk, company)
                if e.role_key == key
                and e.stage in ACTIVE
                and (e.via_agency or source == Source.RECRUITER)
            ),
            None,
        )


ACTIVE = frozenset(Stage.active())
BEFORE_OFFER = frozenset({Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING})
NO_SEARCH = Search()
