"""Print the advice for the focus application of situation files (``docs/advice-cases.md``).

Each file's person and records are built through the one write path in a throwaway
database (SQLite in memory, or a test database on PostgreSQL) made for the run, inside a
transaction rolled back after each file: nothing is left anywhere. ``--in-place`` uses the
configured database instead (still rolled back), which skips the few seconds of migrating.
"""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from interviews.cases import Case, CaseError, build, parse
from interviews.drafts import TITLES, available_drafts
from interviews.guidance import Advice, advise
from interviews.guidance.wording import short_date
from interviews.models import Application, Stage
from interviews.profiles import activated, profile_of
from interviews.search_picture import search_of


class Command(BaseCommand):
    help = "Print the advice for the focus application of each situation file."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument(
            "--in-place",
            action="store_true",
            help="Use the configured database (rolled back) rather than a throwaway one.",
        )

    def handle(self, *args, **options):
        texts = []
        for path in options["paths"]:
            try:
                texts.append((path, path.read_text(encoding="utf-8")))
            except OSError as error:
                raise CommandError(f"{path}: {error.strerror}") from error
        if options["in_place"]:
            self._run_all(texts)
            return
        with redirect_stdout(io.StringIO()):  # createcachetable's own chatter
            old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            self._run_all(texts)
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)

    def _run_all(self, texts: list[tuple[Path, str]]) -> None:
        for path, text in texts:
            self.stdout.write(self._run(path, text))

    def _run(self, path: Path, text: str) -> str:
        with transaction.atomic():
            try:
                case = build(parse(text))
            except CaseError as error:
                raise CommandError(f"{path}: {error}") from error
            lines = report(case)
            transaction.set_rollback(True)
        return "\n".join([f"=== {case.id or path.name}", *lines, ""])


def report(case: Case) -> list[str]:
    """The focus application's advice on the case's day, as the application page has it."""
    owner = case.focus.owner
    focus = Application.objects.with_records().get(pk=case.focus.pk)
    search = search_of(owner)
    with activated(profile_of(owner)):
        advice = advise(focus, today=case.today, search=search)
    others = {e.pk for e in search.entries if e.stage == Stage.OFFER} - {focus.pk}
    drafts = available_drafts(focus, advice, another_offer=bool(others))
    return [
        f"today:       {short_date(case.today)} {case.today.year}",
        f"stage:       {focus.stage}",
        f"situation:   {advice.situation}",
        f"headline:    {advice.headline}",
        f"meaning:     {advice.meaning}",
        f"not-meaning: {advice.not_meaning}",
        f"timing:      {advice.timing}",
        f"card:        {advice.timing_line}",
        *_clock(advice),
        "next steps:",
        *[f"  - [{_due(step.due, case)}] {step.text}" for step in advice.next_steps],
        *[f"  ? {question.text}" for question in advice.questions],
        "drafts:      " + (", ".join(TITLES[kind] for kind in drafts) or "none"),
    ]


def _clock(advice: Advice) -> list[str]:
    if not advice.awaiting_reply:
        return []
    follow_up = advice.follow_up_on.isoformat() if advice.follow_up_on else "none"
    return [f"waiting:     {advice.waiting_state or 'on_track'}; follow up on {follow_up}"]


def _due(day, case: Case) -> str:
    if day is None:
        return "any time"
    label = f"{short_date(day)} {day.isoformat()}"
    return f"{label}, overdue" if day < case.today else label
