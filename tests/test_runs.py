"""``factbase runs [list] | diff``: the verification runs and what changed between them."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import add_source, assert_usage_error, copy_source, edit, invoke, invoke_json

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
