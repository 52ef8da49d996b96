"""Start-up benchmark: median wall time of antidep commands against `import typer`.

Every command runs interleaved, round after round, so machine noise hits all of
them alike. "repeat" runs replay a stored page (see README, Design); "first" runs
set ANTIDEP_NO_REPLAY=1, so they render from the cached knowledge file as a
lookup made for the first time would. Uses the `antidep` script next to this Python:

    python scripts/bench.py [--rounds 21]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGETS = {"--version": 1.15, "show ssri": 1.7, "show ssri --format json": 1.5, "compare snri ndri": 1.8}
FLOOR = "python -c 'import typer' (floor)"


def _time(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
    return time.perf_counter() - start


def main() -> None:
    """Print a Markdown table of medians and ratios to the floor."""
    parser = argparse.ArgumentParser(description="antidep start-up benchmark")
    parser.add_argument("--rounds", type=int, default=21)
    rounds = parser.parse_args().rounds
    antidep = str(Path(sys.executable).with_name("antidep"))
    repeat, first = dict(os.environ), dict(os.environ, ANTIDEP_NO_REPLAY="1")
    runs: dict[str, tuple[list[str], dict[str, str]]] = {FLOOR: ([sys.executable, "-c", "import typer"], repeat)}
    for command in TARGETS:
        if command == "--version":  # nothing to replay
            runs[f"antidep {command}"] = ([antidep, command], repeat)
            continue
        runs[f"antidep {command} (repeat)"] = ([antidep, *command.split()], repeat)
        runs[f"antidep {command} (first)"] = ([antidep, *command.split()], first)
    for argv, env in runs.values():  # warm the OS file cache and antidep's caches
        _time(argv, env)
    samples: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, (argv, env) in runs.items():
            samples[name].append(_time(argv, env))
    floor = statistics.median(samples[FLOOR])
    print(f"{rounds} interleaved rounds, {os.cpu_count()} CPUs\n")
    print("| command | median | ratio to floor | target |")
    print("|---|---|---|---|")
    for name, times in samples.items():
        median = statistics.median(times)
        target = TARGETS.get(name.removeprefix("antidep ").rsplit(" (", 1)[0]) if name != FLOOR else None
        print(f"| `{name}` | {median * 1000:.0f} ms | {median / floor:.2f}x | {f'<= {target}x' if target else '-'} |")


if __name__ == "__main__":
    main()
