"""Recompute every application's stored stage and waiting dates from its records.

Run it after an upgrade that changes the stage or guidance rules, and from cron once a
night if you like: the stored dates are exact until the records change, so this only
matters when the rules themselves do. ``--queue`` hands it to the workers as a chain of
batches (``interviews.jobs.refresh``): each says how far the recompute has got.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandParser

from interviews.jobs.refresh import refresh_all, refresh_queue


class Command(BaseCommand):
    help = "Recompute the stage and waiting dates of every application from its records."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--queue", action="store_true", help="Queue it for the workers, in batches."
        )

    def handle(self, *args, queue: bool = False, **options) -> None:
        if queue:
            total = refresh_queue()
            self.stdout.write(
                f"Queued the recompute of {total} applications in batches: each batch's "
                "task says how far it got (admin › Task results; queue_health watches it)."
            )
            return
        self.stdout.write(self.style.SUCCESS(f"Refreshed {refresh_all()} applications."))
