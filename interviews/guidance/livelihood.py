"""What the new job depends on, and the person's income, before any template's steps.

The rules (``docs/guidance-sources.md#employed-candidates``):

- Never resign before everything the new job depends on: the signed contract, any visa
  or sponsorship filing (read from the notes, ``note_facts.Fact.VISA``) and cleared
  conditions. A visa step is today's question while an offer is live or just accepted.
- Employed, with an offer live and a start date agreed: the notice period is counted back
  from the start today, so the contract is asked for before the last day to resign, never
  on it. With no start date yet, the notice question is still asked (also on a verbal offer).
- Employed, a signed acceptance, then the offer withdrawn: the first steps protect the
  income. In Germany: a signed contract ends only in writing (§ 623 BGB), no termination
  agreement, an employment lawyer this week, and registration with the Agentur für Arbeit
  within three days (§ 38 SGB III). Asking them for "any document it rests on" gives way.
- Every meeting ahead says what to do if the person cannot make it.
"""

from __future__ import annotations

from datetime import date

from interviews.guidance.note_facts import Fact, says
from interviews.guidance.person import current_person
from interviews.guidance.records import Records, agreed_start
from interviews.guidance.situations import Situation
from interviews.guidance.standing import Point
from interviews.models import Application

Steps = list[tuple[str, "date | None"]]

# Where a visa step still decides whether to resign: an offer live, or accepted and onboarding.
VISA_MATTERS = frozenset(
    {
        Situation.OFFER_VERBAL,
        Situation.OFFER_WRITTEN,
        Situation.NEGOTIATING,
        Situation.CLOSED_ACCEPTED,
        Situation.BACKGROUND_CHECK,
    }
)
# The steps each of these replaces: the notice counted back answers the notice question,
# and in Germany asking for "any document it rests on" could walk her into signing one.
REPLACES = {
    "notice_back": frozenset({"notice_start"}),
    "de_written_only": frozenset({"rescinded_reason", "rescinded_resigned"}),
}


def livelihood_steps(
    steps: Steps, point: Point, records: Records, application: Application, today: date
) -> Steps:
    """``steps`` with the income and dependency steps first, and what they replace gone."""
    person = current_person()
    situation = point.situation
    first: Steps = []
    if situation in VISA_MATTERS and says(Fact.VISA, _notes(records, application)):
        first.append(("visa_first", today))
    if person.employed and (situation.is_offer or situation == Situation.ON_HOLD):
        first += _notice(steps, records, situation, today)
    signed_then_withdrawn = situation == Situation.CLOSED_RESCINDED and point.context == "accepted"
    if signed_then_withdrawn and person.employed and person.country == "DE":
        first += [("de_agentur", today), ("de_written_only", today)]
        first.append(("withdraw_resignation", today))
    last: Steps = []
    subject = point.subject
    if situation == Situation.ROUND_UPCOMING and subject is not None and subject.is_meeting:
        last.append(("cannot_make_it", None))
    if not first:
        return steps + last if last else steps
    gone = {key for key, _ in first}
    gone = gone.union(*(REPLACES.get(key, frozenset()) for key in gone))
    return first + [step for step in steps if step[0] not in gone] + last


def _notice(steps: Steps, records: Records, situation: Situation, today: date) -> Steps:
    """The notice period, counted back from an agreed start today; else asked undated."""
    if agreed_start(records.updates) is not None and situation != Situation.ON_HOLD:
        return [("notice_back", today)]
    if situation == Situation.OFFER_VERBAL and all(key != "notice_start" for key, _ in steps):
        return [("notice_start", None)]
    return []


def _notes(records: Records, application: Application) -> list[str]:
    return [application.notes, *(u.note for u in records.updates)]
