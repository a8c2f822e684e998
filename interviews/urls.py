from django.urls import path

from interviews.views import (
    applications,
    backup,
    board,
    calendar,
    drafts,
    exports,
    guide,
    rounds,
    settings,
    updates,
    waiting,
    worklog,
    worklog_exports,
)

app_name = "interviews"

urlpatterns = [
    path("", board.board, name="board"),
    path("applications/", board.application_list, name="application_list"),
    path("applications/new/", applications.application_create, name="application_create"),
    path("applications/<int:pk>/", applications.application_detail, name="application_detail"),
    path("applications/<int:pk>/edit/", applications.application_edit, name="application_edit"),
    path(
        "applications/<int:pk>/delete/", applications.application_delete, name="application_delete"
    ),
    path("applications/<int:pk>/rounds/new/", rounds.round_create, name="round_create"),
    path("rounds/<int:pk>/edit/", rounds.round_edit, name="round_edit"),
    path("rounds/<int:pk>/delete/", rounds.round_delete, name="round_delete"),
    path("rounds/<int:pk>/outcome/", rounds.round_outcome, name="round_outcome"),
    path("applications/<int:pk>/updates/new/", updates.update_create, name="update_create"),
    path("updates/<int:pk>/delete/", updates.update_delete, name="update_delete"),
    path("applications/<int:pk>/updates/quick/", updates.update_quick, name="update_quick"),
    path("applications/<int:pk>/drafts/<slug:kind>/", drafts.draft_detail, name="draft"),
    path("applications/<int:pk>/drafts/<slug:kind>/sent/", drafts.draft_sent, name="draft_sent"),
    path("waiting/", waiting.waiting, name="waiting"),
    path("export/applications.csv", exports.export_applications, name="export_applications"),
    path("export/history.csv", exports.export_history, name="export_history"),
    path("guide/", guide.guide, name="guide"),
    path("settings/", settings.settings_page, name="settings"),
    path("settings/backup.json", backup.backup_download, name="backup_download"),
    path("settings/restore/", backup.backup_restore, name="backup_restore"),
    path("rounds/<int:pk>/calendar.ics", calendar.round_ics, name="round_ics"),
    path("calendar/", calendar.calendar_settings, name="calendar_settings"),
    path("calendar/reset/", calendar.calendar_reset, name="calendar_reset"),
    path("feeds/<slug:token>.ics", calendar.calendar_feed, name="calendar_feed"),
    path("worklog/", worklog.worklog, name="worklog"),
    path("worklog/activities/new/", worklog.activity_create, name="activity_create"),
    path("worklog/activities/<int:pk>/edit/", worklog.activity_edit, name="activity_edit"),
    path("worklog/activities/<int:pk>/delete/", worklog.activity_delete, name="activity_delete"),
    path(
        "worklog/entries/<slug:origin>/<int:pk>/exclusion/",
        worklog.entry_exclusion,
        name="entry_exclusion",
    ),
    path("worklog/print/", worklog_exports.worklog_print, name="worklog_print"),
    path("worklog/download/", worklog_exports.worklog_download, name="worklog_download"),
]
