"""Plain JSON-ready records: the one place that names antidep's JSON fields.

The queries only drug records need (measured strength, side effects, clinic) are imported
where a drug's record is made, so a class's JSON does not pay for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from antidep_cli.knowledge import model
from antidep_cli.knowledge.model.shelves import AGENTS, CLASSES, DRUGS, NEUROTRANSMITTERS, TARGETS
from antidep_cli.queries import query
from antidep_cli.render.page import Page

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import (
        Action,
        Binding,
        Neuromodulation,
        Pharmacokinetics,
        Reference,
        Statement,
        Target,
        TargetXrefs,
    )
    from antidep_cli.queries.acting import Acting
    from antidep_cli.queries.analysis import Comparison, Overlap
    from antidep_cli.queries.binding import Profile, Strength
    from antidep_cli.queries.drug_effects import Explained
    from antidep_cli.queries.explain import Stage
    from antidep_cli.queries.matrix import Matrix

Record = dict[str, Any]
NOT_RECORDED = "not recorded"  # no value in this file; the literature may still hold one


def _compact(record: Record) -> Record:
    return {k: v for k, v in record.items() if v is not None}


def reference(ref: Reference) -> Record:
    """A reference with whichever identifiers were seen."""
    return _compact(
        {
            "id": ref.id,
            "citation": ref.citation,
            "pmid": ref.pmid,
            "doi": ref.doi,
            "url": ref.url,
            "accessed": ref.accessed,
            "read_at": ref.read_at,
        }
    )


def binding(b: Binding) -> Record:
    """One measurement as its source reports it (``value_nm`` or, where only that was given, ``pvalue``)."""
    return _compact(
        {
            "target": b.target,
            "subtype": b.subtype,
            "measure": str(b.measure),
            "relation": str(b.relation),
            "value_nm": b.value_nm,
            "pvalue": b.pvalue,
            "species": b.species,
            "tissue": b.tissue,
            "reference": b.reference,
            "note": b.note,
        }
    )


def frequency(f: model.Frequency) -> Record:
    """How often a side effect occurred, with the source's rule; fields the source did not give are left out."""
    return _compact(
        {
            "percent": f.percent,
            "placebo": f.placebo,
            "category": f.category,
            "threshold": f.threshold,
            "population": f.population,
        }
    )


def side_effect(x: Explained) -> Record:
    """A side effect of a drug: how often (with the label's rule), the target and mechanism that explain it."""
    se = x.side_effect
    return {
        "effect": se.effect,
        "frequency": frequency(se.frequency) if se.frequency else None,
        "target": x.target,
        "strength": affinity(x.strength) if x.strength else None,
        "mechanism": x.mechanism,
        "mechanism_from_class": x.via_class,
        "from_class": x.from_class,
        "component": x.component,
        "references": list(dict.fromkeys((*se.references, *x.references))),
    }


def pharmacokinetics(pk: Pharmacokinetics | None) -> Record | None:
    """Hours as [low, high]; active metabolites, clearance, CYP enzymes, inhibition; null where none is recorded."""
    if pk is None:
        return None
    return {
        "half_life_h": list(pk.half_life_h),
        "tmax_h": list(pk.tmax_h),
        "active_metabolites": [{"name": m.name, "half_life_h": list(m.half_life_h)} for m in pk.active_metabolites],
        "cleared_by": list(pk.cleared_by),
        "main_cyp": list(pk.main_cyp),
        "inhibits": [
            {"enzyme": i.enzyme, "strength": i.strength, "references": list(i.references)} for i in pk.inhibits
        ],
        "note": pk.note,
        "references": list(pk.references),
        "read_in": {str(v.value): list(v.references) for v in pk.read_in},
    }


def affinity(s: Strength) -> Record:
    """A drug's strength at an action's target: the measurement shown, else a level in words, else ``not stated``."""
    if s.binding is not None:
        found = binding(s.binding)
        del found["target"]
        return {"level": str(s.level), "source": "measured"} | found
    if s.level is not None:
        return _compact({"level": str(s.level), "source": "stated", "reference": s.reference})
    return {"level": query.NOT_STATED}


