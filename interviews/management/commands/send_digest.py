"""E-mail each user who has something due a short digest of it, once a day.

Run it daily from cron (or a scheduler) after midnight in TIME_ZONE; running it again the
same day sends nothing new. ``--date`` replays or previews another day.
"""

from __future__ import annotations

from datetime import date

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils import timezone

from interviews.digest import digest_send, due_items
from interviews.extensions import digest_lines
from interviews.guidance import Person
from interviews.models import Application, DigestLog
from interviews.profiles import activated, profile_of
from interviews.search_picture import search_of


class Command(BaseCommand):
    help = "E-mail each user a digest of what is due in their job search today."

    def add_arguments(self, parser: CommandParser) -> None:
        # Parsed in handle(), not with type=: call_command(date=...) skips argparse types.
        parser.add_argument("--date", help="The day to send for, YYYY-MM-DD (default: today).")

    def handle(self, *args, **options) -> None:
        day = parse_day(options["date"])
        sent = nothing_due = failed = 0
        for user in recipients(day):
            # Each person's own calendar: their time zone, holidays and "today".
            profile = profile_of(user)
            with activated(profile):
                today = day or timezone.localdate()
                items = due_items(
                    user.applications.all(),
                    today=today,
                    person=Person.of(profile),
                    search=search_of(user),
                )
                log_lines = digest_lines(user, today, timezone.now())
            if not items and not log_lines:
                nothing_due += 1
                continue
            try:
                sent += digest_send(user=user, items=items, today=today, log_lines=log_lines)
            except OSError as error:  # smtplib's errors are OSErrors; the rest still go out
                failed += 1
                self.stderr.write(f"Could not send to user {user.pk}: {error}")
        self.stdout.write(f"Sent {sent} digests; {nothing_due} users had nothing due.")
        if failed:
            raise CommandError(f"{failed} digests failed; run again to retry them.")


def parse_day(raw: str | None) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise CommandError(f"--date must be a date like 2026-11-30, not {raw!r}.") from None


def recipients(day: date | None) -> list:
    """Active users with the digest on, an e-mail address and no digest yet for ``day`` (or for the
    server's today: each person's own today may differ by a day, and the digest log's
    one-a-day row still holds), with their profile, active applications and records."""
    already_sent = DigestLog.objects.filter(
        owner=OuterRef("pk"), sent_on=day or timezone.localdate()
    )
    applications = Application.objects.active().with_records()
    return list(
        get_user_model()
        .objects.filter(is_active=True)
        # A profile is made the first time it is read; until then the default (on) holds.
        .filter(Q(profile__isnull=True) | Q(profile__digest_enabled=True))
        .exclude(email="")
        .exclude(Exists(already_sent))
        .select_related("profile")
        .prefetch_related(Prefetch("applications", queryset=applications))
        .order_by("pk")
    )
