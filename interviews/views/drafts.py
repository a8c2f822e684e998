"""Drafts: ready-to-edit messages, and marking one as sent."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils import timezone

from interviews import services
from interviews.access import AuthenticatedRequest, owned_application, safe_next, wrong_method
from interviews.drafts import TITLES, available_drafts, compose
from interviews.forms import DraftSentForm
from interviews.guidance import advise
from interviews.mailto import mailto
from interviews.once import submit_once
from interviews.profiles import profile_of
from interviews.waiting import offer_ids


def _draft_for(request: AuthenticatedRequest, pk: int, kind: str):
    """The draft of this kind for one of the user's applications (None when it no longer
    fits, say once it was sent), or a 404 for a kind of draft that does not exist."""
    application = owned_application(request, pk, with_records=True)
    if kind not in TITLES:
        raise Http404("No such kind of draft.")
    advice = advise(application, today=timezone.localdate(), person=request.person)
    another_offer = bool(offer_ids(request.user) - {application.pk})
    if kind not in available_drafts(application, advice, another_offer=another_offer):
        return application, advice, None
    signature = profile_of(request.user).signature
    return application, advice, compose(kind, application, advice, signature=signature)


@login_required
def draft_detail(request: AuthenticatedRequest, pk: int, kind: str) -> HttpResponse:
    """A message to edit, copy or open in the mail program, then mark as sent."""
    application, _, draft = _draft_for(request, pk, kind)
    if refused := wrong_method(request, "GET"):
        return refused
    if draft is None:
        # Reached again with Back after "Mark as sent": say where things stand instead.
        return render(
            request,
            "interviews/draft_done.html",
            {"application": application, "title": TITLES[kind], "back": safe_next(request, "")},
        )
    return render(
        request,
        "interviews/draft.html",
        {
            "application": application,
            "draft": draft,
            "mailto": mailto(draft.to, subject=draft.subject, body=draft.body),
            # The script rebuilds the link as the person edits: address part from here.
            "mailto_address": mailto(draft.to),
        },
    )


@login_required
def draft_sent(request: AuthenticatedRequest, pk: int, kind: str) -> HttpResponse:
    """Record that the message went out, so the advice moves on."""
    application, advice, draft = _draft_for(request, pk, kind)
    if refused := wrong_method(request, "POST"):
        return refused
    if draft is None:
        raise Http404("No such draft for this application right now.")
    form = DraftSentForm(request.POST)
    if not draft.can_mark_sent or not form.is_valid():
        return HttpResponseBadRequest("This message can't be marked as sent.")
    on = form.cleaned_data["on"]

    def record() -> str:
        services.draft_mark_sent(application=application, advice=advice, kind=draft.kind, on=on)
        messages.success(request, f"Marked as sent: {draft.title.lower()}.")
        return safe_next(request, application.get_absolute_url())

    return redirect(submit_once(request, record))
