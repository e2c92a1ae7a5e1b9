"""Every bad input: one line on stderr, exit 2, no traceback, nothing stored."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_support import (
    STAR_CLAIM,
    Rows,
    assert_usage_error,
    copy_source,
    db_rows,
    invoke,
    invoke_json,
    stored_sources,
)

pytestmark = pytest.mark.database

CHECK_STAR = ["check", STAR_CLAIM, "--source", "star"]


# --- bad files -----------------------------------------------------------------------------------


def _missing(tmp: Path) -> Path:
    return tmp / "nope.txt"


def _directory(tmp: Path) -> Path:
    (tmp / "folder").mkdir()
    return tmp / "folder"


def _binary(tmp: Path) -> Path:
    path = tmp / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return path


def _latin1(tmp: Path) -> Path:
    path = tmp / "latin1.txt"
    path.write_bytes("Le conseil a publié un rapport sur 1 400 enfants.\n".encode("latin-1"))
    return path


def _empty(tmp: Path) -> Path:
    path = tmp / "empty.txt"
    path.write_bytes(b"")
    return path


def _whitespace(tmp: Path) -> Path:
    path = tmp / "blank.txt"
    path.write_text("  \n\t\n\r\n   ", "utf-8")
    return path


BAD_FILES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing": (_missing, "no such file"),
    "directory": (_directory, "directory"),
    "binary": (_binary, "binary"),
    "latin-1": (_latin1, "not UTF-8"),
    "empty": (_empty, "empty file"),
    "whitespace": (_whitespace, "empty file"),
}


@pytest.mark.parametrize(
    ("command", "kind"),
    [
        *(("source add", kind) for kind in BAD_FILES if kind != "latin-1"),
        *(("import", kind) for kind in BAD_FILES),
    ],
)
def test_bad_file(tmp_path: Path, star: Rows, command: str, kind: str) -> None:
    """``source add`` converts legacy encodings (see test_cli_sources); ``import`` wants UTF-8."""
    make, fragment = BAD_FILES[kind]
    path = make(tmp_path)
    message = assert_usage_error(invoke([*command.split(), path]), fragment)
    assert path.name in message
    assert db_rows() == star


def test_undecodable_bytes_not_read_as_utf16(tmp_path: Path) -> None:
    """Bytes no legacy encoding fits are refused, or read keeping their ASCII letters."""
    path = tmp_path / "odd.txt"
    path.write_bytes(b"abc\x81\x8d def\n")
    result = invoke(["source", "add", path, "--json"])
    if result.exit_code == 2:
        assert_usage_error(result, "odd.txt")
    else:
        assert result.exit_code == 0, result.output
        assert "abc" in json.loads(result.stdout)[0]["title"]


def test_error_half_way_through_source_add_stores_nothing(tmp_path: Path) -> None:
    first = copy_source(tmp_path, "star")
    third = copy_source(tmp_path, "pse")
    result = invoke(["source", "add", first, tmp_path / "missing.txt", third])
    assert_usage_error(result, "no such file", "missing.txt")
    assert stored_sources() == []
    # The same files, fixed, go in together.
    copy_source(tmp_path, "flw", "missing.txt")
    assert len(invoke_json(["source", "add", first, tmp_path / "missing.txt", third])) == 3


def test_duplicate_in_the_same_command_stores_nothing(tmp_path: Path) -> None:
    first = copy_source(tmp_path, "star")
    assert_usage_error(invoke(["source", "add", first, first]), "already exists")
    assert stored_sources() == []


# --- bad arguments -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["add", "", "-s", "star"], "empty"),
        (["add", "   \n\t ", "-s", "star"], "empty"),
        (["check", " ", "-s", "star"], "empty"),
        (["add", "word " * 500, "-s", "star"], "longer than"),
        (["add", STAR_CLAIM, "-s", "star", "--topic", "  "], "topic is empty"),
        (["add", STAR_CLAIM, "-s", "star", "--quote", " "], "quote is empty"),
        (["add", STAR_CLAIM, "-s", "star", "--quote", "nowhere in the text"], "quote not found"),
        (["add", STAR_CLAIM, "-s", "nope"], "unknown source: nope"),
        (["check", STAR_CLAIM, "-s", "nope"], "unknown source: nope"),
        (["list", "-s", "nope"], "unknown source: nope"),
        (["source", "show", "nope"], "unknown source: nope"),
        (["source", "refresh", "nope"], "unknown source: nope"),
        (["extract", "nope"], "unknown source: nope"),
        (["extract"], "--all"),
        (["show", "999"], "unknown claim: 999"),
        (["remove", "999"], "unknown claim: 999"),
        (["verify", "999"], "unknown claim: 999"),
        (["verify", "1", "999"], "unknown claim: 999"),
        (["export", "--format", "yaml"], "--format"),
        (["conflicts", "report", "--format", "html"], "--format"),
        (["list", "--format", "yaml"], "--format must be table, json, nl or csv"),
        (["source", "list", "-f", "markdown"], "--format must be table, json, nl or csv"),
    ],
)
def test_bad_argument(star: Rows, args: list[str], fragment: str) -> None:
    assert_usage_error(invoke(args), fragment)
    assert db_rows() == star


@pytest.mark.parametrize(
    ("option", "fragment"),
    [
        (["--id", "no spaces!"], "invalid source id"),
        (["--published", "last Tuesday"], "--published"),
    ],
)
def test_bad_source_option(tmp_path: Path, option: list[str], fragment: str) -> None:
    path = copy_source(tmp_path, "star")
    assert_usage_error(invoke(["source", "add", path, *option]), fragment)
    assert stored_sources() == []


@pytest.mark.parametrize("published", ["2014-13", "2014-13-45", "2014-02-30"])
def test_impossible_published_date(tmp_path: Path, published: str) -> None:
    path = copy_source(tmp_path, "star")
    assert_usage_error(invoke(["source", "add", path, "--published", published]), "--published")
    assert stored_sources() == []


def test_duplicate_source_id(tmp_path: Path, star: Rows) -> None:
    other = copy_source(tmp_path, "lgc")
    assert_usage_error(invoke(["source", "add", other, "--id", "star"]), "already exists: star")
    assert db_rows() == star


def test_malformed_import_rows(tmp_path: Path, star: Rows) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(
        json.dumps({"claim": STAR_CLAIM, "source": "star"}) + "\n"
        + json.dumps({"claim": "", "source": "star"}) + "\n"
        + '{"claim": "unterminated\n',
        "utf-8",
    )  # fmt: skip
    assert_usage_error(invoke(["import", path]), "line 2", "line 3", "nothing imported")
    assert db_rows() == star


# --- bad databases -------------------------------------------------------------------------------


@pytest.mark.sqlite_only
def test_db_in_missing_folder(tmp_path: Path) -> None:
    db = tmp_path / "no" / "such" / "folder" / "f.db"
    for args in (["init"], ["list"], ["source", "add", copy_source(tmp_path, "star")]):
        assert_usage_error(invoke(["--db", db, *args]), "folder does not exist")
    assert not (tmp_path / "no").exists()


def test_db_from_environment_in_missing_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTBASE_DB", str(tmp_path / "gone" / "f.db"))
    assert_usage_error(invoke(["list"]), "folder does not exist")


@pytest.mark.sqlite_only
def test_db_is_a_folder(tmp_path: Path) -> None:
    assert_usage_error(invoke(["--db", tmp_path, "list"]), "folder")


@pytest.mark.sqlite_only
def test_corrupt_database(tmp_path: Path) -> None:
    db = tmp_path / "corrupt.db"
    junk = os.urandom(8192)
    db.write_bytes(junk)
    for args in (
        ["list"], ["source", "add", copy_source(tmp_path, "star")], ["init"], CHECK_STAR,
    ):  # fmt: skip
        assert_usage_error(invoke(["--db", db, *args]), "not a factbase database")
    assert db.read_bytes() == junk


@pytest.mark.sqlite_only
def test_other_sqlite_database(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.close()
    assert_usage_error(invoke(["--db", db, "list"]), "not a factbase database")
    assert_usage_error(invoke(["--db", db, *CHECK_STAR]), "not a factbase database")


@pytest.mark.sqlite_only
def test_database_from_a_newer_factbase(tmp_path: Path) -> None:
    db = tmp_path / "newer.db"
    assert invoke(["--db", db, "init"]).exit_code == 0
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    conn.close()
    message = assert_usage_error(invoke(["--db", db, "list"]), "newer factbase", "ffff9999")
    assert "upgrade factbase" in message
    star = copy_source(tmp_path, "star")
    assert_usage_error(invoke(["--db", db, "source", "add", star]), "newer factbase")
    assert_usage_error(invoke(["--db", db, *CHECK_STAR]), "newer factbase", "ffff9999")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("ffff9999",)]
        assert conn.execute("SELECT count(*) FROM sources").fetchone() == (0,)
    conn.close()


@pytest.mark.sqlite_only
def test_error_the_database_reports_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "damaged.db"
    assert invoke(["--db", db, "init"]).exit_code == 0
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE claims")
        conn.execute("DROP TABLE sources")
    conn.close()
    assert_usage_error(invoke(["--db", db, "list"]), "database error", "no such table")
    # check --source reads a file at the newest schema without the ORM: the same message.
    assert_usage_error(
        invoke(["--db", db, *CHECK_STAR]), "database error: no such table: sources"
    )


def test_init_creates_and_reports_schema(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    result = invoke(["--db", db, "init"])
    assert result.exit_code == 0, result.output
    assert "database ready at schema" in result.stdout
    assert db.exists()
    again = invoke(["--db", db, "init"])
    assert again.exit_code == 0
