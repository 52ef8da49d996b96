"""The synapse figure as plain SVG, built with xml.etree so every label is escaped by construction."""

from __future__ import annotations

import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from antidep_cli.queries.synapse import Figure, Mark, Panel, Spot, Zone, unmeasured_note

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
INK, MUTED, CELL, CLEFT = "#1a1a1a", "#595959", "#eef3f8", "#fff8e6"
COLOURS = {
    Mark.BLOCKED: "#b3261e",
    Mark.INHIBITED: "#c25400",
    Mark.ACTIVATED: "#1e6b34",
    Mark.PARTIAL: "#4f7a1f",
    Mark.MODULATED: "#6a3d9a",
}
STEP, MIN_WIDTH, HEIGHT, LEGEND_WIDTH, INSET = 84, 400, 470, 760, 100
SMALLEST_TEXT = 11  # font size of the smallest label, in the figure's units
# Rows of a panel (y of each membrane or centre line).
SOMA_Y, TERMINAL_TOP, MEMBRANE_Y, POST_Y, POST_INSIDE_Y = 78, 130, 250, 330, 396


def el(parent: ET.Element, tag: str, text: str | None = None, **attrs: object) -> ET.Element:
    node = ET.SubElement(parent, tag, {k.rstrip("_").replace("_", "-"): str(v) for k, v in attrs.items()})
    node.text = text
    return node


def refs_label(refs: Iterable[int]) -> str:
    """``[1,2,3]``, the reference numbers as `antidep show` prints them."""
    return "[" + ",".join(map(str, refs)) + "]"


def tooltip(spot: Spot) -> str:
    """What a mark's tooltip says: target, action, role, site and references."""
    site = str(spot.site) if spot.site_stated else "receptor (pre- or postsynaptic site not stated)"
    role = "primary" if spot.primary else "secondary"
    effect = f" {spot.effect}" if spot.effect else ""
    refs = refs_label(spot.refs)
    return f"{spot.target} ({spot.name}): {spot.action}, {role}, at the {site}.{effect} References {refs}."


def badge(parent: ET.Element, mark: Mark, x: float, y: float) -> None:
    """The mark of an action kind: a shape and a colour, so either alone tells them apart."""
    colour = COLOURS[mark]
    g = el(parent, "g", class_=f"mark mark-{mark.name.lower()}")
    if mark is Mark.BLOCKED:
        el(g, "rect", x=x - 8, y=y - 8, width=16, height=16, rx=2, fill=colour)
        el(
            g,
            "path",
            d=f"M{x - 4} {y - 4}L{x + 4} {y + 4}M{x + 4} {y - 4}L{x - 4} {y + 4}",
            stroke="#fff",
            stroke_width=2,
        )
    elif mark is Mark.INHIBITED:
        el(g, "circle", cx=x, cy=y, r=8, fill=colour)
        el(g, "path", d=f"M{x - 5} {y}H{x + 5}", stroke="#fff", stroke_width=2.5)
    elif mark is Mark.ACTIVATED:
        el(g, "circle", cx=x, cy=y, r=8, fill=colour)
        el(g, "path", d=f"M{x - 5} {y}H{x + 5}M{x} {y - 5}V{y + 5}", stroke="#fff", stroke_width=2.5)
    elif mark is Mark.PARTIAL:
        el(g, "circle", cx=x, cy=y, r=7, fill="#fff", stroke=colour, stroke_width=2)
        el(g, "path", d=f"M{x} {y - 7}A7 7 0 0 1 {x} {y + 7}Z", fill=colour)
    else:
        el(g, "path", d=f"M{x} {y - 9}L{x + 9} {y}L{x} {y + 9}L{x - 9} {y}Z", fill=colour)


def spot(parent: ET.Element, s: Spot, x: float, y: float) -> None:
    """One target: a labelled pill on its membrane, its mark, its reference numbers and a tooltip."""
    g = el(parent, "g", class_="target " + ("primary" if s.primary else "secondary"), data_target=s.target)
    el(g, "title", tooltip(s))
    dash = {} if s.primary else {"stroke_dasharray": "4 3"}
    el(g, "rect", x=x - 34, y=y - 13, width=68, height=26, rx=13, fill="#fff", stroke=INK if s.primary else MUTED,
        stroke_width=2.5 if s.primary else 1.3, **dash)  # fmt: skip
    label = s.target + ("" if s.site_stated else "*")
    el(g, "text", label, x=x, y=y + 4, text_anchor="middle", font_size=12 if len(label) < 8 else SMALLEST_TEXT,
        font_weight="bold" if s.primary else "normal", fill=INK if s.primary else MUTED)  # fmt: skip
    badge(g, s.mark, x + 32, y - 12)
    el(g, "text", refs_label(s.refs), x=x, y=y + 27, text_anchor="middle", font_size=SMALLEST_TEXT, fill=MUTED)


