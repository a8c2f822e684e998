from django.apps import AppConfig


class InterviewsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "interviews"
    verbose_name = "Interview pipeline"

    def ready(self) -> None:
        from interviews import checks  # noqa: F401  (registers the checks)
