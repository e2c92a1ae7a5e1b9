"""``factbase runs [list] | diff``: the verification runs and what changed between them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlalchemy as sa
from cli_support import (
    add_source,
    assert_usage_error,
    copy_source,
    db_rows,
    edit,
    invoke,
    invoke_json,
)

from factbase.store.db import open_db

pytestmark = pytest.mark.database

WILSON = "Laura Wilson, 17, was murdered in 2010."
STONE = "Roger Stone had led the council since 2003."


def test_runs_list_and_diff_say_what_changed(tmp_path: Path) -> None:
    star = copy_source(tmp_path, "star")
    add_source(star, "star")
    invoke_json(["add", WILSON, "-s", "star"])
    invoke_json(["add", STONE, "-s", "star"])
    assert_usage_error(invoke(["runs", "diff"]), "no verification run")
    assert invoke(["verify"]).exit_code == 0
    first = invoke_json(["runs", "diff"])
    assert first["from_run"] is None and first["to_run"] == 1 and first["unchanged"] == 0
    assert [(c["claim_id"], c["from_status"], c["to_status"]) for c in first["changes"]] == [
        (1, None, "ok"), (2, None, "ok"),
    ]  # fmt: skip
    edit(star, "in 2010 when 17 year old", "in 2010 when 19 year old")
    assert invoke(["source", "refresh", "star"]).exit_code == 0
    assert invoke(["verify"]).exit_code == 1
    runs = invoke_json(["runs", "list"])
    assert [r["id"] for r in runs] == [1, 2]
    assert runs[0]["statuses"] == {"ok": 2}
    assert runs[1]["statuses"] == {"contradicted": 1, "ok": 1} and runs[1]["claims"] == 2
    second = invoke_json(["runs", "diff"])
    assert (second["from_run"], second["to_run"], second["unchanged"]) == (1, 2, 1)
    (change,) = second["changes"]
    assert change["claim_id"] == 1 and change["claim"] == WILSON
    assert (change["from_status"], change["to_status"]) == ("ok", "contradicted")
    assert change["differences"] == [{"kind": "number", "claim": "17", "source": "19"}]
    assert invoke_json(["runs", "diff", "1"])["to_run"] == 1
    human = invoke(["runs", "diff"])
    assert human.exit_code == 0 and "1 changed · 1 unchanged" in human.stdout
    assert_usage_error(invoke(["runs", "diff", "9"]), "unknown run: 9")


def test_runs_alone_lists_the_runs(tmp_path: Path) -> None:
    add_source(copy_source(tmp_path, "star"), "star")
    invoke_json(["add", WILSON, "-s", "star"])
    assert invoke(["verify"]).exit_code == 0
    alone = invoke(["runs"])
    assert alone.exit_code == 0, alone.output
    assert alone.stdout == invoke(["runs", "list"]).stdout
    assert "1 ok" in alone.stdout


def _result_rows() -> list[tuple[object, ...]]:
    return db_rows()["verification_results"]


def test_a_run_records_only_the_results_that_changed(tmp_path: Path) -> None:
    star = copy_source(tmp_path, "star")
    add_source(star, "star")
    invoke_json(["add", WILSON, "-s", "star"])
    invoke_json(["add", STONE, "-s", "star"])
    assert invoke(["verify"]).exit_code == 0
    assert len(_result_rows()) == 2  # a claim's first result is always kept
    for args in (["verify"], ["verify", "--full"]):
        # the same results again, reused or matched anew: the run counts them, keeps no row
        assert invoke(args).exit_code == 0
        assert len(_result_rows()) == 2
    runs = invoke_json(["runs", "list"])
    assert [(r["claims"], r["statuses"]) for r in runs] == [(2, {"ok": 2})] * 3
    unchanged = invoke_json(["runs", "diff"])
    assert (unchanged["from_run"], unchanged["to_run"]) == (2, 3)
    assert (unchanged["unchanged"], unchanged["changes"]) == (2, [])
    edit(star, "in 2010 when 17 year old", "in 2010 when 19 year old")
    assert invoke(["source", "refresh", "star"]).exit_code == 0
    assert invoke(["verify"]).exit_code == 1
    # the changed claim gets a row, and so does the other one: its source version changed
    assert len(_result_rows()) == 4
    changed = invoke_json(["runs", "diff"])
    assert changed["unchanged"] == 1
    assert [(c["claim_id"], c["from_status"], c["to_status"]) for c in changed["changes"]] == [
        (1, "ok", "contradicted")
    ]
    assert invoke_json(["runs", "list"])[-1]["statuses"] == {"contradicted": 1, "ok": 1}
    # the history of a verdict is its changes, whatever ran in between
    history = invoke_json(["show", "1"])["history"]
    assert [(h["run_id"], h["status"]) for h in history] == [(1, "ok"), (4, "contradicted")]


def test_runs_made_with_a_row_per_claim_are_still_counted(tmp_path: Path) -> None:
    add_source(copy_source(tmp_path, "star"), "star")
    invoke_json(["add", WILSON, "-s", "star"])
    invoke_json(["add", STONE, "-s", "star"])
    assert invoke(["verify"]).exit_code == 0
    engine = open_db(None, os.environ)
    with engine.begin() as connection:
        # as a database made before runs kept their counts
        connection.execute(sa.text("UPDATE verification_runs SET statuses = NULL"))
    engine.dispose()
    assert invoke_json(["runs", "list"])[0]["statuses"] == {"ok": 2}
