"""/welcome/: the name, country and time zone confirmed on an account's first visit.

Accounts made before sign-up asked for them run on the server's defaults (UTC), so an
interview typed as 11:00 went into the calendar at 11:00 UTC. Until the person confirms,
the board shows this form with the browser's own zone and country filled in."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from interviews.forms import PlaceForm
from interviews.profiles import profile_of
from interviews.services import profile_place


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def welcome(request: HttpRequest) -> HttpResponse:
    """Confirm the name drafts are signed with, the country and the time zone."""
    profile = profile_of(request.user)
    place = PlaceForm(request.POST or None, instance=profile)
    if request.method == "POST" and place.is_valid():
        confirmed = profile_place(place.save(commit=False))
        messages.success(request, f"Thanks. Dates and times now follow {confirmed.time_zone}.")
        return redirect("interviews:board")
    return render(request, "interviews/welcome.html", {"place": place})
