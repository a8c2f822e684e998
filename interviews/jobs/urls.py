from django.urls import path

from interviews.jobs import views

app_name = "jobs"

urlpatterns = [
    path("jobs/<int:pk>/", views.job, name="job"),
    path("jobs/<int:pk>/file", views.job_file, name="job_file"),
]
