"""Steps the browser tests share."""

from __future__ import annotations

from tests.factories import PASSWORD


def log_in(page, username):
    page.goto("/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("heading", name="Your pipeline").wait_for()
