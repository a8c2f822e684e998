"""Write one person's backup (the file /settings/ downloads) to a file or stdout: the
JSON, or a zip with the documents' files when the person has documents (to a file only)."""

from __future__ import annotations

import shutil

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from interviews.exchange.backup_files import backup_file


def user_named(username: str):
    try:
        return get_user_model().objects.get_by_natural_key(username)
    except get_user_model().DoesNotExist as error:
        raise CommandError(f"No user called {username!r}.") from error


class Command(BaseCommand):
    help = "Export everything a user owns as a backup file (JSON, or a zip with documents)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("-o", "--output", help="File to write; standard output if omitted.")

    def handle(self, *args, username: str, output: str | None, **options):
        content, _, extension = backup_file(user_named(username))
        if output is None:
            if extension != "json":
                raise CommandError(
                    f"{username} has documents: their backup is a zip. Give a file with -o."
                )
            self.stdout.write(content.read().decode())
            return
        with content, open(output, "wb") as target:
            shutil.copyfileobj(content, target)
        self.stderr.write(f"Wrote the backup of {username} to {output} ({extension}).")
