"""Write the JSON Schema (draft 2020-12) of every documented JSON output into docs/schemas/.

python -m scripts.schemas [OUTPUT_DIR]     (default: docs/schemas)

Each record's own keys are closed (``additionalProperties: false``), so a key the README does
not document fails the tests; keys marked ``?`` in the README are optional here too.
tests/test_schemas.py checks the files are current and that real outputs validate against them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

Schema = dict[str, Any]
S: Schema = {"type": "string"}
N: Schema = {"type": "number"}
I: Schema = {"type": "integer"}  # noqa: E741 - the schema type's own name
B: Schema = {"type": "boolean"}
IDS: Schema = {"type": "array", "items": S}


def null(schema: Schema) -> Schema:
    """The schema, or null."""
    return {"anyOf": [schema, {"type": "null"}]}


def arr(items: Schema) -> Schema:
    return {"type": "array", "items": items}


def rec(required: dict[str, Schema], optional: dict[str, Schema] | None = None) -> Schema:
    """A closed object: these keys, the optional ones where present, nothing else."""
    return {
        "type": "object",
        "properties": {**required, **(optional or {})},
        "required": list(required),
        "additionalProperties": False,
    }


def mapping(values: Schema) -> Schema:
    """An object keyed by ids."""
    return {"type": "object", "additionalProperties": values}


def ref(name: str) -> Schema:
    return {"$ref": f"#/$defs/{name}"}


BINDING = {"measure": S, "relation": S, "species": S, "reference": S}
BINDING_OPTIONAL = {"subtype": S, "molecule": S, "value_nm": N, "pvalue": N, "tissue": S, "note": S}
DEFS: dict[str, Schema] = {
    "reference": rec(
        {"id": S, "citation": S},
        {"pmid": S, "doi": S, "url": S, "accessed": S, "read_at": S, "concerns": IDS},
    ),
    "statement": rec({"text": S, "status": S, "references": IDS}, {"timescale": S, "regions": IDS}),
    "binding": rec({"target": S, **BINDING}, BINDING_OPTIONAL),
    "affinity": {
        "anyOf": [
            rec({"level": S, "source": {"const": "measured"}, **BINDING}, {"target": S, **BINDING_OPTIONAL}),
            rec({"level": S, "source": {"const": "stated"}}, {"reference": S}),
            rec({"level": {"const": "not stated"}}),
        ]
    },
    "action": rec(
        {
            "target": S,
            "action": S,
            "site": S,
            "role": S,
            "neurotransmitters": arr(rec({"id": S, "direction": S})),
            "effect": null(S),
            "status": S,
            "references": IDS,
        },
        {"reversible": B, "affinity": ref("affinity"), "component": S},
    ),
    "frequency": null(rec({"threshold": S}, {"percent": null(N), "placebo": null(N), "category": S, "population": S})),
}
REFERENCES = arr(ref("reference"))
VALUE = {"anyOf": [ref("affinity"), rec({"status": {"const": "not recorded"}})]}  # a target page's drug without a value
SIDE_EFFECT = rec({"effect": S, "mechanism": S, "via": null(S), "references": IDS})

CLASS = rec(
    {
        "id": S,
        "abbreviation": S,
        "name": S,
        "synonyms": IDS,
        "mode_of_action": S,
        "atc": null(S),
        "summary": S,
        "neurotransmitters": IDS,
        "actions": arr(ref("action")),
        "consequences": arr(ref("statement")),
        "onset": null(ref("statement")),
        "adaptations": arr(ref("statement")),
        "side_effects": arr(SIDE_EFFECT),
        "notes": arr(ref("statement")),
        "drugs": IDS,
        "references": REFERENCES,
    }
)
PK = null(
    rec(
        {
            "half_life_h": arr(N),
            "tmax_h": arr(N),
            "active_metabolites": arr(rec({"name": S, "half_life_h": arr(N)})),
            "cleared_by": IDS,
            "main_cyp": IDS,
            "inhibits": arr(rec({"enzyme": S, "strength": S, "references": IDS})),
            "note": null(S),
            "references": IDS,
            "read_in": mapping(IDS),
        }
    )
)
DRUG = rec(
    {
        "id": S,
        "name": S,
        "class": null(S),
        "synonyms": IDS,
        "brands": mapping(arr(rec({"name": S}, {"member_states": IDS, "url": S, "read_at": S}))),
        "xrefs": null(rec({"gtopdb_ligand": null(S), "pubchem_cid": null(S), "chembl": null(S), "drugbank": null(S)})),
        "atc": null(S),
        "note": S,
        "actions": arr(ref("action")),
        "binding": arr(ref("binding")),
        "class_actions_without_values": IDS,
        "side_effects": arr(
            rec(
                {
                    "effect": S,
                    "frequency": ref("frequency"),
                    "target": null(S),
                    "strength": null(ref("affinity")),
                    "mechanism": null(S),
                    "mechanism_from_class": null(S),
                    "from_class": B,
                    "component": null(S),
                    "references": IDS,
                }
            )
        ),
        "pharmacokinetics": PK,
        "component_pharmacokinetics": mapping(PK),
        "notes": arr(ref("statement")),
        "metabolism": arr(ref("statement")),
        "regulatory": arr(rec({"country": S, "status": S, "year": null(I), "detail": S, "references": IDS})),
        "pharmacogenomics": arr(
            rec(
                {
                    "gene": S,
                    "guideline": S,
                    "phenotypes": arr(rec({"phenotype": S, "effect": S, "recommendation": S, "strength": null(S)})),
                    "references": IDS,
                }
            )
        ),
        "references": REFERENCES,
    },
    {"components": IDS},
)
EVIDENCE = rec(
    {
        "study": S,
        "kind": S,
        "design": S,
        "n": null(S),
        "result": S,
        "finding": {"enum": ["positive", "null", "mixed", "negative", "rates only"]},
        "limits": null(S),
        "references": IDS,
    }
)
STRATEGY_SUMMARY = {"id": S, "name": S, "kind": S, "status": S, "summary": S}
STRATEGY = rec(
    {
        **STRATEGY_SUMMARY,
        "synonyms": IDS,
        "between": arr(rec({"classes": IDS, "drugs": IDS})),
        "mechanism": arr(rec({"side": I, "item": S, "target": S, "action": S, "references": IDS})),
        "rationale": S,
        "evidence": arr(EVIDENCE),
        "statuses": arr(rec({"drug": S, "country": S, "status": S, "references": IDS})),
        "symptoms": IDS,
        "references": REFERENCES,
    }
)
SYMPTOM = rec(
    {
        "id": S,
        "name": S,
        "synonyms": IDS,
        "summary": S,
        "effects": IDS,
        "links": arr(
            rec(
                {
                    "text": S,
                    "bearing": {"enum": ["improves", "causes", "spares"]},
                    "evidence": {"enum": ["trial", "meta-analysis", "observational", "mechanistic reasoning"]},
                    "targets": IDS,
                    "classes": IDS,
                    "drugs": IDS,
                    "strategies": IDS,
                    "result": null(S),
                    "limits": null(S),
                    "status": S,
                    "references": IDS,
                }
            )
        ),
        "drugs_at_targets": arr(
            rec({"target": S, "drugs": arr(rec({"drug": S, "action": null(S), "affinity": ref("affinity")}))})
        ),
        "references": REFERENCES,
    }
)
CLASS_EFFECT = rec({"class": S, "effect": S, "mechanism": S, "via": null(S), "references": IDS})

OUTPUTS: dict[str, Schema] = {
    "show": CLASS,
    "drug": DRUG,
    "target": rec(
        {
            "id": S,
            "name": S,
            "gene": S,
            "kind": S,
            "neurotransmitters": IDS,
            "description": S,
            "classes": arr(rec({"class": S, "action": S, "role": S})),
            "study_preferred": null(S),
            "drugs": arr(rec({"drug": S, "class": null(S), "action": null(S), "affinity": VALUE}, {"role": S})),
            "class_members_without_values": mapping(IDS),
            "side_effects": arr(rec({"class": S, "effect": S, "mechanism": S, "references": IDS})),
        }
    ),
    "effect": rec(
        {
            "term": S,
            "name": S,
            "synonyms": IDS,
            "causes": arr(CLASS_EFFECT),
            "targets": IDS,
            "drugs": arr(
                rec(
                    {"drug": S, "target": S, "action": null(S), "references": IDS},
                    {"level": S, "status": {"const": "not recorded"}, **BINDING, **BINDING_OPTIONAL},
                )
            ),
            "labels": arr(
                rec({"drug": S, "effect": S, "target": null(S), "references": IDS}, {"frequency": ref("frequency")})
            ),
            "low_liability": arr(CLASS_EFFECT),
            "references": REFERENCES,
        }
    ),
    "define": rec({"id": S, "name": S, "synonyms": IDS, "definition": S, "related": IDS, "references": IDS}),
    "search": arr(rec({"kind": S, "id": S, "field": S, "where": S, "snippet": S})),
    "sources": arr(
        rec(
            {"id": S, "citation": S, "cited_by": IDS},
            {"pmid": S, "doi": S, "url": S, "accessed": S, "read_at": S, "concerns": IDS},
        )
    ),
    "combine": rec(
        {
            "items": IDS,
            "coverage": rec({"neurotransmitters": mapping(IDS), "targets": mapping(IDS)}),
            "flags": arr(
                rec(
                    {
                        "id": S,
                        "kind": S,
                        "severity": S,
                        "basis": S,
                        "wording": null(S),
                        "mechanism": S,
                        "between": IDS,
                        "through": IDS,
                        "note": null(S),
                        "references": IDS,
                    }
                )
            ),
            "strategies": arr(
                rec(
                    {
                        "id": S,
                        "name": S,
                        "kind": S,
                        "between": IDS,
                        "rationale": S,
                        "summary": S,
                        "status": S,
                        "references": IDS,
                    }
                )
            ),
        }
    ),
    "switch": rec(
        {
            "from": S,
            "to": S,
            "legs": arr(
                rec(
                    {
                        "from": IDS,
                        "to": IDS,
                        "basis": null(S),
                        "answered_by": null(S),
                        "labels_differ": B,
                        "rules": arr(
                            rec(
                                {
                                    "id": S,
                                    "washout_days": null(I),
                                    "basis": S,
                                    "label_of": null(S),
                                    "country": null(S),
                                    "section": null(S),
                                    "reason": S,
                                    "references": IDS,
                                }
                            )
                        ),
                        "note": null(S),
                    }
                )
            ),
        }
    ),
    "explain": rec(
        {
            "id": S,
            "name": S,
            "chain": arr(
                rec(
                    {
                        "stage": S,
                        "steps": arr(rec({"text": S, "detail": null(S), "status": S, "references": IDS})),
                    }
                )
            ),
        }
    ),
    "trd": arr(
        rec({"id": S, "title": S, "items": arr(rec({"text": S, "status": S, "links": IDS, "references": IDS}))})
    ),
    "matrix": rec({"targets": IDS, "legend": mapping(S), "rows": arr(rec({"id": S, "cells": mapping(S)}))}),
    "profile": rec(
        {
            "panel": S,
            "targets": IDS,
            "subtypes": mapping(S),
            "rule": S,
            "drugs": arr(
                rec(
                    {
                        "drug": S,
                        "class": null(S),
                        "cells": arr(
                            {
                                "anyOf": [
                                    rec({"target": S, **BINDING}, BINDING_OPTIONAL),
                                    rec({"target": S, "status": {"const": "not recorded"}}),
                                ]
                            }
                        ),
                    }
                )
            ),
        }
    ),
    "compare": rec(
        {
            "items": IDS,
            "neurotransmitters": rec({"shared": IDS, "only": mapping(IDS)}),
            "targets": rec({"shared": IDS, "only": mapping(IDS)}),
            "rows": rec(
                {
                    "targets": mapping(mapping(arr(ref("action")))),
                    "neurotransmitters": mapping(mapping(arr(ref("action")))),
                }
            ),
            "values": mapping(mapping(ref("binding"))),
            "class_actions_without_values": mapping(IDS),
            "pharmacokinetics": mapping(PK),
            "side_effects": mapping(IDS),
            "class_side_effects": mapping(IDS),
        }
    ),
    "targets": rec(
        {},
        {
            "neurotransmitter": S,
            "target": S,
            "xrefs": {"type": "object"},
            "classes": arr(rec({"class": S, "role": S, "via": arr(rec({"target": S, "action": S}))})),
            "drugs": arr(rec({"drug": S, "class": null(S), "role": S, "via": arr(rec({"target": S, "action": S}))})),
        },
    ),
    "list-classes": arr(
        rec({"id": S, "abbreviation": S, "name": S, "mode_of_action": S, "atc": null(S), "drugs": IDS})
    ),
    "list-drugs": arr(rec({"id": S, "name": S, "class": null(S), "synonyms": IDS, "atc": null(S)})),
    "list-agents": arr(rec({"id": S, "name": S, "group": S, "properties": IDS, "synonyms": IDS})),
    "list-targets": arr(
        rec(
            {
                "id": S,
                "name": S,
                "gene": S,
                "kind": S,
                "neurotransmitters": IDS,
                "xrefs": rec(
                    {"gtopdb_target": null(S), "uniprot": null(S), "hgnc": null(S)},
                    {
                        "gtopdb_family": null(S),
                        "members": arr(
                            rec({"gtopdb_target": null(S)}, {"gene": S, "uniprot": null(S), "hgnc": null(S)})
                        ),
                    },
                ),
            }
        )
    ),
    "list-neurotransmitters": arr(rec({"id": S, "name": S, "synonyms": IDS})),
    "strategies": arr(rec(STRATEGY_SUMMARY)),
    "strategy": STRATEGY,
    "symptom": SYMPTOM,
    "symptoms": arr(rec({"id": S, "name": S, "synonyms": IDS})),
}


def document(name: str, schema: Schema) -> Schema:
    """One output's schema as a self-contained document."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://antidep.invalid/schemas/{name}.schema.json",
        "title": f"antidep {name} --json",
        **schema,
        "$defs": DEFS,
    }


def main(folder: Path) -> None:
    """Write one file per output into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, schema in OUTPUTS.items():
        text = json.dumps(document(name, schema), indent=2, ensure_ascii=False) + "\n"
        (folder / f"{name}.schema.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/schemas"))
