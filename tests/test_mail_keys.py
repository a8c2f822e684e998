"""The mailbox key rotates: passwords are read under any of DJANGO_MAIL_KEYS and written
under the newest; ``rotate_mail_keys`` moves stored ones to the newest; and
``check --deploy`` warns while the key is derived from SECRET_KEY."""

from __future__ import annotations

from io import StringIO

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command

from interviews.hrmail.models import MailAccount
from interviews.hrmail.secrets import PasswordUnreadable, decrypt, encrypt
from tests.support.production import manage, production_env

OLD, NEW = Fernet.generate_key().decode(), Fernet.generate_key().decode()


def test_a_password_written_under_the_old_key_reads_after_the_new_key_is_added(settings):
    settings.MAIL_KEYS = [OLD]
    stored = encrypt("app password")
    settings.MAIL_KEYS = [NEW, OLD]
    assert decrypt(stored) == "app password"
    assert Fernet(NEW).decrypt(encrypt("fresh").encode()) == b"fresh"
    settings.MAIL_KEYS = [NEW]
    with pytest.raises(PasswordUnreadable):
        decrypt(stored)


@pytest.mark.django_db
def test_rotating_moves_every_stored_password_to_the_newest_key(settings, user, stranger):
    settings.MAIL_KEYS = [OLD]
    mine = MailAccount.objects.create(
        owner=user, host="imap.example.org", username="me", password_encrypted=encrypt("one")
    )
    lost = Fernet(Fernet.generate_key()).encrypt(b"two").decode()
    MailAccount.objects.create(
        owner=stranger, host="imap.example.org", username="them", password_encrypted=lost
    )
    settings.MAIL_KEYS = [NEW, OLD]
    out = StringIO()
    call_command("rotate_mail_keys", stdout=out)
    assert "Re-encrypted 1 mailbox passwords; 1 unreadable." in out.getvalue()
    settings.MAIL_KEYS = [NEW]
    mine.refresh_from_db()
    assert decrypt(mine.password_encrypted) == "one"


def test_the_deploy_check_warns_when_the_mail_key_comes_from_the_secret_key():
    env = production_env()
    del env["DJANGO_MAIL_KEYS"]
    result = manage("check", "--deploy", **env)
    assert "interviews.W002" in result.stderr + result.stdout


def test_the_deploy_check_is_quiet_with_keys_of_their_own():
    result = manage("check", "--deploy", **production_env(DJANGO_MAIL_KEYS=f"{NEW},{OLD}"))
    assert "interviews.W002" not in result.stderr + result.stdout


def test_a_key_that_is_not_a_fernet_key_is_a_clear_configuration_error(settings):
    from django.core.exceptions import ImproperlyConfigured

    settings.MAIL_KEYS = ["not-a-key"]
    with pytest.raises(ImproperlyConfigured, match="DJANGO_MAIL_KEYS"):
        encrypt("x")
