"""Huntr's, Teal's and Notion's exports imported through the pages, every stage, date and
contact asserted. Huntr's board export and Teal's tracker are recognised by their headers
(interviews/exchange/presets.py says where each came from); Notion goes through the
columns step with its guesses, since its headers are each template's own
(docs/importing.md)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from interviews.models import Application, InterviewRound, Outcome, Stage, UpdateKind
from tests.support.imports import import_guessed, import_recognised, rows, updates

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
D = dt.date


@pytest.fixture(autouse=True)
def fixed_clock():
    with time_machine.travel(NOW, tick=True):
        yield


def test_huntrs_board_export_is_recognised_and_its_lists_dated_by_their_moves(owner_client, user):
    user.email = "someone.else@example.com"  # creatorUserEmail is never read, whoever it is
    user.save()
    preview = import_recognised(owner_client, "huntr_board_export.csv")
    assert "Recognised as Huntr’s board export" in preview
    assert "did not recognise" not in preview and "problems" not in preview
    assert rows(user) == {
        "Northwind Traders": ("Product Designer", Stage.SAVED, None, "", ""),
        # Added straight to the Applied list: added that day, applied that day.
        "Contoso": ("UX Designer", Stage.APPLIED, D(2026, 10, 28), "", ""),
        # Moved from the wish list to Applied on 9 Oct: applied then, not when saved.
        "Litware": ("Interaction Designer", Stage.APPLIED, D(2026, 10, 9), "", ""),
        # Its "Phone Screen" list: a screen held, undated.
        "Wingtip Toys": ("Senior Product Designer", Stage.SCREENING, D(2026, 11, 2), "", ""),
        "Fabrikam": ("Design Lead", Stage.INTERVIEWING, D(2026, 10, 5), "", ""),
        "Adventure Works": ("Senior Designer", Stage.OFFER, D(2026, 9, 22), "", ""),
        "Tailspin Toys": ("Visual Designer", Stage.REJECTED, D(2026, 9, 30), "", ""),
    }
    assert updates(user) == {
        "Adventure Works": (UpdateKind.OFFER_VERBAL, D(2026, 11, 12)),
        "Tailspin Toys": (UpdateKind.REJECTED, D(2026, 10, 16)),
    }
    contoso = Application.objects.get(company="Contoso")
    assert (contoso.salary, contoso.location, contoso.job_url) == (
        "$120,000",
        "Seattle, WA",
        "https://jobs.contoso.example/2",
    )
    # The job description (HTML over several lines) is not a note; "-" is nothing.
    northwind = Application.objects.get(company="Northwind Traders")
    assert (northwind.notes, northwind.salary) == ("", "")


def test_teals_tracker_is_recognised_and_read_without_questions(owner_client, user):
    preview = import_recognised(owner_client, "teal_job_tracker.csv")
    assert "Recognised as Teal’s job tracker" in preview
    assert "did not recognise" not in preview and "problems" not in preview
    assert rows(user) == {
        "Northwind Traders": ("Account Executive", Stage.OFFER, D(2026, 10, 2), "", ""),
        "Contoso": ("Sales Manager", Stage.WITHDRAWN, D(2026, 9, 15), "", ""),
        "Fabrikam": ("Account Manager", Stage.REJECTED, D(2026, 9, 20), "", ""),
        "Adventure Works": ("Customer Success Lead", Stage.APPLIED, D(2026, 10, 25), "", ""),
        "Litware": ("Sales Director", Stage.ACCEPTED, D(2026, 8, 30), "", ""),
        "Proseware": ("Business Development Rep", Stage.SAVED, None, "", ""),
        "Wingtip Toys": ("Regional Sales Lead", Stage.INTERVIEWING, D(2026, 11, 3), "", ""),
        "Woodgrove Bank": ("Enterprise Account Executive", Stage.APPLIED, D(2026, 11, 13), "", ""),
    }
    # Teal writes no date for a status: the row's own date (the day applied), never the
    # day of the import, said in the preview (new-user trial 4).
    assert "no date for the status in the file: dated the day you applied" in preview
    assert updates(user) == {
        "Northwind Traders": (UpdateKind.COUNTER_OFFER, D(2026, 10, 2)),
        "Contoso": (UpdateKind.WITHDREW, D(2026, 9, 15)),
        "Fabrikam": (UpdateKind.REJECTED, D(2026, 9, 20)),
        "Litware": (UpdateKind.ACCEPTED, D(2026, 8, 30)),
    }
    # "Interviewing" with no date at all: an interview held, its date not recorded.
    assert "Other interview, date not recorded" in preview
    (held,) = InterviewRound.objects.filter(application__company="Wingtip Toys")
    assert (held.scheduled_at, held.outcome) == (None, Outcome.DONE)
    northwind = Application.objects.get(company="Northwind Traders")
    assert northwind.notes == "Second call on comp.\nThey asked for my number by Friday."
    assert (northwind.salary, northwind.location) == ("$95,000", "Chicago")


def test_a_notion_database_export_with_its_dates_ranges_and_contacts(owner_client, user):
    preview = import_guessed(owner_client, "notion_job_applications.csv")
    assert "did not recognise" not in preview and "problems" not in preview
    assert rows(user) == {
        "Northwind Traders": (
            "Data Scientist", Stage.INTERVIEWING, D(2026, 10, 20), "Priya Raman",
            "priya.raman@northwind.example",
        ),
        "Contoso": ("Research Engineer", Stage.APPLIED, D(2026, 11, 2), "", ""),
        "Fabrikam": (
            "ML Engineer", Stage.REJECTED, D(2026, 10, 1), "Sam Lee", "sam.lee@fabrikam.example"
        ),
        "Adventure Works": (
            "Data Engineer", Stage.OFFER, D(2026, 9, 14), "Jordan Blake",
            "jordan.blake@adventure-works.example",
        ),
        "Litware": ("Analyst", Stage.SAVED, None, "", ""),
        "Tailspin Toys": ("Analytics Engineer", Stage.APPLIED, D(2026, 9, 1), "", ""),
    }  # fmt: skip
    # No status-date property: each status is dated by the day its notes write out.
    assert updates(user) == {
        "Fabrikam": (UpdateKind.REJECTED, D(2026, 11, 20)),
        "Adventure Works": (UpdateKind.OFFER_VERBAL, D(2026, 11, 30)),
    }
    # The interview dated with its time ("→" range) is a round held at its start.
    (held,) = InterviewRound.objects.filter(application__company="Northwind Traders")
    assert timezone.localtime(held.scheduled_at).replace(tzinfo=None) == dt.datetime(
        2026, 11, 3, 10, 0
    )
    assert held.outcome == Outcome.DONE
    northwind = Application.objects.get(company="Northwind Traders")
    assert northwind.notes == "Panel with the analytics team.\nAsked about A/B testing and SQL."
    offer = Application.objects.get(company="Adventure Works")
    assert offer.notes == (
        "Verbal offer on November 30, 2026.\nWritten offer to follow.\n\n"
        "Interview (from your spreadsheet): October 5, 2026"
    )
    assert offer.salary == "$150,000"
