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
    # Nor a follow-up to send: the desk's count and the board's pill agree on none.
    from interviews.desk import counts

    assert desk.due_today == 0 == counts(user, TUESDAY.date())["due_today"]


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


HAPAG_MAIL = (
    "Sehr geehrte Frau Khalil,\n\nvielen Dank für Ihre Bewerbung als UX Researcherin. Ihre "
    "Unterlagen liegen der Fachabteilung vor. Wir melden uns bis Ende nächster Woche bei "
    "Ihnen.\n\nMit freundlichen Grüßen\nTalent Acquisition, Hapag-Lloyd AG"
)


def hapag(user):
    from interviews.accounts.models import Profile

    Profile.objects.filter(owner=user).update(
        country="DE", region="HH", time_zone="Europe/Berlin", place_confirmed=True
    )
    return ApplicationFactory(
        owner=user,
        company="Hapag-Lloyd",
        role="UX Researcher",
        source="referral",
        applied_on=dt.date(2026, 11, 16),
        contact_name="",
        contact_email="",
    )


def accepted_mail(client, user, application, **changed):
    from interviews.hrmail.suggestions import candidates_of, suggestion_record
    from tests.support.mail import mail

    raw = mail(
        HAPAG_MAIL,
        sender="Hapag-Lloyd Talent Acquisition <jobs@hlag.com>",
        subject="Ihre Bewerbung",
        date="Mon, 07 Dec 2026 16:00:00 +0100",
    )
    suggestion, _, _ = suggestion_record(owner=user, raw=raw, candidates=candidates_of(user))
    client.force_login(user)
    data = {"application": application.pk, "kind": suggestion.kind} | changed
    client.post(reverse("interviews:mail_accept", args=[suggestion.pk]), data)
    return suggestion


@time_machine.travel(TUESDAY, tick=False)
def test_a_promise_read_from_a_mail_is_recorded_and_nobody_is_chased_before_it(client, user):
    from interviews.guidance import advise
    from interviews.models import Application, StatusUpdate

    application = hapag(user)
    accepted_mail(client, user, application)
    update = StatusUpdate.objects.get(application=application)
    assert update.news_by == dt.date(2026, 12, 18)
    advice = advise(Application.objects.with_records().get(pk=application.pk), today=TUESDAY.date())
    keys = {step.key: step.due for step in advice.next_steps}
    # Their move: the nudge waits for the day after their date; and telling the friend who
    # referred her, three weeks after applying, has had its moment.
    assert keys.get("follow_up_1") == dt.date(2026, 12, 21)
    assert "referral_tell" not in keys
    body = client.get(application.get_absolute_url()).content.decode()
    assert "Follow up today" not in body


@time_machine.travel(TUESDAY, tick=False)
def test_the_mail_review_can_change_the_promised_date(client, user):
    from interviews.models import StatusUpdate

    application = hapag(user)
    client.force_login(user)
    page = client.get(reverse("interviews:mail_review"))
    assert page.status_code == 200
    accepted_mail(client, user, application, news_by="2026-12-23")
    assert StatusUpdate.objects.get(application=application).news_by == dt.date(2026, 12, 23)


@time_machine.travel(TUESDAY, tick=False)
def test_the_review_form_shows_the_date_it_read_to_change(client, user):
    from interviews.hrmail.suggestions import candidates_of, suggestion_record
    from tests.support.mail import mail

    hapag(user)
    raw = mail(HAPAG_MAIL, sender="jobs@hlag.com", date="Mon, 07 Dec 2026 16:00:00 +0100")
    suggestion, _, _ = suggestion_record(owner=user, raw=raw, candidates=candidates_of(user))
    client.force_login(user)
    body = client.get(reverse("interviews:mail_review")).content.decode()
    assert f'<label for="s{suggestion.pk}_news_by">They&#x27;ll get back to you by' in body
    assert 'value="2026-12-18"' in body


def advice_of(application, today):
    from interviews.guidance import advise
    from interviews.models import Application

    return advise(Application.objects.with_records().get(pk=application.pk), today=today)


MONDAY = dt.datetime(2026, 12, 7, 23, tzinfo=dt.UTC)  # 16:00 in Denver


@time_machine.travel(MONDAY, tick=False)
def test_a_rejection_entered_weeks_after_it_came_asks_for_nothing_today(user):
    from tests.factories import StatusUpdateFactory

    alpine = ApplicationFactory(owner=user, company="Alpine Software")
    StatusUpdateFactory(application=alpine, kind="rejected", on=dt.date(2026, 11, 20))
    steps = advice_of(alpine, dt.date(2026, 12, 7)).next_steps
    assert [step for step in steps if step.due is not None] == []


@time_machine.travel(MONDAY, tick=False)
def test_no_reply_is_suggested_to_a_rejection_nobody_can_read(user):
    from tests.factories import StatusUpdateFactory

    front = ApplicationFactory(owner=user, company="Front Range", contact_name="", contact_email="")
    StatusUpdateFactory(application=front, kind="rejected", on=dt.date(2026, 12, 7))
    keys = [step.key for step in advice_of(front, dt.date(2026, 12, 7)).next_steps]
    assert "rejected_reply" not in keys
    named = ApplicationFactory(owner=user, company="Named Co", contact_name="Dana Reyes")
    StatusUpdateFactory(application=named, kind="rejected", on=dt.date(2026, 12, 7))
    keys = [step.key for step in advice_of(named, dt.date(2026, 12, 7)).next_steps]
    assert "rejected_reply" in keys


