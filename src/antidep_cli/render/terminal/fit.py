"""Column widths that make a table as short as possible: room goes where it saves the most lines."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache


@cache
def lines(text: str, width: int) -> int:
    """How many lines ``text`` wraps to at ``width``, breaking at spaces (long words fold)."""
    total = 0
    for paragraph in text.split("\n"):
        count, used = 1, 0
        for word in paragraph.split():
            size = len(word)
            if used and used + 1 + size > width:
                count, used = count + 1, 0
            used = used + 1 + size if used else size
            while used > width:  # a word longer than the column folds
                count, used = count + 1, used - width
        total += count
    return total


def height(rows: Sequence[Sequence[str]], widths: Sequence[int]) -> int:
    """The table's height in lines at these widths."""
    return sum(max(lines(cell, w) for cell, w in zip(row, widths, strict=True)) for row in rows)


def widths(
    rows: Sequence[Sequence[str]], floor: list[int], natural: Sequence[int], spare: int, prose: Sequence[bool]
) -> list[int]:
    """Give ``spare`` columns of room, a few at a time, to whichever column shortens the table most per column given.

    Word columns win ties over prose. Leftover room lets word columns reach a third of the table, then prose
    columns, then word columns, their natural width.
    """
    out = list(floor)
    current = height(rows, out)
    while spare > 0:
        best: tuple[tuple[float, int], int, int] | None = None  # ((lines saved per column, word first), k, column)
        for i, limit in enumerate(natural):
            for k in range(1, min(spare, limit - out[i]) + 1):
                saved = current - height(rows, [*out[:i], out[i] + k, *out[i + 1 :]])
                if saved > 0:
                    score = (saved / k, 0 if prose[i] else 1)
                    if best is None or score > best[0]:
                        best = (score, k, i)
                    break
        if best is None:
            break
        _, k, i = best
        out[i] += k
        spare -= k
        current = height(rows, out)
    total = sum(out) + spare
    for want_prose, cap in ((False, total // 3), (True, total), (False, total)):
        for i in (i for i, p in enumerate(prose) if p == want_prose):
            give = max(0, min(min(natural[i], cap) - out[i], spare))
            out[i] += give
            spare -= give
    return out
