"""The scene every bad-input test aims at, and its owner logged in."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.support.bad_input import Scene, build_scene


@pytest.fixture
def scene(db) -> Scene:
    return build_scene()


@pytest.fixture
def owner(scene: Scene) -> Client:
    client = Client()
    client.force_login(scene.owner)
    return client
