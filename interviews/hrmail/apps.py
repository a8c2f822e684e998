from django.apps import AppConfig


class HrmailConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "interviews.hrmail"
    label = "hrmail"
    verbose_name = "HR mail"

    def ready(self) -> None:
        from interviews.extensions import SettingsSection, add_settings_section
        from interviews.hrmail.mailbox_views import settings_context
        from interviews.hrmail.tasks import queue_fetches
        from interviews.jobs.schedule import Periodic, add_periodic

        add_settings_section(
            SettingsSection("interviews/_mailbox_settings.html", order=40, context=settings_context)
        )
        add_periodic(Periodic("mailbox fetch", "mailbox fetches", queue_fetches))
