from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel, select

from factbase.errors import DatabaseError, ExitCode
from factbase.sources.identity import same_text
from factbase.store.db import (
    _script,
    current_revision,
    downgrade,
    head_revision,
    make_engine,
    migration_connection,
    open_db,
    plain_rows,
    resolve_url,
    session_scope,
    upgrade,
)
from factbase.store.models import (
    Citation,
    Claim,
    Source,
    SourceVersion,
    VerificationResult,
    VerificationRun,
)
from factbase.store.sqlitefile import DEFAULT_DB, _script_ids, script_heads

pytestmark = pytest.mark.database

EXPECTED_COLUMNS = {
    "sources": {
        "id", "title", "url", "archive_url", "publisher", "author", "published", "origin",
        "kind", "created_at", "last_error", "last_read_at", "origin_seal",
    },
    "source_versions": {
        "id", "source_id", "version", "text", "sha256", "read_at", "raw", "content_type",
        "encoding", "final_url", "pages", "repairs",
    },
    "claims": {"id", "text", "topic", "source_id", "created_at"},
    "citations": {
        "id", "claim_id", "source_version_id", "start", "end", "exact", "prefix", "suffix",
        "cited_score", "cited_status", "cited_differences", "cited_note", "cited_checker",
    },
    "verification_runs": {
        "id", "started_at", "finished_at", "checker_version", "claim_count", "statuses",
    },
    "review_runs": {"id", "draft", "draft_sha256", "text", "verdicts", "created_at"},
    "verification_results": {
        "id", "run_id", "claim_id", "source_version_id", "status", "score", "start", "end",
        "passage", "differences", "note", "claim_sha256", "checked_at",
    },
    "statement_cache": {"source_version_id", "unit_set", "analysis_version", "reference", "data"},
    "report_cache": {"name", "fingerprint", "data", "created_at"},
}  # fmt: skip

# (table, column) -> (referred table, ON DELETE)
EXPECTED_FOREIGN_KEYS = {
    ("source_versions", "source_id"): ("sources", "CASCADE"),
    ("claims", "source_id"): ("sources", "CASCADE"),
    ("citations", "claim_id"): ("claims", "CASCADE"),
    ("citations", "source_version_id"): ("source_versions", "CASCADE"),
    ("verification_results", "run_id"): ("verification_runs", "CASCADE"),
    ("verification_results", "claim_id"): ("claims", "CASCADE"),
    ("verification_results", "source_version_id"): ("source_versions", "SET NULL"),
    ("statement_cache", "source_version_id"): ("source_versions", "CASCADE"),
}

EXPECTED_INDEXES = {
    "ix_source_versions_source_id",
    "ix_source_versions_sha256",
    "ix_claims_source_id",
    "ix_claims_topic",
    "ix_citations_source_version_id",
    "ix_verification_results_run_id",
    "ix_verification_results_claim_id",
    "ix_verification_results_source_version_id",
    "ix_review_runs_draft",
}


def _tables(engine: Engine) -> set[str]:
    return set(sa.inspect(engine).get_table_names()) - {"alembic_version"}


@dataclass(frozen=True)
class Ids:
    source: str
    version: int
    claim: int
    run: int


def _populate(engine: Engine) -> Ids:
    """One of everything: a source, a version, a claim cited in it, a run with a result."""
    with session_scope(engine) as session:
        source = Source(id="star", title="The Star", origin="data/star.txt")
        session.add(source)
        version = SourceVersion(source_id="star", version=1, text="1,400 children", sha256="x")
        session.add(version)
        session.flush()
        assert version.id is not None
        claim = Claim(text="1,400 children", source_id="star", topic="scale")
        run = VerificationRun(checker_version="0.1.0")
        session.add_all([claim, run])
        session.flush()
        assert claim.id is not None and run.id is not None
        session.add(
            Citation(
                claim_id=claim.id,
                source_version_id=version.id,
                start=0,
                end=14,
                exact="1,400 children",
                prefix="",
                suffix="",
                cited_score=100.0,
                cited_status="ok",
            )
        )
        session.add(
            VerificationResult(
                run_id=run.id,
                claim_id=claim.id,
                source_version_id=version.id,
                status="ok",
                claim_sha256="y",
            )
        )
        return Ids(source=source.id, version=version.id, claim=claim.id, run=run.id)


