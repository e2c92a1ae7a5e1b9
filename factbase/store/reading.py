"""Reading a source and its newest text, for a command that only reads (``check --source``).

A SQLite file already at the newest schema, the case of nearly every run, is read with
``sqlite3`` alone: loading SQLAlchemy, SQLModel and the tables would take longer than the
rest of the command. Any other database (PostgreSQL, a URL, a file that needs upgrading or
that ``sqlite3`` cannot read) is opened as every command opens it (``db.open_db``), and read
through the ORM, so that it is upgraded, or refused with the same message, as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from factbase.errors import DatabaseError, NotFoundError
from factbase.store import sqlitefile

if TYPE_CHECKING:
    from sqlmodel import Session


@dataclass(frozen=True)
class SourceRecord:
    """What a source says of itself (the ``sources`` columns a check reads)."""

    id: str
    title: str
    url: str | None
    publisher: str | None
    author: str | None
    published: str | None


@dataclass(frozen=True)
class TextRecord:
    """One stored version of a source's text."""

    source_id: str
    version: int
    text: str


class SourceReader(Protocol):
    """Sources and their newest texts; ``NotFoundError`` for an unknown source, or one
    without a stored text."""

    def source(self, source_id: str) -> SourceRecord: ...

    def latest_text(self, source_id: str) -> TextRecord: ...


def unknown_source(source_id: str) -> NotFoundError:
    return NotFoundError(f"unknown source: {source_id}")


def no_text(source_id: str) -> NotFoundError:
    return NotFoundError(f"source {source_id} has no stored text")


class SqliteReader:
    """A ``SourceReader`` on a ``sqlite3`` connection."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def source(self, source_id: str) -> SourceRecord:
        row = _first(
            self.connection,
            "SELECT id, title, url, publisher, author, published FROM sources WHERE id = ?",
            source_id,
        )
        if row is None:
            raise unknown_source(source_id)
        return SourceRecord(*row)

    def latest_text(self, source_id: str) -> TextRecord:
        row = _first(
            self.connection,
            "SELECT source_id, version, text FROM source_versions WHERE source_id = ? "
            "ORDER BY version DESC LIMIT 1",
            source_id,
        )
        if row is None:
            raise no_text(source_id)
        return TextRecord(*row)


def _first(connection: sqlite3.Connection, sql: str, *params: object) -> Any:
    """The first row ``sql`` gives, or None; what the database reports, as a DatabaseError
    worded as the ORM's errors are (``database error: no such table: sources``)."""
    try:
        return connection.execute(sql, params).fetchone()
    except sqlite3.Error as error:
        raise DatabaseError(f"database error: {error}") from error


class OrmReader:
    """A ``SourceReader`` on a session, for any database."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def source(self, source_id: str) -> SourceRecord:
        from factbase.store.models import Source

        row = self.session.get(Source, source_id)
        if row is None:
            raise unknown_source(source_id)
        return SourceRecord(
            id=row.id,
            title=row.title,
            url=row.url,
            publisher=row.publisher,
            author=row.author,
            published=row.published,
        )

    def latest_text(self, source_id: str) -> TextRecord:
        from sqlmodel import col, select

        from factbase.store.models import SourceVersion

        row = self.session.exec(
            select(SourceVersion.source_id, SourceVersion.version, SourceVersion.text)
            .where(SourceVersion.source_id == source_id)
            .order_by(col(SourceVersion.version).desc())
            .limit(1)
        ).first()
        if row is None:
            raise no_text(source_id)
        return TextRecord(*row)


@contextmanager
def open_reader(db: str | None, env: Mapping[str, str]) -> Iterator[SourceReader]:
    """A reader on the database named by ``db`` or ``env``, inside one read transaction.

    A database file that does not exist is refused, not created (a command that only reads
    has nothing to put in it)."""
    value = sqlitefile.chosen(db, env)
    if not sqlitefile.is_url(value) and value != ":memory:":
        path = sqlitefile.file_path(value)
        sqlitefile.require_file(path)
        connection = _connect_at_heads(str(path))
        if connection is not None:
            with _read_transaction(connection):
                yield SqliteReader(connection)
            return
    with _orm_reader(db, env) as reader:
        yield reader


def _connect_at_heads(path: str) -> sqlite3.Connection | None:
    """A connection set up as the engine sets up its own, on a file already at the newest
    schema; None for any file the engine must open (to upgrade it, or to say what is wrong)."""
    connection = sqlite3.connect(path, timeout=sqlitefile.BUSY_TIMEOUT_SECONDS)
    try:
        sqlitefile.configure(connection)
        if sqlitefile.at_heads(connection):
            return connection
    except sqlite3.Error:
        pass
    connection.close()
    return None


@contextmanager
def _read_transaction(connection: sqlite3.Connection) -> Iterator[None]:
    try:
        _first(connection, "BEGIN")
        yield
        _first(connection, "COMMIT")
    finally:
        connection.close()  # rolls back a transaction left open


@contextmanager
def _orm_reader(db: str | None, env: Mapping[str, str]) -> Iterator[SourceReader]:
    from factbase.store.db import open_db, require_existing, resolve_url, session_scope

    require_existing(resolve_url(db, env))
    engine = open_db(db, env)
    try:
        with session_scope(engine) as session:
            yield OrmReader(session)
    finally:
        engine.dispose()
