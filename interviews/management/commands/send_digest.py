"""E-mail each user who has something due a short digest of it, once a day.

Run it daily from cron (or a scheduler) after midnight in TIME_ZONE; running it again the
same day sends nothing new. ``--date`` replays or previews another day.
"""

from __future__ import annotations

from datetime import date

from django.core.management.base import BaseCommand, CommandError, CommandParser

from interviews.digest import digest_for, recipients


class Command(BaseCommand):
    help = "E-mail each user a digest of what is due in their job search today."

    def add_arguments(self, parser: CommandParser) -> None:
        # Parsed in handle(), not with type=: call_command(date=...) skips argparse types.
        parser.add_argument("--date", help="The day to send for, YYYY-MM-DD (default: today).")

    def handle(self, *args, **options) -> None:
        day = parse_day(options["date"])
        sent = nothing_due = failed = 0
        for user in recipients(day):
            try:
                outcome = digest_for(user, day=day)
            except OSError as error:  # smtplib's errors are OSErrors; the rest still go out
                failed += 1
                self.stderr.write(f"Could not send to user {user.pk}: {error}")
                continue
            if outcome is None:
                nothing_due += 1
            else:
                sent += outcome
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
