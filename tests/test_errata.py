"""Every erratum in the seed documents, as a test that antidep does not repeat it.

The ids follow seed-errata.md: <seed>-<item>. Items marked CORRECT there are
pinned the other way: antidep keeps saying the true part.
"""

from __future__ import annotations

import re
import sys

import pytest

from antidep_cli.knowledge.model import Catalog, Direction, DrugClass, Role, Status, TargetKind
from antidep_cli.queries import query
from antidep_cli.queries.query import Index

ERRATA = [f"000-{i}" for i in range(1, 11)] + [f"001-{i}" for i in range(1, 11)] + [f"004-{i}" for i in range(1, 8)]


def all_text(catalog: Catalog) -> str:
    """Every sentence antidep can print from the knowledge file."""
    parts: list[str] = []
    for c in catalog.classes:
        parts += [c.summary, c.mode_of_action, *(a.effect for a in c.actions)]
        parts += [s.text for s in ((c.onset,) if c.onset else ()) + c.adaptations + c.notes]
        parts += [f"{se.effect} {se.mechanism}" for se in c.side_effects]
    for d in catalog.drugs:
        parts += [d.note, *(a.effect for a in d.actions), *(s.text for s in d.notes + d.metabolism)]
    parts += [t.description for t in catalog.targets]
    return "\n".join(parts)


def cls(ix: Index, ident: str) -> DrugClass:
    found = ix.items[ident]
    assert isinstance(found, DrugClass)
    return found


def primary_kinds(ix: Index, ident: str) -> set[TargetKind]:
    return {ix.targets[a.target].kind for a in query.primary(cls(ix, ident).actions)}


def test_erratum_000_1(index: Index) -> None:
    """TCAs block transporters; MAOIs block an enzyme; non-selective MAOIs raise dopamine too."""
    assert primary_kinds(index, "tca") == {TargetKind.TRANSPORTER}
    assert primary_kinds(index, "maoi") == {TargetKind.ENZYME}
    assert set(query.transmitters(cls(index, "maoi"))) == {"serotonin", "norepinephrine", "dopamine"}


def test_erratum_000_2(index: Index) -> None:
    """TCAs also antagonise H1, muscarinic and α1 receptors and block Na+ channels."""
    secondary = {a.target for a in cls(index, "tca").actions if a.role is Role.SECONDARY}
    assert {"H1", "M1", "alpha1", "Nav"} <= secondary
    assert {se.via for se in cls(index, "tca").side_effects} >= {"H1", "M1", "alpha1", "Nav"}


def test_erratum_000_3(index: Index) -> None:
    """SSRIs block SERT at class level, but several have secondary actions."""
    assert [a.target for a in cls(index, "ssri").actions] == ["SERT"]
    assert any(a.target == "M1" for a in index.items["paroxetine"].actions)
    assert any(a.target == "DAT" for a in index.items["sertraline"].actions)
    assert any(b.target == "DAT" and b.value_nm == 25 for b in query.drug(index, "sertraline").binding)
    (sigma,) = [a for a in index.items["fluvoxamine"].actions if a.target == "sigma-1"]
    assert sigma.action.value == "agonist"
    assert "JPET2002-sigma1" in sigma.references  # functional agonism in PC12 cells, blocked by NE-100


def test_erratum_000_4(index: Index) -> None:
    """Bupropion is the only NDRI, a weak transporter ligand with active metabolites."""
    marketed = [d for d in query.members(index, "ndri") if not any(r.status == "withdrawn" for r in d.regulatory)]
    assert [d.id for d in marketed] == ["bupropion"]
    actions = {a.target: a for a in index.items["bupropion"].actions}
    assert "DAT" in actions and any(
        b.target == "DAT" and b.value_nm == 520 for b in query.drug(index, "bupropion").binding
    )
    assert actions["NET"].status is Status.CONTESTED
    assert "hydroxybupropion" in query.drug(index, "bupropion").note


def test_erratum_000_5(index: Index) -> None:
    """Most antidepressants act first on transporters or an enzyme, not receptors."""
    for ident in ("ssri", "snri", "tca", "ndri"):
        assert TargetKind.TRANSPORTER in primary_kinds(index, ident)
    assert primary_kinds(index, "maoi") == {TargetKind.ENZYME}
    assert TargetKind.TRANSPORTER not in primary_kinds(index, "nassa")
    assert not re.search(r"initially act at the receptor level", all_text(index.catalog), re.I)


