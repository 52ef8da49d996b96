"""The binding profile as a terminal heat map: numbers in every cell, shaded by band, split to fit the width."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from antidep_cli.knowledge.model.vocab import AffinityLevel
from antidep_cli.render import profile

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


class HeatMap:
    """Drugs by panel targets; target columns split into as few tables as the width needs."""

    def __init__(self, p: Profile) -> None:
        self.heads = profile.headings(p)
        self.rows = profile.grid(p)

    def _table(self, columns: list[int]) -> Table:
        t = Table(box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True, show_edge=False)
        t.add_column("", no_wrap=True)
        for i in columns:
            t.add_column(self.heads[i], justify="center", no_wrap=True)
        for drug, cells in self.rows:
            t.add_row(Text(drug, style="bold"), *(Text(cells[i].text, style=SHADE[cells[i].level]) for i in columns))
        return t

    def _chunks(self, console: Console, options: ConsoleOptions) -> list[list[int]]:
        """Target columns in as few tables as fit the width, each measured as Rich will draw it."""
        chunks: list[list[int]] = [[]]
        for i in range(len(self.heads)):
            trial = [*chunks[-1], i]
            if chunks[-1] and _drawn_width(console, options, self._table(trial)) > options.max_width:
                chunks.append([i])
            else:
                chunks[-1] = trial
        return chunks

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        chunks = self._chunks(console, options)
        for n, chunk in enumerate(chunks, start=1):
            part = f" ({n}/{len(chunks)})" if len(chunks) > 1 else ""
            yield Text(f"Binding profile{part}", style="bold")
            yield self._table(chunk)


def _drawn_width(console: Console, options: ConsoleOptions, table: Table) -> int:
    """How wide a table is when drawn with room to spare."""
    lines = console.render_lines(table, options.update_width(1000), pad=False)
    return max(Segment.get_line_length(line) for line in lines)


def view(p: Profile) -> Group:
    """The heat map, how much of it is filled, and its legend."""
    return Group(HeatMap(p), Text(profile.coverage_line(p) + " " + profile.LEGEND, style="dim"))
