"""Drug pages: side effects through the drug's own actions, pharmacokinetics, status; every value pinned."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import Result

from antidep_cli.knowledge.model import DRUGS, Catalog
from antidep_cli.knowledge.model.vocab import PkValue
from antidep_cli.queries.query import Index
from tests.conftest import MINIMAL, run

PINS = Path(__file__).parent / "data" / "label_pins.tsv"


def _checked(tmp_path: Path, drug_lines: str) -> Result:
    """``antidep check`` on the minimal file with ``drug_lines`` added to its drug (before its binding)."""
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        MINIMAL.read_text(encoding="utf-8").replace("    binding:\n", drug_lines + "    binding:\n"), "utf-8"
    )
    return run("check", str(bad))


def _span(hours: tuple[float, ...]) -> str:
    return "-".join(f"{h:g}" for h in hours) + " h"


def _rows(catalog: Catalog) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for d in catalog.drugs:
        for se in d.side_effects:
            f = se.frequency
            value = "listed" if f is None else f.category or "listed" if f.percent is None else f"{f.percent:g}%"
            value += f" vs {f.placebo:g}%" if f is not None and f.percent is not None and f.placebo is not None else ""
            rows.append((d.id, "side effect", se.effect, value, ",".join(se.references)))
        for r in d.regulatory:
            status = f"{r.status} ({r.year})" if r.year else str(r.status)
            rows.append((d.id, "status", r.country, status, ",".join(r.references)))
        pk = d.pharmacokinetics
        if pk is None:
            continue
        refs = {v: ",".join(pk.cited_for(v)) for v in PkValue}
        if pk.half_life_h:
            rows.append((d.id, "half-life", d.id, _span(pk.half_life_h), refs[PkValue.HALF_LIFE]))
        rows += [
            (d.id, "half-life", m.name, _span(m.half_life_h), refs[PkValue.METABOLITES]) for m in pk.active_metabolites
        ]
        if pk.tmax_h:
            rows.append((d.id, "time to peak", d.id, _span(pk.tmax_h), refs[PkValue.TMAX]))
        rows += [(d.id, "cleared by", d.id, route, refs[PkValue.CLEARED_BY]) for route in pk.cleared_by]
        if pk.main_cyp:
            rows.append((d.id, "main CYP", d.id, ", ".join(pk.main_cyp), refs[PkValue.MAIN_CYP]))
        rows += [(d.id, "inhibits", i.enzyme, i.strength, ",".join(i.references)) for i in pk.inhibits]
    return rows


def test_every_value_is_pinned_to_its_source(catalog: Catalog) -> None:
    lines = [line for line in PINS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert _rows(catalog) == [tuple(line.split("\t")) for line in lines], "re-read the source, then update the pins"


# Values read in their labels (the excerpt each came from is in the source named).
SEEN = [
    ("mirtazapine", "Somnolence", 54.0, 18.0),  # Remeron US label, controlled studies
    ("paroxetine", "Nausea", 26.9, 13.7),
    ("venlafaxine", "Nausea", 31.0, 12.0),
]


@pytest.mark.parametrize(("drug", "effect", "percent", "placebo"), SEEN)
def test_label_frequencies(catalog: Catalog, drug: str, effect: str, percent: float, placebo: float) -> None:
    d = next(x for x in catalog.drugs if x.id == drug)
    f = next(se.frequency for se in d.side_effects if se.effect == effect)
    assert f is not None and (f.percent, f.placebo) == (percent, placebo)


def test_a_side_effect_is_explained_only_through_the_drugs_own_action() -> None:
    data = json.loads(run("drug", "mirtazapine", "--json").stdout)
    somnolence = next(s for s in data["side_effects"] if s["effect"] == "Somnolence")
    assert (somnolence["target"], somnolence["mechanism_from_class"]) == ("H1", "nassa")
    paroxetine = json.loads(run("drug", "paroxetine", "--json").stdout)
    sleepy = next(s for s in paroxetine["side_effects"] if s["effect"] == "Somnolence")
    assert sleepy["target"] is None and sleepy["mechanism"] is None  # paroxetine has no H1 action here
    assert "No mechanism is established in this file" in run("drug", "paroxetine", "-s", "side-effects").stdout


def test_pharmacokinetics_in_hours_with_metabolites() -> None:
    pk = json.loads(run("drug", "fluoxetine", "--json").stdout)["pharmacokinetics"]
    assert pk["half_life_h"] == [24.0, 96.0]  # "about 1 to 4 days"
    assert {"name": "norfluoxetine", "half_life_h": [168.0, 360.0]} in pk["active_metabolites"]
    out = run("drug", "fluoxetine", "-s", "pharmacokinetics").stdout
    assert "24–96 h" in out and "norfluoxetine (active metabolite)" in out


def test_without_its_own_side_effects_a_drug_shows_its_classs_through_its_own_actions() -> None:
    data = json.loads(run("drug", "amitriptyline", "--json").stdout)["side_effects"]
    assert [(s["target"], s["mechanism_from_class"], s["from_class"]) for s in data] == [
        ("H1", "tca", True),
        ("M1", "tca", True),
        ("alpha1", "tca", True),
    ]  # no Nav row: the drug's only sodium-channel values are weaker than moderate
    assert all(s["frequency"] is None for s in data)
    out = run("drug", "amitriptyline", "-s", "side-effects").stdout
    assert "the class's, through this drug's actions" in out and "How often is not recorded" in out
    assert all(not s["from_class"] for s in json.loads(run("drug", "sertraline", "--json").stdout)["side_effects"])


def test_a_source_without_a_stated_population_says_so_in_words() -> None:
    out = " ".join(run("drug", "lofepramine", "-s", "side-effects").stdout.split())
    assert "retrieved text, population not stated." in out and "in not stated" not in out
    sertraline = " ".join(run("drug", "sertraline", "-s", "side-effects").stdout.split())
    assert ", in Major Depressive Disorder/Other, OCD" in sertraline


def test_a_reversible_inhibitor_does_not_inherit_the_irreversible_classs_side_effects() -> None:
    assert [s["target"] for s in json.loads(run("drug", "isocarboxazid", "--json").stdout)["side_effects"]] == [
        "MAO-A",
        "MAO-A",
    ]
    moclobemide = json.loads(run("drug", "moclobemide", "--json").stdout)["side_effects"]
    assert moclobemide and not any(s["from_class"] or "Hypertensive" in s["effect"] for s in moclobemide)


def test_a_drug_without_the_classs_action_inherits_none_of_its_side_effects() -> None:
    out = run("--data", str(MINIMAL), "drug", "testdrug", "-s", "side-effects").stdout  # class alpha: sleepiness via H1
    assert "none of its class's applies through an action it has" in out and "Sleepiness" not in out


def test_check_rejects_a_percentage_over_100_and_a_backwards_half_life(tmp_path: Path) -> None:
    result = _checked(
        tmp_path,
        "    side_effects:\n      - {effect: Nausea, frequency: {threshold: t, percent: 120}, references: [RefA]}\n"
        "    pharmacokinetics: {half_life_h: [30, 20], references: [RefA]}\n",
    )
    assert result.exit_code == 3
    assert "drugs[0].side_effects[0].frequency.percent: 120 is not a percentage" in result.stderr
    assert "drugs[0].pharmacokinetics.half_life_h: hours must be positive, low before high" in result.stderr


def test_a_combination_without_its_own_data_shows_each_components_from_its_own_entry() -> None:
    data = json.loads(run("drug", "symbyax", "--json").stdout)
    assert {s["component"] for s in data["side_effects"]} == {"olanzapine", "fluoxetine"}
    olanzapine = json.loads(run("drug", "olanzapine", "--json").stdout)
    assert data["pharmacokinetics"] is None
    assert data["component_pharmacokinetics"]["olanzapine"] == olanzapine["pharmacokinetics"]
    out = run("drug", "symbyax", "-s", "pharmacokinetics").stdout
    assert "its components', from their own entries" in out and "own label is not recorded here" in out
    auvelity = json.loads(run("drug", "auvelity", "--json").stdout)
    assert auvelity["component_pharmacokinetics"]["dextromethorphan"] is None  # a partner, not a drug entry
    assert all(s["component"] is None for s in auvelity["side_effects"])  # the product's own label
    assert json.loads(run("drug", "sertraline", "--json").stdout)["component_pharmacokinetics"] == {}


def test_each_pharmacokinetic_value_cites_only_what_it_was_read_in(tmp_path: Path) -> None:
    pk = json.loads(run("drug", "zuranolone", "--json").stdout)["pharmacokinetics"]
    assert pk["read_in"]["half_life_h"] == ["PMID31338688"] and pk["read_in"]["tmax_h"] == ["LBL-zuranolone-US-2"]
    out = run("drug", "zuranolone", "-s", "pharmacokinetics").stdout
    half, peak = (next(line for line in out.splitlines() if line.strip().startswith(w)) for w in ("Half-life", "Time"))
    first, second = (line.rsplit("[", 1)[1].rstrip("] ") for line in (half, peak))
    assert first != second and "," not in first + second  # one source each, not the block's two
    result = _checked(
        tmp_path,
        "    pharmacokinetics: {half_life_h: [20, 30], references: [RefA],"
        " read_in: [{value: tmax_h, references: [RefA]}, {value: half_life_h, references: [RefB]}]}\n",
    )
    assert result.exit_code == 3
    assert "drugs[0].pharmacokinetics.read_in[0].value: this block gives no tmax_h" in result.stderr
    assert "drugs[0].pharmacokinetics.read_in[1].references: not among the block's references: RefB" in result.stderr


def test_compare_names_the_class_side_effects_standing_in_for_a_drug() -> None:
    data = json.loads(run("compare", "amitriptyline", "sertraline", "--json").stdout)
    assert data["class_side_effects"]["amitriptyline"][0] == "Sedation, weight gain"
    assert data["class_side_effects"]["sertraline"] == []  # its label's own side effects stand
    assert "Class side" in run("compare", "amitriptyline", "sertraline").stdout  # the row label may wrap
    assert "Class side" not in run("compare", "sertraline", "fluoxetine").stdout


def test_compare_of_three_drugs_says_only_what_no_other_label_lists(index: Index) -> None:
    """`Only in this one's sources` is what no other compared drug's sources list; what some others list has its own row."""
    from antidep_cli.render.pages.compare import _clinical

    drugs = index.some(DRUGS, ["sertraline", "paroxetine", "nortriptyline"])
    table = _clinical(index, drugs)
    assert table is not None
    rows = {r.cells[0].plain: [c.plain for c in r.cells[1:]] for r in table.rows}
    labels = [{se.effect.casefold() for se in d.side_effects} for d in drugs]
    for i, text in enumerate(rows["Only in this one's sources"]):
        others = set().union(*(labels[j] for j in range(3) if j != i))
        if not labels[i]:
            assert text == "none recorded"
        else:
            assert not {e.casefold() for e in text.split(", ")} & others, (drugs[i].id, text)
    assert "Nausea" in rows["Also in another's sources"][0] and "Nausea" in rows["Also in another's sources"][1]


def test_a_narrow_comparison_of_drugs_heads_each_record_with_its_row_label() -> None:
    """Stacked records name their column; a row label, whose column has no heading, stands alone."""
    out = run("compare", "sertraline", "paroxetine", "nortriptyline", env={"COLUMNS": "50"}).stdout
    assert "\nHalf-life\n" in out and "\nsertraline: 26 h" in out
    assert not [line for line in out.splitlines() if line.startswith(": ")]
