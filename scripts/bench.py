"""Benchmark: start-up against the floor of the stack each answer needs, then lookups on a 10,000-drug file.

Two floors: `import typer` for answers without Rich (JSON, --version), and
`import typer, rich.console, rich.table` for pages drawn with Rich. Every command
runs interleaved with both floors, round after round, and each ratio is the
median of the per-round ratios, so machine noise hits a command and its floor
alike. A one-command Typer app printing a constant as JSON runs alongside, to
show what Typer's own parsing and dispatch add to `import typer`. Each run gets
a different terminal width (COLUMNS), so no run can reuse another's output. The
knowledge file is compiled once beforehand, as `antidep check` or any first run
does; each timed run is a first lookup. Uses the `antidep` script next to this
Python:

    python scripts/bench.py [--rounds 21] [--scale-rounds 7] [--no-scale]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TYPER = "python -c 'import typer'"
RICH = "python -c 'import typer, rich.console, rich.table'"
FLOORS = {TYPER: "import typer", RICH: "import typer, rich.console, rich.table"}
# What Typer alone costs an answer: one command, parsed and run, printing a constant as JSON.
ONE_COMMAND = """import typer
app = typer.Typer(add_completion=False)
@app.callback()
def root(data: str = typer.Option(None, "--data")) -> None: pass
@app.command()
def show(name: str, fmt: str = typer.Option("table", "--format")) -> None:
    import json, sys
    json.dump({"name": name, "format": fmt}, sys.stdout)
app(["show", "ssri", "--format", "json"])
"""
# command: (its floor, the target ratio)
TARGETS = {
    "--version": (TYPER, 1.2),
    "show ssri --format json": (TYPER, 1.2),
    "compare snri ndri": (RICH, 1.4),
    "drug mirtazapine": (RICH, 1.5),
    "show ssri": (RICH, 1.6),
    "profile": (RICH, 1.6),
    "target M1": (RICH, 1.6),
    "effect sleepy": (RICH, 1.6),
}
SCALE = {"drug mirtazapine": 1.3, "show ssri": 1.3, "targets --target DAT": 1.3, "search autoreceptor": 2.0}
ANTIDEP = str(Path(sys.executable).with_name("antidep"))


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time in seconds and peak memory in MB of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{' '.join(argv)} exited with {proc.returncode}")
    return time.perf_counter() - start, usage.ru_maxrss // 1024


def _rounds(runs: dict[str, list[str]], rounds: int, env: dict[str, str]) -> dict[str, list[tuple[float, int]]]:
    """Every command once per round, in turn; (seconds, MB) per run."""
    for argv in runs.values():  # warm the OS file cache and compile the index
        _run(argv, env)
    samples: dict[str, list[tuple[float, int]]] = {name: [] for name in runs}
    width = 60
    for _ in range(rounds):
        for name, argv in runs.items():
            width = 60 + (width - 59) % 80  # a different terminal width every run
            samples[name].append(_run(argv, env | {"COLUMNS": str(width)}))
    return samples


def _medians(runs: dict[str, list[str]], rounds: int, env: dict[str, str]) -> dict[str, tuple[float, int]]:
    samples = _rounds(runs, rounds, env)
    return {n: (statistics.median(t for t, _ in s), max(m for _, m in s)) for n, s in samples.items()}


def startup(rounds: int, env: dict[str, str]) -> None:
    """Print the start-up table: each command's median, and the median of its per-round ratios to its floor."""
    runs = {TYPER: [sys.executable, "-c", "import typer"]}
    runs[RICH] = [sys.executable, "-c", "import typer, rich.console, rich.table"]
    runs[ONE_COMMAND] = [sys.executable, "-c", ONE_COMMAND]
    runs |= {f"antidep {c}": [ANTIDEP, *c.split()] for c in TARGETS}
    samples = _rounds(runs, rounds, env)
    print(f"Start-up: {rounds} interleaved rounds, {os.cpu_count()} CPUs\n")
    print("| command | median | floor | ratio to floor | target |")
    print("|---|---|---|---|---|")
    for floor in FLOORS:
        median = statistics.median(t for t, _ in samples[floor])
        print(f"| `{floor}` (floor) | {median * 1000:.0f} ms | - | 1.00x | - |")
    one = samples[ONE_COMMAND]
    ratio = statistics.median(a / b for (a, _), (b, _) in zip(one, samples[TYPER], strict=True))
    median = statistics.median(t for t, _ in one)
    print(f"| a one-command Typer app printing JSON (no antidep) | {median * 1000:.0f} ms | typer | {ratio:.2f}x | - |")
    for command, (floor, target) in TARGETS.items():
        own = samples[f"antidep {command}"]
        ratio = statistics.median(a / b for (a, _), (b, _) in zip(own, samples[floor], strict=True))
        median = statistics.median(t for t, _ in own)
        row = f"| `antidep {command}` | {median * 1000:.0f} ms | {FLOORS[floor]} | {ratio:.2f}x | <= {target}x |"
        print(row)


