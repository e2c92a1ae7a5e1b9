"""Reading a source and its newest text for a command that only reads (``check --source``):
``sqlite3`` alone on a SQLite file at the newest schema, the ORM on any other database, with the
same records and the same errors either way."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from factbase.checking import check_claim
from factbase.errors import DatabaseError, NotFoundError
from factbase.store.db import current_revision, downgrade, head_revision, open_db, session_scope
from factbase.store.models import Source, SourceVersion
from factbase.store.reading import (
    OrmReader,
    SourceReader,
    SourceRecord,
    SqliteReader,
    TextRecord,
    open_reader,
)

pytestmark = pytest.mark.database

CLAIM = "Laura Wilson, 17, was murdered in 2010."
TEXT = "The spotlight fell on Rotherham in 2010 when Laura Wilson, 17, was murdered."


def _populate(engine: Engine) -> None:
    """Source ``star`` with two versions of its text, and ``empty`` with none."""
    with session_scope(engine, write=True) as session:
        session.add(
            Source(
                id="star", title="The Star", origin="star.txt", url="https://example.org/star",
                publisher="The Star", author="A. Writer", published="2014-08-27",
            )
        )  # fmt: skip
        session.add(Source(id="empty", title="Empty", origin="empty.txt"))
        session.flush()
        for number, text in ((1, "An older text."), (2, TEXT)):
            session.add(SourceVersion(source_id="star", version=number, text=text, sha256="x"))


@pytest.fixture
def populated(engine: Engine) -> Engine:
    _populate(engine)
    return engine


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "reading.db"
    engine = open_db(str(path), {})
    try:
        _populate(engine)
    finally:
        engine.dispose()
    return path


def _readers(engine: Engine) -> Iterator[SourceReader]:
    """The ORM's reader on ``engine``, then (on SQLite) ``sqlite3``'s on the same file."""
    with session_scope(engine) as session:
        yield OrmReader(session)
    if engine.dialect.name == "sqlite":
        with closing(sqlite3.connect(str(engine.url.database))) as connection:
            yield SqliteReader(connection)


def test_readers_give_the_source_and_its_newest_text(populated: Engine) -> None:
    for reader in _readers(populated):
        assert reader.source("star") == SourceRecord(
            id="star", title="The Star", url="https://example.org/star", publisher="The Star",
            author="A. Writer", published="2014-08-27",
        )  # fmt: skip
        assert reader.source("empty").url is None
        assert reader.latest_text("star") == TextRecord(source_id="star", version=2, text=TEXT)


def test_readers_refuse_alike(populated: Engine) -> None:
    for reader in _readers(populated):
        with pytest.raises(NotFoundError, match="^unknown source: nope$"):
            reader.source("nope")
        with pytest.raises(NotFoundError, match="^source empty has no stored text$"):
            reader.latest_text("empty")
        with pytest.raises(NotFoundError, match="^source nope has no stored text$"):
            reader.latest_text("nope")


def test_check_is_the_same_through_either_reader(populated: Engine) -> None:
    results = [check_claim(reader, text=CLAIM, source_id="star") for reader in _readers(populated)]
    assert results[0].status == "ok" and results[0].version == 2
    assert all(result == results[0] for result in results)


def test_the_default_database_is_read_as_its_kind_needs(populated: Engine) -> None:
    # On PostgreSQL (FACTBASE_TEST_POSTGRES) through the ORM, on a SQLite file with sqlite3.
    url = os.environ["FACTBASE_DB"]
    if "://" not in url:
        url = str(populated.url.database)
    with open_reader(url, {}) as reader:
        kind = OrmReader if "://" in url else SqliteReader
        assert isinstance(reader, kind)
        assert reader.latest_text("star").version == 2


@pytest.mark.sqlite_only
def test_a_file_that_needs_upgrading_is_upgraded_through_the_orm(tmp_path: Path) -> None:
    path = _file(tmp_path)
    engine = open_db(str(path), {})
    try:
        downgrade(engine, "0004")
        with open_reader(str(path), {}) as reader:
            assert isinstance(reader, OrmReader)
            assert reader.source("star").title == "The Star"
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
    with open_reader(str(path), {}) as reader:
        assert isinstance(reader, SqliteReader)


@pytest.mark.sqlite_only
def test_a_missing_file_is_refused_and_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    with pytest.raises(DatabaseError, match="no database at"), open_reader(str(missing), {}):
        pass
    assert not missing.exists()


@pytest.mark.sqlite_only
def test_the_file_is_read_in_one_transaction_and_left_closed(tmp_path: Path) -> None:
    path = _file(tmp_path)
    with open_reader(str(path), {}) as reader:
        assert isinstance(reader, SqliteReader)
        reader.source("star")
        assert reader.connection.in_transaction
    with pytest.raises(sqlite3.ProgrammingError):
        reader.connection.execute("SELECT 1")
