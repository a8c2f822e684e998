"""The log in the agencies' shapes: each layout's exact columns and rows for a month of
mixed records, the printable page, refusals of a bad range, and the query cost."""

from __future__ import annotations

import csv
import datetime as dt
import io
from http import HTTPStatus

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from interviews.services import profile_save
from interviews.worklog.layouts import TABLES
from tests.factories import ActivityFactory
from tests.worklog_month import build_month

pytestmark = pytest.mark.django_db

DOWNLOAD = reverse("interviews:worklog_download")
PRINT = reverse("interviews:worklog_print")
# Sunday 25 Oct to Saturday 21 Nov 2026: four claim weeks across the month boundary.
RANGE = {"start": "2026-10-25", "end": "2026-11-21"}

US_ROWS = [
    [
        "Week ending",
        "Date",
        "Activity",
        "Employer or organisation",
        "Address, e-mail or web address",
        "Phone",
        "Contact name or title",
        "Method of contact",
        "Position",
        "Result",
    ],
    # Cells a spreadsheet would run ("+1 ...", "=HYPERLINK") get a leading quote.
    [
        "10/31/2026",
        "10/30/2026",
        "Job fair",
        "City Job Fair",
        "100 Main St, Seattle",
        "'+1 206 555 0100",
        "Lee Park, Organiser",
        "In person",
        "",
        "Met three employers",
    ],
    [
        "10/31/2026",
        "10/31/2026",
        "Application sent",
        "Acme",
        "https://acme.example/jobs/1",
        "",
        "Dana Reyes",
        "Job board",
        "Engineer",
        "Screening",
    ],
    [
        "10/31/2026",
        "10/31/2026",
        "Phone screen",
        "Acme",
        "https://acme.example/jobs/1",
        "",
        "Sam Lee",
        "Phone",
        "Engineer",
        "Done, waiting to hear",
    ],
    [
        "11/07/2026",
        "11/01/2026",
        "Application sent",
        "Globex",
        "jobs@globex.example",
        "",
        "",
        "Company website",
        "'=HYPERLINK(1)",
        "Applied",
    ],
    [
        "11/07/2026",
        "11/03/2026",
        "Follow-up sent",
        "Globex",
        "jobs@globex.example",
        "",
        "",
        "E-mail",
        "'=HYPERLINK(1)",
        "Applied",
    ],
    [
        "11/07/2026",
        "11/07/2026",
        "Workshop or training",
        "WorkSource",
        "",
        "",
        "",
        "Online",
        "",
        "",
    ],
    # Left Out Inc (9 Nov) is not here: the person left it out.
    [
        "11/14/2026",
        "11/10/2026",
        "Application sent",
        "Initech",
        "dana@example.com",
        "",
        "Dana Reyes",
        "",
        "Analyst",
        "Interviewing",
    ],
    [
        "11/14/2026",
        "11/12/2026",
        "Onsite interview",
        "Initech",
        "dana@example.com",
        "",
        "Ana Ruiz, Bo Chen",
        "In person",
        "Analyst",
        "Advanced to the next step",
    ],
    ["11/21/2026", "11/16/2026", "Recruiter call", "TalentCo", "", "", "", "Phone", "", ""],
    # Its time has passed, so it counts as attended though nobody updated its outcome.
    [
        "11/21/2026",
        "11/21/2026",
        "Final interview",
        "Initech",
        "dana@example.com",
        "",
        "Sam Lee",
        "In person",
        "Analyst",
        "Scheduled",
    ],
]

GERMAN_ROWS = [
    [
        "Datum",
        "Art der Bemühung",
        "Unternehmen",
        "Anschrift",
        "Ansprechpartner",
        "Stelle",
        "Art der Bewerbung",
        "Status",
    ],
    [
        "30.10.2026",
        "Jobmesse",
        "City Job Fair",
        "100 Main St, Seattle, Tel. +1 206 555 0100",
        "Lee Park, Organiser",
        "",
        "Persönlich",
        "Met three employers",
    ],
    [
        "31.10.2026",
        "Bewerbung",
        "Acme",
        "https://acme.example/jobs/1",
        "Dana Reyes",
        "Engineer",
        "Online (Jobbörse)",
        "Im Auswahlverfahren",
    ],
    [
        "31.10.2026",
        "Vorstellungsgespräch",
        "Acme",
        "https://acme.example/jobs/1",
        "Sam Lee",
        "Engineer",
        "Telefonisch",
        "Gespräch geführt, Antwort offen",
    ],
    [
        "01.11.2026",
        "Bewerbung",
        "Globex",
        "jobs@globex.example",
        "",
        "'=HYPERLINK(1)",
        "Online (Firmenwebsite)",
        "Beworben, Antwort offen",
    ],
    [
        "03.11.2026",
        "Nachfrage zur Bewerbung",
        "Globex",
        "jobs@globex.example",
        "",
        "'=HYPERLINK(1)",
        "E-Mail",
        "Beworben, Antwort offen",
    ],
    ["07.11.2026", "Workshop oder Weiterbildung", "WorkSource", "", "", "", "Online", ""],
    [
        "10.11.2026",
        "Bewerbung",
        "Initech",
        "dana@example.com",
        "Dana Reyes",
        "Analyst",
        "",
        "Im Vorstellungsverfahren",
    ],
    [
        "12.11.2026",
        "Vorstellungsgespräch",
        "Initech",
        "dana@example.com",
        "Ana Ruiz, Bo Chen",
        "Analyst",
        "Persönlich",
        "Eine Runde weiter",
    ],
    [
        "16.11.2026",
        "Gespräch mit einem Personalvermittler",
        "TalentCo",
        "",
        "",
        "",
        "Telefonisch",
        "",
    ],
    [
        "21.11.2026",
        "Vorstellungsgespräch",
        "Initech",
        "dana@example.com",
        "Sam Lee",
        "Analyst",
        "Persönlich",
        "Gespräch vereinbart",
    ],
]

