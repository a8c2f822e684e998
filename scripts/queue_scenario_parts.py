"""The people, the web clients and the checks of scripts/queue_scenario.py."""

from __future__ import annotations

import argparse
import re
import secrets
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from io import StringIO

import concurrency as base

PASSWORD = secrets.token_urlsafe(24)
# Seconds for one request: ten people log in at once (a password hash each) on two
# processes; a busy CI machine must not turn that into a failure.
TIMEOUT = 120
SELECT = re.compile(r'<select name="(\w+)"[^>]*>(.*?)</select>', re.DOTALL)
SELECTED = re.compile(r'<option value="([^"]*)"[^>]*\bselected\b')
JOB = re.compile(r"/jobs/(\d+)/$")
NEW = re.compile(r"^(\d+) new, \d+ about hiring, (\d+) suggested$")


class Failure(Exception):
    """The scenario could not go on."""


def expected_rows(args: argparse.Namespace) -> dict[int, int]:
    """Each person's applications at the end, by their number: the one made at the start,
    their small imports' rows, and the large import's (the last person, who imports
    nothing else: the same person's imports at once queue on their owner's lock)."""
    counts = Counter(number % args.people for number in range(args.imports))
    return {
        person: 1 + counts[person] * args.rows + (args.large if person == args.people else 0)
        for person in range(args.people + 1)
    }


def multipart(field_name: str, filename: str, content: bytes, fields: dict[str, str]):
    boundary = secrets.token_hex(16)
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{field_name}"; '
        f'filename="{filename}"\r\nContent-Type: text/csv\r\n\r\n'.encode()
        + content
        + b"\r\n"
    )
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), boundary


