"""A fourth new-user trial's findings (docs/first-week-trial4.md), walked in Chromium at a
laptop's size in light and a phone's in dark, with axe-core finding nothing to fix: the
Waiting desk's bars are red only when a step of the person's is late and "Last contact"
is the newest one; the board's stages read in one order at every size."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from playwright.sync_api import expect

from interviews.accounts.models import Profile
from interviews.models import UpdateKind
from tests.browser.conftest import LAPTOP, PHONE
from tests.factories import ApplicationFactory, StatusUpdateFactory, UserFactory
from tests.support.axe import assert_no_violations
from tests.support.browser import log_in

pytestmark = pytest.mark.django_db(transaction=True)

# Tue 8 Dec 2026, mid-morning in Berlin.
NOW = dt.datetime(2026, 12, 8, 9, tzinfo=dt.UTC)
SIZES = pytest.mark.parametrize(
    ("viewport", "scheme"), [(LAPTOP, "light"), (PHONE, "dark")], ids=["laptop", "phone-dark"]
)
RED = {"light": "rgb(220, 53, 69)", "dark": "rgb(220, 53, 69)"}


def amira():
    user = UserFactory(username="amira")
    Profile.objects.filter(owner=user).update(
        country="DE", region="HH", time_zone="Europe/Berlin", place_confirmed=True
    )
    return user


def open_as(browser, live_server, username: str, viewport: dict, scheme: str):
    context = browser.new_context(base_url=live_server.url, viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    page.set_default_timeout(10_000)
    log_in(page, username)
    return context, page


def bar_colour(card) -> str:
    return card.locator("progress").evaluate("bar => getComputedStyle(bar).accentColor")


@SIZES
def test_the_desk_paints_no_red_bar_where_nothing_of_yours_is_late(
    browser, live_server, viewport, scheme
):
    with time_machine.travel(NOW, tick=True):
        user = amira()
        hapag = ApplicationFactory(
            owner=user, company="Hapag-Lloyd", applied_on=dt.date(2026, 11, 16)
        )
        StatusUpdateFactory(
            application=hapag,
            kind=UpdateKind.ACKNOWLEDGED,
            on=dt.date(2026, 12, 7),
            news_by=dt.date(2026, 12, 18),
        )
        ApplicationFactory(owner=user, company="Quiet GmbH", applied_on=dt.date(2026, 9, 1))
        context, page = open_as(browser, live_server, "amira", viewport, scheme)
        page.goto("/waiting/")
        promised = page.locator("article.waiting-item", has_text="Hapag-Lloyd")
        # The newest contact, not the day she applied.
        expect(promised.locator(".last-contact")).to_contain_text("Last contact Mon 7 Dec")
        quiet = page.locator("article.waiting-item", has_text="Quiet GmbH")
        expect(quiet.locator(".state-label")).to_have_text("Gone quiet")
        for card in (promised, quiet):
            expect(card.locator("progress")).to_be_visible()
            assert bar_colour(card) != RED[scheme], card.inner_text()
        assert_no_violations(page)
        context.close()


@SIZES
def test_a_card_with_a_note_due_inside_the_usual_window_says_why(
    browser, live_server, viewport, scheme
):
    with time_machine.travel(NOW, tick=True):
        user = amira()
        ApplicationFactory(owner=user, company="New Work SE", applied_on=dt.date(2026, 11, 24))
        context, page = open_as(browser, live_server, "amira", viewport, scheme)
        card = page.locator(".board-card", has_text="New Work SE")
        expect(card).to_contain_text("Follow up today")
        expect(card).to_contain_text("A short note now is fair; most reply by")
        expect(card).not_to_contain_text("Reply usually by")
        assert_no_violations(page)
        context.close()


@SIZES
def test_the_board_reads_its_stages_in_one_order_at_every_size(
    browser, live_server, viewport, scheme
):
    with time_machine.travel(NOW, tick=True):
        user = amira()
        for company, applied in (("Otto Group", dt.date(2026, 11, 10)), ("Airbus", None)):
            ApplicationFactory(owner=user, company=company, applied_on=applied)
        context, page = open_as(browser, live_server, "amira", viewport, scheme)
        columns = page.locator(".board-column")
        in_the_page = columns.evaluate_all("all => all.map(c => c.dataset.stage)")
        assert in_the_page[:2] == ["saved", "applied"] and in_the_page[-1] == "offer"
        boxes = [columns.nth(n).bounding_box() for n in range(columns.count())]
        # Shown in the order they are read and tabbed: left to right, or top to bottom.
        along = [box["x"] for box in boxes] if viewport == LAPTOP else [box["y"] for box in boxes]
        assert along == sorted(along), (in_the_page, along)
        # The first card the keyboard reaches is the first card shown.
        first_shown = page.locator(".board-card a").first
        first_shown.focus()
        expect(first_shown).to_contain_text("Airbus")
        assert_no_violations(page)
        context.close()


@SIZES
def test_a_verbal_offer_leads_with_getting_it_in_writing_and_offers_its_own_drafts(
    browser, live_server, viewport, scheme
):
    with time_machine.travel(NOW, tick=True):
        user = amira()
        otto = ApplicationFactory(
            owner=user, company="Otto Group", applied_on=dt.date(2026, 11, 10)
        )
        StatusUpdateFactory(
            application=otto,
            kind=UpdateKind.OFFER_VERBAL,
            on=dt.date(2026, 12, 7),
            respond_by=dt.date(2026, 12, 15),
        )
        context, page = open_as(browser, live_server, "amira", viewport, scheme)
        page.goto(otto.get_absolute_url())
        main = page.locator(".stage-actions .btn-primary")
        expect(main).to_have_count(1)
        expect(main).to_have_text("Log the written offer")
        drafts = page.locator("#drafts")
        for title in ("Thank them and ask for it in writing", "Ask for time to decide",
                      "Negotiate the offer", "Accept the offer", "Decline the offer"):  # fmt: skip
            expect(drafts).to_contain_text(title)
        expect(drafts).not_to_contain_text("Follow-up")
        expect(drafts).not_to_contain_text("Withdraw your application")
        assert_no_violations(page)
        context.close()


HAPAG_MAIL = (
    "Sehr geehrte Frau Khalil,\n\nvielen Dank für Ihre Bewerbung. Ihre Unterlagen liegen der "
    "Fachabteilung vor. Wir melden uns bis Ende nächster Woche bei Ihnen.\n\n"
    "Mit freundlichen Grüßen\nTalent Acquisition, Hapag-Lloyd AG"
)


@SIZES
def test_the_mail_review_shows_the_promised_date_to_change_and_keeps_it(
    browser, live_server, viewport, scheme
):
    from interviews.hrmail.suggestions import candidates_of, suggestion_record
    from interviews.models import StatusUpdate
    from tests.support.mail import mail

    with time_machine.travel(NOW, tick=True):
        user = amira()
        hapag = ApplicationFactory(
            owner=user, company="Hapag-Lloyd", applied_on=dt.date(2026, 11, 16), source="referral"
        )
        raw = mail(HAPAG_MAIL, sender="jobs@hlag.com", date="Mon, 07 Dec 2026 16:00:00 +0100")
        suggestion_record(owner=user, raw=raw, candidates=candidates_of(user))
        context, page = open_as(browser, live_server, "amira", viewport, scheme)
        page.goto("/mail/")
        page.locator(".mail-accept summary").click()
        promised = page.get_by_label("They'll get back to you by")
        expect(promised).to_have_value("2026-12-18")
        promised.fill("2026-12-21")
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        assert_no_violations(page)
        page.get_by_role("button", name="Accept").click()
        page.get_by_text("Logged for Hapag-Lloyd").wait_for()
        assert StatusUpdate.objects.get(application=hapag).news_by == dt.date(2026, 12, 21)
        page.goto(hapag.get_absolute_url())
        expect(page.get_by_text("Follow up today")).to_have_count(0)
        expect(page.get_by_text("Tell the person who referred you")).to_have_count(0)
        context.close()
