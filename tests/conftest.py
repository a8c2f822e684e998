from __future__ import annotations

import pytest
from hypothesis import settings as hypothesis_settings

from tests.factories import ApplicationFactory, UserFactory
from tests.support.house import guard_derived_writes
from tests.support.hypothesis_profiles import PROFILE
from tests.support.live_server import serve_one_request_at_a_time

# The calendar sweep's option and hooks (tests/support/sweep.py).
from tests.support.sweep import (  # noqa: F401
    pytest_addoption,
    pytest_collection_modifyitems,
    pytest_configure,
)

# The hypothesis profile of this run: "dev", or "ci" with the full counts.
hypothesis_settings.load_profile(PROFILE)

# The live server answers one request at a time: its threads would share SQLite's one
# in-memory connection and can deadlock on it (tests/support/live_server.py).
serve_one_request_at_a_time()


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # Factories give every user a password; hashing it properly is slow and tests nothing.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _derived_state_through_the_services():
    # tests/support/house.py: a record with derived state saved behind the services fails.
    with guard_derived_writes():
        yield


@pytest.fixture(autouse=True)
def _documents_in_a_temporary_folder(settings, tmp_path, monkeypatch):
    # Uploaded documents go to the test's own folder, never the checkout's private/. The
    # field took its storage when the model loaded: it is given the test's one.
    from django.core.files.storage import storages

    from interviews.documents.models import Document

    aliases = {**settings.STORAGES}
    aliases["documents"] = {
        **aliases["documents"],
        "OPTIONS": {**aliases["documents"]["OPTIONS"], "location": tmp_path / "documents"},
    }
    settings.STORAGES = aliases
    monkeypatch.setattr(Document._meta.get_field("file"), "storage", storages["documents"])


@pytest.fixture
def tasks_at_once(settings):
    """Queued tasks run at once, inside the request that queues them (django-tasks'
    immediate backend), for tests of pages whose outcome they check straight after."""
    queues = settings.TASKS["default"]["QUEUES"]  # the same queues as the real backend's
    immediate = "django_tasks.backends.immediate.ImmediateBackend"
    settings.TASKS = {"default": {"BACKEND": immediate, "QUEUES": queues}}


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def stranger(db):
    return UserFactory(username="stranger")


@pytest.fixture
def owner_client(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def application(user):
    return ApplicationFactory(owner=user)
