"""Error pages in the product's own words. Rendered without the request's context: the
error may be the database itself, and the signed-in user would need it."""

from __future__ import annotations

import sys

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

from interviews.faults import fault_of


def server_error(request: HttpRequest) -> HttpResponse:
    """500, or 503 with Retry-After when the database is only busy or out of space."""
    fault = fault_of(sys.exc_info()[1])
    if fault is None:
        return HttpResponse(render_to_string("500.html"), status=500)
    response = HttpResponse(render_to_string("503.html", {"fault": fault}), status=503)
    response["Retry-After"] = str(fault.retry_after)
    return response
