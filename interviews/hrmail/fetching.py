"""Fetch new mail for one person: only messages newer than the last one seen, only those
that look like hiring mail, each read into a suggestion (``suggestions.suggestion_record``).
"""

from __future__ import annotations

from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from email.utils import getaddresses

from django.conf import settings
from django.utils import timezone

from interviews.hrmail import imap, limits
from interviews.hrmail.matching import Candidate
from interviews.hrmail.models import MailAccount, MailSource
from interviews.hrmail.secrets import PasswordUnreadable, decrypt
from interviews.hrmail.senders import (
    domain_of,
    is_free_mail,
    is_hiring_service,
    registered_domain,
)
from interviews.hrmail.suggestions import candidates_of, suggestion_record
from interviews.profiles import activated, profile_of


@dataclass(frozen=True)
class Fetched:
    new: int  # messages newer than the last run
    hiring: int  # of those, the ones that looked like hiring mail
    suggested: int  # new suggestions made


def known_senders(candidates: list[Candidate]) -> tuple[set[str], set[str]]:
    """The contacts' addresses, and the employers' own domains (contacts and job postings)."""
    addresses = {c.contact_email.lower() for c in candidates if c.contact_email}
    domains = set()
    for candidate in candidates:
        for where in (candidate.contact_email, candidate.job_url):
            host = domain_of(where) if where else ""
            if host and not is_free_mail(host) and not is_hiring_service(host):
                domains.add(registered_domain(host))
    return addresses, domains


def looks_like_hiring(sender: str, addresses: set[str], domains: set[str]) -> bool:
    host = domain_of(sender) if "@" in sender else ""
    return bool(host) and (
        sender in addresses or registered_domain(host) in domains or is_hiring_service(host)
    )


def sender_of(header_block: bytes) -> str:
    try:
        block = header_block[: limits.MAX_HEADER_BYTES]
        value = BytesHeaderParser(policy=default_policy).parsebytes(block).get("From", "")
        pairs = getaddresses([str(value)])
    except Exception:  # a header the email package cannot parse: not a sender we know
        return ""
    return next((address.lower() for _, address in pairs if "@" in address), "")


def mailbox_of(account: MailAccount) -> imap.Mailbox:
    try:
        password = decrypt(account.password_encrypted)
    except PasswordUnreadable as error:
        raise imap.MailboxError(str(error)) from error
    return imap.Mailbox(
        account.host,
        account.port,
        account.security,
        account.username,
        password,
        account.folder,
        private_network=settings.MAIL_PRIVATE_NETWORK,
    )


def fetch_account(account: MailAccount) -> Fetched:
    """Read the new mail of one account. A problem is stored on the account (Settings shows
    it) and raised as ``MailboxError``; what was read before it is kept."""
    try:
        with activated(profile_of(account.owner)):
            return _fetch(account)
    except imap.MailboxError as error:
        account.last_error = str(error)[:300]
        account.last_checked_at = timezone.now()
        account.save(update_fields=["last_error", "last_checked_at"])
        raise


def _fetch(account: MailAccount) -> Fetched:
    client = imap.connect(mailbox_of(account))
    try:
        validity = imap.open_folder(client, account.folder)
        if validity != account.uid_validity:  # renumbered: start again (keys stop repeats)
            account.uid_validity, account.last_uid = validity, 0
        uids = imap.new_uids(client, account.last_uid)
        candidates = candidates_of(account.owner)
        addresses, domains = known_senders(candidates)
        hiring = suggested = 0
        for uid, header in imap.headers_of(client, uids):
            if looks_like_hiring(sender_of(header), addresses, domains):
                hiring += 1
                _, created, _ = suggestion_record(
                    owner=account.owner,
                    raw=imap.message(client, uid),
                    source=MailSource.IMAP,
                    candidates=candidates,
                )
                suggested += created
            account.last_uid = max(account.last_uid, uid)
            account.save(update_fields=["uid_validity", "last_uid"])
    finally:
        imap.close(client)
    account.last_error = ""
    account.last_checked_at = timezone.now()
    account.save(update_fields=["uid_validity", "last_uid", "last_error", "last_checked_at"])
    return Fetched(new=len(uids), hiring=hiring, suggested=suggested)


def check_account(account: MailAccount) -> int:
    """Log in and open the folder (the "Test connection" button): how many messages it holds."""
    client = imap.connect(mailbox_of(account), seconds=imap.TEST_DEADLINE_SECONDS)
    try:
        imap.open_folder(client, account.folder)
        return imap.count_messages(client)
    finally:
        imap.close(client)
