"""Re-encrypt every stored mailbox password with the newest of DJANGO_MAIL_KEYS.

Step two of a rotation (docs/operations.md): after "new,old" is deployed, run this, then
deploy "new" alone. Passwords readable under none of the keys are counted and left as
they are; their owners are asked to enter them again when the mailbox is next read.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django.db import transaction

from interviews.chunking import chunks
from interviews.hrmail.models import MailAccount
from interviews.hrmail.secrets import PasswordUnreadable, reencrypt


class Command(BaseCommand):
    help = "Re-encrypt every mailbox password with the newest of DJANGO_MAIL_KEYS."

    def handle(self, *args, **options):
        done = unreadable = 0
        pks = list(MailAccount.objects.order_by("pk").values_list("pk", flat=True))
        for part in chunks(pks):
            with transaction.atomic():
                for account in MailAccount.objects.filter(pk__in=part).select_for_update():
                    try:
                        account.password_encrypted = reencrypt(account.password_encrypted)
                    except PasswordUnreadable:
                        unreadable += 1
                        continue
                    account.save(update_fields=["password_encrypted"])
                    done += 1
        self.stdout.write(
            self.style.SUCCESS(f"Re-encrypted {done} mailbox passwords; {unreadable} unreadable.")
        )
