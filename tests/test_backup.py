"""Backup and restore: the registry covers every model a person owns, the file holds all
of it and only it, restoring is all or nothing and idempotent, and odd files are refused
with a reason."""

from __future__ import annotations

import datetime as dt
import json
import re
from http import HTTPStatus

import pytest
from django.apps import apps
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from interviews.api.tokens import token_create
from interviews.exchange.backup import FORMAT, VERSION, backup_document
from interviews.exchange.registry import NOT_OWNED, OWNED, owned_models
from interviews.exchange.restore import RestoreError, read_document, restore
from interviews.models import Application, InterviewRound, Stage, StatusUpdate, UpdateKind
from interviews.profiles import profile_of
from interviews.services import profile_save, record_save, stage_refresh
from tests.factories import (
    ApplicationFactory,
    InterviewRoundFactory,
    StatusUpdateFactory,
    UserFactory,
)
from tests.support.backup import comparable, stored

pytestmark = pytest.mark.django_db


def belongs_to_a_person(model) -> bool:
    user = apps.get_model(django_settings.AUTH_USER_MODEL)
    targets = {f.related_model for f in model._meta.concrete_fields if f.is_relation}
    return user in targets or bool(targets & owned_models())


def test_every_model_that_belongs_to_a_person_is_in_the_backup_or_excluded_with_a_reason():
    mine = [m for m in apps.get_app_config("interviews").get_models() if belongs_to_a_person(m)]
    missing = [m.__name__ for m in mine if m not in owned_models() and m not in NOT_OWNED]
    assert missing == [], (
        f"add {missing} to OWNED (or, with a reason, NOT_OWNED) in interviews/exchange/registry.py"
    )
    assert set(NOT_OWNED).isdisjoint(owned_models())


@pytest.mark.parametrize("entry", OWNED, ids=lambda entry: entry.key)
def test_every_link_of_an_owned_model_leads_to_its_owner_or_another_owned_record(entry):
    user = apps.get_model(django_settings.AUTH_USER_MODEL)
    for field in entry.model._meta.concrete_fields:
        if field.is_relation:
            assert field.related_model is user or field.related_model in owned_models(), (
                f"{entry.model.__name__}.{field.name} points outside the backup"
            )
    if not entry.single:
        assert entry.model._meta.get_field(entry.identity).unique is False  # unique per owner
        assert entry.owner_path.endswith("owner")


@pytest.fixture
def account(user):
    today = timezone.localdate()
    application = ApplicationFactory(
        owner=user, company="Ünïcode & Co", applied_on=today - dt.timedelta(days=30)
    )
    InterviewRoundFactory(
        application=application, scheduled_at=timezone.now() - dt.timedelta(days=9)
    )
    StatusUpdateFactory(
        application=application, kind=UpdateKind.OFFER_WRITTEN, on=today - dt.timedelta(days=2)
    )
    ApplicationFactory(owner=user, company="Quiet Ltd", applied_on=today)
    profile = profile_of(user)
    profile.full_name, profile.country, profile.time_zone = "Ana Reyes", "GB", "Europe/London"
    profile_save(profile)
    return user


def test_the_backup_holds_every_record_and_setting_and_no_id_of_this_database(account):
    document = backup_document(account)
    assert document["format"] == FORMAT and document["version"] == VERSION
    assert [len(document[key]) for key in ("applications", "rounds", "updates")] == [2, 1, 1]
    assert document["profile"]["full_name"] == "Ana Reyes"
    application = Application.objects.get(company="Ünïcode & Co")
    assert document["rounds"][0]["application"] == str(application.uid)
    assert "id" not in document["applications"][0]
    assert "stage" not in document["applications"][0]  # derived, recomputed on restore


def test_api_tokens_and_feed_links_never_leave_in_a_backup(account):
    token, secret = token_create(owner=account, name="n8n")
    text = json.dumps(backup_document(account))
    assert secret not in text and token.token_hash not in text and "n8n" not in text


