"""The offers' pages, under the ``interviews`` namespace."""

from django.urls import path

from interviews.postings import offer_views

urlpatterns = [
    path("offers/", offer_views.offer_board, name="offer_board"),
    path("applications/<int:pk>/offer/", offer_views.offer_edit, name="offer_edit"),
    path("offers/<int:pk>/delete/", offer_views.offer_delete, name="offer_delete"),
]
