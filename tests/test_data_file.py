"""The shipped knowledge file: complete, cited, and true to its sources."""

from __future__ import annotations

import pytest

from antidep_cli.knowledge.model import DRUGS, REFERENCES, Catalog, Drug, DrugClass, Measure, Role
from antidep_cli.knowledge.strength import level, level_for, nm as strength_nm
from antidep_cli.queries import query
from antidep_cli.queries.query import Index
from antidep_cli.queries.search import cited_by

USER_CLASSES = ["ssri", "snri", "ndri", "tca", "maoi", "nassa", "sari"]
NEWER_CLASSES = {
    "multimodal": ["vortioxetine"],
    "spari": ["vilazodone"],
    "nmda": ["esketamine", "ketamine", "esmethadone"],
    "melatonergic": ["agomelatine"],
    "neurosteroid": ["brexanolone", "zuranolone"],
}
# Every drug in the member tables of the domain brief.
BRIEF_DRUGS = {
    "ssri": ["fluoxetine", "citalopram", "paroxetine", "sertraline", "fluvoxamine", "escitalopram"],
    "snri": ["venlafaxine", "desvenlafaxine", "duloxetine", "milnacipran", "levomilnacipran"],
    "ndri": ["bupropion"],
    "tca": [
        "imipramine", "desipramine", "clomipramine", "trimipramine", "lofepramine", "amitriptyline",
        "nortriptyline", "protriptyline", "doxepin", "dosulepin", "amoxapine", "maprotiline",
    ],
    "maoi": ["phenelzine", "isocarboxazid", "tranylcypromine", "moclobemide", "selegiline"],
    "nassa": ["mirtazapine", "mianserin"],
    "sari": ["trazodone", "nefazodone"],
    **NEWER_CLASSES,
}  # fmt: skip
BRANDS = {
    "Prozac": "fluoxetine", "Zoloft": "sertraline", "Wellbutrin": "bupropion", "Remeron": "mirtazapine",
    "Effexor": "venlafaxine", "Cymbalta": "duloxetine", "Lexapro": "escitalopram", "Nardil": "phenelzine",
    "Parnate": "tranylcypromine", "Desyrel": "trazodone", "Trintellix": "vortioxetine", "Spravato": "esketamine",
    "Auvelity": "dextromethorphan-bupropion", "Emsam": "selegiline", "Valdoxan": "agomelatine",
    "Zulresso": "brexanolone", "Zurzuvae": "zuranolone", "Serzone": "nefazodone", "Fetzima": "levomilnacipran",
    "Viibryd": "vilazodone",
}  # fmt: skip
# Binding constants exactly as the brief's cited tables give them: (drug, target, measure, nM, reference).
BINDING = [
    ("sertraline", "DAT", Measure.KD, 25, "Tatsumi1997"),
    ("bupropion", "DAT", Measure.KD, 520, "Tatsumi1997"),
    ("bupropion", "NET", Measure.KD, 52000, "Tatsumi1997"),
    ("desipramine", "NET", Measure.KD, 0.8, "Tatsumi1997"),
    ("clomipramine", "SERT", Measure.KD, 0.3, "Tatsumi1997"),
    ("paroxetine", "SERT", Measure.KD, 0.13, "Tatsumi1997"),
    ("venlafaxine", "SERT", Measure.KD, 8.9, "Tatsumi1997"),
    ("duloxetine", "NET", Measure.KI, 7.5, "Bymaster2001"),
    ("desvenlafaxine", "SERT", Measure.KI, 40.2, "Deecher2006"),
    ("vortioxetine", "5-HT3", Measure.KI, 3.7, "LBL-vortioxetine"),
    ("levomilnacipran", "NET", Measure.KI, 91, "LBL-levomilnacipran"),
    ("doxepin", "H1", Measure.KD, 0.24, "RichelsonNelson1984"),
    ("maprotiline", "H1", Measure.KD, 0.79, "KanbaRichelson1984"),
    ("amoxapine", "D2", Measure.KD, 160, "RichelsonNelson1984"),
    ("mianserin", "alpha2", Measure.KD, 73, "RichelsonNelson1984"),
]
# What sets each drug apart, as the brief lists it: (drug, words that must appear in its entry).
DIFFERENCES = [
    ("paroxetine", "muscarinic"), ("paroxetine", "CYP2D6"), ("sertraline", "dopamine transporter"),
    ("fluvoxamine", "sigma-1"), ("fluvoxamine", "CYP1A2"), ("fluvoxamine", "agomelatine"),
    ("fluoxetine", "norfluoxetine"), ("fluoxetine", "5 weeks"), ("citalopram", "QT"), ("citalopram", "40 mg"),
    ("escitalopram", "S-enantiomer"), ("venlafaxine", "225–375 mg/day"), ("venlafaxine", "O-desmethylvenlafaxine"),
    ("desvenlafaxine", "glucuronidation"), ("duloxetine", "hepatotoxicity"), ("duloxetine", "moderate CYP2D6"),
    ("levomilnacipran", "functional"), ("levomilnacipran", "IC50"), ("milnacipran", "balanced"),
    ("bupropion", "hydroxybupropion"), ("bupropion", "14%"), ("bupropion", "seizure"),
    ("desipramine", "NET-selective"), ("clomipramine", "OCD"), ("amitriptyline", "anticholinergic"),
    ("doxepin", "hypnotic"), ("maprotiline", "NET-selective"), ("amoxapine", "D2"), ("trimipramine", "H1"),
    ("moclobemide", "Reversible"), ("moclobemide", "24 hours"), ("selegiline", "6 mg/24 h"),
    ("tranylcypromine", "tyramine"), ("phenelzine", "hydrazine"),
    ("trazodone", "Dose-dependent"), ("nefazodone", "hepatic failure"),
    ("nefazodone", "CYP3A4"), ("mirtazapine", "H1"), ("mianserin", "α2"), ("vortioxetine", "CYP2D6"),
    ("vilazodone", "food"), ("esketamine", "non-competitive"), ("esketamine", "REMS"),
    ("dextromethorphan-bupropion", "CYP2D6"), ("agomelatine", "CYP1A2"), ("agomelatine", "liver"),
    ("brexanolone", "60-hour"), ("zuranolone", "14 days"),
]  # fmt: skip


