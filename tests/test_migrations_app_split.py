"""The app split keeps every table and row: a database at the migration state of the
release before it (the core's 0020, none of the new apps), holding the demo search and a
restored backup, migrates forward to the same backups, the same rows in the moved tables,
and content types that point to the new apps, so permissions and the admin's history
follow. Runs on whichever database the suite runs on (SQLite, and PostgreSQL in CI)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from interviews import services
from interviews.accounts.models import EmailChangeRequest
from interviews.api.tokens import token_create
from interviews.demo import plant_demo
from interviews.exchange.backup import backup_document, backup_json
from interviews.exchange.restore import restore
from interviews.hrmail.models import MailAccount, MailSuggestion
from interviews.models import Application
from interviews.profiles import profile_of
from interviews.worklog.models import Activity, LogExclusion
from tests.factories import (
    ActivityFactory,
    ApplicationFactory,
    InterviewRoundFactory,
    StatusUpdateFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)

# The core's last migration before the split. The "before" database is filled by today's
# code (the demo, a restore), so the split must stay the core's latest migration; a later
# core migration has to fill the "before" database with the historical models instead.
BEFORE_THE_SPLIT = ("interviews", "0022_records_start_date_and_promises_read")
# The models that left the core, by the app that took them: content type model names.
MOVED = {
    "worklog": ["activity", "logexclusion"],
    "api": ["apitoken"],
    "hrmail": ["mailsuggestion", "mailaccount"],
    "accounts": ["profile", "emailchangerequest"],
}
TODAY = dt.date(2026, 11, 16)
NOW = dt.datetime(2026, 11, 16, 12, 0, tzinfo=dt.UTC)


def migrate(targets_of) -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets_of(executor.loader.graph.leaf_nodes()))
    ContentType.objects.clear_cache()


def as_on_main(leaves):
    """Every app at its newest migration but the core, at its last before the split, and
    the new apps, which did not exist."""
    return [
        (app, None) if app in MOVED else BEFORE_THE_SPLIT if app == "interviews" else (app, name)
        for app, name in leaves
    ]


def newest(leaves):
    return leaves


def moved_rows() -> dict[str, int]:
    tables = [f"interviews_{model}" for models in MOVED.values() for model in models]
    with connection.cursor() as cursor:
        counts = {}
        for table in tables:
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def old_content_types() -> dict[tuple[str, str], int]:
    return {
        (label, model): ContentType.objects.get(app_label="interviews", model=model).pk
        for label, models in MOVED.items()
        for model in models
    }


def fill():
    """The demo search, a person with a record in every moved model, and that person's
    backup restored into a second account; a permission and an admin history entry on a
    moved model, by its old content type."""
    demo = UserFactory(username="demo-person")
    plant_demo(demo, TODAY)
    keeper = UserFactory(username="keeper", email="keeper@example.org")
    profile = profile_of(keeper)
    profile.country, profile.region, profile.weekly_minimum = "DE", "BY", 3
    services.profile_save(profile)
    application = ApplicationFactory(owner=keeper, company="Müller AG")
    interview = InterviewRoundFactory(application=application)
    StatusUpdateFactory(application=application)
    activity = ActivityFactory(owner=keeper)
    LogExclusion.objects.create(application=application, round=interview)
    token_create(owner=keeper, name="n8n at home")
    MailAccount.objects.create(
        owner=keeper, host="imap.example.org", username="keeper", password_encrypted="x"
    )
    MailSuggestion.objects.create(owner=keeper, message_key="k", kind="rejected")
    EmailChangeRequest.objects.create(owner=keeper, nonce="n" * 32)
    restore(UserFactory(username="restored"), backup_document(keeper))

    keeper.user_permissions.add(
        Permission.objects.get(content_type__app_label="interviews", codename="change_activity")
    )
    entry = LogEntry.objects.create(
        user=keeper,
        content_type=ContentType.objects.get(app_label="interviews", model="activity"),
        object_id=str(activity.pk),
        object_repr=str(activity),
        action_flag=CHANGE,
    )
    return keeper, activity, entry


def backups() -> dict[str, str]:
    return {user.username: backup_json(user) for user in get_user_model().objects.all()}


@time_machine.travel(NOW, tick=False)
def test_the_split_keeps_every_row_and_moves_the_content_types():
    migrate(as_on_main)
    try:
        old = old_content_types()
        keeper, activity, entry = fill()
        before, rows_before = backups(), moved_rows()
    finally:
        migrate(newest)  # the step under test, and the state every other test expects

    assert backups() == before
    assert moved_rows() == rows_before
    assert all(rows_before.values()), rows_before
    assert set(before) == {"demo-person", "keeper", "restored"}
    assert Application.objects.filter(owner__username="restored").count() == 1
    for (label, model), pk in old.items():
        assert ContentType.objects.get(app_label=label, model=model).pk == pk
        assert not ContentType.objects.filter(app_label="interviews", model=model).exists()
    assert ContentType.objects.get_for_model(Activity).pk == old[("worklog", "activity")]
    entry = LogEntry.objects.get(pk=entry.pk)
    assert entry.content_type.app_label == "worklog"
    assert entry.get_edited_object() == activity
    keeper = get_user_model().objects.get(pk=keeper.pk)
    assert keeper.has_perm("worklog.change_activity")
    assert not keeper.has_perm("interviews.change_activity")


def test_going_back_before_the_split_puts_the_content_types_back():
    """The migrations reverse too: a release can be rolled back."""
    worklog = ContentType.objects.get(app_label="worklog", model="activity").pk
    try:
        migrate(as_on_main)
        assert ContentType.objects.get(app_label="interviews", model="activity").pk == worklog
        assert not ContentType.objects.filter(app_label="worklog").exists()
    finally:
        migrate(newest)
    assert ContentType.objects.get(app_label="worklog", model="activity").pk == worklog
