"""The synapse figure as plain text: boxes drawn in characters, marks as symbols, no colour."""

from __future__ import annotations

import textwrap

from antidep_cli.queries.synapse import Figure, Mark, Panel, Spot, Zone, unmeasured_note

SYMBOLS = {
    Mark.BLOCKED: "[x]",
    Mark.INHIBITED: "[-]",
    Mark.ACTIVATED: "[+]",
    Mark.PARTIAL: "[/]",
    Mark.MODULATED: "[~]",
}
NBSP = "\u00a0"  # textwrap breaks only at ASCII whitespace, so a symbol stays with its meaning
KEY = (
    "Key: "
    + "  ".join(
        f"{symbol} {meaning}".replace(" ", NBSP)
        for symbol, meaning in (
            ("[x]", "blocked"),
            ("[-]", "inhibited"),
            ("[+]", "activated"),
            ("[/]", "partially activated"),
            ("[~]", "modulated."),
        )
    )
    + " PRIMARY actions in capitals, secondary ones in lower case; "
    "[n] reference numbers as antidep show numbers them; * site not stated."
)


def _line(s: Spot) -> str:
    role = "PRIMARY" if s.primary else "secondary"
    label = s.target + ("" if s.site_stated else "*")
    refs = "[" + ",".join(map(str, s.refs)) + "]"
    site = str(s.site) if s.site_stated else "site not stated"
    return f"{SYMBOLS[s.mark]} {label:<8} {s.mark:<19} {role:<9} {refs:<7} {site}"


def _box(title: str, lines: list[str], width: int) -> list[str]:
    inner = width - 4
    title = textwrap.shorten(title, inner - 2, placeholder="…")
    top = f"┌─ {title} " + "─" * max(0, inner - len(title) - 1) + "┐"
    wrapped = (textwrap.wrap(line, inner, subsequent_indent="    ") or [""] for line in lines)
    body = [f"│ {text:<{inner}} │" for texts in wrapped for text in texts]
    return [top, *body, "└" + "─" * (width - 2) + "┘"]


def panel(p: Panel, width: int) -> list[str]:
    """One synapse, top to bottom: cell body, terminal, cleft, postsynaptic cell."""
    out = [p.title.upper(), ""]
    if p.presynaptic:
        if soma := p.zone(Zone.SOMA):
            out += _box("cell body (somatodendritic autoreceptors)", [_line(s) for s in soma], width)
            out.append("   │")
        hetero = [f"{_line(s)} ({s.ligand} from a neighbour)" for s in p.zone(Zone.HETERO)]
        inside = [_line(s) for s in p.zone(Zone.INSIDE)]
        membrane = [_line(s) for s in p.zone(Zone.TERMINAL)]
        out += _box(f"{p.name} terminal", hetero + inside + membrane or ["(no target here)"], width)
        raised = f"{p.name} ↑ raised by the primary actions" if p.raised else p.name
        out += textwrap.wrap(f"· · · cleft: {raised} · · ·", width, initial_indent="  ", subsequent_indent="    ")
        post_title = "postsynaptic neuron"
    else:
        post_title = "receptors and channels of other systems"
    ligand = not p.presynaptic
    post = [f"{_line(s)}, {s.ligand}" if ligand and s.ligand else _line(s) for s in p.zone(Zone.POST)]
    post += [_line(s) for s in p.zone(Zone.POST_INSIDE)]
    return [*out, *_box(post_title, post or ["(no target here)"], width)]


def render(fig: Figure, citations: dict[str, str], width: int = 80) -> str:
    """The whole figure at ``width`` columns (40 to 100)."""
    width = max(40, min(width, 100))
    lines = [*textwrap.wrap(fig.title, width), ""]
    for p in fig.panels:
        lines += [*panel(p, width), ""]
    lines += textwrap.wrap(KEY, width)
    if note := unmeasured_note(fig):
        lines += ["", *textwrap.wrap(note, width)]
    lines += ["", "References"]
    cited = sorted({n for p in fig.panels for _, s in p.spots for n in s.refs})
    for n in cited:
        lines += textwrap.wrap(f"[{n}] {citations[fig.references[n]]}", width, subsequent_indent="    ")
    return "\n".join(lines) + "\n"
