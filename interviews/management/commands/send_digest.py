"""E-mail each user who has something due a short digest of it, once a day.

Run it daily from cron (or a scheduler) after midnight in TIME_ZONE; running it again the
same day sends nothing new. ``--date`` replays or previews another day.
"""

from __future__ import annotations

from datetime import date

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import Exists, OuterRef, Prefetch
from django.utils import timezone

from interviews.digest import digest_send, due_items
from interviews.models import Application, DigestLog


class Command(BaseCommand):
    help = "E-mail each user a digest of what is due in their job search today."

    def add_arguments(self, parser: CommandParser) -> None:
        # Parsed in handle(), not with type=: call_command(date=...) skips argparse types.
        parser.add_argument("--date", help="The day to send for, YYYY-MM-DD (default: today).")

    def handle(self, *args, **options) -> None:
        today = parse_day(options["date"])
        sent = nothing_due = failed = 0
        for user in recipients(today):
            items = due_items(user.applications.all(), today=today)
            if not items:
                nothing_due += 1
                continue
            try:
                sent += digest_send(user=user, items=items, today=today)
            except OSError as error:  # smtplib's errors are OSErrors; the rest still go out
                failed += 1
                self.stderr.write(f"Could not send to user {user.pk}: {error}")
        self.stdout.write(f"Sent {sent} digests; {nothing_due} users had nothing due.")
        if failed:
            raise CommandError(f"{failed} digests failed; run again to retry them.")


def parse_day(raw: str | None) -> date:
    if not raw:
        return timezone.localdate()
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise CommandError(f"--date must be a date like 2026-11-30, not {raw!r}.") from None


def recipients(today: date) -> list:
    """Active users with an e-mail address and no digest yet for ``today``, each with
    their active applications and those applications' records: four queries in all."""
    already_sent = DigestLog.objects.filter(owner=OuterRef("pk"), sent_on=today)
    applications = Application.objects.active().with_records()
    return list(
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .exclude(Exists(already_sent))
        .prefetch_related(Prefetch("applications", queryset=applications))
        .order_by("pk")
    )
