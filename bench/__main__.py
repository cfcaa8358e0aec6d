"""`make bench` (python -m bench): run every bench/bench_*.py and print each figure beside
its target. Each module also runs alone: python -m bench.bench_<name>.

A benchmark module exposes run() -> list[Figure]. `python -m bench train-crisis-model` and
`python -m bench backtest-crisis-model` are commands, not benchmarks (bench/crisis_model_*.py).
Benchmarks build their own app on a scratch SQLite file and embedded Redis (or DATABASE_URL /
REDIS_URL when set) and never touch instance/."""
from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path

from bench.common import print_figures


def main(names: list[str]) -> int:
    package = Path(__file__).parent
    modules = sorted(m.name for m in pkgutil.iter_modules([str(package)]) if m.name.startswith("bench_"))
    if names:
        modules = [m for m in modules if any(n in m for n in names)]
    failures = 0
    for name in modules:
        started = time.perf_counter()
        print(f"== {name}", flush=True)
        figures = importlib.import_module(f"bench.{name}").run()
        print_figures(figures)
        failures += sum(1 for f in figures if f.met is False)
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    print(f"\n{failures} figure(s) missed their target" if failures else "\nall figures met their targets")
    return 1 if failures else 0


# Commands that are not benchmarks: the crisis classifier's training and its backtests.
COMMANDS = {"train-crisis-model": "bench.crisis_model_train", "backtest-crisis-model": "bench.crisis_model_backtest"}


if __name__ == "__main__":
    if sys.argv[1:2] and sys.argv[1] in COMMANDS:
        sys.exit(importlib.import_module(COMMANDS[sys.argv[1]]).main(sys.argv[2:]))
    sys.exit(main(sys.argv[1:]))
