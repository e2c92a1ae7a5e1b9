"""Test isolation: no test reaches a real user database.

A test that uses the default database (``FACTBASE_DB``, or the ``engine`` fixture) is marked
``database`` (``pytestmark = pytest.mark.database`` for a module whose tests all do). Its database
is a SQLite file under its tmp_path; with ``FACTBASE_TEST_POSTGRES`` set to a PostgreSQL server
URL (for example ``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``) it is a fresh
PostgreSQL database instead, dropped afterwards, unless the test is also marked ``sqlite_only``
(SQLite pragmas, files). An unmarked test's default database is in a folder that does not exist,
so a missing marker fails at once ("database folder does not exist") on SQLite too. The key
that marks sources as added on this machine (``FACTBASE_CONFIG_DIR``) is in a tmp folder.
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
NO_DATABASE = "unmarked-test-has-no-database"


def postgres_server() -> str | None:
    return os.environ.get(POSTGRES_ENV) or None


def _marked(request: pytest.FixtureRequest, name: str) -> bool:
    return request.node.get_closest_marker(name) is not None


def _on_postgres(request: pytest.FixtureRequest) -> bool:
    return bool(postgres_server()) and _marked(request, "database") and not _marked(
        request, "sqlite_only"
    )


@pytest.fixture(scope="session", autouse=True)
def _isolated_config(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """This machine's key (which seals the origins of sources added here) in a tmp folder,
    never in the user's own configuration."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FACTBASE_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
        yield


@pytest.fixture(autouse=True)
def _isolated_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[None]:
    """The default database points into tmp_path, or at a fresh PostgreSQL database."""
    server = postgres_server()
    if server and _on_postgres(request):
        with fresh_postgres_database(server) as url:
            monkeypatch.setenv("FACTBASE_DB", url)
            yield
        return
    folder = tmp_path if _marked(request, "database") else tmp_path / NO_DATABASE
    monkeypatch.setenv("FACTBASE_DB", str(folder / "factbase.db"))
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
    """An engine on a fresh database upgraded to the newest schema (mark the test ``database``)."""
    assert _marked(request, "database"), "a test using the engine fixture is marked database"
    target = os.environ["FACTBASE_DB"] if _on_postgres(request) else str(tmp_path / "test.db")
    engine = open_db(target, {})
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def star_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding source ``star`` and one claim citing it (built once per module)."""
    from cli_support import STAR_CLAIM, add_source, copy_source, invoke_json

    folder = tmp_path_factory.mktemp("star")
    db = folder / "template.db"
    add_source(copy_source(folder, "star"), "star", "--db", str(db))
    invoke_json(["--db", db, "add", STAR_CLAIM, "-s", "star"])
    return db


@pytest.fixture
def star(star_template: Path) -> dict[str, list[tuple[object, ...]]]:
    """The template as the default database (mark the test ``database``); returns its rows to
    compare with afterwards. Modules with a ``star`` fixture of their own use theirs."""
    from cli_support import (
        STAR_CLAIM,
        add_source,
        copy_db,
        copy_source,
        db_rows,
        default_db,
        default_db_is_file,
        invoke_json,
    )

    if default_db_is_file():
        copy_db(star_template, Path(default_db()))
    else:
        add_source(copy_source(star_template.parent, "star", "star-pg.txt"), "star")
        invoke_json(["add", STAR_CLAIM, "-s", "star"])
    rows = db_rows()
    assert rows["sources"] and rows["claims"]
    return rows


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources ``check_text`` is run against by the library (``factbase.library``), in
    order, while the test runs."""
    import factbase.library

    seen: list[str] = []
    real = factbase.library.check_text

    def counted(claim: str, **kw: object) -> object:
        seen.append(str(kw["source_id"]))
        return real(claim, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(factbase.library, "check_text", counted)
    return seen
