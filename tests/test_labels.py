"""switch and combine answer from each product's own label first (issue: label-true switch and combine)."""

from __future__ import annotations

import json

import pytest

from antidep_cli.knowledge.model import Basis, Catalog
from antidep_cli.queries import reasoning
from antidep_cli.queries.query import Index
from tests.conftest import run

# Every label interval in the knowledge file: rule id -> (days, the label reference that states it).
LABEL_INTERVALS = {
    "sertraline-after-maoi-us": (14, "LBL-sertraline-US"),
    "sertraline-after-maoi-ca": (14, "LBL-sertraline-CA"),
    "sertraline-before-maoi-ca": (14, "LBL-sertraline-CA"),
    "citalopram-after-maoi-us": (14, "LBL-citalopram-US"),
    "citalopram-before-maoi-us": (14, "LBL-citalopram-US"),
    "escitalopram-after-maoi-us": (14, "LBL-escitalopram-US"),
    "escitalopram-before-maoi-us": (14, "LBL-escitalopram-US"),
    "paroxetine-after-maoi-us": (14, "LBL-paroxetine-US"),
    "vortioxetine-after-maoi-us": (14, "LBL-vortioxetine-US"),
    "vortioxetine-before-maoi-us": (21, "LBL-vortioxetine-US"),
    "vilazodone-after-maoi-us": (14, "LBL-vilazodone-US"),
    "vilazodone-before-maoi-us": (14, "LBL-vilazodone-US"),
    "venlafaxine-after-maoi-us": (14, "LBL-venlafaxine-US"),
    "venlafaxine-before-maoi-us": (7, "LBL-venlafaxine-US"),
    "venlafaxine-after-irreversible-maoi-uk": (14, "SmPC-venlafaxine-UK"),
    "venlafaxine-before-irreversible-maoi-uk": (7, "SmPC-venlafaxine-UK"),
    "desvenlafaxine-after-maoi-us": (14, "LBL-desvenlafaxine-US"),
    "desvenlafaxine-before-maoi-us": (7, "LBL-desvenlafaxine-US"),
    "desvenlafaxine-after-maoi-ca": (14, "LBL-desvenlafaxine-CA"),
    "desvenlafaxine-before-maoi-ca": (7, "LBL-desvenlafaxine-CA"),
    "duloxetine-after-maoi-us": (14, "LBL-duloxetine-US"),
    "duloxetine-before-maoi-us": (5, "LBL-duloxetine-US"),
    "levomilnacipran-after-maoi-us": (14, "LBL-levomilnacipran-US"),
    "levomilnacipran-before-maoi-us": (7, "LBL-levomilnacipran-US"),
    "bupropion-after-maoi-us": (14, "LBL-bupropion-US"),
    "bupropion-after-maoi-uk": (14, "SmPC-bupropion-UK"),
    "bupropion-after-reversible-maoi-uk": (1, "SmPC-bupropion-UK"),
    "dextromethorphan-bupropion-after-maoi-us": (14, "LBL-dxm-bupropion-US"),
    "dextromethorphan-bupropion-before-maoi-us": (14, "LBL-dxm-bupropion-US"),
    "mirtazapine-after-maoi-us": (14, "LBL-mirtazapine-US"),
    "mirtazapine-before-maoi-us": (14, "LBL-mirtazapine-US"),
    "trazodone-after-maoi-us": (14, "LBL-trazodone-US-Aurolife"),
    "clomipramine-after-maoi-us": (14, "LBL-clomipramine-US"),
    "clomipramine-before-maoi-us": (14, "LBL-clomipramine-US"),
    "desipramine-after-maoi-us": (14, "LBL-desipramine-US"),
    "desipramine-before-maoi-us": (14, "LBL-desipramine-US"),
    "nortriptyline-after-maoi-us": (14, "LBL-nortriptyline-US"),
    "nortriptyline-before-maoi-us": (14, "LBL-nortriptyline-US"),
    "imipramine-after-maoi-us": (14, "LBL-imipramine-US"),
    "amitriptyline-after-maoi-us": (14, "LBL-amitriptyline-US"),
    "lofepramine-after-maoi-uk": (14, "SmPC-lofepramine-UK"),
    "mianserin-after-maoi-uk": (14, "PIL-mianserin-UK"),
    "mianserin-before-maoi-uk": (14, "PIL-mianserin-UK"),
    "mianserin-after-moclobemide-uk": (7, "PIL-mianserin-UK"),
    "esketamine-with-maoi-us": (None, "LBL-esketamine-US"),
    "esketamine-before-maoi-us": (None, "LBL-esketamine-US"),
    "tranylcypromine-after-antidepressant-us": (None, "LBL-tranylcypromine-US"),
    "tranylcypromine-after-fluoxetine-us": (35, "LBL-tranylcypromine-US"),
    "tranylcypromine-after-maoi-us": (7, "LBL-tranylcypromine-US"),
    "tranylcypromine-before-antidepressant-us": (7, "LBL-tranylcypromine-US"),
    "selegiline-after-serotonergic-us": (7, "LBL-emsam-US"),
    "selegiline-after-fluoxetine-us": (35, "LBL-emsam-US"),
    "selegiline-before-serotonergic-us": (14, "LBL-emsam-US"),
    "isocarboxazid-after-maoi-or-tricyclic-us": (7, "LBL-isocarboxazid-US"),
    "isocarboxazid-before-other-us": (10, "LBL-isocarboxazid-US"),
    "moclobemide-after-reuptake-inhibitor-uk": (None, "SmPC-moclobemide-UK"),
    "gepirone-after-maoi-us": (14, "RxR-exxua"),
    "reboxetine-with-maoi-uk": (None, "RxR-edronax"),
    "reboxetine-before-maoi-uk": (None, "RxR-edronax"),
    "tianeptine-after-maoi-eu": (14, "SmPC-tianeptine-FR"),
    "tianeptine-before-maoi-eu": (1, "SmPC-tianeptine-FR"),
    "milnacipran-before-maoi-us": (5, "LBL-milnacipran-US"),
    "milnacipran-after-maoi-us": (14, "LBL-milnacipran-US"),
}


