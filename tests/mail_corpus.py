"""The labelled corpus of hiring e-mail (tests/data/mail/<kind>/*.eml), scored per kind.

Print the table:  .venv/bin/python -m tests.mail_corpus
Files named heldout-* were written after the rules, to measure them on unseen phrasing;
heldout2-* a second time, after the rules had been widened for the first set.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).parent / "data" / "mail"
POSITIVE = {"invited", "moving_forward", "offer_verbal", "offer_written"}


@dataclass(frozen=True)
class Scored:
    path: Path
    expected: str
    got: str

    @property
    def right(self) -> bool:
        return self.expected == self.got


def files() -> list[Path]:
    return sorted(CORPUS.glob("*/*.eml"))


def score() -> list[Scored]:
    from interviews.mail import read

    return [Scored(path, path.parent.name, read(path.read_bytes()).kind) for path in files()]


def table(results: list[Scored]) -> str:
    total, right = (
        Counter(r.expected for r in results),
        Counter(r.expected for r in results if r.right),
    )
    lines = [f"{'kind':<22}{'right':>6}{'of':>4}{'accuracy':>10}"]
    for kind in sorted(total):
        lines.append(
            f"{kind:<22}{right[kind]:>6}{total[kind]:>4}{right[kind] / total[kind]:>10.0%}"
        )
    everything = sum(right.values()) / len(results)
    lines.append(f"{'all':<22}{sum(right.values()):>6}{len(results):>4}{everything:>10.0%}")
    lines += [
        f"  wrong: {r.path.name} ({r.expected}) read as {r.got}" for r in results if not r.right
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    django.setup()
    print(table(score()))
