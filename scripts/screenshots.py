"""Record real terminal output of antidep as SVG pictures for the README.

python -m scripts.screenshots [OUTPUT_DIR]     (default: docs/img)
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from rich.console import Console
from rich.text import Text
from typer.testing import CliRunner

SHOTS = {
    "show-nassa.svg": ["show", "nassa", "--brief"],
    "matrix.svg": ["matrix"],
    "profile-tca.svg": ["profile", "tca"],
    "explain-ssri.svg": ["explain", "ssri"],
    "combine-maoi-ssri.svg": ["combine", "maoi", "ssri"],
}
WIDTH = 100
DRAWINGS = {"draw-ssri.svg": "ssri", "draw-nassa.svg": "nassa"}  # antidep draw ENTRY -o FILE


def shoot(argv: list[str], target: Path) -> None:
    """Run one command with colour at a fixed width and save what it printed as SVG."""
    from antidep_cli.cli.app import app

    env = {"COLUMNS": str(WIDTH), "FORCE_COLOR": "1", "COLORTERM": "truecolor", "NO_COLOR": "", "ANTIDEP_DATA": ""}
    result = CliRunner().invoke(app, argv, env=env, catch_exceptions=False)
    console = Console(record=True, width=WIDTH, file=io.StringIO(), force_terminal=True, color_system="truecolor")
    console.print(Text.from_ansi(result.stdout), end="")
    console.save_svg(str(target), title="antidep " + " ".join(argv))


def main(folder: Path) -> None:
    """Write every picture into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, argv in SHOTS.items():
        shoot(argv, folder / name)
    for name, entry in DRAWINGS.items():
        draw(entry, folder / name)


def draw(entry: str, target: Path) -> None:
    """Write the synapse diagram of one entry, as `antidep draw ENTRY -o FILE` does."""
    from antidep_cli.cli.app import app

    result = CliRunner().invoke(app, ["draw", entry, "-o", str(target)], env={"ANTIDEP_DATA": ""})
    if result.exit_code:
        raise SystemExit(f"antidep draw {entry}: {result.stderr}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/img"))
