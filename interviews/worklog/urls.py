"""The log's pages, included from the core's urls under the ``interviews`` namespace
(no app_name of its own), so every ``interviews:worklog...`` name still reverses."""

from django.urls import path

from interviews.worklog import export_views, views

urlpatterns = [
    path("", views.worklog, name="worklog"),
    path("activities/new/", views.activity_create, name="activity_create"),
    path("activities/<int:pk>/edit/", views.activity_edit, name="activity_edit"),
    path("activities/<int:pk>/delete/", views.activity_delete, name="activity_delete"),
    path(
        "entries/<slug:origin>/<int:pk>/exclusion/",
        views.entry_exclusion,
        name="entry_exclusion",
    ),
    path("print/", export_views.worklog_print, name="worklog_print"),
    path("download/", export_views.worklog_download, name="worklog_download"),
]