def test_restoring_into_an_empty_account_gives_the_same_backup_and_stages(account):
    copy = UserFactory(username="copy")
    report = restore(copy, backup_document(account))
    assert str(report).startswith(
        "Added 2 applications, 1 interview round, 1 status update, 2 contacts, "
        "3 roles on applications and 1 round participant."
    )
    assert "Your settings now match the backup." in str(report)
    assert comparable(backup_document(copy)) == comparable(backup_document(account))
    assert stored(copy)["derived"] == stored(account)["derived"]
    assert Application.objects.for_user(copy).get(company="Ünïcode & Co").stage == Stage.OFFER


def test_restoring_twice_adds_nothing(account):
    document = backup_document(account)
    before = stored(account)
    report = restore(account, document)
    assert str(report) == "Nothing new to add. 10 already here stayed as they were."
    assert stored(account) == before


def test_restore_adds_what_was_deleted_since_the_backup_and_recomputes_the_stage(account):
    document = backup_document(account)
    application = Application.objects.get(company="Ünïcode & Co")
    StatusUpdate.objects.filter(application=application).delete()
    stage_refresh(application)
    assert Application.objects.get(pk=application.pk).stage == Stage.INTERVIEWING
    report = restore(account, document)
    assert str(report).startswith("Added 1 status update.")
    assert Application.objects.get(pk=application.pk).stage == Stage.OFFER


def test_a_file_from_before_a_field_or_model_existed_takes_the_defaults(account):
    document = backup_document(account)
    del document["updates"]
    for row in document["applications"]:
        del row["public_sector"], row["notes"]
    copy = UserFactory(username="copy")
    restore(copy, document)
    assert Application.objects.for_user(copy).count() == 2
    assert not StatusUpdate.objects.filter(application__owner=copy).exists()


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n", "not readable JSON"),
        (b"company,role\nAcme,Engineer\n", "not readable JSON"),
        (b'{"applications": []}', "not a backup from Interview Tracker"),
        (b"[1, 2, 3]", "not a backup from Interview Tracker"),
        (json.dumps({"format": FORMAT}).encode(), "no version we know"),
        (json.dumps({"format": FORMAT, "version": "1"}).encode(), "no version we know"),
        (json.dumps({"format": FORMAT, "version": VERSION + 1}).encode(), "newer version"),
        (b"[" * 100_000, "not readable JSON"),
    ],
)
def test_a_file_that_is_not_one_of_our_backups_is_refused_with_the_reason(raw, reason):
    with pytest.raises(RestoreError, match=reason):
        read_document(raw)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d["rounds"][0].update(application="nowhere"), "not in the file"),
        (lambda d: d["updates"][0].update(kind="promoted"), "kind not valid"),
        (lambda d: d["updates"][0].update(on="31/12/2026"), "“on” is not valid"),
        (lambda d: d["applications"][1].update(company=""), "company not valid"),
        (lambda d: d["applications"][1].update(company="a\x00b"), "NUL"),
        (lambda d: d["applications"][1].update(uid=d["applications"][0]["uid"]), "repeats"),
        (lambda d: d["applications"][1].update(notes=["a"]), "single value"),
        (lambda d: d.update(rounds={"a": 1}), "should be a list"),
        (lambda d: d.update(profile=[]), "object of settings"),
        (lambda d: d["profile"].update(week_starts_on=3), "week_starts_on not valid"),
    ],
)
def test_a_damaged_backup_is_refused_and_leaves_the_account_exactly_as_it_was(
    account, change, reason
):
    document = backup_document(account)
    change(document)
    target = UserFactory(username="target")
    ApplicationFactory(owner=target, company="Already here")
    before = stored(target)
    with pytest.raises(RestoreError, match=reason):
        restore(target, document)
    assert stored(target) == before


def upload(raw: bytes, name: str = "backup.json") -> dict:
    return {"backup": SimpleUploadedFile(name, raw, content_type="application/json")}


def test_the_settings_page_offers_the_download_and_the_restore(owner_client):
    page = owner_client.get(reverse("interviews:settings")).content.decode()
    assert reverse("interviews:backup_download") in page
    assert 'enctype="multipart/form-data"' in page
    assert re.search(r'<label\s+for="id_backup"', page)
    assert page.count("<form") == page.count("</form>")


