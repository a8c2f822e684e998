"""Export formats we recognise by their headers, each mapped without a question.

A format is recognised when every header it always writes is in the file's first row
(compared as folded words, in any order, other columns allowed): then its mapping, its
date order and its defaults are certain, and the import goes straight to the preview.
Every other file goes through the columns step, with guesses from its headers.

Where each format's headers come from (checked against public sources, December 2026):
- LinkedIn's data export (Settings, Data privacy, Get a copy of your data), folder
  Jobs/: ``Job Applications.csv`` and ``Saved Jobs.csv``. Dates as ``11/3/26, 4:11 PM``,
  month first. Its "Contact Email" is the applicant's own address, so it is not read as
  the employer's contact.
- JobSync (github.com/Gsync/jobsync, src/app/api/jobs/export/route.ts): ``index,
  createdAt, applied, appliedDate, Company, JobTitle, jobType, Location, JobSource,
  Status``, with "N/A" for a missing value and dates as yyyy-MM-dd (its formatISODate in
  src/lib/formatters.ts).
- Simplify's tracker export: ``Job Title, Company Name, Job URL, Applied Date, Status,
  Status Date`` (then Archived, Date Archived, Notes).
- CareerOneStop's job search tracker (US Department of Labor, careeronestop.org, "Job
  search tracking"): Company Name, Contact, E-mail, Date Applied, Application Summary,
  Interview, Follow-Up, Status. It has no role column.
- Huntr's board export (huntr.co, as CSV): ``id, createdAt, title,
  salary, location, url, rootDomain, htmlDescription, deadline, color, lastMovedAt,
  boardId, boardName, listId, listName, companyId, companyName, companyDomain,
  creatorUserId, creatorUserFirstName, creatorUserLastName, creatorUserEmail``, observed in
  real exports kept as test data by github.com/keenlychuang/huntr-to-notion
  (data/sample_data/*.csv). Dates as ``2022-02-26 19:17:05``, "-" for nothing. It has no
  applied date: a job's list (its status) is dated by lastMovedAt, or by createdAt when
  it never moved, so a job in the Applied list was applied on that day. No contact
  column; creatorUserEmail is the person's own address and is not read.
- Teal's job tracker (tealhq.com): the tracker table's columns, ``Job Position, Company,
  Max. Salary, Location, Status, Date Saved, Deadline, Date Applied, Follow up,
  Excitement``, as the app shows them and as a public tracker that copies Teal's layout
  writes its tracker.csv. Teal documents no export file, so it is recognised only when
  its own columns, "Date Saved" and "Excitement" among them, are all there. Its statuses
  (Bookmarked, Applying, Applied, Interviewing, Negotiating, Accepted, I Withdrew, Not
  Selected, No Response) are in the shared vocabulary.
- This product's own applications export (interviews.views.exports).

Notion is not here: a Notion database exports with its own property names as headers,
which differ from template to template, so it goes through the columns step
(docs/importing.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from interviews.exchange.mapping import TARGETS, Reading, header_words
from interviews.exchange.values import MONTH_FIRST
from interviews.vocabulary import SAVED

NO_ROLE = "(role not given)"


@dataclass(frozen=True)
class Preset:
    key: str
    name: str  # as the preview names it: "LinkedIn's job applications"
    columns: dict[str, str]  # our field -> the format's header
    identifying: tuple[str, ...] = ()  # further headers it always writes
    optional: dict[str, str] = field(default_factory=dict)  # columns its older files lack
    order: str | None = None  # the date order the format always uses
    role_default: str = ""
    status_default: str = ""
    # The format's status date is the day each status was reached, "Applied" included,
    # and it writes no applied date of its own (Huntr's lastMovedAt).
    applied_by_status_date: bool = False
    headers: frozenset[str] = field(init=False)

    def __post_init__(self):
        names = {*self.columns.values(), *self.identifying}
        object.__setattr__(self, "headers", frozenset(map(header_words, names)))

    def columns_in(self, header: list[str]) -> dict[str, int | None]:
        """Our field -> the file's column index."""
        index = {header_words(name): position for position, name in enumerate(header)}
        found = {name: index[header_words(column)] for name, column in self.columns.items()}
        maybe = {name: index.get(header_words(column)) for name, column in self.optional.items()}
        return dict.fromkeys(TARGETS) | maybe | found

    def reading(self, order: str, own_email: str) -> Reading:
        return Reading(
            order=self.order or order,
            own_email=own_email,
            role_default=self.role_default,
            status_default=self.status_default,
            applied_by_status_date=self.applied_by_status_date,
        )


