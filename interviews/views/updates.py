"""Status updates: what HR said, or what the candidate did."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.views.decorators.http import require_http_methods
from django_htmx.http import HttpResponseClientRedirect

from interviews import services
from interviews import written_dates as dates
from interviews.access import (
    AuthenticatedRequest,
    HtmxRequest,
    owned_application,
    owned_update,
    safe_next,
    wrong_method,
)
from interviews.desk import desk
from interviews.forms import QuickUpdateForm, StatusUpdateForm
from interviews.guidance import advise
from interviews.models import StatusUpdate, UpdateKind
from interviews.once import submit_once
from interviews.panel import waiting_card_context
from interviews.promised import NewsByCorrectionForm, pick_choices
from interviews.search_picture import search_of
from interviews.views.confirm import record_delete_confirmed
from interviews.waiting import offer_ids

# Where 1/12 is 12 January: a note typed there writes the month first.
MONTH_FIRST_COUNTRIES = {"US", "CA", "PH"}
# How long "Undo" may remove a one-click answer; the button itself shows for seconds.
UNDO_WINDOW = timedelta(minutes=5)


@login_required
@require_http_methods(["GET", "POST"])
def update_create(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Log a status update in one short form."""
    application = owned_application(request, pk)
    today = timezone.localdate()
    initial = {"on": today, "kind": request.GET.get("kind", ""), **promised_initial(request, today)}
    form = StatusUpdateForm(request.POST or None, initial=initial, country=request.person.country)
    if request.method == "POST" and form.is_valid():

        def log() -> str:
            update = form.save(commit=False)
            update.application = application
            services.record_save(update)
            messages.success(request, logged_words(update))
            if slot := slot_in_note(request, update):
                messages.info(request, f"Your note names {slot_words(slot)}: add the round for it.")
                query = urlencode({"at": slot.strftime("%Y-%m-%dT%H:%M")})
                return f"{reverse('interviews:round_create', args=[application.pk])}?{query}"
            return application.get_absolute_url()

        return redirect(submit_once(request, log))
    return render(
        request, "interviews/update_form.html", {"form": form, "application": application}
    )


def slot_in_note(request: AuthenticatedRequest, update: StatusUpdate) -> datetime | None:
    """The interview time an invitation's note names ("Mon 14 Dec at 14:00"), read as the
    mail reader reads a letter, in the person's zone; only one still ahead."""
    if update.kind not in {UpdateKind.INVITED, UpdateKind.RESCHEDULED} or not update.note:
        return None
    now = timezone.localtime()
    day_first = request.person.country not in MONTH_FIRST_COUNTRIES
    found = dates.moment_in(update.note, now, timezone.get_current_timezone(), day_first=day_first)
    return timezone.localtime(found) if found is not None and found > now else None


def slot_words(moment: datetime) -> str:
    return f"{date_format(moment, 'D j M')} at {moment:%H:%M}"


def promised_initial(request: HttpRequest, today: date) -> dict[str, object]:
    """The date they promised, carried over from the one-click menu (``?news_by=``): as
    the same quick pick when it is one, else as a date of its own. Anything else: nothing."""
    try:
        promised = date.fromisoformat(request.GET.get("news_by", ""))
    except ValueError:
        return {}
    if promised.isoformat() in dict(pick_choices(today)):
        return {"news_by_pick": promised.isoformat()}
    return {"news_by": promised}


@login_required
@require_http_methods(["GET", "POST"])
def update_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Change a logged update (its date, what they promised, the note) in place."""
    update = owned_update(request, pk)
    form = StatusUpdateForm(request.POST or None, instance=update, country=request.person.country)
    if request.method == "POST" and form.is_valid():
        services.record_save(form.save(commit=False))
        messages.success(request, "Saved the update.")
        return redirect(update.application)
    return render(
        request,
        "interviews/update_form.html",
        {"form": form, "application": update.application, "update": update},
    )


@login_required
@require_http_methods(["GET", "POST"])
def update_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete a status update after a confirmation page."""
    return record_delete_confirmed(request, owned_update(request, pk), done="Deleted the update.")


