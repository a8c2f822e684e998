"""The Stage guide: every stage, kind of interview and moment, looked up by slug."""

from __future__ import annotations

from interviews.guidance.guide_checks import CHECKS
from interviews.guidance.guide_moments import MOMENTS
from interviews.guidance.guide_phrases import GuideEntry
from interviews.guidance.guide_rounds import ROUNDS
from interviews.guidance.guide_stages import STAGES

__all__ = ["GUIDE", "GuideEntry", "guide_entry"]

GUIDE: list[GuideEntry] = [*STAGES, *ROUNDS, *MOMENTS, *CHECKS]
GUIDE_BY_SLUG: dict[str, GuideEntry] = {entry.slug: entry for entry in GUIDE}


def guide_entry(slug: str) -> GuideEntry:
    """The guide entry for a slug; KeyError for an unknown one."""
    return GUIDE_BY_SLUG[slug]
