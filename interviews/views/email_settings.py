"""Mail a person controls: the digest's one-click unsubscribe, and a new e-mail address."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from interviews.access import AuthenticatedRequest
from interviews.accounts.email_change import (
    change_from,
    change_token,
    change_use,
    send_confirmation,
)
from interviews.accounts.throttle import throttled, throttled_response
from interviews.digest import unsubscriber
from interviews.forms import EmailChangeForm, email_taken
from interviews.profiles import profile_of
from interviews.services import profile_save


# Mail programs send the RFC 8058 one-click POST without any CSRF token; the signed token
# in the URL is the credential, and all it can do is turn a digest off.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def digest_unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET asks (link checkers open links); POST turns the digest off."""
    user = unsubscriber(token)
    if user is None:
        # Expired, revoked by a change of address, or never ours: Settings still works.
        return render(request, "interviews/unsubscribe.html", {"expired": True}, status=404)
    if request.method == "POST":
        profile = profile_of(user)
        if profile.digest_enabled:
            profile.digest_enabled = False
            profile_save(profile)
    return render(
        request,
        "interviews/unsubscribe.html",
        {"done": request.method == "POST", "email": user.email},
    )


@never_cache
@login_required
@sensitive_post_parameters("password")
@require_http_methods(["GET", "POST"])
def email_change(request: HttpRequest) -> HttpResponse:
    """Ask for a new address; a link to it confirms the change."""
    form = EmailChangeForm(request.POST or None, user=request.user)
    if request.method == "POST":
        if throttled(request, group="email_change", target=request.POST.get("email", "")):
            return throttled_response(request, what="send confirmation links")
        if form.is_valid():
            email = form.cleaned_data["email"]
            token = change_token(request.user, email)
            link = request.build_absolute_uri(reverse("interviews:email_confirm", args=[token]))
            send_confirmation(request.user, email, link=link)
            messages.success(
                request,
                f"We sent a link to {email}. Open it within two days to start using that "
                "address; until then your current one stays.",
            )
            return redirect("interviews:settings")
    return render(request, "interviews/email_change.html", {"form": form})


@never_cache
@login_required
@require_http_methods(["GET"])
def email_confirm(request: AuthenticatedRequest, token: str) -> HttpResponse:
    """Switch to the address the signed link names, for the account it names."""
    change = change_from(token)
    if change is not None and change.user_pk != request.user.pk:
        raise Http404("No such link for this account.")
    if change is None:
        messages.error(
            request, "That link has expired or is not complete. Ask for a new one below."
        )
        return redirect("interviews:email_change")
    if email_taken(change.email, besides=request.user):
        messages.error(request, "Another account took that address meanwhile: pick another.")
        return redirect("interviews:email_change")
    with transaction.atomic():
        if not change_use(change):  # a twin request spent it a moment ago
            return redirect("interviews:settings")
        request.user.email = change.email
        request.user.save(update_fields=["email"])
    messages.success(request, f"Your e-mail address is now {change.email}.")
    return redirect("interviews:settings")
