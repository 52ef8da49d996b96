"""One bad knowledge file per loader rule, each with its message, line and field path."""

from __future__ import annotations

from pathlib import Path

import pytest

from antidep_cli.knowledge.loader import MAX_BYTES
from tests.conftest import MINIMAL, run

BASE = MINIMAL.read_text(encoding="utf-8")

# (case, text to replace, replacement, text on the reported line, field path, message fragment)
CASES = [
    ("syntax", "schema: 1", "schema: [1", "neurotransmitters:", "(top level)", "invalid YAML"),
    (
        "alias",
        "  - id: histamine\n    name: Histamine",
        "  - id: &h histamine\n    name: *h",
        "&h",
        "(top level)",
        "aliases and anchors are not allowed",
    ),
    (
        "duplicate key",
        "    name: Serotonin\n",
        "    name: Serotonin\n    name: Again\n",
        "name: Again",
        "(top level)",
        "duplicate key 'name'",
    ),
    (
        "unknown key",
        "    description: Clears serotonin.\n",
        "    description: Clears serotonin.\n    colour: red\n",
        "colour: red",
        "targets[0].colour",
        "unknown key",
    ),
    (
        "wrong type",
        "    name: Histamine\n",
        "    name: no\n",
        "name: no",
        "neurotransmitters[1].name",
        "expected str; got bool False",
    ),
    (
        "control character",
        "summary: A test class.",
        'summary: "A \\e[2J test class."',
        "summary:",
        "classes[0].summary",
        "control character '\\x1b'",
    ),
    (
        "vocabulary",
        "        action: antagonist\n        site: postsynaptic receptor\n        role: secondary",
        "        action: blocker\n        site: postsynaptic receptor\n        role: secondary",
        "action: blocker",
        "classes[0].actions[1].action",
        "expected one of 'inhibitor'",
    ),
    (
        "missing key",
        "    mode_of_action: histamine — receptor antagonist\n",
        "",
        "id: beta",
        "classes[1]",
        "missing required key 'mode_of_action'",
    ),
    (
        "unknown target",
        "      - target: H1\n        action: antagonist\n        site: postsynaptic receptor\n        role: primary",
        "      - target: H2\n        action: antagonist\n        site: postsynaptic receptor\n        role: primary",
        "target: H2",
        "classes[1].actions[0].target",
        "unknown target 'H2'",
    ),
    (
        "unknown reference",
        "        effect: Blocks H1.\n        references: [RefB]",
        "        effect: Blocks H1.\n        references: [RefC]",
        "references: [RefC]",
        "classes[1].actions[0].references[0]",
        "unknown reference 'RefC'",
    ),
    (
        "no citation",
        "    references: [RefB]\ndrugs:",
        "    references: []\ndrugs:",
        "references: []",
        "classes[1].references",
        "must cite at least one reference",
    ),
    (
        "duplicate id",
        "  - id: beta",
        "  - id: alpha",
        "id: alpha\n    abbreviation: BETA",
        "classes[1].id",
        "duplicate id 'alpha'",
    ),
    (
        "ambiguous synonym",
        "synonyms: [Testbrand]",
        "synonyms: [ALPHA]",
        "id: testdrug",
        "drugs[0]",
        "name 'ALPHA' also means 'alpha'",
    ),
    (
        "binding unit",
        "value_nm: 1.5",
        "value_nm: 150000000",
        "value_nm: 150000000",
        "drugs[0].binding[0].value_nm",
        "check the unit",
    ),
    (
        "binding value given twice",
        "value_nm: 1.5",
        "value_nm: 1.5, pvalue: 8.8",
        "value_nm: 1.5, pvalue",
        "drugs[0].binding[0]",
        "give the constant once",
    ),
    (
        "binding relation",
        "value_nm: 1.5",
        "value_nm: 1.5, relation: '~'",
        "relation: '~'",
        "drugs[0].binding[0].relation",
        "expected one of '=', '>', '<'",
    ),
    (
        "binding measure",
        "measure: Ki, value_nm",
        "measure: EC50, value_nm",
        "measure: EC50",
        "drugs[0].binding[0].measure",
        "expected one of 'Ki', 'Kd', 'IC50'",
    ),
    (
        "words and a number at one target",
        "        references: [RefA]\n    binding:",
        "        affinity: {level: high, reference: RefA}\n        references: [RefA]\n    binding:",
        "affinity: {level: high",
        "drugs[0].actions[0].affinity",
        "its strength comes from them",
    ),
    ("ATC code", "atc: N06AB99", "atc: N6AB99", "atc: N6AB99", "drugs[0].atc", "malformed ATC code 'N6AB99'"),
    ("PMID", 'pmid: "123"', 'pmid: "abc"', 'pmid: "abc"', "references[0].pmid", "malformed pmid 'abc'"),
    ("schema version", "schema: 1", "schema: 2", "schema: 2", "schema", "unsupported schema 2"),
    (
        "side effect link",
        "        via: H1",
        "        via: NET",
        "via: NET",
        "classes[0].side_effects[0].via",
        "'NET' is not a target of this class's actions",
    ),
    ("drug class", "    class: alpha", "    class: gamma", "class: gamma", "drugs[0].class", "unknown class 'gamma'"),
    ("top level", BASE, "- just a list\n", "- just a list", "(top level)", "expected a mapping; got list"),
    (
        "editorial contraindication",
        "    basis: label\n    wording: contraindicated\n",
        "    basis: editorial\n",
        "severity: contraindicated",
        "interactions[0].severity",
        "'contraindicated' is used only where a label contraindicates the pair",
    ),
    (
        "label rule owner",
        "    label_of: testdrug\n",
        "",
        "id: testdrug-to-beta",
        "washouts[0]",
        "a label rule needs 'label_of' and 'country'",
    ),
    (
        "unknown agent",
        "      - agents: [partner]",
        "      - agents: [partnr]",
        "agents: [partnr]",
        "interactions[0].between[1].agents[0]",
        "unknown agent 'partnr'",
    ),
    (
        "agent property",
        "      - property: serotonergic",
        "      - property: serotonic",
        "property: serotonic",
        "agents[0].traits[0].property",
        "expected one of 'serotonergic'",
    ),
    (
        "malformed ChEMBL id",
        "chembl: CHEMBL1,",
        "chembl: CHEBI1,",
        "xrefs: {gtopdb_ligand",
        "drugs[0].xrefs.chembl",
        "malformed chembl 'CHEBI1'",
    ),
    (
        "brand country",
        "country: UK, read_at",
        "country: XX, read_at",
        "- {name: Testmark",
        "drugs[0].brands[0].country",
        "expected one of AT, AU, BE, BG, CA, CY, CZ, DE, DK, EE, ES, EU, FI, FR, GR, HR, IE, IT, JP, LT, LU, LV, MT, NL,",
    ),
    (
        "brand seen on a copy given as its url",
        "country: UK, read_at",
        "country: UK, url",
        "- {name: Testmark",
        "drugs[0].brands[0].url",
        "example.org is a copy, not the regulator or label; use read_at",
    ),
    (
        "brand with no page",
        'country: UK, read_at: "https://example.org/testmark", ',
        "country: UK, ",
        "- {name: Testmark",
        "drugs[0].brands[0]",
        "a brand needs url (the regulator's page or label) or read_at (a copy)",
    ),
    (
        "class rule with an owner",
        '    basis: label\n    label_of: testdrug\n    country: US\n    section: "4"\n',
        "    basis: class\n    label_of: testdrug\n",
        "id: testdrug-to-beta",
        "washouts[0]",
        "a class rule has no 'label_of', 'country' or 'section'",
    ),
    (
        "duplicate rule id",
        "washouts:\n",
        "  - id: alpha-partner\n    kind: twice\n    severity: major\n    basis: editorial\n"
        "    mechanism: The same id again.\n    between:\n      - classes: [alpha]\n    references: [RefA]\nwashouts:\n",
        "id: alpha-partner\n    kind: twice",
        "interactions[1].id",
        "duplicate id 'alpha-partner'",
    ),
    (
        "duplicate GtoPdb difference",
        "washouts:\n",
        "gtopdb_differences:\n"
        "  - {id: d1, drug: testdrug, target: SERT, finding: not in GtoPdb, reason: Test., references: [RefA]}\n"
        "  - {id: d1, drug: testdrug, target: SERT, finding: not in GtoPdb, reason: Again., references: [RefA]}\n"
        "washouts:\n",
        "{id: d1, drug: testdrug, target: SERT, finding: not in GtoPdb, reason: Again.",
        "gtopdb_differences[1].id",
        "duplicate id 'd1'",
    ),
    (
        "unknown related term",
        "washouts:\n",
        "glossary:\n  - {id: t1, name: Term one, definition: A test term., related: [t2], references: [RefA]}\nwashouts:\n",
        "{id: t1, name: Term one",
        "glossary[0].related[0]",
        "unknown term 't2'",
    ),
]


