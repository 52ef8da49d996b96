"""What to try next: the CLI's wording for an unknown name that names another kind of entry."""

from __future__ import annotations

import shlex

from antidep_cli.errors import UnknownNameError, quote

_TRY = {
    "item": "it is a class or drug; try: antidep show {id}",
    "class": "it is a class; try: antidep show {id}",
    "drug": "it is a drug; try: antidep drug {id}",
    "agent": "it is an interaction partner, not an antidepressant; try: antidep list agents, antidep combine {id} ...",
    "treatment": "{id} is a neuromodulation treatment, not a drug; try: antidep show {id}",
    "target": "it is a target; try: antidep target {id}",
    "term": "it is a glossary term; try: antidep define {id}",
    "neurotransmitter": "it is a neurotransmitter; try: antidep targets --neurotransmitter {id}",
    "strategy": "it is a treatment strategy; try: antidep strategy {id}",
    "symptom": "it is a residual symptom; try: antidep symptom {id}",
    "text": "no page by that name, but the text mentions it; try: antidep search {quoted}",
}


def message(error: UnknownNameError) -> str:
    """The error's line, with the command that shows what the name does mean."""
    if error.elsewhere is None:
        return error.message()
    kind, ident = error.elsewhere
    hint = _TRY[kind].format(id=ident, quoted=shlex.quote(ident))
    return f"unknown {error.kind} {quote(error.name)}: {hint}"