def action(a: Action, *, drug: model.Drug | None = None) -> Record:
    """One action: target, kind, site, role, neurotransmitter changes, effect, sources."""
    record: Record = {"target": a.target, "action": str(a.action)}
    if a.reversible is not None:
        record["reversible"] = a.reversible
    record |= {
        "site": str(a.site),
        "role": str(a.role),
        "neurotransmitters": [{"id": c.neurotransmitter, "direction": str(c.direction)} for c in a.changes],
        "effect": a.effect,
        "status": str(a.status),
    }
    if drug is not None:
        from antidep_cli.queries.binding import of_action

        record["affinity"] = affinity(of_action(drug, a))
    if a.component:
        record["component"] = a.component
    return record | {"references": list(a.references)}


def statement(s: Statement) -> Record:
    """A cited sentence with its evidence status, timescale and the regions it names, where it has them."""
    return _compact(
        {
            "text": s.text,
            "status": str(s.status),
            "timescale": s.timescale,
            "regions": list(s.regions) or None,
            "references": list(s.references),
        }
    )


def references(page: Page) -> list[Record]:
    """The references a page cites, numbered as it numbers them (in order of first use)."""
    return [reference(r) for r in page.references]


def drug_class(ix: query.Index, c: model.DrugClass, page: Page) -> Record:
    """The ``show`` record."""
    return {
        "id": c.id,
        "abbreviation": c.abbreviation,
        "name": c.name,
        "synonyms": list(c.synonyms),
        "mode_of_action": c.mode_of_action,
        "atc": c.atc,
        "summary": c.summary,
        "neurotransmitters": list(query.transmitters(c)),
        "actions": [action(a) for a in c.actions],
        "consequences": [statement(s) for s in c.consequences],
        "onset": statement(c.onset) if c.onset else None,
        "adaptations": [statement(s) for s in c.adaptations],
        "side_effects": [
            {"effect": se.effect, "mechanism": se.mechanism, "via": se.via, "references": list(se.references)}
            for se in c.side_effects
        ],
        "notes": [statement(s) for s in c.notes],
        "drugs": query.member_ids(ix, c.id),
        "references": references(page),
    }


def xrefs(x: model.LigandXrefs | TargetXrefs | None) -> Record | None:
    """Database identifiers as strings (null where a database has none); a family lists its members."""
    if x is None:
        return None
    if isinstance(x, model.LigandXrefs):
        return {"gtopdb_ligand": x.gtopdb_ligand, "pubchem_cid": x.pubchem_cid, "chembl": x.chembl} | _compact(
            {"drugbank": x.drugbank}
        )
    record: Record = {"gtopdb_target": x.gtopdb_target, "uniprot": x.uniprot, "hgnc": x.hgnc}
    if x.members:
        members = [
            _compact({"gtopdb_target": m.gtopdb_target, "gene": m.gene, "uniprot": m.uniprot, "hgnc": m.hgnc})
            for m in x.members
        ]
        record |= {"gtopdb_family": x.gtopdb_family, "members": members}
    return record


def brands(d: model.Drug) -> Record:
    """Brand names grouped by country, in the order countries first appear."""
    grouped: Record = {}
    for b in d.brands:
        grouped.setdefault(b.country, []).append(
            _compact(
                {"name": b.name, "member_states": list(b.member_states) or None, "url": b.url, "read_at": b.read_at}
            )
        )
    return grouped


