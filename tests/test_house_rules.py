"""House rules for the tests themselves, so that they stay easy to extend: shared helpers
live in tests/support/ (or a conftest), never in another test module; records are made
through the factories, which save through the services, never patched up by hand."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
# Where calling stage_refresh is the point, not a repair of records made some other way.
REFRESHES_ON_PURPOSE = {
    "test_last_activity.py": "proves that recomputing the stage is not activity",
    "test_backup.py": "recomputes after deleting records behind the app's back",
    "test_stages_refresh.py": "holds the batch recompute to recomputing one at a time",
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
