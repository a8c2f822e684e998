"""The documents' pages, included from the core's urls under the ``interviews`` namespace."""

from django.urls import path

from interviews.documents import views

urlpatterns = [
    path("documents/", views.document_list, name="documents"),
    path("documents.csv", views.document_export, name="document_export"),
    path("documents/<int:pk>/file/", views.document_file, name="document_file"),
    path("documents/<int:pk>/edit/", views.document_edit, name="document_edit"),
    path("documents/<int:pk>/delete/", views.document_delete, name="document_delete"),
    path(
        "applications/<int:pk>/documents/",
        views.document_sent_create,
        name="document_sent_create",
    ),
    path(
        "documents/sent/<int:pk>/delete/",
        views.document_sent_delete,
        name="document_sent_delete",
    ),
]
