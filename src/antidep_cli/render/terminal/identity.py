"""A drug's identity lines: brand names by country and database identifiers, as links."""

from __future__ import annotations

from rich.text import Text

from antidep_cli.knowledge.model import Drug, LigandXrefs

LINKS = {
    "GtoPdb": "https://www.guidetopharmacology.org/GRAC/LigandDisplayForward?ligandId={}",
    "PubChem": "https://pubchem.ncbi.nlm.nih.gov/compound/{}",
    "ChEMBL": "https://www.ebi.ac.uk/chembl/compound_report_card/{}/",
    "DrugBank": "https://go.drugbank.com/drugs/{}",
}


COUNTRY_ORDER = ("US", "UK", "EU", "CA", "AU", "JP")


def brand_lines(d: Drug) -> list[Text]:
    """``Brands: US Lexapro · UK Cipralex · …``, grouped by country; national EU brands name their states."""
    by_country: dict[str, list[str]] = {}
    for b in d.brands:
        states = b.member_states
        where = (
            f" ({', '.join(states)})" if 0 < len(states) <= 3 else f" ({len(states)} member states)" if states else ""
        )
        by_country.setdefault(b.country, []).append(b.name + where)
    if not by_country:
        return []
    line = Text("Brands: ", style="dim")
    for i, country in enumerate(c for c in COUNTRY_ORDER if c in by_country):
        if i:
            line.append(" · ", style="dim")
        line.append(f"{country} ", style="bold")
        line.append(", ".join(dict.fromkeys(by_country[country])))
    return [line]


def xref_line(x: LigandXrefs | None) -> Text | None:
    """``IDs: GtoPdb 203 · PubChem 3386 · ChEMBL CHEMBL41 · DrugBank DB00472``, each a terminal link."""
    if x is None:
        return None
    line = Text("IDs: ", style="dim")
    values = {"GtoPdb": x.gtopdb_ligand, "PubChem": x.pubchem_cid, "ChEMBL": x.chembl, "DrugBank": x.drugbank}
    shown = [(db, value) for db, value in values.items() if value]
    for i, (db, value) in enumerate(shown):
        line.append(f"{db} ")
        line.append(value, style=f"link {LINKS[db].format(value)}")
        if i < len(shown) - 1:
            line.append(" · ", style="dim")
    return line