def drug(ix: query.Index, d: model.Drug, page: Page) -> Record:
    """The ``drug`` record."""
    from antidep_cli.queries.binding import class_actions_not_measured
    from antidep_cli.queries.drug_effects import explain
    from antidep_cli.render import clinic

    record: Record = {"id": d.id, "name": d.name, "class": d.drug_class}
    if d.components:
        record["components"] = list(d.components)
    return record | {
        "synonyms": list(d.synonyms),
        "brands": brands(d),
        "xrefs": xrefs(d.xrefs),
        "atc": d.atc,
        "note": d.note,
        "actions": [action(a, drug=d) for a in d.actions],
        "binding": [binding(b) for b in d.binding],
        "class_actions_without_values": [a.target for a in class_actions_not_measured(ix, d)],
        "side_effects": [side_effect(x) for x in explain(ix, d)],
        "pharmacokinetics": pharmacokinetics(d.pharmacokinetics),
        "component_pharmacokinetics": {c: pharmacokinetics(pk) for c, pk in query.components(ix, d)},
        "notes": [statement(s) for s in d.notes],
        "metabolism": [statement(s) for s in d.metabolism],
        "regulatory": clinic.regulatory(d),
        "pharmacogenomics": clinic.pharmacogenomics(d),
        "references": references(page),
    }


def _overlap(o: Overlap) -> Record:
    return {"shared": list(o.shared), "only": {k: list(v) for k, v in o.only.items()}}


def _cells(ids: list[str], cells: tuple[tuple[Action, ...], ...]) -> Record:
    return {i: [action(a) for a in cell] for i, cell in zip(ids, cells, strict=True) if cell}


def comparison(ix: query.Index, cmp: Comparison) -> Record:
    """The ``compare`` record: overlaps from primary actions, then every row in detail."""
    from antidep_cli.queries.drug_effects import class_stand_ins

    ids = [e.id for e in cmp.items]
    return {
        "items": ids,
        "neurotransmitters": _overlap(cmp.transmitter_overlap),
        "targets": _overlap(cmp.target_overlap),
        "rows": {
            "targets": {r.id: _cells(ids, r.cells) for r in cmp.targets},
            "neurotransmitters": {r.id: _cells(ids, r.cells) for r in cmp.neurotransmitters},
        },
        "values": {
            r.id: {i: binding(b) for i, b in zip(ids, r.measured, strict=True) if b is not None}
            for r in cmp.targets
            if any(r.measured)
        },
        "class_actions_without_values": {
            r.id: [i for i, silent in zip(ids, r.class_only, strict=True) if silent]
            for r in cmp.targets
            if any(r.class_only)
        },
        "pharmacokinetics": {e.id: pharmacokinetics(e.pharmacokinetics) for e in cmp.items if model.is_drug(e)},
        "side_effects": {e.id: [se.effect for se in e.side_effects] for e in cmp.items if model.is_drug(e)},
        "class_side_effects": {
            e.id: [x.side_effect.effect for x in class_stand_ins(ix, e)] for e in cmp.items if model.is_drug(e)
        },
    }


def acting(key: str, ident: str, found: tuple[Acting, ...], drugs: bool, target: Target | None = None) -> Record:
    """The ``targets`` record; a target's own record carries its identifiers."""
    entries = []
    for f in found:
        entry: Record = {"class": f.item.id}
        if model.is_drug(f.item):
            entry = {"drug": f.item.id, "class": f.item.drug_class}
        entry |= {"role": str(f.role), "via": [{"target": a.target, "action": str(a.action)} for a in f.via]}
        entries.append(entry)
    head: Record = {key: ident} | ({"xrefs": xrefs(target.xrefs)} if target else {})
    return head | {"drugs" if drugs else "classes": entries}


def listing(ix: query.Index, what: str) -> list[Record]:
    """Overview rows for ``list``: classes, drugs, agents, targets or neurotransmitters."""
    if what == "classes":
        return [
            {
                "id": c.id,
                "abbreviation": c.abbreviation,
                "name": c.name,
                "mode_of_action": c.mode_of_action,
                "atc": c.atc,
                "drugs": query.member_ids(ix, c.id),
            }
            for c in ix.all(CLASSES)
        ]
    if what == "drugs":
        return [
            {"id": d.id, "name": d.name, "class": d.drug_class, "synonyms": list(d.synonyms), "atc": d.atc}
            for d in ix.all(DRUGS)
        ]
    if what == "targets":
        return [
            {
                "id": t.id,
                "name": t.name,
                "gene": t.gene,
                "kind": str(t.kind),
                "neurotransmitters": list(t.neurotransmitters),
                "xrefs": xrefs(t.xrefs),
            }
            for t in ix.all(TARGETS)
        ]
    if what == "agents":
        return [
            {
                "id": a.id,
                "name": a.name,
                "group": a.group,
                "properties": [str(t.property) for t in a.traits],
                "synonyms": list(a.synonyms),
            }
            for a in ix.all(AGENTS)
        ]
    return [{"id": n.id, "name": n.name, "synonyms": list(n.synonyms)} for n in ix.all(NEUROTRANSMITTERS)]


