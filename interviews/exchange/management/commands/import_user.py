"""Restore a backup file into a person's account, as /settings/ does: all or nothing."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from interviews.exchange.management.commands.export_user import user_named
from interviews.exchange.restore import RestoreError, read_document, restore


class Command(BaseCommand):
    help = "Restore a backup file (from export_user or /settings/) into a user's account."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("file", help="The backup file (JSON).")

    def handle(self, *args, username: str, file: str, **options):
        user = user_named(username)
        try:
            raw = Path(file).read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from error
        try:
            report = restore(user, read_document(raw))
        except RestoreError as problem:
            raise CommandError(str(problem)) from problem
        self.stdout.write(self.style.SUCCESS(f"Restored into {username}: {report}"))
