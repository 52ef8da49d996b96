"""antidep export --format html: a self-contained site whose every link resolves offline."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from antidep_cli.knowledge.model import Catalog
from antidep_cli.queries.query import Index
from antidep_cli.render.html.dom import DISCLAIMER, page_name
from antidep_cli.render.html.site import site_files
from tests.conftest import MINIMAL, run

LOADS = {("script", "src"), ("img", "src"), ("link", "href"), ("iframe", "src"), ("source", "src"), ("video", "src")}


class Scan(HTMLParser):
    """The links, loads, ids and a few landmarks of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.loads: list[str] = []
        self.styles: list[str] = []
        self.ids: set[str] = set()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag == "a" and found.get("href"):
            self.links.append(str(found["href"]))
        self.loads += [str(v) for k, v in attrs if (tag, k) in LOADS and v]
        self.styles += [str(v) for k, v in attrs if k == "style" and v]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.fixture(scope="module")
def site(catalog: Catalog) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="antidep-site-"))
    for name, text in site_files(Index.of(catalog)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def scanned(path: Path) -> Scan:
    scan = Scan()
    scan.feed(path.read_text(encoding="utf-8"))
    return scan


def test_every_entry_has_a_page(site: Path, catalog: Catalog) -> None:
    for kind, section in (
        ("class", catalog.classes),
        ("drug", catalog.drugs),
        ("target", catalog.targets),
        ("agent", catalog.agents),
        ("treatment", catalog.neuromodulation),
        ("term", catalog.glossary),
    ):
        assert section, kind
        for entry in section:
            assert (site / page_name(kind, entry.id)).is_file(), (kind, entry.id)
    for name in (
        "index.html",
        "matrix.html",
        "references.html",
        "classes.html",
        "drugs.html",
        "targets.html",
        "agents.html",
        "glossary.html",
        "trd.html",
    ):
        assert (site / name).is_file()


def test_context_pages_cite_and_link(site: Path) -> None:
    trd = (site / "trd.html").read_text(encoding="utf-8")
    assert "STAR*D" in trd and 'href="treatment-ect.html"' in trd and "not a recommendation for any patient" in trd
    term = (site / "term-heteroreceptor.html").read_text(encoding="utf-8")
    assert "Related:" in term and "References" in term
    rtms = (site / "treatment-rtms.html").read_text(encoding="utf-8")
    assert "neuromodulation (not a drug)" in rtms and "milestones" in rtms


def test_every_internal_link_resolves_and_nothing_loads_from_the_network(site: Path) -> None:
    pages = {p.name: scanned(p) for p in site.glob("*.html")}
    for name, scan in pages.items():
        for href in scan.links:
            parts = urlsplit(href)
            if parts.scheme in ("http", "https"):
                continue  # a reference's link, followed only when clicked
            assert not parts.scheme and not parts.netloc, (name, href)
            target = unquote(parts.path) or name
            assert target in pages, (name, href)
            if parts.fragment:
                assert parts.fragment in pages[target].ids, (name, href)
        for load in scan.loads:
            assert "//" not in load and ":" not in load.split("/")[0], (name, load)
            assert (site / load).is_file(), (name, load)
        for style in scan.styles:
            assert re.fullmatch(r"min-width: \d+px", style), (name, style)
    for asset in ("style.css", "search.js", "search-index.js"):
        text = (site / asset).read_text(encoding="utf-8")
        for banned in ("http:", "https:", "@import", "url(", "fetch(", "XMLHttpRequest"):
            assert banned not in text, (asset, banned)


def test_pages_are_accessible_and_carry_the_disclaimer_once(site: Path) -> None:
    for path in site.glob("*.html"):
        text = path.read_text(encoding="utf-8")
        scan = scanned(path)
        assert text.startswith('<!DOCTYPE html>\n<html lang="en">'), path.name
        assert text.count(DISCLAIMER) == 1, path.name
        assert scan.tags.count("h1") == 1 and scan.tags.count("main") == 1 and "nav" in scan.tags, path.name
        assert 'name="viewport"' in text, path.name
        assert "#main" in scan.links, path.name


def test_class_and_drug_pages_show_the_synapse_with_every_target(site: Path, catalog: Catalog) -> None:
    for kind, section in (("class", catalog.classes), ("drug", catalog.drugs)):
        for entry in section:
            text = (site / page_name(kind, entry.id)).read_text(encoding="utf-8")
            start, end = text.index("<svg"), text.index("</svg>") + len("</svg>")
            root = ET.fromstring(text[start:end])
            drawn = {g.get("data-target") for g in root.iter("{http://www.w3.org/2000/svg}g")} - {None}
            assert drawn == {a.target for a in entry.actions}, entry.id
            assert root.find("{http://www.w3.org/2000/svg}title") is not None


def test_matrix_links_every_class_and_target(site: Path, catalog: Catalog) -> None:
    links = set(scanned(site / "matrix.html").links)
    assert {page_name("class", c.id) for c in catalog.classes} <= links
    assert page_name("target", "SERT") in links


def test_search_index_holds_each_pages_prose_and_stays_small(site: Path) -> None:
    index = (site / "search-index.js").read_text(encoding="utf-8")
    assert "weight gain" in index and "CYP2D6" in index
    assert len(index.encode()) < 256 * 1024


def test_export_html_command_writes_a_site_from_any_knowledge_file(tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = run("--data", str(MINIMAL), "export", "--format", "html", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and "index.html" in result.stderr
    assert (out / "class-alpha.html").is_file() and (out / "drug-testdrug.html").is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "--format", "html"], "give it with -o DIR"),
        (["export", "ssri", "--format", "html", "-o", "x"], "give no names"),
        (["export", "--format", "pdf"], "markdown, json or html"),
    ],
)
def test_export_html_usage_errors(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2 and message in result.stderr and "Traceback" not in result.stderr


def test_export_html_refuses_a_file_in_place_of_a_folder(tmp_path: Path) -> None:
    file = tmp_path / "taken"
    file.write_text("x", encoding="utf-8")
    result = run("export", "--format", "html", "-o", str(file))
    assert result.exit_code == 2 and "not a folder" in result.stderr


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def browse(url: str, *more: str) -> tuple[str, list[str]]:
    """The DOM after scripts ran, and every console message, from headless Chromium."""
    flags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--enable-logging=stderr", "--v=0",
    ]  # fmt: skip
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [str(CHROMIUM), *flags, *more, f"--user-data-dir={profile}", "--dump-dom", url],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    return done.stdout, [line for line in done.stderr.splitlines() if ":CONSOLE" in line]


