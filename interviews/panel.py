"""What a Waiting card and an application page show for one application: its state,
the answers HR may give, and the drafts that fit."""

from __future__ import annotations

from datetime import date

from interviews.drafts import (
    FOLLOW_UP,
    REJECTION_REPLY,
    SECOND_FOLLOW_UP,
    THANK_YOU,
    TITLES,
    available_drafts,
)
from interviews.forms import QuickUpdateForm
from interviews.guidance import Advice
from interviews.models import Application
from interviews.presenting import card_state
from interviews.promised import pick_choices


def drafts_of(application: Application, advice: Advice, *, offers: set[int]) -> list[str]:
    return available_drafts(application, advice, another_offer=bool(offers - {application.pk}))


def due_draft(kinds: list[str], advice: Advice, today: date) -> str | None:
    """The one draft to send now: a thank-you right after a meeting, a reply to a
    rejection while one is asked for, a follow-up once its day has come. Others (a
    timeline request, a withdrawal) are there when wanted."""
    for kind in (THANK_YOU, REJECTION_REPLY):
        if kind in kinds:
            return kind
    follow_up = next((kind for kind in kinds if kind in (FOLLOW_UP, SECOND_FOLLOW_UP)), None)
    if follow_up and advice.follow_up_on is not None and advice.follow_up_on <= today:
        return follow_up
    return None


def waiting_card_context(
    application: Application, advice: Advice, *, offers: set[int], today: date
) -> dict:
    kinds = drafts_of(application, advice, offers=offers)
    due = due_draft(kinds, advice, today)
    return {
        "application": application,
        "advice": advice,
        "state": card_state(application.stage, advice, today),
        "quick_kinds": QuickUpdateForm.KINDS,
        "promise_picks": pick_choices(today),
        "due_draft": (due, TITLES[due]) if due else None,
        "other_drafts": len(kinds) - (1 if due else 0),
        "today": today,
    }
