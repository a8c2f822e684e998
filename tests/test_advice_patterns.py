"""Each pattern of issue #19, recorded through the product's forms in the person's own
calendar, with the advice read from the application page on a fixed day and its dates
asserted."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from interviews.accounts.models import Profile
from interviews.models import Application
from interviews.services import profile_save

pytestmark = pytest.mark.django_db


def on_day(day: dt.date):
    """The clock at noon UTC on ``day``: the pages' today."""
    return time_machine.travel(dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC), tick=False)


def settle(user, *, country="", region="", employed=False):
    profile = Profile.objects.get(owner=user)
    profile.country, profile.region, profile.employed = country, region, employed
    profile.time_zone = "UTC"
    profile_save(profile)


def apply(client, user, company="Acme", role="Analyst", **fields) -> Application:
    data = {"company": company, "role": role, "applied_on": "2026-10-05", **fields}
    client.post(reverse("interviews:application_create"), data)
    return Application.objects.get(owner=user, company=company, role=role)


def update(client, application, kind, on, **fields):
    url = reverse("interviews:update_create", args=[application.pk])
    response = client.post(url, {"kind": kind, "on": on, **fields})
    assert response.status_code == 302, response.context["form"].errors


def a_round(client, application, when, **fields):
    url = reverse("interviews:round_create", args=[application.pk])
    data = {"kind": "video", "scheduled_at": when, "duration_minutes": "60", **fields}
    response = client.post(url, {"outcome": "done", **data})
    assert response.status_code == 302, response.context["form"].errors


def advice(client, application):
    return client.get(application.get_absolute_url()).context["advice"]


def test_a_verbal_offer_whose_check_has_run_four_weeks_asks_for_a_call(owner_client, user):
    settle(user, country="US", region="CA", employed=True)
    with on_day(dt.date(2026, 11, 18)):
        app = apply(owner_client, user)
        a_round(owner_client, app, "2026-10-01T10:00")
        update(owner_client, app, "offer_verbal", "2026-10-16")
        update(owner_client, app, "background_check", "2026-10-19")
        read = advice(owner_client, app)
    assert read.situation == "background_check" and not read.quiet
    assert read.timing_line == "No word since Mon 19 Oct: call them"
    call = [s for s in read.next_steps if s.key == "check_chase_now"]
    assert call and call[0].due == dt.date(2026, 11, 18)


def test_a_hold_after_a_verbal_offer_reads_as_an_offer_on_hold(owner_client, user):
    with on_day(dt.date(2026, 11, 20)):
        app = apply(owner_client, user)
        update(owner_client, app, "offer_verbal", "2026-11-10")
        update(owner_client, app, "on_hold", "2026-11-18", note="Headcount approval")
        read = advice(owner_client, app)
    assert read.headline.startswith("Offer on hold")
    # Due the day after the news (Thu 19 Nov), so due today: asking is open-ended.
    assert [s.due for s in read.next_steps if s.key == "hold_offer_call"] == [dt.date(2026, 11, 20)]
    assert read.follow_up_on == dt.date(2026, 11, 25)  # five business days: a weekly call


def test_a_pause_with_an_onsite_booked_asks_whether_it_is_still_on(owner_client, user):
    with on_day(dt.date(2026, 11, 20)):
        app = apply(owner_client, user)
        a_round(owner_client, app, "2026-11-26T10:00", kind="onsite", outcome="scheduled")
        update(owner_client, app, "on_hold", "2026-11-19")
        read = advice(owner_client, app)
    assert read.headline == "On hold, with an interview still booked: check it is still on"
    assert read.timing_line == "Paused: is Thu 26 Nov still on?"


def test_a_revised_offer_does_not_inherit_a_passed_answer_by_date(owner_client, user):
    with on_day(dt.date(2026, 11, 25)):
        app = apply(owner_client, user)
        update(owner_client, app, "offer_written", "2026-11-13", respond_by="2026-11-20")
        update(owner_client, app, "offer_written", "2026-11-24", note="Revised salary")
        read = advice(owner_client, app)
    assert read.deadline is None
    assert "was due" not in read.headline


