"""Where a reference lives: whether its ``url`` is a canonical location, and what a check should say about it.

A canonical location is a PMID or DOI, or a page kept by the work's own keeper: a
regulator or its label record, a guideline body, a database, a journal or book
publisher, or the maker of a product. Anything else (a drug-information site's
reproduction, a document mirror, a forum) is a copy and belongs in ``read_at``.

A reference with no canonical location rests on its copy alone. That copy must then come from
a service known to reproduce a named regulator's or publisher's document faithfully; a copy of
unknown provenance (a document-sharing site, a blog, a news re-post, a development host)
never stands as a source.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from antidep_cli.knowledge.model import Reference

# Hosts (or their parent domains) that keep works themselves, by kind.
CANONICAL = {
    "regulators and their label records": (
        "dailymed.nlm.nih.gov",
        "fda.gov",
        "accessdata.fda.gov",
        "ema.europa.eu",
        "medicines.org.uk",
        "medicines.ie",  # Ireland's compendium of the holders' approved SmPCs and leaflets, as the EMC is the UK's
        "mhra.gov.uk",
        "hres.ca",
        "canada.ca",
        "canadiensensante.gc.ca",
        "healthycanadians.gc.ca",
        "hpfb-dgpsa.ca",
        "tga.gov.au",
        "pmda.go.jp",
        "mhlw.go.jp",
        "ansm.sante.fr",
        "medicaments.gouv.fr",
        "medsafe.govt.nz",
        "hpra.ie",
        "aemps.es",
        "agenziafarmaco.gov.it",
        "govinfo.gov",
        "formulary.health.gov.on.ca",
        "health.gov.on.ca",
        "who.int",
        "gov.uk",
        "ec.europa.eu",
    ),
    "literature databases and identifiers": ("pubmed.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov", "doi.org", "europepmc.org"),
    "guideline bodies": ("nice.org.uk", "cpicpgx.org", "nhs.uk"),
    "educational references, for their own entries": (
        "pharmacologycanada.org",
        "pallipedia.org",
        "jovanaeducation.com",
    ),
    "databases": (
        "guidetopharmacology.org",
        "ebi.ac.uk",
        "drugbank.com",
        "drugbank.ca",
        "pubchem.ncbi.nlm.nih.gov",
        "ncats.io",
        "atcddd.fhi.no",
        "cancer.gov",
        "pkis.org",
        "pypi.org",
        "github.com/cpicpgx",
        "kegg.jp",
        "genome.jp",
        "pharmgkb.org",
    ),
    "publishers": (
        "aspetjournals.org",
        "cambridge.org",
        "nature.com",
        "lww.com",
        "psychiatrist.com",
        "medicalletter.org",
        "acnp.org",
        "mhmedical.com",
        "unboundmedicine.com",
        "springer.com",
        "wiley.com",
        "sciencedirect.com",
        "elsevier.com",
        "bmj.com",
        "tandfonline.com",
        "sagepub.com",
        "oup.com",
        "jamanetwork.com",
        "nejm.org",
        "thelancet.com",
        "frontiersin.org",
        "mdpi.com",
        "psychopharmacologyinstitute.com",
        "pharmacist.com",
        "ashp.org",
        "mdedge.com",
        "australianprescriber.tg.org.au",
        "nps.org.au",
        "journals.co.za",
        "scielo",
        "portlandpress.com",
        "statpearls.com",
        "medscape.com",
        "pharmacologyeducation.org",
        "mims.co.uk",
        "mims.com",
        "psychiatryonline.org",
        "taylorfrancis.com",
        "karger.com",
        "thieme-connect.com",
        "cmaj.ca",
        "annals.org",
        "s-space.snu.ac.kr",
    ),
    "news outlets, for their own reports": (
        "psychiatrictimes.com",
        "healio.com",
        "thecarlatreport.com",
        "pharmaintelligence.informa.com",
        "centerwatch.com",
        "foxnews.com",
        "healthday.com",
        "pharmanewsintel.com",
        "mixonline.jp",
        "amednews.com",
        "scrippsnews.com",
        "hcplive.com",
    ),
    "makers of products": (
        "pfizer",
        "lilly",
        "jnjmedicalconnect.com",
        "janssen",
        "spravatohcp.com",
        "emsam",
        "pristiq",
        "teva",
        "mallinckrodt.com",
        "sudafed.ca",
        "takeda.com",
        "takedamed.com",
        "abbvie",
        "otsuka",
        "lundbeck",
        "organon",
        "trintellix",
        "auvelity",
        "zurzuvaehcp.com",
        "rexultihcp.com",
        "remeronsoltab.com",
        "wellbutrinxl.com",
        "gsk",
        "novartis",
        "servier",
        "bmscanada.ca",
        "astrazeneca.com",
    ),
}


# Services that reproduce a named document (a label, an SmPC, a regulator's record, a MEDLINE record) and say which.
REPRODUCERS = (
    "medlibrary.org",
    "drugs.com",
    "rxlist.com",
    "druglib.com",
    "rxreasoner.com",
    "drugcentral.org",
    "medthority.com",
    "prescriberpoint.com",
    "oddb.org",
    "myhealthbox.eu",
    "rxmed.com",
    "mydr.com.au",
    "510k.innolitics.com",
    "lib.cas.cz",
)


def host(url: str) -> str:
    """The host of a URL, without a port or a trailing dot."""
    rest = url.split("//", 1)[-1]
    return rest.split("/", 1)[0].split(":", 1)[0].rstrip(".").casefold()


def canonical_kind(url: str | None) -> str | None:
    """The kind of keeper a URL belongs to, or None for a copy."""
    if not url:
        return None
    name, full = host(url), url.casefold()
    for kind, keepers in CANONICAL.items():
        for keeper in keepers:
            if "/" in keeper and keeper in full:
                return kind
            if name == keeper or name.endswith("." + keeper) or ("." not in keeper and keeper in name):
                return kind
    return None


def is_canonical(r: Reference) -> bool:
    """Whether a reference names where the work itself lives: a PMID, a DOI, or a keeper's page."""
    return bool(r.pmid or r.doi or canonical_kind(r.url))


def by_known_reproducer(url: str | None) -> bool:
    """Whether a copy's URL belongs to a service known to reproduce named documents faithfully."""
    name = host(url) if url else ""
    return any(name == h or name.endswith("." + h) for h in REPRODUCERS)


def of_unknown_provenance(r: Reference) -> bool:
    """Whether a reference rests only on a copy that no known reproducer made."""
    return not is_canonical(r) and not by_known_reproducer(r.read_at)


def concerns(r: Reference) -> Iterator[str]:
    """What a careful reviewer would ask of a reference (offline): a canonical location, a date, an identifier."""
    if r.url and not canonical_kind(r.url):
        yield f"its url {host(r.url)} is a copy, not where the work lives; move it to read_at"
    if not is_canonical(r):
        yield "no canonical location (PMID, DOI, or the keeper's own page)"
    if of_unknown_provenance(r):
        yield "read only on a copy of unknown provenance; re-read it at the canonical source or remove its claims"
    if (r.url or r.read_at) and not r.accessed:
        yield "no accessed date for the page it was read on"
