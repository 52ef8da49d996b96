"""Issue 10: pages that fit, meaning without colour, one citation style, target pages, a glossary."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from antidep_cli.cli.app import COMMANDS
from antidep_cli.cli.argv import hoist
from antidep_cli.cli.pager import page, trim
from antidep_cli.knowledge import strength
from antidep_cli.knowledge.loader import load_catalog
from antidep_cli.knowledge.location import data_path
from antidep_cli.knowledge.model import CLASSES, Binding, Catalog, Measure
from antidep_cli.queries.query import Index
from tests.conftest import run


def _lines(*args: str, width: int = 80) -> list[str]:
    result = run(*args, env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


ALL_CLASSES = [c.id for c in Index.of(load_catalog(data_path())).all(CLASSES)]
MARKS = re.compile(r"\[(\d+(?:,\d+)*)\]")


def _cited(lines: list[str]) -> set[int]:
    """The reference numbers a page's markers use, and those its References line lists."""
    return {int(n) for m in MARKS.findall("\n".join(lines)) for n in m.split(",")}


@pytest.mark.parametrize("name", ALL_CLASSES)
def test_brief_class_page_fits_a_24_line_screen_and_lists_what_it_cites(name: str) -> None:
    lines = _lines("show", name, "--brief", width=80)
    assert len(lines) <= 24, "\n".join(lines)
    assert any(line.startswith("Primary actions") for line in lines)
    at = next(i for i, line in enumerate(lines) if line.startswith("References:"))
    listed = {int(n) for n in re.findall(r"\[(\d+)\] \S", "\n".join(lines[at:]))}
    assert _cited(lines[:at]) == listed == set(range(1, len(listed) + 1))


@pytest.mark.parametrize("name", ["ssri", "maoi", "nassa"])
def test_brief_shows_the_same_content_at_every_width(name: str) -> None:
    def words(width: int) -> set[str]:
        """The words shown, whatever the layout (a table, or stacked records below 60 columns)."""
        text = "\n".join(_lines("show", name, "--brief", width=width))
        return {w.strip(":·,;") for w in text.split() if w.strip("─:·,;")}

    assert words(50) == words(80) == words(100) == words(140)


@pytest.mark.parametrize("name", ["mirtazapine", "sertraline", "amitriptyline", "vortioxetine"])
def test_brief_drug_page_fits_one_screen(name: str) -> None:
    lines = _lines("drug", name, "--brief")
    assert len(lines) <= 40 and lines[0].startswith(name.capitalize())


def test_an_action_is_one_line_with_its_own_columns() -> None:
    for width in (80, 100):
        lines = _lines("drug", "mirtazapine", width=width)
        head = next(line for line in lines if line.split()[:3] == ["Target", "Action", "Role"])
        assert "Affinity" in head and "Refs" in head
        rows = [line for line in lines if line.startswith("  H1 ")]
        assert rows and "antagonist" in rows[0] and "secondary" in rows[0] and "high" in rows[0]


def test_tables_become_records_where_they_would_split_words() -> None:
    assert "id: fluoxetine" not in "\n".join(_lines("list", "drugs", width=100))
    assert "id: fluoxetine" in "\n".join(_lines("list", "drugs", width=59))
    assert "Target: SERT" in "\n".join(_lines("show", "ssri", width=59))


def test_urls_are_printed_whole() -> None:
    url = "https://www.cancer.gov/publications/dictionaries/cancer-drug/def/mirtazapine?redirect=true"
    assert any(line.strip() == url for line in _lines("drug", "mirtazapine"))


