from django.apps import AppConfig


class WorklogConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "interviews.worklog"
    label = "worklog"
    verbose_name = "Work-search log"

    def ready(self) -> None:
        from interviews.extensions import add_board_extra, add_digest_lines, add_settings_section
        from interviews.worklog import parts

        add_settings_section(parts.SETTINGS)
        add_board_extra(parts.board_tally)
        add_digest_lines(parts.digest_short_weeks)
