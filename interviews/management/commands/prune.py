"""Delete what has outlived its use: run it from cron once a day (docs/operations.md).

- pending spreadsheet imports past their expiry (a day after the upload);
- one-time form keys (``Submission``) older than ``once.KEEP``: a form that old is
  never sent again by a browser retrying;
- e-mail change requests whose links have expired (``email_change.VALID_DAYS``);
- expired sessions (Django's ``clearsessions``);
- expired rows of the database cache, where the throttles count;
- what each app adds (``extensions.add_daily_cleanup``): the documents' stray files.

Each kind is deleted in batches of its own transaction, so the command never holds
other writes up for long.
"""

from __future__ import annotations

from datetime import timedelta

from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connections, models, router, transaction
from django.utils import timezone

from interviews.accounts.email_change import VALID_DAYS
from interviews.accounts.models import EmailChangeRequest
from interviews.chunking import chunks
from interviews.extensions import daily_cleanups
from interviews.models import PendingImport, Submission
from interviews.once import KEEP


def delete_in_batches(queryset: models.QuerySet) -> int:
    pks = list(queryset.values_list("pk", flat=True))
    for part in chunks(pks):
        with transaction.atomic():
            queryset.model._default_manager.filter(pk__in=part).delete()
    return len(pks)


def prune_cache(now) -> int:
    """Expired rows of every database cache (DatabaseCache only culls when it is full)."""
    deleted = 0
    for cache in caches.all():
        if not isinstance(cache, DatabaseCache):
            continue
        using = router.db_for_write(cache.cache_model_class)
        connection = connections[using]
        table = connection.ops.quote_name(cache.cache_model_class._meta.db_table)
        with transaction.atomic(using=using), connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {table} WHERE expires < %s", [now])
            deleted += cursor.rowcount
    return deleted


class Command(BaseCommand):
    help = "Delete expired pending imports, old one-time keys, sessions and cache rows."

    def handle(self, *args, **options):
        now = timezone.now()
        imports = delete_in_batches(PendingImport.objects.filter(expires_at__lt=now))
        keys = delete_in_batches(Submission.objects.filter(created_at__lt=now - KEEP))
        links = now - timedelta(days=VALID_DAYS)
        keys += delete_in_batches(EmailChangeRequest.objects.filter(created_at__lt=links))
        call_command("clearsessions")
        cached = prune_cache(now)
        self.stdout.write(
            self.style.SUCCESS(
                f"Deleted {imports} expired imports, {keys} old one-time keys and links "
                f"and {cached} expired cache rows; cleared expired sessions."
            )
        )
        for said in daily_cleanups(now):
            self.stdout.write(self.style.SUCCESS(said))
