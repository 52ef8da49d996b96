"""Every command through CliRunner: output, JSON contracts, exit codes."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from antidep_cli.cli.app import app
from tests.conftest import MINIMAL, run


def test_help_has_examples_and_disclaimer_once() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert "antidep show ssri" in result.stdout
    assert result.stdout.count("not medical advice") == 1


def test_no_command_is_a_one_line_usage_error() -> None:
    result = run()
    assert result.exit_code == 2
    assert result.stdout == "" and result.stderr.endswith("Missing command. (see 'root -h')\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "ssri", "--format", "xml"), "antidep show: Invalid value for '--format' / '-f': 'xml' is not one of"),
        (("search", "x", "--limit", "-3"), "antidep search: Invalid value for '--limit': -3 is not in the range x>=1."),
        (("list", "bogus"), "antidep list: Invalid value for '[WHAT]': 'bogus' is not one of"),
        (("show", "ssri", "--bogus"), "antidep show: No such option: --bogus (see 'antidep show -h')"),
        (("shw", "ssri"), "antidep: No such command 'shw'. Did you mean 'show'? (see 'antidep -h')"),
        (("show",), "antidep show: Missing argument 'NAME...'. (see 'antidep show -h')"),
    ],
)
def test_usage_errors_are_one_line_on_stderr(args: tuple[str, ...], message: str) -> None:
    result = CliRunner().invoke(app, list(args), prog_name="antidep")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(message)


def test_version() -> None:
    from antidep_cli import __version__

    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"antidep {__version__}\n"


def test_show_ssri_table() -> None:
    result = run("show", "ssri")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for expected in (
        "SSRI — Selective serotonin reuptake inhibitors",
        "N06AB",
        "SERT",
        "Raises: serotonin",
        "fluoxetine",
        "References",
    ):
        assert expected in out
    assert result.stderr == ""


@pytest.mark.parametrize("name", ["SSRIs", "ssri", "S.S.R.I.", "selective serotonin reuptake inhibitor", "Ssri"])
def test_show_resolves_spellings(name: str) -> None:
    assert json.loads(run("show", name, "--json").stdout)["id"] == "ssri"


@pytest.mark.parametrize(("name", "ident"), [("tricyclics", "tca"), ("MAO inhibitors", "maoi"), ("NaSSAs", "nassa")])
def test_show_resolves_plurals_and_common_names(name: str, ident: str) -> None:
    assert json.loads(run("show", name, "--format", "json").stdout)["id"] == ident


@pytest.mark.parametrize(
    ("argv", "key", "ident"),
    [
        (["show", "MAO", "inhibitors"], "id", "maoi"),
        (["drug", "effexor", "xr"], "id", "venlafaxine"),
        (["target", "histamine", "H1", "receptor"], "id", "H1"),
        (["define", "serotonin", "syndrome"], "id", "serotonin-syndrome"),
    ],
)
def test_one_name_of_several_words_needs_no_quotes(argv: list[str], key: str, ident: str) -> None:
    assert json.loads(run(*argv, "--json").stdout)[key] == ident


def test_a_command_taking_several_names_asks_for_quotes_around_one_of_several_words() -> None:
    result = run("compare", "MAO", "inhibitors", "ssri")
    assert result.exit_code == 2
    assert (
        result.stderr
        == "antidep: 'MAO inhibitors' is one name; type it in quotes, as this command takes several names\n"
    )
    assert run("compare", "MAO inhibitors", "ssri").exit_code == 0
    assert "quote a name of several words" in " ".join(run("compare", "--help").stdout.split())
    assert run("compare", "ssri", "bogus").exit_code == 1


def test_show_json_contract() -> None:
    data = json.loads(run("show", "ssri", "--format", "json").stdout)
    assert {
        "id",
        "abbreviation",
        "name",
        "summary",
        "neurotransmitters",
        "actions",
        "drugs",
        "references",
    } <= data.keys()
    assert data["neurotransmitters"] == ["serotonin"]
    action = data["actions"][0]
    assert {"target", "action", "site", "role", "neurotransmitters", "effect", "references"} <= action.keys()
    assert action["target"] == "SERT" and action["action"] == "inhibitor" and action["role"] == "primary"
    assert action["neurotransmitters"] == [{"id": "serotonin", "direction": "raises"}]
    assert "fluoxetine" in data["drugs"]
    assert all("citation" in r and "id" in r for r in data["references"])
    tatsumi = next(r for r in data["references"] if r["id"] == "Tatsumi1997")
    assert tatsumi["pmid"] == "9537821"


def test_unknown_class_suggests_and_exits_1() -> None:
    result = run("show", "sssri")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "unknown name 'sssri' — did you mean 'ssri'" in result.stderr


def test_show_gives_a_drug_its_own_page() -> None:
    result = run("show", "sertraline")
    assert result.exit_code == 0
    assert result.stdout == run("drug", "sertraline").stdout


@pytest.mark.parametrize("name", ["", "   ", "\udcff\udcfe", "[bold]x[/]", "\x1b[2J"])
def test_bad_names_never_traceback(name: str) -> None:
    result = run("show", name)
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    assert "\x1b" not in result.stderr
    assert result.stderr.startswith("antidep: unknown name")


def test_compare_json_contract() -> None:
    data = json.loads(run("compare", "snri", "ndri", "--json").stdout)
    assert data["items"] == ["snri", "ndri"]
    assert data["neurotransmitters"] == {
        "shared": ["norepinephrine"],
        "only": {"snri": ["serotonin"], "ndri": ["dopamine"]},
    }
    assert data["targets"] == {"shared": ["NET"], "only": {"snri": ["SERT"], "ndri": ["DAT"]}}


def test_compare_table_marks_shared_rows() -> None:
    out = run("compare", "snri", "ndri").stdout
    assert "Primary targets: in all: NET" in out
    assert "only ndri: DAT" in out


def test_compare_accepts_drugs() -> None:
    data = json.loads(run("compare", "sertraline", "paroxetine", "--json").stdout)
    assert data["targets"]["shared"] == ["SERT"]
    assert "DAT" in data["rows"]["targets"]
    assert "M1" in data["rows"]["targets"]


@pytest.mark.parametrize("args", [["compare", "ssri"], ["compare", "ssri", "SSRIs"]])
def test_compare_needs_two_distinct(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert "at least 2 distinct" in result.stderr


def test_targets_by_neurotransmitter_primary_first() -> None:
    data = json.loads(run("targets", "--neurotransmitter", "noradrenaline", "--json").stdout)
    assert data["neurotransmitter"] == "norepinephrine"
    roles = [c["role"] for c in data["classes"]]
    assert roles == sorted(roles, key=lambda r: r != "primary")
    ids = [c["class"] for c in data["classes"]]
    assert {"snri", "ndri", "tca", "maoi", "nassa"} <= set(ids)
    assert "ssri" not in ids


def test_targets_table_lists_each_class_primary_actions_first() -> None:
    lines = run("targets", "--neurotransmitter", "norepinephrine", env={"COLUMNS": "200"}).stdout.splitlines()
    assert lines[0] == "Classes acting on norepinephrine, those with a primary action first"
    by_class: dict[str, list[str]] = {}
    for cells in (line.split() for line in lines[1:]):
        if len(cells) == 4 and cells[-1] in ("primary", "secondary"):
            by_class.setdefault(cells[0], []).append(cells[-1])
    assert by_class["tca"] == ["primary", "secondary"]
    assert all(roles == sorted(roles, key=lambda r: r != "primary") for roles in by_class.values())


def test_targets_by_target_with_drugs() -> None:
    data = json.loads(run("targets", "--target", "DAT", "--drugs", "--json").stdout)
    assert data["target"] == "DAT"
    by_drug = {d["drug"]: d for d in data["drugs"]}
    assert by_drug["bupropion"]["role"] == "primary"
    assert by_drug["sertraline"]["role"] == "secondary"
    assert by_drug["sertraline"]["class"] == "ssri"


@pytest.mark.parametrize("args", [["targets"], ["targets", "-n", "serotonin", "-t", "SERT"]])
def test_targets_needs_exactly_one_selector(args: list[str]) -> None:
    assert run(*args).exit_code == 2


def test_targets_unknown_target() -> None:
    result = run("targets", "--target", "SERTT")
    assert result.exit_code == 1
    assert "did you mean 'SERT'" in result.stderr


@pytest.mark.parametrize("what", ["classes", "drugs", "targets", "neurotransmitters"])
def test_list_plain_and_json_agree(what: str) -> None:
    plain = run("list", what, "--plain").stdout.splitlines()
    data = json.loads(run("list", what, "--json").stdout)
    assert plain == [row["id"] for row in data]
    assert run("list", what).exit_code == 0


def test_list_drugs_json_shape() -> None:
    rows = json.loads(run("list", "drugs", "--json").stdout)
    assert {"id": "mirtazapine", "class": "nassa"}.items() <= next(r for r in rows if r["id"] == "mirtazapine").items()


def test_check_ok_and_counts() -> None:
    result = run("check")
    assert result.exit_code == 0
    assert "ok (18 classes, 54 drugs" in result.stdout


def test_check_missing_file_exits_3() -> None:
    result = run("check", "/nonexistent/classes.yaml")
    assert result.exit_code == 3
    assert "cannot read knowledge file" in result.stderr


def test_data_option_and_environment() -> None:
    assert json.loads(run("--data", str(MINIMAL), "list", "--json").stdout)[0]["id"] == "alpha"
    result = run("list", "--json", env={"ANTIDEP_DATA": str(MINIMAL)})
    assert json.loads(result.stdout)[0]["id"] == "alpha"


def test_missing_data_file_exits_3() -> None:
    result = run("--data", "/nonexistent.yaml", "show", "ssri")
    assert result.exit_code == 3
    assert result.stderr.startswith("/nonexistent.yaml")


def test_narrow_terminal_still_shows_everything() -> None:
    result = run("show", "nassa", env={"COLUMNS": "30"})
    assert result.exit_code == 0
    assert "Removes norepinephrine's self-inhibition" in " ".join(result.stdout.split())
    # Every line fits, except a URL or identifier, which is never split.
    long = [line for line in result.stdout.splitlines() if len(line) > 30]
    assert all(re.search(r"https?://|DOI|PMID", line) for line in long), long


def test_no_color_flag_turns_colour_off_and_leaves_the_environment_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.setenv("FORCE_COLOR", "1")
    before = dict(os.environ)
    colored = run("show", "ssri").stdout
    assert "\x1b[" in colored
    plain = run("--no-color", "show", "ssri").stdout
    assert not re.search(r"\x1b\[(?:\d+;)*3[0-8]", plain)  # no foreground colour; bold and dim may remain
    assert run("--no-pager", "show", "ssri").exit_code == 0
    assert dict(os.environ) == before  # the global options travel in the context
    assert "\x1b[" in run("show", "ssri").stdout  # so a later run is not affected
