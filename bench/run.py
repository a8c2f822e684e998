"""How the main pages scale: median server time at 200 applications and at 2,000.

    .venv/bin/python bench/run.py            # 200 and 2,000 applications, 15 runs per page
    .venv/bin/python bench/run.py --small    # CI smoke run: 20 and 60 applications, 3 runs

A measurement, not a test: it always exits 0 and prints PASS or MISS against the budgets
(every main page at 2,000 within 1.2x its time at 200, where every page is already
full; the board, the application page and Waiting within 5x the floor; advise() over
2,000 applications under 100 ms).

How it measures. A temporary SQLite file (the default database, with the settings'
WAL and IMMEDIATE options) holds two users with the same mix of applications: one with
--size of them, one with --base (200). Every page is fetched through django.test.Client with the
whole middleware stack, logged in with force_login: 2 warm-ups, then the median of 15
(perf_counter around client.get). The page at both sizes and the floor are requested in
turn, one request each, so that a change in the machine's load falls on all three alike
and the ratios hold. DEBUG is switched off after start-up so no query log
or template debugging costs time, as in production. The floor is the cheapest page that
still does a page's work: a view added at /__floor__/ by a URLconf built at run time,
which fetches 25 of the user's applications and renders a minimal template through the
same client and middleware; "ratio to floor" divides each page's time at the big size by
the floor's, taken in turn with it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import exchange_timing  # beside this file

ROOT = Path(__file__).resolve().parent.parent
# Pages held to the floor budget: the ones people live in.
FLOOR_BOUND = {"board", "application page", "Waiting"}
GROWTH_BUDGET, FLOOR_BUDGET = 1.2, 5
PAGES = ["board", "application list", "application page"]
PAGES += ["Waiting", "Stage guide", "calendar feed"]
PAGES += ["work-search log", "work-search print, 12 weeks", "work-search CSV, 12 weeks"]
PAGES += ["Insights", "Insights chart", "Insights flow"]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Time the main pages at --base and --size.")
    parser.add_argument("--size", type=int, default=2000, help="applications of the big user")
    parser.add_argument("--base", type=int, default=200, help="applications of the other")
    parser.add_argument("--repeats", type=int, default=15, help="timed runs per page")
    parser.add_argument("--small", action="store_true", help="CI smoke run: size 60, 3 runs")
    parser.add_argument(
        "--page",
        action="append",
        choices=PAGES,
        dest="pages",
        help="time only this page (again for more); skips advise() and the data exchange",
    )
    args = parser.parse_args(argv)
    args.only_pages = bool(args.pages)
    args.pages = args.pages or PAGES
    if args.small:
        args.size, args.base, args.repeats = 60, 20, 3
    return args


def set_up_django(workdir: Path) -> None:
    """A fresh SQLite file, configured before Django reads its settings."""
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ["DJANGO_DEBUG"] = "1"  # plain static storage: no collectstatic manifest needed
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"
    os.environ["DJANGO_SETTINGS_MODULE"] = "tracker.settings"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    settings.DEBUG = False  # before the first request: no query log, no template debug
    settings.ROOT_URLCONF = install_floor_urls()


def install_floor_urls() -> str:
    """The project's URLs plus /__floor__/, as a module made at run time."""
    import types

    from django.contrib.auth.decorators import login_required
    from django.http import HttpResponse
    from django.template import engines
    from django.urls import path

    from interviews.models import Application
    from tracker import urls

    template = engines["django"].from_string(
        "<!doctype html><title>Floor</title><ul>{% for a in rows %}"
        "<li>{{ a.company }}: {{ a.role }}, {{ a.get_stage_display }}</li>{% endfor %}</ul>"
    )

    @login_required
    def floor(request):
        rows = Application.objects.filter(owner=request.user).order_by("-last_activity_at")[:25]
        return HttpResponse(template.render({"rows": rows}, request))

    module = types.ModuleType("bench_urls")
    module.urlpatterns = [*urls.urlpatterns, path("__floor__/", floor)]
    sys.modules["bench_urls"] = module
    return "bench_urls"


