"""Write one person's backup (the file /settings/ downloads) to a file or stdout."""

from __future__ import annotations

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from interviews.exchange.backup import backup_json


def user_named(username: str):
    try:
        return get_user_model().objects.get_by_natural_key(username)
    except get_user_model().DoesNotExist as error:
        raise CommandError(f"No user called {username!r}.") from error


class Command(BaseCommand):
    help = "Export everything a user owns as a backup file (JSON)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("-o", "--output", help="File to write; standard output if omitted.")

    def handle(self, *args, username: str, output: str | None, **options):
        text = backup_json(user_named(username))
        if output is None:
            self.stdout.write(text)
            return
        Path(output).write_text(text, encoding="utf-8")
        self.stderr.write(f"Wrote the backup of {username} to {output}.")