def test_every_label_interval_is_pinned(catalog: Catalog) -> None:
    found = {w.id: (w.days, w.references[0]) for w in catalog.washouts if w.basis is Basis.LABEL}
    assert found == LABEL_INTERVALS


def test_label_rules_cite_a_readable_label(catalog: Catalog) -> None:
    refs = {r.id: r for r in catalog.references}
    for w in catalog.washouts:
        if w.basis is Basis.LABEL:
            assert w.label_of and w.country in {"US", "UK", "EU", "CA", "AU"}, w.id
            assert all((refs[r].url or refs[r].read_at) and refs[r].accessed for r in w.references), w.id


def _legs(a: str, b: str) -> list[dict[str, object]]:
    result = run("switch", a, b, "--json")
    assert result.exit_code == 0, result.stderr
    legs: list[dict[str, object]] = json.loads(result.stdout)["legs"]
    return legs


def _leg(a: str, b: str) -> dict[str, object]:
    (leg,) = _legs(a, b)
    return leg


@pytest.mark.parametrize(
    ("a", "b", "days", "refs"),
    [
        ("phenelzine", "sertraline", {14}, {"LBL-sertraline-US", "LBL-sertraline-CA"}),
        ("sertraline", "phenelzine", {14}, {"LBL-sertraline-CA"}),
        ("vortioxetine", "phenelzine", {21}, {"LBL-vortioxetine-US"}),
        ("duloxetine", "phenelzine", {5}, {"LBL-duloxetine-US"}),
        ("desvenlafaxine", "phenelzine", {7}, {"LBL-desvenlafaxine-US", "LBL-desvenlafaxine-CA"}),
        ("fluoxetine", "tranylcypromine", {35}, {"LBL-tranylcypromine-US"}),
        ("fluoxetine", "selegiline", {35}, {"LBL-emsam-US"}),
        ("isocarboxazid", "mirtazapine", {10, 14}, {"LBL-isocarboxazid-US", "LBL-mirtazapine-US"}),
        ("tranylcypromine", "venlafaxine", {7, 14}, {"LBL-tranylcypromine-US", "LBL-venlafaxine-US"}),
        ("moclobemide", "bupropion", {1, 14}, {"SmPC-bupropion-UK", "LBL-bupropion-US"}),
    ],
)
def test_switch_answers_from_the_labels(a: str, b: str, days: set[int], refs: set[str]) -> None:
    leg = _leg(a, b)
    assert leg["basis"] == "label"
    rules = leg["rules"]
    assert isinstance(rules, list)
    assert {r["washout_days"] for r in rules} - {None} == days
    assert refs <= {ref for r in rules for ref in r["references"]}
    assert leg["labels_differ"] is (len(days) > 1)


