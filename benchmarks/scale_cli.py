"""The command line at newsroom scale: each command a fresh process, as users run it.

    python benchmarks/scale_cli.py                     # 1,000 and 10,000 sources on SQLite
    python benchmarks/scale_cli.py --sizes 1000 10000 --backends sqlite postgres
    python benchmarks/scale_cli.py --backends postgres --postgres postgresql+psycopg://u@host/db
    python benchmarks/scale_cli.py --sizes 30000 --save big.json   # keep the figures, then
    python benchmarks/scale_cli.py --load small.json big.json      # print them together

For each size, a synthetic corpus (benchmarks/synth.py: ~6 KB sources with planted
disagreements) is written to files in a temporary folder, with a CSV of ten claims per source
(benchmarks/scale.py: cited sentences with light noise, 5% with one number changed), and
``python -m factbase`` is run on a fresh database, stage by stage: ``source add`` of every file
(one command per publication date), ``import`` of the CSV, ``verify``, ``verify`` with nothing
changed, ``conflicts report`` twice, ``review`` of a ~1,500-word draft (benchmarks/review.py),
then 2% of the sources edited, ``source refresh`` of them and ``verify`` again. Results are read
from each command's ``--json``.

For each command: wall time; peak memory of the command with its worker processes (the
proportional set sizes of its process tree, summed, sampled every 0.1 s: pages a worker forked
from the command shares with it count once; never below the largest single process's resident
set, as ``wait4`` reports it; a PostgreSQL server's own memory is not counted); and CPU
seconds of the command with its workers (plus those of the PostgreSQL server when it was started
here), beside the machine's load average, since on a busy machine wall time measures the
neighbours as much as factbase.

PostgreSQL: ``--postgres URL`` names a server (a database is created on it per size, and
dropped after); without it, a throw-away server is started from /usr/lib/postgresql/*/bin
(install the ``postgresql`` package) and stopped at the end.

The tables give each stage's seconds and peak MB by size, the growth exponent (a least-squares
fit of log time on log sources), the targets beside the figures, PostgreSQL over SQLite, the
naive baselines of benchmarks/scale.py on a sample with their ratio to factbase, and two
checks of correctness at scale: claims with a changed fact that import or verify call ``ok``
(must be 0), and facts changed by a source edit that verify calls anything but
``contradicted``.
"""

from __future__ import annotations

import argparse
import csv
import glob
import json
import math
import os
import random
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from review import bundled, make_draft  # noqa: E402
from scale import build_claims, edit_sources, naive  # noqa: E402
from synth import Corpus, make_corpus  # noqa: E402

CLAIMS_PER_SOURCE = 10
STAGES = (
    "source add", "import", "verify", "verify again", "conflicts", "conflicts again", "review",
    "refresh", "verify edited",
)  # fmt: skip
# Targets: (stage, what, test on (seconds, claims)). Memory, growth and the PostgreSQL ratio
# are checked apart.
IMPORT_RATE = 4000  # claims/s
VERIFY_PER_100K = 20.0  # s
TIME_TARGETS = {
    "verify again": 2.0, "conflicts": 60.0, "conflicts again": 10.0, "review": 10.0,
}  # fmt: skip
PEAK_MB = 1024
PEAK_AT = 10_000  # sources
MAX_EXPONENT = 1.1
MAX_PG_RATIO = 2.0
PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Timed:
    seconds: float
    peak_mb: float
    code: int
    cpu: float = 0.0  # user + system seconds of the command and its workers
    load: float = 0.0  # the machine's 1-minute load average when the command started
    server_cpu: float = 0.0  # CPU seconds of the PostgreSQL server started here, meanwhile


@dataclass
class SizeRun:
    backend: str
    sources: int
    claims: int
    stages: dict[str, Timed] = field(default_factory=dict)
    checks: dict[str, object] = field(default_factory=dict)


