"""Strategies and residual symptoms: the commands, their JSON, the checks, and every figure pinned to its passage."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from antidep_cli.errors import DataError
from antidep_cli.knowledge.loader import load_catalog
from antidep_cli.knowledge.model import Catalog
from antidep_cli.queries.query import Index
from antidep_cli.render.html.site import site_files
from tests.conftest import run

PINS = Path(__file__).parent / "data" / "evidence_pins.tsv"
NUMBER = re.compile(r"(?<![A-Za-z0-9])(?<![A-Za-z]-)\.?\d+(?:[.,]\d+)*")  # not the 17 of HRSD-17


def numbers(text: str) -> set[str]:
    """The figures in a text: 3,480 and 3480 alike, a leading point kept (.0020), signs and units dropped."""
    return {n.replace(",", "") for n in NUMBER.findall(text)}


def pins() -> dict[tuple[str, str], tuple[set[str], str]]:
    found = {}
    for line in PINS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        entry, where, refs, seen, excerpt = line.split("\t")
        found[(entry, where)] = (set(refs.split()), seen + " " + excerpt)
    return found


def test_every_figure_of_every_study_is_in_its_pinned_passage(catalog: Catalog) -> None:
    pinned = pins()
    for s in catalog.strategies:
        figures: set[str] = set()
        for e in s.evidence:
            if e.kind.value == "guideline" and not numbers(e.result):
                continue
            refs, passage = pinned[(s.id, e.study)]
            assert refs == set(e.references), (s.id, e.study)
            missing = numbers(f"{e.result} {e.n or ''}") - numbers(passage)
            assert not missing, (s.id, e.study, sorted(missing))
            figures |= numbers(passage)
        assert not numbers(s.summary) - figures, (s.id, sorted(numbers(s.summary) - figures))


def test_every_figure_of_every_symptom_is_in_its_pinned_passage(catalog: Catalog) -> None:
    pinned = pins()
    for sym in catalog.symptoms:
        if numbers(sym.summary):
            refs, passage = pinned[(sym.id, "summary")]
            assert refs == set(sym.references) and not numbers(sym.summary) - numbers(passage), sym.id
        for i, link in enumerate(sym.links):
            if not numbers(link.result or ""):
                continue
            refs, passage = pinned[(sym.id, f"link {i}")]
            assert refs == set(link.references), (sym.id, i)
            assert not numbers(link.result or "") - numbers(passage), (sym.id, i)


def test_strategies_lists_every_strategy_with_its_status() -> None:
    result = run("strategies", "--json")
    data = json.loads(result.stdout)
    assert {s["id"] for s in data} >= {"lithium-augmentation", "esketamine-adjunct", "switch-between-class"}
    assert all(set(s) == {"id", "name", "kind", "status", "summary"} for s in data)
    assert "established" in run("strategies").stdout


def test_a_strategy_page_gives_mechanism_each_study_and_the_regulators() -> None:
    out = run("strategy", "lithium", "augmentation").stdout
    assert "IMPase" in out and "GSK-3" in out  # the mechanism, in target vocabulary
    assert "NNT 5 [4–10]" in out and "15.9%" in out  # the evidence, with numbers
    assert "other indications only" in out  # the US label, from the drug's own record
    assert "not a recommendation" in out


def test_a_strategy_record_names_every_field() -> None:
    data = json.loads(run("strategy", "esketamine-adjunct", "--json").stdout)
    assert set(data) == {"id", "name", "kind", "status", "summary", "synonyms", "between", "mechanism", "rationale"} | {
        "evidence",
        "statuses",
        "symptoms",
        "references",
    }
    sustain = data["evidence"][0]
    assert sustain["study"] == "SUSTAIN-1 (Daly 2019)" and sustain["n"] == "297 randomised"
    assert "0.49 (95% CI 0.29–0.84)" in sustain["result"] and sustain["finding"] == "positive"
    assert {r["id"] for r in data["references"]} >= {"Daly2019-SUSTAIN1", "Reif2023-ESCAPE"}


def test_a_drug_named_by_one_strategy_finds_it_and_a_class_named_by_several_suggests_them() -> None:
    assert json.loads(run("strategy", "esketamine", "--json").stdout)["id"] == "esketamine-adjunct"
    result = run("strategy", "ssri")
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert "lithium-augmentation" in result.stderr
    unknown = run("strategy", "bogus")
    assert unknown.exit_code == 1 and unknown.stderr == "antidep: unknown strategy 'bogus'\n"


def test_a_symptom_page_ranks_the_drugs_acting_at_its_mechanisms() -> None:
    out = run("symptom", "weight", "gain", "--section", "drugs").stdout
    assert "H1" in out and out.index("doxepin") < out.index("mirtazapine")
    data = json.loads(run("symptom", "weight-appetite", "--json").stdout)
    h1 = next(t for t in data["drugs_at_targets"] if t["target"] == "H1")
    assert h1["drugs"][0]["drug"] == "doxepin" and h1["drugs"][0]["affinity"]["source"] == "measured"
    assert {link["evidence"] for link in data["links"]} <= {"trial", "meta-analysis", "observational"} | {
        "mechanistic reasoning"
    }


def test_symptom_without_a_name_lists_them_and_contested_links_say_so() -> None:
    listing = json.loads(run("symptom", "--json").stdout)
    assert {s["id"] for s in listing} >= {"insomnia", "fatigue", "sexual-dysfunction", "pain", "apathy"}
    pain = run("symptom", "pain").stdout
    assert "[contested]" in pain and "0.115" in pain


def test_combine_shows_the_matching_strategy_and_never_a_switch() -> None:
    out = run("combine", "sertraline", "bupropion").stdout
    assert "Documented strategy: A serotonin reuptake inhibitor with bupropion" in out
    assert "antidep strategy reuptake-inhibitor-with-bupropion" in out
    data = json.loads(run("combine", "snri", "tranylcypromine", "--json").stdout)
    assert all(s["kind"] != "switch" for s in data["strategies"])
    assert json.loads(run("combine", "ssri", "lithium", "--json").stdout)["strategies"][0]["id"] == (
        "lithium-augmentation"
    )


def test_search_finds_strategies_and_symptoms() -> None:
    out = run("search", "VAST-D").stdout
    assert "reuptake-inhibitor-with-bupropion" in out or "aripiprazole-augmentation" in out
    assert "fatigue" in run("search", "low", "energy").stdout


BROKEN = """
strategies:
  - id: two-sided
    name: A combination naming one side
    kind: combination
    between: [{classes: [ssri]}]
    rationale: r
    summary: s
    status: established
    evidence:
      - {study: A trial, kind: trial, design: d, result: "null result", outcome: "null", references: [R1]}
    references: [R1]