def _count(engine: Engine, table: str) -> int:
    with engine.connect() as connection:
        return connection.scalar(sa.text(f"SELECT count(*) FROM {table}"))


# --- schema ------------------------------------------------------------------------------------


def test_upgrade_from_empty_creates_every_table_and_column(engine: Engine) -> None:
    inspector = sa.inspect(engine)
    assert _tables(engine) == set(EXPECTED_COLUMNS)
    for table, columns in EXPECTED_COLUMNS.items():
        assert {column["name"] for column in inspector.get_columns(table)} == columns, table


def test_upgrade_creates_foreign_keys_with_their_delete_rules(engine: Engine) -> None:
    inspector = sa.inspect(engine)
    found = {}
    for table in EXPECTED_COLUMNS:
        for fk in inspector.get_foreign_keys(table):
            (column,) = fk["constrained_columns"]
            assert fk["referred_columns"] == ["id"]
            assert fk["name"] == f"fk_{table}_{column}_{fk['referred_table']}"
            found[table, column] = (fk["referred_table"], fk["options"].get("ondelete"))
    assert found == EXPECTED_FOREIGN_KEYS


def test_upgrade_creates_named_indexes_and_unique_constraints(engine: Engine) -> None:
    inspector = sa.inspect(engine)
    indexes = {
        index["name"]
        for table in EXPECTED_COLUMNS
        for index in inspector.get_indexes(table)
        # PostgreSQL backs each unique constraint with an index of the same name.
        if "duplicates_constraint" not in index
    }
    assert indexes == EXPECTED_INDEXES
    uniques = {
        (table, unique["name"], tuple(unique["column_names"]))
        for table in EXPECTED_COLUMNS
        for unique in inspector.get_unique_constraints(table)
    }
    assert uniques == {
        ("source_versions", "uq_source_versions_source_id", ("source_id", "version")),
        ("citations", "uq_citations_claim_id", ("claim_id",)),
    }


def test_models_match_migrations(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_model_comparison_is_not_vacuous(engine: Engine) -> None:
    metadata = sa.MetaData()
    for table in SQLModel.metadata.sorted_tables:
        table.to_metadata(metadata)
    metadata.tables["claims"].append_column(sa.Column("extra", sa.Integer()))
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, metadata)
    assert [(op[0], op[2], op[3].name) for op in diff] == [("add_column", "claims", "extra")]


# --- upgrade and downgrade ---------------------------------------------------------------------


def test_new_database_is_at_head(engine: Engine) -> None:
    assert current_revision(engine) == head_revision() == "0009"


def test_upgrade_is_idempotent(engine: Engine) -> None:
    ids = _populate(engine)
    upgrade(engine)
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    with session_scope(engine) as session:
        assert session.get(Claim, ids.claim) is not None


def test_script_heads_read_from_the_text_are_alembic_s(engine: Engine) -> None:
    assert script_heads() == frozenset(_script().get_heads()) == {head_revision()}


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ('revision: str = "0002"\ndown_revision: str | None = "0001"\n', ("0002", ("0001",))),
        ("revision = '0001'\ndown_revision = None\n", ("0001", ())),
        ('revision = "0009"\ndown_revision = ("0007", "0008")\n', ("0009", ("0007", "0008"))),
        # Anything else is left to Alembic: opening then loads it to read the scripts.
        ('revision = make_id()\ndown_revision = None\n', None),
        ('revision = "0002"\n', None),
        ('revision = "0002"\nrevision = "0003"\ndown_revision = None\n', None),
        ('revision = "0002"\ndown_revision = (\n    "0001",\n)\n', None),
        ('revision = 2\ndown_revision = None\n', None),
    ],
)
def test_script_ids(text: str, ids: tuple[str, tuple[str, ...]] | None) -> None:
    assert _script_ids(text) == ids


def test_downgrade_to_base_then_upgrade_again(engine: Engine) -> None:
    _populate(engine)
    downgrade(engine, "base")
    assert current_revision(engine) is None
    assert _tables(engine) == set()
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert _tables(engine) == set(EXPECTED_COLUMNS)
    assert _count(engine, "claims") == 0


