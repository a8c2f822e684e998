"""Fetch new mail from every connected mailbox and turn HR's answers into suggestions.

Run it from cron, e.g. every 15 minutes:
    */15 * * * *  cd /srv/tracker && .venv/bin/python manage.py fetch_mail
It exits non-zero when any mailbox could not be read, naming the problem; Settings shows
the same message to its owner.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from interviews.hrmail.fetching import fetch_account
from interviews.hrmail.imap import MailboxError
from interviews.hrmail.models import MailAccount


class Command(BaseCommand):
    help = "Read new mail from each connected mailbox (read-only) and suggest status updates."

    def add_arguments(self, parser):
        parser.add_argument("--user", help="Only this user's mailbox (a username).")

    def handle(self, *args, user=None, **options):
        accounts = MailAccount.objects.select_related("owner").order_by("pk")
        if user:
            accounts = accounts.filter(owner__username=user)
        failed = []
        for account in accounts:
            name = account.owner.get_username()
            try:
                fetched = fetch_account(account)
            except MailboxError as error:
                failed.append(name)
                self.stderr.write(f"{name}: {error}")
                continue
            self.stdout.write(
                f"{name}: {fetched.new} new, {fetched.hiring} about hiring, "
                f"{fetched.suggested} new suggestion{'s' if fetched.suggested != 1 else ''}."
            )
        if failed:
            raise CommandError(f"Could not read the mailbox of: {', '.join(failed)}.")
