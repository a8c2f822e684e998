"""The words of the advice, as data. The rules pick keys and fill in dates and numbers.

Fields the templates may use (``str.format`` names): company, role, contact, round_noun,
round_date, ordinal, ordinal_cap, kind_note, number_note, prep, counts_as, first_noun,
thanked_noun, interviewers, referrer, low, high, since, days_waiting, expected, promise, follow_up,
last_follow_up, quiet_from, deadline, countdown, decided_on, quiet_reason, signals, earlier.
Voice: plain, warm and exact; honest about what a point does not mean; concrete about time;
every piece of advice ends in something the person can do.
"""

# The situations written as one spec each, filed into the tables above.
from interviews.guidance.content import specs_named, specs_rounds, specs_waits, steps_livelihood
from interviews.guidance.content.readings import (
    COUNTS_AS_SECOND,
    DEADLINE_SUFFIX,
    DEFAULT_CONTACT,
    DEFAULT_INTERVIEWERS,
    DEFAULT_REFERRER,
    DEFAULT_ROUND_NOUN,
    KIND_NOTE,
    LATER_NOT_MEANING,
    NUMBER_NOTE,
    PENDING_QUESTION,
    QUIET_REASON,
    READINGS,
    RESIGN_NOTE,
    ROUND_NOUN,
    SIGNAL_NAMES,
    SIGNALS,
    STALE_QUESTION,
    Reading,
)
from interviews.guidance.content.steps import (
    NOTICE_WORDS,
    PREP,
    PROMISE_SAID,
    STEP_PLAN,
    STEPS,
    Planned,
)
from interviews.guidance.content.timing import DAYS_OFF_NOTE, TIMING, TIMING_LINE
from interviews.guidance.spec import register

register(*specs_rounds.SPECS, *specs_waits.SPECS, *specs_named.SPECS)
if set(steps_livelihood.WORDS) & set(STEPS):
    raise ValueError("A livelihood step is already worded.")
STEPS.update(steps_livelihood.WORDS)

__all__ = [
    "COUNTS_AS_SECOND",
    "DAYS_OFF_NOTE",
    "DEADLINE_SUFFIX",
    "DEFAULT_CONTACT",
    "DEFAULT_INTERVIEWERS",
    "DEFAULT_REFERRER",
    "DEFAULT_ROUND_NOUN",
    "KIND_NOTE",
    "LATER_NOT_MEANING",
    "NOTICE_WORDS",
    "NUMBER_NOTE",
    "PENDING_QUESTION",
    "PREP",
    "PROMISE_SAID",
    "QUIET_REASON",
    "READINGS",
    "RESIGN_NOTE",
    "ROUND_NOUN",
    "SIGNALS",
    "SIGNAL_NAMES",
    "STALE_QUESTION",
    "STEPS",
    "STEP_PLAN",
    "TIMING",
    "TIMING_LINE",
    "Planned",
    "Reading",
]
