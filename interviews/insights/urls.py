"""The insights page and its pictures, included from the core's urls under the
``interviews`` namespace."""

from django.urls import path

from interviews.insights import views

urlpatterns = [
    path("", views.insights, name="insights"),
    path("charts/<slug:chart>.svg", views.insights_chart, name="insights_chart"),
    path("flow.svg", views.insights_flow_svg, name="insights_flow_svg"),
    path("flow.png", views.insights_flow_png, name="insights_flow_png"),
]
