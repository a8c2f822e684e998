"""Who is calling: a personal token (``Authorization: Bearer itk_...``) for tools, or the
browser's session with its CSRF token."""

from __future__ import annotations

from ninja.security import HttpBearer, django_auth

from interviews.api.tokens import token_owner


class TokenAuth(HttpBearer):
    def authenticate(self, request, token: str):
        user = token_owner(token)
        if user is not None:
            # The same lookups as the pages (interviews.access) read request.user.
            request.user = user
        return user


AUTH = [TokenAuth(), django_auth]