@pytest.mark.slow
@pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium); .ci/run installs it"
)
def test_site_renders_in_headless_chromium_without_console_errors(site: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><script>undefinedFunction();</script>", encoding="utf-8")
    assert browse(broken.as_uri())[1], "the console check must see a deliberate error"
    for name in (
        "index.html",
        "class-nassa.html",
        "drug-mirtazapine.html",
        "matrix.html",
        "references.html",
        "target-SERT.html",
    ):
        dom, console = browse((site / name).as_uri())
        assert console == [], (name, console)
        assert "</main>" in dom, name
    dom, console = browse((site / "index.html").as_uri() + "?q=zoloft")
    assert console == [] and 'href="drug-sertraline.html"' in dom


PROBE = (Path(__file__).parent / "data" / "layout_probe.js").read_text(encoding="utf-8")


def layout(page: Path, width: int) -> dict[str, Any]:
    """What tests/data/layout_probe.js measures on ``page`` shown in a frame ``width`` CSS pixels wide."""
    frame = Path(tempfile.mkdtemp()) / "frame.html"
    frame.write_text(
        f"""<!DOCTYPE html><body style="margin:0"><iframe id="f" src="{page.as_uri()}" width="{width}" height="900"></iframe>
<script>document.getElementById("f").addEventListener("load", () => {{
  const found = document.getElementById("f").contentWindow.eval({json.dumps(PROBE)});
  document.body.setAttribute("data-layout", JSON.stringify(found));
}});</script>""",
        encoding="utf-8",
    )
    dom, console = browse(frame.as_uri(), "--allow-file-access-from-files", "--virtual-time-budget=5000")
    shutil.rmtree(frame.parent)
    found = re.search(r'data-layout="([^"]*)"', dom)
    assert found and not console, (page.name, console)
    result: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return result


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_the_layout_probe_sees_overflow_small_text_and_collisions(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><div style="width:2000px">wide</div><svg width="300" height="100">'
        '<rect x="10" y="10" width="60" height="20" fill="#fff" stroke="#000"/>'
        '<text x="5" y="25" font-size="14">struck label</text><text x="5" y="70" font-size="6">tiny</text>'
        '<text x="5" y="90" font-size="14">one</text><text x="10" y="90" font-size="14">two</text></svg>',
        encoding="utf-8",
    )
    found = layout(bad, 390)
    assert found["scroll"] > found["inner"]
    assert ["tiny", 6] in found["small"] and ["one", "two"] in found["overlaps"]
    assert found["struck"] and found["struck"][0][0] == "struck label"


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
@pytest.mark.parametrize("width", [390, 1280])
def test_pages_fit_the_screen_and_figures_stay_legible(site: Path, width: int) -> None:
    names = ("index.html", "class-tca.html", "drug-mirtazapine.html", "drug-vilazodone.html", "class-maoi.html",
             "matrix.html", "profile.html", "target-H1.html", "references.html", "strategy-esketamine-adjunct.html",
             "symptom-weight-appetite.html")  # fmt: skip
    for name in names:
        found = layout(site / name, width)
        assert found["scroll"] <= found["inner"], (name, "the page body scrolls sideways")
        assert found["small"] == [], (name, "figure text under 10 CSS pixels")
        assert found["overlaps"] == [] and found["struck"] == [], (name, found["overlaps"], found["struck"])


def test_ci_installs_debian_chromium_for_the_browser_test() -> None:
    ci = (Path(__file__).parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert "apt-get install -y -qq chromium" in ci


def test_navigation_reaches_the_glossary_and_trd_and_the_glossary_is_sorted_and_cited(site: Path) -> None:
    index = scanned(site / "index.html")
    assert "glossary.html" in index.links and "trd.html" in index.links
    glossary = (site / "glossary.html").read_text(encoding="utf-8")
    names = re.findall(r'<td data-label="Term"><span><a href="term-[^"]+">([^<]+)</a>', glossary)
    assert names == sorted(names, key=str.casefold) and len(names) > 10
    assert 'class="refs"' in glossary and '<ol class="references">' in glossary


def test_a_page_figure_leaves_its_title_and_references_to_the_page(site: Path) -> None:
    page = (site / "class-ssri.html").read_text(encoding="utf-8")
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert "SSRI — Selective serotonin reuptake inhibitors</text>" not in svg
    assert "References</text>" not in svg and "Key</text>" in svg


def test_the_trd_page_exists_for_a_file_without_trd_topics(tmp_path: Path) -> None:
    result = run("--data", str(MINIMAL), "export", "--format", "html", "-o", str(tmp_path / "site"))
    assert result.exit_code == 0
    assert "no treatment-resistant-depression topics" in (tmp_path / "site" / "trd.html").read_text(encoding="utf-8")


def test_drug_pages_show_status_and_pharmacogenomics(site: Path) -> None:
    lithium = (site / "drug-lithium.html").read_text(encoding="utf-8")
    assert "Status for depression: " in lithium and "other indications only" in lithium
    page = (site / "drug-sertraline.html").read_text(encoding="utf-8")
    assert "<caption>Pharmacogenomics (CPIC)</caption>" in page and "CYP2B6" in page
    assert "not dosing advice" in page
    plain = (site / "drug-bupropion.html").read_text(encoding="utf-8")
    assert "Pharmacogenomics (CPIC)" not in plain


def test_a_first_column_of_names_stays_on_one_line_and_one_of_phrases_wraps(site: Path) -> None:
    def first_table_class(page: str, caption: str) -> str | None:
        text = (site / page).read_text(encoding="utf-8")
        start = text.index(f'aria-label="{caption}')
        return re.search(r'<table(?: class="(\w+)")?>', text[start:]).group(1)  # type: ignore[union-attr]

    assert first_table_class(page_name("drug", "amitriptyline"), "Side effects") == "phrases"
    assert first_table_class(page_name("drug", "amitriptyline"), "Actions") is None


def test_a_reference_links_pubmed_once_and_its_own_page_where_that_differs(site: Path) -> None:
    page = (site / page_name("drug", "selegiline")).read_text(encoding="utf-8")
    azzaro = page[page.index("Azzaro AJ") :].split("</li>", 1)[0]
    assert azzaro.count("pubmed.ncbi.nlm.nih.gov/17715422") == 1 and ">source<" not in azzaro
    assert "read at a copy" in azzaro
    protriptyline = (site / page_name("drug", "protriptyline")).read_text(encoding="utf-8")
    atc = protriptyline[protriptyline.index("ATC/DDD Index") :].split("</li>", 1)[0]
    assert ">source<" in atc  # a page that is not an identifier's keeps its own link
