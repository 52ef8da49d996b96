"""drug, search, sources, combine, switch, matrix, explain, export and Markdown output."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from antidep_cli.knowledge.model import Catalog
from tests.conftest import run


def test_drug_json_contract() -> None:
    data = json.loads(run("drug", "Zoloft", "--json").stdout)
    assert [data[k] for k in ("id", "name", "class", "atc")] == ["sertraline", "Sertraline", "ssri", "N06AB06"]
    assert "Zoloft" in data["synonyms"]
    dat = next(a for a in data["actions"] if a["target"] == "DAT")
    assert dat["role"] == "secondary"
    assert dat["affinity"] == {
        "level": "moderate",
        "source": "measured",
        "measure": "Kd",
        "relation": "=",
        "value_nm": 25,
        "species": "human",
        "tissue": "human DAT ([3H]WIN 35,428 binding)",
        "reference": "Tatsumi1997",
    }
    assert {"notes", "references"} <= data.keys()


def test_drug_with_ki_reports_ki() -> None:
    data = json.loads(run("drug", "vortioxetine", "--json").stdout)
    sert = next(a for a in data["actions"] if a["target"] == "SERT")
    assert (sert["affinity"]["measure"], sert["affinity"]["value_nm"]) == ("Ki", 1.6)
    assert {b["reference"] for b in data["binding"] if b["target"] == "SERT"} >= {"LBL-vortioxetine"}


def test_drug_table_shows_class_affinity_and_sources() -> None:
    out = run("drug", "mirtazapine").stdout
    for expected in (
        "Mirtazapine — NaSSA",
        "Remeron",
        "N06AX11",
        "alpha2",
        "presynaptic",
        "not stated",
        "References",
    ):
        assert expected in out


def test_combination_product_drug_page() -> None:
    out = run("drug", "Auvelity").stdout
    assert "combination of dextromethorphan + bupropion" in out
    assert json.loads(run("drug", "auvelity", "--json").stdout)["class"] is None


def test_drug_given_a_class_points_to_show() -> None:
    result = run("drug", "ssri")
    assert result.exit_code == 1
    assert "antidep show ssri" in result.stderr


def test_unknown_drug_suggests() -> None:
    result = run("drug", "mirtazapin")
    assert result.exit_code == 1
    assert "did you mean 'mirtazapine'" in result.stderr


def test_show_lists_drugs_with_their_notes() -> None:
    out = " ".join(run("show", "tca").stdout.split())
    assert "desipramine Norpramin NET-selective secondary amine" in out


def test_search_ranks_names_before_prose() -> None:
    hits = json.loads(run("search", "mirtazapine", "--json").stdout)
    assert hits[0] == {"kind": "drug", "id": "mirtazapine", "field": "id", "where": "name", "snippet": "mirtazapine"}
    assert {"kind", "id", "field", "where", "snippet"} == hits[-1].keys()


def test_search_finds_brands_and_highlights() -> None:
    assert json.loads(run("search", "prozac", "--json").stdout)[0]["id"] == "fluoxetine"
    result = run("search", "autoreceptor", env={"FORCE_COLOR": "1"})
    assert "\x1b[1;7mautoreceptor" in result.stdout


@pytest.mark.parametrize("text", ["", "   "])
def test_search_needs_text(text: str) -> None:
    assert run("search", text).exit_code == 2


def test_search_without_matches_is_an_answer() -> None:
    result = run("search", "zzzz-nothing")
    assert result.exit_code == 0
    assert json.loads(run("search", "zzzz-nothing", "--json").stdout) == []


def test_sources_json_contract() -> None:
    rows = json.loads(run("sources", "--json").stdout)
    tatsumi = next(r for r in rows if r["id"] == "Tatsumi1997")
    assert tatsumi["pmid"] == "9537821" and tatsumi["doi"].startswith("10.1016")
    assert "drug:sertraline" in tatsumi["cited_by"]
    assert all(r["cited_by"] for r in rows)


def test_sources_one_and_unknown() -> None:
    assert [r["id"] for r in json.loads(run("sources", "tatsumi1997", "--json").stdout)] == ["Tatsumi1997"]
    result = run("sources", "Tatsumi1998")
    assert result.exit_code == 1
    assert "did you mean 'Tatsumi1997'" in result.stderr


def test_combine_maoi_with_ssri_is_contraindicated_by_each_label() -> None:
    data = json.loads(run("combine", "maoi", "ssri", "--json").stdout)
    flag = data["flags"][0]
    assert (flag["kind"], flag["severity"], flag["basis"], flag["through"]) == (
        "serotonin syndrome",
        "contraindicated",
        "label",
        ["sertraline"],
    )
    labelled = {f["through"][0] for f in data["flags"] if f["id"].endswith("-maoi-label")}
    assert labelled == {"sertraline", "fluoxetine", "paroxetine", "citalopram", "escitalopram"}
    assert data["coverage"]["neurotransmitters"]["serotonin"] == ["maoi", "ssri"]


def test_combine_flags_the_reversible_maoi_too() -> None:
    kinds = {f["kind"] for f in json.loads(run("combine", "moclobemide", "sertraline", "--json").stdout)["flags"]}
    assert "serotonin syndrome" in kinds
    assert "hypertensive crisis (dietary tyramine)" not in kinds  # reversible MAO-A inhibitor: no cheese effect


def test_combine_tyramine_for_irreversible_maoi() -> None:
    flags = json.loads(run("combine", "tranylcypromine", "bupropion", "--json").stdout)["flags"]
    assert {"hypertensive crisis", "hypertensive crisis (dietary tyramine)"} <= {f["kind"] for f in flags}


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("fluoxetine", "desipramine", "pharmacokinetic (CYP2D6)"),
        ("paroxetine", "vortioxetine", "pharmacokinetic (CYP2D6)"),
        ("bupropion", "amitriptyline", "pharmacokinetic (CYP2D6)"),
        ("fluvoxamine", "agomelatine", "pharmacokinetic (CYP1A2)"),
        ("amitriptyline", "paroxetine", "additive anticholinergic burden"),
        ("mirtazapine", "trazodone", "additive sedation (H1)"),
        ("sertraline", "citalopram", "duplicated mechanism"),
    ],
)
def test_combine_flags_from_the_rules(a: str, b: str, kind: str) -> None:
    flags = json.loads(run("combine", a, b, "--json").stdout)["flags"]
    assert kind in {f["kind"] for f in flags}


def test_combine_class_flags_through_its_members() -> None:
    flags = json.loads(run("combine", "ssri", "tca", "--json").stdout)["flags"]
    cyp = next(f for f in flags if f["kind"] == "pharmacokinetic (CYP2D6)")
    assert cyp["through"] == ["fluoxetine", "paroxetine"]


def test_combine_strategies_carry_their_evidence_status() -> None:
    data = json.loads(run("combine", "mirtazapine", "venlafaxine", "--json").stdout)
    assert data["flags"] == []
    (strategy,) = data["strategies"]
    assert strategy["status"] == "contested"
    assert {"Blier2010", "Rush2011"} <= set(strategy["references"])
    assert json.loads(run("combine", "ssri", "bupropion", "--json").stdout)["strategies"][0]["status"] == "contested"


def test_combine_never_calls_anything_safe() -> None:
    for pair in (("mirtazapine", "venlafaxine"), ("ssri", "bupropion"), ("agomelatine", "vortioxetine")):
        result = run("combine", *pair)
        assert "safe" not in result.stdout.lower().replace("unsafe", "")


def test_switch_same_item_is_usage_error() -> None:
    assert run("switch", "ssri", "SSRIs").exit_code == 2


def test_matrix_json_and_symbols() -> None:
    data = json.loads(run("matrix", "--json").stdout)
    rows = {r["id"]: r["cells"] for r in data["rows"]}
    assert rows["ssri"] == {"SERT": "I"}
    assert rows["tca"]["H1"] == "b" and rows["tca"]["NET"] == "I"
    assert rows["neurosteroid"] == {"GABA-A": "M"}
    assert rows["multimodal"]["5-HT1B"] == "P"


def test_matrix_csv_and_markdown() -> None:
    table = list(csv.reader(io.StringIO(run("matrix", "--drugs", "--format", "csv").stdout)))
    header, rows = table[0], {row[0]: row for row in table[1:]}
    assert rows["sertraline"][header.index("DAT")] == "i"
    markdown = run("matrix", "--format", "markdown").stdout
    assert markdown.startswith("| ") and "Upper case: primary action" in markdown


def test_matrix_table_has_legend_and_fits() -> None:
    out = run("matrix").stdout
    assert "I inhibits" in out and "B blocks" in out
    assert max(map(len, out.splitlines())) <= 80


@pytest.mark.parametrize("width", ["80", "100", "120"])
def test_matrix_headers_are_whole_and_its_tables_alike(width: str, catalog: Catalog) -> None:
    out = run("matrix", env={"COLUMNS": width}).stdout
    assert "…" not in out
    headers = [line.split() for line in out.splitlines() if line.startswith("   ") and line.strip()]
    assert sorted(h for line in headers for h in line) == sorted(c.id for c in catalog.classes)
    lengths = [len(line) for line in out.splitlines() if line.startswith("   ") and line.strip()]
    assert max(lengths) - min(lengths) <= 12, lengths


def test_explain_chain_in_time_order() -> None:
    data = json.loads(run("explain", "ssri", "--json").stdout)
    stages = [s["stage"] for s in data["chain"]]
    assert stages[0].startswith("Within hours") and stages[-1].startswith("Over the following weeks")
    adaptations = data["chain"][-1]["steps"]
    assert any(s["status"] == "hypothesis" and "5-HT1A" in s["text"] for s in adaptations)


def test_explain_ssri_goes_from_sert_blockade_to_autoreceptor_braking_to_desensitisation() -> None:
    chain = json.loads(run("explain", "ssri", "--json").stdout)["chain"]
    texts = [(stage["stage"], step["text"]) for stage in chain for step in stage["steps"]]
    order = [
        next(i for i, (_, t) in enumerate(texts) if t.startswith("SERT inhibitor")),
        next(i for i, (_, t) in enumerate(texts) if "braking their firing" in t),
        next(i for i, (s, t) in enumerate(texts) if s.startswith("Over the following weeks") and "desensitise" in t),
    ]
    assert order == sorted(order)


def test_explain_nassa_tree() -> None:
    out = " ".join(run("explain", "nassa").stdout.split())
    assert "alpha2 antagonist (presynaptic heteroreceptor) → raises serotonin" in out
    assert "[hypothesis]" in out


@pytest.mark.parametrize("command", ["show ssri", "drug sertraline", "compare snri ndri"])
def test_markdown_output(command: str) -> None:
    out = run(*command.split(), "--format", "markdown").stdout
    assert out.startswith("## ")
    assert "| Target |" in out


def test_export_markdown_sheet_is_complete(tmp_path: Path) -> None:
    target = tmp_path / "sheet.md"
    assert run("export", "-o", str(target)).exit_code == 0
    sheet = target.read_text(encoding="utf-8")
    assert sheet.count("\n## ") == 18 + 54
    assert "not medical advice" in sheet


def test_export_json_selection() -> None:
    data = json.loads(run("export", "ssri", "sertraline", "--format", "json").stdout)
    assert [c["id"] for c in data["classes"]] == ["ssri"]
    assert [d["id"] for d in data["drugs"]] == ["sertraline"]


def test_export_bad_format_and_unwritable_output(tmp_path: Path) -> None:
    assert run("export", "--format", "pdf").exit_code == 2
    result = run("export", "-o", str(tmp_path / "missing" / "x.md"))
    assert result.exit_code == 4  # an output that cannot be written
    assert "cannot write" in result.stderr


def test_unsupported_format_is_a_usage_error() -> None:
    assert run("show", "ssri", "--format", "csv").exit_code == 2


def test_every_drug_action_has_an_affinity_level_never_a_guess() -> None:
    data = json.loads(run("drug", "gepirone", "--json").stdout)
    assert data["actions"][0]["affinity"] == {"level": "not stated"}
    fluvoxamine = json.loads(run("drug", "fluvoxamine", "--json").stdout)
    sigma = next(a for a in fluvoxamine["actions"] if a["target"] == "sigma-1")
    assert sigma["affinity"]["level"] == "moderate"  # GtoPdb's pKi 7.44, not the relative "highest among SSRIs"
    assert (sigma["affinity"]["source"], sigma["affinity"]["reference"]) == ("measured", "PMID23641311")
    mirtazapine = json.loads(run("drug", "mirtazapine", "--json").stdout)
    h1 = next(a for a in mirtazapine["actions"] if a["target"] == "H1")
    assert h1["affinity"] == {"level": "high", "source": "stated", "reference": "NCI-mirtazapine"}


def test_switch_between_two_drugs_names_the_pair_once_and_whose_labels_answer() -> None:
    out = run("switch", "phenelzine", "sertraline").stdout
    assert out.count("phenelzine") == 1 and "From phenelzine" not in out
    assert "Answered by sertraline's labels (US, CA)." in out


def test_combine_gives_an_agent_without_actions_a_coverage_row() -> None:
    out = run("combine", "sertraline", "tramadol").stdout
    assert "tramadol: opioid, serotonergic; no mapped action" in out


@pytest.mark.parametrize(
    "args",
    [["list", w, "--format", "csv"] for w in ("classes", "drugs", "agents", "targets", "neurotransmitters")]
    + [["targets", "--target", "SERT", "--drugs", "--format", "csv"], ["matrix", "--format", "csv"]],
)
def test_csv_carries_values_never_python_reprs(args: list[str]) -> None:
    import csv
    import io

    result = run(*args)
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert len(rows) > 1 and all(len(row) == len(rows[0]) for row in rows)
    cells = [c for row in rows for c in row]
    assert not [c for c in cells if c.startswith(("{", "[", "(")) or c in ("None", "True", "False")], args
