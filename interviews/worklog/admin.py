from django.contrib import admin

from interviews.worklog.models import Activity


@admin.register(Activity)
class ActivityAdmin(admin.ModelAdmin):
    list_display = ("organisation", "kind", "owner", "on", "method")
    list_filter = ("kind", "method")
    search_fields = ("organisation", "position", "contact_name", "owner__username")
    list_select_related = ("owner",)
    raw_id_fields = ("owner",)
    date_hierarchy = "on"
