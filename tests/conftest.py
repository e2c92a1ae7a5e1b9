"""Test isolation: no test reaches a real user database.

By default every test's database is a SQLite file under its tmp_path. With
``FACTBASE_TEST_POSTGRES`` set to a PostgreSQL server URL (for example
``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``), the tests that use a database get a
fresh PostgreSQL database each instead, dropped afterwards; tests marked ``sqlite_only`` (SQLite
pragmas, files) keep SQLite.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from factbase.store.db import open_db

POSTGRES_ENV = "FACTBASE_TEST_POSTGRES"
# Test modules whose tests touch the database (the others are pure).
DATABASE_MODULES = (
    "test_db", "test_cli_", "test_concurrency", "test_sources_", "test_fetch", "test_diff",
    "test_docs",
)


def postgres_server() -> str | None:
    return os.environ.get(POSTGRES_ENV) or None


def _uses_database(request: pytest.FixtureRequest) -> bool:
    name = request.node.path.stem
    return any(name.startswith(m) for m in DATABASE_MODULES)


@pytest.fixture(autouse=True)
def _isolated_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[None]:
    """The default database points into tmp_path, or at a fresh PostgreSQL database."""
    server = postgres_server()
    if server and _uses_database(request) and not request.node.get_closest_marker("sqlite_only"):
        with fresh_postgres_database(server) as url:
            monkeypatch.setenv("FACTBASE_DB", url)
            yield
        return
    monkeypatch.setenv("FACTBASE_DB", str(tmp_path / "factbase.db"))
    yield


class fresh_postgres_database:  # noqa: N801 - used as a context manager
    """Create a uniquely named database on the server; drop it on exit."""

    def __init__(self, server: str) -> None:
        self.server = server
        self.name = f"factbase_test_{uuid.uuid4().hex[:12]}"

    def __enter__(self) -> str:
        admin = sa.create_engine(self.server, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as c:
                c.exec_driver_sql(f'CREATE DATABASE "{self.name}"')
        finally:
            admin.dispose()
        return sa.make_url(self.server).set(database=self.name).render_as_string(
            hide_password=False
        )

    def __exit__(self, *exc: object) -> None:
        admin = sa.create_engine(self.server, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as c:
                c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        finally:
            admin.dispose()


@pytest.fixture
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An engine on a fresh database upgraded to the newest schema."""
    if request.node.get_closest_marker("sqlite_only") or not postgres_server():
        target = str(tmp_path / "test.db")
    else:
        target = os.environ["FACTBASE_DB"]
    engine = open_db(target, {})
    yield engine
    engine.dispose()
