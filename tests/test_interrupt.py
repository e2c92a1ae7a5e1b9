"""Killing a parallel ``import`` or ``verify`` (SIGTERM, SIGKILL or Ctrl-C of the parent) leaves
no worker process behind, and the database as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_support import CHECKOUT, add_source, copy_source, db_rows, factbase_process, invoke

from factbase.parallel import MIN_PARALLEL_ITEMS, map_groups

pytestmark = [
    pytest.mark.database,
    pytest.mark.sqlite_only,
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)"),
]

CLAIM = "At least 1,400 children in the town were subjected to appalling levels of abuse"


def _children(pid: int) -> set[int]:
    """Every live (not zombie) process whose parent is ``pid``."""
    out = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            out.add(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture
def big_import(tmp_path: Path) -> tuple[Path, Path]:
    db = tmp_path / "kill.db"
    add_source(copy_source(tmp_path, "star"), "star", "--db", str(db))
    rows = tmp_path / "rows.csv"
    lines = [f'"{CLAIM} (row {i})",star' for i in range(MIN_PARALLEL_ITEMS + 500)]
    rows.write_text("claim,source\n" + "\n".join(lines) + "\n", "utf-8")
    return db, rows


def _kill_when_working(proc: subprocess.Popen[bytes], sig: int, log: Path) -> set[int]:
    """Wait until ``proc`` has started its workers, send ``sig``; return the workers."""
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while time.monotonic() < deadline and proc.poll() is None:
        workers = _children(proc.pid)
        if len(workers) >= 2:
            break
        time.sleep(0.05)
    assert proc.poll() is None and len(workers) >= 2, "the import never started its workers"
    time.sleep(0.5)
    workers |= _children(proc.pid)
    os.kill(proc.pid, sig)
    _wait_or_show_where_it_hangs(proc, log)
    return workers


def _wait_or_show_where_it_hangs(proc: subprocess.Popen[bytes], log: Path) -> None:
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGABRT)  # (its fault handler writes every thread's stack)
        time.sleep(1)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        pytest.fail("the interrupted command never ended:\n" + log.read_text()[-4000:])


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL, signal.SIGINT])
def test_killed_import_leaves_no_worker(big_import: tuple[Path, Path], sig: int) -> None:
    db, rows = big_import
    before = db_rows(db)
    log = db.with_name("stderr.txt")
    proc = factbase_process(log, "--db", db, "import", rows, new_session=True)
    workers = _kill_when_working(proc, sig, log)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.1)
    assert not [w for w in workers if _alive(w)], "workers outlived the import"
    assert "Traceback" not in log.read_text()
    assert db_rows(db) == before


def test_killed_verify_leaves_no_worker(big_import: tuple[Path, Path]) -> None:
    db, rows = big_import
    assert invoke(["--db", db, "import", rows, "--json"]).exit_code == 1  # the rows are "missing"
    log = db.with_name("stderr.txt")
    proc = factbase_process(log, "--db", db, "verify", "--full", new_session=True)
    workers = _kill_when_working(proc, signal.SIGTERM, log)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.1)
    assert not [w for w in workers if _alive(w)], "workers outlived verify"


def _terminated_by_default(_shared: None, items: list[int]) -> list[bool]:
    return [signal.getsignal(signal.SIGTERM) == signal.SIG_DFL for _ in items]


def test_a_worker_ends_on_sigterm_whatever_handler_its_parent_had() -> None:
    # A worker that turned SIGTERM into SystemExit would send it back as a result through a
    # pipe its ending parent no longer reads, and both would hang.
    items = list(range(MIN_PARALLEL_ITEMS))
    assert map_groups(_terminated_by_default, [(None, items)], workers=2) == [[True] * len(items)]


# A process whose worker is ended halfway through sending a result: the worker writes the length
# of a message and never the message, then waits to be ended; the process is interrupted.
_HALF_SENT = """
import os, struct, sys, time
from pathlib import Path
from factbase import parallel

mark = Path(sys.argv[1])

def half_send(_):
    os.write(pool._result_queue._writer.fileno(), struct.pack("!i", 1 << 20))
    mark.touch()
    time.sleep(600)

with parallel._pool(2, "fork") as pool:
    pool.submit(half_send, None)
    while not mark.exists():
        time.sleep(0.01)
    raise SystemExit(143)
"""


def test_a_worker_ended_while_sending_its_result_does_not_keep_the_process_alive(
    tmp_path: Path,
) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", _HALF_SENT, str(tmp_path / "sending")],
        env={**os.environ, "PYTHONPATH": str(CHECKOUT)},
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("the interrupted process never ended")
    assert proc.returncode == 143
    assert b"Traceback" not in err
