"""What postings add to the core's pages (``interviews.extensions``), added by
``PostingsConfig.ready()``: the bookmarklet's card on /settings/ and the posting's panel
on the application page."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse

from interviews.extensions import ApplicationPanel, SettingsSection
from interviews.models import Application
from interviews.postings.models import BookmarkletKey

# A bookmarklet runs on the career site's page: it sends the page's JSON-LD when it has
# some (small), else the whole page (SmartRecruiters' microdata is in the HTML), with the
# address, as a form posted to the person's own key. "{target}" is the key's address.
BOOKMARKLET = (
    "javascript:(()=>{const d=document,"
    "s=[...d.querySelectorAll('script[type=\"application/ld+json\"]')]"
    ".map(e=>'<script type=\"application/ld+json\">'+e.textContent+'<\\/script>').join(''),"
    "m=d.querySelector('[itemtype*=\"JobPosting\"]'),f=d.createElement('form'),"
    "a=(n,v)=>{const i=d.createElement('input');i.type='hidden';i.name=n;i.value=v;"
    "f.appendChild(i)};f.method='post';f.action='{target}';f.acceptCharset='utf-8';"
    "a('page',(m||!s)?d.documentElement.outerHTML:"
    "'<title>'+d.title.replace(/</g,'&lt;')+'</title>'+s);a('address',location.href);"
    "d.body.appendChild(f);f.submit()})()"
)


def bookmarklet_code(request: HttpRequest, key: str) -> str:
    target = request.build_absolute_uri(reverse("interviews:posting_bookmarklet", args=[key]))
    return BOOKMARKLET.replace("{target}", target)


def settings_context(request: HttpRequest) -> dict[str, Any]:
    found = BookmarkletKey.objects.filter(owner_id=request.user.pk).first()
    return {"bookmarklet": bookmarklet_code(request, found.key) if found else ""}


def panel_context(request: HttpRequest, application: Application) -> dict[str, Any]:
    """The application's posting and its offer's figures, if it has them: one query."""
    found = (
        Application.objects.filter(pk=application.pk)
        .select_related("posting", "offer_terms")
        .first()
    )
    return {
        "posting": getattr(found, "posting", None),
        "offer": getattr(found, "offer_terms", None),
    }


SETTINGS = SettingsSection(
    "interviews/postings/_settings_card.html",
    order=15,
    context=settings_context,
    nav=("Saving job postings", "#bookmarklet-heading"),
)
PANEL = ApplicationPanel("interviews/postings/_panel.html", context=panel_context)