UK_JOURNAL = """\
Week Sun 25 Oct – Sat 31 Oct 2026: 3 hours recorded

Fri 30 Oct 2026. Job fair: City Job Fair. How: In person. Contact: Lee Park, Organiser. \
Result: Met three employers. Time spent: 2 hours.

Sat 31 Oct 2026. Application sent: Engineer at Acme. How: Job board. Contact: Dana Reyes. \
Result: Screening. Time spent: not recorded.

Sat 31 Oct 2026. Phone screen: Engineer at Acme. How: Phone. Contact: Sam Lee. \
Result: Done, waiting to hear. Time spent: 1 hour.

Week Sun 1 Nov – Sat 7 Nov 2026: 1 hour 30 minutes recorded

Sun 1 Nov 2026. Application sent: =HYPERLINK(1) at Globex. How: Company website. \
Result: Applied. Time spent: not recorded.

Tue 3 Nov 2026. Follow-up sent: =HYPERLINK(1) at Globex. How: E-mail. Result: Applied. \
Time spent: not recorded.

Sat 7 Nov 2026. Workshop or training: WorkSource. How: Online. Time spent: 1 hour 30 minutes.

Week Sun 8 Nov – Sat 14 Nov 2026: 1 hour 30 minutes recorded

Tue 10 Nov 2026. Application sent: Analyst at Initech. Contact: Dana Reyes. \
Result: Interviewing. Time spent: not recorded.

Thu 12 Nov 2026. Onsite interview: Analyst at Initech. How: In person. \
Contact: Ana Ruiz, Bo Chen. Result: Advanced to the next step. Time spent: 1 hour 30 minutes.

Week Sun 15 Nov – Sat 21 Nov 2026: 1 hour 15 minutes recorded

Mon 16 Nov 2026. Recruiter call: TalentCo. How: Phone. Time spent: 30 minutes.

Sat 21 Nov 2026. Final interview: Analyst at Initech. How: In person. Contact: Sam Lee. \
Result: Scheduled. Time spent: 45 minutes.

"""


@pytest.fixture
def month(client):
    month = build_month()
    client.force_login(month.user)
    return month


def download(client, layout: str, **params) -> tuple[str, str, str]:
    response = client.get(DOWNLOAD, {**RANGE, "layout": layout, **params})
    assert response.status_code == HTTPStatus.OK
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    return response["Content-Type"], response["Content-Disposition"], raw.decode()


def test_the_us_layout_has_the_fields_state_agencies_ask_for(client, month):
    kind, disposition, text = download(client, "us")
    assert kind.startswith("text/csv")
    assert disposition == 'attachment; filename="work-search-log-2026-10-25-to-2026-11-21.csv"'
    assert list(csv.reader(io.StringIO(text))) == US_ROWS


def test_the_german_layout_is_a_bewerbungsnachweis_as_german_excel_opens_it(client, month):
    kind, disposition, text = download(client, "de")
    assert kind.startswith("text/csv")
    assert disposition == 'attachment; filename="bewerbungsnachweis-2026-10-25-to-2026-11-21.csv"'
    # A byte-order mark (else Excel reads it as Windows-1252) and ";" (Excel's separator
    # where the decimal mark is a comma): it opens in columns, its umlauts intact.
    assert text.startswith("\ufeffDatum;Art der Bemühung;")
    assert list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";")) == (
        GERMAN_ROWS
    )


def test_the_uk_journal_is_a_dated_paragraph_per_activity_with_the_time_spent(client, month):
    kind, disposition, text = download(client, "uk")
    assert kind == "text/plain; charset=utf-8"
    assert disposition == 'attachment; filename="work-search-journal-2026-10-25-to-2026-11-21.txt"'
    assert text == UK_JOURNAL


def test_any_days_export_the_whole_weeks_that_hold_them(client, month):
    # Wednesday 4 Nov to Monday 9 Nov: the weeks of 1 Nov and 8 Nov.
    _, disposition, text = download(client, "us", start="2026-11-04", end="2026-11-09")
    assert "2026-11-01-to-2026-11-14" in disposition
    dates = [row[1] for row in csv.reader(io.StringIO(text))][1:]
    assert dates == ["11/01/2026", "11/03/2026", "11/07/2026", "11/10/2026", "11/12/2026"]


