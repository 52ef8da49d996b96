"""The reference commands: show, drug, compare, targets, list, check."""

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from antidep_cli.cli.commands.pages import define, target as target_page
from antidep_cli.cli.options import (
    DocFormat,
    DocFormatOption,
    Format,
    ItemsArg,
    JsonFlag,
    ListFormat,
    ListFormatOption,
    chosen,
    completer,
    data_option,
    fail,
    items,
    load,
    present,
    present_entry,
    present_page,
    write,
)
from antidep_cli.cli.sections import SectionOption, sections_of
from antidep_cli.errors import UnknownNameError, UsageError

if TYPE_CHECKING:
    from rich.console import RenderableType

    from antidep_cli.queries.query import Index


def _unknown(ix: "Index", name: str) -> UnknownNameError:
    """No page by that name: close matches, or else a pointer to search where the text occurs."""

    from antidep_cli.queries import query
    from antidep_cli.queries.search import search

    error = query.unknown_page(ix, name)
    if error.suggestions or not name.strip() or not name.isprintable() or not search(ix, name, limit=1):
        return error
    return UnknownNameError("name", name, elsewhere=("text", name))


def _plain(fmt: DocFormat) -> Format:
    """A page without Markdown (targets and terms) shows Markdown requests as a table."""
    return Format.JSON if fmt is DocFormat.JSON else Format.TABLE


BriefFlag = Annotated[bool, typer.Option("--brief", "-b", help="The essentials only; fits one screen.")]


