from django.apps import AppConfig


class ExchangeConfig(AppConfig):
    name = "interviews.exchange"
    label = "exchange"
    verbose_name = "Import, backup and restore"

    def ready(self) -> None:
        from interviews.exchange.backup_views import settings_context
        from interviews.exchange.export_job import leaving
        from interviews.extensions import SettingsSection, add_leaving, add_settings_section

        add_leaving(leaving)
        add_settings_section(
            SettingsSection(
                "interviews/_settings_backup.html",
                order=20,
                context=settings_context,
                nav=("Backup and restore", "#data-heading"),
            )
        )
