"""A fingerprint of every piece of advice, to prove that a speed change changes no output.

    .venv/bin/python bench/advice_fingerprint.py --out /tmp/before.txt
    ... change how the advice is computed ...
    .venv/bin/python bench/advice_fingerprint.py --out /tmp/after.txt
    diff /tmp/before.txt /tmp/after.txt            # must print nothing
    .venv/bin/python bench/advice_fingerprint.py --show "US-CA 2026-12-28 bench#17"

    .venv/bin/python bench/advice_fingerprint.py --time 9   # advise()'s CPU time instead

What it advises. The bench's 2,000 applications (``bench/run.py``'s seeding, its dates
anchored on ANCHOR instead of today so that every run builds the same records) and the 60
blind situation files of tests/data/advice_cases*/ (each its own person), for several
people (time zones, countries and regions, employed or not) on several days: a Monday,
a Saturday, Christmas, the year end, New Year and two US holidays. Each advice is
reduced to one line: where (person, day, application) and a hash of every field of its
``Advice`` (texts, steps and their dates, questions, the clock, the rounds it names), of
the stored card state (``card_of``), of the card's words (``presenting.card_state``), of
the drafts that fit and their text, and, once per person, of the stored attention dates.
``--show`` prints one line's whole content.

``--time N`` builds only the bench's user and prints ``bench/run.py``'s ``time_advise``
(median of N, CPU time of this process) with the machine's load: run it on two copies
of the code one after the other to compare them. ``--bytecodes N`` counts the Python
bytecodes ``advise()`` executes over the bench's first N applications (``sys.settrace``
opcode events, on ANCHOR, after one untraced pass): a count the machine's load does not
move, to compare two versions of the code on a shared machine.
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import hashlib
import json
import os
import shutil
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

import run  # beside this file: the bench's seeding

ANCHOR = date(2026, 12, 7)  # a Monday: the bench's "today" for its records
DAYS = [
    date(2026, 11, 26),  # Thanksgiving (US)
    ANCHOR,
    date(2026, 12, 9),
    date(2026, 12, 12),  # a Saturday
    date(2026, 12, 24),
    date(2026, 12, 25),  # Christmas
    date(2026, 12, 28),  # the Monday of the year-end week
    date(2026, 12, 31),
    date(2027, 1, 1),
    date(2027, 1, 4),  # the first Monday of the year
    date(2027, 1, 18),  # Martin Luther King Jr. Day (US)
]
# (name, time zone, country, region, employed)
PEOPLE = [
    ("US", "America/New_York", "US", "", False),
    ("US-CA", "America/Los_Angeles", "US", "CA", True),
    ("GB-SCT", "Europe/London", "GB", "SCT", False),
    ("DE-BY", "Europe/Berlin", "DE", "BY", True),
    ("AU-NSW", "Australia/Sydney", "AU", "NSW", False),
    ("none", "UTC", "", "", False),
]
CASES = run.ROOT / "tests" / "data"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write the fingerprint lines here")
    parser.add_argument("--show", action="append", default=[], help="print this line in full")
    parser.add_argument("--time", type=int, metavar="N", help="time advise() instead (median of N)")
    parser.add_argument(
        "--bytecodes", type=int, metavar="N", help="count advise()'s bytecodes over N applications"
    )
    return parser.parse_args(argv)


def anchored_days(offset: int | None) -> date | None:
    return None if offset is None else ANCHOR + timedelta(days=offset)


def build_bench_user():
    """``run.build_user`` with its dates counted from ANCHOR, its records logged on ANCHOR."""
    from django.db.models import F
    from django.utils import timezone

    from interviews.models import InterviewRound, StatusUpdate

    run.days = anchored_days
    user = run.build_user("bench-big", 2000)
    shift = datetime.combine(ANCHOR, datetime.min.time()) + timedelta(hours=12)
    shift = timezone.make_aware(shift) - timezone.now()
    for model in (InterviewRound, StatusUpdate):
        model.objects.filter(application__owner=user).update(created_at=F("created_at") + shift)
    return user


def build_cases() -> list[tuple[str, object, date]]:
    """Each blind situation file's person, as (label, user, the file's day)."""
    from interviews.cases import build, parse

    built = []
    for path in sorted(CASES.glob("advice_cases*/[0-9][0-9]-*.json")):
        case = build(parse(path.read_text(encoding="utf-8")))
        built.append((f"{path.parent.name}/{path.stem[:2]}", case.focus.owner, case.today))
    return built


def plain(value: object) -> object:
    """A JSON-ready form of an advice's value: dataclasses by field, records by pk."""
    from django.db.models import Model

    if isinstance(value, Model):
        return f"{type(value).__name__}#{value.pk}"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def everything(application, advice, today, person, offers: set[int]) -> dict[str, object]:
    """What a page or the write path reads from one advice."""
    from interviews.card_state import card_of
    from interviews.drafts import available_drafts, compose
    from interviews.presenting import card_state

    another = bool(offers - {application.pk})
    kinds = available_drafts(application, advice, another_offer=another)
    with person.in_force():
        card = card_of(advice, today)
        words = card_state(application.stage, advice, today)
    return {
        "advice": plain(advice),
        "card": plain(card),
        "words": plain(words),
        "drafts": [plain(compose(k, application, advice, signature="Ana")) for k in kinds],
    }


