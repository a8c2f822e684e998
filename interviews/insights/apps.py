from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "interviews.insights"
    label = "insights"
    verbose_name = "Insights"
