"""What the rest of the search changes for one application: an offer accepted elsewhere,
other live offers, the same role submitted twice, an earlier application to the company.

Pure: it reads the ``Search`` picture the caller built; no queries, no clock.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from interviews.guidance.precedence import Governs, governing
from interviews.guidance.quick import quick_init
from interviews.guidance.records import CLOSED, Records, stage_of
from interviews.guidance.search import ACTIVE, Entry, Search
from interviews.guidance.situations import Situation
from interviews.guidance.standing import Point
from interviews.guidance.wording import join_names, short_date
from interviews.models import Application, RoundKind, Source, Stage, UpdateKind


@quick_init
@dataclass(frozen=True)
class Elsewhere:
    """The other applications that matter to this one's advice."""

    accepted: Entry | None
    offers: tuple[Entry, ...]  # other live offers, the one to answer first first
    double: Entry | None  # the same role, submitted another way
    earlier: tuple[str, ...]  # "Designer, rejected": earlier applications to the company
    # Another process still short of an offer, and no offer accepted: someone to tell.
    others_to_tell: bool = False
    # The same role submitted by an agency and applied to directly, read on the direct
    # record: the agency's candidacy counts, so this record gets no chase of its own.
    agency_owns: bool = False
    # Interviewing here (beyond the application and a screen): far enough along to be told
    # about an offer elsewhere and asked how soon they could decide.
    far_along: bool = False
    # An offer here, whatever the latest news on it (a background check, a reference check,
    # a meeting after it): offers elsewhere are to be weighed against it.
    in_offer: bool = False


def elsewhere(
    application: Application, search: Search, earlier: Sequence[Application]
) -> Elsewhere:
    pk = application.pk
    # Most applications are the only one to their company: then there is no double
    # submission and no earlier application to find in the search.
    alone = not earlier and not search.same_company(pk, application.company)
    double = (
        None
        if alone
        else search.double_submission(pk, application.company, application.role, application.source)
    )
    accepted = search.accepted_elsewhere(pk)
    return Elsewhere(
        accepted=_accepted_while_open(application, accepted),
        offers=search.live_offers(pk),
        double=double,
        earlier=() if alone else _earlier(application, search, earlier),
        others_to_tell=accepted is None and search.others_in_process(pk),
        agency_owns=double is not None
        and double.via_agency
        and application.source != Source.RECRUITER,
        far_along=application.stage == Stage.INTERVIEWING,
        in_offer=application.stage == Stage.OFFER,
    )


def _accepted_while_open(application: Application, accepted: Entry | None) -> Entry | None:
    """The offer accepted elsewhere (``Search.accepted_elsewhere``), if it was accepted while
    this application was in the search. One sent after the acceptance is a choice the
    person made knowing it (a new search, a job that did not work out): its own advice
    stands."""
    if application.stage not in ACTIVE:
        return None
    if accepted is None or accepted.accepted_on is None or application.applied_on is None:
        return accepted
    return accepted if application.applied_on <= accepted.accepted_on else None


def _earlier(
    application: Application, search: Search, earlier: Sequence[Application]
) -> tuple[str, ...]:
    """Closed applications to the same company made before this one: the caller's, or the
    search's when the caller passed none."""
    if earlier:
        return tuple(f"{a.role}, {a.get_stage_display().lower()}" for a in earlier)
    if application.stage not in ACTIVE:
        return ()
    before = [
        e
        for e in search.same_company(application.pk, application.company)
        if e.stage in CLOSED
        and (application.applied_on is None or (e.applied_on or date.min) <= application.applied_on)
    ]
    return tuple(f"{e.role}, {Stage(e.stage).label.lower()}" for e in before)


def accepted_point(
    found: Elsewhere, application: Application, records: Records, read: Callable[[], Point]
) -> Point | None:
    """An open application, once the person accepted another offer: close it kindly.

    Worked out before the application's own situation, which it replaces: only a closing
    record outranks the acceptance, and an application accepted elsewhere is still open
    (``_accepted_while_open``), so its situation is never a closed one. All this needs of
    it is whether it was ever sent and whether an interview is still booked ahead, which
    the stage and the precedence table say (``standing._situate`` reads them the same
    way). ``read`` gives the situation itself, asked only for an application with no
    date sent (it reads as never sent while nothing else happened)."""
    if found.accepted is None:
        return None
    stage = stage_of(application)
    if stage == Stage.SAVED:
        return _ACCEPTED_SAVED
    if governing(stage, records) == Governs.BOOKING:
        # An interview still booked here: withdraw before it, so they can free the slot.
        booked = records.next_round
        return Point(Situation.ACCEPTED_ELSEWHERE, "accepted_elsewhere", "booked", subject=booked)
    if application.applied_on is None and read().situation == Situation.SAVED:
        return _ACCEPTED_SAVED
    return _ACCEPTED


