"""The first-run board's offer: try the product on a realistic search in your own account."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.views.decorators.http import require_POST

from interviews.demo import plant_demo
from interviews.models import Application


@login_required
@require_POST
def demo_load(request: HttpRequest) -> HttpResponse:
    """Fill an empty board with the demo search; a board with applications is left alone."""
    with transaction.atomic():
        if Application.objects.for_user(request.user).exists():
            messages.info(
                request,
                "Your board already has applications, so the demo search was not added. "
                "It loads only into an empty board.",
            )
            return redirect("interviews:board")
        count = plant_demo(request.user, timezone.localdate())
    messages.success(
        request,
        f"Added the demo search: {count} made-up applications. Delete any of them from its "
        "page when you start your own.",
    )
    return redirect("interviews:board")