@time_machine.travel(MONDAY, tick=False)
def test_a_closed_application_with_a_step_still_to_come_is_not_folded_away(client, user):
    from tests.factories import StatusUpdateFactory

    fresh = ApplicationFactory(owner=user, company="Front Range", contact_name="Dana Reyes")
    StatusUpdateFactory(application=fresh, kind="rejected", on=dt.date(2026, 12, 7))
    old = ApplicationFactory(owner=user, company="Alpine Software")
    StatusUpdateFactory(application=old, kind="rejected", on=dt.date(2026, 11, 20))
    client.force_login(user)
    context = client.get(reverse("interviews:board")).context
    assert [application.company for application, _, _ in context["closed_due"]] == ["Front Range"]
    assert [application.company for application in context["closed"]] == ["Alpine Software"]


JAKE_CSV = (
    "Company,Job Title,Date Applied,Where,Status,Contact,Notes\n"
    "Rocky Mtn Health Partners,Product Manager - Digital,11/2,company site,"
    "phone screen done 11/10,Karen (recruiter),she said hiring mgr call next\n"
    "Front Range Analytics,PM II,Nov 3 2026,Indeed,no response,,\n"
    "Basecamp Logistics,Product Owner,11-4-2026,referral - Dave,interviewing,Dave Ortiz,\n"
    "Boulder Robotics,Technical PM,Nov 10,LinkedIn,applied,,\n"
    "Red Rocks Ticketing,Product Manager,10/30,Glassdoor,applied - no word,,\n"
    "Lakewood Labs,Product Manager,12/20,LinkedIn,On hold,,\n"
    "Summit Outdoor Co,Senior Product Manager,10/28/26,LinkedIn,on hold,,\n"
)


def jake_preview(user):
    from interviews.exchange.importer import preview
    from interviews.exchange.mapping import Reading, guess_columns
    from interviews.exchange.spreadsheet import read_table
    from interviews.exchange.values import MONTH_FIRST

    table = read_table(JAKE_CSV.encode())
    columns = guess_columns(table.header)
    return preview(user, table, columns, reading=Reading(order=MONTH_FIRST), today=MONDAY.date())


@time_machine.travel(MONDAY, tick=False)
def test_dates_without_a_year_are_read_in_the_files_year_never_ahead(user):
    found = {row.fields["company"]: row for row in jake_preview(user).ready}
    assert jake_preview(user).refused == []
    assert found["Rocky Mtn Health Partners"].fields["applied_on"] == dt.date(2026, 11, 2)
    assert found["Boulder Robotics"].fields["applied_on"] == dt.date(2026, 11, 10)
    assert found["Red Rocks Ticketing"].fields["applied_on"] == dt.date(2026, 10, 30)
    # 20 Dec 2026 would be after the import day: the year before.
    assert found["Lakewood Labs"].fields["applied_on"] == dt.date(2025, 12, 20)
    assert found["Red Rocks Ticketing"].fields["notes"] == ""  # "applied - no word" is known


@time_machine.travel(MONDAY, tick=False)
def test_a_status_without_a_date_is_dated_from_the_row_never_the_import_day(user):
    found = {row.fields["company"]: row for row in jake_preview(user).ready}
    kind, on, note = found["Summit Outdoor Co"].update
    assert (kind, on) == ("on_hold", dt.date(2026, 10, 28))
    assert "dated the day you applied" in note


@time_machine.travel(MONDAY, tick=False)
def test_phone_screen_done_with_its_day_is_a_screening_held_that_day(user):
    from interviews.exchange.importer import import_rows
    from interviews.models import Application, RoundKind

    plan = jake_preview(user)
    rocky = next(row for row in plan.ready if row.fields["company"].startswith("Rocky"))
    assert rocky.interview[0].date() == dt.date(2026, 11, 10)
    import_rows(user, plan.ready)
    imported = Application.objects.with_records().get(company__startswith="Rocky")
    held = imported.rounds.get()
    assert (held.kind, timezone.localdate(held.scheduled_at)) == (
        RoundKind.PHONE_SCREEN,
        dt.date(2026, 11, 10),
    )
    assert imported.stage == "screening"
    advice = advice_of(imported, MONDAY.date())
    assert advice.waiting_state != "quiet"
    basecamp = advice_of(Application.objects.get(company="Basecamp Logistics"), MONDAY.date())
    # The import day is not the last contact: the newest dated record is.
    assert basecamp.last_activity_on == dt.date(2026, 11, 4)


