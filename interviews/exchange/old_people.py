"""Backups made before contacts (format 1) name people in fields that are gone: an
application's ``contact_name``/``contact_email`` and a round's comma-separated
``interviewers``. ``people_from_old`` turns them into the lists a backup has now
(``contacts``, ``application_contacts``, ``round_participants``), as migration 0024 did
to the database, so an old file restores into contacts.

The new records' uids are derived from the file's own (uuid5), so restoring the same old
file twice adds nothing the second time, as with every other record.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from interviews.folding import fold
from interviews.models import ContactRole

# A contact typed as "Lena Brandt (friend, referred me)": the person who referred them.
_REFERRER_WORDS = re.compile(r"\b(referr\w*|friend|empfohlen\w*|empfehlung)\b")
_NOTE = re.compile(r"\s*\([^)]*\)\s*$")
_SPACE = uuid.UUID("5b0e7a52-5f3c-4a55-9a55-0c0a7f2f7e11")


def people_from_old(document: dict[str, Any]) -> None:
    """Add the people an old file names to ``document``, in place; a file that already
    has people, or names none, is left as it is."""
    if any(document.get(key) for key in ("contacts", "application_contacts")):
        return
    book = _Book()
    links: dict[str, dict[str, str]] = {}
    for item in _dicts(document.get("applications")):
        name, email = _text(item.get("contact_name")), _text(item.get("contact_email"))
        role = ContactRole.REFERRER if _REFERRER_WORDS.search(fold(name)) else ContactRole.RECRUITER
        if role == ContactRole.REFERRER:
            name = _NOTE.sub("", name) or name
        contact = book.contact(name, email)
        if contact and "uid" in item:
            _add_link(links, str(item["uid"]), contact, role)
    participants = []
    for item in _dicts(document.get("rounds")):
        seen: list[str] = []
        for name in _text(item.get("interviewers")).split(","):
            contact = book.contact(name, "")
            if contact and contact not in seen and "uid" in item:
                seen.append(contact)
                participants.append(
                    {
                        "uid": str(uuid.uuid5(_SPACE, f"{item['uid']}/{contact}")),
                        "interview_round": str(item["uid"]),
                        "contact": contact,
                        "position": len(seen) - 1,
                    }
                )
                if "application" in item:
                    _add_link(links, str(item["application"]), contact, ContactRole.INTERVIEWER)
    if book.contacts:
        document["contacts"] = list(book.contacts.values())
        document["application_contacts"] = list(links.values())
        document["round_participants"] = participants


def _add_link(links: dict, application: str, contact: str, role: str) -> None:
    mine = [link for link in links.values() if link["application"] == application]
    if role == ContactRole.INTERVIEWER and any(link["contact"] == contact for link in mine):
        return  # on it already, in another part
    uid = str(uuid.uuid5(_SPACE, f"{application}/{contact}/{role}"))
    links[uid] = {"uid": uid, "application": application, "contact": contact, "role": role}


class _Book:
    """The file's people, each once: by e-mail, else by folded name."""

    def __init__(self) -> None:
        self.contacts: dict[str, dict[str, str]] = {}
        self.by_key: dict[str, str] = {}

    def contact(self, name: str, email: str) -> str:
        name = " ".join(name.split())[:200]
        if not name and not email:
            return ""
        key = f"@{email.lower()}" if email else fold(name)
        found = self.by_key.get(key) or (self.by_key.get(fold(name)) if name else None)
        if found is None:
            found = str(uuid.uuid5(_SPACE, f"contact/{key}"))
            self.contacts[found] = {"uid": found, "name": name, "email": email}
            self.by_key[key] = found
            if name:
                self.by_key.setdefault(fold(name), found)
        return found


def _dicts(items: Any) -> list[dict]:
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""
