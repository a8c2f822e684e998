"""Create (or re-create) a demo user with a realistic job search, dated around today."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from interviews.demo import DEMO_PASSWORD, DEMO_SEARCH, DEMO_USERNAME, plant_demo
from interviews.models import Application
from interviews.profiles import profile_of


class Command(BaseCommand):
    help = "Create the demo user and a realistic job search. Safe to run again: it starts afresh."

    @transaction.atomic
    def handle(self, *args, **options):
        user, _ = get_user_model().objects.get_or_create(
            username=DEMO_USERNAME, defaults={"email": "demo@example.com"}
        )
        user.set_password(DEMO_PASSWORD)
        user.save()
        profile = profile_of(user)
        profile.full_name = "Alex Morgan"
        profile.place_confirmed = True
        profile.save()
        Application.objects.filter(owner=user).delete()
        plant_demo(user, timezone.localdate())
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo ready: {len(DEMO_SEARCH)} applications. "
                f"Log in as {DEMO_USERNAME!r} with password {DEMO_PASSWORD!r}."
            )
        )
