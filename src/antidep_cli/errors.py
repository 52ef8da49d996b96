"""antidep's exceptions and exit codes. Imports nothing from the package."""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple


class ExitCode(IntEnum):
    OK = 0
    NOT_FOUND = 1
    USAGE = 2
    BAD_DATA = 3
    OUTPUT = 4


class Problem(NamedTuple):
    """One defect in a knowledge file, located by its path of keys and indexes (immutable)."""

    path: tuple[str | int, ...]
    message: str
    line: int | None = None
    column: int | None = None

    @property
    def where(self) -> str:
        """The path as ``classes[3].actions[1].target``."""
        text = ""
        for part in self.path:
            text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else part
        return text or "(top level)"


class AntidepError(Exception):
    """Base of every error antidep reports without a traceback."""

    exit_code = ExitCode.NOT_FOUND


class DataError(AntidepError):
    """The knowledge file is missing, unreadable or invalid."""

    exit_code = ExitCode.BAD_DATA

    def __init__(self, source: str, problems: list[Problem]) -> None:
        super().__init__(f"{source}: {len(problems)} problem(s)")
        self.source = source
        self.problems = problems

    def lines(self) -> list[str]:
        """Each problem as ``file:line:col: path: message``."""
        out = []
        for p in self.problems:
            loc = f"{self.source}:{p.line}:{p.column}" if p.line else self.source
            out.append(f"{loc}: {p.where}: {p.message}")
        return out


# What an entry of another kind is called, for "unknown class 'sertraline': it is a drug".
KIND_NAMES = {
    "item": "class or drug",
    "term": "glossary term",
    "agent": "interaction partner, not an antidepressant",
    "treatment": "neuromodulation treatment, not a drug",
    "text": "word the text uses, not a page",
}


class UnknownNameError(AntidepError):
    """A name that resolves to nothing: close matches, or the entry of another kind it names.

    ``elsewhere`` is ``(kind, id)`` where the name belongs to another kind of entry
    (``("drug", "sertraline")`` for ``show_class("Zoloft")``); the CLI turns it into a command to try.
    """

    def __init__(
        self, kind: str, name: str, suggestions: tuple[str, ...] = (), *, elsewhere: tuple[str, str] | None = None
    ) -> None:
        self.kind = kind
        self.name = name
        self.suggestions = suggestions
        self.elsewhere = elsewhere
        super().__init__(self.message())

    def message(self) -> str:
        """One line: the unknown name, quoted safely, and what it may have meant."""
        text = f"unknown {self.kind} {quote(self.name)}"
        if self.elsewhere:
            kind, ident = self.elsewhere
            return f"{text}: it is a {KIND_NAMES.get(kind, kind)} ({quote(ident)})"
        if self.suggestions:
            text += " — did you mean " + " or ".join(quote(s) for s in self.suggestions) + "?"
        return text


class UsageError(AntidepError):
    """Arguments that parse but do not make sense together."""

    exit_code = ExitCode.USAGE


def printable(text: str) -> str:
    """Text safe for a terminal line: control characters escaped, lone surrogates replaced."""
    clean = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in clean)


def quote(text: str) -> str:
    """Quote user or data text for a one-line message."""
    return "'" + printable(text).replace("'", "\\'") + "'"


class OutputError(AntidepError):
    """An output file or folder could not be written in full (nothing partial is left under its name)."""

    exit_code = ExitCode.OUTPUT