def _sqlite_table_sql(engine: Engine, table: str) -> str:
    with engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).scalar_one()


@pytest.mark.sqlite_only
def test_upgrade_from_0001_with_data_keeps_the_data(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    try:
        with migration_connection(engine) as connection:
            from alembic import command

            from factbase.store.db import alembic_config

            command.upgrade(alembic_config(connection), "0001")
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO sources (id, title, origin, kind, created_at) "
                "VALUES ('star', 'The Star', 'star.txt', 'text', '2024-01-01 00:00:00')"
            )
            connection.exec_driver_sql(
                "INSERT INTO source_versions (source_id, version, text, sha256, read_at) "
                "VALUES ('star', 1, '1,400 children', 'x', '2024-01-01 00:00:00')"
            )
            connection.exec_driver_sql(
                "INSERT INTO claims (text, source_id, created_at) "
                "VALUES ('1,400 children', 'star', '2024-01-01 00:00:00')"
            )
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        with session_scope(engine) as session:
            source = session.get(Source, "star")
            assert source is not None and source.title == "The Star"
            assert source.archive_url is None
            (version,) = session.exec(select(SourceVersion)).all()
            assert version.text == "1,400 children"
            assert version.raw is None and version.pages is None and version.page_starts() == []
            assert session.exec(select(Claim)).one().source_id == "star"
        assert "AUTOINCREMENT" in _sqlite_table_sql(engine, "source_versions")
    finally:
        engine.dispose()


def _columns(engine: Engine, table: str) -> set[str]:
    return {c["name"] for c in sa.inspect(engine).get_columns(table)}


def _indexes(engine: Engine, table: str) -> set[str]:
    return {index["name"] for index in sa.inspect(engine).get_indexes(table)}


def test_upgrade_from_0005_keeps_the_data_and_indexes_the_text_hash(engine: Engine) -> None:
    ids = _populate(engine)
    downgrade(engine, "0005")
    assert "ix_source_versions_sha256" not in _indexes(engine, "source_versions")
    with session_scope(engine) as session:
        session.add(Source(id="copy", title="Copy", origin="copy.txt"))
        session.add(SourceVersion(source_id="copy", version=1, text="1,400 children", sha256="x"))
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert "ix_source_versions_sha256" in _indexes(engine, "source_versions")
    with session_scope(engine) as session:
        version = session.get(SourceVersion, ids.version)
        assert version is not None and version.text == "1,400 children"
        assert session.get(Claim, ids.claim) is not None
        assert same_text(session, source_id="copy", sha256="x") == ["star"]
        assert same_text(session, source_id="star", sha256="x") == ["copy"]
        assert same_text(session, source_id="star", sha256="y") == []
    downgrade(engine, "0005")
    assert "ix_source_versions_sha256" not in _indexes(engine, "source_versions")
    assert _count(engine, "source_versions") == 2


def test_upgrade_from_0007_keeps_citations_with_no_checker_and_no_note(engine: Engine) -> None:
    ids = _populate(engine)
    with engine.begin() as connection:
        connection.execute(sa.text("DELETE FROM verification_results"))
        connection.execute(
            sa.text("UPDATE citations SET cited_note = 'why', cited_checker = 'x'")
        )
        note = "SELECT note FROM claims_current"
        assert connection.scalar(sa.text(note)) == "why"  # never verified: the cited note
    downgrade(engine, "0007")
    assert {"cited_note", "cited_checker"}.isdisjoint(_columns(engine, "citations"))
    with engine.connect() as connection:
        assert connection.scalar(sa.text(note)) is None
    upgrade(engine)
    with session_scope(engine) as session:
        citation = session.exec(select(Citation).where(Citation.claim_id == ids.claim)).one()
        assert (citation.exact, citation.cited_status) == ("1,400 children", "ok")
        assert (citation.cited_note, citation.cited_checker) == (None, None)


