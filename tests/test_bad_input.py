"""Bad input, generated: every form and endpoint answers a page with errors, a redirect or
a 4xx, never a 5xx, and nothing already stored changes unless the write was accepted.

Each example runs in a savepoint, so a database error surfaces as that example's failure
instead of poisoning the ones after it. PostgreSQL refuses NUL characters where SQLite
stores them, so every query here refuses them too: a SQLite run finds those 500s as well.
An accepted write must leave rows that pass ``full_clean()`` and pages that still open.
"""

from __future__ import annotations

import datetime as dt
import operator
import os
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.db import DataError, connection, transaction
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlsafe_base64_encode
from hypothesis import HealthCheck, assume, event, example, given, settings
from hypothesis import strategies as st

from interviews.drafts import TITLES
from interviews.forms import QuickUpdateForm
from interviews.models import (
    Application,
    CalendarFeed,
    InterviewRound,
    Outcome,
    RoundKind,
    Source,
    Stage,
    StatusUpdate,
    UpdateKind,
    WorkMode,
)
from interviews.services import stage_refresh
from tests.factories import (
    PASSWORD,
    ApplicationFactory,
    InterviewRoundFactory,
    StatusUpdateFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

FUZZ = settings(
    # 40 keeps the suite quick; FUZZ_EXAMPLES=500 searches harder, e.g. before a release.
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "40")),
    # CI replays the same examples on every run, so a red build always means a change
    # broke something; developers' runs keep exploring new input.
    derandomize=bool(os.environ.get("CI")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

TODAY = timezone.localdate()
TRICKY_TEXT = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "%00",
    "\u202egnp.exe",
    "😀",
    "<script>alert(1)</script>",
    "'; DROP TABLE interviews_application; --",
    "\r\n\t",
]
# Long enough to overflow every max_length in the models.
long_text = st.builds(
    operator.mul, st.sampled_from(["a", "é", "😀", "\x00", "ab "]), st.integers(150, 3000)
)
text = st.one_of(st.sampled_from(TRICKY_TEXT), st.text(max_size=40), long_text)
number = st.one_of(
    st.integers(-(2**70), 2**70).map(str),
    st.sampled_from(["-1", "0", "4", "5", "720", "721", "1e3", "NaN", "inf", "4.5", "٣"]),
    text,
)
date_text = st.one_of(
    st.dates(TODAY - dt.timedelta(days=400), TODAY + dt.timedelta(days=30)).map(str),
    st.dates().map(str),
    st.sampled_from(["0001-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "0000-00-00"]),
    text,
)
datetime_text = st.one_of(
    st.datetimes(dt.datetime(2025, 1, 1), dt.datetime(2028, 1, 1)).map(
        lambda d: d.isoformat(timespec="minutes")
    ),
    st.datetimes().map(lambda d: d.isoformat(timespec="minutes")),
    st.sampled_from(["0001-01-01T00:00", "9999-12-31T23:59", "2026-11-27T25:00", "2026-11-27"]),
    text,
)
url_text = st.one_of(
    st.sampled_from(
        ["https://example.com/job", "example.com", "javascript:alert(1)", "http://", "http://[::1"]
    ),
    st.builds(lambda n: "https://example.com/" + "a" * n, st.integers(400, 600)),
    text,
)
email_text = st.one_of(st.emails().map(str), st.sampled_from(["a@", "@b", "a@b@c"]), text)


def spoiled(valid: dict[str, st.SearchStrategy], bad: dict[str, st.SearchStrategy]):
    """A form the view would accept, with up to three fields given bad values or left out:
    mostly-good input reaches the code behind the form, not just its first validation."""

    @st.composite
    def build(draw) -> dict[str, str]:
        data = draw(st.fixed_dictionaries(valid))
        for name in draw(st.lists(st.sampled_from(sorted(bad)), max_size=3, unique=True)):
            value = draw(st.one_of(st.none(), bad[name]))
            if value is None:
                data.pop(name, None)
            else:
                data[name] = value
        return data

    return build()


fine_text = st.text(st.characters(exclude_categories=["Cs", "Cc"]), max_size=60)
name_text = fine_text.filter(str.strip)
past_day = st.one_of(st.just(""), st.dates(TODAY - dt.timedelta(days=400), TODAY).map(str))
later_day = st.one_of(st.just(""), st.dates(TODAY, TODAY + dt.timedelta(days=90)).map(str))
near_time = st.datetimes(
    dt.datetime.combine(TODAY, dt.time()) - dt.timedelta(days=60),
    dt.datetime.combine(TODAY, dt.time()) + dt.timedelta(days=60),
).map(lambda d: d.isoformat(timespec="minutes"))


def one_of_values(values: list[str], *, blank: bool = False) -> st.SearchStrategy[str]:
    return st.sampled_from([*values, ""] if blank else values)


APPLICATION_FORM = spoiled(
    {
        "company": name_text,
        "role": name_text,
        "applied_on": past_day,
        "job_url": st.sampled_from(["", "https://example.com/jobs/1", "example.com/job"]),
        "location": fine_text,
        "work_mode": one_of_values(WorkMode.values, blank=True),
        "source": one_of_values(Source.values, blank=True),
        "salary": fine_text,
        "contact_name": fine_text,
        "contact_email": st.one_of(st.just(""), st.emails()),
        "notes": fine_text,
    },
    {
        **dict.fromkeys(["company", "role", "location", "salary", "contact_name", "notes"], text),
        **dict.fromkeys(["work_mode", "source"], text),
        "applied_on": date_text,
        "job_url": url_text,
        "contact_email": email_text,
    },
)
ROUND_FORM = spoiled(
    {
        "kind": one_of_values(RoundKind.values),
        "scheduled_at": near_time,
        "duration_minutes": st.integers(5, 720).map(str),
        "interviewers": fine_text,
        "location_or_link": fine_text,
        "outcome": one_of_values(Outcome.values),
        "reply_promised_by": later_day,
        "thank_you_sent_on": st.just(""),
        "notes": fine_text,
    },
    {
        **dict.fromkeys(["kind", "interviewers", "location_or_link", "outcome", "notes"], text),
        "scheduled_at": datetime_text,
        "duration_minutes": number,
        "reply_promised_by": date_text,
        "thank_you_sent_on": date_text,
    },
)
UPDATE_FORM = spoiled(
    {
        "kind": one_of_values(UpdateKind.values),
        "on": past_day.filter(bool),
        "note": fine_text,
        "respond_by": st.just(""),
    },
    {"kind": text, "on": date_text, "note": text, "respond_by": date_text},
)
QUICK_FORM = spoiled(
    {"kind": one_of_values([kind for kind, _ in QuickUpdateForm.KINDS]), "note": fine_text},
    {"kind": st.one_of(one_of_values(UpdateKind.values), text), "note": text},
)
# Whose record a URL points at: mostly the owner's, else the stranger's, one that does
# not exist (ids in a test database stay far below a million) or one past a bigint.
pk_choice = st.sampled_from(["own"] * 5 + ["stranger", 10**6, 2**63 - 1, 2**64 + 7])
EXTREME_ROUND = {
    "kind": "video",
    "scheduled_at": "9999-12-31T23:59",
    "duration_minutes": "720",
    "outcome": "done",
    "reply_promised_by": "9999-12-31",
}
EARLIEST_ROUND = {"kind": "video", "scheduled_at": "0001-01-01T00:00", "outcome": "done"}


# The real kinds, often enough to be accepted, and kinds that are not.
DRAFT_KINDS = ["withdrawal", "thank_you", "follow_up", "timeline", "", "nope", "withdrawal\x00"]


@dataclass
class Scene:
    owner: Any
    stranger: Any
    target: Application  # the owner's application that the generated input is aimed at
    round: InterviewRound
    update: StatusUpdate
    bystander: Application  # another of the owner's: nothing may ever touch it
    elsewhere: Application  # the stranger's
    feed: CalendarFeed


@pytest.fixture
def scene(db) -> Scene:
    owner, stranger = UserFactory(username="owner"), UserFactory(username="stranger")
    ago = TODAY - dt.timedelta(days=12)
    target = ApplicationFactory(owner=owner, company="Target Co", applied_on=ago)
    interview = InterviewRoundFactory(application=target, scheduled_at=timezone.now())
    update = StatusUpdateFactory(application=target, on=ago)
    bystander = ApplicationFactory(owner=owner, company="Bystander Co", applied_on=ago)
    InterviewRoundFactory(application=bystander)
    StatusUpdateFactory(application=bystander, kind=UpdateKind.OFFER_WRITTEN)
    elsewhere = ApplicationFactory(owner=stranger, company="Elsewhere Co")
    for application in (target, bystander, elsewhere):
        stage_refresh(application)
    feed = CalendarFeed.objects.create(owner=owner)
    return Scene(owner, stranger, target, interview, update, bystander, elsewhere, feed)


@pytest.fixture
def owner(scene: Scene) -> Client:
    client = Client()
    client.force_login(scene.owner)
    return client


MODELS = {m.__name__: m for m in (Application, InterviewRound, StatusUpdate, CalendarFeed)}
MODELS["User"] = get_user_model()


def records() -> dict[tuple[str, int], dict]:
    """Every stored row, keyed by model and pk."""
    return {
        (name, row["id"]): row for name, model in MODELS.items() for row in model.objects.values()
    }


def refuse_nul_like_postgresql(execute, sql, params, many, context) -> Any:
    """PostgreSQL refuses a NUL character in any text it is sent (a 500 for the user);
    SQLite takes it. Refusing it on every backend makes a SQLite run catch it too."""
    rows = params if many else [params]
    for row in rows or ():
        values = row.values() if isinstance(row, dict) else row or ()
        if any(isinstance(value, str) and "\x00" in value for value in values):
            raise DataError("A NUL character reached the database; PostgreSQL refuses it")
    return execute(sql, params, many, context)


def send(
    client: Client, method: str, path: str, data: dict | None = None, **extra: Any
) -> HttpResponse:
    # A savepoint per request: a database error fails this example alone.
    with connection.execute_wrapper(refuse_nul_like_postgresql), transaction.atomic():
        response = getattr(client, method)(path, data or {}, **extra)
    # Shown by --hypothesis-show-statistics: how often input got past the forms.
    event(f"{method.upper()} answered {response.status_code}")
    return response


def assert_sane(
    response, before: dict, may_change: frozenset = frozenset(), accepted: bool | None = None
) -> None:
    """No 5xx; rows change or appear only on an accepted write, and then they are valid.

    A write counts as accepted when the answer is a redirect, unless the caller knows better.
    """
    assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR
    after = records()
    assert before.keys() <= after.keys(), "a stored row disappeared"
    changed = {key for key in before if after[key] != before[key]}
    added = after.keys() - before.keys()
    if accepted is None:
        accepted = response.status_code == HTTPStatus.FOUND
    if not accepted:
        assert not changed and not added, f"{response.status_code} yet rows changed"
    assert changed <= may_change, f"changed rows it must not touch: {changed - may_change}"
    for name, pk in changed | added:
        MODELS[name].objects.get(pk=pk).full_clean()


def assert_pages_open(client: Client, scene: Scene, application: Application) -> None:
    """What an accepted write stored must not break the pages that show it."""
    urls = [
        application.get_absolute_url(),
        reverse("interviews:draft", args=[application.pk, "withdrawal"]),
        reverse("interviews:board") + "?closed=1",
        reverse("interviews:application_list"),
        reverse("interviews:waiting"),
        reverse("interviews:insights"),
        reverse("interviews:insights_chart", args=["reply-times"]),
        reverse("interviews:calendar_feed", args=[scene.feed.token]),
        *(reverse("interviews:round_ics", args=[pk]) for pk in latest_round_ids(application)),
    ]
    for url in urls:
        response = send(client, "get", url)
        assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR, url


def latest_round_ids(application: Application) -> list[int]:
    # Rounds pile up over the examples; the newest few include the one just written.
    newest = InterviewRound.objects.filter(application=application).order_by("-pk")
    return list(newest.values_list("pk", flat=True)[:3])


def resolve_pk(choice: str | int, own: int, stranger: int) -> int:
    return {"own": own, "stranger": stranger}.get(choice, choice)


def post_and_check(
    client: Client,
    scene: Scene,
    path: str,
    data: dict,
    *,
    may_change: set | tuple = (),
    owned: bool = True,
    application: Application | None = None,
) -> HttpResponse:
    """POST, then hold the answer and the stored rows to the rules above."""
    before = records()
    response = send(client, "post", path, data)
    if not owned:
        assert response.status_code == HTTPStatus.NOT_FOUND, path
    assert_sane(response, before, frozenset(may_change))
    if response.status_code == HTTPStatus.FOUND:
        assert_pages_open(client, scene, application or scene.target)
    return response


def target_app(scene: Scene) -> set[tuple[str, int]]:
    # Every write to a round or an update recomputes its application's stage.
    return {("Application", scene.target.pk)}


# --- Applications -------------------------------------------------------------------------


@FUZZ
@given(data=APPLICATION_FORM)
@example(data={"company": "Acme", "role": "Engineer", "applied_on": "0001-01-01"})
def test_creating_an_application_survives_any_input(owner, scene, data):
    post_and_check(owner, scene, reverse("interviews:application_create"), data)


@FUZZ
@given(data=APPLICATION_FORM, who=pk_choice)
def test_editing_an_application_survives_any_input(owner, scene, data, who):
    pk = resolve_pk(who, scene.target.pk, scene.elsewhere.pk)
    path = f"/applications/{pk}/edit/"
    post_and_check(
        owner, scene, path, data, may_change=target_app(scene), owned=pk == scene.target.pk
    )


# --- Rounds and updates -------------------------------------------------------------------


@FUZZ
@given(data=ROUND_FORM, who=pk_choice)
@example(data=EXTREME_ROUND, who="own")
@example(data=EARLIEST_ROUND, who="own")
def test_logging_a_round_survives_any_input(owner, scene, data, who):
    pk = resolve_pk(who, scene.target.pk, scene.elsewhere.pk)
    path = f"/applications/{pk}/rounds/new/"
    post_and_check(
        owner, scene, path, data, may_change=target_app(scene), owned=pk == scene.target.pk
    )


@FUZZ
@given(data=ROUND_FORM, who=pk_choice)
@example(data=EXTREME_ROUND, who="own")
def test_editing_a_round_survives_any_input(owner, scene, data, who):
    stranger_round = InterviewRoundFactory(application=scene.elsewhere)
    pk = resolve_pk(who, scene.round.pk, stranger_round.pk)
    rows = target_app(scene) | {("InterviewRound", scene.round.pk)}
    path = f"/rounds/{pk}/edit/"
    post_and_check(owner, scene, path, data, may_change=rows, owned=pk == scene.round.pk)


@FUZZ
@given(data=UPDATE_FORM, who=pk_choice)
@example(data={"kind": "offer_written", "on": "0001-01-01", "respond_by": "9999-12-31"}, who="own")
def test_logging_an_update_survives_any_input(owner, scene, data, who):
    pk = resolve_pk(who, scene.target.pk, scene.elsewhere.pk)
    path = f"/applications/{pk}/updates/new/"
    post_and_check(
        owner, scene, path, data, may_change=target_app(scene), owned=pk == scene.target.pk
    )


@FUZZ
@given(data=QUICK_FORM, who=pk_choice, htmx=st.booleans())
@example(data={"kind": "on_hold", "note": "\x00"}, who="own", htmx=False)
def test_a_quick_update_survives_any_input(owner, scene, data, who, htmx):
    pk = resolve_pk(who, scene.target.pk, scene.elsewhere.pk)
    before = records()
    headers = {"HX-Request": "true"} if htmx else {}
    response = send(owner, "post", f"/applications/{pk}/updates/quick/", data, headers=headers)
    if pk != scene.target.pk:
        assert response.status_code == HTTPStatus.NOT_FOUND
    # htmx gets the refreshed panel (200) for an accepted answer, others a redirect.
    accepted = response.status_code == (HTTPStatus.OK if htmx else HTTPStatus.FOUND)
    assert_sane(response, before, frozenset(target_app(scene)), accepted=accepted)


@FUZZ
@given(
    kind=st.sampled_from(DRAFT_KINDS),
    on=st.one_of(past_day, date_text),
    who=pk_choice,
)
def test_marking_a_draft_sent_survives_any_input(owner, scene, kind, on, who):
    # A fresh application each time: once a withdrawal is marked sent, it offers no drafts.
    application = ApplicationFactory(owner=scene.owner, applied_on=TODAY - dt.timedelta(days=20))
    interview = InterviewRoundFactory(
        application=application, scheduled_at=timezone.now() - dt.timedelta(days=1)
    )
    stage_refresh(application)
    pk = resolve_pk(who, application.pk, scene.elsewhere.pk)
    path = f"/applications/{pk}/drafts/{quote(kind, safe='')}/sent/"
    rows = {("Application", application.pk), ("InterviewRound", interview.pk)}
    post_and_check(
        owner,
        scene,
        path,
        {"on": on},
        may_change=rows,
        owned=pk == application.pk,
        application=application,
    )


@FUZZ
@given(kind=text)
def test_a_draft_of_any_other_kind_is_404(owner, scene, kind):
    assume(kind not in TITLES)  # a real draft kind is a page, not a 404
    path = f"/applications/{scene.target.pk}/drafts/{quote(kind, safe='')}/"
    assert send(owner, "get", path).status_code == HTTPStatus.NOT_FOUND


# --- Accounts -----------------------------------------------------------------------------


@FUZZ
@given(
    data=spoiled(
        {
            "username": st.from_regex(r"[a-z][a-z0-9_.@+-]{2,20}", fullmatch=True),
            "email": st.emails(),
            "password1": st.just("a-long-passphrase-9"),
            "password2": st.just("a-long-passphrase-9"),
        },
        {
            "username": st.one_of(st.just("owner"), text),
            "email": email_text,
            "password1": text,
            "password2": text,
        },
    )
)
def test_signing_up_survives_any_input(scene, data):
    before = records()
    response = send(Client(), "post", reverse("signup"), data)
    assert_sane(response, before)
    if response.status_code == HTTPStatus.FOUND:
        assert get_user_model().objects.filter(username=data["username"]).exists()


@FUZZ
@given(
    username=st.one_of(st.just("owner"), text),
    password=st.one_of(st.just(PASSWORD), st.just("wrong"), text),
    next_url=st.one_of(st.just(""), url_text),
)
def test_logging_in_survives_any_input(scene, username, password, next_url):
    AccessAttempt.objects.all().delete()  # each example on its own: lockouts are tested apart
    before = records()
    data = {"username": username, "password": password, "next": next_url}
    response = send(Client(), "post", reverse("login"), data)
    # A successful log-in stamps last_login.
    assert_sane(response, before, frozenset({("User", scene.owner.pk)}))
    # What axes records about a failed log-in must fit its columns: PostgreSQL enforces
    # their lengths where SQLite does not, so this catches on SQLite what fails there.
    for attempt in AccessAttempt.objects.all():
        assert_fits_its_columns(attempt)


def assert_fits_its_columns(row) -> None:
    for field in row._meta.concrete_fields:
        value, limit = getattr(row, field.attname), getattr(field, "max_length", None)
        if isinstance(value, str) and limit:
            assert len(value) <= limit, f"{field.name} is {len(value)} long, its column {limit}"


@FUZZ
@given(email=st.one_of(st.just("owner@example.com"), email_text))
def test_asking_for_a_password_reset_survives_any_input(scene, email):
    before = records()
    response = send(Client(), "post", reverse("password_reset"), {"email": email})
    assert_sane(response, before)


@FUZZ
@given(uid=st.one_of(text, st.binary(max_size=12)), token=text)
def test_any_password_reset_link_survives(scene, uid, token):
    if isinstance(uid, bytes):
        uid = urlsafe_base64_encode(uid)  # decodes to any bytes at all, NUL included
    path = f"/accounts/reset/{quote(uid, safe='')}/{quote(token, safe='')}/"
    assert send(Client(), "get", path).status_code in (HTTPStatus.OK, HTTPStatus.NOT_FOUND)


# --- Pages and their query parameters -----------------------------------------------------

PAGES = ["/", "/applications/", "/waiting/", "/insights/"]


@FUZZ
@given(
    page=st.sampled_from(PAGES),
    params=st.fixed_dictionaries(
        {},
        optional={
            "q": text,
            "page": number,
            "stage": st.one_of(st.sampled_from(Stage.values), text),
            "closed": text,
            "window": text,
        },
    ),
)
@example(page="/", params={"q": "\x00"})
@example(page="/applications/", params={"q": "a\x00b", "page": "2"})
@example(page="/insights/", params={"window": "\x00"})
def test_page_parameters_survive_any_input(owner, scene, page, params):
    before = records()
    response = send(owner, "get", page, params)
    assert response.status_code == HTTPStatus.OK
    assert_sane(response, before)


@FUZZ
@given(kind=text)
def test_the_update_form_survives_any_preselected_kind(owner, scene, kind):
    response = send(owner, "get", f"/applications/{scene.target.pk}/updates/new/", {"kind": kind})
    assert response.status_code == HTTPStatus.OK


@FUZZ
@given(
    template=st.sampled_from(
        [
            "/applications/{}/",
            "/applications/{}/edit/",
            "/applications/{}/delete/",
            "/rounds/{}/edit/",
            "/rounds/{}/calendar.ics",
            "/updates/{}/delete/",
            "/applications/{}/drafts/withdrawal/",
        ]
    ),
    pk=st.one_of(st.just(0), st.integers(10**6, 2**80)),
)
def test_record_pages_for_ids_that_do_not_exist_are_404(owner, scene, template, pk):
    assert send(owner, "get", template.format(pk)).status_code == HTTPStatus.NOT_FOUND


@FUZZ
@given(token=st.one_of(text, st.just("\x00"), st.text(alphabet="abcdefABCDEF0123456789-_")))
def test_a_calendar_feed_with_a_wrong_token_is_404(scene, token):
    response = send(Client(), "get", f"/feeds/{quote(token, safe='')}.ics")
    assert response.status_code == HTTPStatus.NOT_FOUND


# --- Mail settings ------------------------------------------------------------------------


@FUZZ
@given(
    email=st.one_of(st.just("stranger@example.com"), st.just("owner@example.com"), email_text),
    password=st.one_of(st.just(PASSWORD), text),
)
def test_asking_for_a_new_address_survives_any_input(owner, scene, email, password):
    before = records()
    data = {"email": email, "password": password}
    response = send(owner, "post", reverse("interviews:email_change"), data)
    assert_sane(response, before)
    scene.owner.refresh_from_db()
    assert scene.owner.email == "owner@example.com"  # only the mailed link changes it


@FUZZ
@given(token=st.one_of(text, st.just("\x00"), st.text(alphabet="abcdefABCDEF0123456789-_:")))
def test_any_unsubscribe_or_address_link_survives(owner, scene, token):
    before = records()
    for path in (
        f"/unsubscribe/{quote(token, safe='')}/",
        f"/settings/email/confirm/{quote(token, safe='')}/",
    ):
        for method in ("get", "post"):
            response = send(owner, method, path)
            assert response.status_code in (
                HTTPStatus.FOUND,
                HTTPStatus.NOT_FOUND,
                HTTPStatus.METHOD_NOT_ALLOWED,
            ), (path, method, response.status_code)
    assert records() == before