def fingerprint_user(user, label: str, days: list[date], people, write) -> None:
    from interviews.guidance import Person, advise
    from interviews.guidance.attention import attention
    from interviews.guidance.search import NO_SEARCH
    from interviews.models import Application, Stage
    from interviews.search_picture import search_of

    applications = list(Application.objects.for_user(user).with_records().order_by("pk"))
    search = search_of(user)
    offers = {e.pk for e in search.entries if e.stage == Stage.OFFER}
    for name, zone, country, region, employed in people:
        person = Person(time_zone=zone, country=country, region=region, employed=employed)
        for today in days:
            for n, application in enumerate(applications):
                advice = advise(application, today=today, person=person, search=search)
                write(
                    f"{name} {today} {label}#{n}",
                    everything(application, advice, today, person, offers),
                )
        for n, application in enumerate(applications):
            seen = attention(application, today=days[0], person=person, search=search)
            alone = advise(application, today=days[0], person=person, search=NO_SEARCH)
            write(
                f"{name} attention {label}#{n}", {"attention": plain(seen), "alone": plain(alone)}
            )
    for n, application in enumerate(applications):  # the owner's own calendar
        advice = advise(application, today=days[0], search=search)
        write(f"owner {days[0]} {label}#{n}", plain(advice))


def fingerprint(args) -> None:
    shown, lines = set(args.show), []

    def write(where: str, content: dict) -> None:
        text = json.dumps(content, sort_keys=True, ensure_ascii=False)
        lines.append(f"{where} {hashlib.sha256(text.encode()).hexdigest()[:20]}")
        if where in shown:
            print(where, json.dumps(content, sort_keys=True, ensure_ascii=False, indent=1))

    bench_user = build_bench_user()
    fingerprint_user(bench_user, "bench", DAYS, PEOPLE, write)
    for label, owner, today in build_cases():
        fingerprint_user(owner, label, [today, *DAYS[1:]], PEOPLE[:3], write)
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines):,} advice fingerprinted", file=sys.stderr)


def count_bytecodes(user, size: int) -> int:
    """Bytecodes executed by ``advise()`` over the user's first ``size`` applications (by
    pk), as ``bench/run.py``'s ``time_advise`` calls it, after one pass that fills the
    engine's caches."""
    from interviews.guidance import Person, advise
    from interviews.models import Application
    from interviews.profiles import profile_of
    from interviews.search_picture import search_of

    applications = list(Application.objects.for_user(user).with_records().order_by("pk"))
    applications = applications[:size]
    search, person = search_of(user), Person.of(profile_of(user))
    counted = [0]

    def trace(frame, event, arg):
        frame.f_trace_opcodes = True
        if event == "opcode":
            counted[0] += 1
        return trace

    for traced in (False, True):
        sys.settrace(trace if traced else None)
        for application in applications:
            advise(application, today=ANCHOR, person=person, search=search)
        sys.settrace(None)
    return counted[0]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="tracker-fingerprint-"))
    try:
        run.set_up_django(workdir)
        if args.bytecodes:
            count = count_bytecodes(build_bench_user(), args.bytecodes)
            print(f"advise() x{args.bytecodes:,}: {count:,} bytecodes")
        elif args.time:
            _, wall, cpu = run.time_advise(build_bench_user(), repeats=args.time)
            load = " ".join(f"{value:.2f}" for value in os.getloadavg())
            print(f"advise() x2,000: {cpu:.1f} ms CPU, {wall:.1f} ms wall", end=" ")
            print(f"(median of {args.time}); load average {load}")
        else:
            fingerprint(args)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
