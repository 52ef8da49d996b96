"""Issue 9: added antidepressants, adjuncts, TRD, neuromodulation, pharmacogenomics and regions, pinned to sources."""

from __future__ import annotations

import json

import pytest

from antidep_cli.knowledge.model import Approval, Catalog, Drug, Measure, Pharmacogenomics, Phenotype, Status
from tests.conftest import run


def _drug(catalog: Catalog, ident: str) -> Drug:
    return next(d for d in catalog.drugs if d.id == ident)


# (drug, class): each added drug sits in a class that states its mechanism.
CLASSES = [
    ("gepirone", "azapirone"), ("reboxetine", "nri"), ("tianeptine", "mor-agonist"), ("nomifensine", "ndri"),
    ("aripiprazole", "sga-adjunct"), ("brexpiprazole", "sga-adjunct"), ("cariprazine", "sga-adjunct"),
    ("quetiapine", "sga-adjunct"), ("olanzapine", "sga-adjunct"), ("lithium", "mood-stabiliser"),
    ("liothyronine", "thyroid-hormone"), ("ketamine", "nmda"), ("esmethadone", "nmda"),
]  # fmt: skip

# (drug, country, status, year or None, reference): every regulatory status, with the source it rests on.
REGULATORY = [
    ("gepirone", "US", Approval.APPROVED, 2023, "Healio2023-exxua"),
    ("reboxetine", "UK", Approval.APPROVED, None, "SmPC-reboxetine-UK"),
    ("reboxetine", "AU", Approval.APPROVED, None, "ARTG-edronax"),
    ("reboxetine", "US", Approval.NEVER, 2001, "Wieseler2010"),
    ("tianeptine", "FR", Approval.APPROVED, 1987, "almed-stablon"),
    ("tianeptine", "US", Approval.NEVER, None, "ElZahran2018"),
    ("nomifensine", "US", Approval.WITHDRAWN, 1986, "PinkSheet1986-nomifensine"),
    ("nomifensine", "UK", Approval.WITHDRAWN, 1986, "Stonier1992"),
    ("aripiprazole", "US", Approval.ADJUNCT, None, "LBL-aripiprazole-US"),
    ("aripiprazole", "CA", Approval.ADJUNCT, None, "BMS-abilify-CA"),
    ("aripiprazole", "JP", Approval.ADJUNCT, 2013, "Mixonline2013-abilify-JP"),
    ("aripiprazole", "EU", Approval.OTHER, None, "SmPC-abilify-EU-2009"),
    ("brexpiprazole", "US", Approval.ADJUNCT, 2015, "MDedge-brexpiprazole"),
    ("brexpiprazole", "CA", Approval.ADJUNCT, 2019, "Otsuka-CA-2019"),
    ("brexpiprazole", "JP", Approval.ADJUNCT, 2023, "Otsuka2023-rexulti-JP"),
    ("brexpiprazole", "EU", Approval.OTHER, None, "EMA-Rxulti-opinion"),
    ("brexpiprazole", "AU", Approval.OTHER, None, "NPS-rexulti-AU"),
    ("cariprazine", "US", Approval.ADJUNCT, 2022, "PharmaNewsIntel2022-vraylar"),
    ("cariprazine", "EU", Approval.OTHER, None, "EMA-reagila"),
    ("quetiapine", "US", Approval.ADJUNCT, 2009, "AZ-2009-SeroquelXR"),
    ("quetiapine", "UK", Approval.ADJUNCT, 2010, "MIMS-SeroquelXL-UK"),
    ("olanzapine-fluoxetine", "US", Approval.APPROVED, 2009, "HealthDay2009-symbyax"),
    ("lithium", "UK", Approval.APPROVED, None, "SmPC-Priadel-UK"),
    ("lithium", "US", Approval.OTHER, None, "LBL-lithium-US"),
    ("liothyronine", "US", Approval.OTHER, None, "AHFS-liothyronine"),
    ("ketamine", "US", Approval.OTHER, None, "Scripps2023-ketamine"),
    ("esmethadone", "US", Approval.INVESTIGATIONAL, None, "JCP-esmethadone-12m"),
]

