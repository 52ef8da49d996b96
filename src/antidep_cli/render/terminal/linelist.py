"""A list of records: short cells aligned on one line each, the row's prose wrapped beneath."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, ConsoleOptions, RenderResult
from rich.text import Text

from antidep_cli.render.terminal.richtext import NARROW, laid, stacked

GAP = "  "
FIRST_MIN = 16  # the narrowest the first column wraps to before the rows are stacked instead


class LineList:
    """Short cells aligned on one line per row, and each row's prose wrapped beneath it.

    Where the line does not fit, the first column (a name) wraps at spaces within the room the
    others leave, down to 16 columns or its longest word; below that, or below 60 columns, the
    rows become stacked records.
    """

    def __init__(self, title: str, head: Sequence[str], body: str, rows: Sequence[tuple[list[Text], Text]]) -> None:
        self.title = title
        self.head = list(head)
        self.body = body
        self.rows = rows

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        widths = [
            max(len(x) for x in column)
            for column in zip(self.head, *([c.plain for c in r] for r, _ in self.rows), strict=True)
        ]
        line = 2 + sum(widths) + len(GAP) * (len(widths) - 1)
        longest = max((len(w) for r, _ in self.rows for w in r[0].plain.split()), default=0)
        if line > options.max_width and widths[0] - (line - options.max_width) >= max(FIRST_MIN, longest):
            widths[0] -= line - options.max_width
            line = options.max_width
        if options.max_width < NARROW or line > options.max_width:
            records = [[*cells, text] for cells, text in self.rows]
            yield from stacked(self.title, [*self.head, self.body], records)
            return
        yield Text(self.title, style="bold")  # wrapped by Rich, at spaces
        yield from laid(console, Text(""))
        head = "  " + GAP.join(h.ljust(w) for h, w in zip(self.head, widths, strict=True)).rstrip()
        yield from laid(console, Text(head, style="bold"))
        yield from laid(console, Text("  " + "─" * (line - 2), style="dim"))
        indent = 2 + widths[0] + len(GAP) if widths[0] <= 12 else 6  # under the second column, if it is near
        for cells, text in self.rows:
            first, *more = cells[0].wrap(console, widths[0]) if cells[0].cell_len > widths[0] else [cells[0]]
            out = Text("  ")
            for i, (cell, width) in enumerate(zip([first, *cells[1:]], widths, strict=True)):
                out.append_text(cell)
                if i < len(cells) - 1:
                    out.append(" " * (width - cell.cell_len) + GAP)
            yield from laid(console, out)
            for rest in more:
                yield from laid(console, Text("  ") + rest)
            for wrapped in text.wrap(console, max(20, options.max_width - indent)) if text.plain else ():
                yield from laid(console, Text(" " * indent) + wrapped)
        yield from laid(console, Text(""))