# --- The data: one job search some months in, most of it closed or long quiet ---------

# Share of applications (per 100) in each kind of story.
PROFILES = {
    "ghosted": 30,  # applied, maybe acknowledged, a follow-up or two, then silence
    "screen_rejected": 26,
    "rejected_late": 14,  # two to four interviews, then no
    "withdrawn": 5,
    "interviewing": 10,  # in process, often with an interview booked
    "offer": 4,
    "decided": 3,  # an offer accepted or declined
    "applied_recent": 6,
    "saved": 2,
}
ROLES = ["Software Engineer", "Data Analyst", "Product Manager", "Designer", "SRE"]
LATER_KINDS = ["video", "technical", "onsite", "panel", "hiring_manager", "final"]

Plan = tuple[int | None, list[tuple[str, int, str]], list[tuple[str, int]]]


def plan(profile: str, rng) -> Plan:
    """Days from today of the application date, each round (kind, day, outcome) and each
    update (kind, day) of one application."""
    if profile == "saved":
        return None, [], []
    recent = profile in ("applied_recent", "interviewing", "offer")
    start = -rng.randint(2, 12) if profile == "applied_recent" else -rng.randint(50, 330)
    if recent and profile != "applied_recent":
        start = -rng.randint(25, 45)
    rounds: list[tuple[str, int, str]] = []
    updates = [("acknowledged", start + 1)] if rng.random() < 0.85 else []
    if profile == "ghosted":
        updates += [("follow_up_sent", start + 10 + 8 * i) for i in range(rng.randint(0, 3))]
    if profile in ("applied_recent", "ghosted"):
        return start, rounds, updates
    rounds.append(("phone_screen", start + 7, "advanced"))
    if profile == "screen_rejected":
        rounds[-1] = ("phone_screen", start + 7, "done")
        if rng.random() < 0.5:
            updates.append(("follow_up_sent", start + 12))
        return start, rounds, [*updates, ("rejected", start + 16)]
    updates.append(("invited", start + 9))
    count = rng.randint(2, 4) if profile in ("rejected_late", "decided") else rng.randint(1, 3)
    day = start + 14
    for _ in range(count):
        rounds.append((rng.choice(LATER_KINDS), day, "advanced"))
        day += rng.randint(4, 8)
    return start, rounds, updates + ending(profile, rounds, day, rng)


def ending(profile: str, rounds: list, day: int, rng) -> list[tuple[str, int]]:
    """How the story ends (or where it stands), as updates; may book or mark a round."""
    if profile == "rejected_late":
        return [("rejected", day)]
    if profile == "withdrawn":
        return [("withdrew", day)]
    if profile == "interviewing":
        if rng.random() < 0.5:
            rounds.append((rng.choice(LATER_KINDS), rng.randint(1, 10), "scheduled"))
        else:
            kind, at, _ = rounds[-1]
            rounds[-1] = (kind, at, "done")
        return [("moving_forward", min(day, 0))]
    offer = ("offer_written", min(day, -1))
    if profile == "decided":
        return [offer, (rng.choice(["accepted", "declined"]), min(day + 3, 0))]
    return [offer]


def mix(size: int, rng) -> list[str]:
    """`size` profiles in the PROFILES proportions (largest remainders), shuffled."""
    total = sum(PROFILES.values())
    exact = {name: size * weight / total for name, weight in PROFILES.items()}
    counts = {name: int(share) for name, share in exact.items()}
    by_remainder = sorted(exact, key=lambda name: exact[name] - counts[name], reverse=True)
    for name in by_remainder[: size - sum(counts.values())]:
        counts[name] += 1
    profiles = [name for name, count in counts.items() for _ in range(count)]
    rng.shuffle(profiles)
    return profiles


