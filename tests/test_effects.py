"""From a side effect to the drugs (antidep effect), and search answering questions."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run


@pytest.mark.parametrize(
    ("words", "term"),
    [
        (["sleepy"], "sedation"),
        (["drowsy"], "sedation"),
        (["dry", "mouth"], "anticholinergic"),
        (["constipation"], "anticholinergic"),
        (["dizzy on standing"], "orthostatic-hypotension"),
        (["appetite"], "weight-gain"),
        (["weight", "gain"], "weight-gain"),
    ],
)
def test_the_words_people_use_name_the_effect(words: list[str], term: str) -> None:
    result = run("effect", *words, "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["term"] == term


def test_sedation_runs_from_the_effect_to_h1_to_the_drugs_by_affinity() -> None:
    data = json.loads(run("effect", "sleepy", "--json").stdout)
    assert data["targets"] == ["H1"]
    assert {c["class"] for c in data["causes"]} == {"tca", "nassa", "sari"}
    drugs = [d["drug"] for d in data["drugs"]]
    assert drugs[0] == "doxepin"  # Kd 0.24 nM, Richelson & Nelson 1984
    measured = [d for d in data["drugs"] if "value_nm" in d or "pvalue" in d]
    assert drugs[: len(measured)] == [d["drug"] for d in measured]  # measured first
    assert all(d["references"] for d in data["drugs"])


def test_low_liability_is_kept_apart_from_causes() -> None:
    data = json.loads(run("effect", "weight", "gain", "--json").stdout)
    assert [c["class"] for c in data["low_liability"]] == ["ndri"]
    assert "ndri" not in {c["class"] for c in data["causes"]}
    out = run("effect", "weight", "gain").stdout
    assert out.index("What explains it") < out.index("Known for little of it (not causes)")


def test_an_unknown_effect_suggests() -> None:
    result = run("effect", "sleepyy")
    assert result.exit_code == 1 and "did you mean" in result.stderr and "sleepy" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("which antidepressants cause weight gain", ("effect", "weight-gain")),
        ("why does mirtazapine make you sleepy", ("class", "nassa")),
        ("most anticholinergic antidepressant", ("effect", "anticholinergic")),
    ],
)
def test_search_answers_questions_in_the_top_three(question: str, answer: tuple[str, str]) -> None:
    hits = json.loads(run("search", *question.split(), "--json").stdout)
    assert answer in [(h["kind"], h["id"]) for h in hits[:3]]


def test_search_ranks_low_liability_below_causes() -> None:
    hits = json.loads(run("search", "weight", "gain", "--limit", "50", "--json").stdout)
    ndri = next(i for i, h in enumerate(hits) if h["id"] == "ndri" and h["where"] == "side effect")
    nassa = next(i for i, h in enumerate(hits) if h["id"] == "nassa" and h["where"] == "side effect")
    assert nassa < ndri


def test_search_takes_unquoted_words_and_matches_all_first() -> None:
    result = run("search", "mirtazapine", "sleepy", "--json")
    assert result.exit_code == 0
    top = json.loads(result.stdout)[:4]
    assert {(h["kind"], h["id"]) for h in top} >= {("drug", "mirtazapine"), ("class", "nassa")}
