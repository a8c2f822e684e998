from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "interviews.documents"
    label = "documents"
    verbose_name = "Documents"

    def ready(self) -> None:
        from interviews.documents import parts
        from interviews.documents.stray import stray_files_remove
        from interviews.extensions import add_application_panel, add_daily_cleanup, add_leaving

        add_application_panel(parts.PANEL)
        add_leaving(parts.leaving)
        add_daily_cleanup(stray_files_remove)
