"""Measured affinities: every value pinned to its source, the choice rule, profiles, rankings, checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from antidep_cli.knowledge import strength
from antidep_cli.knowledge.model import Binding, Catalog, Measure, Relation
from antidep_cli.queries import binding
from antidep_cli.queries.query import Index
from tests.conftest import run

PINS = Path(__file__).parent / "data" / "binding_pins.tsv"


def _rows(catalog: Catalog) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for d in catalog.drugs:
        for b in d.binding:
            value = f"{b.value_nm:g} nM" if b.value_nm is not None else f"p{b.measure} {b.pvalue:g}"
            fields = (b.target, b.subtype or "-", b.molecule or "-", str(b.measure), str(b.relation), value)
            rows.append((d.id, *fields, b.species, b.reference))
    return rows


def test_every_value_is_pinned_to_its_source(catalog: Catalog) -> None:
    lines = [line for line in PINS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    pinned = [tuple(line.split("\t")) for line in lines]
    assert _rows(catalog) == pinned, "a value changed: re-read its source, then update tests/data/binding_pins.tsv"


# Values read directly in their sources (tables and abstracts), with the source's own words.
SEEN = [
    ("doxepin", "H1", Measure.KD, 0.24, "RichelsonNelson1984"),  # abstract: "doxepin (KD = 0.24 nM)"
    ("fluvoxamine", "H1", Measure.KD, 109_000, "RichelsonNelson1984"),  # "fluvoxamine (KD = 109 microM)"
    ("trazodone", "M1", Measure.KD, 324_000, "RichelsonNelson1984"),  # "trazodone (KD = 324 microM)"
    ("bupropion", "alpha2", Measure.KD, 81_000, "RichelsonNelson1984"),  # "bupropion (KD = 81 microM)"
    ("trazodone", "D2", Measure.KD, 3800, "RichelsonNelson1984"),  # "trazodone (KD = 3800 nM)"
    ("fluoxetine", "M1", Measure.KD, 1030, "ACNP-G4-muscarinic"),  # Table 2, m1 column
    ("lofepramine", "M1", Measure.KD, 67, "ACNP-G4-muscarinic"),
    ("paroxetine", "M1", Measure.KD, 300, "ACNP-G4-muscarinic"),
    ("sertraline", "M1", Measure.KD, 1300, "ACNP-G4-muscarinic"),
    ("trimipramine", "DAT", Measure.KD, 780, "Tatsumi1997"),  # as reproduced in Iversen 2006, Table 2
    ("imipramine", "DAT", Measure.KD, 8500, "Tatsumi1997"),
    ("maprotiline", "SERT", Measure.KD, 5800, "Tatsumi1997"),
    ("imipramine", "5-HT2C", Measure.KI, 136, "Palvimaki1996"),  # rat choroid plexus, abstract
    ("amitriptyline", "Nav", Measure.IC50, 580, "Nau2000"),  # "0.58 +/- 0.03 microM", inactivated hH1
    ("imipramine", "Nav", Measure.KD, 670, "Habuchi1991"),  # "0.67 microM", inactivated channels
    ("desvenlafaxine", "SERT", Measure.IC50, 47.3, "Deecher2006"),  # [3H]5-HT uptake
    ("agomelatine", "MT1", Measure.KI, 0.1, "Pharmacotherapy2016-melatonergic"),
]


@pytest.mark.parametrize(("drug", "target", "measure", "nm", "ref"), SEEN)
def test_values_read_in_their_sources(
    index: Index, drug: str, target: str, measure: Measure, nm: float, ref: str
) -> None:
    found = [b for b in index.items[drug].binding if b.target == target and b.reference == ref]  # type: ignore[union-attr]
    assert any((b.measure, b.value_nm) == (measure, nm) for b in found), found


def test_a_bound_is_data_not_a_blank(index: Index) -> None:
    (bound,) = [b for b in index.items["venlafaxine"].binding if b.target == "M1" and b.subtype == "m1"]  # type: ignore[union-attr]
    assert (bound.relation, bound.value_nm) == (Relation.GT, 35_000)
    assert strength.shown(bound) == "Kd > 35,000 nM" and str(strength.level(bound)) == "negligible"


@pytest.mark.parametrize(
    ("value", "level"),
    [(0.29, "high"), (9.99, "high"), (10, "moderate"), (99, "moderate"), (100, "low"), (10_000, "negligible")],
)
def test_bands(value: float, level: str) -> None:
    assert str(strength.level_for(value)) == level


def test_a_pvalue_converts_both_ways() -> None:
    b = Binding("H1", Measure.KI, "human", "R", pvalue=9.0)
    assert strength.nm(b) == pytest.approx(1.0) and strength.shown(b) == "pKi 9"


def test_choice_rule_human_value_before_rat_and_bound() -> None:
    rat = Binding("T", Measure.KI, "rat", "A", value_nm=1.0)
    bound = Binding("T", Measure.KI, "human", "B", value_nm=10_000.0, relation=Relation.GT)
    human = Binding("T", Measure.IC50, "human", "C", value_nm=50.0)
    metabolite = Binding("T", Measure.KI, "human", "D", value_nm=0.1, molecule="nor-drug")
    from antidep_cli.knowledge.model import Drug

    d = Drug("x", "X", "", (), ("A",), binding=(rat, bound, metabolite, human))
    assert binding.chosen(d, "T") is human  # human before rat, a value before a bound, never the metabolite
    assert binding.measured(d, "T")[-1] is metabolite


def test_profile_cells_say_not_recorded_never_blank() -> None:
    data = json.loads(run("profile", "--json").stdout)
    assert data["targets"] == ["SERT", "NET", "DAT", "H1", "M1", "alpha1", "alpha2", "5-HT1A", "5-HT2A", "5-HT2C", "D2"]
    cells = [c for d in data["drugs"] for c in d["cells"]]
    assert all(("status" in c) != ("measure" in c) for c in cells)
    assert {c["status"] for c in cells if "status" in c} == {"not recorded"}
    assert {d["drug"] for d in data["drugs"]} >= {"amitriptyline", "sertraline", "mirtazapine", "bupropion"}


def test_profile_of_a_class_and_a_drug_in_every_format(tmp_path: Path) -> None:
    table = run("profile", "tca", "mirtazapine").stdout
    assert "amitriptyline" in table and "mirtazapine" in table and "n/r" in table and "pKi" in table
    csv_out = run("profile", "amitriptyline", "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("drug,class,target,") and len(csv_out) == 12
    assert "| amitriptyline |" in run("profile", "amitriptyline", "-f", "markdown").stdout
    svg = tmp_path / "p.svg"
    assert run("profile", "tca", "-f", "svg", "-o", str(svg)).exit_code == 0
    assert svg.read_text(encoding="utf-8").startswith("<?xml") and "amitriptyline" in svg.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["profile", "-f", "svg"], "--format svg needs -o FILE.svg"),
        (["profile", "-o", "x.svg"], "-o writes SVG"),
        (["profile", "tramadol"], "it is an interaction partner"),
        (["profile", "sertralin"], "did you mean"),
    ],
)
def test_profile_bad_input(argv: list[str], message: str) -> None:
    result = run(*argv)
    assert result.exit_code != 0 and message in result.stderr and "Traceback" not in result.stderr


def test_target_m1_ranks_measured_values_and_names_the_unmeasured() -> None:
    record = json.loads(run("target", "M1", "--json").stdout)
    ranked = [d["drug"] for d in record["drugs"]]
    assert ranked[0] == "amitriptyline" and ranked.index("amitriptyline") < ranked.index("fluoxetine")
    assert ranked.index("paroxetine") < ranked.index("sertraline") < ranked.index("bupropion")
    assert "maprotiline" in record["class_members_without_values"]["tca"]
    clomipramine = next(d for d in record["drugs"] if d["drug"] == "clomipramine")
    assert clomipramine["affinity"] == {"level": "low", "source": "stated", "reference": "PMC5765435-T7"}


def test_a_drug_says_which_class_actions_have_no_value() -> None:
    out = run("drug", "maprotiline").stdout
    assert "No value for Maprotiline is recorded at M1, alpha1, Nav" in out
    data = json.loads(run("drug", "maprotiline", "--json").stdout)
    assert data["class_actions_without_values"] == ["M1", "alpha1", "Nav"]
    clomipramine = json.loads(run("drug", "clomipramine", "--json").stdout)  # rated in a comparative table
    assert clomipramine["class_actions_without_values"] == ["Nav"]


def test_a_metabolite_value_is_labelled_on_the_drug_page() -> None:
    out = run("drug", "quetiapine", "--section", "binding").stdout
    assert "norquetiapine (active metabolite), not the drug itself" in out


def test_compare_shows_values_and_class_actions_without_values() -> None:
    out = run("compare", "maprotiline", "sertraline").stdout
    assert "inhibitor · Kd 11.1 nM" in out and "class action; no value recorded" in out
    data = json.loads(run("compare", "maprotiline", "sertraline", "--json").stdout)
    assert data["class_actions_without_values"]["M1"] == ["maprotiline"]
    assert data["values"]["M1"]["sertraline"]["value_nm"] == 1300


def test_draw_and_matrix_say_which_class_actions_a_drug_has_no_value_for() -> None:
    assert "Not drawn: its class acts at M1, alpha1, Nav" in run("draw", "maprotiline").stdout
    data = json.loads(run("matrix", "--drugs", "--json").stdout)
    maprotiline = next(r for r in data["rows"] if r["id"] == "maprotiline")
    assert maprotiline["cells"]["M1"] == "?" and "?" in data["legend"]
    assert "?" not in json.loads(run("matrix", "--json").stdout)["legend"]  # classes have no drug-level gaps


def test_site_has_the_profile_and_effect_pages(tmp_path: Path) -> None:
    assert run("export", "--format", "html", "-o", str(tmp_path)).exit_code == 0
    profile_html = (tmp_path / "profile.html").read_text(encoding="utf-8")
    assert 'class="heat heat-high"' in profile_html and "n/r" in profile_html
    sedation = (tmp_path / "effect-sedation.html").read_text(encoding="utf-8")
    assert "What explains it" in sedation and "doxepin" in sedation
    assert 'href="effect-weight-gain.html"' in (tmp_path / "effects.html").read_text(encoding="utf-8")


# Table 7 of PMC5765435, "Relative Receptor-Blocking Effects of Antidepressants" (0 to +++), as read:
# ACh (M1 here), alpha1, H1. "+++" (marked) is recorded as high, "++" as moderate, "+" as low.
TABLE_7 = {
    "amitriptyline": ("+++", "+++", "++"),
    "clomipramine": ("+", "++", "+"),
    "desipramine": ("+", "+", "+"),
    "doxepin": ("++", "+++", "+++"),
    "imipramine": ("++", "+", "+"),
    "nortriptyline": ("+", "+", "+"),
    "protriptyline": ("+++", "+", "+"),
    "trimipramine": ("++", "++", "+++"),
}
LEVEL = {"+++": "high", "++": "moderate", "+": "low"}


def test_levels_from_the_comparative_table_match_its_ratings(catalog: Catalog) -> None:
    seen = 0
    for d in catalog.drugs:
        for a in d.actions:
            if a.affinity is not None and a.affinity.reference == "PMC5765435-T7":
                rating = TABLE_7[d.id][("M1", "alpha1", "H1").index(a.target)]
                assert str(a.affinity.level) == LEVEL[rating], (d.id, a.target)
                seen += 1
    assert seen >= 12
