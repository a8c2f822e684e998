"""The two or three actions that fit where an application stands, for the top of its page.

An offer is answered (accept, decline, counter) before its deadline; an interview process
moves on by HR's answer (a round's own outcome is asked by the page's questions); a
closed application has nothing to log as its main action. Each action is a link to the
form that records it, prefilled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.urls import reverse

from interviews.guidance import Advice, short_date
from interviews.models import Application, Stage, UpdateKind
from interviews.stages import event_key


@dataclass(frozen=True)
class Action:
    label: str
    url: str
    primary: bool = False


def stage_actions(application: Application) -> list[Action]:
    """The actions for the top of the application page, the main one first."""
    update = reverse("interviews:update_create", args=[application.pk])
    new_round = reverse("interviews:round_create", args=[application.pk])
    if application.is_closed:
        return [Action("Log an update", update)]
    if application.stage == Stage.OFFER:
        return _offer_actions(application, update)
    if application.stage == Stage.SAVED:
        edit = reverse("interviews:application_edit", args=[application.pk])
        return [
            Action("Log that you applied", edit, primary=True),
            Action("Log a round", new_round),
        ]
    # A round that took place with no outcome is asked about at the top of the page
    # (Advice.questions), with one-click answers; after it, HR's answer moves things on.
    return [Action("Log HR's answer", update, primary=True), Action("Log a round", new_round)]


def _offer_actions(application: Application, update: str) -> list[Action]:
    """The answers to an offer; on a verbal one, getting it in writing comes first (the
    advice: "ask for the offer in writing before you answer"), so "Accept" is not the
    main action there (new-user trial 4)."""
    verbal = _latest_offer_kind(application) == UpdateKind.OFFER_VERBAL
    return [
        *([Action("Log the written offer", f"{update}?kind={UpdateKind.OFFER_WRITTEN}", True)]
          if verbal else []),
        Action("Accept", f"{update}?kind={UpdateKind.ACCEPTED}", primary=not verbal),
        Action("Decline", f"{update}?kind={UpdateKind.DECLINED}"),
        Action("Counter", f"{update}?kind={UpdateKind.COUNTER_OFFER}"),
    ]  # fmt: skip


def _latest_offer_kind(application: Application) -> str:
    """The kind of the newest offer update (from the prefetched updates: no query)."""
    offers = [u for u in application.updates.all() if u.kind in UpdateKind.offers()]
    return max(offers, key=event_key).kind if offers else ""


def answer_by(advice: Advice, today: date) -> str:
    """The offer's deadline as a countdown: 'Answer by Fri 4 Dec: 5 days left'."""
    if advice.stage != Stage.OFFER or advice.deadline is None:
        return ""
    days = (advice.deadline - today).days
    when = f"Answer by {short_date(advice.deadline)}"
    if days > 1:
        return f"{when}: {days} days left"
    if days == 1:
        return f"{when}: 1 day left"
    if days == 0:
        return f"{when}: that is today"
    ago = f"{-days} day{'' if days == -1 else 's'} ago"
    return f"{when}: that was {ago}. Ask them whether it still stands."
