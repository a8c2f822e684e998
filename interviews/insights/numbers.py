"""The search in numbers: the applications' stories added up into frozen dataclasses.

Pure: plain ``Journey`` values in, plain values out. Business days come from
``guidance.business_days``, so the person's public holidays count as they do in the
advice. A group of fewer than ``TOO_FEW`` is shown with its size and "too few to tell".
"""

from __future__ import annotations

import itertools
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from interviews.guidance.business_days import business_days_between
from interviews.insights.journeys import FUNNEL, OUTCOME_LABELS, Journey
from interviews.models import RoundKind, Source, Stage

TOO_FEW = 5
WEEKS = 12
COMPANIES_SHOWN = 10
NOT_RECORDED = "Not recorded"


def percent(count: int, total: int) -> int | None:
    """A whole percentage, halves rounded up (so 1 of 8 is 13%); None without a total."""
    return (200 * count + total) // (2 * total) if total else None


@dataclass(frozen=True)
class FunnelStep:
    stage: Stage
    reached: int  # applications that reached this step or a later one
    previous: int | None  # those that reached the step before; None for the first

    @property
    def label(self) -> str:
        return Stage(self.stage).label

    @property
    def conversion(self) -> int | None:
        return None if self.previous is None else percent(self.reached, self.previous)


@dataclass(frozen=True)
class Rate:
    """Applications that got a reply from the employer, of those sent."""

    label: str
    sent: int
    replied: int

    @property
    def too_few(self) -> bool:
        return self.sent < TOO_FEW

    @property
    def percent(self) -> int | None:
        return percent(self.replied, self.sent)


@dataclass(frozen=True)
class Spread:
    """The median and the middle half (first to third quartile) of some counts of days."""

    n: int
    median: float
    low: float
    high: float


@dataclass(frozen=True)
class ReplyTime:
    label: str
    sent: int
    spread: Spread | None  # None when nobody replied

    @property
    def replies(self) -> int:
        return self.spread.n if self.spread else 0

    @property
    def too_few(self) -> bool:
        return self.replies < TOO_FEW


@dataclass(frozen=True)
class Progression:
    """Where first interviews led: to a second, to later rounds, to an offer."""

    label: str
    first: int
    second: int
    later: int  # a third interview or more
    offers: int

    @property
    def too_few(self) -> bool:
        return self.first < TOO_FEW

    @property
    def second_percent(self) -> int | None:
        return percent(self.second, self.first)

    @property
    def later_percent(self) -> int | None:
        return percent(self.later, self.second)

    @property
    def offer_percent(self) -> int | None:
        return percent(self.offers, self.first)


@dataclass(frozen=True)
class Link:
    """One band of the flow picture: `count` applications went from `source` to `target`."""

    source: str
    target: str
    count: int


@dataclass(frozen=True)
class Cohort:
    """Everything the page says about the applications sent in the chosen window."""

    sent: int
    funnel: tuple[FunnelStep, ...]
    response: Rate
    response_by_source: tuple[Rate, ...]
    reply_time: ReplyTime
    reply_time_by_source: tuple[ReplyTime, ...]
    reply_time_by_company: tuple[ReplyTime, ...]
    more_companies: int  # companies applied to more than once that are not listed
    interviews: Progression
    interviews_by_kind: tuple[Progression, ...]
    outcomes: tuple[tuple[str, int], ...]  # (label, count) for each outcome that occurs
    flow: tuple[Link, ...]


def cohort_numbers(journeys: Sequence[Journey]) -> Cohort:
    companies = by_company(journeys)
    return Cohort(
        sent=len(journeys),
        funnel=funnel(journeys),
        response=rate("All sources", journeys),
        response_by_source=tuple(rate(label, group) for label, group in by_source(journeys)),
        reply_time=reply_time("All sources", journeys),
        reply_time_by_source=tuple(
            reply_time(label, group) for label, group in by_source(journeys)
        ),
        reply_time_by_company=tuple(
            reply_time(label, group) for label, group in companies[:COMPANIES_SHOWN]
        ),
        more_companies=max(0, len(companies) - COMPANIES_SHOWN),
        interviews=progression("All first interviews", journeys),
        interviews_by_kind=tuple(
            progression(label, group) for label, group in by_first_meeting(journeys)
        ),
        outcomes=outcomes(journeys),
        flow=flow(journeys),
    )


def funnel(journeys: Sequence[Journey]) -> tuple[FunnelStep, ...]:
    counts = [sum(j.reached_at_least(stage) for j in journeys) for stage in FUNNEL]
    return tuple(
        FunnelStep(stage, counts[i], counts[i - 1] if i else None) for i, stage in enumerate(FUNNEL)
    )


def rate(label: str, journeys: Sequence[Journey]) -> Rate:
    return Rate(label, len(journeys), sum(j.first_reply_on is not None for j in journeys))


def reply_days(journey: Journey) -> int:
    """Business days from sending to the first reply; a reply logged before the
    application date (a late entry) counts as the same day."""
    assert journey.first_reply_on is not None
    return max(0, business_days_between(journey.applied_on, journey.first_reply_on))


