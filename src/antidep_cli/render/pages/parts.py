"""Blocks that several pages share: actions, statements, identity lines, glossary terms, sources."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from antidep_cli.knowledge import model
from antidep_cli.knowledge.countries import MEMBER_STATES
from antidep_cli.knowledge.model.shelves import REGIONS
from antidep_cli.knowledge.model.vocab import Role
from antidep_cli.queries import query
from antidep_cli.render.page import Cell, Facts, Paragraph, Row, Span, Table, Tone, cell, join, tagged

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Action, Agent, Drug, Statement, Target, Term, Trait


def changes(a: Action) -> str:
    """Neurotransmitter changes as words: ``raises serotonin``."""
    return ", ".join(f"{c.direction} {c.neurotransmitter}" for c in a.changes)


def _detail(a: Action, brief: bool) -> Cell:
    """Site and transmitter changes, any caveat, then the effect sentence (not when brief)."""
    spans = [Span("; ".join(w for w in (str(a.site), changes(a)) if w) + ". ", Tone.DIM)]
    if a.status.value != "established":
        spans.append(tagged("", a.status).spans[0])
    if a.component:
        spans.append(Span(f"{a.component}: ", Tone.DIM))
    if not brief and a.effect:
        spans.append(Span(a.effect))
    return Cell(tuple(spans))


def _with(refs: Sequence[str], more: str | None) -> tuple[str, ...]:
    return tuple(refs) if more is None or more in refs else (*refs, more)


def actions(found: Sequence[Action], *, brief: bool = False, drug: Drug | None = None) -> Table:
    """One line per action (target, action, role; a drug's strength there) with its effect beneath."""
    rows = []
    for a in found:
        cells = [
            cell(a.target, Tone.STRONG, link=f"target:{a.target}"),
            cell(query.action_label(a), Tone.STRONG if a.role is Role.PRIMARY else Tone.DIM),
            cell(str(a.role), Tone.PLAIN if a.role is Role.PRIMARY else Tone.DIM),
        ]
        refs = tuple(a.references)
        if drug is not None:
            from antidep_cli.queries.binding import of_action  # a drug's measured strength; class pages need none

            s = of_action(drug, a)
            cells.append(cell(s.text()))
            refs = _with(refs, s.reference)
        rows.append(Row(tuple(cells), refs, _detail(a, brief)))
    columns = ("Target", "Action", "Role", *(["Affinity"] if drug is not None else []))
    return Table("Primary actions" if brief else "Actions", columns, tuple(rows), detail="Effect")


def compact(found: Sequence[Action], *, drug: Drug | None = None) -> Table:
    """The primary actions, one line each: target, action, site, what it changes; a drug's strength there."""
    rows = []
    for a in found:
        cells = [
            cell(a.target, Tone.STRONG, link=f"target:{a.target}"),
            cell(query.action_label(a)),
            cell(str(a.site)),
            cell(changes(a) or "—"),
        ]
        refs = tuple(a.references)
        if drug is not None:
            from antidep_cli.queries.binding import of_action  # a drug's measured strength; class pages need none

            s = of_action(drug, a)
            cells.append(cell(s.text(short=True)))
            refs = _with(refs, s.reference)
        rows.append(Row(tuple(cells), refs))
    columns = ("Target", "Action", "Site", "Changes", *(["Affinity"] if drug is not None else []))
    return Table("Primary actions", columns, tuple(rows))


def first_sentence(text: str) -> str:
    """The first sentence of a summary, for a brief page."""
    import re

    return re.split(r"(?<=[.;])\s+(?=[A-Z0-9])", text, maxsplit=1)[0]


def region_namer(ix: query.Index, idents: Sequence[str]) -> dict[str, str]:
    """The names of the regions some statements name, by id."""
    return {r.id: r.name for r in ix.some(REGIONS, idents)} if idents else {}


def statement(s: Statement, regions: dict[str, str] | None = None) -> Cell:
    """A cited statement with its status tag and the regions it names."""
    where = f" (in: {', '.join((regions or {}).get(r, r) for r in s.regions)})" if s.regions else ""
    return tagged(s.text, s.status, refs=s.references, after=where)


def statements(title: str, found: Sequence[Statement], regions: dict[str, str] | None = None) -> Table:
    """Cited sentences, each with its status tag."""
    rows = tuple(Row((_bare(statement(s, regions)),), s.references) for s in found)
    return Table(title, ("What",), rows, prose=frozenset({"What"}))


def timeline(title: str, found: Sequence[Statement], regions: dict[str, str]) -> Table | None:
    """Statements in time order, with a When column where some have a timescale."""
    if not found:
        return None
    if not any(s.timescale for s in found):
        return statements(title, found, regions)
    rows = tuple(
        Row((cell(s.timescale or ""), _bare(statement(s, regions))), s.references) for s in in_time_order(found)
    )
    return Table(title, ("When", "What"), rows, prose=frozenset({"What"}))


def _bare(c: Cell) -> Cell:
    """A cell without its references, for a table that lists them in its Refs column."""
    return Cell(c.spans)


_UNITS = ("hour", "day", "week", "month", "year")


def _when(timescale: str) -> tuple[int, float, float]:
    """A sort key for a timescale in words: unit first, then its numbers (``2–3 weeks`` before ``2–4 weeks``)."""
    import re

    words = timescale.casefold()
    unit = min((i for i, u in enumerate(_UNITS) if u in words), default=len(_UNITS))
    numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", words)] or [1.5]
    return (unit, numbers[0], numbers[-1])


def in_time_order(found: Sequence[Statement]) -> list[Statement]:
    """Statements sorted by timescale; one without a timescale keeps the place of the one before it."""
    keyed, last = [], (0, 0.0, 0.0)
    for i, s in enumerate(found):
        last = _when(s.timescale) if s.timescale else last
        keyed.append((last, i, s))
    return [s for _, _, s in sorted(keyed, key=lambda k: (k[0], k[1]))]


def terms(found: Sequence[Term]) -> Facts | None:
    """The glossary terms a page uses, each linked to its definition."""
    if not found:
        return None
    return Facts((("Terms on this page", join([cell(t.name, link=f"term:{t.id}") for t in found])),))


def sources(refs: Sequence[str]) -> Facts:
    """The sources an entry cites as a whole, so the reference list beneath holds every one of them."""
    return Facts((("Sources for the whole entry", Cell((), tuple(refs))),))


COUNTRY_ORDER = ("US", "UK", "EU", *sorted(MEMBER_STATES), "CA", "AU", "JP")
DATABASES = ("GtoPdb", "PubChem", "ChEMBL", "DrugBank")


def identity(entry: model.Drug | Agent) -> list[Facts]:
    """Brand names by country, status for depression by country, and database identifiers (with their sources)."""
    found: list[Facts] = []
    if model.is_drug(entry) and entry.brands:
        by_country: dict[str, list[str]] = {}
        for b in entry.brands:
            states = b.member_states
            where = (
                f" ({', '.join(states)})"
                if 0 < len(states) <= 3
                else f" ({len(states)} member states)"
                if states
                else ""
            )
            by_country.setdefault(b.country, []).append(b.name + where)
        brands = [
            Cell((Span(f"{country} ", Tone.STRONG), Span(", ".join(dict.fromkeys(by_country[country])))))
            for country in COUNTRY_ORDER
            if country in by_country
        ]
        found.append(Facts((("Brands", join(brands, " · ")),)))
    if model.is_drug(entry) and entry.regulatory:
        statuses = [
            Cell(
                (Span(f"{r.country} ", Tone.STRONG), Span(str(r.status) + (f" ({r.year})" if r.year else ""))),
                r.references,
            )
            for r in entry.regulatory
        ]
        found.append(Facts((("Status for depression", join(statuses, " · ")),)))
    x = entry.xrefs
    if x is not None:
        values = dict(zip(DATABASES, (x.gtopdb_ligand, x.pubchem_cid, x.chembl, x.drugbank), strict=True))
        ids = [cell(f"{db} {value}", link=f"{db}:{value}") for db, value in values.items() if value]
        found.append(Facts((("IDs", Cell(join(ids, " · ").spans, x.references)),)))
    return found


def pharmacogenomics(d: model.Drug) -> list[Table | Paragraph]:
    """Each gene's phenotypes in the guideline's own words, and the note that this is not dosing advice."""
    from antidep_cli.render.clinic import PGX_NOTE

    rows = []
    for p in d.pharmacogenomics:
        refs = tuple(dict.fromkeys((p.guideline, *p.references)))
        for ph in p.phenotypes:
            strength = f" ({ph.strength})" if ph.strength else ""
            rows.append(
                Row(
                    (
                        cell(p.gene, Tone.STRONG),
                        cell(ph.phenotype),
                        cell(ph.effect),
                        cell(ph.recommendation + strength),
                    ),
                    refs,
                )
            )
    if not rows:
        return []
    table = Table(
        "Pharmacogenomics (CPIC)",
        ("Gene", "Phenotype", "Effect", "Recommendation"),
        tuple(rows),
        prose=frozenset({"Effect", "Recommendation"}),
    )
    return [table, Paragraph(cell(PGX_NOTE), Tone.DIM)]


def target_ids(t: Target) -> Facts | None:
    """A target's identifiers in GtoPdb, UniProt and HGNC, with their sources; a family names its GtoPdb family."""
    x = t.xrefs
    if x is None:
        return None
    values = (
        ("GtoPdb", x.gtopdb_target),
        ("GtoPdb family", x.gtopdb_family),
        ("UniProt", x.uniprot),
        ("HGNC", x.hgnc),
    )
    ids = [cell(f"{db} {value}", link=f"{db}:{value}") for db, value in values if value]
    return Facts((("IDs", Cell(join(ids, " · ").spans, x.references)),))


def traits(found: Sequence[Trait]) -> Table | None:
    """The properties that make an entry an interaction partner (serotonergic, CYP2D6 substrate...)."""
    if not found:
        return None
    rows = tuple(Row((cell(str(t.property), Tone.STRONG), cell(t.text)), t.references) for t in found)
    title = "Properties that matter for interactions"
    return Table(title, ("Property", "What and why"), rows, prose=frozenset({"What and why"}))