@time_machine.travel(MONDAY, tick=False)
def test_the_feed_puts_a_follow_up_on_the_day_the_app_shows_it(client, user):
    from icalendar import Calendar

    from interviews.accounts.models import Profile
    from interviews.models import Application, CalendarFeed

    Profile.objects.filter(owner=user).update(country="US", time_zone="America/Denver")
    boulder = ApplicationFactory(
        owner=user, company="Boulder Robotics", applied_on=dt.date(2026, 11, 10)
    )
    stored = Application.objects.get(pk=boulder.pk).follow_up_on
    assert stored is not None and stored < dt.date(2026, 12, 7)  # its own day has passed
    client.force_login(user)
    card = client.get(reverse("interviews:board")).content.decode()
    assert "Follow up today" in card
    feed, _ = CalendarFeed.objects.get_or_create(owner=user)
    response = client.get(reverse("interviews:calendar_feed", args=[feed.token]))
    (event,) = [
        e for e in Calendar.from_ical(response.content).walk("VEVENT") if "follow-up" in e["UID"]
    ]
    assert event.decoded("DTSTART") == dt.date(2026, 12, 7)


@time_machine.travel(MONDAY, tick=False)
def test_a_job_added_by_hand_that_the_import_brought_asks_before_a_second_one(client, user):
    from interviews.models import Application

    imported = ApplicationFactory(
        owner=user, company="Peak Fintech", role="Sr PM Payments", applied_on=dt.date(2026, 11, 5)
    )
    Application.objects.filter(pk=imported.pk).update(
        created_at=timezone.now() - dt.timedelta(days=3)
    )
    client.force_login(user)
    form = {
        "company": "Peak FinTech",
        "role": "Senior Product Manager, Payments",
        "applied_on": "2026-11-05",
    }
    response = client.post(reverse("interviews:application_create"), form)
    body = response.content.decode()
    assert "This looks like one you have: Sr PM Payments at Peak Fintech, applied Thu 5 Nov" in body
    assert "Yes, add a second one" in body
    assert Application.objects.filter(owner=user).count() == 1
    # Another role at the same company, or the same role on another day, is not asked about.
    other = form | {"role": "Data Analyst"}
    assert client.post(reverse("interviews:application_create"), other).status_code == 302
    client.post(reverse("interviews:application_create"), form | {"second_one": "1"})
    assert Application.objects.filter(owner=user).count() == 3


def test_the_import_and_the_add_form_read_one_rule():
    from interviews.exchange import likely
    from interviews.likely_same import Tracking

    assert likely.Tracking is Tracking


@time_machine.travel(TUESDAY, tick=False)
def test_a_verbal_offer_asks_for_it_in_writing_before_the_answer(client, user):
    from interviews.actions import stage_actions
    from interviews.drafts import TITLES, available_drafts, compose
    from interviews.models import Application
    from tests.factories import StatusUpdateFactory

    otto = ApplicationFactory(owner=user, company="Otto Group", applied_on=dt.date(2026, 11, 10))
    StatusUpdateFactory(
        application=otto,
        kind="offer_verbal",
        on=dt.date(2026, 12, 7),
        respond_by=dt.date(2026, 12, 15),
    )
    StatusUpdateFactory(application=otto, kind="references_requested", on=dt.date(2026, 12, 8))
    otto = Application.objects.with_records().get(pk=otto.pk)
    actions = stage_actions(otto)
    assert [(a.label, a.primary) for a in actions][:2] == [
        ("Log the written offer", True),
        ("Accept", False),
    ]
    advice = advice_of(otto, TUESDAY.date())
    kinds = available_drafts(otto, advice, another_offer=False)
    assert [TITLES[kind] for kind in kinds] == [
        "Thank them and ask for it in writing",
        "Ask for time to decide",
        "Negotiate the offer",
        "Accept the offer",
        "Decline the offer",
    ]
    for kind in kinds:
        body = compose(kind, otto, advice, signature="Amira").body
        assert "grateful for any update" not in body and "withdraw" not in body.lower()


@time_machine.travel(TUESDAY, tick=False)
def test_a_written_offer_keeps_accept_as_its_main_action(user):
    from interviews.actions import stage_actions
    from interviews.models import Application
    from tests.factories import StatusUpdateFactory

    offer = ApplicationFactory(owner=user, company="Airbus")
    StatusUpdateFactory(application=offer, kind="offer_written", on=dt.date(2026, 12, 7))
    actions = stage_actions(Application.objects.with_records().get(pk=offer.pk))
    assert (actions[0].label, actions[0].primary) == ("Accept", True)


@time_machine.travel(TUESDAY, tick=False)
def test_marking_an_offer_draft_sent_records_the_answer(client, user):
    from interviews.models import Application, Stage
    from tests.factories import StatusUpdateFactory

    offer = ApplicationFactory(owner=user, company="Airbus")
    StatusUpdateFactory(application=offer, kind="offer_written", on=dt.date(2026, 12, 7))
    client.force_login(user)
    page = client.get(reverse("interviews:draft", args=[offer.pk, "offer_decline"]))
    assert "I have decided not to accept it" in page.content.decode()
    client.post(reverse("interviews:draft_sent", args=[offer.pk, "offer_decline"]))
    assert Application.objects.get(pk=offer.pk).stage == Stage.DECLINED
