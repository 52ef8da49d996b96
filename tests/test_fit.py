"""Column fitting: the line count a column width gives, against a plain word-by-word wrap."""

from __future__ import annotations

from hypothesis import given, strategies as st

from antidep_cli.render.terminal.fit import lines

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
