"""/settings/delete/: leaving for good, after the offer of a backup to take along."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from interviews import extensions
from interviews.access import AuthenticatedRequest
from interviews.accounts.leaving import account_delete
from interviews.accounts.throttle import throttled, throttled_response
from interviews.forms import AccountDeleteForm


@never_cache
@login_required
@sensitive_post_parameters("password")
@require_http_methods(["GET", "POST"])
def account_delete_page(request: AuthenticatedRequest) -> HttpResponse:
    """What deleting the account removes, the backup to download first, the password."""
    form = AccountDeleteForm(request.POST or None, user=request.user)
    if request.method == "POST":
        if throttled(request, group="account_delete", target=request.user.get_username()):
            return throttled_response(request, what="try passwords")
        if form.is_valid():
            user = request.user
            logout(request)
            account_delete(user=user, afterwards=extensions.leaving(user))
            # Messages travel in a cookie first: the session they would use is gone.
            messages.success(request, "Your account and everything in it are deleted.")
            return redirect("login")
    status = 400 if form.errors else 200
    return render(request, "interviews/account_delete.html", {"form": form}, status=status)