def test_their_reply_with_a_date_outranks_two_unanswered_follow_ups(owner_client, user):
    with on_day(dt.date(2026, 11, 23)):
        app = apply(owner_client, user)
        a_round(owner_client, app, "2026-10-19T10:00")
        update(owner_client, app, "follow_up_sent", "2026-10-28")
        update(owner_client, app, "follow_up_sent", "2026-11-09")
        update(owner_client, app, "replied", "2026-11-19", news_by="2026-11-27")
        read = advice(owner_client, app)
    assert read.situation == "still_deciding" and not read.quiet
    assert "They said they would get back to you by Fri 27 Nov." in read.timing
    assert read.follow_up_on == dt.date(2026, 11, 30)  # the first business day after it


def test_telling_a_referrer_is_due_now_or_not_at_all(owner_client, user):
    with on_day(dt.date(2026, 10, 8)):
        app = apply(owner_client, user, source="referral")
        fresh = advice(owner_client, app)
    with on_day(dt.date(2026, 10, 26)):
        late = advice(owner_client, app)
    assert [s.due for s in fresh.next_steps if s.key == "referral_tell"] == [dt.date(2026, 10, 8)]
    assert not [s for s in late.next_steps if s.key == "referral_tell"]


def test_an_offer_accepted_elsewhere_closes_this_one_and_its_waiting_dates(owner_client, user):
    with on_day(dt.date(2026, 11, 20)):
        waiting = apply(owner_client, user, company="Contoso")
        a_round(owner_client, waiting, "2026-11-05T10:00")
        assert Application.objects.get(pk=waiting.pk).follow_up_on is not None
        offer = apply(owner_client, user, company="Fabrikam")
        update(owner_client, offer, "offer_written", "2026-11-16")
        update(owner_client, offer, "accepted", "2026-11-18")
        read = advice(owner_client, waiting)
    assert read.headline == "You accepted an offer at Fabrikam: close this process kindly"
    assert not [s for s in read.next_steps if s.key == "other_processes"]
    stored = Application.objects.get(pk=waiting.pk)
    assert (stored.follow_up_on, stored.card_situation) == (None, "accepted_elsewhere")


def test_a_saved_job_after_an_offer_accepted_elsewhere_has_nothing_to_withdraw(owner_client, user):
    """Found looking at the demo's board: a job only saved read "Withdraw once signed
    elsewhere". Never applied, there is no one to tell."""
    with on_day(dt.date(2026, 11, 20)):
        saved = apply(owner_client, user, company="Contoso", applied_on="")
        offer = apply(owner_client, user, company="Fabrikam")
        update(owner_client, offer, "offer_written", "2026-11-16")
        update(owner_client, offer, "accepted", "2026-11-18")
        read = advice(owner_client, saved)
    assert read.headline == "You accepted an offer at Fabrikam: nothing to do here"
    assert [s.key for s in read.next_steps] == ["elsewhere_saved"]
    assert "withdraw" not in " ".join(s.text for s in read.next_steps).lower()
    card = Application.objects.get(pk=saved.pk)
    assert (card.card_situation, card.card_due) == ("accepted_elsewhere", None)


def test_an_agency_and_a_direct_application_to_one_role_are_flagged(owner_client, user):
    with on_day(dt.date(2026, 11, 20)):
        agency = apply(owner_client, user, company="Globex GmbH", source="recruiter")
        # (the form asks "add a second one?" first: the person says yes)
        apply(
            owner_client,
            user,
            company="Globex",
            role="analyst",
            source="company_site",
            second_one="1",
        )
        read = advice(owner_client, agency)
    flagged = [s for s in read.next_steps if s.key == "double_submission"]
    assert flagged and flagged[0].due == dt.date(2026, 11, 20)
    assert "You also applied for the analyst role at Globex yourself." in flagged[0].text


