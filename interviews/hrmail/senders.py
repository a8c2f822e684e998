"""Who a message is from: domains, the services that send on an employer's behalf, and a
best guess at the employer's name."""

from __future__ import annotations

import re
import unicodedata

# Applicant-tracking systems, scheduling, assessment and signing services: mail from these
# is about a job, but their domain says nothing about which employer sent it.
HIRING_SERVICES = frozenset(
    {
        "greenhouse.io", "greenhouse-mail.io", "lever.co", "myworkday.com", "workday.com",
        "smartrecruiters.com", "icims.com", "ashbyhq.com", "workable.com", "workablemail.com",
        "jobvite.com", "taleo.net", "successfactors.com", "successfactors.eu", "bamboohr.com",
        "recruitee.com", "teamtailor.com", "teamtailor-mail.com", "personio.de", "breezy.hr",
        "jazzhr.com", "applytojob.com", "pinpointhq.com", "rippling.com", "gem.com", "personio.com",
        "calendly.com", "goodtime.io", "modernloop.io", "paradox.ai", "cronofy.com",
        "hackerrank.com", "hackerrankforwork.com", "codility.com", "codesignal.com",
        "testgorilla.com", "shl.com", "xref.com", "checkster.com", "docusign.net",
        "docusign.com", "hellosign.com", "csjobs.cabinetoffice.gov.uk", "tal.net",
        "jobtrain.co.uk", "eteach.com", "nhs.net", "trac.jobs", "oleeo.com",
    }
)  # fmt: skip
FREE_MAIL = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com",
        "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com", "gmx.de", "gmx.net",
        "web.de", "fastmail.com", "posteo.de", "mail.com", "yandex.ru", "zoho.com",
    }
)  # fmt: skip
# Second-level labels under which a name is registered (acme.co.uk, dft.gov.uk).
SECOND_LEVELS = {"co", "com", "org", "net", "ac", "gov", "ltd", "plc", "nhs", "sch", "edu"}


def domain_of(address_or_url: str) -> str:
    """The host of an e-mail address or a URL, lower case, without "www."."""
    text = address_or_url.strip().lower()
    host = text.rsplit("@", 1)[-1] if "@" in text and "//" not in text else text
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", host).split("/", 1)[0].split(":", 1)[0]
    return host.removeprefix("www.").strip(".")


def registered_domain(host: str) -> str:
    """careers.acme.co.uk -> acme.co.uk; mail.acme.com -> acme.com."""
    labels = [label for label in host.lower().split(".") if label]
    if len(labels) >= 3 and labels[-2] in SECOND_LEVELS and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def is_hiring_service(host: str) -> bool:
    host = host.lower()
    return any(host == service or host.endswith("." + service) for service in HIRING_SERVICES)


def is_free_mail(host: str) -> bool:
    return registered_domain(host) in FREE_MAIL


