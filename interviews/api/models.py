"""Personal API tokens: made, named and revoked by their owner in /settings/.

Only a SHA-256 hash of each token is stored: tokens are 256 random bits, so a fast hash
is as safe as a slow one, and a request is authenticated with one indexed lookup. The
token itself is shown once, when it is made.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class ApiTokenQuerySet(models.QuerySet):
    def for_user(self, user) -> ApiTokenQuerySet:
        return self.filter(owner=user)

    def live(self) -> ApiTokenQuerySet:
        return self.filter(revoked_at__isnull=True)


class ApiToken(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100, help_text="What uses it, e.g. “n8n at home”.")
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    # The first characters, so the person can tell tokens apart without the secret.
    prefix = models.CharField(max_length=12, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, editable=False)
    revoked_at = models.DateTimeField(null=True, editable=False)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        db_table = "interviews_apitoken"
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"API token “{self.name}” of {self.owner}"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None