def test_erratum_000_6(index: Index) -> None:
    """Autoreceptor desensitisation as the cause of the delay is a contested hypothesis."""
    for ident in ("ssri", "snri", "tca", "maoi"):
        about_5ht1a = [s for s in cls(index, ident).adaptations if "5-HT1A" in s.text]
        assert about_5ht1a and all(s.status is not Status.ESTABLISHED for s in about_5ht1a)
    assert any(
        s.status is Status.CONTESTED and "CommonsLinnros2019" in s.references for s in cls(index, "ssri").adaptations
    )


def test_erratum_000_7(index: Index) -> None:
    """GABA-A positive allosteric modulators and agomelatine are represented."""
    assert [a.action.value for a in cls(index, "neurosteroid").actions] == ["positive allosteric modulator"]
    assert {a.target for a in cls(index, "melatonergic").actions} == {"MT1", "MT2", "5-HT2C"}


def test_erratum_000_8(catalog: Catalog) -> None:
    """Combination benefit is contested, not a settled 'better outcome'."""
    assert not re.search(
        r"achieve better outcomes|combinations? (are|is) (more effective|better)", all_text(catalog), re.I
    )


def test_erratum_000_9(index: Index) -> None:
    """Non-monoaminergic classes do not primarily raise serotonin, noradrenaline or dopamine."""
    monoamines = {"serotonin", "norepinephrine", "dopamine"}
    for ident in ("nmda", "neurosteroid", "melatonergic"):
        assert not monoamines & set(query.transmitters(cls(index, ident)))


def test_erratum_000_10(catalog: Catalog) -> None:
    """The AI summary's numeral citations are unverifiable: it is never cited."""
    citations = " ".join(r.citation for r in catalog.references)
    assert "Pro Research Analysis" not in citations and "200M research papers" not in citations


def test_erratum_001_1(catalog: Catalog) -> None:
    """Antidepressants do not 'replenish' or 'balance' transmitters."""
    assert not re.search(
        r"replenish|balanc\w+ .*neurotransmitter|correct\w* (a|the) chemical imbalance", all_text(catalog), re.I
    )


def test_erratum_001_2(index: Index) -> None:
    """SNRIs inhibit SERT and NET only, not DAT."""
    snri = cls(index, "snri")
    assert {a.target for a in snri.actions} == {"SERT", "NET"}
    assert "dopamine" not in query.transmitters(snri)


def test_erratum_001_3(index: Index) -> None:
    """SSRIs inhibit SERT; inhibiting breakdown is what MAOIs do."""
    ssri = cls(index, "ssri")
    assert [(a.target, a.action.value) for a in ssri.actions] == [("SERT", "inhibitor")]
    assert not any(a.target.startswith("MAO") for d in query.members(index, "ssri") for a in d.actions)
    assert not re.search(r"SSRIs? (inhibit|block)s? the breakdown", all_text(index.catalog), re.I)


def test_erratum_001_4(index: Index) -> None:
    """SSRIs raise serotonin only."""
    assert query.transmitters(cls(index, "ssri")) == ("serotonin",)


def test_erratum_001_5(index: Index) -> None:
    """TCAs inhibit reuptake; they neither increase reuptake nor release serotonin."""
    for a in query.primary(cls(index, "tca").actions):
        assert a.action.value == "inhibitor"
        assert all(c.direction is Direction.RAISES for c in a.changes)
    assert not re.search(r"(?<!not )increases? (the )?reuptake", all_text(index.catalog), re.I)
    assert "not releasing agents" in cls(index, "tca").summary


def test_erratum_001_6(index: Index) -> None:
    """The mechanisms the blog omits are all present."""
    assert {
        "maoi",
        "ndri",
        "nassa",
        "sari",
        "multimodal",
        "spari",
        "nmda",
        "neurosteroid",
        "melatonergic",
    } <= index.items.keys()


def test_erratum_001_7(index: Index) -> None:
    """CORRECT in the seed, and kept: the action is immediate, the benefit takes weeks."""
    onset = cls(index, "ssri").onset
    assert onset is not None and "within hours" in onset.text and "weeks" in onset.text


