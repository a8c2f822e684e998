"""What the status panel shows for one application: advice, quick answers and drafts."""

from __future__ import annotations

from interviews.drafts import TITLES, available_drafts
from interviews.forms import QuickUpdateForm
from interviews.guidance import Advice
from interviews.models import Application


def status_panel_context(application: Application, advice: Advice, *, offers: set[int]) -> dict:
    kinds = available_drafts(application, advice, another_offer=bool(offers - {application.pk}))
    return {
        "application": application,
        "advice": advice,
        "drafts": [(kind, TITLES[kind]) for kind in kinds],
        "quick_kinds": QuickUpdateForm.KINDS,
    }
