"""/settings/: the person's own settings, one page with a section per concern."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from interviews.access import AuthenticatedRequest
from interviews.extensions import SETTINGS_SECTIONS
from interviews.forms import ProfileForm
from interviews.profiles import profile_of
from interviews.services import profile_save


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def settings_page(request: AuthenticatedRequest) -> HttpResponse:
    """Name, country, time zone and the other settings every feature reads."""
    profile = profile_of(request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        profile_save(form.save(commit=False))
        messages.success(request, "Settings saved. Due dates now follow them.")
        return redirect("interviews:settings")
    return render_settings(request, form=form)


def render_settings(request: AuthenticatedRequest, *, status: int = 200, **forms) -> HttpResponse:
    """The settings page, with the feature apps' sections (``interviews.extensions``); a
    section's view passes its own form back with its errors."""
    context = {
        "form": ProfileForm(instance=profile_of(request.user)),
        "sections": SETTINGS_SECTIONS,
    }
    for section in SETTINGS_SECTIONS:
        context.update(section.context(request))
    context.update(forms)
    return render(request, "interviews/settings.html", context, status=status)
