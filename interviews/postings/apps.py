from django.apps import AppConfig


class PostingsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "interviews.postings"
    label = "postings"
    verbose_name = "Job postings"

    def ready(self) -> None:
        from interviews.extensions import add_application_panel, add_settings_section
        from interviews.postings import parts

        add_settings_section(parts.SETTINGS)
        add_application_panel(parts.PANEL)
