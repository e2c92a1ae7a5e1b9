"""The habits sqlite-utils and llm taught: ``--db`` anywhere, reading never creates a database."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import (
    add_source,
    assert_usage_error,
    copy_source,
    edit,
    invoke,
    invoke_json,
    stored_sources,
)

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
    assert stored_sources() == []


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


# --- sources: their text, twins, titles ------------------------------------------------------


def test_source_show_text_prints_each_version_exactly(tmp_path: Path) -> None:
    star = copy_source(tmp_path, "star")
    add_source(star, "star")
    first = star.read_text("utf-8")
    edit(star, "Have your say", "Have your say today")
    assert invoke(["source", "refresh", "star"]).exit_code == 0
    latest = invoke(["source", "show", "star", "--text"])
    assert latest.exit_code == 0 and latest.stdout == star.read_text("utf-8") != first
    assert invoke(["source", "show", "star", "--text", "--version", "1"]).stdout == first
    assert_usage_error(invoke(["source", "show", "star", "--text", "--version", "3"]), "version 3")
    assert_usage_error(invoke(["source", "show", "star", "--version", "1"]), "--text")


def test_a_text_already_stored_warns_and_names_the_source(tmp_path: Path) -> None:
    add_source(copy_source(tmp_path, "star"), "star")
    twin = invoke(["source", "add", copy_source(tmp_path, "star", "copy.txt"), "--id", "copy"])
    assert twin.exit_code == 0, twin.output
    assert "source copy has exactly the text of source star" in twin.stderr
    other = invoke(["source", "add", copy_source(tmp_path, "pse"), "--id", "pse"])
    assert other.exit_code == 0 and other.stderr == ""


def test_a_text_held_by_an_older_version_or_two_sources_is_recognised(tmp_path: Path) -> None:
    star = copy_source(tmp_path, "star")
    first = star.read_text("utf-8")
    add_source(star, "star")
    edit(star, "Have your say", "Have your say today")
    assert invoke(["source", "refresh", "star"]).exit_code == 0
    add_source(copy_source(tmp_path, "star", "copy.txt"), "copy")  # star's first text
    (tmp_path / "again.txt").write_text(first, "utf-8")
    again = invoke(["source", "add", str(tmp_path / "again.txt"), "--id", "again"])
    assert again.exit_code == 0, again.output
    assert "source again has exactly the text of source copy, star" in again.stderr
    # One character apart is another text.
    (tmp_path / "near.txt").write_text(first + ".", "utf-8")
    near = invoke(["source", "add", str(tmp_path / "near.txt"), "--id", "near"])
    assert near.exit_code == 0 and near.stderr == ""


@pytest.mark.parametrize(
    "furniture, title",
    [
        ("By Ilka Smith\n26 August 2014", "Flood kills 120 in the valley"),
        ("Published: Tuesday, August 26, 2014 | 14:32 BST", "Council leader resigns"),
        ("By ILKA SMITH, Home Affairs Correspondent\n", "Abuse report published"),
        ("2014-08-26", "By the river, the town floods again"),
        ("Updated 26/08/2014 10:05", "Report out"),
    ],
)
def test_default_title_is_not_a_byline_or_a_date(
    tmp_path: Path, furniture: str, title: str
) -> None:
    path = tmp_path / "article.txt"
    body = "The report was published on Tuesday afternoon."
    path.write_text(f"{furniture}\n{title}\n\n{body}\n", "utf-8")
    added = invoke_json(["source", "add", path])
    assert added[0]["title"] == title


# --- claims: forced, imported from standard input ----------------------------------------------


def test_forced_claim_exits_1_says_stored_and_show_marks_it(tmp_path: Path) -> None:
    add_source(copy_source(tmp_path, "star"), "star")
    ok = invoke_json(["add", "Laura Wilson, 17, was murdered in 2010.", "-s", "star"])
    forced = invoke_json(
        ["add", "Laura Wilson, 19, was murdered in 2010.", "-s", "star", "--force"], exit_code=1
    )
    assert forced["stored"] is True and forced["status"] == "contradicted"
    assert invoke_json(["show", str(forced["claim_id"])])["cited_status"] == "contradicted"
    assert invoke_json(["show", str(ok["claim_id"])])["cited_status"] == "ok"
    shown = invoke(["show", str(forced["claim_id"])])
    assert "forced" in shown.stdout and "stored although contradicted when cited" in shown.stdout
    assert "forced" not in invoke(["show", str(ok["claim_id"])]).stdout


def test_import_reads_standard_input(tmp_path: Path) -> None:
    add_source(copy_source(tmp_path, "star"), "star")
    rows = "claim,source\nLaura Wilson, 17, was murdered in 2010.,star\n".replace(
        "Laura Wilson, 17, was murdered in 2010.", '"Laura Wilson, 17, was murdered in 2010."'
    )
    result = invoke(["import", "-", "--json"], input=rows)
    assert result.exit_code == 0, result.output
    assert [r["status"] for r in json.loads(result.stdout)] == ["ok"]
    claims = [c["claim"] for c in invoke_json(["list"])]
    assert claims == ["Laura Wilson, 17, was murdered in 2010."]
    jsonl = '{"claim": "Laura Wilson was murdered in 2010.", "source": "star"}\n'
    assert invoke(["import", "-"], input=jsonl).exit_code in (0, 1)
    assert len(invoke_json(["list"])) == 2
    assert_usage_error(invoke(["import", "-"], input=b"claim,source\n\xff\xfe,star\n"), "UTF-8")
    assert_usage_error(invoke(["import", "-"], input="claim,source\nx,nope\n"), "<stdin>")


def test_importing_the_same_rows_again_skips_them_and_replace_checks_them(
    tmp_path: Path,
) -> None:
    star = copy_source(tmp_path, "star")
    add_source(star, "star")
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "claim,source,topic\n"
        '"Laura Wilson, 17, was murdered in 2010.",star,wilson\n'
        '"Roger Stone had led the council since 2003.",star,\n'
        '"Laura Wilson, 17, was murdered in 2010.",star,wilson\n',
        "utf-8",
    )
    first = invoke(["import", rows, "--json"])
    assert first.exit_code == 0, first.output
    assert len(json.loads(first.stdout)) == 2  # the repeated row counted once
    assert "skipped 1 rows repeating an earlier row" in first.stderr
    again = invoke(["import", rows, "--json"])
    assert again.exit_code == 0 and json.loads(again.stdout) == []
    assert "skipped 2 rows already stored (claims 1, 2;" in again.stderr
    assert "and 1 rows repeating an earlier row" in again.stderr
    assert [c["id"] for c in invoke_json(["list"])] == [1, 2]
    # --replace checks them again against the source as it is now, keeping ids and history.
    assert invoke(["verify"]).exit_code == 0
    edit(star, "in 2010 when 17 year old", "in 2010 when 19 year old")
    assert invoke(["source", "refresh", "star"]).exit_code == 0
    replaced = invoke(["import", rows, "--replace", "--json"])
    assert replaced.exit_code == 1, replaced.output
    statuses = {r["claim_id"]: r["status"] for r in json.loads(replaced.stdout)}
    assert statuses == {1: "contradicted", 2: "ok"}
    listed = invoke_json(["list"])
    assert [c["id"] for c in listed] == [1, 2]
    assert listed[0]["cited_version"] == 2 and listed[0]["cited_status"] == "contradicted"
    assert listed[0]["topic"] == "wilson"
    assert len(invoke_json(["show", "1"])["history"]) == 1


# --- one set of output options; shell completion ------------------------------------------------


def test_nl_is_the_json_objects_one_per_line(tmp_path: Path) -> None:
    add_source(copy_source(tmp_path, "star"), "star")
    invoke_json(["add", "Laura Wilson, 17, was murdered in 2010.", "-s", "star"])
    invoke_json(["add", "Roger Stone had led the council since 2003.", "-s", "star"])
    assert invoke(["verify"]).exit_code == 0
    for args in (["list"], ["source", "list"], ["verify"], ["export"], ["runs", "list"]):
        whole = json.loads(invoke([*args, "--format", "json"]).stdout)
        lines = invoke([*args, "--format", "nl"]).stdout.splitlines()
        assert whole and [json.loads(line) for line in lines] == whole, args
    one = invoke(["show", "1", "-f", "nl"]).stdout.splitlines()
    assert len(one) == 1 and json.loads(one[0]) == invoke_json(["show", "1"])


def test_csv_is_every_listing_with_its_json_keys_as_columns(tmp_path: Path) -> None:
    add_source(copy_source(tmp_path, "star"), "star")
    invoke(["add", "=1+1 Laura Wilson, 17, was murdered in 2010.", "-s", "star", "--force"])
    assert invoke(["verify"]).exit_code in (0, 1)
    for args in (["list"], ["source", "list"], ["verify"], ["runs", "list"], ["show", "1"]):
        whole = json.loads(invoke([*args, "--format", "json"]).stdout)
        rows = list(csv.DictReader(io.StringIO(invoke([*args, "-f", "csv"]).stdout)))
        objects = whole if isinstance(whole, list) else [whole]
        assert [list(r) for r in rows] == [list(o) for o in objects], args
        for row, obj in zip(rows, objects, strict=True):
            for key, value in obj.items():
                if isinstance(value, str) and not value.startswith("="):
                    assert row[key] == value, (args, key)
    (listed,) = csv.DictReader(io.StringIO(invoke(["list", "-f", "csv"]).stdout))
    assert listed["claim"] == "'=1+1 Laura Wilson, 17, was murdered in 2010."  # no formula


def test_shell_completion_is_on() -> None:
    assert "--install-completion" in invoke(["--help"]).stdout
    script = invoke(["--show-completion"], env={"SHELL": "/bin/bash"})
    assert script.exit_code == 0 and "complete" in script.stdout
    assert "_COMPLETE" in script.stdout


@pytest.mark.sqlite_only
def test_piped_output_never_folds_a_value(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    assert invoke(["demo", "--keep", db]).exit_code == 0
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}

    def piped(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "factbase", "--db", str(db), *args],
            capture_output=True, text=True, env=env, timeout=300,
        )  # fmt: skip
        assert done.returncode in (0, 1), done.stderr
        return done.stdout

    listed = piped("list", "--all")
    claims = [c["claim"] for c in invoke_json(["--db", str(db), "list"])]
    longest = max(claims, key=len)
    assert len(longest) > 80
    assert all(claim in listed for claim in claims)  # each whole, on its own row
    report = piped("conflicts", "report")
    rules = [line for line in report.splitlines() if line.startswith("conflict ")]
    assert rules and all(len(line) == 100 for line in rules)
