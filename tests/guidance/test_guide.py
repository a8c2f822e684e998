"""The Stage guide: every stage, round kind and moment, each entry complete."""

from __future__ import annotations

import pytest

from interviews.guidance import GUIDE, guide_entry
from interviews.guidance.guide import GuideEntry
from interviews.models import RoundKind, Stage

SPECIAL_SLUGS = {
    "second_interview",
    "final_round",
    "references",
    "verbal_offer",
    "written_offer",
    "negotiation",
    "conditional_offer",
    "salary",
    "rescheduled",
    "on_hold",
    "gone_quiet",
}
GUIDE_SLUGS = {entry.slug for entry in GUIDE}


def test_the_guide_covers_every_stage_round_kind_and_special_situation():
    assert set(Stage.values) <= GUIDE_SLUGS
    assert set(RoundKind.values) <= GUIDE_SLUGS
    assert SPECIAL_SLUGS <= GUIDE_SLUGS
    assert len(GUIDE) == len(GUIDE_SLUGS)  # no slug twice


def test_guide_entries_are_grouped_and_complete():
    groups = {entry.slug: entry.group for entry in GUIDE}
    assert {groups[slug] for slug in Stage.values} == {"stage"}
    assert {groups[slug] for slug in RoundKind.values} == {"round"}
    assert {groups[slug] for slug in SPECIAL_SLUGS} == {"situation"}
    for entry in GUIDE:
        assert entry.title and entry.meaning and entry.not_meaning and entry.timing
        assert entry.actions and isinstance(entry.actions, tuple)


def test_guide_entries_are_built_with_keywords():
    with pytest.raises(TypeError):
        GuideEntry("slug", "Title", "stage", "m", "n", "t", ("a",))


def test_guide_entry_finds_by_slug():
    assert guide_entry("second_interview").title == "Second interview"
    with pytest.raises(KeyError):
        guide_entry("no_such_slug")


def test_the_guide_tells_the_seeds_second_interview_story():
    entry = guide_entry("second_interview")
    for words in ("phone interview then an onsite", "lunch then a formal interview", "group"):
        assert words in entry.meaning
    assert "No offer is guaranteed" in entry.not_meaning
    assert "not a sign they think you are a risky hire" in entry.not_meaning


def test_finalist_wording_is_the_same_everywhere():
    finalist = [e for e in GUIDE if "finalist" in e.meaning]
    assert guide_entry("final_round").meaning == "You are likely one of a few finalists."
    assert all("one or two finalists" not in e.meaning for e in finalist)


def test_no_guide_action_reads_as_timing():
    # Each field holds its own kind of words: no step under "How long:".
    for entry in GUIDE:
        verbs = ("Ask ", "Do not", "Reply", "Send", "Resign", "Tell", "Let", "Act", "Research")
        assert not entry.timing.startswith(verbs), entry.slug
