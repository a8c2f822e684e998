"""/welcome/: the name, country and time zone confirmed on an account's first visit; and
the board's one question about the region, answered in Settings or put away.

Accounts made before sign-up asked for them run on the server's defaults (UTC), so an
interview typed as 11:00 went into the calendar at 11:00 UTC. Until the person confirms,
the board shows this form with the browser's own zone and country filled in."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from interviews.forms import PlaceForm
from interviews.profiles import country_in_sentence, profile_of
from interviews.regions import region_names
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


# The board's "not now" to the region question, kept by the browser for a year: a hint
# put away, not a setting (Settings still ask beside the field).
REGION_HIDDEN = "region_prompt_hidden"
A_YEAR = 365 * 24 * 3600


def region_prompt(request: HttpRequest, profile) -> str:
    """The country whose regions the board asks about ("" when it need not ask): once the
    place is confirmed, while a country with regional holidays has no region chosen and
    the person has not put the question away."""
    asked = profile.place_confirmed and not profile.region
    if not asked or request.COOKIES.get(REGION_HIDDEN):
        return ""
    return country_in_sentence(profile.country) if region_names(profile.country) else ""


@login_required
@require_POST
def region_prompt_hide(request: HttpRequest) -> HttpResponse:
    """ "Not now": the board stops asking for the region in this browser."""
    response = redirect("interviews:board")
    response.set_cookie(
        REGION_HIDDEN,
        "1",
        max_age=A_YEAR,
        secure=request.is_secure(),
        httponly=True,
        samesite="Lax",
    )
    return response
