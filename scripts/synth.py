"""Write a synthetic knowledge file with about 10,000 drugs, for scale tests.

Each copy renames every class, drug and target of the shipped file with a
suffix (``ssri-s7``, ``Sertraline S7``, ``SERT-s7``) and points its actions at
the copied targets, so the file stays valid and every shipped entry keeps the
same answers; neurotransmitters, references and rules are shared.

    python scripts/synth.py OUT.yaml [--drugs 10000]
"""

from __future__ import annotations

import argparse
import copy
import math
from pathlib import Path
from typing import Any

import yaml

SHIPPED = Path(__file__).parents[1] / "data" / "classes.yaml"


def _renamed(entry: dict[str, Any], n: int, keys: tuple[str, ...]) -> dict[str, Any]:
    new = copy.deepcopy(entry)
    new["id"] = f"{entry['id']}-s{n}"
    for key in keys:
        if key in new:
            new[key] = f"{new[key]} S{n}"
    new["synonyms"] = [f"{s} S{n}" for s in entry.get("synonyms", [])]
    for brand in new.get("brands", []):
        brand["name"] = f"{brand['name']} S{n}"
    return new


def _retarget(entry: dict[str, Any], n: int) -> dict[str, Any]:
    for action in entry.get("actions", []):
        action["target"] = f"{action['target']}-s{n}"
    for effect in entry.get("side_effects", []):  # a class's says which target explains it; a drug's may
        for key in ("via", "target"):
            if key in effect:
                effect[key] = f"{effect[key]}-s{n}"
    for measured in entry.get("binding", []):
        measured["target"] = f"{measured['target']}-s{n}"
    if entry.get("class"):
        entry["class"] = f"{entry['class']}-s{n}"
    return entry


def synthesise(data: dict[str, Any], drugs: int) -> dict[str, Any]:
    """The shipped data with enough renamed copies of its classes, drugs and targets."""
    copies = math.ceil((drugs - len(data["drugs"])) / len(data["drugs"]))
    out = copy.deepcopy(data)
    for n in range(1, copies + 1):
        out["targets"] += [_renamed(t, n, ("name", "gene")) for t in data["targets"]]
        out["classes"] += [_retarget(_renamed(c, n, ("name", "abbreviation")), n) for c in data["classes"]]
        out["drugs"] += [_retarget(_renamed(d, n, ("name",)), n) for d in data["drugs"]]
    return out


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def main() -> None:
    """Write the synthetic file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--drugs", type=int, default=10_000)
    args = parser.parse_args()
    data = yaml.load(SHIPPED.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    out = synthesise(data, args.drugs)
    with args.out.open("w", encoding="utf-8") as handle:
        yaml.dump(out, handle, Dumper=getattr(yaml, "CSafeDumper", _NoAliases), sort_keys=False, allow_unicode=True)
    print(f"{args.out}: {len(out['classes'])} classes, {len(out['drugs'])} drugs, {len(out['targets'])} targets")


if __name__ == "__main__":
    main()