# Binding constants exactly as their sources give them: (drug, target, nM, measure, species, reference).
BINDING = [
    ("tianeptine", "MOR", 383, Measure.KI, "human", "Gassaway2014"),
]

# (rule id, days, reference): the MAOI label rules of the added drugs.
WASHOUTS = {
    "gepirone-after-maoi-us": (14, "RxR-exxua"),
    "tianeptine-after-maoi-eu": (14, "SmPC-tianeptine-FR"),
    "tianeptine-before-maoi-eu": (1, "SmPC-tianeptine-FR"),
    "reboxetine-with-maoi-uk": (None, "RxR-edronax"),
    "milnacipran-before-maoi-us": (5, "LBL-milnacipran-US"),
    "milnacipran-after-maoi-us": (14, "LBL-milnacipran-US"),
    "gepirone-before-maoi": (14, "Medscape-gepirone"),
}


@pytest.mark.parametrize(("drug", "cls"), CLASSES)
def test_added_drugs_sit_in_their_mechanism_class(catalog: Catalog, drug: str, cls: str) -> None:
    d = _drug(catalog, drug)
    assert d.drug_class == cls
    assert d.actions and all(a.references for a in d.actions)


@pytest.mark.parametrize(("drug", "country", "status", "year", "ref"), REGULATORY)
def test_regulatory_status_rests_on_its_source(
    catalog: Catalog, drug: str, country: str, status: Approval, year: int | None, ref: str
) -> None:
    (entry,) = [r for r in _drug(catalog, drug).regulatory if r.country == country]
    assert (entry.status, entry.year) == (status, year)
    assert ref in entry.references


@pytest.mark.parametrize(("drug", "target", "nm", "measure", "species", "ref"), BINDING)
def test_added_binding_constants_match_their_source(
    catalog: Catalog, drug: str, target: str, nm: float, measure: Measure, species: str, ref: str
) -> None:
    found = [(b.value_nm, b.measure, b.species) for b in _drug(catalog, drug).binding if b.target == target]
    assert (nm, measure, species) in found
    assert any(b.reference == ref for b in _drug(catalog, drug).binding if b.value_nm == nm)


def test_norquetiapine_value_is_the_metabolites_not_quetiapines(catalog: Catalog) -> None:
    """Jensen et al. measured 12 nM for N-desalkylquetiapine at the human NET; quetiapine itself is far weaker."""
    (metabolite,) = [b for b in _drug(catalog, "quetiapine").binding if b.molecule]
    assert (metabolite.molecule, metabolite.target, metabolite.value_nm) == ("norquetiapine", "NET", 12)
    result = run("profile", "quetiapine", "--json")
    net = next(c for c in json.loads(result.stdout)["drugs"][0]["cells"] if c["target"] == "NET")
    assert net["value_nm"] == 927 and "molecule" not in net


def test_quetiapine_metabolite_actions_say_so(catalog: Catalog) -> None:
    actions = {a.target: a for a in _drug(catalog, "quetiapine").actions}
    assert "norquetiapine" in actions["NET"].effect and "norquetiapine" in actions["5-HT1A"].effect
    assert any("norquetiapine" in s.text for s in _drug(catalog, "quetiapine").metabolism)


def test_label_washouts_of_added_drugs(catalog: Catalog) -> None:
    found = {w.id: (w.days, w.references[0]) for w in catalog.washouts if w.id in WASHOUTS}
    assert found == WASHOUTS


