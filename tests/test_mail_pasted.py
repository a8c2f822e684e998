"""Text pasted from a mail app without the message's own headers: Outlook's copied "Von: /
Gesendet:" block, or the words alone. The reader counts a promise from the copied block's
date, or from the moment it was pasted (new-user trial 4: "Wir melden uns bis Ende
nächster Woche" was refused as not news)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from interviews.hrmail import read
from interviews.hrmail.models import MailSuggestion
from interviews.hrmail.pasted import as_message, is_whole_message
from interviews.models import StatusUpdate, UpdateKind
from tests import mail_corpus
from tests.factories import ApplicationFactory

UTC = dt.UTC
ADD = reverse("interviews:mail_add")
NOW = dt.datetime(2026, 12, 8, 9, 0, tzinfo=UTC)  # Tuesday
OUTLOOK_COPY = """Von: Julia Becker <julia.becker@hapag-example.com>
Gesendet: Montag, 7. Dezember 2026 14:02
An: Amira Haddad <amira@example.de>
Betreff: Ihre Bewerbung als Senior Data Analyst

Sehr geehrte Frau Haddad,

Ihre Unterlagen liegen der Fachabteilung vor. Wir melden uns bis Ende nächster Woche bei Ihnen.

Mit freundlichen Grüßen
Julia Becker"""


@pytest.fixture(autouse=True)
def fixed_day():
    with time_machine.travel(NOW, tick=False):
        yield


def test_a_copied_outlook_block_is_dated_by_its_own_sent_line():
    reading = read(as_message(OUTLOOK_COPY, received=NOW))
    assert reading.sent_at == dt.datetime(2026, 12, 7, 14, 2, tzinfo=UTC)
    assert (reading.kind, reading.promised_reply_by) == ("replied", dt.date(2026, 12, 18))
    assert reading.sender == "julia.becker@hapag-example.com"


def test_the_words_alone_count_from_when_they_were_pasted():
    reading = read(as_message("Wir melden uns bis Ende nächster Woche.", received=NOW))
    assert (reading.kind, reading.promised_reply_by) == ("replied", dt.date(2026, 12, 18))


def test_a_whole_message_is_read_as_it_is():
    raw = (mail_corpus.CORPUS / "rejected" / "other-candidates-classic.eml").read_text()
    assert is_whole_message(raw)
    assert as_message(raw, received=NOW) == raw.encode()
    assert not is_whole_message(OUTLOOK_COPY)


def test_pasting_the_copy_suggests_the_reply_and_one_click_records_its_date(owner_client, user):
    application = ApplicationFactory(owner=user, company="Hapag Example")
    response = owner_client.post(ADD, {"message": OUTLOOK_COPY})
    assert response.status_code == 302, response.content.decode()[-1500:]
    suggestion = MailSuggestion.objects.get(owner=user)
    assert suggestion.kind == "replied"
    owner_client.post(
        reverse("interviews:mail_accept", args=[suggestion.pk]),
        {"kind": "replied", "application": application.pk},
    )
    update = StatusUpdate.objects.get(application=application)
    assert (update.kind, update.news_by) == (UpdateKind.REPLIED, dt.date(2026, 12, 18))
