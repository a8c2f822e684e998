"""The demo search: made-up applications dated around a day, for the demo user
(``manage.py seed_demo``) and for an empty board's "load the demo" button."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.utils import timezone

from interviews import services
from interviews.guidance.business_days import is_business_day
from interviews.models import (
    Application,
    ContactRole,
    InterviewRound,
    StatusUpdate,
    folded_names,
)

# Rounds held in person get an address; the others a meeting link.
IN_PERSON = {"onsite", "lunch", "group"}
OFFICE = "1600 Champa St, Denver, CO"
MEETING_LINK = "https://meet.example.com/interview"

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo-tracker-2026"

# Each application: fields, then rounds (kind, days from today, outcome, extras) and
# updates (kind, days from today, extras). Negative days are in the past.
DEMO_SEARCH = [
    ({"company": "Northwind Analytics", "role": "Data Analyst", "applied_days": None}, [], []),
    ({"company": "Brightpath Health", "role": "Product Designer", "applied_days": None}, [], []),
    ({"company": "Lumen Robotics", "role": "Backend Engineer", "applied_days": -4}, [], []),
    (
        {"company": "Cedar & Pine Bank", "role": "Business Analyst", "applied_days": -18},
        [],
        [("acknowledged", -15, {})],
    ),
    (
        {"company": "Harbor Logistics", "role": "Operations Coordinator", "applied_days": -12},
        [("phone_screen", -3, "done", {"duration_minutes": 20})],
        [],
    ),
    # The seed's first case: a phone interview, then an onsite (the second interview).
    (
        {"company": "Atlas Cloud", "role": "Site Reliability Engineer", "applied_days": -21},
        [
            ("phone", -12, "advanced", {"interviewers": "Priya Shah", "thank_you": -12}),
            ("onsite", 2, "scheduled", {"interviewers": "Tom Becker, Ana Ruiz"}),
        ],
        [("invited", -9, {"note": "Invited to the office to meet the team."})],
    ),
    # The seed's second case: a lunch, then a formal interview with the team.
    (
        {"company": "Greenleaf Foods", "role": "Store Manager", "applied_days": -25},
        [
            ("lunch", -9, "advanced", {"interviewers": "Maria Lopez", "thank_you": -8}),
            ("panel", -2, "done", {"interviewers": "Maria Lopez, Ken Ito, Zoe Park"}),
        ],
        [],
    ),
    # The seed's third case: a group interview, then asked to return.
    (
        {"company": "Sunrise Retail", "role": "Team Lead", "applied_days": -20},
        [
            ("group", -10, "advanced", {"thank_you": -10}),
            ("hiring_manager", 5, "scheduled", {"interviewers": "Chris Wong"}),
        ],
        [("invited", -6, {"note": "Asked to come back and meet the hiring manager."})],
    ),
    (
        {"company": "Quartz Fintech", "role": "Frontend Engineer", "applied_days": -35},
        [
            ("phone_screen", -28, "advanced", {"thank_you": -28}),
            ("technical", -20, "advanced", {"thank_you": -19}),
            ("take_home", -15, "advanced", {}),
            ("final", -8, "done", {"thank_you": -7, "promised": -3, "interviewers": "Lena Fox"}),
        ],
        [],
    ),
    (
        {"company": "Meridian Media", "role": "Content Strategist", "applied_days": -40},
        [("video", -24, "done", {"thank_you": -24, "interviewers": "Omar Haddad"})],
        [("follow_up_sent", -16, {}), ("follow_up_sent", -8, {})],
    ),
    (
        {"company": "Orbit Games", "role": "Gameplay Programmer", "applied_days": -30},
        [
            ("video", -20, "advanced", {"thank_you": -20}),
            ("onsite", -7, "done", {"thank_you": -6, "interviewers": "Jo Kim, Sam Ortiz"}),
        ],
        [("references_requested", -2, {"note": "Two references, one a former manager."})],
    ),
    (
        {"company": "Pioneer Energy", "role": "Project Manager", "applied_days": -45},
        [
            ("phone_screen", -38, "advanced", {"thank_you": -38}),
            ("panel", -24, "advanced", {"thank_you": -23}),
            ("final", -10, "advanced", {"thank_you": -9}),
        ],
        [("offer_written", -1, {"respond_by": 4, "note": "Base plus bonus; start in January."})],
    ),
    (
        {"company": "Vertex Labs", "role": "Machine Learning Engineer", "applied_days": -28},
        [
            ("phone_screen", -21, "advanced", {"thank_you": -21}),
            ("onsite", -6, "advanced", {"thank_you": -5}),
        ],
        [
            (
                "offer_verbal",
                -1,
                {"respond_by": 6, "note": "Recruiter called; the written offer is coming."},
            )
        ],
    ),
    # Messy real searches: an outcome never logged, a cancellation, an offer taken back.
    (
        {
            "company": "Copperfield Schools",
            "role": "IT Coordinator",
            "applied_days": -30,
            "public_sector": True,
        },
        [("panel", -3, "scheduled", {"interviewers": "Dr. Amy Chen, Luis Vega"})],
        [],
    ),
    (
        {"company": "Lakeside Hotels", "role": "Revenue Analyst", "applied_days": -16},
        [("video", 2, "cancelled", {"cancelled": -1})],
        [],
    ),
    (
        {
            "company": "Beacon Biotech",
            "role": "Lab Operations Lead",
            "applied_days": -50,
            "source": "referral",
        },
        [("phone_screen", -42, "advanced", {}), ("onsite", -33, "advanced", {"thank_you": -33})],
        [
            ("offer_written", -20, {}),
            ("accepted", -18, {}),
            ("offer_rescinded", -2, {"note": "A hiring freeze was announced company-wide."}),
        ],
    ),
    (
        {"company": "Silverline Travel", "role": "Marketing Associate", "applied_days": -33},
        [("phone_screen", -26, "advanced", {}), ("video", -19, "done", {"thank_you": -19})],
        [("rejected", -10, {"note": "They went with an internal candidate."})],
    ),
    (
        {"company": "Crescent Insurance", "role": "Claims Analyst", "applied_days": -26},
        [("phone_screen", -20, "advanced", {})],
        [("withdrew", -14, {"note": "The commute would have been too long."})],
    ),
    (
        {"company": "Evergreen Consulting", "role": "Associate Consultant", "applied_days": -60},
        [("phone_screen", -52, "advanced", {}), ("onsite", -40, "advanced", {})],
        [("offer_written", -30, {}), ("declined", -27, {"note": "Too much travel."})],
    ),
    (
        {"company": "Maple Software", "role": "QA Engineer", "applied_days": -90},
        [("video", -80, "advanced", {}), ("final", -70, "advanced", {})],
        [("offer_written", -66, {}), ("accepted", -64, {"note": "A contract role; ends soon."})],
    ),
]


def plant_demo(user, today) -> int:
    """Add the demo search, dated around ``today``, to ``user``'s applications."""
    for fields, rounds, updates in DEMO_SEARCH:
        create_application(user, today, fields, rounds, updates)
    return len(DEMO_SEARCH)


