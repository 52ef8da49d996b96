"""The binding profile as a terminal heat map: numbers in every cell, shaded by band, split to fit the width.

Drawn line by line (fixed-width columns, two spaces apart), so forty drugs by eleven
targets cost no more than a short page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.text import Text

from antidep_cli.knowledge.model.vocab import AffinityLevel
from antidep_cli.render import profile
from antidep_cli.render.terminal.richtext import laid

if TYPE_CHECKING:
    from antidep_cli.queries.binding import Profile

# Without colour the band still shows: bold for high, plain for moderate and low, dim for negligible.
SHADE = {
    AffinityLevel.HIGH: "bold #ffffff on #9b1c1c",
    AffinityLevel.MODERATE: "#000000 on #f08c3a",
    AffinityLevel.LOW: "#000000 on #f6dd9a",
    AffinityLevel.NEGLIGIBLE: "dim",
    None: "dim",
}
GAP = 1


class HeatMap:
    """Drugs by panel targets; target columns split into as few tables as the width needs."""

    def __init__(self, p: Profile) -> None:
        self.heads = profile.headings(p)
        self.rows = profile.grid(p)
        self.label = max(len(d) for d, _ in self.rows)
        self.widths = self._widths(2)

    def _widths(self, pad: int) -> list[int]:
        """Each column as wide as its heading, or its widest number with ``pad`` spaces of shading around it."""
        return [max(len(h), *(len(cells[i].text) + pad for _, cells in self.rows)) for i, h in enumerate(self.heads)]

    def _chunks(self, max_width: int) -> list[list[int]]:
        """Columns one space apart; shading padded where that fits, tighter before the table is split."""
        self.widths = self._widths(2)
        if self.label + sum(GAP + w for w in self.widths) > max_width:
            self.widths = self._widths(0)
        chunks: list[list[int]] = [[]]
        used = self.label
        for i, width in enumerate(self.widths):
            if chunks[-1] and used + GAP + width > max_width:
                chunks.append([])
                used = self.label
            chunks[-1].append(i)
            used += GAP + width
        return chunks

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        chunks = self._chunks(options.max_width)
        for n, chunk in enumerate(chunks, start=1):
            part = f" ({n}/{len(chunks)})" if len(chunks) > 1 else ""
            yield from laid(console, Text(f"Binding profile{part}", style="bold"))
            head = Text(" " * self.label, style="bold")
            for i in chunk:
                head.append(" " * GAP + self.heads[i].center(self.widths[i]))
            yield from laid(console, head)
            yield from laid(console, Text("─" * head.cell_len, style="dim"))
            for drug, cells in self.rows:
                line = Text(drug.ljust(self.label), style="bold")
                for i in chunk:
                    line.append(" " * GAP)
                    line.append(cells[i].text.center(self.widths[i]), style=SHADE[cells[i].level])
                yield from laid(console, line)
            yield from laid(console, Text(""))


def view(p: Profile) -> Group:
    """The heat map, how much of it is filled, and its legend."""
    return Group(HeatMap(p), Text(profile.coverage_line(p) + " " + profile.LEGEND, style="dim"))