def build_user(username: str, size: int):
    """A user with `size` applications of the PROFILES mix, stored as the app would store them."""
    import random

    from django.contrib.auth import get_user_model

    from interviews.models import Application, CalendarFeed

    rng = random.Random(f"{username}-{size}")  # the same data on every run
    user = get_user_model().objects.create_user(username)
    CalendarFeed.objects.create(owner=user)
    plans = [plan(profile, rng) for profile in mix(size, rng)]
    applications = Application.objects.bulk_create(
        Application(
            owner=user,
            company=f"Company {i:04d}",
            role=rng.choice(ROLES),
            applied_on=days(start),
        )
        for i, (start, _, _) in enumerate(plans)
    )
    from interviews.models import ContactRole
    from interviews.services import Named, people_bulk_link

    recruiter = Named("Dana Reyes", "dana@example.com")
    people_bulk_link(user.pk, [(a, ContactRole.RECRUITER, recruiter) for a in applications])
    store_records(applications, plans, rng)
    refresh_derived(applications, plans)
    return user


def days(offset: int | None):
    from datetime import timedelta

    from django.utils import timezone

    return None if offset is None else timezone.localdate() + timedelta(days=offset)


def store_records(applications: list, plans: list[Plan], rng) -> None:
    from datetime import datetime, time

    from django.utils import timezone

    from interviews.models import InterviewRound, StatusUpdate

    rounds, updates = [], []
    for application, (_, planned_rounds, planned_updates) in zip(applications, plans, strict=True):
        for kind, day, outcome in planned_rounds:
            at = datetime.combine(days(day), time(rng.randint(9, 16)))
            rounds.append(
                InterviewRound(
                    application=application,
                    kind=kind,
                    scheduled_at=timezone.make_aware(at),
                    duration_minutes=45,
                    outcome=outcome,
                )
            )
        updates += [
            StatusUpdate(application=application, kind=k, on=days(d)) for k, d in planned_updates
        ]
    InterviewRound.objects.bulk_create(rounds, batch_size=500)
    StatusUpdate.objects.bulk_create(updates, batch_size=500)
    panel(rounds)


def panel(rounds: list) -> None:
    """Two interviewers in every round, as contacts (their places in one INSERT)."""
    from interviews.models import Contact, RoundParticipant

    if not rounds:
        return
    owner_id = rounds[0].application.owner_id
    people = [Contact.objects.create(owner_id=owner_id, name=n) for n in ("Sam Lee", "Kim Park")]
    RoundParticipant.objects.bulk_create(
        [
            RoundParticipant(interview_round=r, contact=c, position=i)
            for r in rounds
            for i, c in enumerate(people)
        ],
        batch_size=500,
    )


def refresh_derived(applications: list, plans: list[Plan]) -> None:
    """Store the stage and every other derived field through services.stages_refresh, the
    app's one write path for batches (an import, a restore), so the data is exactly what
    the app itself would hold; then date each application's last activity back to its
    latest record, in one query."""
    from datetime import datetime, time

    from django.db import transaction
    from django.utils import timezone

    from interviews.models import Application
    from interviews.services import stages_refresh

    with transaction.atomic():
        stages_refresh(applications)
    for application, (start, rounds, updates) in zip(applications, plans, strict=True):
        last = max([start or -400, *(d for _, d, _ in rounds), *(d for _, d in updates)])
        application.last_activity_at = timezone.make_aware(
            datetime.combine(days(min(last, 0)), time(12))
        )
    Application.objects.bulk_update(applications, ["last_activity_at"], batch_size=500)


def detail_application(user):
    """The open application with the most records: the fullest page a user opens."""
    from django.db.models import Count

    from interviews.models import Application, Stage

    return (
        Application.objects.for_user(user)
        .filter(stage__in=Stage.active())
        .annotate(records=Count("rounds", distinct=True) + Count("updates", distinct=True))
        .order_by("-records", "pk")
        .first()
    )


