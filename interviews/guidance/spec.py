"""One situation, one spec: what it means and does not mean, its timing, its steps and its
short card text, in one value.

A new situation is one ``Spec`` in a ``content/specs_*.py`` module (its words) and its
condition where the rules choose situations (``standing`` or ``precedence``): two files.
``register`` files each part under the situation's key in the tables the engine reads, so
the older situations, written as tables, and the new ones are read the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from interviews.guidance.content.readings import READINGS, Reading
from interviews.guidance.content.steps import STEP_PLAN, STEPS, Planned
from interviews.guidance.content.timing import TIMING, TIMING_LINE


@dataclass(frozen=True)
class Spec:
    key: str  # the situation, or "situation/context" for a variant
    headline: str
    meaning: str
    not_meaning: str
    timing: str  # the long form, for the application page
    card: str  # one short line for a card ("" for none)
    steps: tuple[Planned, ...]
    words: dict[str, str] = field(default_factory=dict)  # the steps' texts, by key


def register(*specs: Spec) -> None:
    for spec in specs:
        if spec.key in READINGS or spec.key in STEP_PLAN:
            raise ValueError(f"Situation {spec.key!r} is already described.")
        clashes = set(spec.words) & set(STEPS)
        if clashes:
            raise ValueError(f"Steps {sorted(clashes)} are already worded.")
        READINGS[spec.key] = Reading(spec.headline, spec.meaning, spec.not_meaning)
        STEP_PLAN[spec.key] = spec.steps
        STEPS.update(spec.words)
        TIMING[timing_key(spec.key)] = spec.timing
        if spec.card:
            TIMING_LINE[timing_key(spec.key)] = spec.card


def timing_key(key: str) -> str:
    """The key of a spec's timing texts: its own, so no older table entry is overwritten."""
    return f"spec:{key}"


def is_spec(key: str) -> bool:
    return timing_key(key) in TIMING
