"""HR's answers by e-mail in a real browser: paste an invitation and a rejection, accept
both, and watch the board and the Waiting desk change."""

from __future__ import annotations

import datetime as dt
from email.utils import format_datetime

import pytest
from django.utils import timezone

from tests.factories import ApplicationFactory, UserFactory
from tests.support.browser import log_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def seeker():
    user = UserFactory(username="reader")
    for company, contact, days in [
        ("Acme Robotics", "dana@acme-robotics.com", 20),
        ("Kestrel Labs", "mei@kestrellabs.dev", 12),
    ]:
        ApplicationFactory(
            owner=user,
            company=company,
            contact_email=contact,
            applied_on=timezone.localdate() - dt.timedelta(days=days),
        )
    return user


def letter(sender: str, subject: str, body: str) -> str:
    sent = format_datetime(timezone.now() - dt.timedelta(hours=2))
    return f"From: {sender}\nSubject: {subject}\nDate: {sent}\n\n{body}\n"


def paste(page, message: str) -> None:
    page.goto("/mail/add/")
    page.get_by_label("Paste the e-mail").fill(message)
    page.get_by_role("button", name="Read it").click()


def suggestion(page, company: str):
    # By its heading: every card's select lists all the person's applications.
    return page.locator("article.mail-suggestion").filter(has=page.locator("h2", has_text=company))


def test_paste_accept_and_see_the_board_and_waiting_desk_change(page, seeker):
    log_in(page, "reader")
    page.goto("/waiting/")
    assert page.locator("article.waiting-item", has_text="Acme Robotics").count() == 1
    page.get_by_role("link", name="Add from e-mail").click()

    day = timezone.localdate() + dt.timedelta(days=6)
    paste(
        page,
        letter(
            "Mei Tanaka <mei@kestrellabs.dev>",
            "Kestrel Labs - interview",
            f"Hi Jordan,\n\nThanks for applying. I am pleased to invite you to a video interview. "
            f"The interview will take place on {day:%A} {day.day} {day:%B} at 10:00am.\n\nMei",
        ),
    )
    page.get_by_text("Read as: invited to interview.").wait_for()
    paste(
        page,
        letter(
            "Dana Reyes <dana@acme-robotics.com>",
            "Your application",
            "Hi Jordan,\n\nThank you for your time. We have decided to move forward with other "
            "candidates for this role.\n\nDana",
        ),
    )
    page.get_by_text("Read as: rejected.").wait_for()
    assert page.get_by_role("heading", name="E-mail to review").is_visible()

    # Nothing is recorded before the click.
    page.goto("/waiting/")
    assert page.locator("article.waiting-item", has_text="Acme Robotics").count() == 1
    page.get_by_role("link", name="E-mail to review (2)").click()

    suggestion(page, "Acme Robotics").get_by_role("button", name="Accept").click()
    page.get_by_text("Logged for Acme Robotics: rejected.").wait_for()
    suggestion(page, "Kestrel Labs").get_by_role("button", name="Accept").click()
    page.get_by_text("Logged for Kestrel Labs: video interview.").wait_for()
    page.get_by_text("Nothing to review.").wait_for()

    page.goto("/waiting/")
    assert page.locator("article.waiting-item", has_text="Acme Robotics").count() == 0
    assert page.get_by_role("link", name="E-mail to review (0)").is_visible()
    assert "Kestrel Labs" in page.locator("main").inner_text()  # its interview is coming up

    page.get_by_role("link", name="Board").click()
    assert "Kestrel Labs" in page.locator(".board-column.stage-interviewing").inner_text()
    # Closed, its reply still to come: with what is still to do, not in a stage and not
    # folded away (new-user trial 4).
    for column in page.locator(".board-column").all():
        assert "Acme Robotics" not in column.inner_text()
    closed_due = page.get_by_role("region", name="Closed, with something still to do")
    assert "Acme Robotics" in closed_due.inner_text()