def matrix_record(m: Matrix) -> Record:
    """The ``matrix`` record: rows of items, a cell per target acted at."""
    return {
        "targets": list(m.targets),
        "legend": m.legend | {"case": "upper case: primary action; lower case: secondary"},
        "rows": [
            {"id": e.id, "cells": {t: cell for t, cell in zip(m.targets, row, strict=True) if cell}}
            for e, row in zip(m.items, m.cells, strict=True)
        ],
    }


def matrix_csv(m: Matrix) -> str:
    """The matrix as CSV: one row per item, one column per target."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", *m.targets])
    writer.writerows([e.id, *row] for e, row in zip(m.items, m.cells, strict=True))
    return buffer.getvalue()


def explanation(entry: query.Item | Neuromodulation, stages: tuple[Stage, ...]) -> Record:
    """The ``explain`` record: stages in time order, each with cited steps."""
    return {
        "id": entry.id,
        "name": entry.name,
        "chain": [
            {
                "stage": s.title,
                "steps": [
                    {"text": st.text, "detail": st.detail, "status": str(st.status), "references": list(st.references)}
                    for st in s.steps
                ],
            }
            for s in stages
        ],
    }


def entry(ix: query.Index, e: query.Item, page: Page) -> Record:
    """The record of a class, drug or agent, with the references of its page."""
    if isinstance(e, model.DrugClass):
        return drug_class(ix, e, page)
    return drug(ix, e, page) if model.is_drug(e) else agent(e, page)


def sheet(ix: query.Index, pages: Sequence[tuple[query.Item, Page]]) -> Record:
    """The ``export --format json`` record."""
    return {
        "classes": [drug_class(ix, e, p) for e, p in pages if isinstance(e, model.DrugClass)],
        "drugs": [drug(ix, e, p) for e, p in pages if model.is_drug(e)],
        "agents": [agent(e, p) for e, p in pages if isinstance(e, model.Agent)],
    }


def agent(a: model.Agent, page: Page) -> Record:
    """An interaction partner: its group, cited properties and any actions."""
    return {
        "id": a.id,
        "name": a.name,
        "group": a.group,
        "synonyms": list(a.synonyms),
        "note": a.note,
        "properties": [
            {"property": str(t.property), "text": t.text, "references": list(t.references)} for t in a.traits
        ],
        "actions": [action(x) for x in a.actions],
        "xrefs": xrefs(a.xrefs),
        "references": references(page),
    }


def profile(p: Profile) -> Record:
    """The ``profile`` record: the panel's targets, and per drug a cell per target (a value or a status)."""
    from antidep_cli.queries.binding import RULE

    def cell(target: str, b: Binding | None) -> Record:
        if b is None:
            return {"target": target, "status": NOT_RECORDED}
        found = binding(b)
        return {"target": target} | {k: v for k, v in found.items() if k != "target"}

    return {
        "panel": p.panel.id,
        "targets": list(p.targets),
        "subtypes": {t.target: t.subtype for t in p.panel.targets if t.subtype},
        "rule": RULE,
        "drugs": [
            {"drug": r.drug.id, "class": r.drug.drug_class, "cells": [cell(c.target, c.binding) for c in r.cells]}
            for r in p.rows
        ],
    }


def profile_csv(p: Profile) -> str:
    """The profile as CSV, one row per drug and target, with the measurement's fields or its status."""
    from antidep_cli.render.tabular import csv_text

    rows = [
        {"drug": d["drug"], "class": d["class"]} | c | ({} if "status" in c else {"status": "measured"})
        for d in profile(p)["drugs"]
        for c in d["cells"]
    ]
    return csv_text(rows)
