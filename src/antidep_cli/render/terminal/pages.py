"""Long-form Rich pages: a class (``show``), a drug, a target and a glossary term.

Each page is a list of named sections, so ``--section`` can pick some and
``--brief`` can shorten it; references are numbered in order of first citation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.text import Text

from antidep_cli.knowledge.model import Action, Drug, DrugClass, Statement, Status, Target, Term
from antidep_cli.queries import query
from antidep_cli.queries.glossary import terms_in
from antidep_cli.queries.targets import TargetPage
from antidep_cli.render.terminal.actions import action_list, affinity_text
from antidep_cli.render.terminal.clinic import pharmacogenomics_table, regulatory_line
from antidep_cli.render.terminal.identity import brand_lines, xref_line
from antidep_cli.render.terminal.richtext import STATUS_STYLE, Citations, table

ESTABLISHED = (
    "Unmarked statements are established (the cited sources support them); others say [hypothesis] or [contested]."
)
Parts = list[tuple[str, Callable[[], RenderableType | None]]]


_UNITS = ("hour", "day", "week", "month", "year")


def _when(timescale: str) -> tuple[int, float, float]:
    """A sort key for a timescale in words: unit first, then its numbers (``2–3 weeks`` before ``2–4 weeks``)."""
    words = timescale.casefold()
    unit = min((i for i, u in enumerate(_UNITS) if u in words), default=len(_UNITS))
    numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", words)] or [1.5]
    return (unit, numbers[0], numbers[-1])


def in_time_order(statements: Sequence[Statement]) -> list[Statement]:
    """Statements sorted by timescale; one without a timescale keeps the place of the one before it."""
    keyed, last = [], (0, 0.0, 0.0)
    for i, s in enumerate(statements):
        last = _when(s.timescale) if s.timescale else last
        keyed.append((last, i, s))
    return [s for _, _, s in sorted(keyed, key=lambda k: (k[0], k[1]))]


def _statements(
    title: str, statements: Sequence[Statement], cite: Citations, where: Callable[[Sequence[str]], str] | None = None
) -> RenderableType:
    """Cited sentences; a When column where some has a timescale, a [status] tag before any not established.

    ``where`` names the brain regions a statement names, after it.
    """
    when = any(s.timescale for s in statements)
    statements = in_time_order(statements) if when else statements
    status = any(s.status is not Status.ESTABLISHED for s in statements)
    t = table(*(["When"] if when else []), "What", "Refs", title=title)
    for s in statements:
        cells = [Text(s.timescale or "")] if when else []
        what = Text(s.text)
        if s.status is not Status.ESTABLISHED:
            what = Text(f"[{s.status}] ", style=STATUS_STYLE[s.status]) + what
        if s.regions and where:
            what.append(f" (in: {where(s.regions)})", style="dim")
        t.add_row(*cells, what, cite.marks(s.references))
    return Tagged(t) if status else t


def _timeline(c: DrugClass, cite: Citations, where: Callable[[Sequence[str]], str]) -> RenderableType | None:
    """A class's consequences, onset and adaptations, in time order."""
    return _statements("What follows, in time order", c.timeline(), cite, where) if c.timeline() else None


class Tagged(Group):
    """A table of statements some of which carry a [hypothesis] or [contested] tag."""


def _assemble(head: list[RenderableType], parts: Parts, wanted: Sequence[str] | None) -> Group:
    """The header, then each wanted section in page order (all when none are named).

    Every section is built, so references keep the numbers they have on the whole page. The key to
    the status tags follows the last section that uses them, once.
    """
    out = list(head) if wanted is None or "summary" in wanted else [head[0], Text("")]
    key_at = 0
    for name, build in parts:
        rendered = build()
        if rendered is not None and (wanted is None or name in wanted):
            out.append(rendered)
            key_at = len(out) if isinstance(rendered, Tagged) else key_at
    if key_at:
        out.insert(key_at, Text(ESTABLISHED + "\n", style="dim"))
    return Group(*out)


def _brief_references(
    ix: query.Index, cite: Citations, entry: query.Item, command: str, listed: bool = True
) -> RenderableType:
    """The references the brief page cites, one line each (or just counted), and how many the full page has."""
    total = len(query.citations(entry))
    note = Text(f"{len(cite.numbers)} of {total} references; all: antidep {command} --section references", style="dim")
    return Group(cite.listing(query.references(ix, cite.numbers), brief=True), note) if listed else note


