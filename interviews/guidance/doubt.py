"""Doubt: when the recorded facts point against the hopeful reading of a situation.

A missed promise with a chaser left unanswered, or the final round called off with no new
date: the advice then drops its reassurances ("you are likely one of a few finalists", "a
cancellation is not a no") for an honest read and one plain question. One rule, read by
``decide``; the readings and steps of the ``doubt`` variant live with the other content.
"""

from __future__ import annotations

from datetime import date

from interviews.guidance.clock import Wait
from interviews.guidance.situations import Situation
from interviews.guidance.standing import Point

DOUBT = "doubt"  # the reading variant (``Point.context``) for a situation in doubt
# The waits whose hopeful reading a sign of trouble contradicts.
_DOUBTED = frozenset({Situation.AFTER_ROUND_WAITING, Situation.ROUND_CANCELLED})


def in_doubt(point: Point, wait: Wait, today: date) -> bool:
    if point.situation not in _DOUBTED:
        return False
    if point.situation == Situation.ROUND_CANCELLED:
        # A final round called off: an earlier one is rebooked as a matter of course.
        return point.subject is not None and bool(point.subject.is_final)
    missed = point.promise is not None and point.promise < today
    return missed and wait.follow_ups_unanswered >= 1
