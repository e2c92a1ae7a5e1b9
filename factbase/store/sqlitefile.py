"""A SQLite database file, without SQLAlchemy: which file, how a connection to it is set up,
and the newest schema revision the migration scripts give.

``db`` builds SQLAlchemy engines on these; ``reading`` opens a file with ``sqlite3`` alone, for
a command that only reads and would otherwise spend most of its time loading SQLAlchemy.
"""

from __future__ import annotations

import ast
import re
import sqlite3
import time
from collections.abc import Mapping
from pathlib import Path

import factbase
from factbase.errors import DatabaseError

DEFAULT_DB = "factbase.db"
ENV_VAR = "FACTBASE_DB"
BUSY_TIMEOUT_SECONDS = 30


def chosen(db: str | None, env: Mapping[str, str]) -> str:
    """The database asked for: ``db``, else ``$FACTBASE_DB``, else ``factbase.db``."""
    return db or env.get(ENV_VAR) or DEFAULT_DB


def is_url(value: str) -> bool:
    """Whether ``value`` is a URL (it contains ``://``) rather than a file path."""
    return "://" in value


def file_path(value: str) -> Path:
    """The absolute path of the database file ``value`` names, in a folder that exists."""
    path = Path(value).expanduser().resolve()
    if not path.parent.is_dir():
        raise DatabaseError(f"database folder does not exist: {path.parent}")
    if path.is_dir():
        raise DatabaseError(f"database path is a folder, not a file: {path}")
    return path


def require_file(path: Path) -> None:
    """Refuse a database file that does not exist, for a command that only reads."""
    if not path.exists():
        raise DatabaseError(
            f"no database at {path}: give --db the path of an existing database, or "
            "store something first (factbase init creates an empty one)"
        )


def configure(connection: sqlite3.Connection) -> None:
    """Set up a new connection: transactions begun by factbase, a busy timeout, foreign keys
    and write-ahead logging."""
    # sqlite3's own transaction handling skips BEGIN before SELECT and DDL; take it over so
    # that a command, or a migration, is one transaction.
    connection.isolation_level = None
    connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}").close()
    connection.execute("PRAGMA foreign_keys=ON").close()
    _use_wal(connection)


def _use_wal(connection: sqlite3.Connection) -> None:
    """Switch to write-ahead logging (once per database file; the mode is stored in it).

    When several processes open a new database at once, SQLite may refuse the switch as a
    possible deadlock without waiting on the busy timeout; retry until it is made.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            connection.execute("PRAGMA journal_mode=WAL").close()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


# --- the newest schema -------------------------------------------------------------------------


def migrations_dir() -> Path:
    """The Alembic scripts: bundled in the wheel, or ``migrations/`` beside a source checkout."""
    package_dir = Path(factbase.__file__).parent
    bundled = package_dir / "_migrations"
    if bundled.is_dir():
        return bundled
    return package_dir.parent / "migrations"


# ``revision = "0005"`` (or ``revision: str = "0005"``) at the start of a line of a script.
_SCRIPT_ID = re.compile(r"^(revision|down_revision)\b[^=\n]*=(.*)$", re.MULTILINE)


def script_heads() -> frozenset[str] | None:
    """The newest revisions of the migration scripts, read from their text without running
    them; None when a script does not give its ``revision`` and ``down_revision`` as literals
    on one line each, as Alembic's template writes them (Alembic reads it then)."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in (migrations_dir() / "versions").glob("*.py"):
        ids = _script_ids(path.read_text(encoding="utf-8"))
        if ids is None:
            return None
        revisions.add(ids[0])
        revised.update(ids[1])
    return frozenset(revisions - revised) or None


def _script_ids(text: str) -> tuple[str, tuple[str, ...]] | None:
    """A script's revision and the revisions it follows, or None if not both are literals."""
    found: dict[str, object] = {}
    for name, value in _SCRIPT_ID.findall(text):
        if name in found:
            return None
        try:
            found[name] = ast.literal_eval(value.strip())
        except (ValueError, SyntaxError):
            return None
    if set(found) != {"revision", "down_revision"}:
        return None
    revision, down = found["revision"], found["down_revision"]
    down = (down,) if isinstance(down, str) else () if down is None else down
    if not isinstance(revision, str) or not isinstance(down, tuple):
        return None
    if not all(isinstance(d, str) for d in down):
        return None
    return revision, down


def at_heads(connection: sqlite3.Connection) -> bool:
    """Whether the database's schema revisions are the scripts' newest ones (nothing to
    upgrade); False for a file without factbase's revision table."""
    heads = script_heads()
    if heads is None:
        return False
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if found is None:
        return False
    current = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    return frozenset(row[0] for row in current) == heads
