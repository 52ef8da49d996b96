"""The comparison page: classes or drugs side by side, by target and by neurotransmitter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from antidep_cli.knowledge.model.vocab import Role
from antidep_cli.queries import query
from antidep_cli.queries.analysis import Comparison, Overlap, Row as Line, change_of
from antidep_cli.render.page import Cell, Facts, Page, Paragraph, Row, Section, Span, Table, Tone, cell, finish, join

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Action

SHARED_NOTE = "Actions are primary unless marked (secondary). Shared: every item acts there."


def _action(a: Action, nt: str | None) -> Cell:
    """One action in a cell: its kind and where (by target), or how and through what (by neurotransmitter)."""
    tone = Tone.STRONG if a.role is Role.PRIMARY else Tone.PLAIN
    if nt is None:
        spans = [Span(query.action_label(a), tone)]
        if a.site.value not in ("transporter", "enzyme", "receptor"):
            spans.append(Span(f" at {a.site}", Tone.DIM))
    else:
        change = change_of(a, nt)
        spans = [Span(f"{change.direction if change else 'acts at'} via {a.target}", tone if change else Tone.DIM)]
    if a.role is not Role.PRIMARY:
        spans.append(Span(" (secondary)", Tone.DIM))
    return Cell(tuple(spans), a.references)


def _cell(actions: tuple[Action, ...], nt: str | None) -> Cell:
    return join([_action(a, nt) for a in actions], "\n") if actions else cell("—", Tone.DIM)


def _rows(lines: tuple[Line, ...], nt: bool) -> tuple[Row, ...]:
    return tuple(
        Row(
            (
                cell(line.id, Tone.STRONG, link=None if nt else f"target:{line.id}"),
                cell("all", Tone.GOOD) if line.shared else cell(""),
                *(_cell(c, line.id if nt else None) for c in line.cells),
            )
        )
        for line in lines
    )


def _overlap(label: str, o: Overlap) -> Facts:
    parts = [("in all", o.shared), *((f"only {ident}", only) for ident, only in o.only.items())]
    found = [Cell((Span(f"{name}: ", Tone.DIM), Span(", ".join(ids) or "none"))) for name, ids in parts]
    return Facts(((label, join(found, "; ")),))


def comparison_page(ix: query.Index, cmp: Comparison) -> Page:
    """Items as columns, targets then neurotransmitters as rows; the overlaps come from primary actions."""
    head = []
    for e in cmp.items:
        cls = query.class_of(ix, e)
        mode = cls.mode_of_action if cls else "combination product"
        head.append(Facts(((e.id, cell(f"{e.name} — {mode}")),)))
    ids = tuple(e.id for e in cmp.items)
    sections = (
        Section("targets", (Table("By target", ("Target", "Shared", *ids), _rows(cmp.targets, nt=False), refs=False),)),
        Section(
            "neurotransmitters",
            (
                Table(
                    "By neurotransmitter",
                    ("Neurotransmitter", "Shared", *ids),
                    _rows(cmp.neurotransmitters, nt=True),
                    refs=False,
                ),
            ),
        ),
        Section(
            "summary",
            (
                _overlap("Primary targets", cmp.target_overlap),
                _overlap("Raised neurotransmitters", cmp.transmitter_overlap),
                Paragraph(cell(SHARED_NOTE), Tone.DIM),
            ),
        ),
    )
    title = Cell((Span(" vs ".join(ids), Tone.STRONG),))
    return finish(
        Page("comparison", "-".join(ids), title, tuple(head), sections), lambda found: query.references(ix, found)
    )