def test_sections_pick_parts_of_a_page() -> None:
    out = "\n".join(_lines("show", "tca", "--section", "side-effects"))
    assert "Side effects" in out and "Primary" not in out and "Actions" not in out
    cited = _cited(out.split("References (")[0].splitlines())
    listed = {int(n) for n in re.findall(r"^  \[(\d+)\]", out.split("References (")[1], re.M)}
    assert cited == listed  # exactly the references the shown part cites, numbered as on the whole page
    refs = "\n".join(_lines("drug", "mirtazapine", "-s", "references"))
    whole = "\n".join(_lines("drug", "mirtazapine"))
    assert "What sets it apart" not in refs and refs.split("References (")[1] == whole.split("References (")[1]
    bad = run("show", "ssri", "--section", "dosing")
    assert bad.exit_code == 2 and "no section 'dosing'" in bad.stderr


def test_meaning_survives_without_colour() -> None:
    out = "\n".join(_lines("compare", "ssri", "tca"))
    assert "(secondary)" in out and "Bold" not in out and "dim" not in out
    timeline = "\n".join(_lines("show", "ssri", "--section", "timeline"))
    assert "[hypothesis]" in timeline and "Unmarked statements are established" in timeline


def test_timescales_in_time_order() -> None:
    from antidep_cli.render.pages.parts import _when

    order = ["hours to days", "about 2–3 weeks", "2–4 weeks or longer", "3–4 weeks"]
    assert sorted(order, key=_when) == order


def test_no_trailing_spaces_in_piped_output() -> None:
    for args in (["show", "ssri"], ["list"], ["compare", "snri", "ndri"], ["search", "autoreceptor"]):
        assert not [line for line in _lines(*args) if line != line.rstrip()], args
    assert trim("a  \x1b[0m\nb \n") == "a\x1b[0m\nb\n"


def test_pager_receives_long_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "paged"
    monkeypatch.setenv("PAGER", f"tee {out}")
    assert page("1\n2\n3\n", height=2) and out.read_text() == "1\n2\n3\n"
    assert not page("1\n", height=2)  # shorter than the screen
    monkeypatch.setenv("PAGER", "no-such-pager-here")
    assert not page("1\n2\n3\n", height=2)


