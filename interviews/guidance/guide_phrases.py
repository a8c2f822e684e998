"""The Stage guide: one entry per stage, per kind of round and per moment that needs a
closer reading.

Each piece of advice names its entry by ``Advice.guide_slug``. Timings follow
docs/guidance-sources.md; the sentences are the project's own.
"""

from __future__ import annotations

from dataclasses import dataclass

from interviews.guidance.clock import PROMISE_GRACE, THANK_YOU_LATE_FINE


@dataclass(frozen=True, kw_only=True)
class GuideEntry:
    slug: str
    title: str
    group: str  # "stage" | "round" | "situation"
    meaning: str
    not_meaning: str
    timing: str
    actions: tuple[str, ...]


# When a date they gave has passed: the advice's own rule (``clock.PROMISE_GRACE``), so the
# guide and the application page name the same day.
AFTER_PROMISE = "If they gave a date and it passes, a short note " + (
    "on the first business day after it is fair."
    if PROMISE_GRACE == 1
    else f"{PROMISE_GRACE} business days after it is fair."
)
THANK_YOU = (
    "Send a short thank-you within a day; up to "
    f"{['', 'one', 'two', 'three', 'four', 'five'][THANK_YOU_LATE_FINE]} business days late "
    "is still fine."
)
ASK_NEXT = "Before you leave, ask what the next steps are and when you will hear."
NOT_OFFER = "Interest, not an offer: others are usually still in the running."
FINALIST = "You are likely one of a few finalists."