_PHASES = """
import json, sys, time
marks = [("start", time.perf_counter())]
def mark(name):
    marks.append((name, time.perf_counter()))
import typer
mark("import typer (the floor, less Python's start)")
import antidep_cli.cli.app, antidep_cli.cli.commands.reference
app = antidep_cli.cli.app.build(["show"])
mark("import the CLI and register one command")
from antidep_cli.knowledge.loader import open_index
from antidep_cli.knowledge.location import data_path
from antidep_cli.queries import query
from antidep_cli.render.pages.entries import class_page
ix = query.Index(open_index(data_path()))
mark("open the index (sqlite3, json)")
found = query.drug_class(ix, "ssri")
mark("look up ssri (the dataclasses it needs are defined now)")
page = class_page(ix, found)
mark("build its page")
import rich.console, rich.table
mark("import Rich (the second floor)")
from antidep_cli.render.terminal.draw import page as draw
from antidep_cli.cli.options import make_console
mark("import the terminal renderers")
console = make_console()
with console.capture() as captured:
    console.print(draw(page))
mark("lay out the page with Rich")
json.dump([(b[0], (b[1] - a[1]) * 1000) for a, b in zip(marks, marks[1:])], sys.stdout)
"""


def breakdown(rounds: int, env: dict[str, str]) -> None:
    """Print where the time of `show ssri` goes, phase by phase, measured in one process."""
    import json

    python = statistics.median(_run([sys.executable, "-c", "pass"], env)[0] for _ in range(rounds)) * 1000
    phases: dict[str, list[float]] = {"start Python": [python]}
    for _ in range(rounds):
        out = subprocess.run([sys.executable, "-c", _PHASES], env=env, capture_output=True, check=True, text=True)
        for name, ms in json.loads(out.stdout):
            phases.setdefault(name, []).append(ms)
    print("\nWhere `show ssri` spends its time (medians, measured in-process):\n")
    print("| phase | ms |")
    print("|---|---|")
    for name, values in phases.items():
        print(f"| {name} | {statistics.median(values):.1f} |")


def scale(rounds: int, env: dict[str, str]) -> None:
    """Print the scale table: check on a synthetic 10,000-drug file, then lookups against the shipped file."""
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "synth.yaml"
        subprocess.run([sys.executable, str(Path(__file__).with_name("synth.py")), str(big)], check=True)
        seconds, mb = _run([ANTIDEP, "--data", str(big), "check"], env)
        print(f"\nScale: `antidep --data synth.yaml check` (validate and compile): {seconds:.1f} s, {mb} MB peak\n")
        runs = {}
        for command in SCALE:
            runs[f"{command} (shipped)"] = [ANTIDEP, *command.split()]
            runs[f"{command} (10,000 drugs)"] = [ANTIDEP, "--data", str(big), *command.split()]
        result = _medians(runs, rounds, env)
    print("| command | shipped file | 10,000 drugs | ratio | target | peak memory |")
    print("|---|---|---|---|---|---|")
    for command, target in SCALE.items():
        small, (large, mb) = result[f"{command} (shipped)"][0], result[f"{command} (10,000 drugs)"]
        row = f"| `{command}` | {small * 1000:.0f} ms | {large * 1000:.0f} ms | {large / small:.2f}x | <= {target}x"
        print(f"{row} | {mb} MB |")


def main() -> None:
    """Run the benchmarks with a private cache directory."""
    parser = argparse.ArgumentParser(description="antidep benchmarks")
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--scale-rounds", type=int, default=7)
    parser.add_argument("--no-scale", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, ANTIDEP_CACHE_DIR=cache)
        env.pop("ANTIDEP_DATA", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # byte-compiled, as a wheel install is
        startup(args.rounds, env)
        breakdown(args.scale_rounds, env)
        if not args.no_scale:
            scale(args.scale_rounds, env)


if __name__ == "__main__":
    main()
