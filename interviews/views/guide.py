"""The Stage guide: every stage and round kind explained. Readable without an account."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from interviews.guidance.guide import GUIDE

GROUP_TITLES = {
    "stage": "Stages of an application",
    "round": "Kinds of interview",
    "situation": "Moments that need a closer reading",
}


@require_http_methods(["GET"])
def guide(request: HttpRequest) -> HttpResponse:
    """What each point in the process means, what it does not, how long, and what to do."""
    sections = [
        {"title": title, "entries": [entry for entry in GUIDE if entry.group == group]}
        for group, title in GROUP_TITLES.items()
    ]
    return render(request, "interviews/guide.html", {"sections": sections})