PRESETS: tuple[Preset, ...] = (
    Preset(
        "linkedin_applications",
        "LinkedIn’s job applications (Job Applications.csv)",
        {
            "applied_on": "Application Date",
            "company": "Company Name",
            "role": "Job Title",
            "job_url": "Job Url",
            "notes": "Question And Answers",
        },
        identifying=("Contact Email", "Contact Phone Number", "Resume Name"),
        order=MONTH_FIRST,
    ),
    Preset(
        "linkedin_saved",
        "LinkedIn’s saved jobs (Saved Jobs.csv)",
        {"company": "Company Name", "role": "Job Title", "job_url": "Job Url"},
        identifying=("Saved Date",),
        order=MONTH_FIRST,
        status_default=SAVED,
    ),
    Preset(
        "jobsync",
        "JobSync’s jobs export",
        {
            "applied_on": "appliedDate",
            "company": "Company",
            "role": "JobTitle",
            "location": "Location",
            "source": "JobSource",
            "status": "Status",
        },
        identifying=("createdAt", "applied", "jobType"),
    ),
    Preset(
        "simplify",
        "Simplify’s tracked jobs",
        {
            "role": "Job Title",
            "company": "Company Name",
            "job_url": "Job URL",
            "applied_on": "Applied Date",
            "status": "Status",
            "status_date": "Status Date",
        },
    ),
    Preset(
        "careeronestop",
        "CareerOneStop’s job search tracker",
        {
            "company": "Company Name",
            "contact_name": "Contact",
            "contact_email": "E-mail",
            "applied_on": "Date Applied",
            "notes": "Application Summary",
            "interview_on": "Interview",
            "status": "Status",
        },
        identifying=("Follow-Up",),
        role_default=NO_ROLE,
    ),
    Preset(
        "huntr",
        "Huntr’s board export",
        {
            "role": "title",
            "company": "companyName",
            "status": "listName",
            # The day it was added to the board: the applied day when it was added to the
            # Applied list (and never moved), overridden by lastMovedAt otherwise.
            "applied_on": "createdAt",
            "status_date": "lastMovedAt",
            "location": "location",
            "salary": "salary",
            "job_url": "url",
        },
        identifying=("boardName", "listId", "companyDomain", "creatorUserEmail"),
        applied_by_status_date=True,
    ),
    Preset(
        "teal",
        "Teal’s job tracker",
        {
            "role": "Job Position",
            "company": "Company",
            "status": "Status",
            "applied_on": "Date Applied",
            "location": "Location",
            "salary": "Max. Salary",
        },
        identifying=("Date Saved", "Excitement"),
        optional={"notes": "Notes"},
    ),
    Preset(
        "own_export",
        "an applications export from this tracker",
        {
            "company": "company",
            "role": "role",
            "status": "stage",
            "applied_on": "applied_on",
            "location": "location",
            "salary": "salary",
            "contact_name": "contact_name",
            "contact_email": "contact_email",
            "job_url": "job_url",
            "notes": "notes",
            "source": "source",
        },
        identifying=("work_mode", "created_at", "last_activity_at"),
        optional={"status_date": "stage_on"},
    ),
)


def detect(header: list[str]) -> Preset | None:
    """The format whose headers are all in this header row; the most specific wins."""
    present = {header_words(name) for name in header}
    matches = [preset for preset in PRESETS if preset.headers <= present]
    return max(matches, key=lambda preset: len(preset.headers), default=None)


def named(key: str) -> Preset | None:
    return next((preset for preset in PRESETS if preset.key == key), None)