def test_stard_remission_figures_are_the_abstracts(catalog: Catalog) -> None:
    (stard,) = [t for t in catalog.trd if t.id == "stard"]
    first = stard.items[0]
    assert "36.8%, 30.6%, 13.7% and 13.0%" in first.text and "67%" in first.text
    assert first.references == ("Rush2006-STARD",)
    refs = {r.id: r for r in catalog.references}
    assert (refs["Rush2006-STARD"].pmid, refs["Rush2006-STARD"].doi) == ("17074942", "10.1176/ajp.2006.163.11.1905")
    assert "15.9%" in stard.items[2].text and "24.7%" in stard.items[2].text


def test_trd_topics_and_stage_links(catalog: Catalog) -> None:
    assert [t.id for t in catalog.trd] == ["definition", "prevalence", "confounders", "stages", "stard"]
    links = {link for t in catalog.trd for i in t.items for link in i.links}
    assert {"lithium", "liothyronine", "aripiprazole", "quetiapine", "esketamine", "ketamine"} <= links
    assert {"rtms", "ect", "vns", "sga-adjunct"} <= links
    confounders = " ".join(i.text for t in catalog.trd if t.id == "confounders" for i in t.items)
    for word in ("Dose", "Duration", "Adherence", "Side effects", "Comorbidity", "Stressors", "CYP450", "Interactions"):
        assert word in confounders


def test_neuromodulation_milestones(catalog: Catalog) -> None:
    n = {e.id: e for e in catalog.neuromodulation}
    assert set(n) == {"rtms", "ect", "vns"}
    years = {(e, m.year, m.country) for e, t in n.items() for m in t.milestones}
    assert {("rtms", 2008, "US"), ("rtms", 2019, "US"), ("vns", 2005, "US"), ("vns", 2020, "UK")} <= years
    assert "iTBS" in n["rtms"].synonyms
    assert all(s.status is not Status.ESTABLISHED for s in n["vns"].adaptations)


def test_pharmacogenomics_is_cpic_with_its_guideline(catalog: Catalog) -> None:
    pgx = {(d.id, p.gene): p for d in catalog.drugs for p in d.pharmacogenomics}
    tca = {
        ("amitriptyline", "CYP2D6"), ("amitriptyline", "CYP2C19"), ("nortriptyline", "CYP2D6"), ("desipramine", "CYP2D6"),
        *((d, g) for d in ("imipramine", "clomipramine", "doxepin", "trimipramine") for g in ("CYP2D6", "CYP2C19")),
    }  # fmt: skip
    sri = {
        ("citalopram", "CYP2C19"), ("escitalopram", "CYP2C19"), ("sertraline", "CYP2C19"), ("sertraline", "CYP2B6"),
        ("paroxetine", "CYP2D6"), ("fluvoxamine", "CYP2D6"), ("venlafaxine", "CYP2D6"), ("vortioxetine", "CYP2D6"),
    }  # fmt: skip
    assert set(pgx) == tca | sri
    assert {k for k, p in pgx.items() if p.guideline == "CPIC-TCA-2017"} == tca
    assert {k for k, p in pgx.items() if p.guideline == "CPIC-SRI-2023"} == sri
    refs = {r.id: r for r in catalog.references}
    assert (refs["CPIC-TCA-2017"].pmid, refs["CPIC-TCA-2017"].doi) == ("27997040", "10.1002/cpt.597")
    assert (refs["CPIC-SRI-2023"].pmid, refs["CPIC-SRI-2023"].doi) == ("37032427", "10.1002/cpt.2903")
    # the database release is where the rows live; the PharmCAT commit is where they were read
    assert refs["CPIC-db-v1.28"].url == "https://github.com/cpicpgx/cpic-data/releases/tag/v1.28.0"
    assert "4cdfc34d990ebb320a9824831a90d136acfabd7b" in (refs["CPIC-db-v1.28"].read_at or "")
    assert "05473404505229ce76493552a56615ff5d3a017a" in (refs["CPIC-db-v1.10"].read_at or "")


