"""Steps a record brings that outlive the moment it was the latest news.

A request for references asks the person to brief their referees, and that is still
owed when a later record becomes where the advice stands (a final round booked after
it, a reply): issue #22, where "References requested" logged with a final onsite ahead
changed nothing on the page. Not under an offer: the offer governs, and an older record
never changes what a newer decisive one governs (the invariants). Pure, like the rest of
the planning.
"""

from __future__ import annotations

from datetime import date

from interviews.guidance.business_days import add_business_days
from interviews.guidance.records import Records
from interviews.guidance.standing import Point
from interviews.models import UpdateKind

# (step, the condition it needs, as ``planning._applies`` reads it): the caution about a
# current employer is for the employed only, as everywhere else.
REFERENCE_STEPS = (("references_brief", ""), ("references_employer", "employed"))


def references_owed(
    point: Point, records: Records, planned: list[tuple[str, date | None]]
) -> list[tuple[str, date, str]]:
    """(step, due, condition) for the briefing a request for references asked for, when
    the advice stands on a later record and its own plan does not brief them already."""
    if point.situation.is_closed or point.situation.is_offer:
        return []  # references come before an offer: once one is made, that moment has passed
    if any(key == "references_brief" for key, _ in planned):
        return []
    request = records.last_of((UpdateKind.REFERENCES_REQUESTED,))
    if request is None or request is point.update:
        return []
    due = add_business_days(request.on, 1)
    return [(key, due, only) for key, only in REFERENCE_STEPS]
