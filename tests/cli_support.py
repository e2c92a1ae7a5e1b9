"""Shared helpers for the command-line tests: a runner, the bundled corpus, result checks."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from typer.testing import CliRunner, Result

from factbase.cli.app import app

CORPUS = Path(__file__).resolve().parents[1] / "data" / "rotherham"
CORPUS_META: list[dict[str, str]] = json.loads((CORPUS / "sources.json").read_text("utf-8"))
CORPUS_BY_ID = {row["id"]: row for row in CORPUS_META}

# The installed Typer's CliRunner takes only (charset, env) and always keeps stderr apart
# from stdout (``result.stdout`` / ``result.stderr``; ``result.output`` interleaves both).
# A wide terminal keeps rich from folding the text the tests look for.
runner = CliRunner(env={"COLUMNS": "250", "NO_COLOR": "1"})


def invoke(args: Sequence[str], **kwargs: Any) -> Result:
    """Run ``factbase ARGS``; a traceback or an uncaught exception fails the test at once."""
    result = runner.invoke(app, [str(a) for a in args], **kwargs)
    assert "Traceback" not in result.output, result.output
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"uncaught {result.exception!r}\n{result.output}")
    return result


def invoke_json(args: Sequence[str], *, exit_code: int = 0) -> Any:
    """Run a command with ``--json`` and return the parsed document."""
    result = invoke([*args, "--json"])
    assert result.exit_code == exit_code, result.output
    return json.loads(result.stdout)


def assert_usage_error(result: Result, *fragments: str) -> str:
    """Exit 2, a single line on stderr (containing each fragment), nothing on stdout."""
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].strip(), f"expected one line on stderr: {result.stderr!r}"
    assert result.stdout == "", result.stdout
    message = lines[0]
    for fragment in fragments:
        assert fragment in message, message
    return message


def corpus_file(source_id: str) -> Path:
    return CORPUS / CORPUS_BY_ID[source_id]["file"]


def corpus_text(source_id: str) -> str:
    return corpus_file(source_id).read_text("utf-8")


def copy_source(tmp_path: Path, source_id: str, name: str | None = None) -> Path:
    """A private, editable copy of a bundled article."""
    dest = tmp_path / (name or f"{source_id}.txt")
    shutil.copyfile(corpus_file(source_id), dest)
    return dest


def add_source(path: Path, source_id: str | None = None, *db_args: str) -> Result:
    """``source add`` with the bundled metadata (title, publication date) when it has it."""
    args = [*db_args, "source", "add", str(path)]
    meta = CORPUS_BY_ID.get(source_id or "")
    if source_id:
        args += ["--id", source_id]
    if meta:
        args += ["--title", meta["title"], "--published", meta["published"]]
    result = invoke(args)
    assert result.exit_code == 0, result.output
    return result


def add_corpus(*db_args: str) -> None:
    """Every bundled article, read in place, with its metadata."""
    for row in CORPUS_META:
        add_source(CORPUS / row["file"], row["id"], *db_args)


def edit(path: Path, old: str, new: str) -> None:
    """Replace exactly one occurrence of ``old`` in a source copy."""
    text = path.read_text("utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    path.write_text(text.replace(old, new), "utf-8")


def copy_db(src: Path, dest: Path) -> Path:
    """Copy a closed SQLite database (with its WAL files, if any) to ``dest``."""
    for suffix in ("", "-wal", "-shm"):
        part = src.with_name(src.name + suffix)
        if part.exists():
            shutil.copyfile(part, dest.with_name(dest.name + suffix))
    return dest


def default_db() -> str:
    """The database commands use without --db: a tmp file path, or a PostgreSQL URL."""
    return os.environ["FACTBASE_DB"]


def default_db_is_file() -> bool:
    return "://" not in default_db()


def stored_sources() -> list[dict[str, Any]]:
    """``source list --json``; none when the default database file was never created (a
    command that failed before storing anything leaves no database behind)."""
    if default_db_is_file() and not Path(default_db()).exists():
        return []
    return invoke_json(["source", "list"])  # type: ignore[no-any-return]


# The claim the bad-input tests store in source ``star`` (see the ``star`` fixture in conftest).
STAR_CLAIM = "Laura Wilson, 17, was murdered in 2010."
Rows = dict[str, list[tuple[object, ...]]]


def db_rows(db: Path | str | None = None) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table: to show that a failed command stored nothing."""
    value = str(db) if db is not None else default_db()
    engine = sa.create_engine(value if "://" in value else f"sqlite:///{value}")
    try:
        with engine.connect() as conn:
            names = sorted(sa.inspect(conn).get_table_names())
            return {
                name: sorted(map(tuple, conn.exec_driver_sql(f'SELECT * FROM "{name}"')), key=repr)
                for name in names
            }
    finally:
        engine.dispose()


CHECKOUT = Path(__file__).resolve().parents[1]


def factbase_process(
    log: Path, *args: str | Path, new_session: bool = False
) -> subprocess.Popen[bytes]:
    """``factbase ARGS`` from this checkout as a process of its own, stderr to ``log``; with
    ``new_session``, in a process group of its own (to signal it and its workers)."""
    # (with the fault handler on, SIGABRT makes a process that hangs write where it waits)
    env = {**os.environ, "PYTHONPATH": str(CHECKOUT), "PYTHONFAULTHANDLER": "1"}
    # Ctrl-C reaches the command as it reaches a user's, even when the tests run where SIGINT
    # is ignored (a background job of a shell), which the child would inherit: it is started
    # with SIGINT at its default.
    before = signal.signal(signal.SIGINT, signal.SIG_DFL)
    try:
        with log.open("wb") as stderr:
            return subprocess.Popen(
                [sys.executable, "-m", "factbase", *map(str, args)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                start_new_session=new_session,
            )
    finally:
        if before is not None:
            signal.signal(signal.SIGINT, before)
