"""The app split keeps every table and row: a database at the migration state of the
release before it (the core's 0022, none of the new apps), holding the demo search and a
restored backup, migrates through the split to the same rows in every table, the same
backups, and content types that point to the new apps under the same ids, so permissions
and the admin's history follow. Runs on whichever database the suite runs on (SQLite, and
PostgreSQL in CI).

The "before" database is written with the historical models of that migration state (as
django-test-migrations does), never with today's: the records are made by today's code on
today's schema, read back through the historical models (the columns a database from
before the split has), and stored again at 0022 through them. So a later migration of the
core does not break this test; the split is checked at its own migrations, and today's
code reads the result only once every migration has run."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

import pytest
import time_machine
from django.apps import apps as todays_apps
from django.apps.registry import Apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management.color import no_style
from django.db import connection, models, transaction
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

# The core's last migration before the split, and the split itself.
BEFORE_THE_SPLIT = ("interviews", "0022_records_start_date_and_promises_read")
THE_SPLIT = ("interviews", "0023_models_move_to_their_apps")
# The models that left the core, by the app that took them (content type model names);
# each app took them up in its first migration.
MOVED = {
    "worklog": ["activity", "logexclusion"],
    "api": ["apitoken"],
    "hrmail": ["mailsuggestion", "mailaccount"],
    "accounts": ["profile", "emailchangerequest"],
}
# Rows the migrations themselves own: content types (checked on their own, as their app
# label is what the split changes) and the permissions that point to them.
KEPT_IN_PLACE = {"django_content_type", "auth_permission"}
TODAY = dt.date(2026, 11, 16)
NOW = dt.datetime(2026, 11, 16, 12, 0, tzinfo=dt.UTC)

Targets = Callable[[Iterable[tuple[str, str]]], list[tuple[str, str | None]]]
Rows = dict[str, list[dict]]


def as_on_main(leaves):
    """Every app at its newest migration but the core, at its last before the split, and
    the new apps, which did not exist."""
    return [
        (app, None) if app in MOVED else BEFORE_THE_SPLIT if app == "interviews" else (app, name)
        for app, name in leaves
    ]


def at_the_split(leaves):
    """The core at the split and each new app at its first migration, which took the
    models up: the state right after the step under test, whatever came later."""
    return [
        THE_SPLIT if app == "interviews" else (app, "0001_initial") if app in MOVED else (app, name)
        for app, name in leaves
    ]


def newest(leaves):
    return list(leaves)


def migrate(targets_of: Targets) -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(targets_of(executor.loader.graph.leaf_nodes()))
    ContentType.objects.clear_cache()


def models_at(targets_of: Targets) -> Apps:
    """The historical models of a migration state, as a migration's ``apps`` holds them."""
    loader = MigrationExecutor(connection).loader
    nodes = [node for node in targets_of(loader.graph.leaf_nodes()) if node[1] is not None]
    return loader.project_state(nodes).apps


def stored(apps) -> list[type[models.Model]]:
    """The models of a state with a table of their own (many-to-many tables included)."""
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    ]


def read(apps) -> Rows:
    """Every row of every table, read through the models of ``apps``: their columns only,
    and of those the ones the table has now (a later migration of the core may drop one:
    0024 moved the contact fields into contacts; written back at the older state, such a
    column takes its default)."""
    return {
        model._meta.db_table: list(model._base_manager.order_by("pk").values(*columns(model)))
        for model in stored(apps)
    }


def columns(model) -> list[str]:
    with connection.cursor() as cursor:  # the table's columns as the database has them
        cursor.execute(f"SELECT * FROM {connection.ops.quote_name(model._meta.db_table)} LIMIT 0")
        present = {column[0] for column in cursor.description}
    return [field.attname for field in model._meta.concrete_fields if field.column in present]


def empty(tables: Iterable[str]) -> None:
    flush = connection.ops.sql_flush(no_style(), list(tables), allow_cascade=True)
    connection.ops.execute_sql_flush(flush)


