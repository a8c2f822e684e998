"""Backup, restore and the spreadsheet import, included from the core's urls under the
``interviews`` namespace (every name still reverses as before)."""

from django.urls import path

from interviews.exchange import backup_views, import_views

urlpatterns = [
    path("settings/backup.json", backup_views.backup_download, name="backup_download"),
    path("settings/restore/", backup_views.backup_restore, name="backup_restore"),
    path("settings/backup/", backup_views.backup_export, name="backup_export"),
    path("import/", import_views.import_upload, name="import_upload"),
    path("import/columns/", import_views.import_columns, name="import_columns"),
    path("import/preview/", import_views.import_preview, name="import_preview"),
    path("import/statuses/", import_views.import_statuses, name="import_statuses"),
    path("import/likely/", import_views.import_likely, name="import_likely"),
]
