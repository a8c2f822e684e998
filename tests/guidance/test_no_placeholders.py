"""No template text can leak a placeholder: every situation's and spec's words, formatted
with any values at all, leave no brace behind (a "{{signals}}" outside an f-string once
printed a literal "{signals}")."""

from __future__ import annotations

from collections import defaultdict

import pytest

from interviews.guidance import content


def texts() -> list[tuple[str, str]]:
    found = []
    for key, reading in content.READINGS.items():
        parts = (reading.headline, reading.meaning, reading.not_meaning)
        found += [(f"reading {key}", part) for part in parts]
    found += [(f"step {key}", text) for key, text in content.STEPS.items()]
    found += [(f"timing {key}", text) for key, text in content.TIMING.items()]
    found += [(f"card {key}", text) for key, text in content.TIMING_LINE.items()]
    return found


@pytest.mark.parametrize(("where", "template"), texts(), ids=lambda value: value[:40])
def test_no_placeholder_survives_formatting(where, template):
    formatted = template.format_map(defaultdict(lambda: "x"))
    assert "{" not in formatted and "}" not in formatted, where
