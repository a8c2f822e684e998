"""Restore a backup file into a person's account, as /settings/ does: all or nothing."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from interviews.exchange.backup_files import read_backup
from interviews.exchange.management.commands.export_user import user_named
from interviews.exchange.restore import RestoreError, restore


class Command(BaseCommand):
    help = "Restore a backup file (from export_user or /settings/) into a user's account."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("file", help="The backup file (JSON, or a zip with documents).")

    def handle(self, *args, username: str, file: str, **options):
        user = user_named(username)
        try:
            raw = Path(file).read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from error
        try:
            document, files = read_backup(raw)
            report = restore(user, document, files=files)
        except RestoreError as problem:
            raise CommandError(str(problem)) from problem
        self.stdout.write(self.style.SUCCESS(f"Restored into {username}: {report}"))
