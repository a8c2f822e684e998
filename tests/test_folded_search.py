"""Search in any language: case and accents aside, on SQLite and PostgreSQL alike, through
the folded names every write path stores (services, the import, a restore, the migration)."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps as django_apps
from django.urls import reverse

from interviews import services
from interviews.models import Application, folded_names
from tests.factories import ApplicationFactory
from tests.support.house import behind_the_services

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("query", ["Müller", "MÜLLER", "Muller", "mueller", "müll", "DATEN"])
def test_müller_is_found_however_it_is_typed(user, query):
    ApplicationFactory(owner=user, company="Müller GmbH", role="Datenanalyst")
    ApplicationFactory(owner=user, company="Acme", role="Engineer")
    found = Application.objects.for_user(user).search(query)
    assert [a.company for a in found] == ["Müller GmbH"]


@pytest.mark.parametrize("query", ["orsted", "ØRSTED", "zoe", "ZOË", "strasse"])
def test_other_letters_fold_too(user, query):
    ApplicationFactory(owner=user, company="Ørsted", role="Straße engineer, Zoë's team")
    assert Application.objects.for_user(user).search(query).count() == 1


def test_the_board_and_the_list_search_folded(owner_client, user):
    ApplicationFactory(owner=user, company="Müller GmbH", role="Analyst")
    for name in ("interviews:board", "interviews:application_list"):
        page = owner_client.get(reverse(name), {"q": "MULLER"}).content.decode()
        assert "Müller GmbH" in page, name


def test_editing_the_name_refolds_it(user):
    application = ApplicationFactory(owner=user, company="Acme", role="Analyst")
    application.company = "Åkerlund"
    services.application_save(application)
    assert Application.objects.for_user(user).search("akerlund").get() == application


def test_bulk_writes_are_folded_by_searches_refresh(user):
    application = ApplicationFactory(owner=user, company="Café Noir", role="Barista")
    with behind_the_services():  # as a bulk insert leaves it, before the refresh
        Application.objects.filter(pk=application.pk).update(search_text="")
    application.refresh_from_db()
    services.searches_refresh([application])
    assert Application.objects.for_user(user).search("CAFE").get() == application


def test_the_migration_folds_the_rows_written_before_it(user):
    application = ApplicationFactory(owner=user, company="Dvořák Ltd", role="Cellist")
    with behind_the_services():  # a row from before the column
        Application.objects.filter(pk=application.pk).update(search_text="")
    migration = importlib.import_module("interviews.migrations.0019_first_run_and_folded_search")
    migration.fold_existing_names(django_apps, None)
    application.refresh_from_db()
    assert application.search_text == folded_names("Dvořák Ltd", "Cellist")
    assert Application.objects.for_user(user).search("dvorak").get() == application
