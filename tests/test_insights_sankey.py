"""The hand-drawn flow picture: for any search, no two ribbons cross, no label is cut off
or covered, and every node is as tall as what flows through it."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from interviews.insights.journeys import OUTCOME_LABELS
from interviews.insights.numbers import STAGE_NODES, Link
from interviews.insights.sankey import (
    BAR,
    FONT,
    LINE,
    WIDTH,
    Label,
    Picture,
    Ribbon,
    flow_svg,
    layout,
)
from tests.support.fuzz import examples

STAGES = [s.label for s in STAGE_NODES]
OFFER_ONLY = {"Accepted", "Declined", "Offer rescinded"}
SVG = "{http://www.w3.org/2000/svg}"


def links_of(journeys: list[tuple[int, str]]) -> list[Link]:
    """Links the way insights.numbers.flow makes them: each application through every
    stage up to the furthest it reached, then into its outcome."""
    counts: Counter[tuple[str, str]] = Counter()
    for furthest, outcome in journeys:
        counts.update(itertools.pairwise([*STAGES[: furthest + 1], outcome]))
    return [Link(source, target, count) for (source, target), count in sorted(counts.items())]


def journey(furthest: int) -> st.SearchStrategy[tuple[int, str]]:
    outcomes = [o for o in OUTCOME_LABELS.values() if o not in OFFER_ONLY or furthest == 3]
    return st.tuples(st.just(furthest), st.sampled_from(outcomes))


searches = st.lists(st.integers(0, len(STAGES) - 1).flatmap(journey), min_size=1, max_size=60).map(
    links_of
)
# Big and lopsided: thousands through the stream, ones and twos dropping off everywhere.
crowds = st.tuples(searches, st.integers(1, 400)).map(
    lambda pair: [Link(link.source, link.target, link.count * pair[1]) for link in pair[0]]
)
SAMPLES = settings(max_examples=examples(60), deadline=None)


def label_box(label: Label) -> tuple[float, float, float, float]:
    # Wider than any real rendering: a label's room must hold even this.
    return (label.x, label.y - FONT, label.x + len(label.text) * 7.4, label.y + 3)


def overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def assert_no_ribbons_cross(ribbons: list[Ribbon]) -> None:
    for a, b in itertools.combinations(ribbons, 2):
        if a.x1 <= b.x0 or b.x1 <= a.x0:
            continue  # side by side: different gaps between columns
        assert (a.x0, a.x1) == (b.x0, b.x1), "a ribbon joins neighbouring columns only"
        upper, lower = (a, b) if a.top0 < b.top0 else (b, a)
        # Stacked in the same order at both ends, so the same cubic never lets them meet.
        assert upper.top0 + upper.thickness <= lower.top0 + 1e-6
        assert upper.top1 + upper.thickness <= lower.top1 + 1e-6


def assert_labels_have_room(picture: Picture) -> None:
    boxes = [label_box(label) for label in picture.labels]
    for box in boxes:
        assert box[0] >= 0 and box[2] <= WIDTH and box[1] >= 0 and box[3] <= picture.height
    for a, b in itertools.combinations(boxes, 2):
        assert not overlaps(a, b), "two labels overlap"
    for ribbon in picture.ribbons:
        for x, y in ribbon.edges(48):
            for box in boxes:
                assert not (box[0] < x < box[2] and box[1] < y < box[3]), "a ribbon over a label"
    for node in picture.boxes:
        for box in boxes:
            assert not overlaps((node.x, node.y, node.x + BAR, node.y + node.height), box)


@SAMPLES
@given(searches)
def test_no_ribbons_cross_and_every_label_has_room(links):
    picture = layout(links)
    assert picture is not None
    assert_no_ribbons_cross(picture.ribbons)
    assert_labels_have_room(picture)


@SAMPLES
@given(crowds)
def test_a_big_lopsided_search_keeps_its_labels_apart(links):
    picture = layout(links)
    assert picture is not None
    assert_no_ribbons_cross(picture.ribbons)
    assert_labels_have_room(picture)


@SAMPLES
@given(searches)
def test_every_node_is_as_tall_as_what_flows_into_it_and_out_of_it(links):
    picture = layout(links)
    assert picture is not None
    for node in picture.boxes:
        bottom = node.y + node.height + 1e-6
        into = [r for r in picture.ribbons if r.x1 == node.x and node.y - 1e-6 <= r.top1 < bottom]
        out = [
            r for r in picture.ribbons if r.x0 == node.x + BAR and node.y - 1e-6 <= r.top0 < bottom
        ]
        for ribbons in (into, out):
            if ribbons:
                assert abs(sum(r.thickness for r in ribbons) - node.height) < 1e-6


def test_each_outcome_reached_from_several_stages_has_its_total_in_the_key():
    links = links_of([(0, "Rejected"), (1, "Rejected"), (2, "Rejected"), (3, "Accepted")])
    root = ET.fromstring(flow_svg(links, "Where your applications went"))
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts.count("Rejected 1") == 3  # one node under each stage that lost one
    assert "Rejected 3" in texts and "Accepted 1" in texts and "In all:" in texts
    assert root.find(f"{SVG}title").text == "Where your applications went"


def test_a_thin_stream_with_many_drop_offs_grows_the_canvas_rather_than_cut_labels():
    journeys = [
        (f, o) for f in range(4) for o in OUTCOME_LABELS.values() if f == 3 or o not in OFFER_ONLY
    ]
    picture = layout(links_of(journeys * 3))
    assert picture is not None
    assert_labels_have_room(picture)
    assert all(box.height >= 0 for box in picture.boxes)
    assert len(picture.labels) > 20 and picture.height > LINE * 20
