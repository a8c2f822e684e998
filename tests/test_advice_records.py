"""The records the advice needs, entered through the product's forms: employment type,
recorded video interviews, a round marked final or spread over days, the employer's
"no decision yet" reply with a date, background checks and pre-adverse action notices,
and the person's region in /settings/ (whose own holidays then count)."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
import time_machine
from django.urls import reverse

from interviews.accounts.models import Profile
from interviews.guidance.business_days import add_business_days, holidays_of, is_business_day
from interviews.models import InterviewRound, RoundKind, StatusUpdate, UpdateKind
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db

SETTINGS = {"time_zone": "Europe/London", "week_starts_on": "0"}


def post_update(client, application, **data):
    url = reverse("interviews:update_create", args=[application.pk])
    return client.post(url, {"on": "2026-11-20", **data})


def test_the_application_form_records_contract_to_hire(owner_client, user):
    data = {"company": "Acme", "role": "Analyst", "employment_type": "contract_to_hire"}
    owner_client.post(reverse("interviews:application_create"), data)
    assert user.applications.get().employment_type == "contract_to_hire"


def test_an_unknown_employment_type_is_refused(owner_client, user):
    data = {"company": "Acme", "role": "Analyst", "employment_type": "gig"}
    response = owner_client.post(reverse("interviews:application_create"), data)
    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors["employment_type"]


def test_a_recorded_video_round_over_two_days_marked_final(owner_client, application):
    url = reverse("interviews:round_create", args=[application.pk])
    owner_client.post(
        url,
        {
            "kind": RoundKind.RECORDED_VIDEO,
            "scheduled_at": "2026-11-24T10:00",
            "duration_minutes": "30",
            "days": "2",
            "is_final": "on",
            "outcome": "scheduled",
        },
    )
    saved = InterviewRound.objects.get(application=application)
    assert (saved.kind, saved.days, saved.is_final) == ("recorded_video", 2, True)


@pytest.mark.parametrize("days", ["0", "6"])
def test_a_round_over_more_than_five_days_is_refused(owner_client, application, days):
    url = reverse("interviews:round_create", args=[application.pk])
    data = {"kind": "onsite", "scheduled_at": "2026-11-24T10:00", "duration_minutes": "60"}
    response = owner_client.post(url, {**data, "days": days, "outcome": "scheduled"})
    assert response.context["form"].errors["days"]
    assert not InterviewRound.objects.exists()


def test_a_reply_with_no_decision_carries_their_date(owner_client, application):
    post_update(owner_client, application, kind=UpdateKind.REPLIED, news_by="2026-11-27")
    update = StatusUpdate.objects.get(application=application)
    assert (update.kind, update.news_by) == ("replied", dt.date(2026, 11, 27))


def test_a_promised_date_before_the_update_is_refused(owner_client, application):
    response = post_update(owner_client, application, kind="replied", news_by="2026-11-19")
    assert response.context["form"].errors["news_by"]


def test_a_pre_adverse_action_notice_carries_its_dispute_window(owner_client, application):
    post_update(
        owner_client, application, kind=UpdateKind.ADVERSE_ACTION_NOTICE, respond_by="2026-11-27"
    )
    assert StatusUpdate.objects.get().respond_by == dt.date(2026, 11, 27)
    page = owner_client.get(application.get_absolute_url()).content.decode()
    assert "Dispute by Fri 27 Nov" in page


def test_a_background_check_takes_no_answer_by_date(owner_client, application):
    response = post_update(
        owner_client, application, kind=UpdateKind.BACKGROUND_CHECK, respond_by="2026-11-27"
    )
    assert response.context["form"].errors["respond_by"]


def test_settings_offer_the_regions_of_the_persons_country(owner_client, user):
    Profile.objects.filter(owner=user).update(country="GB")
    form = owner_client.get(reverse("interviews:settings")).context["form"]
    assert ("SCT", "Scotland") in form.fields["region"].choices


def test_settings_save_a_region_of_the_chosen_country(owner_client, user):
    data = {**SETTINGS, "country": "GB", "region": "SCT"}
    assert owner_client.post(reverse("interviews:settings"), data).status_code == HTTPStatus.FOUND
    assert Profile.objects.get(owner=user).region == "SCT"


def test_a_region_of_another_country_is_refused(owner_client, user):
    data = {**SETTINGS, "country": "GB", "region": "BY"}
    response = owner_client.post(reverse("interviews:settings"), data)
    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors["region"]
    assert Profile.objects.get(owner=user).region == ""


def test_a_regional_holiday_is_not_a_business_day():
    # 30 Nov 2026, St Andrew's Day, a Monday: a holiday in Scotland, not in England.
    andrews = dt.date(2026, 11, 30)
    with holidays_of("GB", "SCT"):
        assert not is_business_day(andrews)
        assert add_business_days(dt.date(2026, 11, 27), 1) == dt.date(2026, 12, 1)
    with holidays_of("GB", "ENG"):
        assert is_business_day(andrews)
    with holidays_of("GB"):
        assert is_business_day(andrews)


@time_machine.travel(dt.datetime(2026, 11, 20, 12, tzinfo=dt.UTC), tick=False)
def test_a_region_moves_the_stored_follow_up_date(owner_client, user):
    # Applied 16 Nov: the first nudge is ten business days later, one more in Scotland.
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 16))
    owner_client.post(reverse("interviews:settings"), {**SETTINGS, "country": "GB"})
    application.refresh_from_db()
    england = application.follow_up_on
    owner_client.post(
        reverse("interviews:settings"), {**SETTINGS, "country": "GB", "region": "SCT"}
    )
    application.refresh_from_db()
    assert england == dt.date(2026, 11, 30)
    assert application.follow_up_on == dt.date(2026, 12, 1)
