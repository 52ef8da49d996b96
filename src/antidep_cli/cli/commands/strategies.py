"""Treatment strategies and residual symptoms: what trials and guidelines describe, mechanism first."""

from typing import Annotated

import typer

from antidep_cli.cli.options import Format, FormatOption, JsonFlag, chosen, completer, load, present_page
from antidep_cli.cli.sections import SectionOption, sections_of


def strategies(ctx: typer.Context, fmt: FormatOption = Format.TABLE, as_json: JsonFlag = False) -> None:
    """Combination, augmentation and switch strategies, each with its status and its evidence in one line.

    \b
    antidep strategies
    antidep strategies --json
    """
    from antidep_cli.knowledge.model import STRATEGIES
    from antidep_cli.render import evidence_records
    from antidep_cli.render.pages.strategies import strategies_page

    ix = load(ctx)
    found = ix.all(STRATEGIES)
    present_page(
        chosen(ctx, fmt, as_json),
        strategies_page(ix, found),
        record=lambda _: [evidence_records.strategy_summary(s) for s in found],
    )


def strategy(
    ctx: typer.Context,
    words: Annotated[
        list[str],
        typer.Argument(
            metavar="NAME...",
            help="A strategy: its id or a name (lithium augmentation, ssri with bupropion).",
            autocompletion=completer("strategy"),
        ),
    ],
    section: SectionOption = None,
    fmt: FormatOption = Format.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """One strategy: the mechanism it adds, its evidence study by study with the numbers, and its status.

    \b
    antidep strategy lithium augmentation
    antidep strategy ssri with bupropion --section evidence
    """
    name = " ".join(words)  # several words need no quotes
    from antidep_cli.queries import strategies as found_in
    from antidep_cli.render import evidence_records
    from antidep_cli.render.pages.strategies import strategy_page

    ix = load(ctx)
    found = found_in.strategy(ix, name)
    page = strategy_page(ix, found)
    shown = page.only(sections_of("strategy", section))
    present_page(chosen(ctx, fmt, as_json), shown, record=lambda _: evidence_records.strategy(ix, found, page))


def symptom(
    ctx: typer.Context,
    words: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[SYMPTOM...]",
            help="A residual symptom (fatigue, insomnia, sexual dysfunction); none lists them.",
            autocompletion=completer("symptom"),
        ),
    ] = None,
    section: SectionOption = None,
    fmt: FormatOption = Format.TABLE,
    as_json: JsonFlag = False,
) -> None:
    """A residual symptom: mechanisms the literature links to it, the evidence for each, the drugs having them.

    \b
    antidep symptom fatigue
    antidep symptom sexual dysfunction --json
    antidep symptom
    """
    from antidep_cli.render import evidence_records
    from antidep_cli.render.pages.strategies import symptom_page, symptoms_page

    ix = load(ctx)
    if not words:
        from antidep_cli.knowledge.model import SYMPTOMS

        every = ix.all(SYMPTOMS)
        present_page(
            chosen(ctx, fmt, as_json), symptoms_page(ix, every), record=lambda _: evidence_records.symptoms(every)
        )
        return
    from antidep_cli.queries import strategies as found_in

    found = found_in.symptom(ix, " ".join(words))  # several words need no quotes
    page = symptom_page(ix, found)
    shown = page.only(sections_of("symptom", section))
    present_page(chosen(ctx, fmt, as_json), shown, record=lambda _: evidence_records.symptom(ix, found, page))