class _Terminal(io.StringIO):
    """A standard output that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("pager", [True, False])
def test_no_pager_prints_instead_of_paging(pager: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.text import Text

    from antidep_cli.cli import options

    paged: list[str] = []

    def fake_pager(text: str, height: int) -> bool:
        paged.append(text)
        return True

    terminal = _Terminal()
    monkeypatch.setattr("antidep_cli.cli.pager.page", fake_pager)
    monkeypatch.setattr(sys, "stdout", terminal)
    options.show(options.Settings(pager=pager), Text("line\n" * 80))
    assert bool(paged) is pager
    assert ("line" in terminal.getvalue()) is not pager


def test_global_options_after_the_command() -> None:
    assert hoist(["show", "ssri", "--no-color", "--data", "x.yaml"]) == [
        "--no-color",
        "--data",
        "x.yaml",
        "show",
        "ssri",
    ]
    assert hoist(["search", "--", "--no-color"]) == ["search", "--", "--no-color"]
    proc = subprocess.run(
        [sys.executable, "-m", "antidep_cli", "list", "--no-color", "--no-pager", "--plain"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0 and proc.stdout.startswith("ssri\n")


def test_format_is_case_insensitive() -> None:
    assert json.loads(run("show", "ssri", "--format", "JSON").stdout)["id"] == "ssri"


def test_bare_antidep_prints_an_overview() -> None:
    proc = subprocess.run([sys.executable, "-m", "antidep_cli"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and not proc.stderr
    assert "show NAME" in proc.stdout and "define TERM" in proc.stdout and len(proc.stdout.splitlines()) <= 23
    assert all(re.search(rf"\b{name}\b", proc.stdout) for name in COMMANDS)  # every command is named
    only_options = subprocess.run([sys.executable, "-m", "antidep_cli", "--no-color"], capture_output=True, check=False)
    assert only_options.returncode == 0 and only_options.stdout.decode() == proc.stdout


def test_an_unknown_option_without_a_command_is_a_usage_error_not_the_overview() -> None:
    proc = subprocess.run([sys.executable, "-m", "antidep_cli", "--bogus"], capture_output=True, text=True, check=False)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == "antidep: No such option: --bogus (see 'antidep -h')\n"


def test_list_and_targets_as_csv() -> None:
    rows = list(csv.DictReader(io.StringIO(run("list", "drugs", "--format", "csv").stdout)))
    assert rows[0]["id"] == "fluoxetine" and rows[0]["synonyms"] == "Prozac"
    acting = list(csv.DictReader(io.StringIO(run("targets", "--target", "DAT", "--drugs", "-f", "csv").stdout)))
    assert acting[0] == {"drug": "bupropion", "class": "ndri", "role": "primary", "via": "DAT: inhibitor"}


def test_search_names_fields_in_words_and_counts_hidden_matches() -> None:
    out = "\n".join(_lines("search", "serotonin", "--limit", "3"))
    assert "more matches not shown; see them with --limit" in out
    hits = json.loads(run("search", "sedation", "--json", "--limit", "50").stdout)
    wheres = {h["where"] for h in hits}
    assert "action at H1" in wheres and "side effect" in wheres
    assert not any("[" in w for w in wheres)


def test_sources_by_case_prefix_or_author() -> None:
    assert [r["id"] for r in json.loads(run("sources", "tatsumi1997", "--json").stdout)] == ["Tatsumi1997"]
    assert "Tatsumi1997" in {r["id"] for r in json.loads(run("sources", "tatsumi", "--json").stdout)}
    by_prefix = json.loads(run("sources", "LBL-fluox", "--json").stdout)
    assert by_prefix and all(r["id"].startswith("LBL-fluox") for r in by_prefix)
    assert all(r["cited_by"] for r in by_prefix)
    assert run("sources", "zzzz").exit_code == 1


def test_combine_switch_and_explain_number_their_citations() -> None:
    for args in (["combine", "fluoxetine", "desipramine"], ["switch", "fluoxetine", "maoi"], ["explain", "ssri"]):
        out = "\n".join(_lines(*args))
        assert "[1]" in out and "References (" in out and "Sources:" not in out, args


def test_target_page() -> None:
    record = json.loads(run("target", "M1", "--json").stdout)
    assert list(record) == [
        "id", "name", "gene", "kind", "neurotransmitters", "description", "classes", "study_preferred", "drugs",
        "class_members_without_values", "side_effects",
    ]  # fmt: skip
    assert list(record["drugs"][0]) == ["drug", "class", "action", "role", "affinity"]
    measured = [d["affinity"] for d in record["drugs"] if d["affinity"].get("source") == "measured"]
    ps = [
        strength.p(Binding("M1", Measure(d["measure"]), "", "", value_nm=d.get("value_nm"), pvalue=d.get("pvalue")))
        for d in measured
    ]
    assert ps == sorted(ps, reverse=True)  # strongest measured first
    unmeasured = [d for d in record["drugs"] if d["affinity"].get("source") != "measured"]
    assert record["drugs"][len(measured) :] == unmeasured  # then those without a value
    assert "maprotiline" in record["class_members_without_values"]["tca"]
    out = "\n".join(_lines("target", "H1"))
    assert "strongest measured first" in out and "Sedation" in out
    assert run("show", "H1").stdout == run("target", "H1").stdout


GLOSSARY = [
    "somatodendritic autoreceptor", "terminal autoreceptor", "heteroreceptor", "reuptake", "Ki", "Kd", "IC50",
    "occupancy", "partial agonist", "inverse agonist", "positive allosteric modulator", "uncompetitive antagonism",
    "non-competitive antagonism", "desensitisation", "washout", "half-life", "prodrug", "CYP inhibition",
    "serotonin syndrome", "tyramine pressor response", "neuroplasticity",
]  # fmt: skip


@pytest.mark.parametrize("term", GLOSSARY)
def test_glossary_defines_each_term_with_a_source(term: str) -> None:
    record = json.loads(run("define", term, "--json").stdout)
    assert record["definition"].count(". ") <= 2 and record["references"]
    out = run("define", term).stdout
    assert "[1]" in out and "References (" in out


def test_glossary_is_searched_and_spellings_resolve() -> None:
    hits = json.loads(run("search", "heteroreceptor", "--json").stdout)
    assert hits[0]["kind"] == "glossary"
    assert json.loads(run("define", "desensitization", "--json").stdout)["id"] == "desensitisation"
    assert json.loads(run("define", "PAM", "--json").stdout)["id"] == "positive-allosteric-modulator"


def test_unknown_names_point_across_kinds() -> None:
    result = run("drug", "5-HT2A")
    assert result.exit_code == 1 and "antidep target 5-HT2A" in result.stderr
    assert "antidep define" in run("drug", "washout").stderr
    assert "antidep show ssri" in run("define", "ssri").stderr


def test_noradrenaline_resolves_as_a_synonym() -> None:
    assert json.loads(run("targets", "-n", "noradrenaline", "--json").stdout)["neurotransmitter"] == "norepinephrine"


def _complete(shell: str, words: str) -> list[str]:
    env = {**os.environ, "_ANTIDEP_COMPLETE": f"complete_{shell}", "_TYPER_COMPLETE_ARGS": words}
    if shell == "bash":
        env |= {"COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1))}
    if shell == "fish":
        env["_TYPER_COMPLETE_FISH_ACTION"] = "get-args"
    proc = subprocess.run([sys.executable, "-m", "antidep_cli"], capture_output=True, env=env, text=True, check=False)
    assert proc.returncode == 0
    return proc.stdout.splitlines()


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_offers_one_word_per_name(shell: str) -> None:
    out = _complete(shell, "antidep show s")
    values = [line.split("\t")[0].split('"')[1 if shell == "zsh" else 0] for line in out if line.split("\t")[0]]
    text = "\n".join(values)
    assert "ssri" in values and "sertraline" in values and "sert" in values  # typed case kept: SERT offered as sert
    assert "selective serotonin" not in text.casefold()  # multi-word names would break the command
    assert "SSRIs" not in text and "SSRI" not in text.split()  # one spelling per name
    assert "tramadol" not in text  # show has no agent pages


def test_an_ambiguous_name_says_where_the_other_page_is() -> None:
    result = run("show", "nmda")
    assert result.exit_code == 0 and result.stdout.startswith("NMDA antagonist")
    assert "is also a target; see: antidep target NMDA" in result.stderr


def test_pages_name_the_glossary_terms_they_use() -> None:
    ssri = "\n".join(_lines("show", "ssri", "--section", "terms", width=200))
    assert "somatodendritic autoreceptor" in ssri and "reuptake" in ssri
    assert "terminal autoreceptor" not in ssri  # "autoreceptor" alone does not claim the other term
    assert "non-competitive antagonism" in "\n".join(_lines("show", "esketamine", "-s", "terms", width=200))


def test_the_key_to_status_tags_is_printed_once_after_the_last_tagged_section() -> None:
    page = run("show", "ssri").stdout
    assert page.count("Unmarked statements are established") == 1
    assert page.index("[contested]") < page.index("Unmarked statements are established")
    assert "Unmarked statements are established" in run("show", "ssri", "--section", "timeline").stdout


def test_trd_has_a_see_column_only_where_a_point_links_to_an_entry() -> None:
    page = run("trd").stdout
    definition = page[page.index("\nDefinition\n") : page.index("\nHow common\n")]
    assert "See" not in definition.split("\n")[3]  # no empty column
    assert page.count(" See ") >= 1  # topics with links keep it
    assert "any patient.\n\nDefinition" in page


def test_reference_markers_are_in_ascending_order() -> None:
    shown = run("show", "ssri").stdout
    markers = re.findall(r"\[(\d+(?:,\d+)+)\]", shown)
    assert markers, "a page with multi-reference markers"
    for marker in markers:
        numbers = [int(n) for n in marker.split(",")]
        assert numbers == sorted(numbers), marker


PAGES = [
    ["show", "tca"], ["show", "ssri", "--brief"], ["drug", "amitriptyline"], ["drug", "mirtazapine", "--brief"],
    ["target", "M1"], ["compare", "ssri", "tca"], ["effect", "sleepy"], ["profile", "tca"], ["combine", "maoi", "ssri"],
    ["drug", "sertraline", "--section", "pharmacogenomics"], ["trd"], ["targets", "--neurotransmitter", "serotonin"],
]  # fmt: skip
WORD = re.compile(r"[A-Za-z][A-Za-z]+")


def every_page() -> list[list[str]]:
    """Every class, drug and target page, as a command line."""
    from antidep_cli.knowledge.loader import load_catalog
    from antidep_cli.knowledge.location import data_path

    catalog = load_catalog(data_path())
    return [
        *(["show", c.id] for c in catalog.classes),
        *(["drug", d.id] for d in catalog.drugs),
        *(["target", t.id] for t in catalog.targets),
    ]


@pytest.mark.parametrize(
    "argv",
    [*PAGES, *(pytest.param(a, marks=pytest.mark.slow, id=" ".join(a)) for a in every_page())],
    ids=[" ".join(a) for a in PAGES] + [None] * len(every_page()),
)
def test_no_word_is_split_at_any_width(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    vocabulary: set[str] = set()
    for wide in ("240", "30"):  # every table laid out, then every table stacked: the words either way
        monkeypatch.setenv("COLUMNS", wide)
        vocabulary |= set(WORD.findall(run(*argv).stdout))
    for width in (60, 72, 80, 100, 140):
        monkeypatch.setenv("COLUMNS", str(width))
        out = run(*argv).stdout
        assert max(len(line) for line in out.splitlines()) <= width or "http" in out
        fragments = set(WORD.findall(out)) - vocabulary
        assert not fragments, (width, sorted(fragments)[:10])


def test_switch_without_a_rule_says_so_plainly() -> None:
    out = run("switch", "sertraline", "venlafaxine").stdout
    assert "No rule is recorded for this switch." in out and "Answered by no rule" not in out


def test_two_actions_at_one_target_show_their_sites() -> None:
    out = run("targets", "--neurotransmitter", "norepinephrine", env={"COLUMNS": "200"}).stdout
    assert "alpha2 (presynaptic autoreceptor)" in out and "alpha2 (presynaptic heteroreceptor)" in out


def test_combine_groups_a_flag_repeated_across_a_classs_labels() -> None:
    out = run("combine", "maoi", "ssri").stdout
    assert "contraindicated (7 labels)" in out and out.count("contraindicated (label)") == 0
    assert "general rule" in run("combine", "sertraline", "tramadol").stdout


def test_no_page_prints_two_blank_lines_in_a_row(catalog: Catalog) -> None:
    pages = [("drug", d.id) for d in catalog.drugs] + [("show", c.id) for c in catalog.classes]
    for command, ident in pages:
        assert "\n\n\n" not in run(command, ident, env={"COLUMNS": "80"}).stdout, ident
    shapes = ("zuranolone", "ketamine", "sertraline", "mirtazapine", "amitriptyline", "olanzapine-fluoxetine")
    for ident in shapes:  # a section that ends in a table, the status key, stacked records at 50 columns
        for args in ((), ("-s", "actions"), ("-s", "pharmacokinetics"), ("--brief",)):
            for width in ("50", "80"):
                out = run("drug", ident, *args, env={"COLUMNS": width}).stdout
                assert "\n\n\n" not in out, (ident, args, width)
