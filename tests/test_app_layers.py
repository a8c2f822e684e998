"""The direction of imports between the apps (docs/structure.md): the core never imports a
feature app; features import the core; accounts sits below the core, which imports it,
and imports nothing of the core but its foundations. Read from the source with ``ast``,
so an import anywhere in a module counts: at the top, in a function, under TYPE_CHECKING.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.apps import apps

PACKAGE = Path(__file__).resolve().parent.parent / "interviews"
FEATURES = {
    "worklog",
    "hrmail",
    "api",
    "exchange",
    "insights",
    "jobs",
    "postings",
    "documents",
}
ACCOUNTS = "accounts"
# The task queue's machinery (jobs, their progress and leases, the scheduler): every
# feature may queue its own tasks on it; it imports no feature (each owns its tasks and
# adds its periodic work from its ready()).
MACHINERY = "jobs"
# Core modules with no import of the app at all: what accounts may build on.
FOUNDATIONS = {
    "interviews.constraints",
    "interviews.validators",
    "interviews.chunking",
    "interviews.relabel",
}
# A feature that reads another feature's models, and why.
FEATURE_READS = {
    ("exchange", "worklog"): "the backup holds every record a person owns",
    ("exchange", "hrmail"): "the backup says why it leaves the mailbox and suggestions out",
    ("exchange", "api"): "the backup says why it leaves the tokens out",
    ("exchange", "postings"): "the backup holds the saved postings",
    ("api", "postings"): "the API serves the saved postings",
    ("exchange", "documents"): "the backup holds the documents and their files",
    ("api", "documents"): "the API lists the documents and serves their files",
    # One set of protections for every address the server connects to (public only,
    # pinned, bounded in time and size): the posting's fetch uses the mailbox's.
    ("postings", "hrmail"): "fetching a pasted address checks it as a mailbox's server",
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(source: str) -> set[str]:
    """Every module an import names, with ``from a import b`` counted as ``a`` and
    ``a.b`` (b may be a module: ``from interviews import written_dates``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
    return {name for name in found if name == "interviews" or name.startswith("interviews.")}


def area(module: str) -> str:
    """'core', 'accounts' or the feature app's label."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in FEATURES | {ACCOUNTS} else "core"


def is_foundation(module: str) -> bool:
    return any(module == known or module.startswith(f"{known}.") for known in FOUNDATIONS)


def crossing(importer: str, target: str) -> str | None:
    """Why ``importer`` may not import ``target``, or None when it may."""
    source, goal = area(importer), area(target)
    if source == goal or target == "interviews":
        return None
    if source == "core" and goal in FEATURES:
        return "the core imports a feature app"
    if source == ACCOUNTS and goal in FEATURES:
        return "accounts imports a feature app"
    if source == ACCOUNTS and goal == "core" and not is_foundation(target):
        return "accounts imports the core beyond its foundations"
    if goal == MACHINERY and source in FEATURES:
        return None
    if source in FEATURES and goal in FEATURES and (source, goal) not in FEATURE_READS:
        return "a feature app imports another"
    return None


def crossings_in(module: str, source: str) -> list[str]:
    return sorted(
        f"{module} -> {target}: {why}"
        for target in imported(source)
        if (why := crossing(module, target))
    )


def test_imports_go_one_way():
    found = [
        line
        for path in sorted(PACKAGE.rglob("*.py"))
        for line in crossings_in(module_name(path), path.read_text())
    ]
    assert found == [], found


def test_the_foundations_import_nothing_of_the_app_but_each_other():
    for module in sorted(FOUNDATIONS):
        path = PACKAGE.parent / f"{module.replace('.', '/')}.py"
        assert {name for name in imported(path.read_text()) if not is_foundation(name)} == set()


@pytest.mark.parametrize(
    ("module", "source", "why"),
    [
        (
            "interviews.views.board",
            "from interviews.worklog.selectors import this_week_tally",
            "the core imports a feature app",
        ),
        (
            "interviews.services",
            "def later():\n    import interviews.hrmail.models",
            "the core imports a feature app",
        ),
        ("interviews.accounts.leaving", "from interviews import services", "beyond its"),
        ("interviews.accounts.models", "from interviews.api.models import X", "feature app"),
        ("interviews.insights.views", "from interviews.worklog import weeks", "imports another"),
        ("interviews.jobs.tasks", "from interviews.hrmail.models import X", "imports another"),
        ("interviews.models", "from interviews.jobs.models import Job", "the core imports"),
    ],
)
def test_a_wrong_way_import_is_found(module, source, why):
    assert why in "\n".join(crossings_in(module, source))


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("interviews.worklog.views", "from interviews.models import Application"),
        ("interviews.views.settings", "from interviews.accounts.models import Profile"),
        ("interviews.accounts.models", "from interviews.validators import validate_country"),
        ("interviews.exchange.registry", "from interviews.worklog.models import Activity"),
        ("interviews.hrmail.tasks", "from interviews.jobs.leases import leased"),
    ],
)
def test_an_import_the_right_way_passes(module, source):
    assert crossings_in(module, source) == []


def test_installed_apps_show_the_capabilities():
    labels = {config.label: config.name for config in apps.get_app_configs()}
    for label in FEATURES | {ACCOUNTS}:
        assert labels[label] == f"interviews.{label}"
    assert labels["interviews"] == "interviews"


def test_no_models_module_imports_another_apps_models_to_register_them():
    for config in apps.get_app_configs():
        if not config.name.startswith("interviews"):
            continue
        for model in config.get_models():
            assert model._meta.app_label == config.label, model
            assert model.__module__ == f"{config.name}.models", model
