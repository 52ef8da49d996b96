"""Usage errors (an unknown command or option, a bad value or choice) as one line on stderr."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any, cast

import typer
from typer.core import TyperGroup

# Click's UsageError, the base of every usage error. Typer vendors Click privately,
# so it is reached through the public BadParameter, one of its subclasses.
_USAGE_ERROR = cast("type[Exception]", typer.BadParameter.__bases__[0])


class OneLineUsageError(typer.BadParameter):
    """Printed as ``antidep show: <what is wrong> (see 'antidep show -h')``."""

    def format_message(self) -> str:
        return self.message

    def show(self, file: IO[Any] | None = None) -> None:
        where = self.ctx.command_path if self.ctx else "antidep"
        typer.echo(f"{where}: {self.message} (see '{where} -h')", file=file, err=True)


@contextmanager
def _one_line() -> Iterator[None]:
    try:
        yield
    except OneLineUsageError:
        raise
    except _USAGE_ERROR as e:
        raise OneLineUsageError(e.format_message(), getattr(e, "ctx", None)) from None  # type: ignore[attr-defined]


class OneLineGroup(TyperGroup):
    """Typer's command group, reporting usage errors on one line."""

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        with _one_line():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: Any) -> Any:
        with _one_line():
            return super().invoke(ctx)
