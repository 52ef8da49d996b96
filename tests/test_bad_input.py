"""Bad input on every command and option not already pinned elsewhere: no traceback, one clean line, the right exit.

Already covered, so not repeated here: test_cli.py (show unknown/empty/odd, targets --target unknown),
test_cli_more.py (drug unknown, search empty, sources unknown, export --format pdf), test_pictures.py (draw),
test_readability.py (show --section dosing) and test_safety.py (BAD_INPUT: "zzqx", "" and ODD on show, drug,
compare, targets, combine, switch, explain, sources, export, search, list, matrix --format, check, --data).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from antidep_cli.cli.argv import hoist
from tests.conftest import run

ODD = "\udcff\x1b[31m"
NUL = "\x00"
LONG = "x" * 10_000
MARKUP = "[bold]x[/]"


def _clean(stderr: str) -> None:
    """Nothing that can drive the terminal, and no traceback."""
    assert "Traceback" not in stderr
    assert "\x1b" not in stderr and "\x00" not in stderr


def _one_line(stderr: str, start: str) -> None:
    _clean(stderr)
    assert stderr.startswith(start), stderr
    assert stderr.count("\n") == 1, stderr


# (argv with {} for the name, what the message calls it)
NAME_COMMANDS = [
    (["show", "{}"], "name"),
    (["drug", "{}"], "drug"),
    (["target", "{}"], "target"),
    (["define", "{}"], "term"),
    (["compare", "{}", "ssri"], "class, drug or agent"),
    (["compare", "ssri", "{}"], "class, drug or agent"),
    (["targets", "--target", "{}"], "target"),
    (["targets", "--neurotransmitter", "{}"], "neurotransmitter"),
    (["sources", "{}"], "reference"),
    (["combine", "{}", "maoi"], "class, drug or agent"),
    (["combine", "maoi", "{}"], "class, drug or agent"),
    (["switch", "{}", "maoi"], "class, drug or agent"),
    (["switch", "maoi", "{}"], "class, drug or agent"),
    (["explain", "{}"], "class, drug or agent"),
    (["export", "{}"], "class, drug or agent"),
    (["draw", "{}"], "class, drug or agent"),
]
NAME_IDS = [" ".join(argv) for argv, _ in NAME_COMMANDS]


def _with(argv: list[str], value: str) -> list[str]:
    return [value if a == "{}" else a for a in argv]


# --- unknown names: one line with the close match --------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "kind", "typo", "meant"),
    [
        (["target", "{}"], "target", "SERTT", "SERT"),
        (["target", "{}"], "target", "h11", "H1"),
        (["define", "{}"], "term", "washot", "washout"),
        (["define", "{}"], "term", "heteroreceptr", "heteroreceptor"),
        (["targets", "--neurotransmitter", "{}"], "neurotransmitter", "serotonn", "serotonin"),
        (["compare", "ssri", "{}"], "class, drug or agent", "tcaa", "tca"),
        (["combine", "{}", "maoi"], "class, drug or agent", "sertralin", "sertraline"),
        (["switch", "maoi", "{}"], "class, drug or agent", "phenelzin", "phenelzine"),
        (["explain", "{}"], "class, drug or agent", "nasa", "nassa"),
        (["export", "{}"], "class, drug or agent", "sertralin", "sertraline"),
        (["draw", "{}"], "class, drug or agent", "mirtazapin", "mirtazapine"),
    ],
)
def test_unknown_name_suggests_the_close_match(argv: list[str], kind: str, typo: str, meant: str) -> None:
    result = run(*_with(argv, typo))
    assert result.exit_code == 1, result.stdout + result.stderr
    assert result.stdout == ""
    _one_line(result.stderr, f"antidep: unknown {kind} {typo!r}")
    assert f"did you mean {meant!r}" in result.stderr


@pytest.mark.parametrize(("typo", "meant"), [("SERTT", "SERT"), ("heteroreceptr", "heteroreceptor")])
def test_show_suggests_targets_and_terms_it_would_show(typo: str, meant: str) -> None:
    # show prints target and glossary pages too (show H1, show washout), so a typo of one should be suggested.
    result = run("show", typo)
    assert result.exit_code == 1
    _one_line(result.stderr, f"antidep: unknown name {typo!r}")
    assert f"did you mean {meant!r}" in result.stderr


# --- empty and odd values for every name ---------------------------------------------------------------------


@pytest.mark.parametrize(("argv", "kind"), NAME_COMMANDS, ids=NAME_IDS)
@pytest.mark.parametrize(
    "value",
    ["", "   ", ODD, NUL, LONG, MARKUP, "ss\nri"],
    ids=["empty", "blank", "odd", "nul", "long", "markup", "newline"],
)
def test_empty_and_odd_names_are_one_clean_line(argv: list[str], kind: str, value: str) -> None:
    result = run(*_with(argv, value))
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert result.stdout == ""
    _one_line(result.stderr, f"antidep: unknown {kind} '")


@pytest.mark.parametrize(("argv", "kind"), NAME_COMMANDS, ids=NAME_IDS)
def test_markup_in_a_name_is_quoted_literally(argv: list[str], kind: str) -> None:
    result = run(*_with(argv, MARKUP), env={"FORCE_COLOR": "1"})
    assert result.exit_code == 1
    _one_line(result.stderr, f"antidep: unknown {kind} '[bold]x[/]'")


@pytest.mark.parametrize(("argv", "kind"), NAME_COMMANDS, ids=NAME_IDS)
def test_control_characters_in_a_name_are_escaped(argv: list[str], kind: str) -> None:
    result = run(*_with(argv, "a\x00b\x1b[31mc"))
    assert result.exit_code == 1
    _one_line(result.stderr, f"antidep: unknown {kind} ")
    assert "a\\x00b\\x1b[31mc" in result.stderr


def test_search_prints_odd_text_literally() -> None:
    result = run("search", MARKUP, env={"FORCE_COLOR": "1"})
    assert result.exit_code == 0 and result.stderr == ""
    assert "No matches for '[bold]x[/]'" in result.stdout
    escaped = run("search", "a\x07\x1b[31mb")
    assert escaped.exit_code == 0 and escaped.stderr == ""
    assert "\x07" not in escaped.stdout and "\x1b[31m" not in escaped.stdout
    assert "a\\x07\\x1b[31mb" in escaped.stdout


@pytest.mark.parametrize("text", ["a\x00b", "ssri\x00", "\x00\x00x"])
def test_search_with_a_nul_inside_is_no_match_not_a_damaged_index(text: str) -> None:
    result = run("search", text)
    assert result.exit_code == 0, result.stderr
    _clean(result.stderr)
    assert "compiled index is damaged" not in result.stderr
    assert "No matches for '" in result.stdout or "Matches for '" in result.stdout


# --- --section ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "page"),
    [(["show", "ssri"], "class"), (["drug", "sertraline"], "drug"), (["target", "SERT"], "target")],
)
@pytest.mark.parametrize("value", ["sumary", "", "   ", ",", ODD, NUL, LONG, MARKUP])
def test_bad_section_is_a_one_line_usage_error(argv: list[str], page: str, value: str) -> None:
    result = run(*argv, "--section", value)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    _one_line(result.stderr, "antidep: no section '")
    assert f"on a {page} page; choose from summary," in result.stderr


# --- --format and other choices parsed by Typer ---------------------------------------------------------------

FORMAT_COMMANDS = [
    ["show", "ssri"],
    ["drug", "sertraline"],
    ["target", "SERT"],
    ["define", "washout"],
    ["compare", "snri", "ndri"],
    ["targets", "--target", "SERT"],
    ["list", "drugs"],
    ["search", "ssri"],
    ["sources"],
    ["combine", "ssri", "tca"],
    ["switch", "maoi", "ssri"],
    ["explain", "ssri"],
    ["trd"],
]


@pytest.mark.parametrize("argv", FORMAT_COMMANDS, ids=[" ".join(a) for a in FORMAT_COMMANDS])
@pytest.mark.parametrize(
    "value", ["jsn", "", ODD, NUL, LONG, MARKUP], ids=["typo", "empty", "odd", "nul", "long", "markup"]
)
def test_bad_format_is_a_usage_error(argv: list[str], value: str) -> None:
    result = run(*argv, "--format", value)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    _clean(result.stderr)
    assert "Invalid value for '--format' / '-f'" in result.stderr
    assert "is not one of 'table', 'json'" in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr


@pytest.mark.parametrize(
    "value", ["", "   ", ODD, NUL, LONG, MARKUP], ids=["empty", "blank", "odd", "nul", "long", "markup"]
)
def test_export_bad_format_is_one_line(value: str) -> None:
    result = run("export", "--format", value)
    assert result.exit_code == 2
    assert result.stdout == ""
    _one_line(result.stderr, "antidep: --format must be markdown, json or html; got '")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0", "0 is not in the range x>=1"),
        ("-1", "-1 is not in the range x>=1"),
        ("", "'' is not a valid int range"),
        ("ten", "'ten' is not a valid int range"),
        ("1e3", "'1e3' is not a valid int range"),
        (ODD, "is not a valid int range"),
        (NUL, "is not a valid int range"),
    ],
)
def test_bad_search_limit_is_a_usage_error(value: str, message: str) -> None:
    result = run("search", "ssri", "--limit", value)
    assert result.exit_code == 2
    assert result.stdout == ""
    _clean(result.stderr)
    assert "Invalid value for '--limit'" in result.stderr and message in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr


@pytest.mark.parametrize("value", ["drug", "class", NUL, MARKUP])
def test_list_names_the_choices(value: str) -> None:
    result = run("list", value)
    assert result.exit_code == 2
    assert result.stdout == ""
    _clean(result.stderr)
    assert "is not one of 'classes', 'drugs', 'agents', 'targets', 'neurotransmitters'" in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr


# --- paths: --data, check, -o ---------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["zzqx", MARKUP, LONG], ids=["unknown", "markup", "long"])
def test_data_after_the_command_is_read_the_same(value: str) -> None:
    result = run(*hoist(["show", "ssri", "--data", value]))  # as main() does before Typer parses
    assert result.exit_code == 3
    assert result.stdout == ""
    _one_line(result.stderr, value[:50])
    assert "cannot read knowledge file" in result.stderr


@pytest.mark.parametrize("value", ["", "   "])
def test_an_empty_data_path_is_a_usage_error_not_the_shipped_file(value: str) -> None:
    result = run(*hoist(["show", "ssri", "--data", value]))
    assert (result.exit_code, result.stdout) == (2, "")
    _one_line(result.stderr, "antidep: --data needs a file name")


@pytest.mark.parametrize("argv", [["check", NUL], ["--data", NUL, "show", "ssri"], ["check", "a\x00b.yaml"]])
def test_nul_in_a_knowledge_file_path_is_bad_data_not_a_traceback(argv: list[str]) -> None:
    result = run(*argv)
    assert result.exit_code == 3
    assert result.stdout == ""
    _one_line(result.stderr, "\\x00" if argv[1].startswith(NUL) else "a\\x00b.yaml")
    assert "cannot read knowledge file" in result.stderr


def _empty_folder(tmp_path: Path) -> Path:
    """A current folder of its own (tmp_path also holds the test's cache)."""
    folder = tmp_path / "cwd"
    folder.mkdir()
    return folder


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["draw", "ssri", "-o", ""], "antidep: -o needs a file or folder name; got ''"),
        (["draw", "ssri", "-o", ODD], "antidep: -o writes SVG; give a file name ending in .svg"),
        (["draw", "ssri", "-o", MARKUP], "antidep: -o writes SVG; give a file name ending in .svg"),
        (["export", "-o", ""], "antidep: -o needs a file or folder name; got ''"),
        (["export", "-o", f"/nonexistent/{MARKUP}.md"], "antidep: cannot write /nonexistent/[bold]x[/].md"),
    ],
)
def test_bad_output_path_is_a_one_line_error(
    argv: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(_empty_folder(tmp_path))
    result = run(*argv)
    assert result.exit_code == (4 if "cannot write" in message else 2), (result.stdout, result.stderr)
    _one_line(result.stderr, message)
    assert list(Path().iterdir()) == []


def test_empty_output_folder_for_the_site_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # -o "" is Path("") == ".", so the site would be written over the current folder.
    monkeypatch.chdir(_empty_folder(tmp_path))
    result = run("export", "--format", "html", "-o", "")
    assert result.exit_code == 2, (result.stdout, result.stderr)
    _one_line(result.stderr, "antidep: ")
    assert list(Path().iterdir()) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["draw", "ssri", "-o", "a\x00.svg"],
        ["export", "-o", "a\x00.md"],
        ["export", "--format", "html", "-o", "a\x00"],
    ],
)
def test_nul_in_an_output_path_is_a_usage_error_not_a_traceback(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(_empty_folder(tmp_path))
    result = run(*argv)
    assert result.exit_code == 2
    assert result.stdout == ""
    _clean(result.stderr)


@pytest.mark.parametrize(("name", "search"), [("hippocampus", "hippocampus"), ("locus coeruleus", "'locus coeruleus'")])
def test_show_points_to_search_for_text_without_a_page(name: str, search: str) -> None:
    result = run("show", name)
    assert result.exit_code == 1 and result.stdout == ""
    _one_line(result.stderr, f"antidep: unknown name '{name}': no page by that name, but the text mentions it;")
    assert result.stderr.endswith(f"try: antidep search {search}\n")
