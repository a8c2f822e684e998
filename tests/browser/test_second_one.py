"""Back and resubmit in a real browser: the add form sent again never adds the same job
twice without asking, at a laptop's and a phone's size."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from interviews.models import Application
from tests.browser.conftest import LAPTOP, PHONE
from tests.factories import UserFactory
from tests.support.browser import log_in

pytestmark = pytest.mark.django_db(transaction=True)


def fill_and_add(page) -> None:
    page.fill("#id_company", "Müller GmbH")
    page.fill("#id_role", "Data Engineer")
    page.get_by_role("button", name="Add application").click()


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_back_and_submit_again_does_not_add_a_twin_and_a_second_one_is_asked_for(page, viewport):
    page.set_viewport_size(viewport)
    user = UserFactory(username="maria")
    log_in(page, "maria")
    page.goto("/applications/new/")
    fill_and_add(page)
    page.get_by_text("Added Data Engineer at Müller GmbH.").wait_for()

    page.go_back()
    page.get_by_role("button", name="Add application").click()
    page.wait_for_load_state()
    assert Application.objects.filter(owner=user).count() == 1

    page.goto("/applications/new/")
    page.fill("#id_company", "MULLER GMBH")
    page.fill("#id_role", "data engineer")
    page.get_by_role("button", name="Add application").click()
    twin = page.get_by_role("alert")
    expect(twin).to_contain_text("You added Data Engineer at Müller GmbH today already")
    assert Application.objects.filter(owner=user).count() == 1
    twin.get_by_role("button", name="Yes, add a second one").click()
    page.get_by_text("Added data engineer at MULLER GMBH.").wait_for()
    assert Application.objects.filter(owner=user).count() == 2
