"""The mailbox section of /settings/: connect, test and disconnect an IMAP mailbox."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from interviews.access import AuthenticatedRequest
from interviews.hrmail.fetching import check_account
from interviews.hrmail.forms import MailboxForm
from interviews.hrmail.imap import MailboxError
from interviews.hrmail.models import MailAccount
from interviews.views.settings import render_settings


def back() -> HttpResponse:
    return redirect(reverse("interviews:settings") + "#mailbox")


def account_of(user) -> MailAccount | None:
    return MailAccount.objects.filter(owner=user).first()


@login_required
@require_POST
def mailbox_save(request: AuthenticatedRequest) -> HttpResponse:
    """Save the mailbox settings; with "test", log in and open the folder right away."""
    account = account_of(request.user) or MailAccount(owner=request.user)
    form = MailboxForm(request.POST, instance=account)
    if not form.is_valid():
        return render_settings(request, mailbox_form=form)
    account = form.save()
    if request.POST.get("action") != "test":
        messages.success(request, "Mailbox saved. New mail is read the next time it is fetched.")
        return back()
    try:
        count = check_account(account)
    except MailboxError as error:
        account.last_error = str(error)[:300]
        account.save(update_fields=["last_error"])
        messages.error(request, f"Couldn't connect: {error}")
        return back()
    account.last_error = ""
    account.save(update_fields=["last_error"])
    messages.success(
        request, f"Connected: “{account.folder}” holds {count} message{'s' if count != 1 else ''}."
    )
    return back()


@login_required
@require_POST
def mailbox_remove(request: AuthenticatedRequest) -> HttpResponse:
    """Forget the mailbox and its password; suggestions already made stay."""
    MailAccount.objects.filter(owner=request.user).delete()
    messages.success(request, "Mailbox disconnected and its password deleted.")
    return back()


def settings_context(request: HttpRequest) -> dict:
    """What the mailbox section of /settings/ shows: the account, if any, and its form."""
    account = account_of(request.user)
    return {"mail_account": account, "mailbox_form": MailboxForm(instance=account)}
