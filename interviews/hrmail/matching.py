"""Which of the person's applications a reading is about.

Pure: it takes the reading and plain facts about each application. Evidence adds up:
the contact's own address, the sender's domain against the contact's and the job
posting's, the company's name in the mail, the role's name. The single best wins; a tie
or no evidence at all is left for the person to choose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from interviews.folding import fold_variants
from interviews.hrmail.reading import MailReading
from interviews.hrmail.senders import domain_of, is_free_mail, is_hiring_service, registered_domain

SAME_ADDRESS, SAME_DOMAIN, NAMED, ROLE_NAMED = 4, 3, 2, 1
# Legal forms, after folding: "Ørsted A/S" and "orsted" are one company, so are
# "Müller & Söhne GmbH & Co. KG" and "Mueller Soehne".
LEGAL_FORMS = re.compile(
    r"(?<![\w&])(?:inc|ltd|llc|llp|lp|plc|gmbh|mbh|ag|kg|kgaa|ug|ev|se|sa|s\.a|sas|sarl|srl|"
    r"spa|s\.p\.a|sl|s\.l|as|a/s|aps|asa|ab|oy|oyj|bv|b\.v|nv|n\.v|co|corp|corporation|"
    r"company|limited|group|holding|holdings|pty|pvt|kk)(?![\w&])\.?"
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


def normalised(name: str) -> frozenset[str]:
    """The name's spellings for comparing (``fold_variants``), without legal forms or
    punctuation: "Müller & Söhne GmbH" → {"muller and sohne", "mueller and soehne"}."""
    found = set()
    for folded in fold_variants(name):
        words = re.sub(r"[^\w&]+", " ", LEGAL_FORMS.sub(" ", folded))
        found.add(" ".join(words.replace("&", " and ").split()))
    return frozenset(found)


def _mentions(haystacks: frozenset[str], name: str) -> bool:
    return any(
        len(needle) >= 3 and f" {needle} " in f" {haystack} "
        for needle in normalised(name)
        for haystack in haystacks
    )


def _domain_names(domain: str, company: str) -> bool:
    """The sender's own domain spells the company: orsted.com for "Ørsted A/S",
    copperline.studio for "Copperline Studio" (its first word, five letters or more)."""
    label = domain.split(".", 1)[0].replace("-", "")
    for name in normalised(company):
        words = name.split()
        if words and label in {"".join(words), words[0] if len(words[0]) >= 5 else ""}:
            return True
    return False


def _own_domain(host: str) -> str:
    """The organisation's domain of a host, or "" for free mail and hiring services."""
    if not host or is_free_mail(host) or is_hiring_service(host):
        return ""
    return registered_domain(host)


def _same_domain(sender_domain: str, candidate: Candidate) -> bool:
    """The sender writes from the contact's or the posting's domain, or one that spells
    the company's name."""
    known = {
        _own_domain(domain_of(candidate.contact_email)) if candidate.contact_email else "",
        _own_domain(domain_of(candidate.job_url)) if candidate.job_url else "",
    }
    return sender_domain in known or _domain_names(sender_domain, candidate.company)


def score(reading: MailReading, candidate: Candidate) -> int:
    sender_domain = _own_domain(reading.sender_domain)
    said = " ".join([reading.subject, reading.sender_name, reading.company, reading.text])
    haystack = normalised(said)
    points = 0
    if candidate.contact_email and candidate.contact_email.lower() == reading.sender:
        points += SAME_ADDRESS
    elif sender_domain and _same_domain(sender_domain, candidate):
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
