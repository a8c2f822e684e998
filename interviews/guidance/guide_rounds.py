"""Stage guide entries: the kinds of interview."""

from __future__ import annotations

from interviews.guidance.guide_phrases import NOT_OFFER, THANK_YOU, GuideEntry

ROUNDS: list[GuideEntry] = [
    GuideEntry(
        slug="phone_screen",
        title="Phone screen",
        group="round",
        meaning=("A short filter of 15 to 30 minutes: why you applied, pay, when you could start."),
        not_meaning="Encouraging, but no promise of a full interview.",
        timing=(
            "A reply within 2 to 3 business days is common; allow up to two weeks without a date."
        ),
        actions=(
            "Have your salary expectations and availability ready.",
            "Prepare a two-minute summary of why this role.",
        ),
    ),
    GuideEntry(
        slug="phone",
        title="Phone interview",
        group="round",
        meaning="A real interview by phone: your voice carries it.",
        not_meaning=NOT_OFFER,
        timing="After it, a reply within about 5 to 10 business days is normal.",
        actions=(
            "Take it somewhere quiet with good signal.",
            "Keep your notes and the posting in front of you.",
            THANK_YOU,
        ),
    ),
    GuideEntry(
        slug="video",
        title="Video interview",
        group="round",
        meaning="A real interview on camera.",
        not_meaning=NOT_OFFER,
        timing="After it, a reply within about 5 to 10 business days is normal.",
        actions=(
            "Test the link, camera and microphone the day before.",
            "Check what is behind you on screen.",
            THANK_YOU,
        ),
    ),
    GuideEntry(
        slug="onsite",
        title="Onsite interview",
        group="round",
        meaning=(
            "Time at their place, often meeting several people. After a phone interview, it "
            "counts as your second interview."
        ),
        not_meaning=NOT_OFFER,
        timing="After it, a reply within about 5 to 10 business days is normal.",
        actions=(
            "Plan the route and arrive ten minutes early.",
            "Ask who you will meet.",
            THANK_YOU,
        ),
    ),
    GuideEntry(
        slug="technical",
        title="Technical interview",
        group="round",
        meaning="A look at how you solve problems, not only whether you reach the answer.",
        not_meaning="A stumble on one question does not decide it; your reasoning counts.",
        timing="After it, a reply within about 5 to 10 business days is normal.",
        actions=(
            "Practise problems out loud.",
            "Ask clarifying questions before you start.",
        ),
    ),
    GuideEntry(
        slug="take_home",
        title="Take-home assignment",
        group="round",
        meaning="A work sample you complete on your own time.",
        not_meaning="Not a test of how many hours you can give away.",
        timing="Most are meant to take about three hours; deadlines are often 1 to 3 days.",
        actions=(
            "Ask clarifying questions early.",
            "Set a time budget and note your trade-offs.",
        ),
    ),
    GuideEntry(
        slug="panel",
        title="Panel interview",
        group="round",
        meaning="Several interviewers at once, often two to five.",
        not_meaning="Not a tougher verdict: panels save everyone's time.",
        timing="Panels tend to add about a week to a process.",
        actions=(
            "Ask who is on the panel and their roles.",
            "Thank each panelist separately.",
        ),
    ),
    GuideEntry(
        slug="group",
        title="Group interview",
        group="round",
        meaning="Several candidates at once: they watch how you work with others.",
        not_meaning="Not a contest of who talks most.",
        timing="If you are asked to return, that counts as your second interview.",
        actions=(
            "Listen and build on others' ideas.",
            THANK_YOU,
        ),
    ),
    GuideEntry(
        slug="lunch",
        title="Lunch interview",
        group="round",
        meaning="An interview over a meal: relaxed setting, real evaluation.",
        not_meaning="Not small talk only: the table conversation counts.",
        timing="A formal interview with the team afterwards counts as your second interview.",
        actions=(
            "Order something easy to eat and skip the alcohol.",
            THANK_YOU,
        ),
    ),
    GuideEntry(
        slug="hiring_manager",
        title="Hiring manager interview",
        group="round",
        meaning="A meeting with the person you would work for.",
        not_meaning=NOT_OFFER,
        timing="After it, a reply within about 5 to 10 business days is normal.",
        actions=(
            "Ask about the team, its priorities and how success is measured.",
            THANK_YOU,
        ),
    ),
    GuideEntry(
        slug="final",
        title="Final interview",
        group="round",
        meaning="The last step before a decision.",
        not_meaning="Still not an offer.",
        timing="A decision usually follows within 5 to 10 business days.",
        actions=(
            "Prepare why this role and what you would bring.",
            "Ask for their decision timeline.",
        ),
    ),
    GuideEntry(
        slug="other",
        title="Other interview",
        group="round",
        meaning="Any other format of meeting with the employer.",
        not_meaning=NOT_OFFER,
        timing="After it, a reply within about 5 to 10 business days is normal.",
        actions=(
            "Ask what format to expect and who you will meet.",
            THANK_YOU,
        ),
    ),
]
