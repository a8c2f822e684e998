"""The charts' text summaries, in the product's voice: exact, plain, with the sizes shown.

Pure: plain numbers in, sentences out; every figure in them is also in the tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from interviews.guidance.wording import MONTHS, join_names
from interviews.insights.numbers import TOO_FEW, Cohort, Spread, Week


def days(value: float) -> str:
    """3 -> '3', 3.25 -> '3.3': a tenth at most, halves rounded up."""
    rounded = Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{rounded:f}".removesuffix(".0")


def day_month(day: date) -> str:
    """'16 Nov': English whatever the server's locale, as the advice writes dates."""
    return f"{day.day} {MONTHS[day.month - 1]}"


def plural(count: int, noun: str, nouns: str = "") -> str:
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"


def spread_words(spread: Spread) -> str:
    text = f"median {days(spread.median)} business days"
    if spread.n > 1:
        text += f", middle half {days(spread.low)} to {days(spread.high)}"
    return text


# How the funnel summary names each step after "applied": "5 reached interviews".
REACHED_WORDS = ("screening", "interviews", "an offer", "an accepted offer")


def funnel_summary(cohort: Cohort) -> str:
    if not cohort.sent:
        return "No applications sent in this window yet."
    counts = [step.reached for step in cohort.funnel[1:]]
    reached = [f"{n} {what}" for n, what in zip(counts, REACHED_WORDS, strict=True)]
    reached[0] = f"{counts[0]} reached {REACHED_WORDS[0]}"
    return (
        f"Of {plural(cohort.sent, 'application')} sent, {join_names(reached)}, "
        "each counted at the furthest stage it reached."
    )


def replies_summary(cohort: Cohort) -> str:
    overall = cohort.response
    if not overall.sent:
        return "No applications sent in this window yet."
    share = "too few to tell yet" if overall.too_few else f"{overall.percent}%"
    text = (
        f"{overall.replied} of {plural(overall.sent, 'application')} got a reply from the "
        f"employer ({share}); automatic acknowledgements do not count."
    )
    few = [rate.label for rate in cohort.response_by_source if rate.too_few]
    if few:
        text += f" Too few to tell (under {TOO_FEW} sent): {join_names(few)}."
    return text


def reply_time_summary(cohort: Cohort) -> str:
    overall = cohort.reply_time
    if overall.spread is None:
        return "No replies in this window yet, so no reply times to show."
    replies = plural(overall.replies, "reply", "replies")
    if overall.too_few:
        # What the few replies took, as a fact about them, not as a usual wait.
        return (
            f"{replies} so far, half of them within {days(overall.spread.median)} business "
            "days: too few yet to call that a usual wait."
        )
    return f"{replies} so far: {spread_words(overall.spread)} from sending to the first answer."


def interviews_summary(cohort: Cohort) -> str:
    step = cohort.interviews
    if not step.first:
        return "No interviews in this window yet."
    return (
        f"{plural(step.first, 'application')} had a first interview; {step.second} went on "
        f"to a second, {step.later} to a third or later, and {step.offers} to an offer."
    )


def activity_summary(weeks: Sequence[Week]) -> str:
    totals = [sum(getattr(w, name) for w in weeks) for name in WEEK_COLUMNS]
    busiest = max(weeks, key=lambda w: (w.applications, w.starts_on))
    text = (
        f"In the last {len(weeks)} weeks: {plural(totals[0], 'application')}, "
        f"{plural(totals[1], 'interview')} and {plural(totals[2], 'follow-up')}."
    )
    if busiest.applications:
        start = day_month(busiest.starts_on)
        text += f" Most applications in the week of {start}: {busiest.applications}."
    return text


WEEK_COLUMNS = ("applications", "interviews", "follow_ups")


def flow_summary(cohort: Cohort) -> str:
    if not cohort.sent:
        return "No applications sent in this window yet."
    ends = [f"{count} {label.lower()}" for label, count in cohort.outcomes]
    return f"Where {plural(cohort.sent, 'application')} stand now: {join_names(ends)}."
