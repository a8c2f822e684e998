"""fetch_mail against a real IMAP server (a private Dovecot on a loopback port), and the
mailbox section of Settings."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.core.management import ManagementUtility, call_command
from django.core.management.base import CommandError
from django.db import connections
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from interviews.hrmail.models import MailAccount, MailSuggestion, SuggestionStatus
from interviews.hrmail.secrets import decrypt, encrypt
from tests import mail_corpus
from tests.factories import ApplicationFactory, UserFactory
from tests.imap_server import dovecot_fixture  # noqa: F401  (the imap_server fixture)
from tests.support.bad_input import send
from tests.support.fuzz import FUZZ, TRICKY_TEXT
from tests.support.mail import REJECTION, fetched

pytestmark = pytest.mark.django_db

SETTINGS = reverse("interviews:settings")
SAVE = reverse("interviews:mailbox_save")


UNKNOWN_SENDER = fetched(
    "A Friend <friend@example.org>",
    "They said they have decided to move forward with other candidates, can you believe it?",
    "<f1@example.org>",
)


def corpus(kind: str, slug: str) -> bytes:
    return (mail_corpus.CORPUS / kind / f"{slug}.eml").read_bytes()


@pytest.fixture
def seeker(db):
    user = UserFactory(username="seeker")
    ApplicationFactory(owner=user, company="Acme Robotics", contact_email="dana@acme-robotics.com")
    ApplicationFactory(owner=user, company="Kestrel Labs", contact_email="")
    return user


def account_for(user, server, *, password=None, folder="INBOX") -> MailAccount:
    return MailAccount.objects.create(
        owner=user,
        host=server.host,
        port=server.port,
        security="plain",
        username=server.user,
        password_encrypted=encrypt(password or server.password),
        folder=folder,
    )


def fetch(capsys) -> str:
    call_command("fetch_mail")
    return capsys.readouterr().out


def test_fetch_reads_hiring_mail_then_only_what_is_new(seeker, imap_server, capsys):
    account = account_for(seeker, imap_server)
    imap_server.append(REJECTION)
    imap_server.append(UNKNOWN_SENDER)  # not a contact, an employer's domain or an ATS
    imap_server.append(corpus("none", "linkedin-job-alert"))
    imap_server.append(corpus("acknowledged", "lever-kestrel-two-weeks"))  # via an ATS
    assert "seeker: 4 new, 2 about hiring, 2 new suggestions." in fetch(capsys)
    by_kind = {s.kind: s for s in MailSuggestion.objects.filter(owner=seeker)}
    assert set(by_kind) == {"rejected", "acknowledged"}
    assert by_kind["rejected"].application.company == "Acme Robotics"
    assert by_kind["acknowledged"].application.company == "Kestrel Labs"
    assert all(s.source == "imap" for s in by_kind.values())
    account.refresh_from_db()
    assert (account.last_uid, account.last_error) == (4, "")

    # The person dismisses one; the second run reads only the new message.
    by_kind["rejected"].status = SuggestionStatus.DISMISSED
    by_kind["rejected"].save()
    imap_server.append(corpus("invited", "recruiter-saltmarsh-call"))
    # Saltmarsh is none of their employers and writes from its own domain: skipped.
    assert "seeker: 1 new, 0 about hiring, 0 new suggestions." in fetch(capsys)
    account.refresh_from_db()
    assert account.last_uid == 5
    assert MailSuggestion.objects.filter(owner=seeker).count() == 2
    assert MailSuggestion.objects.get(kind="rejected").status == SuggestionStatus.DISMISSED


def test_the_same_mail_fetched_again_stays_dismissed(seeker, imap_server, capsys):
    account = account_for(seeker, imap_server)
    imap_server.append(REJECTION)
    fetch(capsys)
    MailSuggestion.objects.update(status=SuggestionStatus.DISMISSED)
    # The mail is copied again (a new UID): read again, matched to its dismissed suggestion.
    imap_server.append(REJECTION)
    assert "seeker: 1 new, 1 about hiring, 0 new suggestions." in fetch(capsys)
    assert MailSuggestion.objects.get().status == SuggestionStatus.DISMISSED
    account.refresh_from_db()
    assert account.last_uid == 2


def test_a_wrong_password_fails_the_command_and_shows_in_settings(
    seeker, imap_server, client, capsys, monkeypatch
):
    account_for(seeker, imap_server, password="not-the-password")
    with pytest.raises(CommandError, match="Could not read the mailbox of: seeker"):
        call_command("fetch_mail")
    assert "refused the user name or app password" in capsys.readouterr().err
    # As cron runs it: exit status 1. (manage.py closes the database connections on the
    # way out, which would also close the test's own transaction on PostgreSQL.)
    monkeypatch.setattr(connections, "close_all", lambda: None)
    with pytest.raises(SystemExit) as exited:
        ManagementUtility(["manage.py", "fetch_mail"]).execute()
    assert exited.value.code == 1
    client.force_login(seeker)
    page = client.get(SETTINGS).content.decode()
    assert "The last check failed." in page
    assert "The server refused the user name or app password." in page


def test_a_missing_folder_is_named(seeker, imap_server, capsys):
    account = account_for(seeker, imap_server, folder="Job hunt")
    with pytest.raises(CommandError):
        call_command("fetch_mail")
    account.refresh_from_db()
    assert account.last_error.startswith("There is no folder called “Job hunt”")


def test_settings_save_encrypts_and_tests_the_connection(seeker, imap_server, client):
    client.force_login(seeker)
    data = {
        "host": imap_server.host,
        "port": imap_server.port,
        "security": "plain",
        "username": imap_server.user,
        "password": imap_server.password,
        "folder": "INBOX",
        "action": "test",
    }
    imap_server.append(REJECTION)
    response = client.post(SAVE, data, follow=True)
    assert "Connected: “INBOX” holds 1 message." in response.content.decode()
    account = MailAccount.objects.get(owner=seeker)
    assert imap_server.password not in account.password_encrypted
    assert decrypt(account.password_encrypted) == imap_server.password
    page = client.get(SETTINGS).content.decode()
    assert imap_server.password not in page  # never shown again
    # Saving again without a password keeps the stored one.
    client.post(SAVE, {**data, "password": "", "action": "save"})
    account.refresh_from_db()
    assert decrypt(account.password_encrypted) == imap_server.password
    # A wrong one, tested, shows the server's refusal.
    response = client.post(SAVE, {**data, "password": "wrong"}, follow=True)
    assert "Couldn&#x27;t connect: The server refused" in response.content.decode()


def test_plain_text_login_is_refused_beyond_this_machine(seeker, client):
    client.force_login(seeker)
    data = {"host": "imap.example.com", "port": 143, "security": "plain", "username": "me",
            "password": "pw", "folder": "INBOX", "action": "save"}  # fmt: skip
    response = client.post(SAVE, data)
    assert response.status_code == HTTPStatus.OK
    assert "only on this machine" in response.content.decode()
    assert not MailAccount.objects.exists()


def test_disconnecting_forgets_the_password(seeker, client):
    MailAccount.objects.create(owner=seeker, host="imap.example.com", username="me",
                               password_encrypted=encrypt("pw"))  # fmt: skip
    client.force_login(seeker)
    client.post(reverse("interviews:mailbox_remove"))
    assert not MailAccount.objects.exists()


text = st.one_of(st.sampled_from(TRICKY_TEXT), st.text(max_size=300))


@FUZZ
@given(
    host=text,
    port=st.one_of(st.integers(-5, 70000).map(str), text),
    security=st.one_of(st.sampled_from(["ssl", "starttls", "plain"]), text),
    username=text,
    password=text,
    folder=text,
)
def test_the_mailbox_form_survives_any_input(
    seeker, host, port, security, username, password, folder
):
    from django.test import Client

    client = Client()
    client.force_login(seeker)
    data = {"host": host, "port": port, "security": security, "username": username,
            "password": password, "folder": folder, "action": "save"}  # fmt: skip
    response = send(client, "post", SAVE, data)
    assert response.status_code in (HTTPStatus.OK, HTTPStatus.FOUND)
    for account in MailAccount.objects.all():
        account.full_clean()
    MailAccount.objects.all().delete()
