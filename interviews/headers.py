"""Response headers that every page and file of the app carries."""

from __future__ import annotations

from django.utils.cache import patch_cache_control


class PrivateByDefaultMiddleware:
    """``Cache-Control: private, no-store`` on every response the app itself makes.

    Pages show the signed-in person's name and records, exports and calendar files their
    whole search: no shared cache may keep them, and no browser should leave them on disk
    for the next person at a shared computer. Static files are served before this runs
    (whitenoise), with their own long cache lifetimes.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        patch_cache_control(response, private=True, no_store=True)
        return response
