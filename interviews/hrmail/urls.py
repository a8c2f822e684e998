"""HR's mail to review and the mailbox settings, included from the core's urls under the
``interviews`` namespace (every ``interviews:mail...`` name still reverses)."""

from django.urls import path

from interviews.hrmail import mailbox_views, views

urlpatterns = [
    path("mail/", views.mail_review, name="mail_review"),
    path("mail/add/", views.mail_add, name="mail_add"),
    path("mail/<int:pk>/accept/", views.mail_accept, name="mail_accept"),
    path("mail/<int:pk>/dismiss/", views.mail_dismiss, name="mail_dismiss"),
    path(
        "mail/<int:pk>/new-application/",
        views.mail_application_create,
        name="mail_application_create",
    ),
    path("settings/mailbox/", mailbox_views.mailbox_save, name="mailbox_save"),
    path("settings/mailbox/remove/", mailbox_views.mailbox_remove, name="mailbox_remove"),
]
