"""What the navigation shows on every page: the count of e-mails to review, read lazily
so that pages for visitors who are not logged in never query it."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from interviews.hrmail.suggestions import pending_count


def navigation(request: HttpRequest) -> dict[str, object]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"nav_mail_pending": SimpleLazyObject(lambda: pending_count(user))}