@pytest.mark.sqlite_only
def test_identical_texts_are_looked_up_through_the_hash_index(engine: Engine) -> None:
    _populate(engine)
    seen: list[tuple[str, object]] = []

    def keep(conn: object, cursor: object, statement: str, params: object, *rest: object) -> None:
        seen.append((statement, params))

    sa.event.listen(engine, "before_cursor_execute", keep)
    try:
        with session_scope(engine) as session:
            assert same_text(session, source_id="copy", sha256="x") == ["star"]
    finally:
        sa.event.remove(engine, "before_cursor_execute", keep)
    ((statement, params),) = [(q, p) for q, p in seen if "source_versions" in q]
    with engine.connect() as connection:
        plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params).all()
    details = [str(row[-1]) for row in plan]
    assert any("USING INDEX ix_source_versions_sha256" in d for d in details), details
    assert not any(d.startswith("SCAN source_versions") for d in details), details


def test_downgrade_0002_keeps_versions_and_autoincrement(engine: Engine) -> None:
    ids = _populate(engine)
    with session_scope(engine) as session:
        version = session.get(SourceVersion, ids.version)
        assert version is not None
        version.raw = b"<p>1,400 children</p>"
        version.pages = "[0]"
        session.add(version)
    downgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    columns = {c["name"] for c in sa.inspect(engine).get_columns("source_versions")}
    assert "raw" not in columns and "text" in columns
    if engine.dialect.name == "sqlite":
        assert "AUTOINCREMENT" in _sqlite_table_sql(engine, "source_versions")
    assert _count(engine, "citations") == 1
    assert _count(engine, "source_versions") == 1
    inspector = sa.inspect(engine)
    assert {u["name"] for u in inspector.get_unique_constraints("source_versions")} == {
        "uq_source_versions_source_id"
    }
    assert {fk["name"] for fk in inspector.get_foreign_keys("source_versions")} == {
        "fk_source_versions_source_id_sources"
    }
    upgrade(engine)
    assert _count(engine, "citations") == 1
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []


@pytest.mark.sqlite_only
def test_upgrade_leaves_foreign_keys_on(engine: Engine) -> None:
    upgrade(engine)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_migrations_run_in_one_transaction(engine: Engine) -> None:
    with pytest.raises(RuntimeError), migration_connection(engine) as connection:
        connection.exec_driver_sql("CREATE TABLE half_done (id INTEGER)")
        raise RuntimeError("migration failed")
    assert "half_done" not in _tables(engine)


@pytest.mark.sqlite_only
def test_migration_leaving_broken_references_is_rolled_back(engine: Engine) -> None:
    with pytest.raises(DatabaseError, match="claims"), migration_connection(engine) as connection:
        connection.exec_driver_sql(
            "INSERT INTO claims (text, source_id, created_at) VALUES ('x', 'nowhere', '2020-01-01')"
        )
    assert _count(engine, "claims") == 0


def test_open_db_uses_factbase_db_from_env(tmp_path: Path) -> None:
    path = tmp_path / "from-env.db"
    engine = open_db(None, {"FACTBASE_DB": str(path)})
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
    assert path.exists()


# --- databases that must be refused ------------------------------------------------------------


def test_corrupt_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"not a database" * 100)
    with pytest.raises(DatabaseError, match="not a factbase database") as info:
        open_db(str(path), {})
    assert str(path) in info.value.message
    assert info.value.exit_code == ExitCode.USAGE
    assert path.read_bytes() == b"not a database" * 100


def test_other_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    other = sa.create_engine(f"sqlite:///{path}")
    with other.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE bookmarks (url TEXT)")
    other.dispose()
    with pytest.raises(DatabaseError, match="not a factbase database"):
        open_db(str(path), {})


def test_database_from_newer_factbase_is_refused(engine: Engine, tmp_path: Path) -> None:
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="newer") as info:
        upgrade(engine)
    assert "9999" in info.value.message
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            "9999"
        )


def test_path_in_missing_folder_is_refused(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "folder"
    with pytest.raises(DatabaseError, match="folder does not exist"):
        open_db(str(missing / "factbase.db"), {})
    assert not missing.exists()


def test_folder_as_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="folder"):
        resolve_url(str(tmp_path), {})


# --- resolving the database --------------------------------------------------------------------


