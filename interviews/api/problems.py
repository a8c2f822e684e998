"""Every 4xx of the API in one shape: RFC 9457 problem details, as
``application/problem+json``: ``type``, ``title``, ``status``, ``detail`` (a sentence for a
person) and, for invalid input, ``errors`` (each field's problem, where a program looks).

A 401 also says how to authenticate (``WWW-Authenticate: Bearer``, RFC 6750).
"""

from __future__ import annotations

from functools import partial
from http import HTTPStatus

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

CONTENT_TYPE = "application/problem+json"
REALM = 'Bearer realm="Interview Tracker API"'


class Conflict(HttpError):
    """A request that cannot be carried out as sent, with the reason for a person."""

    def __init__(self, message: str, status: int = HTTPStatus.UNPROCESSABLE_ENTITY) -> None:
        super().__init__(status, message)


def problem(
    api: NinjaAPI,
    request: HttpRequest,
    status: int,
    detail: str,
    *,
    errors: list[dict] | None = None,
) -> HttpResponse:
    body: dict[str, object] = {
        "type": "about:blank",  # the status code says it all (RFC 9457, section 4.2.1)
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
    }
    if errors is not None:
        body["errors"] = errors
    response = api.create_response(request, body, status=status)
    response["Content-Type"] = CONTENT_TYPE
    return response


def _field(error: dict) -> dict:
    return {
        "loc": [str(part) for part in error.get("loc", ())],
        "msg": str(error.get("msg", "")),
        "type": str(error.get("type", "")),
    }


def _invalid(api, request, exc: ValidationError) -> HttpResponse:
    errors = [_field(error) for error in exc.errors]
    named = ", ".join(sorted({e["loc"][-1] for e in errors if e["loc"]})) or "the request"
    detail = f"Some of what was sent is not valid: see errors ({named})."
    return problem(api, request, HTTPStatus.UNPROCESSABLE_ENTITY, detail, errors=errors)


def _unauthenticated(api, request, exc: AuthenticationError) -> HttpResponse:
    response = problem(
        api,
        request,
        HTTPStatus.UNAUTHORIZED,
        "Send a personal token from /settings/ as “Authorization: Bearer <token>”.",
    )
    sent = request.headers.get("Authorization", "")
    # RFC 6750 section 3: a token that was sent but is not valid says so.
    response["WWW-Authenticate"] = REALM + (', error="invalid_token"' if sent else "")
    return response


def _refused(api, request, exc: HttpError) -> HttpResponse:
    return problem(api, request, exc.status_code, str(exc))


def _not_found(api, request, exc: Http404) -> HttpResponse:
    return problem(api, request, HTTPStatus.NOT_FOUND, "There is no such record of yours.")


def install(api: NinjaAPI) -> None:
    """Put the problem shape in force for every error the API raises."""
    api.add_exception_handler(ValidationError, partial(_invalid, api))
    api.add_exception_handler(AuthenticationError, partial(_unauthenticated, api))
    api.add_exception_handler(HttpError, partial(_refused, api))
    api.add_exception_handler(Http404, partial(_not_found, api))
