"""Moving a card to another stage means logging what moved it there.

The stage is never set by hand (``interviews.stages`` derives it from the records), so a
move opens the form for the record that would put the application in that stage,
prefilled: an offer for Offer, a rejection for Rejected, a round for Interviewing. One
"Move to…" menu (``_move_menu.html``, on the board's cards, the list's rows and the
application page) is a form with a button per stage it can move to; it asks the one view
(``views.move.application_move``), which opens that form. Dragging a card onto a column
presses the same button. The record is then saved through ``interviews.services``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from interviews.links import pk_url
from interviews.models import Application, RoundKind, Stage, UpdateKind

# The record that puts an application in each stage, and how the menu says it.
ROUND_INTO = {Stage.SCREENING: RoundKind.PHONE_SCREEN, Stage.INTERVIEWING: RoundKind.VIDEO}
UPDATE_INTO = {
    Stage.OFFER: UpdateKind.OFFER_WRITTEN,
    Stage.ACCEPTED: UpdateKind.ACCEPTED,
    Stage.DECLINED: UpdateKind.DECLINED,
    Stage.REJECTED: UpdateKind.REJECTED,
    Stage.WITHDRAWN: UpdateKind.WITHDREW,
}
TARGETS = [
    Stage.APPLIED,
    Stage.SCREENING,
    Stage.INTERVIEWING,
    Stage.OFFER,
    Stage.ACCEPTED,
    Stage.DECLINED,
    Stage.REJECTED,
    Stage.WITHDRAWN,
]


@dataclass(frozen=True)
class Move:
    stage: Stage
    url: str


def moves(application: Application) -> list[Move]:
    """Where this card can be moved, each with the prefilled form that records it."""
    forms = MoveForms(application)
    return [
        Move(stage, url)
        for stage in TARGETS
        if stage != application.stage and (url := forms.into(stage))
    ]


def targets(application: Application) -> list[Stage]:
    """The stages the menu offers: every one a record can move the application to, but
    its own (Applied only for a saved job, by its application date)."""
    return [
        stage
        for stage in TARGETS
        if stage != application.stage
        and (stage != Stage.APPLIED or application.stage == Stage.SAVED)
    ]


def move_url(application: Application, stage: Stage) -> str:
    """The form that logs what puts ``application`` in ``stage``; "" where none does."""
    return MoveForms(application).into(stage)


class MoveForms:
    """One application's move links. A board draws seven per card, so each of the two
    forms they open is built once, without ``reverse`` (``interviews.links``)."""

    def __init__(self, application: Application):
        self.application = application

    @cached_property
    def new_round(self) -> str:
        return pk_url("round_create", self.application.pk)

    @cached_property
    def new_update(self) -> str:
        return pk_url("update_create", self.application.pk)

    def into(self, stage: Stage) -> str:
        if stage == Stage.APPLIED:
            # Only a saved job moves to Applied, by its application date.
            if self.application.stage != Stage.SAVED:
                return ""
            edit = pk_url("application_edit", self.application.pk)
            return edit + "#id_applied_on"
        if stage in ROUND_INTO:
            return f"{self.new_round}?kind={ROUND_INTO[stage]}"
        if stage in UPDATE_INTO:
            return f"{self.new_update}?kind={UPDATE_INTO[stage]}"
        return ""