def test_switch_to_a_class_answers_member_by_member() -> None:
    legs = _legs("sertraline", "maoi")
    assert {t for leg in legs for t in leg["to"]} == {  # type: ignore[attr-defined]
        "phenelzine",
        "isocarboxazid",
        "tranylcypromine",
        "moclobemide",
        "selegiline",
    }
    assert all(leg["basis"] == "label" for leg in legs)


def test_fluoxetine_without_its_own_label_rule_says_what_answered() -> None:
    leg = _leg("fluoxetine", "phenelzine")
    assert leg["basis"] == "guidance"
    assert "no label rule" in str(leg["answered_by"])
    assert [r["washout_days"] for r in leg["rules"]] == [35]  # type: ignore[attr-defined]


def test_switch_between_non_maoi_antidepressants_invents_nothing() -> None:
    leg = _leg("sertraline", "venlafaxine")
    assert (leg["basis"], leg["rules"]) == (None, [])
    assert "does not invent" in str(leg["note"])


def test_switch_says_which_kind_of_rule_answered_on_screen() -> None:
    text = run("switch", "fluoxetine", "maoi", env={"COLUMNS": "160"}).stdout
    assert "Answered by guidance, not a label" in text
    assert "Answered by tranylcypromine's label (US)" in text
    text = run("switch", "tranylcypromine", "venlafaxine", env={"COLUMNS": "160"}).stdout
    assert "the labels differ" in text


def test_no_drug_with_a_label_interval_is_answered_by_a_class_rule(index: Index) -> None:
    maois = [d for d in index.catalog.drugs if d.drug_class == "maoi"]
    for drug in index.catalog.drugs:
        for a, b in ((drug, m) for m in maois):
            for source, target in ((a, b), (b, a)):
                if source.id == target.id:
                    continue
                labels = [
                    w
                    for w in index.catalog.washouts
                    if w.basis is Basis.LABEL
                    and reasoning.match(index, w.source, source)[0]
                    and reasoning.match(index, w.target, target)[0]
                ]
                (leg,) = reasoning.switch(index, source, target).legs
                if labels:
                    assert leg.basis is Basis.LABEL, (source.id, target.id)
                    assert set(labels) <= set(leg.rules)


@pytest.mark.parametrize(
    "drug", ["sertraline", "esketamine", "agomelatine", "brexanolone", "dextromethorphan-bupropion"]
)
def test_every_antidepressant_switches_with_maoi_either_way(drug: str) -> None:
    for pair in ((drug, "maoi"), ("maoi", drug)):
        for leg in _legs(*pair):
            assert (
                leg["rules"] or "no label" in str(leg["note"]).lower() or "no label or class rule" in str(leg["note"])
            )