def show_class(
    ctx: typer.Context,
    words: Annotated[
        list[str],
        typer.Argument(
            metavar="NAME...",
            help="A class (ssri, SNRIs, tricyclic), or a drug, target or glossary term.",
            autocompletion=completer("page"),
        ),
    ],
    brief: BriefFlag = False,
    section: SectionOption = None,
    fmt: DocFormatOption = DocFormat.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """Show how a class works: targets, actions, adaptations, side effects, drugs, sources.

    A drug, target or glossary term shows its own page.

    \b
    antidep show ssri
    antidep show ssri --brief
    antidep show tca --section side-effects
    antidep show "MAO inhibitors" --format json
    """
    name = " ".join(words)  # several words need no quotes
    from antidep_cli.queries import query

    ix = load(ctx)
    if treatment := query.neuromodulation(ix, name):
        from antidep_cli.cli.commands.clinic import present_neuromodulation

        return present_neuromodulation(ix, treatment, chosen(ctx, fmt, as_json))
    place = ix.where("item", name)
    if place is None:
        if ix.lookup("target", name) is not None:
            return target_page(ctx, [name], section, _plain(fmt), as_json)
        if ix.lookup("term", name) is not None:
            return define(ctx, [name], _plain(fmt), as_json)
        raise _unknown(ix, name)
    for kind, command in (("target", "target"), ("term", "define")):
        if (other := ix.lookup(kind, name)) is not None:  # an ambiguous name: say where the other page is
            fail(f"antidep: {name!r} is also a {kind}; see: antidep {command} {other}")
    found, ident = place
    if found == "drugs":
        return drug(ctx, [ident], brief, section, fmt, as_json)
    if found == "agents":
        raise UnknownNameError("class", name, elsewhere=("agent", ident))
    wanted = sections_of("class", section)
    present_entry(chosen(ctx, fmt, as_json), ix, query.drug_class(ix, ident), brief=brief, sections=wanted)


def drug(
    ctx: typer.Context,
    words: Annotated[
        list[str],
        typer.Argument(
            metavar="DRUG...",
            help="A drug: generic or brand name (mirtazapine, Zoloft).",
            autocompletion=completer("drug"),
        ),
    ],
    brief: BriefFlag = False,
    section: SectionOption = None,
    fmt: DocFormatOption = DocFormat.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """Show one drug: what sets it apart, actions and measured affinities, side effects, pharmacokinetics.

    \b
    antidep drug mirtazapine
    antidep drug mirtazapine --brief
    antidep drug Zoloft --json
    """
    name = " ".join(words)  # several words need no quotes
    from antidep_cli.queries import query

    ix = load(ctx)
    found = query.drug(ix, name)
    present_entry(chosen(ctx, fmt, as_json), ix, found, brief=brief, sections=sections_of("drug", section))


def compare(
    ctx: typer.Context,
    names: ItemsArg,
    fmt: DocFormatOption = DocFormat.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """Compare classes or drugs side by side, by target and by neurotransmitter.

    \b
    antidep compare snri ndri
    antidep compare sertraline paroxetine
    """
    from antidep_cli.queries import analysis
    from antidep_cli.render import records
    from antidep_cli.render.pages.compare import comparison_page

    ix, found = items(ctx, names, 2)
    result = analysis.compare(ix, found)
    present_page(
        chosen(ctx, fmt, as_json), comparison_page(ix, result), record=lambda _: records.comparison(ix, result)
    )


def targets(
    ctx: typer.Context,
    neurotransmitter: Annotated[
        str | None,
        typer.Option(
            "--neurotransmitter",
            "-n",
            help="A neurotransmitter (serotonin, NE, 5-HT).",
            autocompletion=completer("neurotransmitter"),
        ),
    ] = None,
    target: Annotated[
        str | None,
        typer.Option("--target", "-t", help="A target (SERT, alpha2, H1).", autocompletion=completer("target")),
    ] = None,
    drugs: Annotated[bool, typer.Option("--drugs", help="List drugs instead of classes.")] = False,
    fmt: ListFormatOption = ListFormat.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """Which classes (or drugs) act on a neurotransmitter or at a target, primary first.

    \b
    antidep targets --neurotransmitter norepinephrine
    antidep targets --target DAT --drugs
    """
    from antidep_cli.queries import acting, query
    from antidep_cli.render import records, tabular

    if (neurotransmitter is None) == (target is None):
        raise UsageError("give exactly one of --neurotransmitter or --target")
    ix = load(ctx)
    if target is not None:
        key, ident = "target", query.target(ix, target).id
        found = acting.acting_on(ix, target=ident, drugs=drugs)
    else:
        key, ident = "neurotransmitter", query.neurotransmitter(ix, neurotransmitter or "").id
        found = acting.acting_on(ix, nt=ident, drugs=drugs)

    def table() -> "RenderableType":
        from antidep_cli.render.terminal.tables import acting_view

        return acting_view(ix, key, ident, found, drugs)

    record = records.acting(key, ident, found, drugs, ix.targets[ident] if key == "target" else None)
    text = lambda: tabular.csv_text(tabular.acting_rows(record))  # noqa: E731
    present(chosen(ctx, fmt, as_json), record=lambda: record, table=table, text=text)


class Listing(StrEnum):
    CLASSES = "classes"
    DRUGS = "drugs"
    AGENTS = "agents"
    TARGETS = "targets"
    NEUROTRANSMITTERS = "neurotransmitters"


def list_entries(
    ctx: typer.Context,
    what: Annotated[
        Listing, typer.Argument(metavar="[WHAT]", help="classes, drugs, agents, targets or neurotransmitters.")
    ] = Listing.CLASSES,
    plain: Annotated[bool, typer.Option("--plain", help="Ids only, one per line (for grep, fzf, scripts).")] = False,
    fmt: ListFormatOption = ListFormat.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """List classes, drugs, interaction partners (agents), targets or neurotransmitters.

    \b
    antidep list
    antidep list agents
    antidep list drugs --plain
    """
    from antidep_cli.render import records, tabular

    ix = load(ctx)
    rows = records.listing(ix, what.value)
    if plain:
        return write("".join(f"{row['id']}\n" for row in rows))

    def table() -> "RenderableType":
        from antidep_cli.render.terminal.tables import listing_view

        return listing_view(what.value, rows)

    present(chosen(ctx, fmt, as_json), record=lambda: rows, table=table, text=lambda: tabular.csv_text(rows))


def check(
    ctx: typer.Context,
    path: Annotated[
        str | None, typer.Argument(metavar="[PATH]", help="Knowledge file to validate (default: the one in use).")
    ] = None,
) -> None:
    """Validate and compile a knowledge file: exit 0 with counts, or 3 listing every problem.

    \b
    antidep check
    antidep check my-classes.yaml
    """
    from antidep_cli.cli.progress import stages
    from antidep_cli.knowledge import provenance
    from antidep_cli.knowledge.loader import open_index
    from antidep_cli.knowledge.location import data_path
    from antidep_cli.knowledge.model import DRUGS, REFERENCES
    from antidep_cli.queries.query import Index

    source = data_path(path or data_option(ctx))
    with stages() as report:
        db = open_index(source, report, fresh=True)
    n = db.counts()
    sections = (
        "classes",
        "drugs",
        "agents",
        "targets",
        "neurotransmitters",
        "references",
        "glossary",
        "strategies",
        "symptoms",
    )
    counted = [f"{n.get(s, 0)} {s}" if s != "glossary" else f"{n.get(s, 0)} glossary terms" for s in sections]
    ix = Index(db)
    refs = ix.all(REFERENCES)
    copies = sum(not provenance.is_canonical(r) for r in refs)
    unknown = sum(provenance.of_unknown_provenance(r) for r in refs)
    brands = [b for d in ix.all(DRUGS) for b in d.brands]
    on_copies = [b for b in brands if b.url is None]
    unknown_copies = sum(not provenance.by_known_reproducer(b.read_at) for b in on_copies)
    write(f"{source}: ok ({', '.join(counted)})\n")
    if copies:
        fail(f"warning: {copies} of {len(refs)} references name no canonical location (antidep sources --check)")
    if unknown:
        fail(f"warning: {unknown} references rest only on a copy of unknown provenance (antidep sources --check)")
    if on_copies:
        where = "seen only on copies, not on the regulator's page or the label"
        which = f" ({unknown_copies} of them on copies of unknown provenance)" if unknown_copies else ""
        fail(f"warning: {len(on_copies)} of {len(brands)} brand names were {where}{which}")
