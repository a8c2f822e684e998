"""Top-level URLs: accounts, the admin and the app."""

from django.contrib import admin
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path

from interviews.api.routes import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("accounts/", include("interviews.account_urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("interviews.urls")),
    path("", include("interviews.jobs.urls")),
    # Browsers ask for /favicon.ico whatever the page says: send them to the icon.
    path(
        "favicon.ico",
        # Looked up when asked for, not at import: without collected files (check --deploy
        # in CI), the manifest has no entry yet.
        lambda request: redirect(static("interviews/favicon.svg"), permanent=True),
        name="favicon",
    ),
]

# A database that is busy or out of space answers 503 with Retry-After, not 500.
handler500 = "interviews.views.errors.server_error"
