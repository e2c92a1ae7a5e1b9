"""Start-up: how long a short command takes, beside the floor and a naive eager import, same run.

Commands, each a fresh ``python -m factbase`` process, as a user runs them:

- ``--version`` and ``--help``;
- ``check CLAIM --source star`` on the bundled corpus (``factbase demo --keep`` builds the
  database once, in a temporary folder, before anything is timed), with the claim of the
  ``check`` help example, which its source supports.

Beside them, in the same run:

- the floor: ``python -c pass``, the interpreter alone;
- naive: the same command, in a process that first imports every module of factbase and the
  libraries it reads sources, databases and terminals with (sqlalchemy, sqlmodel, alembic,
  httpx, trafilatura, pdfminer, rich), as a command line that imports everything up front
  does.

Each figure is the median wall time of ``--runs`` runs, taken in turn with the floor and the
naive run of the same command, after one run each to warm the caches;
``speed-up`` is naive over factbase, ``over floor`` factbase less the bare interpreter. The
processes run as an installed package does, with bytecode cached (in a temporary
``PYTHONPYCACHEPREFIX``, so the checkout is left as it was) and with this checkout first on
``sys.path``. The last columns say how many modules the command imported (``-X importtime``)
and which of the heavy libraries among them.

    python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLAIM = "Laura Wilson, 17, was murdered in 2010."
HEAVY = (
    "sqlalchemy", "sqlmodel", "alembic", "pydantic", "rich", "httpx", "trafilatura", "lxml",
    "pdfminer", "rapidfuzz",
)  # fmt: skip
# The targets the start-up work set out to meet (seconds).
TARGETS = {"--version": 0.15, "--help": 0.15, "check": 0.4}


def eager_imports() -> list[str]:
    """Every module of this checkout's factbase package, and the heavy libraries it uses."""
    modules = sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for path in (ROOT / "factbase").rglob("*.py")
        if path.name != "__main__.py"
    )
    return modules + [
        "alembic.command", "httpx", "trafilatura", "pdfminer.high_level", "rich.console",
    ]  # fmt: skip


def environment(cache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["COLUMNS"] = "100"
    return env


def factbase_argv(args: Sequence[str]) -> list[str]:
    return [sys.executable, "-m", "factbase", *args]


def naive_argv(args: Sequence[str], modules: Sequence[str]) -> list[str]:
    code = (
        f"import sys, {', '.join(modules)}\n"
        "from factbase.cli.app import main\n"
        f"sys.argv = ['factbase', *{list(args)!r}]\n"
        "main()\n"
    )
    return [sys.executable, "-c", code]


def wall(argv: Sequence[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    # factbase exits 1 on findings, never with a traceback: one means the run broke.
    if done.returncode not in (0, 1) or b"Traceback" in done.stderr:
        raise SystemExit(f"{' '.join(argv)} failed:\n{done.stderr.decode()}")
    return elapsed


def median_walls(argvs: Sequence[Sequence[str]], env: dict[str, str], runs: int) -> list[float]:
    """The median wall time of each command line, their runs taken in turn (so that a busy
    spell of the machine slows them alike), after one run each to warm the caches."""
    for argv in argvs:
        wall(argv, env)
    times: list[list[float]] = [[] for _ in argvs]
    for _ in range(runs):
        for argv, series in zip(argvs, times, strict=True):
            series.append(wall(argv, env))
    return [statistics.median(series) for series in times]


def imported(argv: Sequence[str], env: dict[str, str]) -> tuple[int, list[str]]:
    """How many modules ``argv`` imports, and which of the heavy libraries."""
    argv = [argv[0], "-X", "importtime", *argv[1:]]
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    names = [
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    ][1:]  # the first line is the header
    heavy = [h for h in HEAVY if h in names]
    return len(names), heavy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="runs per command (median)")
    opts = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="factbase-startup-") as tmp:
        env = environment(Path(tmp) / "pycache")
        db = str(Path(tmp) / "demo.db")
        subprocess.run(
            factbase_argv(["demo", "--keep", db]), env=env, capture_output=True, check=True
        )
        commands = {
            "--version": ["--version"],
            "--help": ["--help"],
            "check": ["--db", db, "check", CLAIM, "--source", "star"],
        }
        modules = eager_imports()
        floor_argv = [sys.executable, "-c", "pass"]
        rows = []
        for name, args in commands.items():
            fb_argv, naive_argv_ = factbase_argv(args), naive_argv(args, modules)
            floor, fb, naive = median_walls([floor_argv, fb_argv, naive_argv_], env, opts.runs)
            count, heavy = imported(fb_argv, env)
            naive_count, _ = imported(naive_argv_, env)
            rows.append((name, floor, fb, naive, count, naive_count, heavy))
        floor = statistics.median(row[1] for row in rows)
        print(f"factbase start-up, median of {opts.runs} runs (python -c pass: {floor:.3f} s)")
        head = (
            f"{'command':11} {'factbase s':>10} {'naive s':>8} {'speed-up':>8} "
            f"{'over floor':>10} {'target':>7}  {'modules fb/naive':>16}  heavy libraries loaded"
        )
        print(head)
        print("-" * len(head))
        for name, own_floor, fb, naive, count, naive_count, heavy in rows:
            print(
                f"{name:11} {fb:10.3f} {naive:8.3f} {naive / fb:7.1f}x {fb - own_floor:10.3f} "
                f"{TARGETS[name]:7.2f}  {f'{count}/{naive_count}':>16}  "
                f"{', '.join(heavy) or '-'}"
            )


if __name__ == "__main__":
    main()
