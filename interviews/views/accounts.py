"""Sign up and password resets, throttled; everything else is django.contrib.auth's."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.debug import sensitive_post_parameters

from interviews.accounts.models import Profile
from interviews.accounts.throttle import throttled, throttled_response
from interviews.forms import PlaceForm, SignupForm
from interviews.services import profile_place


@sensitive_post_parameters("password1", "password2")
def signup(request: HttpRequest) -> HttpResponse:
    """Create an account and sign straight in."""
    if request.user.is_authenticated:
        return redirect("interviews:board")
    if request.method == "POST" and throttled(
        request, group="signup", target=request.POST.get("email", "")
    ):
        return throttled_response(request, what="create accounts")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = form.save()
            place = {name: form.cleaned_data[name] for name in PlaceForm.Meta.fields}
            employed = form.cleaned_data["employed"]
            profile_place(Profile(owner=user, employed=employed, **place))
        login(request, user, backend="interviews.accounts.auth.ProfileBackend")
        messages.success(request, "Welcome! Add your first application to get started.")
        return redirect("interviews:board")
    return render(request, "registration/signup.html", {"form": form})


class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset form, with a limit on how many links one address or one mailbox
    can ask for: otherwise anyone could flood a person's inbox with reset mails."""

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if throttled(request, group="password_reset", target=request.POST.get("email", "")):
            return throttled_response(request, what="send reset links")
        return super().post(request, *args, **kwargs)
