"""A fourth new-user trial's findings that need no browser (docs/first-week-trial4.md):
words and places as a person in Germany or the US reads them, the desk's courts."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from interviews.forms import StatusUpdateForm
from interviews.models import Outcome
from interviews.profiles import country_in_sentence
from interviews.regions import region_names
from tests.factories import ApplicationFactory, InterviewRoundFactory

pytestmark = pytest.mark.django_db

TUESDAY = dt.datetime(2026, 12, 8, 10, tzinfo=dt.UTC)


def test_the_german_regions_are_the_sixteen_states_and_no_city():
    names = region_names("DE")
    assert len(names) == 16
    assert "Augsburg" not in names and "Augsburg" not in names.values()
    assert names["HH"] == "Hamburg" and names["BY"] == "Bavaria"
    # Cities the package keeps for a local holiday are never offered, in any country.
    assert "Barcelona" not in region_names("ES") and "Stadt Zurich" not in region_names("CH")


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("US", "the United States"),
        ("GB", "the United Kingdom"),
        ("NL", "the Netherlands"),
        ("DE", "Germany"),
        ("FR", "France"),
    ],
)
def test_a_country_reads_with_the_where_english_puts_it(code, words):
    assert country_in_sentence(code) == words


def test_the_region_question_names_the_united_states_with_the(client, user):
    from interviews.accounts.models import Profile

    Profile.objects.filter(owner=user).update(country="US", region="", place_confirmed=True)
    client.force_login(user)
    body = client.get(reverse("interviews:board")).content.decode()
    assert "Some public holidays in the United States are kept only" in body


def test_the_deadline_help_names_us_jargon_only_to_a_person_in_the_us():
    german = StatusUpdateForm(country="DE").fields["respond_by"].help_text
    assert "adverse" not in german
    assert german == "For an offer, the date they want your answer by."
    american = StatusUpdateForm(country="US").fields["respond_by"].help_text
    assert "pre-adverse action notice (the warning a US employer must send" in american


def test_the_stage_guide_glosses_the_pre_adverse_action_notice(client, user):
    client.force_login(user)
    body = client.get(reverse("interviews:guide")).content.decode()
    assert "Pre-adverse action notice (US: a warning before a background report is held" in body


@time_machine.travel(TUESDAY, tick=False)
def test_writing_down_how_it_went_is_a_note_to_self_not_owed_to_them(client, user):
    application = ApplicationFactory(owner=user, company="Colfax Health")
    InterviewRoundFactory(
        application=application,
        scheduled_at=timezone.make_aware(dt.datetime(2026, 12, 7, 9)),
        outcome=Outcome.DONE,
    )
    client.force_login(user)
    desk = client.get(reverse("interviews:waiting")).context["desk"]
    assert [card["application"].company for card in desk.they_owe] == ["Colfax Health"]
    assert desk.they_owe[0]["state"].step == "Write down how it went"
    assert desk.you_owe == []
