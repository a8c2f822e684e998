"""House rules for the tests themselves, so that they stay easy to extend: shared helpers
live in tests/support/ (or a conftest), never in another test module; records are made
through the factories, which save through the services, never patched up by hand; and a
record with derived state is never saved behind the services (tests/support/house.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.utils import timezone

from interviews.models import Application, InterviewRound
from interviews.profiles import profile_of
from interviews.services import application_save, profile_save
from tests.factories import ApplicationFactory
from tests.support.house import WrittenBehindTheServices, behind_the_services

TESTS = Path(__file__).resolve().parent
# Where calling stage_refresh is the point, not a repair of records made some other way.
REFRESHES_ON_PURPOSE = {
    "test_last_activity.py": "proves that recomputing the stage is not activity",
    "test_backup.py": "recomputes after deleting records behind the app's back",
    "test_stages_refresh.py": "holds the batch recompute to recomputing one at a time",
    "test_concurrent_writes.py": "compares what concurrent writers stored with a recompute",
}
# The advice engine's own tests (tests/guidance/) follow their owner's pace.
NOT_YET = {"guidance"}


def python_files() -> list[Path]:
    return sorted(TESTS.rglob("*.py"))


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    modules = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
    return modules


def test_no_test_module_imports_another():
    offenders = {
        str(path.relative_to(TESTS)): sorted(
            module for module in imported_modules(path) if module.split(".")[-1].startswith("test_")
        )
        for path in python_files()
    }
    assert {name: modules for name, modules in offenders.items() if modules} == {}


def test_no_test_refreshes_stages_by_hand():
    by_hand = [
        str(path.relative_to(TESTS))
        for path in python_files()
        if path != Path(__file__).resolve()
        and "stage_refresh(" in path.read_text()
        and path.name not in REFRESHES_ON_PURPOSE
        and not NOT_YET & set(path.relative_to(TESTS).parts)
    ]
    assert by_hand == [], "make records with tests.factories: they save through the services"


@pytest.mark.django_db
def test_saving_a_record_with_derived_state_behind_the_services_fails(user):
    """A synthetic test that sets the person's country with a bare save(), after their
    applications exist (the fixture behind the December failure), fails at the save."""
    ApplicationFactory(owner=user)
    profile = profile_of(user)
    profile.country = "GB"
    with pytest.raises(WrittenBehindTheServices, match=r"call services\.profile_save\(\)"):
        profile.save()
    application = Application.objects.get(owner=user)
    application.company = "Renamed"
    with pytest.raises(WrittenBehindTheServices, match=r"services\.application_save"):
        application.save()
    with pytest.raises(WrittenBehindTheServices, match=r"services\.record_save"):
        InterviewRound.objects.create(application=application, scheduled_at=timezone.now())


@pytest.mark.django_db
def test_the_same_writes_through_the_services_pass_and_a_deliberate_bypass_says_so(user):
    application = ApplicationFactory(owner=user)
    profile = profile_of(user)
    profile.country = "GB"
    profile_save(profile)
    application.company = "Renamed"
    application_save(application)
    with behind_the_services():
        application.save()
