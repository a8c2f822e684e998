"""The one view behind every "Move to…" menu (``_move_menu.html``)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from interviews.access import AuthenticatedRequest, owned_application
from interviews.models import Stage
from interviews.moves import move_url, targets


@login_required
@require_http_methods(["GET"])
def application_move(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """``?to=<stage>`` opens the prefilled form that logs what moves the application
    there (saved through interviews.services); without it, the menu on a page of its own."""
    application = owned_application(request, pk)
    to = request.GET.get("to")
    if to is None:
        return render(request, "interviews/move.html", {"application": application})
    stage = Stage(to) if to in Stage.values else None
    if stage is None or stage not in targets(application):
        context = {"application": application, "refused": to}
        return render(request, "interviews/move.html", context, status=400)
    return redirect(move_url(application, stage))
