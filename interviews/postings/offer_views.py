"""The offers' pages: an offer's figures, and the live offers side by side."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from interviews.access import AuthenticatedRequest, owned_application
from interviews.postings.exports import export_offers
from interviews.postings.models import Offer
from interviews.postings.offer_forms import OfferForm
from interviews.postings.offers import live_offers
from interviews.views.confirm import confirm_page


@login_required
@require_http_methods(["GET"])
def offer_board(request: AuthenticatedRequest) -> HttpResponse:
    """The live offers in columns, the earliest answer-by first; nothing converted."""
    offers = live_offers(request.user)
    currencies = {o.terms.currency for o in offers if o.terms and o.terms.currency}
    return render(
        request,
        "interviews/postings/offers.html",
        {"offers": offers, "mixed_currencies": len(currencies) > 1},
    )


@login_required
@require_http_methods(["GET", "POST"])
def offer_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Record or change the figures of an application's offer."""
    application = owned_application(request, pk)
    terms = Offer.objects.filter(application=application).first() or Offer(application=application)
    form = OfferForm(request.POST or None, instance=terms)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, f"Saved the offer from {application.company}.")
        return redirect(application)
    return render(
        request,
        "interviews/postings/offer_form.html",
        {"form": form, "application": application, "terms": terms},
    )


@login_required
@require_http_methods(["GET", "POST"])
def offer_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Remove an offer's figures (the offer's updates stay), after a confirmation page."""
    terms = get_object_or_404(
        Offer.objects.select_related("application"), pk=pk, application__owner=request.user
    )
    application = terms.application
    if request.method == "POST":
        terms.delete()
        messages.success(request, f"Removed the figures of the offer from {application.company}.")
        return redirect(application)
    return confirm_page(
        request,
        name=f"the figures of the offer from {application.company}",
        consequence="The offer itself (its status update and dates) stays in the history.",
        cancel_url=application.get_absolute_url(),
    )


@login_required
@require_http_methods(["GET"])
def offer_export(request: AuthenticatedRequest) -> StreamingHttpResponse:
    """The live offers, one row each, as the page orders them."""
    return export_offers(request)
