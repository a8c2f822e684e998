"""The token pages of /settings/, included from the core's urls under the ``interviews``
namespace. The API itself (``interviews.api.routes``) is mounted at /api/ by the project."""

from django.urls import path

from interviews.api import views

urlpatterns = [
    path("", views.api_token_create, name="api_token_create"),
    path("<int:pk>/revoke/", views.api_token_revoke, name="api_token_revoke"),
]
