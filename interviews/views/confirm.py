"""Deleting asks first: one confirmation page for every kind of record."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from interviews import services
from interviews.models import InterviewRound, StatusUpdate


def confirm_page(request: HttpRequest, *, name: str, consequence: str, cancel_url: str):
    return render(
        request,
        "interviews/confirm_delete.html",
        {"object_name": name, "consequence": consequence, "cancel_url": cancel_url},
    )


def record_delete_confirmed(
    request: HttpRequest, record: InterviewRound | StatusUpdate, *, done: str
) -> HttpResponse:
    """GET asks; POST deletes the round or update and recomputes the stage."""
    application = record.application
    if request.method == "POST":
        services.record_delete(record)
        messages.success(request, done)
        return redirect(application)
    return confirm_page(
        request,
        name=str(record),
        consequence="The stage and the advice will be worked out again without it.",
        cancel_url=application.get_absolute_url(),
    )
