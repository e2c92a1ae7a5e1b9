"""The habits sqlite-utils and llm taught: ``--db`` anywhere, reading never creates a database."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import add_source, assert_usage_error, copy_source, invoke, invoke_json

from factbase.cli.app import hoist_db

pytestmark = pytest.mark.database

READ_ONLY = [
    ["list"], ["show", "1"], ["export"], ["check", "x", "-s", "star"], ["conflicts", "report"],
    ["source", "list"], ["source", "show", "star"], ["source", "diff", "star"],
]  # fmt: skip


@pytest.mark.parametrize(
    "args, hoisted",
    [
        (["list", "--db", "x.db"], ["--db", "x.db", "list"]),
        (["source", "show", "a", "--db=x.db"], ["--db=x.db", "source", "show", "a"]),
        (["--db", "x.db", "list"], ["--db", "x.db", "list"]),
        (["add", "claim", "--", "--db", "x"], ["add", "claim", "--", "--db", "x"]),
    ],
)
def test_db_is_hoisted_to_the_root(args: list[str], hoisted: list[str]) -> None:
    assert hoist_db(args) == hoisted


def test_db_after_the_command_name(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    path = copy_source(tmp_path, "star")
    assert invoke(["source", "add", path, "--id", "star", "--db", db]).exit_code == 0
    assert [s["id"] for s in invoke_json(["source", "list", "--db", str(db)])] == ["star"]
    assert [s["id"] for s in invoke_json(["--db", str(db), "source", "list"])] == ["star"]
    # The default database was never touched.
    assert_usage_error(invoke(["source", "list"]), "no database at")


@pytest.mark.sqlite_only
@pytest.mark.parametrize("args", READ_ONLY, ids=" ".join)
def test_read_only_command_on_a_missing_database_refuses(tmp_path: Path, args: list[str]) -> None:
    missing = tmp_path / "typo.db"
    assert_usage_error(invoke(["--db", missing, *args]), "no database at", "typo.db")
    assert not missing.exists()


def test_read_only_commands_work_on_an_existing_database(tmp_path: Path) -> None:
    add_source(copy_source(tmp_path, "star"), "star")
    assert invoke(["list"]).exit_code == 0
    assert invoke(["init"]).exit_code == 0
