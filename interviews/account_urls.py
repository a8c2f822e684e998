"""Account pages beyond django.contrib.auth's own: sign up, and a stricter log-in form.

Included before django.contrib.auth.urls, so this "login" wins."""

from django.contrib.auth import views as auth_views
from django.urls import path

from interviews.forms import LoginForm
from interviews.views import accounts

urlpatterns = [
    path("login/", auth_views.LoginView.as_view(authentication_form=LoginForm), name="login"),
    path("signup/", accounts.signup, name="signup"),
]
