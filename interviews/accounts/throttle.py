"""Who is asking, and how often: the client's address behind proxies, and throttles.

One rule for the client's address (``client_ip``), read by axes for log-in lockouts and
by the throttles on password resets and sign-ups. Throttles count in Django's cache
(django-ratelimit), per address and per target, so that neither many addresses aimed at
one mailbox nor one address aimed at many gets through.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django_ratelimit.core import is_ratelimited


def client_ip(request: HttpRequest) -> str:
    """The address of whoever sent the request.

    Behind ``PROXY_COUNT`` proxies that each append the address they saw to
    X-Forwarded-For, the client is that many entries from the right; anything further
    left was written by the client and could be anything. Without proxies it is the
    socket's address: a header the client wrote must not choose its own identity.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    if not settings.PROXY_COUNT:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    return forwarded[-settings.PROXY_COUNT] if len(forwarded) >= settings.PROXY_COUNT else remote


def _address_key(group: str, request: HttpRequest) -> str:
    return client_ip(request)


def throttled(request: HttpRequest, *, group: str, target: str) -> bool:
    """Count this request against its address and its target (an e-mail address, say);
    True when either is over its rate for ``group`` (settings.THROTTLES)."""
    per_address, per_target = settings.THROTTLES[group]
    over_address = is_ratelimited(
        request, group=f"{group}:address", key=_address_key, rate=per_address, increment=True
    )
    over_target = is_ratelimited(
        request,
        group=f"{group}:target",
        key=lambda _group, _request: target.strip().lower(),
        rate=per_target,
        increment=True,
    )
    return over_address or over_target


def throttled_response(request: HttpRequest, *, what: str) -> HttpResponse:
    """429 with a page that says what was paused and when to try again."""
    response = render(
        request,
        "registration/throttled.html",
        {"what": what},
        status=429,
    )
    response["Retry-After"] = "3600"
    return response
