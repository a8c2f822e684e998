"""The log-in backend: Django's own, loading the person's ``Profile`` with the user.

Every signed-in page reads the profile (time zone, holidays); one join here saves a
query on every request.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class ProfileBackend(ModelBackend):
    def get_user(self, user_id):
        user_model = get_user_model()
        try:
            user = user_model._default_manager.select_related("profile").get(pk=user_id)
        except user_model.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