# ---------------------------------------------------------------- running one command


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def tree_rss(pid: int) -> int:
    """Bytes resident in ``pid`` and every process below it: their proportional set sizes (a
    page shared by a process and the workers it forked counts once, split between them), or
    their resident sets where the kernel gives no ``smaps_rollup``."""
    tree = _children()
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(tree.get(p, []))
        total += _pss(p)
    return total


def _pss(pid: int) -> int:
    found = _proc_kib(pid, "smaps_rollup", b"Pss:")
    if found is not None:
        return found
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * PAGE
    except OSError:
        return 0


def high_water(pid: int) -> int:
    """The largest resident set ``pid`` has held since it started its program (``VmHWM``), in
    bytes; 0 once it is gone."""
    return _proc_kib(pid, "status", b"VmHWM:") or 0


def _proc_kib(pid: int, name: str, key: bytes) -> int | None:
    """The figure in kB on the line of ``/proc/PID/NAME`` that starts with ``key``, in bytes;
    None when the process or the line is not there."""
    try:
        with open(f"/proc/{pid}/{name}", "rb") as f:
            for line in f:
                if line.startswith(key):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


class PeakSampler(threading.Thread):
    """The command's tree, sampled: its largest proportional set size, and the command's own
    high-water mark, which keeps a peak between two samples. (The resource usage ``wait4``
    gives is no measure of it: a child's largest resident set starts from the benchmark's own,
    whose pages the child held between fork and exec.)"""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.done = pid, 0, threading.Event()

    def run(self) -> None:
        while True:  # a first sample at once: a short command may be gone within 0.1 s
            self.peak = max(self.peak, tree_rss(self.pid), high_water(self.pid))
            if self.done.wait(0.1):
                return


