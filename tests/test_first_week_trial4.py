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


JAKE_HEADER = ["Company", "Job Title", "Date Applied", "Where", "Status", "Contact", "Notes"]


def jake_row(where: str, **cells):
    from interviews.exchange.mapping import plan_row
    from interviews.exchange.values import MONTH_FIRST

    values = {"company": "Basecamp Logistics", "role": "Product Owner", "source": where}
    values["applied_on"] = cells.pop("applied_on", "11-4-2026")
    return plan_row(2, values | cells, order=MONTH_FIRST, today=dt.date(2026, 12, 7))


def test_a_where_column_is_the_source_not_the_location():
    from interviews.exchange.mapping import TARGETS, guess_columns

    guess = guess_columns(JAKE_HEADER)
    assert guess["source"] == JAKE_HEADER.index("Where")
    assert guess["location"] is None
    assert TARGETS["source"][0].startswith("Source")


@pytest.mark.parametrize(
    ("where", "source"),
    [
        ("LinkedIn", "job_board"),
        ("Indeed", "job_board"),
        ("Built In Colorado", "job_board"),
        ("governmentjobs.com", "job_board"),
        ("company site", "company_site"),
        ("Empfehlung", "referral"),
    ],
)
def test_where_words_map_onto_the_source_choices(where, source):
    row = jake_row(where)
    assert row.fields["source"] == source
    assert row.fields["location"] == ""


def test_a_referral_keeps_the_name_of_who_referred_you_in_the_notes():
    row = jake_row("referral - Dave")
    assert row.fields["source"] == "referral"
    assert "Referral (from your spreadsheet): Dave" in row.fields["notes"]


def test_a_where_we_do_not_know_is_kept_in_the_notes_as_written():
    row = jake_row("Hacker News thread")
    assert row.fields["source"] == ""
    assert "Where you found it (from your spreadsheet): Hacker News thread" in (row.fields["notes"])
    assert row.notes and not row.problems


def test_the_mapping_page_offers_the_source():
    from interviews.exchange.forms import ColumnsForm

    field = ColumnsForm(header=JAKE_HEADER).fields["source"]
    assert field.label == "Source (where you found it)"
    assert (str(JAKE_HEADER.index("Where")), "Where") in list(field.choices)
