"""Column widths that make a table as short as possible: room goes where it saves the most lines."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache


@cache
def _sizes(text: str) -> tuple[tuple[tuple[int, ...], ...], int]:
    """The lengths of each paragraph's words, and the widest paragraph as wrapped text (split once for all widths)."""
    paragraphs = tuple(tuple(map(len, paragraph.split())) for paragraph in text.split("\n"))
    return paragraphs, max(sum(p) + len(p) - 1 for p in paragraphs)


@cache
def lines(text: str, width: int) -> int:
    """How many lines ``text`` wraps to at ``width``, breaking at spaces (long words fold)."""
    paragraphs, widest = _sizes(text)
    if width >= widest:  # every paragraph fits on one line
        return len(paragraphs)
    total = 0
    for sizes in paragraphs:
        count, used = 1, 0
        for size in sizes:
            if used and used + 1 + size > width:
                count, used = count + 1, 0
            used = used + 1 + size if used else size
            while used > width:  # a word longer than the column folds
                count, used = count + 1, used - width
        total += count
    return total


def widths(
    rows: Sequence[Sequence[str]], floor: list[int], natural: Sequence[int], spare: int, prose: Sequence[bool]
) -> list[int]:
    """Give ``spare`` columns of room, a few at a time, to whichever column shortens the table most per column given.

    Word columns win ties over prose. Leftover room lets word columns reach a third of the table, then prose
    columns, then word columns, their natural width. Each trial recounts only the widened column's lines.
    """
    out = list(floor)
    count = range(len(rows))

    def column(i: int, width: int) -> list[int]:
        return [lines(row[i], width) for row in rows]

    cur = [column(i, w) for i, w in enumerate(out)]
    current = sum(max(col[r] for col in cur) for r in count)
    while spare > 0:
        best: tuple[tuple[float, int], int, int] | None = None  # ((lines saved per column, word first), k, column)
        tallest = _two_tallest(cur, count)
        for i, limit in enumerate(natural):
            others = [second if at == i else first for first, at, second in tallest]  # the row's height without i
            for k in range(1, min(spare, limit - out[i]) + 1):
                saved = current - sum(map(max, others, column(i, out[i] + k)))
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
        cur[i] = column(i, out[i])
        current = sum(max(col[r] for col in cur) for r in count)
    total = sum(out) + spare
    for want_prose, cap in ((False, total // 3), (True, total), (False, total)):
        for i in (i for i, p in enumerate(prose) if p == want_prose):
            give = max(0, min(min(natural[i], cap) - out[i], spare))
            out[i] += give
            spare -= give
    return out


def _two_tallest(cur: list[list[int]], count: range) -> list[tuple[int, int, int]]:
    """Per row: the most lines any column takes, the first column taking them, and the most the others take."""
    found = []
    for r in count:
        first, at, second = 0, -1, 0
        for j, col in enumerate(cur):
            if col[r] > first:
                first, at, second = col[r], j, first
            elif col[r] > second:
                second = col[r]
        found.append((first, at, second))
    return found