def _row(parent: ET.Element, spots: tuple[Spot, ...], left: float, right: float, y: float) -> None:
    for i, s in enumerate(spots):
        spot(parent, s, left + (right - left) * (i + 0.5) / len(spots), y)


def panel_width(p: Panel) -> int:
    """Wide enough for the fullest row of targets."""
    pre = max(len(p.zone(Zone.TERMINAL)), len(p.zone(Zone.INSIDE)) + 1)
    post = max(len(p.zone(Zone.POST)), len(p.zone(Zone.POST_INSIDE)))
    return max(MIN_WIDTH, STEP * pre + 2 * INSET, STEP * post + 80)


def panel(parent: ET.Element, p: Panel, x0: float) -> None:
    """One synapse: cell body, terminal with neighbour, cleft, postsynaptic cell."""
    w = panel_width(p)
    g = el(parent, "g", class_="panel", transform=f"translate({x0} 0)", data_system=p.system)
    el(g, "text", p.title, x=w / 2, y=24, text_anchor="middle", font_size=16, font_weight="bold", fill=INK)
    left, right = INSET, w - INSET
    if p.presynaptic:
        el(g, "path", d=f"M{(left + right) / 2} {SOMA_Y}V{TERMINAL_TOP}", stroke=MUTED, stroke_width=6)
        if soma := p.zone(Zone.SOMA):
            el(g, "ellipse", cx=(left + right) / 2, cy=SOMA_Y, rx=STEP * len(soma) / 2 + 30, ry=26, fill=CELL,
                stroke=MUTED)  # fmt: skip
            el(g, "text", "cell body", x=left - 8, y=SOMA_Y - 28, font_size=SMALLEST_TEXT, fill=MUTED)
            _row(g, soma, (left + right) / 2 - STEP * len(soma) / 2, (left + right) / 2 + STEP * len(soma) / 2, SOMA_Y)
        el(g, "rect", x=left, y=TERMINAL_TOP, width=right - left, height=MEMBRANE_Y - TERMINAL_TOP, rx=40,
            fill=CELL, stroke=INK, stroke_width=1.5)  # fmt: skip
        el(g, "text", f"{p.name} terminal", x=(left + right) / 2, y=TERMINAL_TOP + 18, text_anchor="middle",
            font_size=SMALLEST_TEXT, fill=MUTED)  # fmt: skip
        for i in range(5):  # vesicles
            el(
                g,
                "circle",
                cx=(left + right) / 2 - 28 + i * 14,
                cy=TERMINAL_TOP + 36 + (i % 2) * 12,
                r=6,
                fill="#fff",
                stroke=MUTED,
            )
        if inside := p.zone(Zone.INSIDE):
            _row(g, inside, left + STEP, right, TERMINAL_TOP + 80)
        for k, s in enumerate(p.zone(Zone.HETERO)):
            y = TERMINAL_TOP + 50 + k * 44
            # the neighbouring neuron, inside the canvas and wide enough for "norepinephrine"
            el(g, "rect", x=2, y=y - 26, width=90, height=52, rx=18, fill="#f3eef8", stroke=MUTED)
            for n, word in enumerate((s.ligand or "other", "neuron")):
                el(g, "text", word, x=45, y=y - 3 + n * 13, text_anchor="middle", font_size=SMALLEST_TEXT, fill=MUTED)
            spot(g, s, left + 24, y)
        _cleft(g, p, w)  # before the membrane's targets, so their reference numbers lie on top of it
        _row(g, p.zone(Zone.TERMINAL), left, right, MEMBRANE_Y)
        post_label = "postsynaptic neuron"
    else:
        post_label = "targets of other transmitters"
    el(g, "rect", x=20, y=POST_Y, width=w - 40, height=HEIGHT - POST_Y - 20, rx=20, fill=CELL, stroke=INK,
        stroke_width=1.5)  # fmt: skip
    el(g, "text", post_label, x=w / 2, y=HEIGHT - 26, text_anchor="middle", font_size=SMALLEST_TEXT, fill=MUTED)
    _row(g, p.zone(Zone.POST), 20, w - 20, POST_Y)
    _row(g, p.zone(Zone.POST_INSIDE), 20, w - 20, POST_INSIDE_Y)
    if not p.presynaptic:
        for i, s in enumerate(p.zone(Zone.POST)):
            x = 20 + (w - 40) * (i + 0.5) / len(p.zone(Zone.POST))
            el(g, "text", s.ligand or "", x=x, y=POST_Y + 44, text_anchor="middle", font_size=SMALLEST_TEXT, fill=MUTED)


def _cleft(g: ET.Element, p: Panel, w: float) -> None:
    mid = (MEMBRANE_Y + POST_Y) / 2
    el(g, "rect", x=20, y=MEMBRANE_Y + 14, width=w - 40, height=POST_Y - MEMBRANE_Y - 28, fill=CLEFT)
    dots = 14 if p.raised else 5
    for i in range(dots):
        el(g, "circle", cx=40 + (w - 80) * (i + 0.5) / dots, cy=mid + (4 if i % 2 else -4) + 12, r=3.5, fill="#d08a00")
    label = f"{p.name} ↑ raised by the primary actions" if p.raised else p.name
    el(g, "text", label, x=w / 2, y=mid + 4, text_anchor="middle", font_size=12, font_weight="bold", fill=INK)