SUFFIXES = re.compile(
    r"\s*(?:[|,-]\s*)?\b(?:recruiting|recruitment(?: team| services)?|careers?|talent"
    r" (?:acquisition|team|partner)|hr|human resources|hiring team|jobs|early careers|"
    r"people(?: team| ops)?|(?:recruiting )?coordination|team)\s*$",
    re.IGNORECASE,
)
PREFIXES = re.compile(
    r"^(?:jobs|careers|recruiting|talent|hr|the hiring team|personalabteilung) (?:at |@ |from )?",
    re.IGNORECASE,
)
VIA = re.compile(r"^(?P<name>.+?)\s+(?:via|through|on behalf of)\s+\S+$", re.IGNORECASE)
SERVICE_NAMES = re.compile(
    r"^(?:calendly|codility|hackerrank|linkedin|indeed|glassdoor|workable|teamtailor|xref|"
    r"docusign|greenhouse|lever|workday|civil service jobs|noreply|no-reply)\b",
    re.IGNORECASE,
)
NAME = r"(?P<company>[A-ZÀ-Þ][\w'’-]*(?:(?:\s+(?:&|and|of|de))?\s+[A-ZÀ-Þ][\w'’-]*){0,4})"
IN_TEXT = [
    re.compile(pattern)
    for pattern in (
        rf"\b(?:interest in|interested in|applying to|applied to|application to|application with|"
        rf"applying for .{{0,60}}? at|position at|role at|career with|careers at|interviewing with|"
        rf"interview with|offer from|on behalf of|joining|join) {NAME}",
        rf"^{NAME} (?:has|have|would like|wants?|want to|sent you|invites you)\b",
        rf"\b(?:the|a) .{{0,50}}? (?:position|role|post|job) (?:at|with) {NAME}",
        rf"\b(?:position|role|post) of .{{0,60}}? (?:at|with) {NAME}",
    )
]
NOT_A_COMPANY = re.compile(
    r"^(?:the|our|us|you|your|a|an|this|it|we|i|team|linkedin|indeed|glassdoor|workable|"
    r"hackerrank|codility|xref|calendly|the team|a career)$",
    re.IGNORECASE,
)
ORG_SUFFIX = re.compile(r"\s+(?:inc|ltd|llc|plc|gmbh|s\.?l|as|ab|co)\.?$", re.IGNORECASE)


NO_REPLY = re.compile(r"^(?:no-?reply|do-?not-?reply|notifications?|mailer-daemon)\b", re.I)


def contact_of(sender_name: str, sender: str) -> tuple[str, str]:
    """The sender as a contact to keep: a person's name ("Sarah Weber", "Sarah Weber via
    Greenhouse") and an address one can write to; nothing for a team or a service
    ("Acme Recruiting", "Greenhouse"), no address for a no-reply one."""
    name = sender_name.strip()
    if via := VIA.match(name):
        name = via.group("name")
    if not name or SERVICE_NAMES.match(name) or SUFFIXES.search(name) or "@" in name:
        name = ""
    address = sender.strip()
    if NO_REPLY.match(address.split("@", 1)[0]) or is_hiring_service(domain_of(address)):
        address = ""
    return name, address


def _letters(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if c.isalnum() and not unicodedata.combining(c)).lower()


def _from_display_name(name: str, address: str) -> str:
    """The display name when it names an organisation: marked as one ("Acme Careers",
    "Acme via DocuSign"), sent through a hiring service, or spelled in the domain. A
    person's name ("Sarah Whitfield" <recruitment@...>) is not a company."""
    name = name.split("|")[-1].strip() if "|" in name else name.strip()
    marked = False
    if match := VIA.match(name):
        name, marked = match["name"], True
    if not name or SERVICE_NAMES.match(name):
        return ""
    previous = None
    while previous != name:
        previous, name = name, PREFIXES.sub("", SUFFIXES.sub("", name)).strip(" -|,")
        marked = marked or (previous != name)
    host = domain_of(address)
    if marked or is_hiring_service(host) or (_letters(name) and _letters(name) in _letters(host)):
        return name
    return ""


def _from_text(text: str) -> str:
    for pattern in IN_TEXT:
        for line in text.splitlines():
            match = pattern.search(line.strip())
            if match:
                company = ORG_SUFFIX.sub("", match["company"].rstrip(".,'’ "))
                if not NOT_A_COMPANY.match(company):
                    return company
    return ""


def _from_domain(host: str) -> str:
    if not host or is_hiring_service(host) or is_free_mail(host):
        return ""
    label = registered_domain(host).split(".", 1)[0]
    return " ".join(part.capitalize() for part in re.split(r"[-_]", label) if part)


def guess_company(*, sender_name: str, sender: str, subject: str, text: str) -> str:
    """The employer's name: from the sender's display name, the letter, or the domain."""
    return (
        _from_display_name(sender_name, sender)
        or _from_text(subject + "\n" + text)
        or _from_domain(domain_of(sender))
    )[:200]