# Points that never change, made once (as ``clock.NO_WAIT``). Never applied: nothing to
# withdraw, no one to tell.
_ACCEPTED = Point(Situation.ACCEPTED_ELSEWHERE, "accepted_elsewhere")
_ACCEPTED_SAVED = Point(Situation.ACCEPTED_ELSEWHERE, "accepted_elsewhere", "saved")


def search_steps(
    found: Elsewhere, point: Point, records: Records, today: date
) -> list[tuple[str, date | None]]:
    """Steps the rest of the search adds, each due today: they are news the person acts on."""
    if point.situation.is_closed or point.situation == Situation.ACCEPTED_ELSEWHERE:
        return []
    steps: list[tuple[str, date | None]] = []
    if found.double is not None:
        key = "double_submission_agency" if found.agency_owns else "double_submission"
        steps.append((key, today))
    if found.earlier:
        steps.append(("reapplied", None))
    if found.offers and (point.situation.is_offer or found.in_offer):
        # Read from the stage too: an offer whose latest news is a background check is still
        # an offer to weigh (issue #22: Oracle's page never named Indeed's, due first).
        steps.append(("offers_compare", today))
        if answer_first(found, point):
            steps.append(("offers_align", today))
    elif offer_to_tell(found, point, records):
        # Near a decision, it is today's news; earlier, a step for the next contact.
        steps.append(
            ("other_offer_tell", today)
            if near_a_decision(records)
            else ("other_offer_mention", None)
        )
    return steps


def answer_first(found: Elsewhere, point: Point) -> bool:
    """This offer's answer is due before every other live offer's: the move is to ask it,
    today and in writing, to wait until the next one's date (stage-facts: tell each
    employer the other's answer-by date), never to accept it to hold it."""
    if point.deadline is None or point.context == "deadline_passed" or not found.offers:
        return False
    following = found.offers[0].offer_deadline  # the other offers, soonest first
    return following is not None and following > point.deadline


def offer_to_tell(found: Elsewhere, point: Point, records: Records) -> bool:
    """An offer elsewhere to tell this employer about: only a process far enough along
    (interviewing, not gone quiet) and not yet told (no follow-up sent here since the offer
    came). Applications and screens are not asked to hurry: they keep their own clock."""
    if not found.offers or not found.far_along or point.situation in NOT_TOLD:
        return False
    offered_on = found.offers[0].offer_on
    return offered_on is None or not any(
        u.kind == UpdateKind.FOLLOW_UP_SENT and u.on >= offered_on for u in records.updates
    )


NOT_TOLD = frozenset(
    {Situation.GONE_QUIET, Situation.SAVED, *(s for s in Situation if s.is_offer or s.is_closed)}
)
NEAR_A_DECISION = frozenset({UpdateKind.REFERENCES_REQUESTED, UpdateKind.BACKGROUND_CHECK})


def near_a_decision(records: Records) -> bool:
    """A final round held or booked, or references or a check under way: telling them
    about an offer elsewhere is the nudge, due today (``guidance.decide`` pulls the
    follow-up in)."""
    finals = any(r.is_final or r.kind == RoundKind.FINAL for r in records.meetings)
    return finals or any(u.kind in NEAR_A_DECISION for u in records.updates)


def _double_note(double: Entry | None) -> str:
    if double is None:
        return ""
    if double.via_agency:
        return f"An agency also put you forward for the {double.role} role at {double.company}."
    return f"You also applied for the {double.role} role at {double.company} yourself."


def _offer_deadline(found: Elsewhere) -> str:
    first = found.offers[0] if found.offers else None
    return short_date(first.offer_deadline) if first and first.offer_deadline else ""


# The search's words for a template, each made when a template names it (``words.Words``):
# most advice names one of them, the company where an offer was accepted.
SEARCH_WORDS: dict[str, Callable[[Elsewhere], object]] = {
    "other_company": lambda found: found.accepted.company if found.accepted else "",
    "offer_company": lambda found: found.offers[0].company if found.offers else "",
    "offer_deadline": _offer_deadline,
    "offer_by": lambda found: f" by {day}" if (day := _offer_deadline(found)) else "",
    "double_note": lambda found: _double_note(found.double),
    "double_contact": lambda found: (
        (found.double.contact_name if found.double else "") or "the agency"
    ),
    "earlier": lambda found: join_names(list(found.earlier)),
}
