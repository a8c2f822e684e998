from __future__ import annotations

import pytest

from tests.factories import ApplicationFactory, UserFactory


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # Factories give every user a password; hashing it properly is slow and tests nothing.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


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