def _phenotype(pgx: Pharmacogenomics, name: str) -> Phenotype:
    return next(p for p in pgx.phenotypes if p.phenotype == name)


@pytest.mark.parametrize(
    ("drug", "gene", "phenotype", "strength", "opening"),
    [
        # CPIC 2023 (database v1.28.0), citalopram.json, sertraline.json, vortioxetine.json …
        ("citalopram", "CYP2C19", "poor metabolizer", "strong", "Consider a clinically appropriate antidepressant"),
        ("escitalopram", "CYP2C19", "rapid metabolizer", "optional", "Initiate therapy with recommended starting dose."),
        ("sertraline", "CYP2B6", "poor metabolizer (with a CYP2C19 normal metabolizer)", "optional",
         "Consider a lower starting dose, slower titration schedule and 25% reduction"),
        ("sertraline", "CYP2C19", "poor metabolizer (with a CYP2B6 normal metabolizer)", "moderate",
         "Consider a lower starting dose, slower titration schedule and 50% reduction"),
        ("paroxetine", "CYP2D6", "ultrarapid metabolizer", "moderate", "Select alternative drug not predominantly"),
        ("fluvoxamine", "CYP2D6", "poor metabolizer", "optional", "Consider a 25-50% lower starting dose"),
        ("vortioxetine", "CYP2D6", "poor metabolizer", "moderate", "Initiate 50% of starting dose (e.g., 5 mg)"),
        ("venlafaxine", "CYP2D6", "poor metabolizer", "optional", "Consider a clinically appropriate alternative"),
        # CPIC 2016 tricyclic guideline (database v1.10): the other tricyclics are "optional"
        ("clomipramine", "CYP2C19", "poor metabolizer (with a CYP2D6 normal metabolizer)", "optional",
         "Avoid clomipramine use. If clomipramine is warranted, consider a 50% reduction"),
        ("imipramine", "CYP2D6", "ultrarapid metabolizer (with a CYP2C19 normal metabolizer)", "optional",
         "Avoid imipramine use; If imipramine is warranted, consider titrating to a higher target dose"),
        ("desipramine", "CYP2D6", "intermediate metabolizer", "optional", "Consider a 25% reduction"),
        ("nortriptyline", "CYP2D6", "intermediate metabolizer (activity score 0.25–0.5)", "moderate",
         "Consider a 25% reduction"),
        ("nortriptyline", "CYP2D6", "intermediate metabolizer (activity score 0.75–1.0)", "optional",
         "Consider a 25% reduction"),
        ("amitriptyline", "CYP2C19", "poor metabolizer (with a CYP2D6 normal metabolizer)", "moderate",
         "Avoid amitriptyline use."),
    ],
)  # fmt: skip
def test_cpic_wording_and_strength(
    catalog: Catalog, drug: str, gene: str, phenotype: str, strength: str, opening: str
) -> None:
    pgx = next(p for p in _drug(catalog, drug).pharmacogenomics if p.gene == gene)
    row = _phenotype(pgx, phenotype)
    assert row.strength == strength
    assert row.recommendation.startswith(opening)


def test_drug_page_shows_cpic_and_search_finds_cyp2b6() -> None:
    page = run("drug", "sertraline").stdout
    assert "CYP2B6" in page and "not dosing advice" in page
    hits = json.loads(run("search", "CYP2B6", "--json").stdout)
    assert any(h["id"] == "sertraline" for h in hits)


def test_regions_are_named_by_cited_statements(catalog: Catalog) -> None:
    assert {r.id for r in catalog.regions} == {
        "prefrontal-cortex", "hippocampus", "amygdala", "raphe-nuclei", "locus-coeruleus",
    }  # fmt: skip
    named = [s for c in catalog.classes for s in c.timeline() if s.regions]
    named += [s for n in catalog.neuromodulation for s in n.adaptations if s.regions]
    assert {r for s in named for r in s.regions} == {r.id for r in catalog.regions}


