"""The binding profile as an SVG heat map: every cell shows its number, shaded by band, with a tooltip."""

from __future__ import annotations

import textwrap
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from antidep_cli.knowledge import strength
from antidep_cli.knowledge.model.vocab import AffinityLevel
from antidep_cli.render import profile
from antidep_cli.render.svg import FONT, INK, MUTED, el

if TYPE_CHECKING:
    from antidep_cli.queries.binding import Profile

FILL = {
    AffinityLevel.HIGH: ("#b3261e", "#fff"),
    AffinityLevel.MODERATE: ("#e8833a", "#1a1a1a"),
    AffinityLevel.LOW: ("#f6dd9a", "#1a1a1a"),
    AffinityLevel.NEGLIGIBLE: ("#f4f4f4", "#595959"),
    None: ("#fff", "#8a8a8a"),
}
LABEL, CELL_W, CELL_H, HEAD = 150, 64, 22, 70


def draw(p: Profile) -> ET.Element:
    """Drugs as rows, the panel's targets as columns, the coverage line and legend beneath."""
    heads = profile.headings(p)
    rows = profile.grid(p)
    width = LABEL + CELL_W * len(heads) + 20
    root = ET.Element("svg", {"xmlns": "http://www.w3.org/2000/svg", "role": "img", "aria-labelledby": "fig-title"})
    body = el(root, "g", font_family=FONT)
    el(body, "text", f"Binding profile: {p.panel.name}", x=10, y=24, font_size=16, font_weight="bold", fill=INK)
    for j, head in enumerate(heads):
        x = LABEL + CELL_W * j + CELL_W / 2
        el(body, "text", head, x=x, y=HEAD - 8, font_size=12, font_weight="bold", fill=INK, text_anchor="middle")
    y = HEAD
    for drug, cells in rows:
        el(body, "text", drug, x=LABEL - 8, y=y + 15, font_size=12, fill=INK, text_anchor="end")
        for j, c in enumerate(cells):
            fill, ink = FILL[c.level]
            g = el(body, "g")
            tip = f"{drug} at {heads[j]}: " + (
                f"{strength.shown(c.binding)}, {c.binding.species} ({c.binding.reference})"
                if c.binding
                else "no value recorded"
            )
            el(g, "title", tip)
            x = LABEL + CELL_W * j
            el(g, "rect", x=x + 1, y=y + 1, width=CELL_W - 2, height=CELL_H - 2, fill=fill, stroke="#d0d0d0")
            el(g, "text", c.text, x=x + CELL_W / 2, y=y + 15, font_size=12, fill=ink, text_anchor="middle")
        y += CELL_H
    y += 18
    for line in textwrap.wrap(profile.coverage_line(p) + " " + profile.LEGEND, int(width / 6.2)):
        el(body, "text", line, x=10, y=y, font_size=11, fill=MUTED)
        y += 15
    root.insert(0, ET.Element("desc"))
    root[0].text = f"Heat map of measured affinities for {len(rows)} drugs at {len(heads)} targets. " + profile.LEGEND
    root.insert(0, ET.Element("title", {"id": "fig-title"}))
    root[0].text = f"Binding profile: {p.panel.name}"
    height = y + 10
    root.set("viewBox", f"0 0 {width} {height}")
    root.set("width", str(width))
    root.set("height", str(height))
    body.insert(0, ET.Element("rect", {"width": str(width), "height": str(height), "fill": "#fff"}))
    return root


def to_string(p: Profile) -> str:
    """The SVG document as text."""
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(draw(p), encoding="unicode") + "\n"
