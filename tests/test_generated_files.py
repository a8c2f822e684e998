"""Files and links made from what people typed: calendars, mailto: links, CSV exports.
Each test replays an attack that once worked."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from http import HTTPStatus
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from icalendar import Calendar

from interviews.forms import ApplicationForm, InterviewRoundForm, ProfileForm
from interviews.mailto import mailto
from interviews.models import Application
from interviews.profiles import profile_of
from interviews.services import profile_save
from interviews.views.exports import safe_cell
from tests.factories import ApplicationFactory, InterviewRoundFactory

pytestmark = pytest.mark.django_db

TRICK_ADDRESS = "hr%40corp.com?bcc=spy%40evil.com&body=hi@example.com"


def round_file(client, interview_round) -> bytes:
    response = client.get(reverse("interviews:round_ics", args=[interview_round.pk]))
    assert response.status_code == HTTPStatus.OK
    return response.content


@pytest.mark.parametrize("company", ["Acme\nCorp", "Acme\rCorp", "Acme\r\nCorp"])
def test_a_line_break_stored_in_a_company_name_still_makes_a_valid_round_file(
    owner_client, user, company
):
    # Stored before the forms refused it (or through any other path).
    application = ApplicationFactory(owner=user)
    Application.objects.filter(pk=application.pk).update(company=company)
    body = round_file(owner_client, InterviewRoundFactory(application=application))
    assert b"Corp" in body
    # No bare CR or LF anywhere: every line of the file ends in CRLF.
    assert all(b"\r" not in line and b"\n" not in line for line in body.split(b"\r\n"))
    Calendar.from_ical(body)


def test_commas_and_semicolons_in_a_calendar_name_are_escaped(owner_client, user):
    application = ApplicationFactory(owner=user, company="Smith, Jones; Partners")
    body = round_file(owner_client, InterviewRoundFactory(application=application, kind="video"))
    assert "NAME:Video interview · Smith\\, Jones\\; Partners\r\n".encode() in body
    assert "X-WR-CALNAME:Video interview · Smith\\, Jones\\; Partners\r\n".encode() in body


@pytest.mark.parametrize(
    ("form_class", "field", "base"),
    [
        (ApplicationForm, "company", {"company": "Acme", "role": "Engineer"}),
        (ApplicationForm, "role", {"company": "Acme", "role": "Engineer"}),
        (ApplicationForm, "location", {"company": "Acme", "role": "Engineer"}),
        (ApplicationForm, "salary", {"company": "Acme", "role": "Engineer"}),
        (ApplicationForm, "recruiter_name", {"company": "Acme", "role": "Engineer"}),
        (ApplicationForm, "referrer_name", {"company": "Acme", "role": "Engineer"}),
        (InterviewRoundForm, "interviewers", {}),
        (InterviewRoundForm, "location_or_link", {}),
        (ProfileForm, "full_name", {}),
    ],
)
@pytest.mark.parametrize("brk", ["\n", "\r", "\u2028", "\x0b"])
def test_one_line_fields_refuse_line_breaks_with_a_clear_error(form_class, field, base, brk):
    data = {**base, field: f"first{brk}second"}
    form = form_class(data)
    assert not form.is_valid()
    assert form.errors[field] == ["Keep this to one line, without line breaks."]


def test_a_tricky_contact_address_adds_no_header_to_the_link_on_the_application_page(
    owner_client, user
):
    application = ApplicationFactory(owner=user, contact_email=TRICK_ADDRESS)
    # It passes the form's e-mail check, which is why the link must encode it.
    form = ApplicationForm({"company": "A", "role": "B", "recruiter_email": TRICK_ADDRESS})
    assert form.is_valid(), form.errors
    body = owner_client.get(application.get_absolute_url()).content.decode()
    assert 'href="mailto:hr%2540corp.com%3Fbcc%3Dspy%2540evil.com%26body%3Dhi@example.com"' in body
    assert not [href for href in re.findall(r'href="([^"]*)"', body) if "bcc=" in href]


def test_the_mailto_builder_keeps_every_part_in_its_place():
    link = mailto(TRICK_ADDRESS, subject="Hi & welcome?", body="Line 1\nbcc=x&cc=y")
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == TRICK_ADDRESS
    assert parse_qs(parts.query) == {"subject": ["Hi & welcome?"], "body": ["Line 1\nbcc=x&cc=y"]}
    assert mailto("a@example.com") == "mailto:a@example.com"


@pytest.mark.parametrize("separator", [",", ";", "\t", "|"])
@pytest.mark.parametrize("formula", ["=1+1", "+1+1", "-1+1", "@SUM(A1)", " =1+1"])
def test_no_csv_cell_becomes_a_formula_whatever_separator_reopens_it(separator, formula):
    cell = safe_cell(f"x{separator}{formula}")
    for part in cell.split(separator):
        assert not part.strip().startswith(("=", "+", "-", "@")), (cell, part)
    assert safe_cell(formula).lstrip().startswith("'")


def test_a_note_with_a_semicolon_formula_reopened_with_semicolons_stays_text(owner_client, user):
    ApplicationFactory(owner=user, notes="x;=5+5")
    response = owner_client.get(reverse("interviews:export_applications"))
    text = b"".join(response.streaming_content).decode()
    for row in csv.reader(io.StringIO(text), delimiter=";"):
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row), row


def test_plain_text_survives_the_csv_guard():
    assert safe_cell("Sam Lee, Ana Díaz") == "Sam Lee, Ana Díaz"
    assert safe_cell("50k-60k") == "50k-60k"
    assert safe_cell(None) == ""


def test_export_timestamps_are_in_the_persons_time_zone_as_dates(owner_client, user):
    profile = profile_of(user)
    profile.time_zone = "Europe/Berlin"
    profile_save(profile)
    application = ApplicationFactory(owner=user)
    stamp = dt.datetime(2026, 11, 27, 8, 30, tzinfo=dt.UTC)
    Application.objects.filter(pk=application.pk).update(created_at=stamp)
    response = owner_client.get(reverse("interviews:export_applications"))
    header, row = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert row[header.index("created_at")] == "2026-11-27 09:30:00"
    last = Application.objects.get().last_activity_at.astimezone(ZoneInfo("Europe/Berlin"))
    assert row[header.index("last_activity_at")] == last.strftime("%Y-%m-%d %H:%M:%S")