def test_resolve_url_prefers_argument_then_env_then_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    env = {"FACTBASE_DB": "env.db"}
    assert resolve_url("arg.db", env) == f"sqlite:///{tmp_path / 'arg.db'}"
    assert resolve_url(None, env) == f"sqlite:///{tmp_path / 'env.db'}"
    assert resolve_url(None, {}) == f"sqlite:///{tmp_path / DEFAULT_DB}"
    assert resolve_url(None, {"FACTBASE_DB": ""}) == f"sqlite:///{tmp_path / DEFAULT_DB}"


@pytest.mark.parametrize(
    "url", ["sqlite:///relative.db", "sqlite:////abs/x.db", "postgresql://u@h/db"]
)
def test_resolve_url_passes_urls_through(url: str) -> None:
    assert resolve_url(url, {}) == url


def test_resolve_url_absolute_path(tmp_path: Path) -> None:
    assert resolve_url(str(tmp_path / "a.db"), {}) == f"sqlite:///{tmp_path / 'a.db'}"
    assert os.path.isabs(resolve_url("rel.db", {}).removeprefix("sqlite:///"))


@pytest.mark.sqlite_only
def test_autouse_fixture_points_default_at_tmp_path(tmp_path: Path) -> None:
    assert resolve_url(None, os.environ) == f"sqlite:///{tmp_path / 'factbase.db'}"


# --- integrity ---------------------------------------------------------------------------------


def test_foreign_keys_are_enforced(engine: Engine) -> None:
    ids = _populate(engine)
    with pytest.raises(sa.exc.IntegrityError), session_scope(engine) as session:
        session.add(
            Citation(
                claim_id=999,
                source_version_id=ids.version,
                start=0,
                end=1,
                exact="x",
                prefix="",
                suffix="",
                cited_score=1.0,
                cited_status="ok",
            )
        )
    assert _count(engine, "citations") == 1


def test_rows_read_with_the_cursor_are_those_the_orm_reads(engine: Engine) -> None:
    """``plain_rows`` (the driver's cursor) gives the ORM's rows as tuples, parameters bound as
    the driver wants them: a list of ids, a string, a float."""
    ids = _populate(engine)
    with session_scope(engine) as session:
        session.add(Claim(text="A second claim, 2.5 times larger.", source_id="star"))
        session.flush()
        stmt = (
            select(Claim.id, Claim.text, Claim.source_id, VerificationResult.score)
            .join(VerificationResult, VerificationResult.claim_id == Claim.id, isouter=True)
            .where(Claim.id.in_([ids.claim, 999, 1000]) | (Claim.source_id == "nowhere"))  # type: ignore[attr-defined]
            .where((VerificationResult.score == None) | (VerificationResult.score > 0.5))  # noqa: E711
            .order_by(Claim.id)
        )
        cursor_rows = plain_rows(session, stmt)
        orm_rows = [tuple(row) for row in session.exec(stmt).all()]
        everything = plain_rows(session, select(Claim.id, Claim.text).order_by(Claim.id))
    assert cursor_rows == orm_rows
    assert len(cursor_rows) == 1 and cursor_rows[0][0] == ids.claim
    assert all(type(row) is tuple for row in cursor_rows)
    assert [text for _id, text in everything][-1] == "A second claim, 2.5 times larger."


def test_deleting_a_claim_cascades_to_its_citation_and_results(engine: Engine) -> None:
    ids = _populate(engine)
    with session_scope(engine) as session:
        session.delete(session.get(Claim, ids.claim))
    assert _count(engine, "claims") == 0
    assert _count(engine, "citations") == 0
    assert _count(engine, "verification_results") == 0
    assert _count(engine, "verification_runs") == 1
    assert _count(engine, "source_versions") == 1


def test_deleting_a_source_version_keeps_results_but_forgets_the_version(engine: Engine) -> None:
    ids = _populate(engine)
    with session_scope(engine) as session:
        session.delete(session.get(SourceVersion, ids.version))
    assert _count(engine, "citations") == 0
    with session_scope(engine) as session:
        (result,) = session.exec(select(VerificationResult)).all()
        assert result.source_version_id is None


def test_deleting_a_source_cascades_to_everything_from_it(engine: Engine) -> None:
    ids = _populate(engine)
    with session_scope(engine) as session:
        session.delete(session.get(Source, ids.source))
    for table in ("source_versions", "claims", "citations", "verification_results"):
        assert _count(engine, table) == 0, table


