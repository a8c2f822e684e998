"""/settings/: the person's own settings, one page with a section per concern."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from interviews.access import AuthenticatedRequest
from interviews.api.tokens import tokens_shown
from interviews.forms import ApiTokenForm, BackupUploadForm, ProfileForm
from interviews.jobs.models import running_jobs
from interviews.mail.forms import MailboxForm
from interviews.mail.models import MailAccount
from interviews.profiles import profile_of
from interviews.services import profile_save

# Where api_token_create leaves a new token's secret for the one page that shows it.
NEW_TOKEN_KEY = "new_api_token"


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
    """The settings page; a section's view passes its own form back with its errors."""
    account = MailAccount.objects.filter(owner=request.user).first()
    context = {
        "form": ProfileForm(instance=profile_of(request.user)),
        "backup_form": BackupUploadForm(),
        "mail_account": account,
        "mailbox_form": MailboxForm(instance=account),
        "token_form": ApiTokenForm(),
        "api_tokens": tokens_shown(request.user),
        # Shown on this one page load, then gone: only its hash is stored.
        "new_token": request.session.pop(NEW_TOKEN_KEY, None),
        # Restores still running: the person who closed the tab finds them here again.
        "running_jobs": running_jobs(request.user),
        **forms,
    }
    return render(request, "interviews/settings.html", context, status=status)