def test_class_statements_name_the_regions_their_sources_observe(catalog: Catalog) -> None:
    tagged = {(c.id, s.regions, s.references[0]) for c in catalog.classes for s in c.timeline() if s.regions}
    assert tagged == {
        ("ssri", ("raphe-nuclei",), "Blier1998"),  # the acute brake, then autoreceptor desensitisation
        ("ssri", ("hippocampus",), "Santarelli2003"),  # neurogenesis required in mice
        ("ssri", ("amygdala", "hippocampus", "prefrontal-cortex"), "Harmer2006"),  # 7 days of citalopram
        ("ssri", ("locus-coeruleus",), "BJP1999-LC"),  # long-term SSRI slows LC firing in rats
        ("snri", ("raphe-nuclei",), "Blier1998"),
        ("snri", ("hippocampus",), "Levy2018"),
        ("tca", ("raphe-nuclei",), "Blier1998"),
        ("maoi", ("raphe-nuclei",), "Science1970-MAOI-raphe"),
    }


def test_explain_and_show_name_regions_by_their_names() -> None:
    explained = run("explain", "ssri")
    assert "In: Amygdala, Hippocampus, Prefrontal cortex" in explained.stdout
    shown = run("show", "ssri", "--section", "timeline")
    assert "(in: Locus coeruleus)" in " ".join(shown.stdout.split())


def test_lithium_is_a_drug_that_keeps_its_serotonergic_trait(catalog: Catalog) -> None:
    assert "lithium" not in {a.id for a in catalog.agents}
    assert [t.property for t in _drug(catalog, "lithium").traits] == ["serotonergic"]
    result = run("combine", "lithium", "sertraline", "--json")
    assert result.exit_code == 0
    assert "serotonin" in result.stdout.lower()


def test_drug_lithium_shows_its_status() -> None:
    result = run("drug", "lithium")
    assert result.exit_code == 0
    assert "UK approved" in result.stdout and "US other indications only" in result.stdout


def test_show_rtms_and_explain_ect() -> None:
    shown = run("show", "rtms")
    assert shown.exit_code == 0 and "not a drug" in shown.stdout and "NeuroStar" in shown.stdout
    explained = run("explain", "ect")
    assert explained.exit_code == 0 and "hippocampus" in explained.stdout


def test_trd_json() -> None:
    result = run("trd", "--json")
    assert result.exit_code == 0
    topics = json.loads(result.stdout)
    assert [t["id"] for t in topics][-1] == "stard"


def test_search_cyp2c19_finds_the_guideline() -> None:
    result = run("search", "CYP2C19", "--json")
    assert result.exit_code == 0
    assert "pharmacogenomics" in result.stdout and "escitalopram" in result.stdout


@pytest.mark.parametrize("args", [("combine", "rtms", "sertraline"), ("switch", "ect", "maoi")])
def test_combine_and_switch_refuse_neuromodulation(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.exit_code == 1 and result.stdout == ""
    assert "neuromodulation treatment, not a drug" in result.stderr
    assert "Traceback" not in result.stderr


def test_gepirone_has_no_invented_atc(catalog: Catalog) -> None:
    assert _drug(catalog, "gepirone").atc is None
    assert "ATC: —" in run("drug", "gepirone").stdout


@pytest.mark.parametrize("section", ["pharmacogenomics", "pgx"])
def test_pharmacogenomics_is_one_line_per_gene_and_its_table_a_section(section: str) -> None:
    page = run("drug", "escitalopram", "--section", section).stdout
    assert "Pharmacogenomics (CPIC)" in page and "Recommendation" in page and "not dosing advice" in page
    assert "What sets it apart" not in page
    whole = run("drug", "escitalopram").stdout
    assert "CYP2C19 4 phenotypes" in whole and "Recommendation" not in whole
    assert "Metabolism and interactions" in run("drug", "escitalopram", "--section", "pharmacokinetics").stdout