def test_source_version_numbers_are_unique_per_source(engine: Engine) -> None:
    _populate(engine)
    with pytest.raises(sa.exc.IntegrityError), session_scope(engine) as session:
        session.add(SourceVersion(source_id="star", version=1, text="other", sha256="z"))
    with session_scope(engine) as session:
        session.add(SourceVersion(source_id="star", version=2, text="other", sha256="z"))
    assert _count(engine, "source_versions") == 2


def test_one_citation_per_claim(engine: Engine) -> None:
    ids = _populate(engine)
    with pytest.raises(sa.exc.IntegrityError), session_scope(engine) as session:
        session.add(
            Citation(
                claim_id=ids.claim,
                source_version_id=ids.version,
                start=0,
                end=1,
                exact="1",
                prefix="",
                suffix="",
                cited_score=1.0,
                cited_status="ok",
            )
        )


def test_claim_ids_are_not_reused(engine: Engine) -> None:
    ids = _populate(engine)
    with session_scope(engine) as session:
        session.delete(session.get(Claim, ids.claim))
    with session_scope(engine) as session:
        claim = Claim(text="again", source_id="star")
        session.add(claim)
        session.flush()
        assert claim.id == ids.claim + 1


def test_defaults(engine: Engine) -> None:
    ids = _populate(engine)
    with session_scope(engine) as session:
        citation = session.exec(select(Citation)).one()
        run = session.get(VerificationRun, ids.run)
        source = session.get(Source, "star")
        assert citation.cited_differences == "[]"
        assert run is not None and run.claim_count == 0 and run.finished_at is None
        assert source is not None and source.kind == "text" and source.last_error is None


# --- timestamps --------------------------------------------------------------------------------


def test_timestamps_come_back_aware_utc(engine: Engine) -> None:
    paris = timezone(timedelta(hours=2))
    read = datetime(2024, 5, 1, 14, 30, 15, 123456, tzinfo=paris)
    with session_scope(engine) as session:
        session.add(Source(id="s", title="t", origin="o", last_read_at=read))
    with session_scope(engine) as session:
        source = session.get(Source, "s")
        assert source is not None
        assert source.last_read_at == read
        assert source.last_read_at.tzinfo == timezone.utc
        assert source.created_at.tzinfo == timezone.utc
        assert datetime.now(timezone.utc) - source.created_at < timedelta(minutes=1)


def test_naive_timestamps_are_refused(engine: Engine) -> None:
    with pytest.raises(sa.exc.StatementError, match="naive"), session_scope(engine) as session:
        session.add(Source(id="s", title="t", origin="o", last_read_at=datetime(2024, 5, 1)))
        session.flush()


# --- sessions ----------------------------------------------------------------------------------


def test_session_scope_commits_on_success(engine: Engine) -> None:
    with session_scope(engine) as session:
        session.add(Source(id="s", title="t", origin="o"))
    assert _count(engine, "sources") == 1


def test_session_scope_rolls_back_on_exception(engine: Engine) -> None:
    with pytest.raises(RuntimeError), session_scope(engine) as session:
        session.add(Source(id="s", title="t", origin="o"))
        session.flush()
        raise RuntimeError("command failed")
    assert _count(engine, "sources") == 0


def test_objects_stay_readable_after_the_session(engine: Engine) -> None:
    with session_scope(engine) as session:
        source = Source(id="s", title="t", origin="o")
        session.add(source)
    assert source.title == "t"


def test_make_engine_sets_pragmas(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'p.db'}")
    try:
        with engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA busy_timeout").scalar() == 30000
    finally:
        engine.dispose()


def test_concurrent_first_opens_both_succeed(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    engines = [make_engine(f"sqlite:///{path}") for _ in range(4)]
    barrier = threading.Barrier(len(engines))
    errors: list[BaseException] = []

    def open_one(engine: Engine) -> None:
        barrier.wait()
        try:
            upgrade(engine)
        except BaseException as error:  # reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=open_one, args=(engine,)) for engine in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        assert all(current_revision(engine) == head_revision() for engine in engines)
    finally:
        for engine in engines:
            engine.dispose()
