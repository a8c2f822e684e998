"""The Insights page on a known search: every number on it, exactly, in each window."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from http import HTTPStatus

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from interviews.insights.selectors import cohort_journeys, window_named
from interviews.models import Application, Stage
from tests.factories import ApplicationFactory, InterviewRoundFactory, StatusUpdateFactory
from tests.insights_search import NOW, at, known_search, on

pytestmark = pytest.mark.django_db
URL = reverse("interviews:insights")


class Tables(HTMLParser):
    """The text of each cell of each table with an id, row by row."""

    def __init__(self, html: str):
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.table = self.cell = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.table = self.tables.setdefault(dict(attrs).get("id", ""), [])
        elif tag == "tr" and self.table is not None:
            self.table.append([])
        elif tag in ("td", "th") and self.table is not None:
            self.cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.table[-1].append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "table":
            self.table = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def text_of(html: str, element_id: str) -> str:
    found = re.search(rf'id="{element_id}"[^>]*>(.*?)</', html, re.S)
    assert found, element_id
    return " ".join(found.group(1).split())


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def person(clock):
    return known_search()


@pytest.fixture
def client_of(person):
    client = Client()
    client.force_login(person)
    return client


def page(client, window: str = "") -> tuple[str, dict[str, list[list[str]]]]:
    response = client.get(URL + (f"?window={window}" if window else ""))
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    return html, Tables(html).tables


ALL_TIME = {
    # Cora (rejected after her onsite) counts as interviewing; Glow (withdrawn after an
    # offer) and Iris (offer rescinded) as offers; Lumen, never sent, nowhere.
    "funnel-numbers": [
        ["Stage reached", "Applications", "Of the stage before"],
        ["Applied", "12", "–"],
        ["Screening", "6", "50%"],
        ["Interviewing", "5", "83%"],
        ["Offer", "3", "60%"],
        ["Accepted", "1", "33%"],
    ],
    # Acme and Echo had only acknowledgements: not replies.
    "replies-numbers": [
        ["Source", "Sent", "Replied", "Reply rate"],
        ["Job board", "7", "5", "71%"],
        ["Referral", "3", "3", "too few to tell"],
        ["Recruiter", "1", "1", "too few to tell"],
        ["Not recorded", "1", "0", "too few to tell"],
        ["All sources", "12", "9", "75%"],
    ],
    # Business days, Veterans Day (Wed 11 Nov) left out: Cora applied Mon 9 Nov and was
    # invited Fri 13 Nov (3), Dune applied Tue 10 Nov and was screened Thu 12 Nov (1).
    "reply-times-numbers": [
        ["Applications", "Replies", "Median", "Middle half"],
        ["All sources", "9 of 12", "2 days", "1–3"],
        ["Job board", "5 of 7", "2 days", "2–3"],
        ["Referral", "3 of 3", "too few to tell"],
        ["Recruiter", "1 of 1", "too few to tell"],
        ["Not recorded", "0 of 1", "too few to tell"],
        ["Companies you applied to more than once"],
        ["Acme", "2 of 3", "too few to tell"],
    ],
    # Dune's cancelled video is no interview.
    "interviews-numbers": [
        ["First interview", "Had one", "A second", "Third or later", "Offer"],
        ["Phone screen (too few to tell)", "2", "1", "1", "1"],
        ["Video interview (too few to tell)", "2", "1", "0", "0"],
        ["Group interview (too few to tell)", "1", "0", "0", "1"],
        ["Lunch interview (too few to tell)", "1", "0", "0", "1"],
        ["All kinds", "6", "2 (33%)", "1", "3 (50%)"],
    ],
    "flow-numbers": [
        ["From", "To", "Applications"],
        ["Applied", "Screening", "6"],
        ["Applied", "Rejected", "2"],
        # Jade, on hold since August, was open when Helix's offer was accepted: the advice
        # says to withdraw, so it is still open, not gone quiet.
        ["Applied", "Still open", "4"],
        ["Screening", "Interviewing", "5"],
        ["Screening", "Still open", "1"],
        ["Interviewing", "Offer", "3"],
        ["Interviewing", "Rejected", "2"],
        ["Offer", "Accepted", "1"],
        ["Offer", "Offer rescinded", "1"],
        ["Offer", "Withdrawn", "1"],
    ],
}
ALL_TIME_SUMMARIES = {
    "funnel": "Of 12 applications sent, 6 reached screening, 5 interviews, 3 an offer and "
    "1 an accepted offer, each counted at the furthest stage it reached.",
    "replies": "9 of 12 applications got a reply from the employer (75%); automatic "
    "acknowledgements do not count. Too few to tell (under 5 sent): Referral, Recruiter "
    "and Not recorded.",
    "reply-times": "9 replies so far: median 2 business days, middle half 1 to 3 from "
    "sending to the first answer.",
    "interviews": "6 applications had a first interview; 2 went on to a second, 1 to a "
    "third or later, and 3 to an offer.",
    "activity": "In the last 12 weeks: 11 applications, 9 interviews and 2 follow-ups. "
    "Most applications in the week of 16 Nov: 2.",
    "flow": "Where 12 applications stand now: 1 accepted, 1 offer rescinded, 4 rejected, "
    "1 withdrawn and 5 still open.",
}
# ISO weeks in Los Angeles, the last twelve up to Wed 25 Nov. Cora's video (05:00 UTC on
# Mon 16 Nov) was on Sunday 15 Nov there: week 46.
WEEKS = [
    ["Week", "Applications", "Interviews", "Follow-ups"],
    ["w/c 7 Sep", "0", "0", "0"],
    ["w/c 14 Sep", "0", "0", "0"],
    ["w/c 21 Sep", "0", "0", "0"],
    ["w/c 28 Sep", "1", "0", "0"],
    ["w/c 5 Oct", "2", "3", "0"],
    ["w/c 12 Oct", "0", "1", "0"],
    ["w/c 19 Oct", "1", "1", "0"],
    ["w/c 26 Oct", "0", "1", "0"],
    ["w/c 2 Nov", "2", "0", "0"],
    ["w/c 9 Nov", "2", "2", "0"],
    ["w/c 16 Nov", "2", "0", "1"],
    ["w/c 23 Nov", "1", "1", "1"],
]


def summaries(html: str) -> dict[str, str]:
    found = re.findall(r'data-summary="([^"]+)">([^<]*)<', html)
    return {slug: " ".join(text.split()) for slug, text in found}


def test_every_number_on_the_page_for_all_time(client_of):
    html, tables = page(client_of)
    assert text_of(html, "insights-scope") == (
        "12 applications sent in all, counted from what you have logged."
    )
    assert {name: tables[name] for name in ALL_TIME} == ALL_TIME
    assert tables["activity-numbers"] == WEEKS
    assert summaries(html) == ALL_TIME_SUMMARIES


def test_what_is_waiting_comes_from_the_waiting_desks_numbers(client_of, person):
    insights = client_of.get(URL).context["waiting"]
    waiting = client_of.get(reverse("interviews:waiting"))
    desk = waiting.context["desk"]

    counted = (insights["you_owe"], insights["they_owe"], insights["due_today"])
    assert counted == (len(desk.you_owe), len(desk.they_owe), desk.due_today)
    html, _ = page(client_of)
    sentence = f"{len(desk.they_owe)} employer{'s' if len(desk.they_owe) != 1 else ''} owe"
    assert sentence in html.split('id="waiting-now"')[1].split("</p>")[0]
    # The board's pill counts the same courts (first-week finding 10).
    board = client_of.get(reverse("interviews:board")).content.decode()
    pill = f"Waiting on {len(desk.they_owe)} · {desk.due_today} to do today"
    assert pill in board


def test_the_last_30_days_count_only_what_was_sent_since_27_october(client_of):
    html, tables = page(client_of, "30")
    assert text_of(html, "insights-scope").startswith("7 applications sent in the last 30 days")
    assert tables["funnel-numbers"][1:] == [
        ["Applied", "7", "–"],
        ["Screening", "2", "29%"],
        ["Interviewing", "1", "50%"],
        ["Offer", "0", "0%"],
        ["Accepted", "0", "–"],
    ]
    assert tables["replies-numbers"][1:] == [
        ["Job board", "6", "4", "67%"],
        ["Not recorded", "1", "0", "too few to tell"],
        ["All sources", "7", "4", "57%"],
    ]
    assert tables["reply-times-numbers"][1:3] == [
        ["All sources", "4 of 7", "too few to tell"],
        ["Job board", "4 of 6", "too few to tell"],
    ]
    assert summaries(html)["reply-times"] == (
        "4 replies so far, half of them within 2.5 business days: too few yet to call that "
        "a usual wait."
    )
    # The weeks do not depend on the window.
    assert tables["activity-numbers"] == WEEKS


def test_the_last_7_and_90_days(client_of):
    html, tables = page(client_of, "7")
    assert text_of(html, "insights-scope").startswith("1 application sent in the last 7 days")
    assert tables["replies-numbers"][-1] == ["All sources", "1", "0", "too few to tell"]
    assert summaries(html)["replies"].startswith(
        "0 of 1 application got a reply from the employer (too few to tell yet)"
    )
    _, tables = page(client_of, "90")
    assert tables["funnel-numbers"][1] == ["Applied", "11", "–"]  # Jade, 24 Aug, is older


def test_the_window_control_keeps_its_state_in_the_url(client_of):
    html, _ = page(client_of, "30")
    current = re.findall(r'<a class="nav-link active" href="([^"]+)" aria-current="page">', html)
    assert current == ["/insights/", "?window=30"]  # the main navigation, then the window
    assert 'src="/insights/charts/funnel.svg?window=30"' in html
    assert 'href="/insights/flow.png?window=30" download' in html


@pytest.mark.parametrize("window", ["", "all", "365", "x" * 500, "\x00"])
def test_an_unknown_window_means_all_time(client_of, window):
    _, tables = page(client_of, window)
    assert tables["funnel-numbers"][1] == ["Applied", "12", "–"]


def test_the_stranger_sees_only_their_own_search(clock):
    known_search()
    stranger = Client()
    stranger.force_login(Application.objects.get(company="Other Co").owner)
    html, tables = page(stranger)
    assert text_of(html, "insights-scope").startswith("3 applications sent in all")
    assert tables["funnel-numbers"][1:4] == [
        ["Applied", "3", "–"],
        ["Screening", "2", "67%"],
        ["Interviewing", "2", "100%"],
    ]


def test_an_empty_search_says_what_to_do(clock, owner_client):
    html, tables = page(owner_client)
    assert text_of(html, "insights-scope") == (
        "No applications sent yet. Add one with the date you sent it and it will count here."
    )
    assert tables["funnel-numbers"][1] == ["Applied", "0", "–"]


# --- What the database adds up for each application (selectors.cohort_journeys) ----------


def journey_with(user, rounds=(), updates=(), applied_on=dt.date(2026, 11, 2)):
    application = ApplicationFactory(owner=user, applied_on=applied_on)
    for kind, when, outcome in rounds:
        InterviewRoundFactory(
            application=application, kind=kind, scheduled_at=when, outcome=outcome
        )
    for kind, day in updates:
        StatusUpdateFactory(application=application, kind=kind, on=day)
    (journey,) = cohort_journeys(user, today=NOW.date(), window=window_named("all"))
    return journey


def test_a_rejection_after_the_onsite_reached_interviewing(clock, user):
    journey = journey_with(
        user,
        rounds=[("video", at(11, 9), "advanced"), ("onsite", at(11, 16), "not_selected")],
        updates=[("rejected", on(11, 18))],
    )
    assert (journey.reached, journey.outcome) == (Stage.INTERVIEWING, "rejected")
    assert (journey.meetings, journey.first_meeting_kind) == (2, "video")


def test_a_withdrawal_after_an_offer_reached_offer(clock, user):
    journey = journey_with(user, updates=[("offer_written", on(11, 10)), ("withdrew", on(11, 12))])
    assert (journey.reached, journey.outcome) == (Stage.OFFER, "withdrawn")


def test_an_acknowledgement_is_not_a_reply(clock, user):
    journey = journey_with(user, updates=[("acknowledged", on(11, 3))])
    assert (journey.first_reply_on, journey.reached) == (None, Stage.APPLIED)


def test_a_cancelled_round_says_nothing_and_a_take_home_is_no_meeting(clock, user):
    journey = journey_with(
        user, rounds=[("onsite", at(11, 5), "cancelled"), ("take_home", at(11, 6), "done")]
    )
    assert journey.reached == Stage.INTERVIEWING  # the take-home was real
    assert (journey.meetings, journey.first_meeting_kind) == (0, "")
    assert journey.first_reply_on == on(11, 6)


def test_the_first_meeting_is_the_earliest_whatever_the_order_logged(clock, user):
    journey = journey_with(
        user,
        rounds=[("onsite", at(11, 12), "done"), ("lunch", at(11, 9), "done")],
        updates=[("invited", on(11, 6))],
    )
    assert (journey.first_meeting_kind, journey.first_reply_on) == ("lunch", on(11, 6))


def test_a_round_booked_ahead_is_a_reply_from_the_day_it_was_booked_not_its_day(user):
    """Logged on 20 Nov for 15 Dec: they had answered by 20 Nov. Its day, three weeks
    ahead, is no reply time at all; a round typed in late keeps its own day."""
    with time_machine.travel(at(11, 20, 9), tick=False):
        ahead = journey_with(
            user, rounds=[("video", at(12, 15, 11), "scheduled")], applied_on=on(11, 9)
        )
    assert ahead.first_reply_on == on(11, 20)


def test_a_round_typed_in_late_is_a_reply_on_its_own_day(clock, user):
    typed_late = journey_with(user, rounds=[("phone", at(11, 10), "done")])
    assert typed_late.first_reply_on == on(11, 10)


def test_an_interview_booked_ahead_is_not_a_first_interview_had_yet(clock, user):
    """'Where first interviews led' counted it while 'Your weeks' did not."""
    booked = journey_with(user, rounds=[("video", at(12, 15, 11), "scheduled")])
    assert booked.meetings == 0 and booked.first_meeting_kind == ""
