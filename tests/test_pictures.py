"""antidep draw: every class and drug drawn as SVG and as text, from the data alone."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from antidep_cli.knowledge.loader import load_catalog
from antidep_cli.knowledge.location import data_path
from antidep_cli.knowledge.model import Drug, DrugClass, Site
from antidep_cli.queries.query import Index
from antidep_cli.queries.synapse import Mark
from antidep_cli.render.pages.entries import page_of
from tests.conftest import MINIMAL, run

SVG = "{http://www.w3.org/2000/svg}"
SHIPPED = load_catalog(data_path())
ITEMS: dict[str, DrugClass | Drug] = {**{c.id: c for c in SHIPPED.classes}, **{d.id: d for d in SHIPPED.drugs}}
ENTRIES = list(ITEMS)


def drawn(path: Path) -> ET.Element:
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.find(f"{SVG}title") is not None and root.find(f"{SVG}desc") is not None
    return root


def targets_in(root: ET.Element) -> dict[str, list[str]]:
    """Each drawn target with the tooltips of its marks."""
    found: dict[str, list[str]] = {}
    for g in root.iter(f"{SVG}g"):
        if "data-target" in g.attrib:
            title = g.find(f"{SVG}title")
            assert title is not None and title.text
            found.setdefault(g.attrib["data-target"], []).append(title.text)
    return found


@pytest.mark.parametrize("ident", ENTRIES)
def test_every_entry_draws_as_svg_with_each_target_and_its_references(ident: str, index: Index, tmp_path: Path) -> None:
    out = tmp_path / f"{ident}.svg"
    result = run("draw", ident, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    entry = ITEMS[ident]
    found = targets_in(drawn(out))
    assert set(found) == {a.target for a in entry.actions}
    page = page_of(index, index.items[ident]).numbers  # the figure numbers references as the page does
    for a in entry.actions:
        marks = ",".join(str(n) for n in sorted({page[r] for r in a.references}))
        assert any(f"References [{marks}]" in t for t in found[a.target]), (a.target, found[a.target])
    text = out.read_text(encoding="utf-8")
    assert "http://" not in text.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in text


@pytest.mark.parametrize("ident", ENTRIES)
def test_every_entry_draws_as_text_at_80_columns_without_colour(ident: str) -> None:
    result = run("draw", ident)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "\x1b" not in result.stdout
    entry = ITEMS[ident]
    for a in entry.actions:
        assert re.search(rf"\] {re.escape(a.target)}\*? ", result.stdout), a.target
    assert "Key:" in result.stdout and "References" in result.stdout


def test_nassa_has_a_panel_per_system_with_the_heteroreceptor_on_the_serotonin_terminal(tmp_path: Path) -> None:
    out = tmp_path / "nassa.svg"
    assert run("draw", "nassa", "-o", str(out)).exit_code == 0
    panels = {g.attrib["data-system"]: g for g in drawn(out).iter(f"{SVG}g") if "data-system" in g.attrib}
    assert list(panels) == ["serotonin", "norepinephrine", "other"]
    assert set(targets_in(panels["other"])) == {"H1", "M1"}
    assert "presynaptic heteroreceptor" in targets_in(panels["serotonin"])["alpha2"][0]
    assert "presynaptic autoreceptor" in targets_in(panels["norepinephrine"])["alpha2"][0]


def test_primary_and_secondary_are_drawn_apart_and_the_key_names_every_mark(tmp_path: Path) -> None:
    out = tmp_path / "tca.svg"
    assert run("draw", "tca", "-o", str(out)).exit_code == 0
    root = drawn(out)
    roles = {g.attrib["data-target"]: g.attrib["class"] for g in root.iter(f"{SVG}g") if "data-target" in g.attrib}
    assert roles["SERT"] == "target primary" and roles["H1"] == "target secondary"
    words = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    for mark in Mark:
        assert str(mark) in words
    assert "raised by the primary actions" in words


USER_CLASS = """
  - id: gamma
    abbreviation: GAMMA
    name: Gamma class
    mode_of_action: every site at once
    summary: A user-added class acting at every site.
    references: [RefA]
    actions:
"""
ACTION = """      - target: {target}
        action: {action}
        site: {site}
        role: {role}
        references: [{ref}]
"""


def test_a_user_added_class_at_every_site_is_drawn_by_the_same_code(tmp_path: Path) -> None:
    kinds = ["antagonist", "inhibitor", "agonist", "partial agonist", "positive allosteric modulator"]
    actions = "".join(
        ACTION.format(
            target="SERT" if i % 2 else "H1",
            action=kinds[i % len(kinds)],
            site=site,
            role="primary" if i % 3 else "secondary",
            ref="RefB" if i % 2 else "RefA",
        )
        for i, site in enumerate(Site)
    )
    text = MINIMAL.read_text(encoding="utf-8").replace("classes:\n", "classes:\n" + USER_CLASS + actions, 1)
    data = tmp_path / "user.yaml"
    data.write_text(text, encoding="utf-8")
    out = tmp_path / "gamma.svg"
    result = run("--data", str(data), "draw", "GAMMA", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    found = targets_in(drawn(out))
    assert set(found) == {"SERT", "H1"}
    assert sum(len(v) for v in found.values()) == len(Site)
    shown = run("--data", str(data), "draw", "gamma")
    assert shown.exit_code == 0 and shown.stdout.count("] H1") + shown.stdout.count("] SERT") == len(Site)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["draw", "nosuchdrug"], 1, "unknown"),
        (["draw", ""], 1, "unknown"),
        (["draw", "\x1b[31mssri"], 1, "unknown"),
        (["draw", "ssri", "-o", "out.png"], 2, "ending in .svg"),
        (["draw", "ssri", "-o", "/nonexistent/dir/x.svg"], 4, "cannot write"),
        (["draw", "tramadol"], 2, "nothing to draw"),
    ],
)
def test_draw_bad_input_gives_a_message_not_a_traceback(args: list[str], code: int, message: str) -> None:
    result = run(*args)
    assert result.exit_code == code, result.stdout + result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr and "\x1b" not in result.stderr


@pytest.mark.parametrize("columns", [40, 50, 80, 100, 140])
def test_text_figure_fits_narrow_terminals_and_stays_compact_on_wide_ones(columns: int) -> None:
    result = run("draw", "nassa", env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) == min(columns, 100)
    key = " ".join(lines[next(i for i, line in enumerate(lines) if line.startswith("Key:")) :][:4])
    for symbol, meaning in (("[x]", "blocked"), ("[/]", "partially\u00a0activated"), ("[~]", "modulated")):
        assert f"{symbol}\u00a0{meaning}" in key


def test_membrane_targets_and_their_reference_numbers_are_drawn_over_the_cleft(tmp_path: Path) -> None:
    out = tmp_path / "ssri.svg"
    assert run("draw", "ssri", "-o", str(out)).exit_code == 0
    order = [
        "cleft" if el.get("fill") == "#fff8e6" else el.get("data-target")
        for el in drawn(out).iter()
        if el.get("fill") == "#fff8e6" or el.get("data-target")
    ]
    assert order == ["cleft", "SERT"]
