"""A round's place as a web address: the link on its page, and "online" in the work-search
log when the meeting happens at that address."""

from __future__ import annotations

import pytest

from interviews.models import InterviewRound, RoundKind
from interviews.weblinks import web_address
from interviews.worklog.models import ContactMethod
from interviews.worklog.selectors import contact_method


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://meet.example.com/abc", "https://meet.example.com/abc"),
        ("  http://zoom.us/j/123  ", "http://zoom.us/j/123"),
        ("Room 4B, 1600 Champa St", ""),
        ("+1 303 555 0100", ""),
        ("javascript:alert(1)", ""),
        ("https://", ""),
        ("Join at https://meet.example.com/abc", ""),
        ("http://[::1", ""),  # not a URL at all
        ("", ""),
    ],
)
def test_only_one_whole_http_address_counts(text, expected):
    assert web_address(text) == expected


@pytest.mark.parametrize(
    ("kind", "place", "method"),
    [
        (RoundKind.PANEL, "https://meet.example.com/panel", ContactMethod.ONLINE),
        (RoundKind.PANEL, "1600 Champa St, Denver", ContactMethod.IN_PERSON),
        (RoundKind.ONSITE, "", ContactMethod.IN_PERSON),
        (RoundKind.VIDEO, "", ContactMethod.ONLINE),
        (RoundKind.PHONE, "https://meet.example.com/dial-in", ContactMethod.PHONE),
    ],
)
def test_the_log_says_how_an_interview_was_held(kind, place, method):
    assert contact_method(InterviewRound(kind=kind, location_or_link=place)) == method
