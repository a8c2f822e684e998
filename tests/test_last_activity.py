"""Last activity: moved by the person's record writes, never by recomputing the stage."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone

from interviews import services
from interviews.accounts.models import Profile
from interviews.models import Application, CalendarFeed, InterviewRound, StatusUpdate
from interviews.models import UpdateKind as Kind

pytestmark = pytest.mark.django_db

# The CSRF token is masked afresh in each response, in forms and in htmx's headers.
CSRF = re.compile(rb'(csrfmiddlewaretoken" value="|"X-CSRFToken": ")[^"]*"')


def applied(owner, company: str, days_ago: int) -> Application:
    day = timezone.localdate() - dt.timedelta(days=days_ago)
    return services.application_save(
        Application(owner=owner, company=company, role="Engineer", applied_on=day)
    )


def search(owner) -> list[Application]:
    """Three applications written in turn, then the first one written to again."""
    first, second, third = (
        applied(owner, name, days) for name, days in [("Acme", 20), ("Globex", 9), ("Initech", 3)]
    )
    services.record_save(
        StatusUpdate(
            application=first, kind=Kind.INVITED, on=timezone.localdate() - dt.timedelta(1)
        )
    )
    return [first, second, third]


def seen(client, url: str) -> bytes:
    """The page as its owner sees it, less the per-response CSRF token."""
    return CSRF.sub(rb"\1", client.get(url).content)


def feed_etag(client, owner) -> str:
    feed, _ = CalendarFeed.objects.get_or_create(owner=owner)
    return client.get(reverse("interviews:calendar_feed", args=[feed.token]))["ETag"]


def activity(application: Application):
    return Application.objects.values_list("last_activity_at", flat=True).get(pk=application.pk)


def test_refresh_stages_leaves_the_board_the_list_and_the_feed_as_they_were(owner_client, user):
    search(user)
    board, listing = reverse("interviews:board"), reverse("interviews:application_list")
    before = seen(owner_client, board), seen(owner_client, listing), feed_etag(owner_client, user)
    order = list(Application.objects.for_user(user).values_list("company", flat=True))
    assert order == ["Acme", "Initech", "Globex"]

    call_command("refresh_stages")

    after = seen(owner_client, board), seen(owner_client, listing), feed_etag(owner_client, user)
    assert after == before
    assert list(Application.objects.for_user(user).values_list("company", flat=True)) == order


def test_a_refresh_that_moves_a_date_changes_the_feed_etag(owner_client, user):
    application = applied(user, "Acme", 20)
    etag = feed_etag(owner_client, user)
    # As after an upgrade whose rules move the follow-up date.
    Application.objects.filter(pk=application.pk).update(follow_up_on=None)
    assert feed_etag(owner_client, user) == etag

    call_command("refresh_stages")

    assert feed_etag(owner_client, user) != etag
    assert activity(application) == application.last_activity_at


def test_every_record_write_is_the_latest_activity(user):
    first, second, _ = search(user)
    assert activity(first) > activity(second)

    services.application_save(second)
    assert activity(second) > activity(first)

    interview = services.record_save(
        InterviewRound(application=first, scheduled_at=timezone.now() - dt.timedelta(hours=2))
    )
    assert activity(first) > activity(second)

    written = activity(first)
    services.record_delete(interview)
    assert activity(first) > written


def test_recomputing_the_stage_is_not_activity(user):
    application = applied(user, "Acme", 20)
    before = activity(application)

    services.stage_refresh(application)
    profile = Profile.objects.get(owner=user)
    profile.country = "DE"
    services.profile_save(profile)

    assert activity(application) == before


@pytest.mark.django_db(transaction=True)
def test_the_migration_dates_last_activity_from_updated_at(user):
    before, after = (
        ("interviews", "0005_profile_and_messy_search_records"),
        (
            "interviews",
            "0006_last_activity",
        ),
    )
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    old = executor.loader.project_state([before]).apps.get_model("interviews", "Application")
    touched = timezone.make_aware(dt.datetime(2026, 3, 4, 9, 30))
    row = old.objects.create(owner_id=user.pk, company="Acme", role="Engineer")
    old.objects.filter(pk=row.pk).update(updated_at=touched)

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([after])
    new = executor.loader.project_state([after]).apps.get_model("interviews", "Application")
    assert new.objects.get(pk=row.pk).last_activity_at == touched

    MigrationExecutor(connection).migrate(executor.loader.graph.leaf_nodes())
