"""``advise_case``: situation files read into records and the focus application's advice
printed, with nothing left in the database."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from interviews.models import Application

pytestmark = pytest.mark.django_db

CASES = Path(__file__).parent / "data" / "advice_cases"


def run(*paths: Path) -> str:
    out = io.StringIO()
    call_command("advise_case", *map(str, paths), "--in-place", stdout=out)
    return out.getvalue()


def test_an_offer_whose_check_has_run_four_weeks_asks_for_a_call_today():
    text = run(CASES / "offer-background-check-four-weeks.json")
    assert "stage:       offer" in text
    assert "situation:   background_check" in text
    assert "[Wed 18 Nov 2026-11-18] Call Lee today" in text
    assert "gone quiet" not in text.lower()
    assert not Application.objects.exists()


def test_a_process_after_an_offer_accepted_elsewhere_is_closed_kindly():
    text = run(CASES / "accepted-elsewhere.json")
    assert "headline:    You accepted an offer at Fabrikam Ltd" in text
    assert "Tell the other companies" not in text


def test_a_hold_with_a_booking_asks_whether_it_is_still_on_and_warns_of_two_submissions():
    text = run(CASES / "hold-with-onsite-booked.json")
    assert "ask whether the onsite interview on Thu 26 Nov still goes ahead" in text
    assert "You also applied for the Backend engineer role at Globex yourself." in text


def test_a_bad_file_gets_a_clear_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"today": "2026-13-01", "focus": "a", "applications": []}')
    with pytest.raises(CommandError, match="today: '2026-13-01' is not a YYYY-MM-DD date"):
        run(bad)


def test_an_unknown_kind_of_update_is_named(tmp_path):
    bad = tmp_path / "kind.json"
    bad.write_text(
        '{"today": "2026-11-20", "focus": "a", "applications": [{"ref": "a", "company": "A",'
        ' "role": "R", "updates": [{"on": "2026-11-02", "kind": "ghosted"}]}]}'
    )
    with pytest.raises(CommandError, match=re.escape("a.updates[0].kind: 'ghosted' is not one of")):
        run(bad)
