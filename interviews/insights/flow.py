"""The flow picture: applied, through each stage reached, to each outcome, as a Sankey
diagram in SVG or PNG, laid out and drawn by `interviews.insights.sankey` (pygal has no
Sankey; matplotlib and sankeyflow weighed 170 MB installed for this one picture)."""

from __future__ import annotations

from interviews.insights.sankey import flow_png, flow_svg

__all__ = ["flow_png", "flow_svg"]