def feed_token(user) -> str:
    return user.calendar_feed.token


# --- The measurements --------------------------------------------------------------------


@dataclass
class Timing:
    median_ms: float
    status: int


WARMUPS = 2


def time_once(client, url: str) -> tuple[float, int]:
    """Milliseconds for one GET, and its status."""
    start = time.perf_counter()
    response = client.get(url)
    if response.streaming:  # a download is done when its last row is written
        b"".join(response.streaming_content)
    return (time.perf_counter() - start) * 1000, response.status_code


def time_in_turn(runs: list[tuple]) -> list[Timing]:
    """Each (client, url, repeats) timed one request at a time in turn, after the warm-ups:
    a change in the machine's load (other test runs share its two cores) falls on all of
    them alike, so the ratios between them hold even when the times do not."""
    repeats = runs[0][2]
    samples: list[list[float]] = [[] for _ in runs]
    statuses = [200] * len(runs)
    for attempt in range(WARMUPS + repeats):
        for i, (client, url, _) in enumerate(runs):
            ms, status = time_once(client, url)
            if attempt >= WARMUPS:
                samples[i].append(ms)
            if status != 200:
                statuses[i] = status
    pairs = zip(samples, statuses, strict=True)
    return [Timing(statistics.median(times), status) for times, status in pairs]


def page_urls(user, detail_pk: int, token: str) -> dict[str, str]:
    return {
        "board": "/",
        "application list": "/applications/",
        "application page": f"/applications/{detail_pk}/",
        "Waiting": "/waiting/",
        "Stage guide": "/guide/",
        "calendar feed": f"/feeds/{token}.ics",
        "work-search log": "/worklog/",
        "work-search print, 12 weeks": f"/worklog/print/?{twelve_weeks()}",
        "work-search CSV, 12 weeks": f"/worklog/download/?{twelve_weeks()}",
        "Insights": "/insights/",
        "Insights chart": "/insights/charts/funnel.svg",
        "Insights flow": "/insights/flow.svg",
        "floor": "/__floor__/",
    }


def twelve_weeks() -> str:
    from datetime import timedelta

    from django.utils import timezone

    today = timezone.localdate()
    return f"start={today - timedelta(weeks=11)}&end={today}&layout=us"


def measure(small_user, big_user, repeats: int, pages: list[str]) -> tuple[dict[str, Timing], ...]:
    """Each page at both sizes and the floor (at the big size), taken in turn."""
    from django.test import Client

    sides = []
    for user in (small_user, big_user):
        client = Client()
        client.force_login(user)
        sides.append((client, page_urls(user, detail_application(user).pk, feed_token(user))))
    (small_client, small_urls), (big_client, big_urls) = sides
    small, big, floor = {}, {}, {}
    for name in [*pages, "floor"]:
        runs = [
            (small_client, small_urls[name], repeats),
            (big_client, big_urls[name], repeats),
            (big_client, big_urls["floor"], repeats),
        ]
        small[name], big[name], floor[name] = time_in_turn(runs)
    return small, big, floor