LEGEND = (
    (Mark.BLOCKED, "blocked (antagonist, channel blocker)"),
    (Mark.INHIBITED, "inhibited (reuptake or enzyme inhibitor)"),
    (Mark.ACTIVATED, "activated (agonist)"),
    (Mark.PARTIAL, "partially activated (partial agonist)"),
    (Mark.MODULATED, "modulated (positive allosteric modulator)"),
)


def legend(parent: ET.Element, y: float) -> float:
    """The key to the marks and outlines; returns the y below it."""
    g = el(parent, "g", class_="legend")
    el(g, "text", "Key", x=20, y=y, font_size=13, font_weight="bold", fill=INK)
    for i, (mark, text) in enumerate(LEGEND):
        x, yy = 30 + (i % 2) * 360, y + 24 + (i // 2) * 24
        badge(g, mark, x, yy - 4)
        el(g, "text", text, x=x + 16, y=yy, font_size=12, fill=INK)
    yy = y + 24 * 4
    el(g, "rect", x=18, y=yy - 14, width=40, height=18, rx=9, fill="#fff", stroke=INK, stroke_width=2.5)
    el(g, "text", "primary action", x=66, y=yy, font_size=12, fill=INK)
    el(g, "rect", x=190, y=yy - 14, width=40, height=18, rx=9, fill="#fff", stroke=MUTED, stroke_dasharray="4 3")
    el(g, "text", "secondary action (side effects)", x=238, y=yy, font_size=12, fill=INK)
    el(g, "text", "[n] reference numbers, as antidep show numbers them; * receptor whose site the file does not state",
        x=20, y=yy + 24, font_size=SMALLEST_TEXT, fill=MUTED)  # fmt: skip
    return yy + 36


def references(parent: ET.Element, fig: Figure, citations: dict[str, str], y: float, width: float) -> float:
    """The references the marks cite, by number; returns the y below them."""
    cited = sorted({n for p in fig.panels for _, s in p.spots for n in s.refs})
    g = el(parent, "g", class_="references")
    el(g, "text", "References", x=20, y=y, font_size=13, font_weight="bold", fill=INK)
    y += 20
    for n in cited:
        lines = textwrap.wrap(f"[{n}] {citations[fig.references[n]]}", max(40, int(width / 6.6)))
        for k, line in enumerate(lines):
            el(g, "text", line, x=20 if k == 0 else 34, y=y, font_size=SMALLEST_TEXT, fill=INK)
            y += 15
    return y


def draw(fig: Figure, citations: dict[str, str], *, standalone: bool = True) -> ET.Element:
    """The whole figure: panels side by side (three to a row), key and references.

    Inside a page that has its own heading and reference list (``standalone=False``)
    the figure leaves out its title line and its references.
    """
    rows = [fig.panels[i : i + 3] for i in range(0, len(fig.panels), 3)]
    width = max(LEGEND_WIDTH, *(sum(panel_width(p) for p in row) for row in rows))
    root = ET.Element("svg", {"xmlns": "http://www.w3.org/2000/svg", "role": "img", "aria-labelledby": "fig-title"})
    body = el(root, "g", font_family=FONT)
    y: float = 10
    for line in textwrap.wrap(fig.title, int(width / 10)) if standalone else ():
        y += 24
        el(body, "text", line, x=20, y=y, font_size=18, font_weight="bold", fill=INK)
    y += 10
    for row in rows:
        x = (width - sum(panel_width(p) for p in row)) / 2
        for p in row:
            panel(el(body, "g", transform=f"translate(0 {y})"), p, x)
            x += panel_width(p)
        y += HEIGHT
    y = legend(body, y + 20)
    for line in textwrap.wrap(unmeasured_note(fig), int(width / 6.5)):
        y += 16
        el(body, "text", line, x=20, y=y, font_size=12, fill=MUTED)
    y = references(body, fig, citations, y + 10, width) if standalone else y
    summary = "; ".join(f"{p.title}: " + ", ".join(f"{s.target} {s.mark}" for _, s in p.spots) for p in fig.panels)
    root.insert(0, ET.Element("desc"))
    root[0].text = f"Synapse diagram of {fig.title}. {summary}."
    root.insert(0, ET.Element("title", {"id": "fig-title"}))
    root[0].text = f"How {fig.title} acts at the synapse"
    root.set("viewBox", f"0 0 {width} {y + 10}")
    root.set("width", str(width))
    root.set("height", str(y + 10))
    body.insert(0, ET.Element("rect", {"width": str(width), "height": str(y + 10), "fill": "#fff"}))
    return root


def to_string(root: ET.Element) -> str:
    """The SVG document as text."""
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
