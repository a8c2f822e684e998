"""Account pages beyond django.contrib.auth's own: sign up."""

from django.urls import path

from interviews.views import accounts

urlpatterns = [
    path("signup/", accounts.signup, name="signup"),
]