def test_the_download_is_a_dated_json_attachment_of_the_owners_records_only(
    account, owner_client, stranger
):
    ApplicationFactory(owner=stranger, company="Stranger Co")
    response = owner_client.get(reverse("interviews:backup_download"))
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith('attachment; filename="interview-tracker-')
    document = json.loads(response.content)
    assert {row["company"] for row in document["applications"]} == {"Ünïcode & Co", "Quiet Ltd"}


@pytest.mark.usefixtures("tasks_at_once")  # the restore's task runs inside the POST
def test_restoring_through_the_settings_form_reports_what_was_added(account, client):
    raw = json.dumps(backup_document(account)).encode()
    client.force_login(UserFactory(username="newcomer"))
    response = client.post(reverse("interviews:backup_restore"), upload(raw), follow=True)
    assert response.redirect_chain[-1][0].startswith("/jobs/")  # the restore's own page
    assert "Backup restored. Added 2 applications" in response.content.decode()
    again = client.post(reverse("interviews:backup_restore"), upload(raw), follow=True)
    assert "Nothing new to add. 10 already here stayed as they were." in again.content.decode()


def test_a_wrong_file_in_the_settings_form_is_a_400_with_the_reason_on_the_page(owner_client):
    response = owner_client.post(
        reverse("interviews:backup_restore"), upload(b"Company;Role\n", "jobs.csv")
    )
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "This file is not a backup from Interview Tracker." in response.content.decode()
    assert not Application.objects.exists()


def test_the_restore_form_needs_a_file(owner_client):
    response = owner_client.post(reverse("interviews:backup_restore"), {})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "This field is required." in response.content.decode()


def test_export_user_and_import_user_move_an_account_between_names(account, tmp_path):
    path = tmp_path / "backup.json"
    call_command("export_user", account.username, "--output", str(path))
    copy = UserFactory(username="copy")
    call_command("import_user", "copy", str(path))
    assert comparable(backup_document(copy)) == comparable(json.loads(path.read_text()))
    call_command("import_user", "copy", str(path))
    assert Application.objects.for_user(copy).count() == 2


def test_the_commands_say_what_is_wrong(account, tmp_path):
    with pytest.raises(CommandError, match="No user called 'nobody'"):
        call_command("export_user", "nobody")
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_user", account.username, str(tmp_path / "missing.json"))
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    with pytest.raises(CommandError, match="not a backup"):
        call_command("import_user", account.username, str(bad))


def test_a_round_restored_keeps_its_creation_time(account):
    original = InterviewRound.objects.get(application__owner=account)
    InterviewRound.objects.filter(pk=original.pk).update(
        created_at=timezone.now() - dt.timedelta(days=40)
    )
    copy = UserFactory(username="copy")
    restore(copy, backup_document(account))
    restored = InterviewRound.objects.get(application__owner=copy)
    assert restored.created_at == InterviewRound.objects.get(pk=original.pk).created_at
    assert restored.uid == original.uid and restored.pk != original.pk


def test_records_saved_by_the_app_get_their_own_uids(user):
    application = ApplicationFactory(owner=user)
    first = record_save(StatusUpdateFactory.build(application=application))
    second = record_save(StatusUpdateFactory.build(application=application))
    assert len({application.uid, first.uid, second.uid}) == 3


@pytest.mark.django_db(transaction=True)
def test_the_migration_gives_each_existing_record_its_own_uid():
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before = [("interviews", "0010_worklog")]
    after = [("interviews", "0012_stable_ids_required")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    owner = old.get_model("auth", "User").objects.create(username="early")
    for company in ("One", "Two"):
        application = old.get_model("interviews", "Application").objects.create(
            owner=owner, company=company, role="Engineer"
        )
        old.get_model("interviews", "StatusUpdate").objects.create(
            application=application, on=dt.date(2026, 11, 2), kind="acknowledged"
        )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(after)
    new = executor.loader.project_state(after).apps
    uids = [
        *new.get_model("interviews", "Application").objects.values_list("uid", flat=True),
        *new.get_model("interviews", "StatusUpdate").objects.values_list("uid", flat=True),
    ]
    assert len(uids) == 4 and None not in uids and len(set(uids)) == 4
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