def spread(values: Sequence[float]) -> Spread | None:
    if not values:
        return None
    if len(values) == 1:
        return Spread(1, float(values[0]), float(values[0]), float(values[0]))
    low, _, high = statistics.quantiles(values, n=4, method="inclusive")
    return Spread(len(values), float(statistics.median(values)), low, high)


def reply_time(label: str, journeys: Sequence[Journey]) -> ReplyTime:
    days = [reply_days(j) for j in journeys if j.first_reply_on is not None]
    return ReplyTime(label, len(journeys), spread(days))


def progression(label: str, journeys: Sequence[Journey]) -> Progression:
    interviewed = [j for j in journeys if j.meetings >= 1]
    return Progression(
        label,
        first=len(interviewed),
        second=sum(j.meetings >= 2 for j in interviewed),
        later=sum(j.meetings >= 3 for j in interviewed),
        offers=sum(j.reached_at_least(Stage.OFFER) for j in interviewed),
    )


def outcomes(journeys: Sequence[Journey]) -> tuple[tuple[str, int], ...]:
    counts = Counter(j.outcome for j in journeys)
    return tuple((label, counts[key]) for key, label in OUTCOME_LABELS.items() if counts[key])


Group = tuple[str, list[Journey]]


def _grouped(
    journeys: Iterable[Journey], key: Callable[[Journey], str], order: Sequence[str]
) -> dict[str, list[Journey]]:
    groups: dict[str, list[Journey]] = defaultdict(list)
    for journey in journeys:
        groups[key(journey)].append(journey)
    return {name: groups[name] for name in order if groups.get(name)}


def by_source(journeys: Iterable[Journey]) -> list[Group]:
    groups = _grouped(journeys, lambda j: j.source, [*Source.values, ""])
    return [(Source(key).label if key else NOT_RECORDED, group) for key, group in groups.items()]


def by_first_meeting(journeys: Iterable[Journey]) -> list[Group]:
    groups = _grouped(journeys, lambda j: j.first_meeting_kind, RoundKind.values)
    return [(RoundKind(key).label, group) for key, group in groups.items()]


def by_company(journeys: Iterable[Journey]) -> list[Group]:
    """Companies applied to more than once (names compared without case or spaces around),
    most applications first, each named as it was spelled on its latest application."""
    groups: dict[str, list[Journey]] = defaultdict(list)
    for journey in journeys:
        groups[journey.company.strip().casefold()].append(journey)
    repeated = [group for group in groups.values() if len(group) > 1]
    repeated.sort(key=lambda group: (-len(group), group[0].company.strip().casefold()))
    return [(_latest_spelling(group), group) for group in repeated]


def _latest_spelling(group: list[Journey]) -> str:
    latest = max(group, key=lambda journey: (journey.applied_on, journey.company))
    return latest.company.strip()


STAGE_NODES = FUNNEL[:-1]  # accepting is an outcome of the offer in the flow picture


def flow(journeys: Iterable[Journey]) -> tuple[Link, ...]:
    """Each application passes through every stage up to the furthest it reached (as the
    funnel counts it), then into its outcome."""
    counts: Counter[tuple[str, str]] = Counter()
    for journey in journeys:
        path = [s.label for s in STAGE_NODES if journey.reached_at_least(s)]
        path.append(OUTCOME_LABELS[journey.outcome])
        counts.update(itertools.pairwise(path))
    order = [s.label for s in STAGE_NODES] + list(OUTCOME_LABELS.values())
    links = sorted(counts.items(), key=lambda item: tuple(order.index(n) for n in item[0]))
    return tuple(Link(source, target, count) for (source, target), count in links)


@dataclass(frozen=True)
class Week:
    starts_on: date  # a Monday: ISO weeks
    applications: int
    interviews: int
    follow_ups: int

    @property
    def label(self) -> str:
        """The week as a date people read: "w/c 21 Sep" (the week commencing that Monday)."""
        return f"w/c {self.starts_on.day} {self.starts_on:%b}"


def first_week_start(today: date, count: int = WEEKS) -> date:
    """The Monday that starts the oldest of the last `count` ISO weeks, this one included."""
    return today - timedelta(days=today.weekday(), weeks=count - 1)


def weeks(
    today: date,
    applications: Mapping[date, int],
    interviews: Mapping[date, int],
    follow_ups: Mapping[date, int],
    count: int = WEEKS,
) -> tuple[Week, ...]:
    """Counts per day, added up per ISO week, oldest week first; days outside are ignored."""
    starts = [first_week_start(today, count) + timedelta(weeks=i) for i in range(count)]

    def per_week(per_day: Mapping[date, int]) -> list[int]:
        totals: Counter[date] = Counter()
        for day, number in per_day.items():
            totals[day - timedelta(days=day.weekday())] += number
        return [totals[start] for start in starts]

    columns = zip(per_week(applications), per_week(interviews), per_week(follow_ups), strict=True)
    return tuple(Week(start, *column) for start, column in zip(starts, columns, strict=True))
