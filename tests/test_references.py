"""Every reference of the shipped knowledge file resolves, is dated and is cited (issue 8, part 1).

The year rule: a citation names a four-digit year (1900–2099). A label, web page or book
chapter whose publication or revision year was not printed where it was read may instead
carry a ``url`` with its ``accessed`` date; that date then stands for the version cited.
A work indexed in PubMed (it has a PMID) must name its year.
"""

from __future__ import annotations

import json
import re

import pytest

from antidep_cli.knowledge.model import REFERENCES, Catalog, Reference
from antidep_cli.queries.query import Index
from antidep_cli.queries.search import cited_by

PMID = re.compile(r"[1-9]\d{0,8}")
DOI = re.compile(r"10\.\d{4,9}/\S+")
URL = re.compile(r"https?://\S+")
DATE = re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
YEAR = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")
VAGUE = ("Educational page", "Abstract on", "Drug-information page", "Encyclopedia mirror", "Wikipedia")
MIRRORS = ("wikipedia.org", "wikimili", "piglix", "wikem", "gpnotebook", "psychscenehub", "cafermed")


def _refs(catalog: Catalog) -> list[Reference]:
    return list(catalog.references)


def test_every_reference_has_a_resolvable_identifier(catalog: Catalog) -> None:
    missing = [r.id for r in _refs(catalog) if not (r.pmid or r.doi or r.url or r.read_at)]
    assert not missing, f"references without PMID, DOI, URL or a copy read at: {missing}"


def test_identifiers_are_well_formed(catalog: Catalog) -> None:
    for r in _refs(catalog):
        assert r.pmid is None or PMID.fullmatch(r.pmid), (r.id, r.pmid)
        assert r.doi is None or DOI.fullmatch(r.doi), (r.id, r.doi)
        assert r.url is None or URL.fullmatch(r.url), (r.id, r.url)
        if r.url is not None:
            assert r.accessed is not None and DATE.fullmatch(r.accessed), f"{r.id}: a url needs its accessed date"


def test_every_citation_has_a_year(catalog: Catalog) -> None:
    for r in _refs(catalog):
        dated_page = (r.url or r.read_at) is not None and r.accessed is not None and r.pmid is None
        assert YEAR.search(r.citation) or dated_page, f"{r.id}: no year in {r.citation!r}"


def test_no_reference_is_vague_or_a_mirror_of_an_encyclopedia(catalog: Catalog) -> None:
    for r in _refs(catalog):
        assert not r.citation.startswith(VAGUE), (r.id, r.citation)
        assert not any(m in (r.url or "").lower() for m in MIRRORS), (r.id, r.url)


def test_no_reference_is_uncited(index: Index) -> None:
    citing = cited_by(index, index.all(REFERENCES))
    assert not [ref for ref, labels in citing.items() if not labels]


@pytest.mark.parametrize(
    ("ident", "pmid", "doi"),
    [
        ("Tatsumi1997", "9537821", "10.1016/s0014-2999(97)01393-9"),
        ("Iversen2006", "16402124", "10.1038/sj.bjp.0706428"),
        ("Finberg2016", "27803666", "10.3389/fphar.2016.00340"),
        ("Blier1998", "9928258", "10.1111/j.1749-6632.1998.tb10192.x"),
        ("Isbister2009", "19552753", "10.1111/j.1365-2125.2009.03382.x"),
    ],
)
def test_audited_identifiers_match_the_sources_seen(catalog: Catalog, ident: str, pmid: str, doi: str) -> None:
    ref = next(r for r in catalog.references if r.id == ident)
    assert (ref.pmid, ref.doi) == (pmid, doi)


def test_a_url_is_where_the_work_lives_never_a_copy(catalog: Catalog) -> None:
    """Copies of any provenance stand only as read_at; a url names a PMID/DOI page or the work's keeper."""
    from antidep_cli.knowledge import provenance

    copies = [(r.id, r.url) for r in _refs(catalog) if r.url and not provenance.canonical_kind(r.url)]
    assert not copies


def test_most_references_name_a_canonical_location(catalog: Catalog) -> None:
    from antidep_cli.knowledge import provenance

    refs = _refs(catalog)
    share = sum(provenance.is_canonical(r) for r in refs) / len(refs)
    assert share >= 0.92, f"{share:.0%} of references name a canonical location"


@pytest.mark.parametrize(
    ("url", "read_at", "doi", "unknown"),
    [
        (None, "http://www.geocities.ws/adrforall2008/WellXLNDAPg35.html", None, True),
        (None, "https://docslib.org/doc/9628722/summary-of-product-characteristics", None, True),
        (None, "https://prdmimsweb.azurewebsites.net/hongkong/drug/info/cipram", None, True),
        (None, None, None, True),
        (None, "https://medlibrary.org/lib/rx/meds/citalopram-52/page/4/", None, False),
        (None, "https://ch.oddb.org:443/en/gcc/fachinfo/reg/56732/chapter/un", None, False),
        (None, "https://www.biopsychiatry.com/paroxfluvox.htm", "10.5555/example", False),
        ("https://www.ema.europa.eu/medicines/human/EPAR/Reagila", "https://blog.example/x", None, False),
    ],
)
def test_a_copy_of_unknown_provenance_is_told_apart_from_a_known_reproduction(
    url: str | None, read_at: str | None, doi: str | None, unknown: bool
) -> None:
    from antidep_cli.knowledge import provenance

    ref = Reference(id="x", citation="x", url=url, read_at=read_at, doi=doi)
    assert provenance.of_unknown_provenance(ref) is unknown
    assert any("unknown provenance" in c for c in provenance.concerns(ref)) is unknown


