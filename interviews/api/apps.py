from django.apps import AppConfig


class ApiConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "interviews.api"
    label = "api"
    verbose_name = "JSON API"

    def ready(self) -> None:
        from interviews.api.views import settings_context
        from interviews.extensions import SettingsSection, add_settings_section

        add_settings_section(
            SettingsSection(
                "interviews/_settings_api.html",
                order=30,
                context=settings_context,
                nav=("API tokens", "#api-heading"),
            )
        )
