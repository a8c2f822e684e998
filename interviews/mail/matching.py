"""Which of the person's applications a reading is about.

Pure: it takes the reading and plain facts about each application. Evidence adds up:
the contact's own address, the sender's domain against the contact's and the job
posting's, the company's name in the mail, the role's name. The single best wins; a tie
or no evidence at all is left for the person to choose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from interviews.mail.reading import MailReading
from interviews.mail.senders import domain_of, is_free_mail, is_hiring_service, registered_domain

SAME_ADDRESS, SAME_DOMAIN, NAMED, ROLE_NAMED = 4, 3, 2, 1
LEGAL_FORMS = re.compile(
    r"\b(?:inc|ltd|llc|plc|gmbh|ag|sa|sl|as|ab|bv|nv|co|corp|corporation|limited|group)\b\.?"
)


@dataclass(frozen=True)
class Candidate:
    pk: int
    company: str
    role: str = ""
    contact_email: str = ""
    job_url: str = ""


@dataclass(frozen=True)
class Match:
    application_id: int | None
    tied: tuple[int, ...] = ()  # when several fit equally well


def normalised(name: str) -> str:
    words = re.sub(r"[^\w&]+", " ", LEGAL_FORMS.sub(" ", name.lower()))
    return " ".join(words.replace("&", " and ").split())


def _mentions(haystack: str, name: str) -> bool:
    needle = normalised(name)
    return len(needle) >= 3 and f" {needle} " in haystack


def _own_domain(host: str) -> str:
    """The organisation's domain of a host, or "" for free mail and hiring services."""
    if not host or is_free_mail(host) or is_hiring_service(host):
        return ""
    return registered_domain(host)


def score(reading: MailReading, candidate: Candidate) -> int:
    sender_domain = _own_domain(reading.sender_domain)
    said = " ".join([reading.subject, reading.sender_name, reading.company, reading.text])
    haystack = f" {normalised(said)} "
    points = 0
    if candidate.contact_email and candidate.contact_email.lower() == reading.sender:
        points += SAME_ADDRESS
    elif sender_domain and sender_domain in {
        _own_domain(domain_of(candidate.contact_email)) if candidate.contact_email else "",
        _own_domain(domain_of(candidate.job_url)) if candidate.job_url else "",
    }:
        points += SAME_DOMAIN
    if _mentions(haystack, candidate.company):
        points += NAMED
    if candidate.role and _mentions(haystack, candidate.role):
        points += ROLE_NAMED
    return points


def match(reading: MailReading, candidates: list[Candidate]) -> Match:
    scored = [(score(reading, candidate), candidate.pk) for candidate in candidates]
    best = max((points for points, _ in scored), default=0)
    # A role's name alone (every company has a "Software Engineer") is not enough.
    if best <= ROLE_NAMED:
        return Match(None)
    winners = tuple(pk for points, pk in scored if points == best)
    return Match(winners[0]) if len(winners) == 1 else Match(None, tied=winners)
