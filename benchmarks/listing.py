"""Listing a large fact base for people: ``verify`` and ``list`` beside their JSON, same run.

Builds, through the command line, a database of about 10,000 claims: the bundled articles
stored ``--copies`` times over (``star1``, ``star2``, ...), every claim ``factbase demo``
extracts imported for each copy, one in twenty of those with a year in them with the year
changed (so that a few hundred claims are contradicted), then verified once. Then times, each
a fresh process with its output piped (median of ``--runs`` runs):

- ``verify`` (incremental: nothing changed) and ``list``: the view for people, which lists the
  claims needing attention and a line of counts;
- ``--all``: every claim, as the view listed them before, in tables of 200 rows;
- ``--json``: the machine output, the baseline.

    python benchmarks/listing.py [--copies N] [--runs N]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "rotherham"
CHANGED_SHARE = 0.05
_YEAR = re.compile(r"\b(19|20)\d\d\b")


def run(args: Sequence[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "factbase", *args], env=env, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"factbase {' '.join(args)} failed:\n{done.stderr}")
    return elapsed, done.stdout


def build(db: str, folder: Path, copies: int, env: dict[str, str]) -> int:
    """The database: every bundled article ``copies`` times, the demo's claims for each; how
    many claims it holds."""
    demo = str(folder / "demo.db")
    run(["demo", "--keep", demo], env)
    claims = json.loads(run(["--db", demo, "list", "--json"], env)[1])
    meta = json.loads((CORPUS / "sources.json").read_text("utf-8"))
    for m in meta:  # one command per article: its copies share its publication date
        text = (CORPUS / m["file"]).read_text("utf-8")
        paths = [folder / f"{m['id']}{n}.txt" for n in range(1, copies + 1)]
        for path in paths:
            path.write_text(text, "utf-8")
        run(["--db", db, "source", "add", *map(str, paths), "--published", m["published"]], env)
    rng = random.Random(7)
    rows = []
    for n in range(1, copies + 1):
        for c in claims:
            text = c["claim"]
            year = _YEAR.search(text)
            if year and rng.random() < CHANGED_SHARE:
                text = text[: year.start()] + str(int(year.group()) + 3) + text[year.end() :]
            rows.append((text, f"{c['source']}{n}"))
    path = folder / "claims.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["claim", "source"])
        writer.writerows(rows)
    run(["--db", db, "import", str(path), "--json"], env)  # repeated sentences are skipped
    return len(json.loads(run(["--db", db, "verify", "--json"], env)[1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=97, help="copies of the bundled corpus")
    parser.add_argument("--runs", type=int, default=3, help="runs per command (median)")
    opts = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="factbase-listing-") as tmp:
        folder = Path(tmp)
        env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "FACTBASE_DB")}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        env["FACTBASE_CONFIG_DIR"] = str(folder / "config")
        db = str(folder / "listing.db")
        start = time.perf_counter()
        claims = build(db, folder, opts.copies, env)
        print(
            f"factbase listing: {claims:,} claims over {opts.copies * 5:,} sources "
            f"(built in {time.perf_counter() - start:.0f} s), median of {opts.runs} runs"
        )
        head = f"{'command':16} {'seconds':>8} {'lines':>8} {'x json':>7}  last line"
        print(head)
        print("-" * len(head))
        for command in ("verify", "list"):
            timed = {}
            for variant in ((), ("--all",), ("--json",)):
                args = ["--db", db, command, *variant]
                outputs = [run(args, env) for _ in range(opts.runs)]
                timed[variant] = statistics.median(t for t, _ in outputs), outputs[-1][1]
            json_seconds = timed[("--json",)][0]
            for variant, (seconds, out) in timed.items():
                lines = out.splitlines()
                last = lines[-1] if lines and variant != ("--json",) else ""
                name = " ".join((command, *variant))
                print(
                    f"{name:16} {seconds:8.2f} {len(lines):8,} {seconds / json_seconds:6.1f}x  "
                    f"{last[:80]}"
                )


if __name__ == "__main__":
    main()
