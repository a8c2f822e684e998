"""Reproducible installs: requirements/ pins everything pyproject.toml asks for, and
PostgreSQL's driver only for installs that ask for it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
# Each lock file and the extras it installs (`make lock` writes them).
LOCKS = {"main.txt": [], "postgres.txt": ["postgres"], "dev.txt": ["postgres", "dev"]}
POSTGRES_DRIVER = {"psycopg", "psycopg-binary"}


def pins(lock: str) -> dict[str, Version]:
    pinned = {}
    for line in (ROOT / "requirements" / lock).read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        requirement = Requirement(line)
        (specifier,) = requirement.specifier
        assert specifier.operator == "==", f"requirements/{lock}: {line} is not pinned"
        pinned[canonicalize_name(requirement.name)] = Version(specifier.version)
    return pinned


def wanted(extras: list[str]) -> list[Requirement]:
    optional = PROJECT["optional-dependencies"]
    return [
        Requirement(r) for r in PROJECT["dependencies"] + [r for e in extras for r in optional[e]]
    ]


@pytest.mark.parametrize(("lock", "extras"), LOCKS.items())
def test_the_lock_pins_everything_pyproject_asks_for(lock, extras):
    pinned = pins(lock)
    unmet = [
        str(requirement)
        for requirement in wanted(extras)
        if canonicalize_name(requirement.name) not in pinned
        or not requirement.specifier.contains(pinned[canonicalize_name(requirement.name)], True)
    ]
    assert not unmet, f"requirements/{lock} lacks {unmet}: run `make lock` and commit it"


def test_every_extra_is_locked():
    locked = {extra for extras in LOCKS.values() for extra in extras}
    assert set(PROJECT["optional-dependencies"]) == locked


def test_sqlite_installs_get_no_postgresql_driver():
    assert not POSTGRES_DRIVER & pins("main.txt").keys()
    assert pins("postgres.txt").keys() >= POSTGRES_DRIVER
    assert pins("dev.txt").keys() >= POSTGRES_DRIVER


def test_every_lock_pins_the_versions_the_tests_ran_with():
    tested = pins("dev.txt")
    for lock in ("main.txt", "postgres.txt"):
        assert {name: tested[name] for name in pins(lock)} == pins(lock)
