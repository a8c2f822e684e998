from django.contrib import admin

from interviews.hrmail.models import MailAccount, MailSuggestion


@admin.register(MailSuggestion)
class MailSuggestionAdmin(admin.ModelAdmin):
    list_display = ("owner", "kind", "company", "status", "sent_at", "source")
    list_filter = ("status", "kind", "source")
    search_fields = ("company", "subject", "sender", "owner__username")
    list_select_related = ("owner",)
    raw_id_fields = ("owner", "application")


@admin.register(MailAccount)
class MailAccountAdmin(admin.ModelAdmin):
    # The encrypted password is not editable and never listed.
    list_display = ("owner", "host", "username", "folder", "last_checked_at", "last_error")
    search_fields = ("owner__username", "host", "username")
    list_select_related = ("owner",)
    raw_id_fields = ("owner",)
    readonly_fields = ("last_uid", "uid_validity", "last_checked_at", "last_error")