def test_no_copy_of_unknown_provenance_stands_as_a_source(catalog: Catalog) -> None:
    """A reference with no canonical location rests on its copy; only a known reproducer's copy may do that."""
    from antidep_cli.knowledge import provenance

    assert not [r.id for r in _refs(catalog) if provenance.of_unknown_provenance(r)]


def test_claims_read_only_on_copies_were_re_read_or_removed(catalog: Catalog) -> None:
    """Corrections from re-reading at the canonical source: each claim now says what that source says."""
    drugs = {d.id: d for d in catalog.drugs}
    ids = {r.id for r in catalog.references}
    assert not ids & {"FDA-NR-zuranolone-2023", "fpnotebook-gepirone", "PI-valdoxan-AU", "SUKL-quetiapine-SmPC"}
    norquetiapine = drugs["quetiapine"].metabolism[0]
    assert "preference for CYP2D6" in norquetiapine.text and norquetiapine.references == ("PMID22688609",)
    assert "4 August" not in drugs["zuranolone"].notes[0].text  # the date was seen only on a mirror of the release
    assert "rejected" not in drugs["gepirone"].regulatory[0].detail


GONE_WITH_THEIR_COPIES = (
    "LBL-fluvoxamine-US",  # Luvox CR label read on an unrelated Chinese site
    "CSP-paroxetine-EU",  # a core safety profile on a document-sharing site
    "SmPC-dosulepin-IE",
    "LBL-phenelzine-CA",
    "LBL-bupropion-US-2",  # an old label on a personal geocities page
    "FDA-tianeptine-2025",  # an FDA article re-posted by a press-release service
    "SmPC-citalopram-HK",  # a MIMS development host; MIMS's own page lacks the text
    "OX-185131",  # a university record without authors or journal
    "CUNI-esketamine",
    "Crossley2007",  # figures read in a clinic's summary
)


def test_claims_that_rested_on_a_copy_of_unknown_provenance_were_re_read_or_removed(catalog: Catalog) -> None:
    refs = {r.id for r in catalog.references}
    assert not refs & set(GONE_WITH_THEIR_COPIES)
    assert not {"fluvoxamine-maoi-label", "fluvoxamine-thioridazine-label"} & {i.id for i in catalog.interactions}
    drugs = {d.id: d for d in catalog.drugs}
    nomifensine = next(r for r in drugs["nomifensine"].regulatory if r.country == "UK")
    assert "by its manufacturer" in nomifensine.detail and nomifensine.references == ("Stonier1992",)
    tianeptine = next(r for r in drugs["tianeptine"].regulatory if r.country == "US")
    assert tianeptine.references == ("ElZahran2018", "Quadir2024") and "FDA warns" not in tianeptine.detail
    bupropion = drugs["bupropion"].side_effects
    assert {se.references for se in bupropion} == {("LBL-wellbutrin-SR-US",)} and len(bupropion) == 17
    assert all(se.frequency and "≥2% more than placebo" in se.frequency.threshold for se in bupropion)
    pk = drugs["mirtazapine"].pharmacokinetics
    assert pk is not None and pk.half_life_h == (20, 40) and "PMID9017762" in pk.references


def test_one_record_per_work(catalog: Catalog) -> None:
    """No two references share a PMID or a DOI: a work read twice is one record, cited from both places."""
    seen: dict[tuple[str, str], str] = {}
    twice = []
    for r in catalog.references:
        for key in (("pmid", r.pmid or ""), ("doi", (r.doi or "").casefold())):
            if key[1]:
                if key in seen:
                    twice.append((seen[key], r.id))
                seen[key] = r.id
    assert not twice, twice
    refs = {r.id: r for r in catalog.references}
    # an ASHP news item is not the FDA's notice in JAMA, though both report the Serzone warning
    assert refs["ASHP2002-nefazodone"].doi is None and refs["FDA-JAMA2002"].doi == "10.1001/jama.287.9.1103"
    # a dictionary entry had been given the DOI of the review that replaced it; the reference is now that review
    assert refs["Rautio2008"].doi == "10.1038/nrd2468" and refs["Rautio2008"].citation.startswith("Rautio J")


FOREIGN_TO_FDA = ("Swiss", "Swissmedic", "Fachinformation", "Canad", "SmPC", "Summary of Product Characteristics")


def test_a_label_is_never_located_at_another_countrys_label_record(catalog: Catalog) -> None:
    """A Swiss, Canadian or European text is not the US label: its url is never a DailyMed or FDA record."""
    wrong = [
        r.id
        for r in catalog.references
        if r.url and ("dailymed" in r.url or "fda.gov" in r.url) and any(w in r.citation for w in FOREIGN_TO_FDA)
    ]
    assert not wrong, wrong
    refs = {r.id: r for r in catalog.references}
    # a brand's or another labeler's text is not the generic label record that shares the drug's name
    assert all(refs[i].url is None for i in ("LBL-amitriptyline-US-2", "LBL-fluvoxamine-US-2"))


def test_sources_check_lists_the_concerns_offline() -> None:
    from tests.conftest import run

    result = run("sources", "--check", "--json")
    assert result.exit_code == 0 and "reference(s) with a concern" in result.stderr
    rows = json.loads(result.stdout)
    assert rows and all(row["concerns"] for row in rows)
    assert all("url" not in row or "copy" not in " ".join(row["concerns"]) for row in rows)


def test_check_warns_about_references_without_a_canonical_location() -> None:
    from tests.conftest import run

    result = run("check")
    assert result.exit_code == 0 and "(antidep sources --check)" in result.stderr
