from django.apps import AppConfig


class WorklogConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "interviews.worklog"
    label = "worklog"
    verbose_name = "Work-search log"

    def ready(self) -> None:
        from interviews.sections import SettingsSection, add_settings_section

        add_settings_section(SettingsSection("interviews/worklog/_settings_card.html", order=10))
