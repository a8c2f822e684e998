"""The daily digest: one short e-mail to each user with something due, once a day."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from interviews.digest import due_items
from interviews.guidance.person import Person
from interviews.models import Application, DigestLog, Outcome, Stage, UpdateKind
from interviews.services import profile_save
from tests.factories import (
    ApplicationFactory,
    InterviewRoundFactory,
    StatusUpdateFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

DAY = dt.date(2026, 11, 30)  # a Monday
# Ten business days after applying, with no reply, is when the advice says to follow up.
APPLIED_FOR_FOLLOW_UP = DAY - dt.timedelta(days=14)


def send(day: dt.date = DAY) -> str:
    out = StringIO()
    call_command("send_digest", "--date", day.isoformat(), stdout=out)
    return out.getvalue()


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))


def follow_up_due(owner, company: str = "Acme"):
    return ApplicationFactory(owner=owner, company=company, applied_on=APPLIED_FOR_FOLLOW_UP)


def nothing_due(owner):
    return ApplicationFactory(owner=owner, applied_on=DAY - dt.timedelta(days=1))


def test_a_user_with_a_due_follow_up_gets_one_mail_naming_the_company(user):
    application = follow_up_due(user)

    output = send()

    (message,) = mail.outbox
    assert message.to == [user.email]
    assert message.subject == "Today in your job search: 1 thing"
    assert "* Acme, Software Engineer\n  - Today: " in message.body
    assert "Send Dana Reyes a short, friendly note" in message.body
    assert application.get_absolute_url() in message.body
    assert "Sent 1 digests; 0 users had nothing due." in output


def test_a_user_with_nothing_due_gets_no_mail(user):
    nothing_due(user)
    output = send()
    assert mail.outbox == []
    assert not DigestLog.objects.exists()
    assert "Sent 0 digests; 1 users had nothing due." in output


def test_each_user_gets_only_their_own_things(user, stranger):
    follow_up_due(user, "Acme")
    follow_up_due(stranger, "Globex")
    send()
    bodies = {tuple(message.to): message.body for message in mail.outbox}
    assert "Acme" in bodies[(user.email,)]
    assert "Globex" not in bodies[(user.email,)]
    assert "Globex" in bodies[(stranger.email,)]


def test_a_second_run_the_same_day_sends_nothing(user):
    follow_up_due(user)
    send()
    output = send()
    assert len(mail.outbox) == 1
    assert DigestLog.objects.get(owner=user).sent_on == DAY
    assert "Sent 0 digests" in output


def test_a_run_on_a_different_day_sends_again(user):
    follow_up_due(user)
    send()
    send(DAY + dt.timedelta(days=1))  # the follow-up is still owed
    assert len(mail.outbox) == 2
    # A nudge is not a deadline: a day later it is due today, not overdue.
    assert "- Today: " in mail.outbox[1].body


def test_an_already_logged_digest_is_not_sent_again(user):
    """What a concurrent run that got there first leaves behind."""
    follow_up_due(user)
    DigestLog.objects.create(owner=user, sent_on=DAY, items=1)
    send()
    assert mail.outbox == []


def test_users_without_an_email_address_are_skipped():
    no_address = UserFactory(email="")
    follow_up_due(no_address)
    send()
    assert mail.outbox == []


def test_a_bad_date_is_a_command_error():
    with pytest.raises(CommandError, match="--date"):
        call_command("send_digest", "--date", "30/11/2026")


def test_tomorrows_interview_is_in_the_digest(user):
    application = ApplicationFactory(owner=user, company="Initech")
    InterviewRoundFactory(
        application=application,
        scheduled_at=at(DAY + dt.timedelta(days=1), 14),
        outcome=Outcome.SCHEDULED,
    )
    send()
    (message,) = mail.outbox
    assert "* Initech, Software Engineer\n" in message.body
    assert "  - Tomorrow: Video interview at 14:00.\n" in message.body


def test_a_thank_you_is_due_the_business_day_after_an_interview(user):
    application = ApplicationFactory(owner=user, company="Hooli")
    friday = DAY - dt.timedelta(days=3)
    InterviewRoundFactory(application=application, scheduled_at=at(friday), outcome=Outcome.DONE)
    send()
    (message,) = mail.outbox
    assert "Send a short thank-you to Sam Lee" in message.body


def test_an_offer_deadline_two_days_away_is_in_the_digest(user):
    offer = ApplicationFactory(owner=user, company="Umbrella")
    StatusUpdateFactory(
        application=offer,
        on=DAY,
        kind=UpdateKind.OFFER_WRITTEN,
        respond_by=DAY + dt.timedelta(days=2),
    )
    assert offer.stage == Stage.OFFER
    send()
    (message,) = mail.outbox
    assert "* Umbrella, Software Engineer\n" in message.body
    assert "  - Wed 2 Dec: They want your answer on the offer by Wed 2 Dec." in message.body
    assert message.subject == "Today in your job search: 1 thing"


def test_an_offer_deadline_next_week_is_not_in_the_digest_yet(user):
    offer = ApplicationFactory(owner=user)
    StatusUpdateFactory(
        application=offer, on=DAY, kind=UpdateKind.OFFER_WRITTEN, respond_by=DAY + dt.timedelta(7)
    )
    send()
    assert mail.outbox == []


def test_closed_applications_put_nothing_in_the_digest(user):
    application = follow_up_due(user)
    StatusUpdateFactory(application=application, on=DAY, kind=UpdateKind.WITHDREW)
    send()
    assert mail.outbox == []


def test_the_subject_counts_every_thing_due(user):
    follow_up_due(user, "Acme")
    follow_up_due(user, "Globex")
    send()
    (message,) = mail.outbox
    assert message.subject == "Today in your job search: 2 things"


@pytest.mark.parametrize("per_user", [3, 30])
def test_queries_do_not_grow_with_applications(django_assert_num_queries, per_user):
    for user in UserFactory.create_batch(2):
        for _ in range(per_user):
            follow_up_due(user)
    quiet_user = UserFactory()
    for _ in range(per_user):
        nothing_due(quiet_user)
    # Users, applications, rounds, updates; each user's whole search (one query); then for
    # each of the two users sent to, the get_or_create of the day's log: a select and an
    # insert, each in a savepoint (here the test's transaction turns the command's own
    # transaction into a savepoint too). The rounds' participants and the people on the
    # applications (interviews.people): one more, whatever the number of applications.
    with django_assert_num_queries(4 + 3 + 2 * 6 + 1):
        send()
    assert len(mail.outbox) == 2


def test_a_written_offers_deadline_today_is_listed_once(user):
    offer = ApplicationFactory(owner=user, company="Umbrella")
    friday = DAY - dt.timedelta(days=3)
    StatusUpdateFactory(application=offer, on=friday, kind=UpdateKind.OFFER_WRITTEN, respond_by=DAY)
    send()
    (message,) = mail.outbox
    # Reply, answer: the advice's two steps for the day (no other company to tell: this is
    # the person's only application), the deadline among them and not repeated.
    assert message.subject == "Today in your job search: 2 things"
    assert message.body.count("Give your answer by Mon 30 Nov (today).") == 1
    assert "They want your answer" not in message.body


def test_a_verbal_offers_deadline_today_is_in_the_digest(user):
    offer = ApplicationFactory(owner=user, company="Umbrella")
    StatusUpdateFactory(
        application=offer,
        on=DAY - dt.timedelta(days=7),
        kind=UpdateKind.OFFER_VERBAL,
        respond_by=DAY,
    )
    send()
    (message,) = mail.outbox
    assert "They want your answer on the offer by Mon 30 Nov." in message.body


def test_tomorrows_interview_is_timed_in_the_persons_own_zone(user):
    user.profile.time_zone = "Asia/Tokyo"
    profile_save(user.profile)
    application = ApplicationFactory(owner=user, company="Kyoto Games")
    # 01:30 UTC on Tuesday is 10:30 on Tuesday in Tokyo: tomorrow, seen from Monday.
    InterviewRoundFactory(
        application=application,
        scheduled_at=dt.datetime(2026, 12, 1, 1, 30, tzinfo=dt.UTC),
        outcome=Outcome.SCHEDULED,
    )
    send()
    (message,) = mail.outbox
    assert "Video interview at 10:30." in message.body


def test_an_offer_deadline_tomorrow_is_reminded_once(user):
    offer = ApplicationFactory(owner=user, company="Umbrella")
    StatusUpdateFactory(
        application=offer,
        on=DAY - dt.timedelta(days=3),
        kind=UpdateKind.OFFER_WRITTEN,
        respond_by=DAY + dt.timedelta(days=1),
    )
    send()
    (message,) = mail.outbox
    assert message.body.count("Tue 1 Dec") == 1
    assert "They want your answer on the offer by Tue 1 Dec." in message.body


def test_due_items_without_a_search_reads_each_application_alone(user):
    # The whole search is optional: without one the advice sees no other application
    # (it used to hand advise() a None, which raised).
    follow_up_due(user)
    applications = Application.objects.filter(owner=user).with_records()
    items = due_items(applications, today=DAY, person=Person.of(user.profile))
    assert [item.application.company for item in items] == ["Acme"]
    assert "Send Dana Reyes a short, friendly note" in items[0].text
