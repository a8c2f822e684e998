"""API tokens in /settings/: make one (its secret shown once) and revoke it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from interviews.access import AuthenticatedRequest
from interviews.api.forms import ApiTokenForm
from interviews.api.models import ApiToken
from interviews.api.tokens import MAX_LIVE, token_create, token_revoke, tokens_shown
from interviews.views.settings import render_settings

# Where api_token_create leaves a new token's secret for the one page that shows it.
NEW_TOKEN_KEY = "new_api_token"


@login_required
@require_POST
def api_token_create(request: AuthenticatedRequest) -> HttpResponse:
    """Make a named token; the next settings page shows its secret once."""
    form = ApiTokenForm(request.POST)
    if form.is_valid() and ApiToken.objects.for_user(request.user).live().count() >= MAX_LIVE:
        form.add_error(
            None, f"You have {MAX_LIVE} live tokens: revoke one you no longer use first."
        )
    if not form.is_valid():
        return render_settings(request, token_form=form, status=400)
    token, secret = token_create(owner=request.user, name=form.cleaned_data["name"])
    request.session[NEW_TOKEN_KEY] = {"name": token.name, "secret": secret}
    return redirect("interviews:settings")


@login_required
@require_POST
def api_token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    """Revoke a token: it is refused from the next request on."""
    token = get_object_or_404(ApiToken.objects.for_user(request.user), pk=pk)
    token_revoke(token)
    messages.success(request, f"Revoked “{token.name}”. Anything using it is refused from now on.")
    return redirect("interviews:settings")


def settings_context(request: HttpRequest) -> dict:
    """What the API section of /settings/ shows: the tokens, and a new one's secret."""
    return {
        "token_form": ApiTokenForm(),
        "api_tokens": tokens_shown(request.user),
        # Shown on this one page load, then gone: only its hash is stored.
        "new_token": request.session.pop(NEW_TOKEN_KEY, None),
    }
