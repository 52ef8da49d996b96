"""Column fitting: the line count a column width gives, against a plain word-by-word wrap."""

from __future__ import annotations

from hypothesis import given, strategies as st

from antidep_cli.render.terminal.fit import lines, widths

WORDS = st.text(alphabet="abcdefghij", min_size=1, max_size=30)
TEXT = st.lists(st.lists(WORDS, max_size=12).map(" ".join), min_size=1, max_size=4).map("\n".join)


def wrapped(text: str, width: int) -> int:
    """Lines as a greedy wrap at spaces gives them, a word longer than the width folded, paragraph by paragraph."""
    total = 0
    for paragraph in text.split("\n"):
        rows: list[str] = [""]
        for word in paragraph.split():
            if rows[-1] and len(rows[-1]) + 1 + len(word) > width:
                rows.append("")
            rows[-1] = f"{rows[-1]} {word}" if rows[-1] else word
            while len(rows[-1]) > width:
                rows[-1:] = [rows[-1][:width], rows[-1][width:]]
        total += len(rows)
    return total


@given(TEXT, st.integers(min_value=1, max_value=60))
def test_lines_is_a_greedy_wrap_at_spaces(text: str, width: int) -> None:
    assert lines(text, width) == wrapped(text, width)


def test_a_text_that_fits_takes_one_line_per_paragraph() -> None:
    assert lines("dry mouth\nsedation", 9) == 2
    assert lines("dry mouth", 8) == 2
    assert lines("", 5) == 1


def plain_widths(
    rows: list[list[str]], floor: list[int], natural: list[int], spare: int, prose: list[bool]
) -> list[int]:
    """The fitting rule written plainly: every trial recounts every row of every column."""
    out = list(floor)

    def height(ws: list[int]) -> int:
        return sum(max(wrapped(row[i], w) for i, w in enumerate(ws)) for row in rows)

    while spare > 0:
        best = None
        for i, limit in enumerate(natural):
            for k in range(1, min(spare, limit - out[i]) + 1):
                saved = height(out) - height([w + k if j == i else w for j, w in enumerate(out)])
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
    total = sum(out) + spare
    for want_prose, cap in ((False, total // 3), (True, total), (False, total)):
        for i in (i for i, p in enumerate(prose) if p == want_prose):
            give = max(0, min(min(natural[i], cap) - out[i], spare))
            out[i] += give
            spare -= give
    return out


CELL = st.lists(st.sampled_from(["a", "bb", "dddd", "ffffff", "hhhhhhhhhh"]), max_size=10).map(" ".join)


@given(st.integers(1, 4), st.data())
def test_widths_follow_the_plain_rule(columns: int, data: st.DataObject) -> None:
    rows = data.draw(st.lists(st.lists(CELL, min_size=columns, max_size=columns), min_size=1, max_size=6))
    floor = data.draw(st.lists(st.integers(1, 6), min_size=columns, max_size=columns))
    natural = [f + data.draw(st.integers(0, 30)) for f in floor]
    prose = data.draw(st.lists(st.booleans(), min_size=columns, max_size=columns))
    spare = data.draw(st.integers(0, 40))
    assert widths(rows, list(floor), natural, spare, prose) == plain_widths(rows, floor, natural, spare, prose)
