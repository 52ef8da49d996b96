"""antidep: how antidepressants work, from a cited offline knowledge file.

``antidep_cli.open(path=None)`` returns a :class:`antidep_cli.api.Knowledge`
(see that module). It is imported on first use, so ``import antidep_cli`` stays cheap.
"""

from __future__ import annotations

from antidep_cli.version import __version__

TYPE_CHECKING = False  # typing is not imported at run time: --version stays cheap
if TYPE_CHECKING:
    from typing import Any

__all__ = ["Knowledge", "__version__", "open"]


def __getattr__(name: str) -> Any:
    """``open`` and ``Knowledge``, from antidep_cli.api on first use."""
    if name in ("open", "Knowledge"):
        from antidep_cli import api

        return getattr(api, name)
    raise AttributeError(f"module 'antidep_cli' has no attribute {name!r}")
