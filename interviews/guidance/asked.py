"""Do not ask what the record already answers: a step that asks for a fact the records
hold gives way (or loses the part already answered).

- "Ask what the next step is and when" after news that came with a date (a promise):
  they said when, so the thanks needs no question and no message is due for it.
- "Ask ... when they need your answer" on a verbal offer whose answer-by date is logged.
- "Confirm your acceptance in writing" once the acceptance is noted as signed.
"""

from __future__ import annotations

from datetime import date

from interviews.guidance.note_facts import Fact, says
from interviews.guidance.records import Records
from interviews.guidance.standing import Point
from interviews.models import UpdateKind

Steps = list[tuple[str, date | None]]


# The steps that ask something a record may already answer.
ASKING = frozenset({"moving_forward_reply", "verbal_ask", "accepted_confirm"})


def asked_already(steps: Steps, point: Point, records: Records) -> Steps:
    keys = [key for key, _ in steps]
    if ASKING.isdisjoint(keys):
        return steps  # nothing here asks what a record could answer
    answered: dict[str, str | None] = {}  # a step, and the one that says the rest (or none)
    if point.promise is not None:
        answered["moving_forward_reply"] = None
    if point.deadline is not None:
        answered["verbal_ask"] = "verbal_ask_written"
    if "accepted_confirm" in keys:
        acceptance = records.last_of({UpdateKind.ACCEPTED})
        if acceptance is not None and says(Fact.SIGNED, [acceptance.note]):
            answered["accepted_confirm"] = None
    kept: Steps = []
    for key, due in steps:
        rest = answered.get(key, key)
        if rest is not None:
            kept.append((rest, due))
    return kept