def test_a_second_offer_gets_a_dated_plan_on_the_first(owner_client, user):
    with on_day(dt.date(2026, 11, 20)):
        first = apply(owner_client, user, company="Initech")
        update(owner_client, first, "offer_written", "2026-11-18", respond_by="2026-11-27")
        second = apply(owner_client, user, company="Hooli")
        update(owner_client, second, "offer_verbal", "2026-11-19", respond_by="2026-11-25")
        read = advice(owner_client, first)
    compare = [s for s in read.next_steps if s.key == "offers_compare"]
    assert compare and "Hooli by Wed 25 Nov" in compare[0].text


def test_re_applying_to_a_company_reaches_the_page(owner_client, user):
    with on_day(dt.date(2026, 11, 20)):
        old = apply(owner_client, user, company="Umbrella", role="Designer")
        update(owner_client, old, "rejected", "2026-10-20")
        new = apply(owner_client, user, company="Umbrella", role="Analyst", applied_on="2026-11-10")
        page = owner_client.get(new.get_absolute_url()).content.decode()
    assert "You applied to Umbrella before (Designer, rejected)." in page


def test_the_employed_are_told_to_keep_their_employer_out_of_references(owner_client, user):
    settle(user, employed=True)
    with on_day(dt.date(2026, 11, 20)):
        app = apply(owner_client, user)
        a_round(owner_client, app, "2026-11-10T10:00", kind="onsite")
        update(owner_client, app, "references_requested", "2026-11-18")
        read = advice(owner_client, app)
    assert any(s.key == "references_employer" for s in read.next_steps)


def test_a_scottish_holiday_moves_the_follow_up(owner_client, user):
    # Mon 30 Nov 2026 is St Andrew's Day in Scotland.
    settle(user, country="GB", region="SCT")
    with on_day(dt.date(2026, 11, 20)):
        app = apply(owner_client, user, applied_on="2026-11-16")
        read = advice(owner_client, app)
    assert read.follow_up_on == dt.date(2026, 12, 1)


def test_no_nudge_falls_while_teams_are_away_at_the_new_year(owner_client, user):
    settle(user, country="GB", region="ENG")
    with on_day(dt.date(2026, 12, 21)):
        app = apply(owner_client, user)
        a_round(owner_client, app, "2026-12-16T10:00")
        read = advice(owner_client, app)
    assert read.follow_up_on == dt.date(2027, 1, 5)
    assert "second week of January" in read.timing


def test_a_round_marked_final_reads_as_final_and_two_days_thank_everyone(owner_client, user):
    with on_day(dt.date(2026, 11, 20)):
        app = apply(owner_client, user)
        a_round(owner_client, app, "2026-11-05T10:00", kind="phone")
        a_round(
            owner_client,
            app,
            "2026-11-18T10:00",
            kind="onsite",
            days="2",
            is_final="on",
            interviewers="Ana, Raj, Lee",
        )
        read = advice(owner_client, app)
    assert read.headline == "Final round done: a decision is near"
    assert read.thank_you is not None and read.thank_you.names == ("Ana", "Raj", "Lee")
    assert read.thank_you.due == dt.date(2026, 11, 20)  # the day after the second day


def test_a_pre_adverse_action_notice_leads_with_its_dispute_date(owner_client, user):
    settle(user, country="US", region="CA")
    with on_day(dt.date(2026, 11, 20)):
        app = apply(owner_client, user)
        update(owner_client, app, "offer_verbal", "2026-11-10")
        update(owner_client, app, "adverse_action_notice", "2026-11-19", respond_by="2026-11-26")
        read = advice(owner_client, app)
    assert read.headline == "Pre-adverse action notice: respond by Thu 26 Nov"
    dispute = [s for s in read.next_steps if s.key == "adverse_dispute"]
    # The written dispute is sent today: waiting for the last day risks the decision.
    assert dispute and dispute[0].due == dt.date(2026, 11, 20)
