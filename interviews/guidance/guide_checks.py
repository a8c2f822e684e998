"""Stage guide entries: one-way video interviews, background checks and their notices, and
closing a process after accepting elsewhere."""

from __future__ import annotations

from interviews.guidance.guide_phrases import GuideEntry

CHECKS: list[GuideEntry] = [
    GuideEntry(
        slug="recorded_video",
        title="Recorded video interview",
        group="round",
        meaning=(
            "A one-way interview: questions appear on screen and you record your answers, "
            "usually with a short time to think and a limit per answer."
        ),
        not_meaning="Nobody is watching live, and there is nobody to thank afterwards.",
        timing="Most must be done by a set date; reviews usually take 5 to 10 business days.",
        actions=(
            "Do the practice question the platform offers.",
            "Record somewhere quiet, with light on your face and the camera at eye level.",
        ),
    ),
    GuideEntry(
        slug="background_check",
        title="Background check",
        group="situation",
        meaning=(
            "Usually near the end, once they have chosen someone, often with a conditional "
            "offer. Most checks come back clear."
        ),
        not_meaning="Not a doubt about you, and not the final yes either.",
        timing=(
            "Most take 3 to 10 business days; a longer one is worth a call to ask what it "
            "is waiting on."
        ),
        actions=(
            "Fill in the consent and identity forms at once.",
            "Do not resign until the check has cleared and the offer is confirmed.",
        ),
    ),
    GuideEntry(
        slug="adverse_action",
        title=(
            "Pre-adverse action notice (US: a warning before a background report is held "
            "against you)"
        ),
        group="situation",
        meaning=(
            "In the US, the notice an employer must send before acting on a background "
            "report, with a copy of the report and a summary of your rights."
        ),
        not_meaning="Not a final decision: it is your window to correct or explain.",
        timing="The notice gives a date to respond by, commonly about 5 business days.",
        actions=(
            "Read the report and mark every mistake.",
            "Dispute errors in writing with the screening company before the date.",
            "Tell the employer you are disputing, so they wait for the correction.",
        ),
    ),
    GuideEntry(
        slug="accepted_elsewhere",
        title="Accepted elsewhere",
        group="situation",
        meaning="You said yes to another offer: your other processes can close.",
        not_meaning="Withdrawing promptly and kindly burns no bridges.",
        timing="Withdraw once the accepted offer is signed and its conditions have cleared.",
        actions=("Send each company a short note withdrawing and thanking them.",),
    ),
]
