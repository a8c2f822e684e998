"""Sign up; everything else about accounts is django.contrib.auth's."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.debug import sensitive_post_parameters

from interviews.forms import SignupForm
from interviews.profiles import profile_of


@sensitive_post_parameters("password1", "password2")
def signup(request: HttpRequest) -> HttpResponse:
    """Create an account and sign straight in."""
    if request.user.is_authenticated:
        return redirect("interviews:board")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        profile_of(user)
        login(request, user, backend="interviews.auth.ProfileBackend")
        messages.success(request, "Welcome! Add your first application to get started.")
        return redirect("interviews:board")
    return render(request, "registration/signup.html", {"form": form})
