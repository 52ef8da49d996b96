"""The vocabularies the entries name: neurotransmitters, brain regions, glossary terms, side effects."""

from __future__ import annotations

from dataclasses import dataclass, field

from antidep_cli.knowledge.model.vocab import CITES, refers


@dataclass(frozen=True, slots=True)
class Neurotransmitter:
    id: str
    name: str
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Region:
    """A brain region that adaptations and consequences can name."""

    id: str
    name: str
    description: str
    references: tuple[str, ...] = field(metadata=CITES)
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Term:
    """A glossary entry: a term the pages use, explained in one or two cited sentences."""

    id: str
    name: str
    definition: str
    references: tuple[str, ...] = field(metadata=CITES)
    synonyms: tuple[str, ...] = ()
    related: tuple[str, ...] = field(default=(), metadata=refers("glossary"))


@dataclass(frozen=True, slots=True)
class EffectTerm:
    """A side effect by the words people use for it; the facts stay with the classes and drugs that cite them."""

    id: str
    name: str
    synonyms: tuple[str, ...] = ()