def interview_day(today, offset: int):
    """The day ``offset`` days from today, moved off a weekend or holiday, away from today,
    so that past rounds stay past and coming ones stay ahead: employers rarely interview
    on a Sunday, and a demo that does so looks wrong."""
    day = today + timedelta(days=offset)
    step = timedelta(days=-1 if offset < 0 else 1)
    while offset and not is_business_day(day):
        day += step
    return day


# The demo's recruiter, on every application: one contact across several roles.
RECRUITER = ("Jordan Miles", "recruiting@example.com")


def create_application(user, today, fields, rounds, updates) -> Application:
    def day(offset: int):
        return today + timedelta(days=offset)

    applied_days = fields["applied_days"]
    application = Application.objects.create(
        owner=user,
        company=fields["company"],
        role=fields["role"],
        search_text=folded_names(fields["company"], fields["role"]),
        applied_on=None if applied_days is None else day(applied_days),
        location="Denver, CO",
        work_mode="hybrid",
        source=fields.get("source", "job_board"),
        public_sector=fields.get("public_sector", False),
    )
    book = services.Book(user.pk)
    services.people_bulk_link(
        user.pk, [(application, ContactRole.RECRUITER, services.Named(*RECRUITER))]
    )
    for kind, offset, outcome, extras in rounds:
        interview_round = InterviewRound.objects.create(
            application=application,
            kind=kind,
            scheduled_at=timezone.make_aware(
                datetime.combine(interview_day(today, offset), time(10, 0))
            ),
            duration_minutes=extras.get("duration_minutes", 60),
            outcome=outcome,
            thank_you_sent_on=day(extras["thank_you"]) if "thank_you" in extras else None,
            reply_promised_by=day(extras["promised"]) if "promised" in extras else None,
            cancelled_on=day(extras["cancelled"]) if "cancelled" in extras else None,
            location_or_link=OFFICE if kind in IN_PERSON else MEETING_LINK,
        )
        people = services.Named.split(extras.get("interviewers", ""))
        services.round_people_set(interview_round=interview_round, people=people, book=book)
    for kind, offset, extras in updates:
        StatusUpdate.objects.create(
            application=application,
            kind=kind,
            on=day(offset),
            note=extras.get("note", ""),
            respond_by=day(extras["respond_by"]) if "respond_by" in extras else None,
        )
    return services.stage_refresh(application)