def write(apps, rows: Rows) -> None:
    """Store ``rows`` (by table) through the models of ``apps`` as they are, the way
    ``loaddata`` does (no ``auto_now``, no signals); a column those models do not have is
    left out, and one they have beyond the rows takes its default."""
    by_table = {model._meta.db_table: model for model in stored(apps)}
    with transaction.atomic():  # foreign keys are checked at the commit, in any order
        for table, records in rows.items():
            model = by_table[table]
            fields = model._meta.concrete_fields
            names = {field.attname for field in fields}
            objects = [model(**{k: v for k, v in row.items() if k in names}) for row in records]
            size = max(connection.ops.bulk_batch_size(fields, objects), 1)
            for start in range(0, len(objects), size):
                model._base_manager._insert(objects[start : start + size], fields, raw=True)
    with connection.cursor() as cursor:  # PostgreSQL's ids go on after the ones written
        for statement in connection.ops.sequence_reset_sql(no_style(), list(by_table.values())):
            cursor.execute(statement)


def fill():
    """The demo search, a person with a record in every moved model, and that person's
    backup restored into a second account; a permission and an admin history entry on a
    moved model. Made by today's code, on today's schema."""
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

    keeper.user_permissions.add(Permission.objects.get(codename="change_activity"))
    LogEntry.objects.create(
        user=keeper,
        content_type=ContentType.objects.get_for_model(Activity),
        object_id=str(activity.pk),
        object_repr=str(activity),
        action_flag=CHANGE,
    )


def backups() -> dict[str, str]:
    return {user.username: backup_json(user) for user in get_user_model().objects.all()}


def content_types(apps) -> dict[int, tuple[str, str]]:
    model = apps.get_model("contenttypes", "ContentType")
    return {row.pk: (row.app_label, row.model) for row in model.objects.all()}


def records_as_before_the_split(before: Apps) -> tuple[Rows, dict[str, str]]:
    """Today's records as a database from before the split holds them (read through its
    models), and their backups once stored back on today's schema."""
    fill()
    records = {table: rows for table, rows in read(before).items() if table not in KEPT_IN_PLACE}
    # Stored back through today's models, so that the backups are of exactly what the
    # "before" database holds (a column added after the split takes its default there too).
    empty(records)
    write(todays_apps, records)
    made = backups()
    empty(records)
    return records, made


@time_machine.travel(NOW, tick=False)
def test_the_split_keeps_every_row_and_moves_the_content_types():
    before, after = models_at(as_on_main), models_at(at_the_split)
    try:
        records, backups_before = records_as_before_the_split(before)
        migrate(as_on_main)
        write(before, records)
        rows_before, types_before = read(before), content_types(before)
        migrate(at_the_split)  # the step under test
        rows_after, types_after = read(after), content_types(after)
    finally:
        migrate(newest)  # the state every other test expects

    moved = {(label, model) for label, names in MOVED.items() for model in names}
    assert moved <= set(types_after.values())
    assert types_before == {
        pk: ("interviews", model) if (label, model) in moved else (label, model)
        for pk, (label, model) in types_after.items()
    }
    rows_before.pop("django_content_type"), rows_after.pop("django_content_type")
    assert rows_after == rows_before
    assert all(rows_before[f"interviews_{model}"] for names in MOVED.values() for model in names)

    assert backups() == backups_before
    assert set(backups_before) == {"demo-person", "keeper", "restored"}
    assert Application.objects.filter(owner__username="restored").count() == 1
    (entry,) = LogEntry.objects.all()
    assert types_before[entry.content_type_id] == ("interviews", "activity")
    assert entry.content_type == ContentType.objects.get_for_model(Activity)
    assert entry.get_edited_object() == Activity.objects.get(owner__username="keeper")
    keeper = get_user_model().objects.get(username="keeper")
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
