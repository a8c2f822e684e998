"""The offers' pages, under the ``interviews`` namespace."""

from django.urls import path

from interviews.postings import offer_views

urlpatterns = [
    path("offers/", offer_views.offer_board, name="offer_board"),
    path("offers/offers.csv", offer_views.offer_export, name="offer_export"),
    path("applications/<int:pk>/offer/", offer_views.offer_edit, name="offer_edit"),
    path("offers/<int:pk>/delete/", offer_views.offer_delete, name="offer_delete"),
]
