"""Documents in a real Chromium, at a laptop's and a phone's size: the empty library,
uploading a version, recording it on an application's page, and deleting it after the
confirmation, each page free of anything axe-core would flag."""

from __future__ import annotations

import pytest

from tests.browser.conftest import LAPTOP, PHONE
from tests.factories import ApplicationFactory, UserFactory
from tests.support.axe import violations
from tests.support.browser import log_in
from tests.support.documents import PDF

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_upload_record_and_delete_a_version(browser, live_server, viewport):
    owner = UserFactory(username="seeker")
    application = ApplicationFactory(owner=owner, company="Fernhill")
    context = browser.new_context(base_url=live_server.url, viewport=viewport)
    page = context.new_page()
    page.set_default_timeout(10_000)
    log_in(page, "seeker")

    page.goto("/documents/")
    assert "No documents yet" in page.locator("#no-documents").inner_text()
    assert violations(page) == []

    page.get_by_label("Label").fill("Platform, one page")
    page.get_by_label("File").set_input_files(
        {"name": "cv.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    page.get_by_role("button", name="Upload").click()
    page.get_by_role("link", name="Platform, one page", exact=True).wait_for()
    assert violations(page) == []

    page.goto(f"/applications/{application.pk}/")
    panel = page.locator("#documents")
    assert "No résumé or cover letter recorded" in panel.inner_text()
    panel.get_by_text("Record a version sent").click()
    panel.get_by_label("Version").select_option(label="Résumé: Platform, one page")
    panel.get_by_role("button", name="Record it").click()
    page.locator("#documents").get_by_role("link", name="Platform, one page", exact=True).wait_for()
    assert violations(page) == []

    page.goto("/documents/")
    page.get_by_role("link", name="Delete “Platform, one page”").click()
    page.get_by_role("heading", name="Delete “Platform, one page”?").wait_for()
    assert violations(page) == []
    page.get_by_role("button", name="Yes, delete").click()
    page.locator("#no-documents").wait_for()
    context.close()