@dataclass
class WebClient:
    """One person in a browser, each request to the next of the web servers."""

    username: str
    urls: list[str]
    opener: urllib.request.OpenerDirector = field(default_factory=base.new_opener)
    turn: int = 0

    def __post_init__(self) -> None:
        token = self.token("/accounts/login/")
        data = {"username": self.username, "password": PASSWORD, "csrfmiddlewaretoken": token}
        self.expect(302, "log in", "/accounts/login/", data)

    def url(self, path: str) -> str:
        self.turn += 1
        return self.urls[self.turn % len(self.urls)] + path

    def expect(self, status: int, what: str, path: str, data=None) -> str:
        got, body = base.fetch(self.opener, self.url(path), data, timeout=TIMEOUT)
        if got != status:
            raise Failure(f"{self.username}: {what} answered {got}, not {status}")
        return body

    def token(self, path: str) -> str:
        match = base.TOKEN.search(self.expect(200, f"GET {path}", path))
        if not match:
            raise Failure(f"no CSRF token on {path}")
        return match[1]

    def import_file(self, csv: bytes) -> int:
        """Upload, keep the columns guessed, confirm: the job's id."""
        token = self.token("/import/")
        body, boundary = multipart("spreadsheet", "search.csv", csv, {"csrfmiddlewaretoken": token})
        request = urllib.request.Request(
            self.url("/import/"),
            body,
            {"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
        if (answer := self.send(request))[0] != 302:
            raise Failure(f"{self.username}: the upload answered {answer[0]}")
        page = self.expect(200, "GET the columns", "/import/columns/")
        columns = {
            name: (found[1] if (found := SELECTED.search(options)) else "")
            for name, options in SELECT.findall(page)
        }
        data = columns | {"csrfmiddlewaretoken": base.TOKEN.search(page)[1]}
        self.expect(302, "choose the columns", "/import/columns/", data)
        token = self.token("/import/preview/")
        return self.confirm(token)

    def confirm(self, token: str) -> int:
        request = urllib.request.Request(
            self.url("/import/preview/"), f"csrfmiddlewaretoken={token}".encode()
        )
        status, location = self.send(request)
        if status == 302 and (job := JOB.search(location)):
            return int(job[1])
        raise Failure(f"{self.username}: confirming answered {status} {location}")

    def send(self, request: urllib.request.Request) -> tuple[int, str]:
        """The answer's status and where it redirects to (redirects are not followed)."""
        try:
            with self.opener.open(request, timeout=TIMEOUT) as response:
                return response.status, ""
        except urllib.error.HTTPError as answer:
            return answer.code, answer.headers.get("Location", "")


@dataclass
class People:
    users: list[str]
    imap: object
    recovered: int = 0
    errors: list[str] = field(default_factory=list)

    @classmethod
    def made(cls, args: argparse.Namespace, zones, day: date, imap) -> People:
        """The people, each in one of ``zones``, with an application whose follow-up is
        due on ``day`` (so each digest has something to say) and a mailbox on ``imap``."""
        from django.conf import settings
        from django.contrib.auth import get_user_model
        from django.core.management import call_command
        from django_tasks_db.models import DBTaskResult

        from interviews.hrmail.models import MailAccount
        from interviews.hrmail.secrets import encrypt
        from interviews.jobs.models import DigestClaim, Job, Lease, Tick
        from interviews.models import Application, ContactRole, DigestLog
        from interviews.profiles import profile_of
        from interviews.services import Named, application_save, profile_save

        if not (settings.STATIC_ROOT / "staticfiles.json").exists():  # CI's earlier steps did
            call_command("collectstatic", interactive=False, verbosity=0)
        for model in (DBTaskResult, Job, Lease, Tick, DigestClaim, DigestLog):
            model.objects.all().delete()  # the copy's queue starts empty
        names = []
        for number in range(args.people + 1):  # the last one makes the large import
            name = f"queue-{number}"
            user = get_user_model().objects.create_user(
                name, email=f"{name}@example.com", password=PASSWORD
            )
            profile = profile_of(user)
            profile.time_zone, profile.country, profile.region = zones[number % len(zones)]
            profile_save(profile)
            application_save(
                Application(
                    owner=user,
                    company="Acme Robotics",
                    role="Engineer",
                    applied_on=day - timedelta(days=21),  # past Thanksgiving's pause too
                ),
                people={ContactRole.RECRUITER: Named("", "dana@acme-robotics.com")},
            )
            MailAccount.objects.create(
                owner=user,
                host=imap.host,
                port=imap.port,
                security="plain",
                username=imap.user,
                password_encrypted=encrypt(imap.password),
            )
            names.append(name)
        return cls(users=names, imap=imap)

    @staticmethod
    def file_of(person: int, label: object, rows: int) -> bytes:
        lines = [f"Co {person}-{label}-{row},Dev,2026-11-02\n" for row in range(rows)]
        return ("Company,Role,Date applied\n" + "".join(lines)).encode()

    def start_imports(self, urls: list[str], imports: int, rows: int, deadline: float):
        """Each person imports their share of ``imports`` files, all people at once."""
        from django.db import connections

        connections.close_all()  # the threads below speak HTTP only

        def importing(person: int) -> None:
            try:
                client = WebClient(self.users[person], urls)
                for number in range(person, imports, len(self.users) - 1):
                    if time.monotonic() > deadline:
                        raise Failure("out of time")
                    client.import_file(self.file_of(person, number, rows))
            except Exception as error:  # counted, not lost in a thread
                self.errors.append(f"{self.users[person]}: {error!r}")

        threads = [
            threading.Thread(target=importing, args=(person,), daemon=True)
            for person in range(len(self.users) - 1)
        ]
        for thread in threads:
            thread.start()
        return threads

    def deliver(self, imap, numbers) -> None:
        """Hiring mail from the contact of everyone's application, into the mailbox."""
        from tests.support.mail import fetched

        for number in numbers:
            body = f"Thank you for your time. We have decided not to go ahead (ref {number})."
            imap.append(fetched("Dana Reyes <dana@acme-robotics.com>", body, f"<q{number}@acme>"))

    def check(self, args: argparse.Namespace, processes, killed: str, rows) -> list[str]:
        """What was lost or doubled, in words; empty when each effect happened once."""
        from django.db import connections

        connections.close_all()
        return (
            list(self.errors)
            + _jobs_checked(args, killed)
            + _rows_checked(self.users, rows)
            + _digests_checked(self.users, processes.mail_output())
            + _mail_checked(args.messages)
            + _queue_checked()
        )

    def summary(self, args: argparse.Namespace, killed: str, seconds: float) -> str:
        from django_tasks_db.models import DBTaskResult

        done = Counter(DBTaskResult.objects.values_list("task_path", flat=True))
        counts = ", ".join(f"{count} {path.rsplit('.', 1)[1]}" for path, count in done.items())
        return (
            f"queue scenario: {args.imports} imports and one of {args.large} rows through 2 web"
            f" processes; 2 workers, {killed} killed mid-import and replaced; tasks run: "
            f"{counts}; {self.recovered} queued again after a worker died; {seconds:.0f} s"
        )


def _jobs_checked(args: argparse.Namespace, killed: str) -> list[str]:
    from django_tasks_db.models import DBTaskResult

    from interviews.jobs.models import Job, JobStatus

    problems = []
    jobs = list(Job.objects.order_by("pk"))
    if len(jobs) != args.imports + 1:
        problems.append(f"{len(jobs)} import jobs, not {args.imports + 1}")
    reports = Counter(job.report for job in jobs if job.status == JobStatus.DONE)
    expected = Counter(
        {f"Imported {args.rows} applications.": args.imports}
        | {f"Imported {args.large} applications.": 1}
    )
    if reports != expected:
        problems.append(f"the jobs' reports: {dict(reports)}, not {dict(expected)}")
    large = DBTaskResult.objects.get(queue_name="jobs", args_kwargs__args=[jobs[0].pk])
    if large.worker_ids[0] != killed or len(set(large.worker_ids)) < 2:
        problems.append(f"the large import ran on {large.worker_ids}: not taken over")
    return problems


def _rows_checked(users: list[str], rows: dict[int, int]) -> list[str]:
    from django.db.models import Count

    from interviews.models import Application

    counts = dict(
        Application.objects.values_list("owner__username").annotate(Count("pk")).order_by()
    )
    problems = [
        f"{name} has {counts.get(name, 0)} applications, not {rows[number]}"
        for number, name in enumerate(users)
        if counts.get(name, 0) != rows[number]
    ]
    twice = (
        Application.objects.filter(owner__username__in=users)
        .values("owner", "company", "role")
        .annotate(copies=Count("pk"))
        .filter(copies__gt=1)
        .count()
    )
    return problems + ([f"{twice} rows imported twice"] if twice else [])


def _digests_checked(users: list[str], mail_output: str) -> list[str]:
    from interviews.models import DigestLog

    sent = Counter(re.findall(r"^To: (\S+)$", mail_output, re.MULTILINE))
    theirs = DigestLog.objects.filter(owner__username__in=users)
    logged = Counter(theirs.values_list("owner__username", "sent_on"))
    problems = [
        f"{name}: {sent[f'{name}@example.com']} digests sent, not 1"
        for name in users
        if sent[f"{name}@example.com"] != 1
    ]
    expected = Counter({(name, date(2026, 12, 8)): 1 for name in users})
    if logged != expected:
        problems.append(f"the digest log: {dict(logged)}")
    return problems


def _mail_checked(messages: int) -> list[str]:
    from django.db.models import Count
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from interviews.hrmail.models import MailAccount, MailSuggestion

    read: Counter[int] = Counter()
    suggested: Counter[int] = Counter()
    fetches = DBTaskResult.objects.filter(
        task_path="interviews.hrmail.tasks.fetch_mailbox", status=TaskResultStatus.SUCCESSFUL
    )
    for task in fetches:
        if found := NEW.match(task.return_value or ""):
            account = task.args_kwargs["args"][0]
            read[account] += int(found[1])
            suggested[account] += int(found[2])
    made = dict(MailSuggestion.objects.values_list("owner_id").annotate(Count("pk")).order_by())
    problems = []
    for account in MailAccount.objects.all():
        if read[account.pk] != messages:
            problems.append(f"mailbox {account.pk}: {read[account.pk]} messages read")
        if suggested[account.pk] != made.get(account.owner_id, 0):
            problems.append(f"mailbox {account.pk}: {suggested[account.pk]} suggestions made")
    if not made:
        problems.append("no suggestion was made from the mail")
    return problems


def _queue_checked() -> list[str]:
    from django.core.management import CommandError, call_command
    from django_tasks_db.models import DBTaskResult

    failed = list(DBTaskResult.objects.failed().values_list("task_path", "exception_class_path"))
    problems = [f"{len(failed)} tasks failed: {failed[:5]}"] if failed else []
    try:
        call_command("queue_health", stdout=StringIO())
    except CommandError as problem:
        problems.append(f"queue_health: {problem}")
    return problems