# (items, rule id, severity, basis, label wording, reference)
FLAGS = [
    (("fluvoxamine", "duloxetine"), "fluvoxamine-duloxetine-cyp1a2-label", "contraindicated", "label", "contraindicated", "SmPC-duloxetine-UK"),
    (("fluvoxamine", "agomelatine"), "cyp1a2-fluvoxamine-agomelatine", "contraindicated", "label", "contraindicated", "SmPC-agomelatine"),
    (("sertraline", "phenelzine"), "sertraline-maoi-label", "contraindicated", "label", "contraindicated", "LBL-sertraline-US"),
    (("sertraline", "linezolid"), "sertraline-maoi-label", "contraindicated", "label", "contraindicated", "LBL-sertraline-US"),
    (("venlafaxine", "selegiline"), "venlafaxine-maoi-label", "major", "label", "must not be used concomitantly", "LBL-venlafaxine-US"),
    (("sertraline", "tramadol"), "serotonergic-agents-with-reuptake-inhibitors", "moderate", "editorial", None, "LBL-desvenlafaxine-US-7"),
    (("desvenlafaxine", "lithium"), "desvenlafaxine-serotonergic-label", "moderate", "label", "monitor for serotonin syndrome", "LBL-desvenlafaxine-US-7"),
    (("selegiline", "tramadol"), "selegiline-contraindications-label", "contraindicated", "label", "contraindicated", "LBL-emsam-US"),
    (("selegiline", "methadone"), "selegiline-contraindications-label", "contraindicated", "label", "contraindicated", "LBL-emsam-US"),
    (("tranylcypromine", "meperidine"), "tranylcypromine-serotonergic-agents-label", "contraindicated", "label", "contraindicated", "LBL-tranylcypromine-US"),
    (("phenelzine", "fentanyl"), "serotonin-syndrome-maoi", "major", "editorial", None, "LBL-sertraline-US"),
    (("moclobemide", "dextromethorphan"), "moclobemide-reuptake-inhibitors-label", "major", "label", "should not be co-administered", "SmPC-moclobemide-UK"),
    (("phenelzine", "dextromethorphan"), "dextromethorphan-otc-maoi-label", "major", "label", "do not use", "LBL-dextromethorphan-US"),
    (("sumatriptan", "phenelzine"), "sumatriptan-mao-a-label", "contraindicated", "label", "contraindicated", "LBL-imitrex-US"),
    (("triptans", "moclobemide"), "sumatriptan-mao-a-label", "contraindicated", "label", "contraindicated", "LBL-imitrex-US"),
    (("rizatriptan", "tranylcypromine"), "rizatriptan-maoi-label", "contraindicated", "label", "contraindicated", "LBL-maxalt-US"),
    (("sumatriptan", "escitalopram"), "triptans-serotonergic-antidepressants-label", "moderate", "label", "serotonin syndrome reported (warning)", "LBL-imitrex-US"),
    (("linezolid", "phenelzine"), "linezolid-maoi-label", "major", "label", "should not be used", "LBL-zyvox-US"),
    (("methylene-blue", "escitalopram"), "methylene-blue-serotonergic-label", "major", "label", "avoid concomitant use", "LBL-provayblue-US"),
    (("tranylcypromine", "pseudoephedrine"), "tranylcypromine-sympathomimetics-label", "contraindicated", "label", "contraindicated", "LBL-tranylcypromine-US"),
    (("phenelzine", "phenylephrine"), "decongestant-otc-maoi-label", "major", "label", "do not use", "LBL-phenylephrine-US"),
    (("isocarboxazid", "amphetamine"), "isocarboxazid-contraindications-label", "contraindicated", "label", "should not be administered in combination", "LBL-isocarboxazid-US"),
    (("phenelzine", "methylphenidate"), "phenelzine-sympathomimetics-label", "major", "label", "should not take", "LBL-phenelzine-US"),
    (("tranylcypromine", "tyramine"), "tranylcypromine-tyramine-label", "major", "label", "avoid", "LBL-tranylcypromine-US"),
    (("fluoxetine", "thioridazine"), "thioridazine-cyp2d6-inhibitors-label", "contraindicated", "label", "contraindicated", "NCBI-thioridazine"),
    (("paroxetine", "pimozide"), "paroxetine-pimozide-thioridazine-label", "contraindicated", "label", "contraindicated", "LBL-paroxetine-US"),
    (("sertraline", "pimozide"), "pimozide-ssri-label", "contraindicated", "label", "contraindicated", "SmPC-pimozide-UK"),
    (("paroxetine", "tamoxifen"), "paroxetine-tamoxifen-label", "major", "label", "consider an alternative antidepressant", "LBL-paroxetine-US-2011"),
    (("fluoxetine", "tamoxifen"), "cyp2d6-inhibitor-prodrug", "moderate", "editorial", None, "Jordan2007"),
    (("bupropion", "codeine"), "cyp2d6-inhibitor-prodrug", "moderate", "editorial", None, "Medsafe-codeine-2013"),
    (("fluoxetine", "vortioxetine"), "vortioxetine-cyp2d6-label", "moderate", "label", "reduce the vortioxetine dose by half", "LBL-vortioxetine-US"),
    (("bupropion", "desipramine"), "cyp2d6-inhibitor-substrate", "major", "editorial", None, "Reese2008"),
    (("citalopram", "methadone"), "citalopram-qt-label", "major", "label", "should not be used", "LBL-citalopram-US"),
    (("sertraline", "warfarin"), "bleeding-reuptake-inhibitor-antithrombotic", "moderate", "editorial", None, "Korkmaz2020"),
    (("desvenlafaxine", "aspirin"), "desvenlafaxine-haemostasis-label", "moderate", "label", "closely monitor for bleeding", "LBL-desvenlafaxine-US-7"),
    (("duloxetine", "nsaids"), "bleeding-reuptake-inhibitor-antithrombotic", "moderate", "editorial", None, "LBL-desvenlafaxine-US-7"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("items", "rule", "severity", "basis", "wording", "ref"), FLAGS, ids=[f[1] + ":" + "+".join(f[0]) for f in FLAGS]
)
def test_combine_flags_each_named_pair_with_its_basis(
    items: tuple[str, str], rule: str, severity: str, basis: str, wording: str | None, ref: str
) -> None:
    flags = json.loads(run("combine", *items, "--json").stdout)["flags"]
    flag = next((f for f in flags if f["id"] == rule), None)
    assert flag is not None, [f["id"] for f in flags]
    assert (flag["severity"], flag["basis"], flag["wording"]) == (severity, basis, wording)
    assert ref in flag["references"]


def test_a_label_flag_replaces_the_editorial_flag_of_the_same_kind() -> None:
    ids = [f["id"] for f in json.loads(run("combine", "sertraline", "phenelzine", "--json").stdout)["flags"]]
    assert "sertraline-maoi-label" in ids and "serotonin-syndrome-maoi" not in ids


def test_severity_shows_its_basis_on_screen() -> None:
    text = run("combine", "fluvoxamine", "duloxetine", env={"COLUMNS": "200"}).stdout
    assert "contraindicated (label)" in text and "moderate (editorial)" in text


def test_contraindicated_only_where_a_label_says_so(catalog: Catalog) -> None:
    for rule in catalog.interactions:
        if rule.severity == "contraindicated":
            assert rule.basis is Basis.LABEL and rule.wording, rule.id


def test_agents_resolve_by_name_and_synonym() -> None:
    for name in ("pethidine", "Demerol", "St John's wort", "methylthioninium chloride", "Zyvox", "Imitrex"):
        assert run("combine", "sertraline", name).exit_code == 0, name
    result = run("switch", "phenelzine", "tramadol", "--json")
    assert result.exit_code == 0
    assert json.loads(run("search", "pethidine", "--json").stdout)[0]["id"] == "meperidine"


def test_list_agents_shows_properties() -> None:
    rows = json.loads(run("list", "agents", "--json").stdout)
    tramadol = next(r for r in rows if r["id"] == "tramadol")
    assert {"opioid", "serotonergic"} <= set(tramadol["properties"])
    assert "tramadol" in run("list", "agents", "--plain").stdout.split()


def test_an_agent_is_not_a_drug_page() -> None:
    result = run("drug", "tramadol")
    assert result.exit_code == 1
    assert "interaction partner" in result.stderr and result.stdout == ""


def test_unknown_partner_suggests_close_names() -> None:
    result = run("combine", "sertraline", "tramadl")
    assert result.exit_code == 1
    assert "tramadol" in result.stderr
