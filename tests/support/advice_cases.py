"""The blind advice cases (tests/data/advice_cases*/), run as ``manage.py advise_case``
runs them: shared by the modules that check them."""

from __future__ import annotations

import json
import re
from pathlib import Path

from django.db import transaction

from interviews.cases import build, parse
from interviews.management.commands.advise_case import report

DATA = Path(__file__).parent.parent / "data"
CASES = [
    *sorted((DATA / "advice_cases").glob("[0-9][0-9]-*.json")),
    *sorted((DATA / "advice_cases2").glob("[0-9][0-9]-*.json")),
    *sorted((DATA / "advice_cases3").glob("[0-9][0-9]-*.json")),
    *sorted((DATA / "advice_cases4").glob("[0-9][0-9]-*.json")),
]


def run(path: Path) -> tuple[dict, str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    with transaction.atomic():
        case = build(parse(path.read_text(encoding="utf-8")))
        text = "\n".join(report(case))
        transaction.set_rollback(True)
    return data, text


def field(text: str, name: str) -> str:
    found = re.search(rf"^{name}:\s*(.*)$", text, re.MULTILINE)
    return found.group(1).strip() if found else ""


def case_id(path: Path) -> str:
    """``07`` for the first set, ``b07`` for the second, ``c07`` for the third, ``d07`` for
    the fourth."""
    prefix = {"advice_cases2": "b", "advice_cases3": "c", "advice_cases4": "d"}
    prefix = prefix.get(path.parent.name, "")
    return prefix + path.stem[:2]
