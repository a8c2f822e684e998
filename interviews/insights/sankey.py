"""The flow picture drawn by hand: a small Sankey laid out here, written as SVG or PNG.

Applications run left to right along the top, one column per stage reached; where some
stop, they drop into that stage's own outcome nodes in the next column, below the
stream, and a key under the picture gives each outcome's total. The picture is a tree,
so no two ribbons cross: each ribbon joins two neighbouring columns, in the same order
at both ends. (One node per outcome fed from every stage could not promise that: three
stages each losing people to the same three outcomes is K3,3, which no drawing makes
planar.) Every label has room of its own: the vertical scale shrinks until the columns,
their labels and the key fit the 900 x 500 canvas, which grows taller only when even a
thin picture would not fit. PNG comes from the same layout through Pillow.
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from interviews.insights.journeys import OUTCOME_LABELS
from interviews.insights.numbers import STAGE_NODES, Link

WIDTH, HEIGHT = 900, 500
MARGIN, TOP, BAR = 12, 30, 12
LINE = 16  # a label's height: no node gets less room than this
GAP = 8  # between stacked nodes, and between the stream and what drops below it
FONT = 12
CHAR = 7.4  # a generous width per character at FONT px, so labels never run off
OPACITY = 0.4
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
OUTCOMES = list(OUTCOME_LABELS.values())
# Text and background follow the colour scheme of whatever shows the image.
STYLE = (
    f"text {{ font: {FONT}px sans-serif; fill: #212529; }} .bg {{ fill: #ffffff; }}"
    " @media (prefers-color-scheme: dark) { text { fill: #dee2e6; } .bg { fill: #212529; } }"
)
EMPTY = "No applications in this window yet"
KEY = "In all:"

Drop = list[tuple[str, int]]  # what one stage lost, by outcome, in the outcomes' order


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    height: float
    colour: str


@dataclass(frozen=True)
class Label:
    x: float
    y: float  # the baseline
    text: str


@dataclass(frozen=True)
class Ribbon:
    x0: float
    top0: float
    x1: float
    top1: float
    thickness: float
    colour: str

    def edges(self, steps: int = 24) -> list[tuple[float, float]]:
        """The outline as points: along the top, then back along the bottom."""
        top = [self._at(i / steps, self.top0, self.top1) for i in range(steps + 1)]
        bottom = [
            self._at(i / steps, self.top0 + self.thickness, self.top1 + self.thickness)
            for i in range(steps, -1, -1)
        ]
        return top + bottom

    def _at(self, t: float, y0: float, y1: float) -> tuple[float, float]:
        # The SVG's cubic: control points halfway across, level with each end.
        middle = (self.x0 + self.x1) / 2
        s = 1 - t
        x = s**3 * self.x0 + 3 * s * s * t * middle + 3 * s * t * t * middle + t**3 * self.x1
        return x, s**3 * y0 + 3 * s * s * t * y0 + 3 * s * t * t * y1 + t**3 * y1


@dataclass
class Picture:
    height: float
    boxes: list[Box] = field(default_factory=list)
    ribbons: list[Ribbon] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)


def _label(name: str, count: int) -> str:
    return f"{name} {count:,}"


def _width(text: str) -> float:
    return len(text) * CHAR


def _columns(links: Sequence[Link]) -> tuple[list[tuple[str, int]], list[Drop]]:
    """The stages reached with their sizes, and what each stage lost to each outcome."""
    inflow: dict[str, int] = defaultdict(int)
    outflow: dict[str, int] = defaultdict(int)
    lost: dict[str, dict[str, int]] = defaultdict(dict)
    for link in links:
        outflow[link.source] += link.count
        inflow[link.target] += link.count
        if link.target in OUTCOME_COLOURS:
            lost[link.source][link.target] = link.count
    sizes = [(s.label, max(inflow[s.label], outflow[s.label])) for s in STAGE_NODES]
    stages = [(stage, size) for stage, size in sizes if size]
    drops = [sorted(lost[stage].items(), key=lambda i: OUTCOMES.index(i[0])) for stage, _ in stages]
    return stages, drops


def _stack(drop: Drop, scale: float) -> float:
    return sum(max(count * scale, LINE) + GAP for _, count in drop) - GAP if drop else 0.0


def _tops(stages: list[tuple[str, int]], drops: list[Drop], scale: float) -> list[float]:
    """Where each stage's drop-offs start in the next column: the last stage's at the top,
    each earlier one below the stream and below all that the next gap's ribbons reach,
    so no ribbon passes over a label."""
    tops = [float(TOP)] * len(stages)
    for c in range(len(stages) - 2, -1, -1):
        stream = TOP + stages[c + 1][1] * scale
        tops[c] = max(stream, tops[c + 1] + _stack(drops[c + 1], scale)) + GAP
    return tops


def _bottom(stages: list[tuple[str, int]], drops: list[Drop], scale: float) -> float:
    tops = _tops(stages, drops, scale)
    ends = [top + _stack(drop, scale) for top, drop in zip(tops, drops, strict=True)]
    return max([*ends, TOP + stages[0][1] * scale])


def _fit(stages: list[tuple[str, int]], drops: list[Drop], room: float) -> float:
    """The largest scale (pixels per application) at which every column fits the room."""
    low, high = 0.0, (room - TOP) / stages[0][1]
    for _ in range(40):
        scale = (low + high) / 2
        low, high = (scale, high) if _bottom(stages, drops, scale) <= room else (low, scale)
    return low


def _key(totals: Drop, picture: Picture) -> float:
    """Each outcome's total under the picture, wrapped to the width; returns its top."""
    rows: list[Drop] = [[]]
    start = MARGIN + _width(KEY) + 8
    x = start
    for name, count in totals:
        width = BAR + 4 + _width(_label(name, count)) + 14
        if x + width > WIDTH - MARGIN and rows[-1]:
            rows, x = [*rows, []], start
        rows[-1].append((name, count))
        x += width
    top = picture.height - MARGIN - LINE * len(rows)
    picture.labels.append(Label(MARGIN, top + LINE - 4, KEY))
    for number, row in enumerate(rows):
        x, baseline = start, top + LINE * (number + 1) - 4
        for name, count in row:
            picture.boxes.append(Box(x, baseline - 10, 10, OUTCOME_COLOURS[name]))
            picture.labels.append(Label(x + BAR + 4, baseline, _label(name, count)))
            x += BAR + 4 + _width(_label(name, count)) + 14
    return top


