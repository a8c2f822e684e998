"""The jobs people started, for staff (the tasks themselves are in django-tasks-db's own
admin, "Task results": queued, running, failed and done, with their times)."""

from django.contrib import admin

from interviews.jobs.models import Job


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "status", "owner", "done", "total", "created_at", "finished_at"]
    list_filter = ["status", "kind"]
    search_fields = ["name", "owner__username"]
    date_hierarchy = "created_at"
    # Read-only: a job is the worker's to change. The stored table is never shown.
    readonly_fields = ["owner", "kind", "name", "status", "done", "total", "report", "created_at"]
    exclude = ["work"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
