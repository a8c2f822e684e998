"""Each shape real mail comes in, through the upload and the paste pages: the right
suggestion, then after one click the right record. The day is fixed (7 December 2026)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from interviews import services
from interviews.hrmail.models import MailSuggestion
from interviews.models import InterviewRound, Outcome, StatusUpdate, UpdateKind
from interviews.profiles import profile_of
from tests import mail_corpus
from tests.factories import ApplicationFactory, InterviewRoundFactory

pytestmark = pytest.mark.django_db

ADD = reverse("interviews:mail_add")
UTC = dt.UTC
BERLIN = ZoneInfo("Europe/Berlin")


@dataclass(frozen=True)
class Shape:
    path: str  # kind/slug in the corpus
    company: str  # the application it must match
    kind: str  # the suggestion's kind
    record: dict = field(default_factory=dict)  # fields of the record one click makes
    booked: dt.datetime | None = None  # a round already booked before the mail
    zone: str = ""  # the person's time zone, when the mail writes a time without one


SHAPES = [
    Shape(
        "invited/google-calendar-invite", "Fernhill", "invited",
        {"scheduled_at": dt.datetime(2026, 12, 8, 15, 0, tzinfo=UTC), "duration_minutes": 60,
         "location_or_link": "https://meet.google.com/xkq-fmrp-zvd",
         "interviewers": "Priya Natarajan", "outcome": Outcome.SCHEDULED},
    ),
    Shape(
        "invited/outlook-teams-windows-zone", "Brandtwerke AG", "invited",
        {"scheduled_at": dt.datetime(2026, 12, 10, 14, 0, tzinfo=BERLIN),
         "interviewers": "Anna Schmidt", "outcome": Outcome.SCHEDULED},
    ),
    Shape(
        "cancelled/outlook-canceled-teams", "Brandtwerke AG", "cancelled",
        {"scheduled_at": dt.datetime(2026, 12, 10, 14, 0, tzinfo=BERLIN),
         "outcome": Outcome.CANCELLED},
        booked=dt.datetime(2026, 12, 10, 13, 0, tzinfo=UTC),
    ),
    Shape(
        "cancelled/google-calendar-cancelled", "Fernhill", "cancelled",
        {"scheduled_at": dt.datetime(2026, 12, 8, 15, 0, tzinfo=UTC),
         "outcome": Outcome.CANCELLED},
    ),
    Shape(
        "rescheduled/goodtime-ats-updated-ics", "Lumen Health", "rescheduled",
        {"scheduled_at": dt.datetime(2026, 12, 9, 18, 0, tzinfo=UTC), "duration_minutes": 180,
         "location_or_link": "Lumen Health, 200 Clarendon St, Floor 12, Boston, MA"},
        booked=dt.datetime(2026, 12, 8, 15, 0, tzinfo=UTC),
    ),
    Shape(
        "rejected/gmail-forwarded-orsted", "Ørsted A/S", "rejected",
        {"kind": UpdateKind.REJECTED, "on": dt.date(2026, 12, 4)},
    ),
    Shape(
        "invited/outlook-forwarded-german-invitation", "Hafenlicht Logistik GmbH", "invited",
        {"scheduled_at": dt.datetime(2026, 12, 10, 10, 0, tzinfo=BERLIN),
         "location_or_link": "Hafenlicht Logistik GmbH, Am Sandtorkai 12, 20457 Hamburg"},
        zone="Europe/Berlin",
    ),
    Shape(
        "rejected/reply-above-quoted-invitation", "Copperline Studio", "rejected",
        {"kind": UpdateKind.REJECTED, "on": dt.date(2026, 12, 3)},
    ),
    Shape(
        "rejected/linkedin-html-only", "Brightwater Analytics Ltd", "rejected",
        {"kind": UpdateKind.REJECTED, "on": dt.date(2026, 11, 25)},
    ),
    Shape(
        "rejected/linkedin-plain-stub-html-decision", "Halden Systems", "rejected",
        {"kind": UpdateKind.REJECTED, "on": dt.date(2026, 12, 3)},
    ),
    Shape(
        "replied/promise-only-by-friday", "Tidewater", "replied",
        {"kind": UpdateKind.REPLIED, "news_by": dt.date(2026, 12, 11)},
    ),
]  # fmt: skip


def raw_of(shape: Shape) -> bytes:
    return (mail_corpus.CORPUS / f"{shape.path}.eml").read_bytes()


def post(client, shape: Shape, how: str):
    raw = raw_of(shape)
    if how == "upload":
        upload = SimpleUploadedFile("mail.eml", raw, content_type="message/rfc822")
        return client.post(ADD, {"eml": upload})
    return client.post(ADD, {"message": raw.decode("utf-8")})


@pytest.fixture(autouse=True)
def fixed_day():
    with time_machine.travel(dt.datetime(2026, 12, 7, 12, 0, tzinfo=UTC), tick=False):
        yield


@pytest.mark.parametrize("how", ["upload", "paste"])
@pytest.mark.parametrize("shape", SHAPES, ids=[s.path for s in SHAPES])
def test_a_real_shape_becomes_the_right_suggestion_then_the_right_record(
    owner_client, user, shape, how
):
    if shape.zone:
        profile = profile_of(user)
        profile.time_zone = shape.zone
        services.profile_save(profile)
    ApplicationFactory(owner=user, company="Someone Else Ltd")
    application = ApplicationFactory(owner=user, company=shape.company)
    if shape.booked:
        InterviewRoundFactory(
            application=application, scheduled_at=shape.booked, outcome=Outcome.SCHEDULED
        )
    response = post(owner_client, shape, how)
    assert response.status_code == 302, response.content.decode()[-2000:]
    suggestion = MailSuggestion.objects.get(owner=user)
    assert (suggestion.kind, suggestion.application) == (shape.kind, application)

    owner_client.post(reverse("interviews:mail_accept", args=[suggestion.pk]), {"kind": shape.kind})
    if "scheduled_at" in shape.record:
        record = InterviewRound.objects.get(application=application)
    else:
        record = StatusUpdate.objects.get(application=application)
    for name, expected in shape.record.items():
        assert getattr(record, name) == expected, name


def test_a_mail_in_another_language_is_not_suggested_and_says_why(owner_client, user):
    raw = (mail_corpus.CORPUS / "none" / "japanese-selection-result.eml").read_bytes()
    upload = SimpleUploadedFile("mail.eml", raw, content_type="message/rfc822")
    response = owner_client.post(ADD, {"eml": upload})
    assert "a language the reader does not know" in response.content.decode()
    assert not MailSuggestion.objects.exists()


def test_a_promise_after_an_interview_is_a_reply_with_its_date(owner_client, user):
    """ "We'll get back to you by Friday": a reply with no decision yet, carrying the date on
    the one field for promises (StatusUpdate.news_by), which the advice reads beside the
    round's own; the round itself is left as the person logged it."""
    application = ApplicationFactory(owner=user, company="Tidewater")
    held = InterviewRoundFactory(
        application=application, scheduled_at=dt.datetime(2026, 12, 1, 10, tzinfo=UTC)
    )
    shape = next(s for s in SHAPES if s.kind == "replied")
    post(owner_client, shape, "upload")
    suggestion = MailSuggestion.objects.get(owner=user)
    owner_client.post(reverse("interviews:mail_accept", args=[suggestion.pk]), {"kind": "replied"})
    held.refresh_from_db()
    assert held.reply_promised_by is None
    update = StatusUpdate.objects.get()
    assert (update.kind, update.news_by) == (UpdateKind.REPLIED, dt.date(2026, 12, 11))


def test_a_time_without_a_zone_is_read_in_the_persons_zone(owner_client, user):
    profile = profile_of(user)
    profile.time_zone = "America/New_York"
    services.profile_save(profile)
    shape = next(s for s in SHAPES if s.path == "invited/outlook-forwarded-german-invitation")
    post(owner_client, shape, "upload")
    suggestion = MailSuggestion.objects.get(owner=user)
    assert suggestion.scheduled_at == dt.datetime(
        2026, 12, 10, 10, 0, tzinfo=ZoneInfo("America/New_York")
    )