def layout(links: Sequence[Link]) -> Picture | None:
    """Where everything goes on the canvas; None when there is nothing to draw."""
    if not links:
        return None
    stages, drops = _columns(links)
    totals: dict[str, int] = defaultdict(int)
    for name, count in (item for drop in drops for item in drop):
        totals[name] += count
    key = sorted(totals.items(), key=lambda item: OUTCOMES.index(item[0]))
    key_height = LINE * (1 + len(key) // 4)  # room enough for any wrap of the key
    # Taller than the canvas only when the labels alone, at the thinnest, would not fit.
    height = max(HEIGHT, _bottom(stages, drops, 0.0) + key_height + MARGIN + GAP * 2 + 60)
    picture = Picture(height=height)
    room = _key(key, picture) - GAP * 2
    scale = _fit(stages, drops, room)
    last = max((_width(_label(name, count)) for name, count in drops[-1]), default=0.0)
    step = (WIDTH - MARGIN * 2 - BAR - 4 - last) / len(stages)
    for c, top in enumerate(_tops(stages, drops, scale)):
        _column(picture, stages[c], drops[c], x=MARGIN + c * step, step=step, top=top, scale=scale)
    return picture


def _column(picture: Picture, stage: tuple[str, int], drop: Drop, **at: float) -> None:
    """One stage's node at the top of its column, the stream on to the next stage, and
    its drop-offs stacked from `top` in the next column, largest share first in order."""
    x, scale, top = at["x"], at["scale"], at["top"]
    next_x = x + at["step"]
    name, size = stage
    picture.boxes.append(Box(x, TOP, size * scale, STAGE_COLOUR))
    picture.labels.append(Label(x, TOP - 8, _label(name, size)))
    going_on = size - sum(count for _, count in drop)
    if going_on:
        picture.ribbons.append(Ribbon(x + BAR, TOP, next_x, TOP, going_on * scale, STAGE_COLOUR))
    source = TOP + going_on * scale
    for outcome, count in drop:
        colour, slot = OUTCOME_COLOURS[outcome], max(count * scale, LINE)
        picture.ribbons.append(Ribbon(x + BAR, source, next_x, top, count * scale, colour))
        picture.boxes.append(Box(next_x, top, count * scale, colour))
        baseline = top + slot / 2 + FONT / 3
        picture.labels.append(Label(next_x + BAR + 4, baseline, _label(outcome, count)))
        source += count * scale
        top += slot + GAP


def _path(r: Ribbon) -> str:
    middle, bottom0, bottom1 = (r.x0 + r.x1) / 2, r.top0 + r.thickness, r.top1 + r.thickness
    return (
        f"M{r.x0:.1f},{r.top0:.1f} C{middle:.1f},{r.top0:.1f} {middle:.1f},{r.top1:.1f} "
        f"{r.x1:.1f},{r.top1:.1f} L{r.x1:.1f},{bottom1:.1f} C{middle:.1f},{bottom1:.1f} "
        f"{middle:.1f},{bottom0:.1f} {r.x0:.1f},{bottom0:.1f} Z"
    )


def flow_svg(links: Sequence[Link], title: str) -> bytes:
    """The picture as a self-contained SVG: its own style (dark with the page), no script."""
    picture = layout(links)
    height = picture.height if picture else HEIGHT
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height:.0f}" '
        f'viewBox="0 0 {WIDTH} {height:.0f}">',
        f"<title>{escape(title)}</title>",
        f"<style>{STYLE}</style>",
        f'<rect class="bg" width="{WIDTH}" height="{height:.0f}"/>',
    ]
    if picture is None:
        parts.append(f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle">{EMPTY}</text>')
    else:
        parts += [
            f'<path d="{_path(r)}" fill="{r.colour}" fill-opacity="{OPACITY}"/>'
            for r in picture.ribbons
        ]
        parts += [
            f'<rect x="{b.x:.1f}" y="{b.y:.1f}" width="{BAR}" height="{max(b.height, 1):.1f}" '
            f'fill="{b.colour}"/>'
            for b in picture.boxes
        ]
        parts += [
            f'<text x="{t.x:.1f}" y="{t.y:.1f}">{escape(t.text)}</text>' for t in picture.labels
        ]
    parts.append("</svg>\n")
    return "\n".join(parts).encode()


def flow_png(links: Sequence[Link], title: str, zoom: float = 1.5) -> bytes:
    """The same picture as PNG (1350 x 750 at the usual size), light, for sharing."""
    from PIL import Image, ImageDraw, ImageFont, PngImagePlugin

    picture = layout(links)
    height = picture.height if picture else HEIGHT
    size = (round(WIDTH * zoom), round(height * zoom))
    image = Image.new("RGBA", size, "#ffffff")
    font = ImageFont.load_default(size=round(FONT * zoom))
    if picture is None:
        ImageDraw.Draw(image).text(
            (size[0] / 2, size[1] / 2), EMPTY, fill="#212529", font=font, anchor="mm"
        )
    else:
        ribbons = Image.new("RGBA", size, (0, 0, 0, 0))
        for r in picture.ribbons:
            points = [(x * zoom, y * zoom) for x, y in r.edges()]
            ImageDraw.Draw(ribbons).polygon(points, fill=_rgba(r.colour, OPACITY))
        image.alpha_composite(ribbons)
        draw = ImageDraw.Draw(image)
        for b in picture.boxes:
            corners = (b.x * zoom, b.y * zoom, (b.x + BAR) * zoom, (b.y + max(b.height, 1)) * zoom)
            draw.rectangle(corners, fill=b.colour)
        for t in picture.labels:
            draw.text((t.x * zoom, t.y * zoom), t.text, fill="#212529", font=font, anchor="ls")
    info = PngImagePlugin.PngInfo()
    info.add_text("Title", title)
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="PNG", pnginfo=info)
    return buffer.getvalue()


def _rgba(colour: str, opacity: float) -> tuple[int, int, int, int]:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return red, green, blue, round(opacity * 255)
