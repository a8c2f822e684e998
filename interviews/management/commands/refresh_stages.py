"""Recompute every application's stored stage and waiting dates from its records.

Run it after an upgrade that changes the stage or guidance rules, and from cron once a
night if you like: the stored dates are exact until the records change, so this only
matters when the rules themselves do.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from interviews import services
from interviews.models import Application

BATCH = 500


class Command(BaseCommand):
    help = "Recompute the stage and waiting dates of every application from its records."

    def handle(self, *args, **options):
        ids = list(Application.objects.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), BATCH):
            for application in Application.objects.filter(pk__in=ids[start : start + BATCH]):
                services.stage_refresh(application)
        self.stdout.write(self.style.SUCCESS(f"Refreshed {len(ids)} applications."))
