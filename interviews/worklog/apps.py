from django.apps import AppConfig


class WorklogConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "interviews.worklog"
    label = "worklog"
    verbose_name = "Work-search log"
