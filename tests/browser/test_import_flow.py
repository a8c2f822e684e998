"""A spreadsheet imported end to end in a real browser: from /settings/ to a full board."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import UserFactory
from tests.support.browser import log_in

pytestmark = pytest.mark.django_db(transaction=True)

DATA = Path(__file__).parent.parent / "data"


def test_a_google_sheets_export_imported_from_settings_fills_the_board(page):
    UserFactory(username="maria")
    log_in(page, "maria")
    page.get_by_text("Your board is empty").wait_for()

    page.goto("/settings/")
    page.get_by_role("link", name="Import a spreadsheet").click()
    page.get_by_label("Spreadsheet (.csv)").set_input_files(DATA / "google_sheets_export.csv")
    page.get_by_role("button", name="Read the file").click()

    page.get_by_role("heading", name="Which column holds what?").wait_for()
    assert page.get_by_label("Company").input_value() == "0"
    assert page.get_by_label("Dates written like 03/04/2026 mean").input_value() == "month_first"
    page.get_by_role("button", name="See the preview").click()

    page.get_by_text("Nothing is saved yet.").wait_for()
    page.get_by_role("button", name="Import 6 applications").click()

    page.get_by_text("Imported 6 applications.").wait_for()
    assert "Contoso Ltd" in page.locator(".board-column.stage-interviewing").inner_text()
    assert "Adventure Works" in page.locator(".board-column.stage-offer").inner_text()
    assert "Northwind Traders" in page.locator(".board-column.stage-applied").inner_text()


def test_linkedins_job_applications_go_straight_to_the_preview_with_their_dates(page):
    UserFactory(username="lee")
    log_in(page, "lee")
    page.goto("/import/")
    page.get_by_label("Spreadsheet (.csv)").set_input_files(
        DATA / "imports" / "linkedin_job_applications.csv"
    )
    page.get_by_role("button", name="Read the file").click()

    page.get_by_text("Recognised as LinkedIn’s job applications").wait_for()
    rows = page.get_by_role("row")
    assert "3 Nov 2026" in rows.filter(has_text="Northwind Traders").inner_text()
    assert "10 Nov 2026" in rows.filter(has_text="Contoso").inner_text()
    page.get_by_role("button", name="Import 5 applications").click()

    page.get_by_text("Imported 5 applications.").wait_for()
    assert "Northwind Traders" in page.locator(".board-column.stage-applied").inner_text()


def test_huntrs_board_export_is_recognised_and_fills_the_board_by_list(page):
    UserFactory(username="hana")
    log_in(page, "hana")
    page.goto("/import/")
    page.get_by_label("Spreadsheet (.csv)").set_input_files(
        DATA / "imports" / "huntr_board_export.csv"
    )
    page.get_by_role("button", name="Read the file").click()

    page.get_by_text("Recognised as Huntr’s board export").wait_for()
    rows = page.get_by_role("row")
    assert "9 Oct 2026" in rows.filter(has_text="Litware").inner_text()  # moved to Applied
    assert "Rejected on 16 Oct 2026" in rows.filter(has_text="Tailspin Toys").inner_text()
    page.get_by_role("button", name="Import 7 applications").click()

    page.get_by_text("Imported 7 applications.").wait_for()
    assert "Adventure Works" in page.locator(".board-column.stage-offer").inner_text()
    assert "Fabrikam" in page.locator(".board-column.stage-interviewing").inner_text()
