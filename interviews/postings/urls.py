"""The postings' pages, included from the core's urls under the ``interviews`` namespace."""

from django.urls import path

from interviews.postings import views

urlpatterns = [
    path("", views.posting_list, name="posting_list"),
    path("new/", views.posting_create, name="posting_create"),
    path("postings.csv", views.posting_export, name="posting_export"),
    path("<int:pk>/", views.posting_detail, name="posting_detail"),
    path("<int:pk>/print/", views.posting_print, name="posting_print"),
    path("<int:pk>/delete/", views.posting_delete, name="posting_delete"),
    path("<int:pk>/application/", views.posting_application, name="posting_application"),
    path("bookmarklet/", views.bookmarklet_key, name="bookmarklet_key"),
    path("bookmarklet/<slug:key>/", views.posting_bookmarklet, name="posting_bookmarklet"),
]