SCREEN = 40  # a brief page fits this many lines


class Shortest:
    """The first of several renderings, from fullest to shortest, that fits one screen (else the last)."""

    def __init__(self, variants: Sequence[Callable[[], RenderableType]]) -> None:
        self.variants = variants

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for i, build in enumerate(self.variants):
            rendered = build()
            if i == len(self.variants) - 1 or len(console.render_lines(rendered, options, pad=False)) <= SCREEN:
                yield rendered
                return


def class_page(
    ix: query.Index, c: DrugClass, *, brief: bool = False, sections: Sequence[str] | None = None
) -> RenderableType:
    """Everything antidep knows about a class, or its essentials with ``brief``."""
    cite = Citations(())
    regions = functools.partial(query.region_names, ix)
    head: list[RenderableType] = [
        Text.assemble((c.abbreviation, "bold"), " — ", (c.name, "bold")),
        Text.assemble(("Mode of action: ", "dim"), c.mode_of_action, ("   ATC: ", "dim"), c.atc or "—"),
        Text.assemble(("Raises: ", "dim"), ", ".join(query.transmitters(c)) or "— (acts on receptor signalling)"),
        Text(""),
        Text(c.summary),
        Text(""),
    ]
    if brief:
        return Shortest([functools.partial(_brief_class, ix, c, head, sections, n, listed) for n, listed in _FITS])
    parts: Parts = [("actions", lambda: action_list(c.actions, cite, with_affinity=False))]
    parts += [
        ("timeline", lambda: _timeline(c, cite, regions)),
        ("side-effects", lambda: _side_effects(c, cite)),
        ("notes", lambda: _statements("Notes", c.notes, cite) if c.notes else None),
        ("drugs", lambda: _drugs(ix, c)),
        ("terms", lambda: _terms(ix, c)),
        ("references", lambda: _listing(ix, cite, c.references)),
    ]
    return _assemble(head, parts, sections)


def _terms(ix: query.Index, entry: query.Item) -> RenderableType | None:
    """One line naming the glossary terms the page uses."""
    found = terms_in(ix, entry)
    if not found:
        return None
    names = ", ".join(t.name for t in found)
    return Text.assemble(("Terms on this page (antidep define TERM): ", "dim"), names, "\n")


def _listing(ix: query.Index, cite: Citations, also: Sequence[str]) -> RenderableType:
    """The numbered list, with the entry's general references after those cited in the text."""
    cite.add(also)
    return cite.listing(query.references(ix, cite.numbers))


# (side effects shown, references listed) for a brief page, from fullest to shortest.
_FITS = ((3, True), (2, True), (1, True), (3, False), (2, False), (1, False))


def _brief_class(
    ix: query.Index, c: DrugClass, head: list[RenderableType], sections: Sequence[str] | None, n: int, listed: bool
) -> Group:
    cite = Citations(())
    parts: Parts = [
        ("actions", lambda: action_list(query.primary(c.actions), cite, with_affinity=False, brief=True)),
        ("side-effects", lambda: _side_effects(c, cite, limit=n)),
        ("references", lambda: _brief_references(ix, cite, c, f"show {c.id}", listed)),
    ]
    return _assemble(head, parts, sections)


def _side_effects(c: DrugClass, cite: Citations, *, limit: int | None = None) -> RenderableType | None:
    if not c.side_effects:
        return None
    shown = c.side_effects[:limit]
    t = table("Side effect", "Target", "Mechanism", "Refs", title="Side effects (and the action that explains each)")
    for se in shown:
        mechanism = Text(se.mechanism)
        t.add_row(Text(se.effect), Text(se.via, style="bold"), mechanism, cite.marks(se.references))
    more = len(c.side_effects) - len(shown)
    note = Text(f"{more} more: antidep show {c.id} --section side-effects\n", style="dim")
    return Group(t, note) if more else t


def _drugs(ix: query.Index, c: DrugClass) -> RenderableType | None:
    drugs = query.members(ix, c.id)
    if not drugs:
        return None
    t = table("Drug", "Also known as", "What sets it apart", title="Drugs")
    for d in drugs:
        t.add_row(Text(d.id, style="bold"), Text(", ".join(d.synonyms)), Text(d.note))
    return t


