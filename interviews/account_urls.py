"""Account pages beyond django.contrib.auth's own: sign up, a stricter log-in form and a
throttled password reset.

Included before django.contrib.auth.urls, so these names win."""

from django.contrib.auth import views as auth_views
from django.urls import path

from interviews.forms import LoginForm
from interviews.views import accounts

urlpatterns = [
    path("login/", auth_views.LoginView.as_view(authentication_form=LoginForm), name="login"),
    path("signup/", accounts.signup, name="signup"),
    path("password_reset/", accounts.PasswordResetView.as_view(), name="password_reset"),
]
