"""The page's charts as SVG, drawn by pygal from the insights' dataclasses.

Each chart is served as an image from its own URL: pygal puts a <style> and a <script>
inside its SVG, which a page under a strict Content-Security-Policy may not run inline,
while an SVG shown as an image never runs scripts and keeps its own styles. The charts
paint their own background and switch to dark colours under ``prefers-color-scheme:
dark``, which browsers answer for an image from the page's colour scheme; the colours
of the bars keep a 3:1 contrast on both backgrounds. No script is linked (pygal's
default tooltips come from a CDN).
"""

from __future__ import annotations

from collections.abc import Sequence

import pygal
from pygal.style import Style

from interviews.insights.numbers import Cohort, ReplyTime, Week

COLOURS = ("#2f7fd8", "#20a36b", "#d9730d", "#8c5cd6", "#d63384", "#0f9d9a")
LIGHT = Style(
    background="#ffffff",
    plot_background="#ffffff",
    foreground="#343a40",
    foreground_strong="#212529",
    foreground_subtle="#dee2e6",
    colors=COLOURS,
    font_family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', sans-serif",
    title_font_size=16,
    label_font_size=13,
    major_label_font_size=13,
    value_font_size=13,
    legend_font_size=13,
    opacity="1",
    opacity_hover="1",
    transition="none",
)
DARK_CSS = """inline:@media (prefers-color-scheme: dark) {
  svg, .graph > .background, .plot > .background { fill: #212529; background-color: #212529; }
  .graph, .title, text, .legends .legend text, .axis text, .axis text.major { fill: #dee2e6; }
  .axis .line, .axis .major.line { stroke: #adb5bd; }
  .axis .guide.line { stroke: #495057; }
}"""
NO_DATA = "Nothing to show for this window yet"

# Drawn at the size it is shown, so the labels stay readable: a phone gets its own.
WIDE = {"width": 720, "height": 380, "truncate_label": -1}
NARROW = {"width": 400, "height": 400, "truncate_label": -1}
SIZES = {"wide": WIDE, "narrow": NARROW}
LABEL_ROOM = 70  # characters of x labels a wide chart holds side by side


def _chart(kind, title: str, **options):
    options = {"print_values": True, "show_legend": False, **options}
    return kind(
        title=title,
        style=LIGHT,
        css=("file://style.css", "file://graph.css", DARK_CSS),
        js=(),  # no scripts: the default is a CDN
        no_prefix=True,  # the same records give the same bytes (no random id)
        disable_xml_declaration=True,
        no_data_text=NO_DATA,
        **options,
    )


def render(chart, size: dict) -> str:
    options = dict(size)
    labels = chart.x_labels or ()
    if size is NARROW:
        # Whole labels, slanted, the more steeply the more there are, so none overlaps.
        options["x_label_rotation"] = -60 if len(labels) > 6 else -25
    elif not chart.config.x_label_rotation and _crowded(labels):
        options["x_label_rotation"] = -25  # whole labels never cut: slanted when crowded
    return chart.render(is_unicode=True, **options)


def _crowded(labels) -> bool:
    return len(labels) * max((len(str(label)) for label in labels), default=0) > LABEL_ROOM


def funnel_chart(cohort: Cohort, size: dict = WIDE) -> str:
    steps = list(reversed(cohort.funnel))  # pygal draws the first label at the bottom
    chart = _chart(pygal.HorizontalBar, "How far applications got", print_zeroes=True)
    chart.x_labels = [step.label for step in steps]
    if cohort.sent:
        chart.add("Applications", [step.reached for step in steps])
    return render(chart, size)


def replies_chart(cohort: Cohort, size: dict = WIDE) -> str:
    shown = [r for r in cohort.response_by_source if not r.too_few]
    chart = _chart(pygal.Bar, "Reply rate by source (5 or more sent)", range=(0, 100))
    chart.x_labels = [r.label for r in shown]
    chart.value_formatter = lambda value: f"{value:.0f}%"
    if shown:
        chart.add("Replied", [r.percent for r in shown])
    return render(chart, size)


def reply_times_chart(cohort: Cohort, size: dict = WIDE) -> str:
    shown: Sequence[ReplyTime] = [
        t for t in (cohort.reply_time, *cohort.reply_time_by_source) if not t.too_few
    ]
    chart = _chart(pygal.Bar, "Median business days to a first reply (5 or more replies)")
    chart.x_labels = [t.label for t in shown]
    chart.value_formatter = lambda value: f"{value:g}"
    if shown:
        chart.add("Median", [t.spread.median for t in shown if t.spread])
    return render(chart, size)


def interviews_chart(cohort: Cohort, size: dict = WIDE) -> str:
    step = cohort.interviews
    chart = _chart(pygal.Bar, "Where first interviews led", print_zeroes=True)
    chart.x_labels = ["First interview", "Second", "Third or later", "Offer"]
    if step.first:
        chart.add("Applications", [step.first, step.second, step.later, step.offers])
    return render(chart, size)


def activity_chart(weeks: Sequence[Week], size: dict = WIDE) -> str:
    chart = _chart(
        pygal.Bar,
        "Activity per week, last 12 weeks",
        show_legend=True,
        legend_at_bottom=True,
        print_values=False,
        x_label_rotation=-40,
    )
    chart.x_labels = [w.label for w in weeks]
    if any(w.applications or w.interviews or w.follow_ups for w in weeks):
        chart.add("Applications", [w.applications for w in weeks])
        chart.add("Interviews", [w.interviews for w in weeks])
        chart.add("Follow-ups", [w.follow_ups for w in weeks])
    return render(chart, size)


COHORT_CHARTS = {
    "funnel": funnel_chart,
    "replies": replies_chart,
    "reply-times": reply_times_chart,
    "interviews": interviews_chart,
}
