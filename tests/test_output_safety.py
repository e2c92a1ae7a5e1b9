"""What factbase prints cannot act on the terminal or a spreadsheet, and what it creates is
private: control characters neutralised, CSV formulas defused, new databases 0600."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from cli_support import default_db, default_db_is_file, invoke, invoke_json

pytestmark = pytest.mark.database

ESC_TITLE = "Report \x1b]0;pwned\x07 \x1b[2J\x9b31m"
HOSTILE = (
    "Evil page \x1b]0;owned\x07 clears \x1b[2J\x1b[H the screen.\n\n"
    "At least 1,400 children were \x1b[31mexploited\x1b[0m in Rotherham between 1997 and 2013.\n\n"
    "Reversed \u202etxt.exe\u202c and a C1 \x9b2J sequence.\n"
)
CLAIM = "At least 1,400 children were \x1b[31mexploited\x1b[0m in Rotherham between 1997 and 2013."
UNSAFE = ("\x1b", "\x07", "\x9b", "\u202e")


def _hostile_source(tmp_path: Path) -> None:
    path = tmp_path / "evil.txt"
    path.write_text(HOSTILE, "utf-8")
    assert invoke(["source", "add", path, "--id", "evil", "--title", ESC_TITLE]).exit_code == 0
    assert invoke(["add", CLAIM, "-s", "evil", "--topic", "t\x1b[5m"]).exit_code == 0


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["show", "1"],
        ["source", "list"],
        ["source", "show", "evil"],
        ["verify", "--details"],
        ["check", CLAIM, "-s", "evil"],
        ["add", "At least 1,500 children \x1b[2J were exploited", "-s", "evil"],
        ["extract", "evil"],
        ["conflicts", "report", "--format", "markdown"],
        ["conflicts", "report"],
        ["source", "show", "no\x1b]0;such\x07"],
        ["show", "1", "--format", "x\x1b[2J"],
        ["list", "--no-such-\x1b[2J"],
    ],
)
def test_no_terminal_control_reaches_the_terminal(tmp_path: Path, args: list[str]) -> None:
    _hostile_source(tmp_path)
    result = invoke(args)
    assert result.stdout or result.stderr
    for char in UNSAFE:
        assert char not in result.stdout, (char, result.stdout)
        assert char not in result.stderr, (char, result.stderr)


def test_control_characters_shown_as_visible_signs(tmp_path: Path) -> None:
    _hostile_source(tmp_path)
    out = invoke(["show", "1"]).stdout
    assert "␛[31mexploited␛[0m" in out  # the text is all there, only made visible


def test_json_keeps_the_text_and_escapes_it(tmp_path: Path) -> None:
    _hostile_source(tmp_path)
    result = invoke(["source", "show", "evil", "--json"])
    for char in UNSAFE:
        assert char not in result.stdout
    assert json.loads(result.stdout)["title"] == " ".join(ESC_TITLE.split())


@pytest.mark.parametrize(
    "claim",
    ['=HYPERLINK("http://x","1,400 children")', "+1,400 children", "-1,400", "@SUM(A1)"],
)
def test_csv_export_defuses_formulas(tmp_path: Path, claim: str) -> None:
    _hostile_source(tmp_path)
    assert invoke(["add", "-s", "evil", "--force", "--", claim]).exit_code in (0, 1)
    rows = list(csv.DictReader(io.StringIO(invoke(["export", "--format", "csv"]).stdout)))
    cells = [row["claim"] for row in rows]
    assert "'" + claim in cells
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())
    # JSON keeps the claim exactly.
    assert claim in [row["claim"] for row in invoke_json(["export"])]


@pytest.mark.sqlite_only
def test_new_database_is_private(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    old_umask = os.umask(0o022)
    try:
        assert invoke(["--db", db, "init"]).exit_code == 0
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    # SQLite gives its write-ahead log the permissions of the database.
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (x)")
    wal = Path(f"{db}-wal")
    assert wal.exists() and stat.S_IMODE(wal.stat().st_mode) == 0o600
    conn.close()


@pytest.mark.sqlite_only
def test_existing_database_keeps_its_permissions(tmp_path: Path) -> None:
    assert default_db_is_file()
    db = Path(default_db())
    assert invoke(["init"]).exit_code == 0
    db.chmod(0o640)
    assert invoke(["list"]).exit_code == 0
    assert stat.S_IMODE(db.stat().st_mode) == 0o640
