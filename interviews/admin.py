from django.contrib import admin

from interviews import services
from interviews.models import Application, Contact, InterviewRound, StatusUpdate


class RecomputesStage:
    """Admin edits go through the same path as the app: each is the application's latest
    activity, and the stage follows every change."""

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        instance = form.instance
        services.application_touch(getattr(instance, "application", instance))

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        if not isinstance(obj, Application):
            services.application_touch(obj.application)

    def delete_queryset(self, request, queryset):
        if queryset.model is Application:
            super().delete_queryset(request, queryset)
            return
        applications = {obj.application for obj in queryset.select_related("application")}
        super().delete_queryset(request, queryset)
        for application in applications:
            services.application_touch(application)


class InterviewRoundInline(admin.TabularInline):
    model = InterviewRound
    extra = 0
    fields = ("kind", "scheduled_at", "outcome", "reply_promised_by", "thank_you_sent_on")


class StatusUpdateInline(admin.TabularInline):
    model = StatusUpdate
    extra = 0
    fields = ("on", "kind", "note", "respond_by", "starts_on")


@admin.register(Application)
class ApplicationAdmin(RecomputesStage, admin.ModelAdmin):
    list_display = ("company", "role", "owner", "stage", "applied_on", "last_activity_at")
    list_filter = ("stage", "work_mode", "source")
    search_fields = ("company", "role", "owner__username")
    list_select_related = ("owner",)
    readonly_fields = ("stage", "last_activity_at", "created_at", "updated_at")
    raw_id_fields = ("owner",)
    inlines = [InterviewRoundInline, StatusUpdateInline]


@admin.register(InterviewRound)
class InterviewRoundAdmin(RecomputesStage, admin.ModelAdmin):
    list_display = ("application", "kind", "scheduled_at", "outcome")
    list_filter = ("kind", "outcome")
    search_fields = ("application__company", "application__role")
    list_select_related = ("application",)
    raw_id_fields = ("application",)
    date_hierarchy = "scheduled_at"


@admin.register(StatusUpdate)
class StatusUpdateAdmin(RecomputesStage, admin.ModelAdmin):
    list_display = ("application", "kind", "on")
    list_filter = ("kind",)
    search_fields = ("application__company", "application__role", "note")
    list_select_related = ("application",)
    raw_id_fields = ("application",)
    date_hierarchy = "on"


@admin.register(Contact)
class ContactAdmin(admin.ModelAdmin):
    list_display = ("name", "email", "company", "owner")
    search_fields = ("name", "email", "company", "owner__username")
    list_select_related = ("owner",)
    raw_id_fields = ("owner",)

    def save_model(self, request, obj, form, change):
        # Folded for the search, and their applications' advice follows a new name.
        if change:
            services.contact_edit(obj)
        else:
            services.contact_save(obj)

    def delete_model(self, request, obj):
        services.contact_delete(obj)
