"""axe-core in the browser tests: one way to run it and say what it found.

axe-core comes bundled in the axe-playwright-python package."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe

BLOCKING = frozenset({"critical", "serious"})


def violations(page, impacts: frozenset[str] | None = None) -> list[str]:
    """Each violation on the page (of ``impacts`` only, when given): its rule, impact, help
    text and up to five of the elements it found."""
    found = Axe().run(page).response["violations"]
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(str(node["target"]) for node in v["nodes"][:5])
        for v in found
        if impacts is None or v["impact"] in impacts
    ]


def blocking_violations(page) -> list[str]:
    """The critical and serious violations: the ones a main page must never have."""
    return violations(page, BLOCKING)


def assert_no_violations(page) -> None:
    """No violation of any impact."""
    assert violations(page) == []
