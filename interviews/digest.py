"""The daily digest: what is due for a user today, in one short plain-text e-mail.

``due_items`` is pure (applications fetched with ``with_records()``, and a ``today``);
``digest_send`` is the one write: it logs the day's digest and sends it together, so a
user gets at most one digest a day however often, or however concurrently, it runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.crypto import constant_time_compare, salted_hmac

from interviews.guidance import Person, advise, short_date
from interviews.guidance.planning import DEADLINES
from interviews.guidance.search import NO_SEARCH, Search
from interviews.models import Application, DigestLog, InterviewRound, Outcome
from interviews.presenting import day_words, overdue_words
from interviews.stages import round_day

DEADLINE_AHEAD = 2  # days: an offer deadline this close gets its own reminder
UNSUBSCRIBE_SALT = "interviews.digest.unsubscribe"
UNSUBSCRIBE_DAYS = 60  # a digest that old is long read; Settings turns it off any time


@dataclass(frozen=True)
class DigestItem:
    application: Application
    on: date
    text: str
    when: str  # "today", "tomorrow", "Tue 1 Dec", "Overdue 3 days"


def day_label(day: date, today: date) -> str:
    """'today', 'tomorrow', the date, or 'Overdue 3 days' as the board and Waiting say it."""
    return overdue_words(day, today) if day < today else day_words(day, today)


@dataclass(frozen=True)
class DigestGroup:
    """One application's items, listed under one heading."""

    application: Application
    items: list[DigestItem]


def due_items(
    applications: Iterable[Application],
    *,
    today: date,
    person: Person,
    search: Search = NO_SEARCH,
) -> list[DigestItem]:
    """Steps due today or before, tomorrow's interviews and close offer deadlines; each
    one once, however many rules arrive at it."""
    items: dict[tuple[int, str], DigestItem] = {}
    for application in applications:
        if not application.is_closed:
            for item in _application_items(application, today=today, person=person, search=search):
                items.setdefault((application.pk, item.text), item)
    return sorted(items.values(), key=lambda item: (item.on, item.application.company.lower()))


def grouped(items: list[DigestItem]) -> list[DigestGroup]:
    """Items under their application, applications in the order of their first item."""
    groups: dict[int, DigestGroup] = {}
    for item in items:
        group = groups.setdefault(item.application.pk, DigestGroup(item.application, []))
        group.items.append(item)
    return list(groups.values())


def _application_items(
    application: Application, *, today: date, person: Person, search: Search
) -> list[DigestItem]:
    # The whole search, as the pages read it: the digest says what the board says.
    advice = advise(application, today=today, person=person, search=search)
    items = [
        DigestItem(application, step.due, step.text, day_label(step.due, today))
        for step in advice.next_steps
        if step.due is not None and step.due <= today
    ]
    tomorrow = today + timedelta(days=1)
    items += [
        DigestItem(application, tomorrow, f"{r.get_kind_display()} at {_time(r)}.", "tomorrow")
        for r in application.rounds.all()
        if r.outcome == Outcome.SCHEDULED and r.scheduled_at and round_day(r) == tomorrow
    ]
    deadline = _deadline_ahead(advice, today=today)
    if deadline is not None:
        text = f"They want your answer on the offer by {short_date(deadline)}."
        items.append(DigestItem(application, deadline, text, day_label(deadline, today)))
    return items


def _deadline_ahead(advice, *, today: date) -> date | None:
    """An offer's answer-by date close enough to remind of, and not already a step today."""
    deadline = advice.deadline
    if deadline is None or not today <= deadline <= today + timedelta(days=DEADLINE_AHEAD):
        return None
    listed = any(
        step.key in DEADLINES and step.due == deadline <= today for step in advice.next_steps
    )
    return None if listed else deadline


def compose(
    user,
    items: list[DigestItem],
    *,
    today: date,
    log_lines: Sequence[str] = (),
    unsubscribe: str = "",
) -> tuple[str, str]:
    """The subject and plain-text body of a user's digest; ``log_lines`` are the
    work-search log's reminder of a short claim week (``worklog.selectors``). The subject
    counts what the body lists: each item, and the log's reminder as one."""
    count = len(items) + bool(log_lines)
    subject = f"Today in your job search: {count} thing{'' if count == 1 else 's'}"
    body = render_to_string(
        "interviews/email/digest.txt",
        {
            "name": user.first_name or user.get_username(),
            "groups": grouped(items),
            "log_lines": log_lines,
            "today": today,
            "site_url": site_url(),
            "unsubscribe_url": unsubscribe or unsubscribe_url(user),
        },
    )
    return subject, body


def site_url(path: str = "") -> str:
    return settings.SITE_URL.rstrip("/") + path


def _address_mark(user) -> str:
    """A short digest of the address the link was sent to: changing the address revokes
    every link sent to the old one (it may have passed to someone else)."""
    return salted_hmac(UNSUBSCRIBE_SALT, user.email.lower()).hexdigest()[:12]


def unsubscribe_url(user) -> str:
    """A link that turns this person's digest off, signed so that nobody else can; it
    works for UNSUBSCRIBE_DAYS and while the address it went to is the account's."""
    token = signing.dumps({"u": user.pk, "a": _address_mark(user)}, salt=UNSUBSCRIBE_SALT)
    return site_url(reverse("interviews:digest_unsubscribe", args=[token]))


def unsubscriber(token: str):
    """The user a signed unsubscribe token names, or None when it is forged, older
    than UNSUBSCRIBE_DAYS or was sent to an address the account no longer has."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=UNSUBSCRIBE_DAYS * 86400)
    except signing.BadSignature:  # SignatureExpired is one too
        return None
    users = get_user_model().objects.filter(is_active=True)
    if isinstance(data, int):  # sent before links named the address: honoured until expiry
        return users.filter(pk=data).first()
    if not isinstance(data, dict):
        return None
    pk = data.get("u")
    user = users.filter(pk=pk).first() if isinstance(pk, int) else None
    if user is None or not constant_time_compare(data.get("a", ""), _address_mark(user)):
        return None
    return user


def digest_send(
    *, user, items: list[DigestItem], today: date, log_lines: Sequence[str] = ()
) -> bool:
    """Send the user's digest for ``today`` unless one went out already; True if sent."""
    # One link for the header and the body: signed twice, a second apart, they differ.
    link = unsubscribe_url(user)
    subject, body = compose(user, items, today=today, log_lines=log_lines, unsubscribe=link)
    # RFC 8058: mail programs show an unsubscribe button that POSTs to the link.
    headers = {
        "List-Unsubscribe": f"<{link}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    with transaction.atomic():
        # The unique (owner, sent_on) row is the lock: a concurrent run's insert waits for
        # this transaction and then finds the row. Sending inside the transaction means a
        # failed send rolls the row back, so the next run tries again.
        _, created = DigestLog.objects.get_or_create(
            owner=user, sent_on=today, defaults={"items": len(items) + bool(log_lines)}
        )
        if not created:
            return False
        EmailMessage(subject, body, to=[user.email], headers=headers).send()
    return True


def _time(interview_round: InterviewRound) -> str:
    return dateformat.format(timezone.localtime(interview_round.scheduled_at), "H:i")