@login_required
def update_quick(request: HtmxRequest, pk: int) -> HttpResponse:
    """Log HR's answer in one click; htmx gets the refreshed card, others a redirect."""
    application = owned_application(request, pk)
    if refused := wrong_method(request, "POST"):
        return refused
    form = QuickUpdateForm(request.POST)
    if request.POST.get("more"):
        return _full_form(request, application.pk, form)
    if not form.is_valid():
        return HttpResponseBadRequest("Choose one of the listed answers.")
    update = StatusUpdate(
        application=application,
        kind=form.cleaned_data["kind"],
        note=form.cleaned_data["note"],
        news_by=form.cleaned_data["news_by"],
        on=timezone.localdate(),
    )
    logged = logged_words(update)

    def log() -> str:
        services.record_save(update)
        if not request.htmx:
            messages.success(request, logged)
        return safe_next(request, application.get_absolute_url())

    location = submit_once(request, log)
    if request.htmx:
        # Sent twice, the second POST saved nothing: it offers no Undo.
        undo = update if update.pk else None
        return _waiting_card(request, application.pk, logged=logged, undo=undo)
    return redirect(location)


@login_required
def update_news_by(request: HttpRequest, pk: int) -> HttpResponse:
    """Correct or clear a "news by" date read from the update's note."""
    update = owned_update(request, pk)
    if refused := wrong_method(request, "POST"):
        return refused
    form = NewsByCorrectionForm(request.POST, update=update)
    if not form.is_valid():
        problems = " ".join(str(message) for errors in form.errors.values() for message in errors)
        return HttpResponseBadRequest(problems)
    update.news_by, update.news_by_read = form.cleaned_data["news_by"], False
    services.record_save(update)
    promised = update.news_by
    messages.success(
        request,
        f"They'll get back to you by {date_format(promised, 'l j F')}."
        if promised
        else "Noted: they named no date.",
    )
    return redirect(update.application.get_absolute_url())


@login_required
def update_undo(request: HtmxRequest, pk: int) -> HttpResponse:
    """Remove a one-click answer just logged, while its Undo button is still offered."""
    update = owned_update(request, pk)
    if refused := wrong_method(request, "POST"):
        return refused
    if update.created_at < timezone.now() - UNDO_WINDOW:
        return HttpResponseBadRequest(
            "Too late to undo here: delete the update from its application page."
        )
    application = update.application
    services.record_delete(update)
    removed = f"Removed: {update.get_kind_display().lower()}."
    if request.htmx:
        return _waiting_card(request, application.pk, logged=removed)
    messages.success(request, removed)
    return redirect(safe_next(request, application.get_absolute_url()))


def _full_form(request: HtmxRequest, pk: int, form: QuickUpdateForm) -> HttpResponse:
    """The full form for "Something else, or with a note…", the date already picked."""
    form.is_valid()  # no kind chosen: only the promised date is read
    promised = form.cleaned_data.get("news_by") if "news_by" not in form.errors else None
    url = reverse("interviews:update_create", args=[pk])
    if promised:
        url += "?" + urlencode({"news_by": promised.isoformat()})
    return HttpResponseClientRedirect(url) if request.htmx else redirect(url)


def logged_words(update: StatusUpdate) -> str:
    """What was logged, and the date they promised if they named one."""
    words = f"Logged: {update.get_kind_display().lower()}."
    if update.news_by:
        words += f" They'll get back to you by {date_format(update.news_by, 'l j F')}."
    return words


def _waiting_card(
    request: AuthenticatedRequest, pk: int, *, logged: str, undo: StatusUpdate | None = None
) -> HttpResponse:
    """One Waiting card, freshly computed, with the page's counts swapped in beside it."""
    application = owned_application(request, pk, with_records=True)
    today = timezone.localdate()
    search = search_of(request.user)
    advice = advise(application, today=today, person=request.person, search=search)
    context = waiting_card_context(application, advice, offers=offer_ids(request.user), today=today)
    found = desk(request.user, today, person=request.person)
    return render(
        request,
        "interviews/_waiting_swap.html",
        {
            **context,
            "logged": logged,
            "undo": undo,
            "next": safe_next(request, reverse("interviews:waiting")),
            "you_owe": len(found.you_owe),
            "owed_today": found.owed_today,
            "they_owe": len(found.they_owe),
            "due_today": found.due_today,
            "follow_ups": found.follow_ups_today,
        },
    )
