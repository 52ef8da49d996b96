"""Properties that hold for any classes, drugs, targets or neurotransmitters in the file."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from antidep_cli.knowledge.loader import load_catalog
from antidep_cli.knowledge.location import data_path
from antidep_cli.knowledge.model import spellings
from antidep_cli.queries import acting, analysis, query, reasoning

IX = query.Index.of(load_catalog(data_path()))
ITEMS = sorted(IX.items)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.lists(st.sampled_from(ITEMS), min_size=2, max_size=4, unique=True))
def test_compare_does_not_depend_on_order(ids: list[str]) -> None:
    forward = analysis.compare(IX, tuple(IX.items[i] for i in ids))
    backward = analysis.compare(IX, tuple(IX.items[i] for i in reversed(ids)))
    assert forward.target_overlap.shared == backward.target_overlap.shared
    assert forward.target_overlap.only == backward.target_overlap.only
    assert [r.id for r in forward.targets] == [r.id for r in backward.targets]


@SETTINGS
@given(st.lists(st.sampled_from(ITEMS), min_size=2, max_size=3, unique=True))
def test_combine_flags_are_symmetric(ids: list[str]) -> None:
    def kinds(order: list[str]) -> set[tuple[str, frozenset[str]]]:
        combination = reasoning.combine(IX, tuple(IX.items[i] for i in order))
        return {(m.rule.id, frozenset(m.between)) for m in combination.flags}

    assert kinds(ids) == kinds(list(reversed(ids)))


@SETTINGS
@given(st.sampled_from(sorted(IX.neurotransmitters)), st.booleans())
def test_everything_acting_on_a_neurotransmitter_touches_it(nt: str, drugs: bool) -> None:
    for found in acting.acting_on(IX, nt=nt, drugs=drugs):
        assert all(nt in IX.targets[a.target].neurotransmitters or query.change_of(a, nt) for a in found.via)


@SETTINGS
@given(st.sampled_from(ITEMS), st.sampled_from(["upper", "lower", "plural", "dotted"]))
def test_every_spelling_resolves_back_to_its_entry(ident: str, style: str) -> None:
    for spelling in spellings(IX.items[ident]):
        variant = {
            "upper": spelling.upper(),
            "lower": spelling.lower(),
            "plural": spelling + "s",
            "dotted": ".".join(spelling),
        }[style]
        assert query.item(IX, variant).id == ident


@SETTINGS
@given(st.sampled_from(["CYP2D6", "serotonin", "washout", "label", "receptor", "hippocamp", "nM", "MAOI"]))
def test_search_snippets_hold_whole_words(needle: str) -> None:
    from antidep_cli.queries.search import search

    for hit in search(IX, needle, limit=200, everything=True):
        snippet, start, end = hit.snippet()
        assert snippet[start:end].casefold() == needle.casefold()
        cut = snippet.startswith("…")
        lo = hit.start - (start - cut)
        hi = lo + len(snippet) - cut - snippet.endswith("…")
        assert hit.text[lo:hi] == snippet[cut : len(snippet) - snippet.endswith("…")]
        assert lo == 0 or hit.text[lo - 1].isspace()
        assert hi == len(hit.text) or hit.text[hi].isspace()