symptoms:
  - id: tired
    name: Tiredness
    summary: s
    references: [R1]
    links:
      - {text: t, bearing: improves, evidence: trial, references: [R1]}
"""


def test_check_names_each_strategy_and_symptom_problem_with_its_path(tmp_path: Path) -> None:
    base = (Path(__file__).parent / "data" / "minimal.yaml").read_text(encoding="utf-8")
    path = tmp_path / "broken.yaml"
    path.write_text(base + BROKEN, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_catalog(path)
    text = "\n".join(caught.value.lines())
    assert "strategies[0].between" in text and "names two selectors" in text
    assert "strategies[0].evidence[0].n" in text  # a trial gives its size
    assert "strategies[0].status" in text  # 'established' without a positive trial
    assert "symptoms[0].links[0].result" in text  # a trial link gives its result


def test_the_site_has_a_page_per_strategy_and_symptom_linked_from_their_lists(index: Index) -> None:
    files = dict(site_files(index))
    strategies = files["strategies.html"]
    assert all(f'href="strategy-{s}.html"' in strategies for s in ("lithium-augmentation", "tranylcypromine-stage"))
    page = files["strategy-esketamine-adjunct.html"]
    assert "27.1%" in page and "SUSTAIN-1 (Daly 2019)" in page and 'href="target-NMDA.html"' in page
    assert 'href="symptom-fatigue.html"' in files["symptoms.html"]
    assert 'href="drug-doxepin.html"' in files["symptom-weight-appetite.html"]


def test_class_and_drug_pages_name_the_strategies_that_name_them() -> None:
    lithium = run("drug", "lithium", "--section", "strategies").stdout
    assert "Strategies that name it (antidep strategy NAME): lithium-augmentation" in lithium
    ssri = " ".join(run("show", "ssri", "--section", "strategies").stdout.split())
    assert "reuptake-inhibitor-with-bupropion" in ssri and "esketamine-adjunct" in ssri
    assert "Strategies that name it" not in run("drug", "agomelatine").stdout