def _line(text: str, marker: str) -> int:
    return text[: text.index(marker)].count("\n") + 1


@pytest.mark.parametrize(("case", "old", "new", "marker", "where", "message"), CASES, ids=[c[0] for c in CASES])
def test_bad_file_reports_file_line_path_and_message(
    tmp_path: Path, case: str, old: str, new: str, marker: str, where: str, message: str
) -> None:
    assert old in BASE, case
    text = BASE.replace(old, new, 1)
    bad = tmp_path / f"bad_{case.replace(' ', '_')}.yaml"
    bad.write_text(text, encoding="utf-8")
    result = run("check", str(bad))
    assert result.exit_code == 3, result.stdout
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    wanted = [ln for ln in lines if message in ln]
    assert wanted, result.stderr
    assert wanted[0].startswith(f"{bad}:{_line(text, marker)}:")
    assert f": {where}: " in wanted[0]


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = (
        BASE.replace("atc: N06AB99", "atc: bad")
        .replace('pmid: "123"', 'pmid: "x"')
        .replace("    class: alpha", "    class: gamma")
    )
    bad = tmp_path / "many.yaml"
    bad.write_text(text, encoding="utf-8")
    assert len(run("check", str(bad)).stderr.splitlines()) == 3


def test_file_over_size_cap(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_text(BASE + "#" * MAX_BYTES, encoding="utf-8")
    result = run("check", str(big))
    assert result.exit_code == 3
    assert "larger than" in result.stderr


def test_not_utf8(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes(BASE.encode("utf-8") + b"# \xff\n")
    assert run("check", str(bad)).exit_code == 3


def test_commands_report_bad_data_with_exit_3(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(BASE.replace("atc: N06AB99", "atc: bad"), encoding="utf-8")
    result = run("--data", str(bad), "show", "alpha")
    assert result.exit_code == 3
    assert "drugs[0].atc: malformed ATC code" in result.stderr


def test_python_payload_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "evil.yaml"
    bad.write_text("!!python/object/apply:os.system ['echo pwned']\n", encoding="utf-8")
    result = run("check", str(bad))
    assert result.exit_code == 3
    assert "pwned" not in result.stdout


def _copy(tmp_path: Path) -> Path:
    path = tmp_path / "classes.yaml"
    path.write_text(BASE, encoding="utf-8")
    return path


def test_knowledge_file_is_never_written(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    for args in (["show", "alpha"], ["check", str(path)], ["list"], ["compare", "alpha", "beta"]):
        run("--data", str(path), *args)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_a_failure_while_indexing_is_a_data_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from antidep_cli.knowledge import tables

    def broken(*args: object, **kwargs: object) -> None:
        raise sqlite3.IntegrityError("UNIQUE constraint failed: entries.section, entries.id")

    monkeypatch.setattr(tables, "build", broken)
    path = tmp_path / "classes.yaml"
    path.write_text(BASE, encoding="utf-8")
    result = run("--data", str(path), "show", "alpha")
    assert result.exit_code == 3
    assert result.stderr.startswith(f"{path}: (top level): the knowledge file could not be indexed: UNIQUE constraint")
