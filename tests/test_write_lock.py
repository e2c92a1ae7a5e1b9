"""Matching holds no lock: ``import`` and ``verify`` read, match on every core, then take
SQLite's write lock only to store, so other writers never wait for their matching.

The full load of the issue (eight 5,000-row imports beside a ``verify --full`` loop) runs with
``FACTBASE_TEST_LOAD=full``; by default each writer imports fewer rows.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from cli_support import add_source, copy_source, factbase_process, invoke

from factbase.parallel import MIN_PARALLEL_ITEMS

pytestmark = [pytest.mark.database, pytest.mark.sqlite_only]

CLAIM = "At least 1,400 children in the town were subjected to appalling levels of crime"
# Other writers wait this long for the lock: far less than a large import spends matching.
WAIT = 2.0
FULL = os.environ.get("FACTBASE_TEST_LOAD") == "full"


def _rows(path: Path, count: int, tag: str) -> Path:
    lines = [f'"{CLAIM} and abuse, said report {tag}-{i}",star' for i in range(count)]
    path.write_text("claim,source\n" + "\n".join(lines) + "\n", "utf-8")
    return path


def _writer_waits(db: Path, procs: list[subprocess.Popen[bytes]]) -> tuple[int, int]:
    """Take and release the write lock every 0.1 s while ``procs`` run: (tries, refusals)."""
    tries = refused = 0
    while any(p.poll() is None for p in procs):
        conn = sqlite3.connect(db, timeout=WAIT, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        except sqlite3.OperationalError as exc:
            assert "locked" in str(exc)
            refused += 1
        finally:
            conn.close()
        tries += 1
        time.sleep(0.1)
    return tries, refused


@pytest.fixture
def db(tmp_path: Path) -> Path:
    db = tmp_path / "lock.db"
    add_source(copy_source(tmp_path, "star"), "star", "--db", str(db))
    return db


def test_import_matches_without_the_write_lock(db: Path, tmp_path: Path) -> None:
    rows = _rows(tmp_path / "rows.csv", MIN_PARALLEL_ITEMS + 1000, "a")
    proc = factbase_process(tmp_path / "log.txt", "--db", db, "import", rows)
    tries, refused = _writer_waits(db, [proc])
    assert proc.wait() in (0, 1), (tmp_path / "log.txt").read_text()
    assert tries >= 10, "the import was too quick to tell"
    assert refused == 0, f"{refused} of {tries} writers waited over {WAIT} s for the import"


def test_verify_matches_without_the_write_lock(db: Path, tmp_path: Path) -> None:
    rows = _rows(tmp_path / "rows.csv", MIN_PARALLEL_ITEMS + 1000, "v")
    assert invoke(["--db", db, "import", rows, "--json"]).exit_code in (0, 1)
    proc = factbase_process(tmp_path / "log.txt", "--db", db, "verify", "--full")
    tries, refused = _writer_waits(db, [proc])
    assert proc.wait() in (0, 1), (tmp_path / "log.txt").read_text()
    assert tries >= 10, "verify was too quick to tell"
    assert refused == 0, f"{refused} of {tries} writers waited over {WAIT} s for verify"


def test_concurrent_imports_beside_a_verify_loop(db: Path, tmp_path: Path) -> None:
    writers, per_writer = (8, 5000) if FULL else (8, 150)
    files = [_rows(tmp_path / f"rows{w}.csv", per_writer, f"w{w}") for w in range(writers)]
    imports = [
        factbase_process(tmp_path / f"import{w}.txt", "--db", db, "import", f)
        for w, f in enumerate(files)
    ]
    verifies = 0
    while any(p.poll() is None for p in imports):
        verify = factbase_process(tmp_path / "verify.txt", "--db", db, "verify", "--full")
        assert verify.wait() in (0, 1), (tmp_path / "verify.txt").read_text()
        verifies += 1
    for w, proc in enumerate(imports):
        assert proc.wait() in (0, 1), (tmp_path / f"import{w}.txt").read_text()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM claims").fetchone() == (writers * per_writer,)
        assert conn.execute("SELECT count(*) FROM citations").fetchone() == (writers * per_writer,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    assert verifies >= 1