def run_cli(args: Sequence[str], *, cwd: Path, env: dict[str, str], out: Path) -> Timed:
    """``python -m factbase ARGS`` with stdout to ``out``: time, peak memory, exit code."""
    cmd = [sys.executable, "-m", "factbase", *args]
    load = os.getloadavg()[0]
    with out.open("wb") as so, out.with_suffix(".err").open("wb") as se:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=so, stderr=se)
        sampler = PeakSampler(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        sampler.done.set()
        sampler.join()
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        err = out.with_suffix(".err").read_text("utf-8", "replace")[-2000:]
        raise SystemExit(f"{shlex.join(cmd)} exited {code}:\n{err}")
    peak = sampler.peak
    cpu = usage.ru_utime + usage.ru_stime
    return Timed(seconds, peak / 2**20, code, cpu, load)


def tree_cpu(pid: int) -> float:
    """CPU seconds of ``pid``, its children, and the children it has reaped."""
    ticks = 0
    for p in [pid, *_children().get(pid, [])]:
        try:
            with open(f"/proc/{p}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ticks += sum(int(v) for v in stat[stat.rindex(b")") + 2:].split()[11:15])
    return ticks / os.sysconf("SC_CLK_TCK")


def read_json(path: Path) -> object:
    return json.loads(path.read_text("utf-8"))


# ---------------------------------------------------------------- databases


@contextmanager
def throwaway_postgres(port: int) -> Iterator[tuple[str, int]]:
    """A PostgreSQL server in a temporary folder (trust authentication, 127.0.0.1:port)."""
    found = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    if not found:
        raise SystemExit(
            "no PostgreSQL binaries in /usr/lib/postgresql (install the postgresql package), "
            "or give --postgres URL"
        )
    bindir = Path(max(found, key=lambda p: int(Path(p).parts[-3].split(".")[0]))).parent
    run_dir = Path(tempfile.mkdtemp(prefix="factbase-scale-pg-"))
    run_dir.chmod(0o755)
    root = os.geteuid() == 0
    if root:
        shutil.chown(run_dir, "postgres", "postgres")

    def as_pg(*argv: str) -> None:
        command = shlex.join(argv)
        full = ["su", "postgres", "-s", "/bin/sh", "-c", command] if root else ["sh", "-c", command]
        subprocess.run(full, check=True, stdout=subprocess.DEVNULL)

    data = run_dir / "data"
    as_pg(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres")
    opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {run_dir}"
    as_pg(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(run_dir / "log"), "-w", "start",
          "-o", opts)  # fmt: skip
    try:
        postmaster = int((data / "postmaster.pid").read_text().split()[0])
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", postmaster
    finally:
        as_pg(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(run_dir, ignore_errors=True)


@contextmanager
def fresh_database(backend: str, server: str | None, folder: Path, name: str) -> Iterator[str]:
    """A new, empty database: a file in ``folder``, or ``name`` created on ``server``."""
    if backend == "sqlite":
        yield str(folder / "factbase.db")
        return
    import sqlalchemy as sa

    assert server is not None
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        c.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield sa.make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as c:
            c.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


# ---------------------------------------------------------------- one size, one backend


@dataclass
class Workload:
    corpus: Corpus
    rows: list[tuple[str, str]]
    expected: dict[int, str]
    spans: list[tuple[str, int, int]]


def workload(sources: int, seed: int) -> Workload:
    """The corpus and ten distinct claims per source (import skips a repeated row)."""
    corpus = make_corpus(sources, seed=seed)
    n = sources * CLAIMS_PER_SOURCE
    rows, expected, spans = build_claims(corpus, int(n * 1.4), random.Random(seed))
    keep: list[int] = []
    seen: set[tuple[str, str]] = set()
    for i, row in enumerate(rows):
        if row not in seen and len(keep) < n:
            seen.add(row)
            keep.append(i)
    return Workload(
        corpus,
        [rows[i] for i in keep],
        {k: expected[i] for k, i in enumerate(keep)},
        [spans[i] for i in keep],
    )


def write_files(w: Workload, folder: Path, words: int) -> None:
    (folder / "src").mkdir(parents=True)
    for sid, text in w.corpus.texts.items():
        (folder / "src" / f"{sid}.txt").write_text(text, encoding="utf-8")
    with (folder / "claims.csv").open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["claim", "source"])
        out.writerows(w.rows)
    (folder / "draft.md").write_text(make_draft(bundled(), words), encoding="utf-8")


def run_size(
    w: Workload, backend: str, db: str, folder: Path, env: dict[str, str], seed: int,
    server_pid: int | None = None,
) -> SizeRun:
    result = SizeRun(backend, len(w.corpus.texts), len(w.rows))
    out = folder / "out"
    out.mkdir(exist_ok=True)

    def cli(stage: str, *args: str, part: str = "") -> object:
        path = out / f"{stage.replace(' ', '_')}{part}.json"
        before = tree_cpu(server_pid) if server_pid else 0.0
        timed = run_cli(["--db", db, *args, "--json"], cwd=folder, env=env, out=path)
        if server_pid:
            timed.server_cpu = tree_cpu(server_pid) - before
        prior = result.stages.get(stage)
        if prior is not None:  # a stage of several commands: times add, peaks do not
            timed = Timed(
                prior.seconds + timed.seconds, max(prior.peak_mb, timed.peak_mb), 0,
                prior.cpu + timed.cpu, max(prior.load, timed.load),
                prior.server_cpu + timed.server_cpu,
            )
        result.stages[stage] = timed
        print(f"    {backend} {result.sources:>7,} {stage:<16} {timed.seconds:8.1f} s "
              f"{timed.cpu:8.1f} cpu s {timed.peak_mb:7.0f} MB  load {timed.load:.1f}  "
              f"server {timed.server_cpu:.1f} cpu s",
              flush=True)  # fmt: skip
        return read_json(path)

    by_date: dict[str, list[str]] = {}
    for sid in w.corpus.texts:
        by_date.setdefault(w.corpus.published[sid], []).append(f"src/{sid}.txt")
    added = 0
    for k, (date, files) in enumerate(sorted(by_date.items())):
        added += len(cli("source add", "source", "add", "--published", date, *files,  # type: ignore[arg-type]
                         part=f"_{k}"))  # fmt: skip
    assert added == result.sources, (added, result.sources)

    imported: list[dict] = cli("import", "import", "claims.csv")  # type: ignore[assignment]
    assert len(imported) == len(w.rows), (len(imported), len(w.rows))
    claim_of = [r["claim_id"] for r in imported]
    changed = [i for i, want in w.expected.items() if want == "contradicted"]
    verified = {r["claim_id"]: r["status"] for r in cli("verify", "verify")}  # type: ignore[attr-defined]
    cli("verify again", "verify")
    report: dict = cli("conflicts", "conflicts", "report")  # type: ignore[assignment]
    cli("conflicts again", "conflicts", "report")
    reviewed: dict = cli("review", "review", "draft.md")  # type: ignore[assignment]

    cited_by_source: dict[str, list[tuple[int, int, int]]] = {}
    for i, r in enumerate(imported):
        if r["status"] == "ok" and r["start"] is not None:
            cited_by_source.setdefault(w.spans[i][0], []).append((i, r["start"], r["end"]))
    edited, expect_edit = edit_sources(w.corpus, cited_by_source, folder / "src",
                                       random.Random(seed))  # fmt: skip
    cli("refresh", "source", "refresh", *edited)
    after = {r["claim_id"]: r["status"] for r in cli("verify edited", "verify")}  # type: ignore[attr-defined]

    result.checks = {
        "import_statuses": dict(Counter(r["status"] for r in imported)),
        "changed_fact_rows": len(changed),
        "changed_fact_imported_ok": sum(imported[i]["status"] == "ok" for i in changed),
        "changed_fact_verified_ok": sum(verified.get(claim_of[i]) == "ok" for i in changed),
        "edited_sources": len(edited),
        "edited_fact": dict(Counter(
            after.get(claim_of[i]) for i, want in expect_edit.items() if want == "contradicted"
        )),
        "edited_wording": dict(Counter(
            after.get(claim_of[i]) for i, want in expect_edit.items() if want == "drift"
        )),
        "conflicts": len(report["conflicts"]),
        "review_counts": reviewed["counts"],
        "review_claims": len(reviewed["claims"]),
    }  # fmt: skip
    return result


# ---------------------------------------------------------------- tables


def exponent(points: Sequence[tuple[float, float]]) -> float | None:
    """The slope of log y on log x, least squares; None with fewer than two sizes."""
    pts = [(math.log(x), math.log(y)) for x, y in points if x > 0 and y > 0]
    if len({x for x, _ in pts}) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / sxx


def stage_target(stage: str, claims: int) -> float | None:
    """The most seconds a stage may take on ``claims`` claims, where a target says."""
    if stage == "import":
        return claims / IMPORT_RATE
    if stage == "verify":
        return VERIFY_PER_100K * claims / 100_000
    return TIME_TARGETS.get(stage)


def target_label(stage: str) -> str:
    if stage == "import":
        return f">={IMPORT_RATE:,}/s"
    if stage == "verify":
        return f"<={VERIFY_PER_100K:.0f}s/100k"
    t = TIME_TARGETS.get(stage)
    return f"<={t:.0f}s" if t else ""


def print_backend(runs: list[SizeRun]) -> dict[str, float | None]:
    runs = sorted(runs, key=lambda r: r.sources)
    width = 13
    head = f"{'sources':>8} {'claims':>8} " + " ".join(f"{s:>{width}}" for s in STAGES)
    print(f"\n{runs[0].backend}: seconds (claims/s for import); a * marks a missed target")
    print(head)
    print("-" * len(head))
    for r in runs:
        cells = []
        for s in STAGES:
            t = r.stages.get(s)
            if t is None:
                cells.append(f"{'-':>{width}}")
                continue
            limit = stage_target(s, r.claims)
            mark = "*" if limit is not None and t.seconds > limit else " "
            cell = f"{t.seconds:.1f}{mark}"
            if s == "import":
                cell = f"{t.seconds:.1f} ({r.claims / t.seconds:,.0f}){mark}"
            cells.append(f"{cell:>{width}}")
        print(f"{r.sources:>8,} {r.claims:>8,} " + " ".join(cells))
    slopes = {
        s: exponent([(r.sources, r.stages[s].seconds) for r in runs if s in r.stages])
        for s in STAGES
    }
    print(f"{'exponent':>17} " + " ".join(
        f"{(f'{e:.2f}' + ('*' if e > MAX_EXPONENT else ' ')) if e is not None else '-':>{width}}"
        for e in slopes.values()
    ))  # fmt: skip
    print(f"{'target':>17} " + " ".join(f"{target_label(s):>{width}}" for s in STAGES))
    print(f"\n{runs[0].backend}: peak MB of each command with its workers "
          f"(target <= {PEAK_MB:,} at {PEAK_AT:,} sources)")  # fmt: skip
    print(head)
    print("-" * len(head))
    for r in runs:
        cells = []
        for s in STAGES:
            t = r.stages.get(s)
            mark = "*" if t and r.sources == PEAK_AT and t.peak_mb > PEAK_MB else " "
            cells.append(f"{f'{t.peak_mb:.0f}{mark}' if t else '-':>{width}}")
        print(f"{r.sources:>8,} {r.claims:>8,} " + " ".join(cells))
    server = " and the PostgreSQL server started here" if runs[0].backend == "postgres" else ""
    print(f"\n{runs[0].backend}: CPU seconds of each command with its workers{server} "
          "(@ the machine's load average at its start)")  # fmt: skip
    print(head)
    print("-" * len(head))
    for r in runs:
        cells = [
            f"{f'{t.cpu + t.server_cpu:.1f} @{t.load:.1f}' if (t := r.stages.get(s)) else '-':>{width}}"  # noqa: E501
            for s in STAGES
        ]
        print(f"{r.sources:>8,} {r.claims:>8,} " + " ".join(cells))
    return slopes


def print_ratio(runs: list[SizeRun]) -> None:
    pairs = {
        r.sources: (r, o) for r in runs for o in runs
        if r.backend == "sqlite" and o.backend == "postgres" and o.sources == r.sources
    }  # fmt: skip
    if not pairs:
        return
    width = 13
    head = f"{'sources':>8} " + " ".join(f"{s:>{width}}" for s in STAGES)
    print(f"\npostgres / sqlite, seconds (target <= {MAX_PG_RATIO:.0f}x; * missed)")
    print(head)
    print("-" * len(head))
    for n, (lite, pg) in sorted(pairs.items()):
        cells = []
        for s in STAGES:
            if s in lite.stages and s in pg.stages:
                x = pg.stages[s].seconds / lite.stages[s].seconds
                cells.append(f"{f'{x:.2f}x' + ('*' if x > MAX_PG_RATIO else ' '):>{width}}")
            else:
                cells.append(f"{'-':>{width}}")
        print(f"{n:>8,} " + " ".join(cells))


def print_checks(runs: list[SizeRun]) -> None:
    print("\ncorrectness at scale")
    print(f"{'backend':>8} {'sources':>8}  changed-fact rows: imported ok / verified ok   "
          "facts changed by an edit: verify says          reworded by an edit: verify says")
    for r in sorted(runs, key=lambda r: (r.backend, r.sources)):
        c = r.checks
        fact = dict(c["edited_fact"])  # type: ignore[call-overload]
        n_fact = sum(fact.values())
        print(f"{r.backend:>8} {r.sources:>8,}  {c['changed_fact_imported_ok']:>5} / "
              f"{c['changed_fact_verified_ok']} of {c['changed_fact_rows']:<16}"
              f"{fact.get('contradicted', 0)} of {n_fact} contradicted {dict(sorted(fact.items(), key=str))}"  # noqa: E501
              f"   {dict(sorted(dict(c['edited_wording']).items(), key=str))}")  # type: ignore[call-overload]  # fmt: skip
    for r in sorted(runs, key=lambda r: (r.backend, r.sources)):
        c = r.checks
        print(f"{r.backend:>8} {r.sources:>8,}  import {c['import_statuses']}; "
              f"{c['conflicts']:,} conflicts; review of {c['review_claims']} draft claims "
              f"{c['review_counts']}")  # fmt: skip


def print_naive(runs: list[SizeRun], baselines: dict[int, dict[str, float]]) -> None:
    if not baselines:
        return
    print("\nnaive baselines (benchmarks/scale.py, on a sample, same run) beside the command line")
    for n, b in sorted(baselines.items()):
        claims = n * CLAIMS_PER_SOURCE
        for r in sorted((r for r in runs if r.sources == n), key=lambda r: r.backend):
            conf = r.stages.get("conflicts")
            imp = r.stages.get("import")
            if conf:
                print(f"  {n:>7,} {r.backend:<8} brute-force conflicts loop "
                      f"{b['pair_us']:.2f} us x {b['sentences']:,.0f} sentences x {claims:,} claims"
                      f" = {b['brute_force_s']:,.0f} s; conflicts report {conf.seconds:.1f} s: "
                      f"{b['brute_force_s'] / conf.seconds:,.0f}x faster")  # fmt: skip
            if imp:
                align = b["align_ms"] * claims / 1000
                print(f"  {n:>7,} {r.backend:<8} partial_ratio_alignment over each whole source "
                      f"{b['align_ms']:.3f} ms x {claims:,} = {align:.1f} s, right "
                      f"{b['align_right']:.1%}; import {imp.seconds:.1f} s "
                      f"({imp.seconds / align:.1f}x the naive time; in-process locate "
                      f"{b['locate_ms']:.3f} ms, right {b['locate_right']:.1%})")  # fmt: skip


def print_targets(runs: list[SizeRun], slopes: dict[str, dict[str, float | None]]) -> None:
    print("\ntargets")
    rows: list[tuple[str, str, bool]] = []
    for r in sorted(runs, key=lambda r: (r.backend, r.sources)):
        where = f"{r.backend} {r.sources:,}"
        for s in STAGES:
            t, limit = r.stages.get(s), stage_target(s, r.claims)
            if t is None or limit is None:
                continue
            if s == "import":
                rate = r.claims / t.seconds
                rows.append((f"{where} import", f"{rate:,.0f} claims/s (>= {IMPORT_RATE:,})",
                             rate >= IMPORT_RATE))  # fmt: skip
            else:
                rows.append((f"{where} {s}", f"{t.seconds:.1f} s (<= {limit:.1f})",
                             t.seconds <= limit))  # fmt: skip
        if r.sources == PEAK_AT:
            worst = max(r.stages, key=lambda s: r.stages[s].peak_mb)
            peak = r.stages[worst].peak_mb
            rows.append((f"{where} peak memory", f"{peak:,.0f} MB in {worst} (<= {PEAK_MB:,})",
                         peak <= PEAK_MB))  # fmt: skip
    for backend, by_stage in sorted(slopes.items()):
        for s, e in by_stage.items():
            if e is not None:
                rows.append((f"{backend} growth {s}", f"{e:.2f} (<= {MAX_EXPONENT})",
                             e <= MAX_EXPONENT))  # fmt: skip
    for r in runs:
        for o in runs:
            if r.backend == "sqlite" and o.backend == "postgres" and o.sources == r.sources:
                for s in STAGES:
                    if s in r.stages and s in o.stages:
                        x = o.stages[s].seconds / r.stages[s].seconds
                        rows.append((f"postgres/sqlite {r.sources:,} {s}", f"{x:.2f}x",
                                     x <= MAX_PG_RATIO))  # fmt: skip
    for what, figure, met in rows:
        print(f"  {'met ' if met else 'MISS'}  {what:<40} {figure}")
    print(f"  {sum(m for *_, m in rows)} of {len(rows)} met")


def report(runs: list[SizeRun], baselines: dict[int, dict[str, float]]) -> None:
    slopes = {}
    for backend in ("sqlite", "postgres"):
        mine = [r for r in runs if r.backend == backend]
        if mine:
            slopes[backend] = print_backend(mine)
    print_ratio(runs)
    print_naive(runs, baselines)
    print_checks(runs)
    print_targets(runs, slopes)


# ---------------------------------------------------------------- main


def save(path: Path, runs: list[SizeRun], baselines: dict[int, dict[str, float]]) -> None:
    data = {"runs": [asdict(r) for r in runs], "baselines": baselines}
    path.write_text(json.dumps(data, indent=1), "utf-8")


def load(paths: Sequence[Path]) -> tuple[list[SizeRun], dict[int, dict[str, float]]]:
    runs, baselines = [], {}
    for path in paths:
        data = json.loads(path.read_text("utf-8"))
        for r in data["runs"]:
            stages = {s: Timed(**t) for s, t in r.pop("stages").items()}
            runs.append(SizeRun(**r, stages=stages))
        baselines.update({int(k): v for k, v in data["baselines"].items()})
    return runs, baselines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000],
                    help="numbers of sources (ten claims each)")  # fmt: skip
    ap.add_argument("--backends", nargs="+", choices=["sqlite", "postgres"], default=["sqlite"])
    ap.add_argument("--postgres", metavar="URL",
                    help="a server (postgresql+psycopg://...); default: start one")  # fmt: skip
    ap.add_argument("--port", type=int, default=55441, help="port of the server started")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--words", type=int, default=1500, help="words of the reviewed draft")
    ap.add_argument("--naive-sample", type=int, default=300)
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it (SQLite only)")
    ap.add_argument("--save", type=Path, help="write the figures to this JSON file")
    ap.add_argument("--load", type=Path, nargs="+", help="print figures saved before; run nothing")
    args = ap.parse_args()
    if args.load:
        report(*load(args.load))
        return

    runs: list[SizeRun] = []
    baselines: dict[int, dict[str, float]] = {}
    with postgres_server(args) as (server, server_pid):
        for size in args.sizes:
            t0 = time.perf_counter()
            w = workload(size, args.seed)
            print(f"\n{size:,} sources, {len(w.rows):,} claims: corpus built in "
                  f"{time.perf_counter() - t0:.1f} s", flush=True)  # fmt: skip
            baselines[size] = naive(w.corpus, w.rows, w.spans, args.naive_sample,
                                    random.Random(args.seed))  # fmt: skip
            for backend in args.backends:
                with work_folder(args.keep, backend, size) as folder:
                    write_files(w, folder, args.words)
                    env = {k: v for k, v in os.environ.items() if k != "FACTBASE_DB"}
                    env["PYTHONPATH"] = os.pathsep.join(
                        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
                    )
                    env["FACTBASE_CONFIG_DIR"] = str(folder / "config")
                    name = f"factbase_scale_{size}"
                    with fresh_database(backend, server, folder, name) as db:
                        runs.append(run_size(w, backend, db, folder, env, args.seed,
                                             server_pid if backend == "postgres" else None))
            if args.save:
                save(args.save, runs, baselines)
    report(runs, baselines)


@contextmanager
def postgres_server(args: argparse.Namespace) -> Iterator[tuple[str | None, int | None]]:
    """The PostgreSQL server to use, if a backend needs one."""
    if "postgres" not in args.backends:
        yield None, None
    elif args.postgres:
        yield args.postgres, None
    else:
        with throwaway_postgres(args.port) as server:
            yield server


@contextmanager
def work_folder(keep: Path | None, backend: str, size: int) -> Iterator[Path]:
    if keep is not None:
        folder = keep / f"{backend}-{size}"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        yield folder
        return
    with tempfile.TemporaryDirectory(prefix=f"factbase-scale-{backend}-{size}-") as tmp:
        yield Path(tmp)


if __name__ == "__main__":
    main()