def time_advise(user, repeats: int = 5) -> tuple[float, float, float]:
    """Median ms to fetch every application with_records() and the search picture, and to
    advise() them all with it (wall clock, and CPU time of this process)."""
    from django.utils import timezone

    from interviews.guidance import Person, advise
    from interviews.models import Application
    from interviews.profiles import profile_of
    from interviews.search_picture import search_of

    fetches, advising, cpu = [], [], []
    today = timezone.localdate()
    for _ in range(repeats):
        start = time.perf_counter()
        applications = list(Application.objects.for_user(user).with_records())
        search = search_of(user)
        person = Person.of(profile_of(user))  # as pages pass request.person
        fetched, cpu_start = time.perf_counter(), time.process_time()
        for application in applications:
            advise(application, today=today, person=person, search=search)
        fetches.append((fetched - start) * 1000)
        advising.append((time.perf_counter() - fetched) * 1000)
        cpu.append((time.process_time() - cpu_start) * 1000)
    return statistics.median(fetches), statistics.median(advising), statistics.median(cpu)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def table(args, small: dict, big: dict, floor: dict) -> list[str]:
    size, base = args.size, args.base
    lines = [
        f"| page | median at {base:,} (ms) | median at {size:,} (ms) "
        f"| growth {size:,}/{base:,} | ratio to floor | budget |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for name in [*args.pages, "floor"]:
        at_small, at_big = small[name].median_ms, big[name].median_ms
        growth, to_floor = at_big / at_small, at_big / floor[name].median_ms
        within = growth <= GROWTH_BUDGET and (name not in FLOOR_BOUND or to_floor <= FLOOR_BUDGET)
        result = "(the floor)" if name == "floor" else verdict(within)
        if small[name].status != 200 or big[name].status != 200:
            result = f"ERROR: HTTP {small[name].status}/{big[name].status}"
        lines.append(
            f"| {name} | {at_small:.1f} | {at_big:.1f} | {growth:.2f} | {to_floor:.2f} | {result} |"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="tracker-bench-"))
    try:
        set_up_django(workdir)
        started = time.perf_counter()
        big_user = build_user("bench-big", args.size)
        small_user = build_user("bench-small", args.base)
        took = time.perf_counter() - started
        print(f"Set up {args.size:,} + {args.base:,} applications in {took:.1f} s")
        print_counts(big_user, small_user)
        timings = measure(small_user, big_user, args.repeats, args.pages)
        if args.only_pages:
            report(args, timings)
            return 0
        fetch_ms, advise_ms, cpu_ms = time_advise(big_user)
        rows = 200 if args.small else exchange_timing.IMPORT_ROWS
        exchange_lines = exchange_timing.report(
            rows,
            exchange_timing.time_import(rows),
            exchange_timing.time_backup(big_user),
            args.size,
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    report(args, timings, (fetch_ms, advise_ms, cpu_ms))
    print("\n".join(exchange_lines))
    return 0


def print_counts(*users) -> None:
    from collections import Counter

    from interviews.models import Application, InterviewRound, StatusUpdate

    for user in users:
        stages = Counter(Application.objects.for_user(user).values_list("stage", flat=True))
        rounds = InterviewRound.objects.filter(application__owner=user).count()
        updates = StatusUpdate.objects.filter(application__owner=user).count()
        mix = ", ".join(f"{stage} {count}" for stage, count in stages.most_common())
        print(f"{user.username}: {rounds} rounds, {updates} updates; {mix}")


def report(args, timings: tuple[dict, dict, dict], advise=None) -> None:
    """The table; then advise()'s time, given as (fetch ms, advise ms)."""
    print()
    print("\n".join(table(args, *timings)))
    print()
    if advise:
        fetch_ms, advise_ms, cpu_ms = advise
        load = os.getloadavg()[0]
        print(
            f"advise() over {args.size:,} applications with the search picture: "
            f"{advise_ms:.1f} ms wall, {cpu_ms:.1f} ms CPU, load {load:.2f} "
            f"(fetching them with_records() and the picture: {fetch_ms:.1f} ms, not counted) "
            f"| target under 100 ms: {verdict(advise_ms < 100)}"
        )
        print()
    print(
        f"Medians of {args.repeats} runs after {WARMUPS} warm-ups, each page at both sizes "
        "and the floor requested in turn; django.test.Client with the full middleware stack, "
        "SQLite file, DEBUG off."
    )
    print(
        f"Budgets: every page at {args.size:,} within {GROWTH_BUDGET}x its time at "
        f"{args.base:,}; {', '.join(sorted(FLOOR_BOUND))} within {FLOOR_BUDGET}x the floor "
        "(25 rows, minimal template, same stack); advise() under 100 ms."
    )


if __name__ == "__main__":
    sys.exit(main())