def test_erratum_001_8(index: Index) -> None:
    """Reversal of structural change is a hypothesis, not why antidepressants are prescribed."""
    assert not re.search(r"reverse structural changes", all_text(index.catalog), re.I)
    plasticity = [s for s in cls(index, "ssri").adaptations if "neurogenesis" in s.text]
    assert plasticity and all(s.status is Status.HYPOTHESIS for s in plasticity)


def test_erratum_001_9(catalog: Catalog) -> None:
    """No 'a third do not respond' figure without its source."""
    assert not re.search(r"(a|one)[- ]third of (people|patients)", all_text(catalog), re.I)


def test_erratum_001_10(catalog: Catalog) -> None:
    """The blog's two references are real and are cited for what they actually say."""
    refs = {r.id: r for r in catalog.references}
    assert "52(4):378–386" in refs["AndradeRao2010"].citation and refs["AndradeRao2010"].pmid == "21267376"
    assert "65(9):1227–1236" in refs["Richelson1990"].citation
    tca = next(c for c in catalog.classes if c.id == "tca")
    assert "Richelson1990" in tca.actions[0].references  # cited for reuptake *inhibition*


def test_erratum_004_1(index: Index) -> None:
    """The monoamine-deficiency premise is presented as contested."""
    notes = [s for s in cls(index, "ssri").notes if "Moncrieff2022" in s.references]
    assert notes and notes[0].status is Status.CONTESTED
    claim = r"(?<!evidence that )depression is (associated with|caused by) (reduced|low)"
    assert not re.search(claim, all_text(index.catalog), re.I)


def test_erratum_004_2(catalog: Catalog) -> None:
    """No 'normal range' of synaptic monoamines."""
    assert "normal range" not in all_text(catalog)


def test_erratum_004_3(index: Index) -> None:
    """NaSSA α2 action is antagonism at autoreceptors and heteroreceptors."""
    alpha2 = [a for a in cls(index, "nassa").actions if a.target == "alpha2"]
    assert {a.action.value for a in alpha2} == {"antagonist"}
    assert {a.site.value for a in alpha2} == {"presynaptic autoreceptor", "presynaptic heteroreceptor"}


def test_erratum_004_4(index: Index) -> None:
    """5-HT3 is a ligand-gated channel; mirtazapine blocks both 5-HT2A and 5-HT2C."""
    assert index.targets["5-HT3"].kind is TargetKind.LIGAND_GATED
    assert {"5-HT2A", "5-HT2C", "5-HT3"} <= {a.target for a in cls(index, "nassa").actions}
    assert "5-HT1A" in cls(index, "nassa").summary


def test_erratum_004_5(index: Index) -> None:
    """Mirtazapine is a potent H1 antagonist, and that explains its commonest effects."""
    h1 = next(a for a in index.items["mirtazapine"].actions if a.target == "H1")
    assert h1.affinity is not None and h1.affinity.level.value == "high"
    assert any(se.via == "H1" and "weight gain" in se.effect for se in cls(index, "nassa").side_effects)


def test_erratum_004_6(index: Index) -> None:
    """NaSSAs do not inhibit reuptake."""
    entries: tuple[query.Item, ...] = (cls(index, "nassa"), *query.members(index, "nassa"))
    for entry in entries:
        assert not any(index.targets[a.target].kind is TargetKind.TRANSPORTER for a in entry.actions)


def test_erratum_004_7(catalog: Catalog) -> None:
    """No unqualified '30%' treatment-resistance figure."""
    assert not re.search(r"\b30 ?%", all_text(catalog))


def test_every_erratum_has_a_test() -> None:
    module = sys.modules[__name__]
    missing = [e for e in ERRATA if not hasattr(module, f"test_erratum_{e.replace('-', '_')}")]
    assert not missing


@pytest.mark.parametrize("phrase", ["SSRIs inhibit the breakdown", "increase the reuptake", "replenish"])
def test_all_text_helper_would_catch_an_erratum(phrase: str) -> None:
    """The text scan is real: it sees a phrase planted in a summary."""
    from dataclasses import replace

    from antidep_cli.knowledge.loader import load_catalog
    from antidep_cli.knowledge.location import data_path

    cat = load_catalog(data_path())
    planted = replace(cat, classes=(replace(cat.classes[0], summary=phrase), *cat.classes[1:]))
    assert phrase in all_text(planted)
