"""The flow picture: applied, through each stage reached, to each outcome, as a Sankey
diagram in SVG or PNG.

pygal has no Sankey; sankeyflow lays one out and draws it through matplotlib, whose own
renderers write both formats without a system library. Imported only when a picture is
asked for: matplotlib takes about half a second to load.
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Sequence

import matplotlib

matplotlib.use("Agg")  # no display on a server; set before anything loads pyplot

from matplotlib.figure import Figure
from sankeyflow.sankeyflow import Sankey

from interviews.insights.journeys import OUTCOME_LABELS
from interviews.insights.numbers import STAGE_NODES, Link

STAGE_COLOUR = "#2f7fd8"
OUTCOME_COLOURS = {
    "Accepted": "#20a36b",
    "Declined": "#0f9d9a",
    "Offer rescinded": "#d63384",
    "Rejected": "#d9730d",
    "Withdrawn": "#8c5cd6",
    "Gone quiet": "#868e96",
    "Still open": "#b8860b",
}
# Text and background follow the colour scheme; matplotlib writes them as style
# attributes, which only an !important rule can override.
DARK_CSS = (
    "@media (prefers-color-scheme: dark) {"
    " #background path { fill: #212529 !important; }"
    " text { fill: #dee2e6 !important; } }"
)
RC = {"svg.fonttype": "none", "svg.hashsalt": "insights-flow", "font.size": 11}


def _nodes(links: Sequence[Link]) -> list[list[tuple[str, int]]]:
    """The columns: each stage in its own, every outcome in the last."""
    inflow: dict[str, int] = defaultdict(int)
    outflow: dict[str, int] = defaultdict(int)
    for link in links:
        outflow[link.source] += link.count
        inflow[link.target] += link.count
    size = {name: max(inflow[name], outflow[name]) for name in {*inflow, *outflow}}
    stages = [[(s.label, size[s.label])] for s in STAGE_NODES if size.get(s.label)]
    outcomes = [(name, size[name]) for name in OUTCOME_LABELS.values() if size.get(name)]
    return [*stages, outcomes]


def _figure(links: Sequence[Link]) -> Figure:
    figure = Figure(figsize=(9, 5), dpi=100)
    figure.patch.set_gid("background")
    axes = figure.add_axes((0.09, 0.03, 0.78, 0.94))
    axes.set_axis_off()
    if not links:
        axes.text(0.5, 0.5, "No applications in this window yet", ha="center", va="center")
        return figure
    nodes = [
        [(name, size, {"color": OUTCOME_COLOURS.get(name, STAGE_COLOUR)}) for name, size in column]
        for column in _nodes(links)
    ]
    for *_, options in nodes[-1]:
        options["label_pos"] = "right"
    diagram = Sankey(
        flows=[(link.source, link.target, link.count) for link in links],
        nodes=nodes,
        flow_color_mode="dest",
        node_height_pad_min=0.02,
        node_opts={"label_format": "{label} {value:,.0f}", "label_opts": {"fontsize": 11}},
    )
    diagram.draw(axes)
    return figure


def flow_svg(links: Sequence[Link], title: str) -> bytes:
    buffer = io.BytesIO()
    with matplotlib.rc_context(RC):
        _figure(links).savefig(buffer, format="svg", metadata={"Date": None, "Title": title})
    svg = buffer.getvalue().decode()
    # The dark-mode rules go in with the drawing's own styles, at the top of the SVG.
    svg = svg.replace("<defs>", f"<defs>\n  <style>{DARK_CSS}</style>", 1)
    return svg.encode()


def flow_png(links: Sequence[Link], title: str) -> bytes:
    buffer = io.BytesIO()
    with matplotlib.rc_context(RC):
        _figure(links).savefig(buffer, format="png", metadata={"Title": title}, dpi=150)
    return buffer.getvalue()