def _text(ix: Index, ident: str) -> str:
    entry = ix.items[ident]
    parts = [entry.name, *entry.synonyms, *(a.effect for a in entry.actions)]
    if isinstance(entry, DrugClass):
        parts += [entry.summary, *(s.text for s in entry.adaptations + entry.notes)]
    elif isinstance(entry, Drug):
        parts += [entry.note, *(s.text for s in entry.notes + entry.metabolism)]
    return " ".join(parts)


@pytest.mark.parametrize("ident", USER_CLASSES)
def test_user_named_classes_are_complete(index: Index, ident: str) -> None:
    c = index.items[ident]
    assert isinstance(c, DrugClass)
    assert c.abbreviation and c.name and c.mode_of_action and c.summary and c.atc
    assert c.synonyms, "plural and common names"
    assert any(a.role is Role.PRIMARY for a in c.actions)
    assert c.onset is not None and c.adaptations and c.side_effects
    assert query.members(index, ident)
    assert c.references


@pytest.mark.parametrize(("ident", "drugs"), NEWER_CLASSES.items())
def test_newer_mechanisms_are_classes(index: Index, ident: str, drugs: list[str]) -> None:
    assert [d.id for d in query.members(index, ident)] == drugs


@pytest.mark.parametrize(("ident", "drugs"), BRIEF_DRUGS.items())
def test_every_brief_drug_is_present_in_its_class(index: Index, ident: str, drugs: list[str]) -> None:
    assert set(drugs) <= {d.id for d in query.members(index, ident)}


def test_every_entry_and_action_cites(catalog: Catalog) -> None:
    entries: tuple[query.Item, ...] = (*catalog.classes, *catalog.drugs)
    for entry in entries:
        assert entry.references, entry.id
        for a in entry.actions:
            assert a.references, (entry.id, a.target)


def test_every_reference_is_cited_and_every_citation_resolves(index: Index) -> None:
    citing = cited_by(index, index.all(REFERENCES))  # raises KeyError for a citation that does not resolve
    uncited = [ref for ref, by in citing.items() if not by]
    assert not uncited


def test_identifiers_are_only_where_seen(catalog: Catalog) -> None:
    """Identifiers the domain brief records; any new one must be added here from a source."""
    pmids = {r.id: r.pmid for r in catalog.references if r.pmid}
    assert pmids["Tatsumi1997"] == "9537821"
    assert pmids["Santarelli2003"] == "12907793"
    assert pmids["Nutt1997"] == "9265949"
    # Richelson 1990: PMID and DOI read on its PubMed record
    assert (pmids["Richelson1990"], next(r for r in catalog.references if r.id == "Richelson1990").doi) == (
        "2169557",
        "10.1016/s0025-6196(12)62747-5",
    )


@pytest.mark.parametrize(("drug", "target", "measure", "value", "ref"), BINDING)
def test_binding_constants_match_their_source(
    index: Index, drug: str, target: str, measure: Measure, value: float, ref: str
) -> None:
    found = [b for b in query.drug(index, drug).binding if b.target == target and b.reference == ref]
    assert any((b.measure, b.value_nm, b.species) == (measure, value, "human") for b in found), found


def test_an_action_at_a_measured_target_takes_its_level_from_the_value(index: Index) -> None:
    from antidep_cli.queries import binding

    for d in index.all(DRUGS):
        for a in d.actions:
            s = binding.of_action(d, a)
            if s.binding is not None:
                assert a.affinity is None, (d.id, a.target)
                assert s.level == level(s.binding) == level_for(strength_nm(s.binding)), (d.id, a.target)


@pytest.mark.parametrize(("drug", "words"), DIFFERENCES)
def test_each_per_drug_difference_appears(index: Index, drug: str, words: str) -> None:
    assert words in _text(index, drug)


@pytest.mark.parametrize(("brand", "drug"), BRANDS.items())
def test_brand_names_resolve(index: Index, brand: str, drug: str) -> None:
    assert query.drug(index, brand).id == drug


def test_drug_atc_codes_sit_in_their_class_group(catalog: Catalog) -> None:
    groups = {c.id: c.atc for c in catalog.classes}
    exceptions = {"moclobemide": "N06AG02", "selegiline": "N04BD01", "ketamine": "N01AX03"}  # coded outside N06A*
    for d in catalog.drugs:
        if d.id in exceptions:
            assert d.atc == exceptions[d.id]
        elif d.drug_class and d.atc:
            assert d.atc.startswith(groups[d.drug_class] or ""), d.id


def test_combination_product_has_no_single_class(index: Index) -> None:
    combo = query.drug(index, "Auvelity")
    assert combo.drug_class is None
    assert combo.components == ("dextromethorphan", "bupropion")
    assert {a.component for a in combo.actions} == {"dextromethorphan", "bupropion"}


def test_reversible_and_irreversible_maois_are_distinguished(index: Index) -> None:
    def mao_a(drug: str) -> bool | None:
        return next(a.reversible for a in index.items[drug].actions if a.target == "MAO-A")

    assert mao_a("moclobemide") is True
    assert mao_a("phenelzine") is False and mao_a("tranylcypromine") is False and mao_a("selegiline") is False