def test_the_printable_page_has_a_section_per_week_in_the_chosen_layout(client, month):
    month.profile.weekly_minimum = 3
    profile_save(month.profile)
    response = client.get(PRINT, {**RANGE, "layout": "de"})
    assert response.status_code == HTTPStatus.OK
    page = response.content.decode()
    assert page.count('class="claim-week"') == 4
    assert page.count('<th scope="col">Datum</th>') == 4
    assert "Activities: 3 of 3 — met" in page and "Activities: 2 of 3 — short by 1" in page
    assert "Left Out Inc" not in page
    assert "Jobmesse" in page and "&#x27;=HYPERLINK(1)" not in page  # the page is not a sheet
    assert "Work-search record of claimant" in page


def test_the_printable_journal_has_its_paragraphs(client, month):
    page = client.get(PRINT, {**RANGE, "layout": "uk"}).content.decode()
    assert "Mon 16 Nov 2026. Recruiter call: TalentCo. How: Phone. Time spent: 30 minutes." in page
    assert "<table" not in page


def test_without_parameters_the_last_four_weeks_are_shown(client, month):
    response = client.get(PRINT)
    assert response.status_code == HTTPStatus.OK
    assert response.content.decode().count('class="claim-week"') in (4, 5)


@pytest.mark.parametrize(
    ("params", "reason"),
    [
        ({"start": "2026-11-21", "end": "2026-10-25"}, "The last day is before the first."),
        ({"start": "2025-01-01", "end": "2026-11-21"}, "Pick up to 60 weeks at a time"),
        ({"start": "1900-01-01"}, "Pick a date between"),
        ({"start": "yesterday"}, "Enter a valid date."),
        ({"layout": "fr"}, "Select a valid choice."),
    ],
)
@pytest.mark.parametrize("url", [PRINT, DOWNLOAD])
def test_a_range_that_cannot_be_exported_says_why(client, month, url, params, reason):
    response = client.get(url, {**RANGE, **params})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert reason in response.content.decode()


@pytest.mark.parametrize("layout", ["us", "de", "uk"])
def test_an_export_costs_the_same_queries_at_any_size(client, month, layout):
    def spent() -> int:
        cache.clear()  # a first view of each: worked out, not read from the cache
        with CaptureQueriesContext(connection) as captured:
            for url in (PRINT, DOWNLOAD):
                response = client.get(url, {**RANGE, "layout": layout})
                assert response.status_code == HTTPStatus.OK
                if response.streaming:
                    b"".join(response.streaming_content)
        return len(captured)

    before = spent()
    ActivityFactory.create_batch(30, owner=month.user)  # dated 3 Nov
    # Two pages: session, user, the navigation's count of e-mail to review, and each
    # page's key (next interview, activities, data stamp), its cache read, the four reads
    # with the records of their applications (two more each for sent applications and
    # follow-ups), the people on them (the contact column: one per read, and the
    # interviews' participants), and the five queries that keep what was worked out.
    assert spent() == before == 47


def test_each_row_gives_its_week_ending_and_the_result_as_it_stood_then(client):
    from interviews.models import Application, Stage, UpdateKind
    from tests.factories import ApplicationFactory, StatusUpdateFactory, UserFactory

    user = UserFactory()
    client.force_login(user)
    sent = ApplicationFactory(owner=user, company="Umbrella", applied_on=dt.date(2026, 11, 2))
    StatusUpdateFactory(application=sent, kind=UpdateKind.FOLLOW_UP_SENT, on=dt.date(2026, 11, 9))
    StatusUpdateFactory(application=sent, kind=UpdateKind.REJECTED, on=dt.date(2026, 11, 18))
    _, _, text = download(client, "us")
    rows = {row[1]: (row[0], row[-1]) for row in csv.reader(io.StringIO(text))}
    # Monday-to-Sunday weeks: the application's week ends 8 Nov, the follow-up's 15 Nov;
    # the rejection came on 18 Nov, after both weeks were over.
    assert rows["11/02/2026"] == ("11/08/2026", "Applied")
    assert rows["11/09/2026"] == ("11/15/2026", "Applied")
    assert Application.objects.get(pk=sent.pk).stage == Stage.REJECTED  # today's stage


@pytest.mark.parametrize(
    ("country", "layout", "examples"),
    [("DE", "de", False), ("GB", "uk", False), ("US", "us", True), ("FR", "us", False)],
)
def test_the_export_starts_in_the_layout_of_the_persons_country(
    client, month, country, layout, examples
):
    """A German account was offered the US state log first, with Washington's and
    Wisconsin's rules as the only examples of how long to keep it."""
    profile = month.user.profile
    profile.country = country
    profile_save(profile)
    page = client.get(reverse("interviews:worklog"))
    assert page.context["export"]["layout"].value() == layout
    assert ("Washington asks you to keep it" in page.content.decode()) is examples
    assert client.get(PRINT, {**RANGE}).context["table"] == TABLES.get(layout)