def drug_page(ix: query.Index, d: Drug, *, brief: bool = False, sections: Sequence[str] | None = None) -> Group:
    """Everything antidep knows about a drug, or its essentials with ``brief``."""
    cite = Citations(())
    cls = query.class_of(ix, d)
    kind = f"{cls.abbreviation} — {cls.name}" if cls else "combination of " + " + ".join(d.components)
    head: list[RenderableType] = [
        Text.assemble((d.name, "bold"), " — ", kind),
        Text.assemble(("Also known as: ", "dim"), ", ".join(d.synonyms) or "—", ("   ATC: ", "dim"), d.atc or "—"),
    ]
    if cls:
        head.append(Text.assemble(("Class mode of action: ", "dim"), cls.mode_of_action))
    head += [*brand_lines(d), *filter(None, [regulatory_line(d), xref_line(d.xrefs)])]
    head += [Text(""), Text(d.note), Text("")]
    actions = query.primary(d.actions) if brief else d.actions
    parts: Parts = [("actions", lambda: action_list(actions, cite, with_affinity=True, brief=brief))]
    if brief:
        parts.append(("references", lambda: _brief_references(ix, cite, d, f"drug {d.id}")))
        return _assemble(head, parts, sections)
    parts += [
        ("notes", lambda: _statements("What sets it apart", d.notes, cite) if d.notes else None),
        (
            "metabolism",
            lambda: _statements("Metabolism and interactions", d.metabolism, cite) if d.metabolism else None,
        ),
        ("metabolism", lambda: pharmacogenomics_table(d, cite)),
        ("terms", lambda: _terms(ix, d)),
        ("references", lambda: _listing(ix, cite, d.references)),
    ]
    return _assemble(head, parts, sections)


def target_page(ix: query.Index, p: TargetPage, sections: Sequence[str] | None = None) -> Group:
    """A target: what it is, who acts there (drugs by affinity), and the side effects it explains."""
    t: Target = p.target
    cite = Citations(())
    head: list[RenderableType] = [
        Text.assemble((t.id, "bold"), " — ", t.name),
        Text.assemble(("Gene: ", "dim"), t.gene, ("   Kind: ", "dim"), str(t.kind)),
        Text.assemble(("Neurotransmitter: ", "dim"), ", ".join(t.neurotransmitters) or "—"),
        Text(""),
        Text(t.description),
        Text(""),
    ]

    def classes() -> RenderableType | None:
        g = table("Class", "Action", "Role", "Effect", "Refs", title=f"Classes acting at {t.id}")
        for a in p.classes:
            g.add_row(*_acts_row(a.item.id, a.action, cite))
        return g if p.classes else None

    def drugs() -> RenderableType | None:
        g = table("Drug", "Action", "Role", "Affinity", "Refs", title=f"Drugs acting at {t.id}, strongest first")
        for a in p.drugs:
            name, action, role, _, refs = _acts_row(a.item.id, a.action, cite)
            g.add_row(name, action, role, Text(affinity_text(a.action)), refs)
        return g if p.drugs else None

    def effects() -> RenderableType | None:
        g = table("Side effect", "Class", "Mechanism", "Refs", title=f"Side effects explained by {t.id}")
        for c, se in p.side_effects:
            g.add_row(Text(se.effect), Text(c.id, style="bold"), Text(se.mechanism), cite.marks(se.references))
        return g if p.side_effects else None

    parts: Parts = [("classes", classes), ("drugs", drugs), ("side-effects", effects)]
    parts.append(("references", lambda: cite.listing(query.references(ix, cite.numbers)) if cite.numbers else None))
    return _assemble(head, parts, sections)


def _acts_row(name: str, a: Action, cite: Citations) -> tuple[Text, Text, Text, Text, Text]:
    action = Text(query.action_label(a), style="bold" if a.role.value == "primary" else "")
    return Text(name, style="bold"), action, Text(str(a.role)), Text(a.effect), cite.marks(a.references)


def term_page(ix: query.Index, term: Term, related: Sequence[Term]) -> Group:
    """A glossary term: its definition, related terms and numbered references."""
    cite = Citations(())
    body = Text(term.definition) + Text(" ") + cite.marks(term.references)
    parts: list[RenderableType] = [Text(term.name, style="bold")]
    if term.synonyms:
        parts.append(Text.assemble(("Also: ", "dim"), ", ".join(term.synonyms)))
    parts += [Text(""), body, Text("")]
    if related:
        parts += [Text.assemble(("Related: ", "dim"), ", ".join(r.name for r in related)), Text("")]
    parts.append(cite.listing(query.references(ix, cite.numbers)))
    return Group(*parts)
