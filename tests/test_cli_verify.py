"""``factbase verify``: every status produced by editing a source copy and refreshing it."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
import sqlalchemy as sa
from cli_support import add_source, assert_usage_error, copy_source, edit, invoke, invoke_json

from factbase import verification
from factbase.store.db import open_db

pytestmark = pytest.mark.database

VERIFY_KEYS = {
    "claim_id", "claim", "source", "status", "score", "passage", "start", "end", "differences",
    "version", "note",
}  # fmt: skip

CLAIM = "Laura Wilson, 17, was murdered in 2010."
SENTENCE = (
    "The spotlight fell on Rotherham in 2010 when 17 year old Laura Wilson, was murdered by "
    "Ashtiaq Asghar after she threatened to reveal they’d had a sexual relationship."
)


@pytest.fixture
def star(tmp_path: Path) -> Path:
    """A copy of the Star article stored as ``star``, with CLAIM (id 1) citing SENTENCE."""
    path = copy_source(tmp_path, "star")
    add_source(path, "star")
    added = invoke_json(["add", CLAIM, "-s", "star"])
    assert (added["claim_id"], added["status"], added["passage"]) == (1, "ok", SENTENCE)
    return path


def refresh(expected: str) -> None:
    (r,) = invoke_json(["source", "refresh", "star"])
    assert r["status"] == expected, r


def verify(*args: str, exit_code: int) -> dict[str, object]:
    result = invoke(["verify", *args, "--json"])
    assert result.exit_code == exit_code, result.output
    (row,) = json.loads(result.stdout)
    assert set(row) == VERIFY_KEYS
    return row  # type: ignore[no-any-return]


def test_ok_when_source_unchanged(star: Path) -> None:
    refresh("unchanged")
    row = verify(exit_code=0)
    assert row["status"] == "ok"
    assert row["claim_id"] == 1
    assert row["passage"] == SENTENCE
    assert row["differences"] == []
    assert row["version"] == 1
    assert invoke(["verify", "--strict"]).exit_code == 0


def test_ok_when_only_other_text_changed(star: Path) -> None:
    edit(star, "Have your say", "Have your say today")
    refresh("changed")
    row = verify(exit_code=0)
    assert row["status"] == "ok"
    assert row["version"] == 2
    assert row["passage"] == SENTENCE


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("The spotlight fell on Rotherham in 2010", "Attention turned to Rotherham in 2010"),
        (
            "after she threatened to reveal they’d had a sexual relationship.",
            "after she said she would tell people about their sexual relationship.",
        ),
    ],
    ids=["words-swapped", "clause-changed"],
)
def test_drift_when_sentence_reworded(star: Path, old: str, new: str) -> None:
    edit(star, old, new)
    refresh("changed")
    row = verify(exit_code=0)
    assert row["status"] == "drift"
    assert row["differences"] == []
    assert row["version"] == 2
    assert new in str(row["passage"])
    assert row["note"]
    # --strict makes drift a failure.
    strict = invoke(["verify", "--strict", "--json"])
    assert strict.exit_code == 1
    assert json.loads(strict.stdout)[0]["status"] == "drift"


def test_contradicted_when_number_changed(star: Path) -> None:
    edit(star, "in 2010 when 17 year old", "in 2010 when 19 year old")
    refresh("changed")
    row = verify(exit_code=1)
    assert row["status"] == "contradicted"
    assert row["differences"] == [{"kind": "number", "claim": "17", "source": "19"}]
    assert "19 year old Laura Wilson" in str(row["passage"])


def test_contradicted_when_year_changed(star: Path) -> None:
    edit(star, "Rotherham in 2010 when", "Rotherham in 2011 when")
    refresh("changed")
    row = verify(exit_code=1)
    assert row["status"] == "contradicted"
    diffs = row["differences"]
    assert isinstance(diffs, list) and len(diffs) == 1
    assert diffs[0]["kind"] == "date"
    assert "2010" in diffs[0]["claim"] and "2011" in diffs[0]["source"]


def test_missing_when_sentence_deleted(star: Path) -> None:
    edit(star, SENTENCE + "\n\n", "")
    refresh("changed")
    row = verify(exit_code=1)
    assert row["status"] == "missing"
    assert "Laura Wilson" not in str(row["passage"])


def test_source_unavailable_when_file_deleted(star: Path) -> None:
    star.unlink()
    refresh("unavailable")
    row = verify(exit_code=1)
    assert row["status"] == "source_unavailable"
    assert "no such file" in str(row["note"])
    # The citation is still shown as it was stored.
    assert row["passage"] == SENTENCE


def test_source_available_again_after_restore(star: Path, tmp_path: Path) -> None:
    text = star.read_text("utf-8")
    star.unlink()
    refresh("unavailable")
    verify(exit_code=1)
    star.write_text(text, "utf-8")
    refresh("unchanged")
    assert verify(exit_code=0)["status"] == "ok"


def test_human_output_and_summary(star: Path) -> None:
    edit(star, "in 2010 when 17 year old", "in 2010 when 19 year old")
    refresh("changed")
    result = invoke(["verify"])
    assert result.exit_code == 1
    assert "contradicted" in result.stdout and "(run 1)" in result.stdout
    assert CLAIM in result.stdout
    details = invoke(["verify", "--details"])
    assert details.exit_code == 1
    assert "19 year old Laura Wilson" in details.stdout


OTHER = "Roger Stone had led the council since 2003."


@pytest.mark.parametrize(
    ("old", "new", "status"),
    [
        ("The spotlight fell on Rotherham in 2010", "Attention turned to Rotherham in 2010",
         "drift"),
        ("in 2010 when 17 year old", "in 2010 when 19 year old", "contradicted"),
        (SENTENCE, "", "missing"),
    ],
)  # fmt: skip
def test_human_view_shows_what_needs_attention(star: Path, old: str, new: str, status: str) -> None:
    invoke_json(["add", OTHER, "-s", "star"])
    edit(star, old, new)
    refresh("changed")
    result = invoke(["verify"])
    assert result.exit_code == (0 if status == "drift" else 1), result.output
    assert CLAIM in result.stdout and status in result.stdout
    assert OTHER not in result.stdout
    assert result.stdout.splitlines()[-1] == (
        f"1 ok · 1 {status}  (run 1; 1 ok claim not shown: --all lists them)"
    )
    every = invoke(["verify", "--all"])
    assert CLAIM in every.stdout and OTHER in every.stdout
    assert every.stdout.splitlines()[-1] == f"1 ok · 1 {status}  (run 2)"
    # Machine outputs list every claim, with or without --all.
    assert [r["claim_id"] for r in json.loads(invoke(["verify", "--json"]).stdout)] == [1, 2]
    csv_text = invoke(["verify", "--format", "csv"]).stdout
    assert [r["claim_id"] for r in csv.DictReader(io.StringIO(csv_text))] == ["1", "2"]


def test_human_view_of_an_unavailable_source(star: Path) -> None:
    star.unlink()
    refresh("unavailable")
    result = invoke(["verify"])
    assert result.exit_code == 1
    assert CLAIM in result.stdout and "source_unavailable" in result.stdout
    assert result.stdout.splitlines()[-1] == "1 source_unavailable  (run 1)"


def test_human_view_when_every_claim_is_ok(star: Path) -> None:
    invoke_json(["add", OTHER, "-s", "star"])
    result = invoke(["verify"])
    assert result.exit_code == 0
    assert result.stdout == "2 ok  (run 1; 2 ok claims not shown: --all lists them)\n"
    details = invoke(["verify", "--details"])
    assert "claim 1" not in details.stdout and SENTENCE not in details.stdout
    every = invoke(["verify", "--details", "--all"])
    assert "claim 1" in every.stdout and "claim 2" in every.stdout


def test_verify_records_run_in_history(star: Path) -> None:
    verify(exit_code=0)
    edit(star, "in 2010 when 17 year old", "in 2010 when 19 year old")
    refresh("changed")
    verify("1", exit_code=1)
    info = invoke_json(["show", "1"])
    assert [h["status"] for h in info["history"]] == ["ok", "contradicted"]
    assert [h["run_id"] for h in info["history"]] == [1, 2]
    assert info["status"] == "contradicted"  # the last verdict
    assert info["cited_version"] == 1  # the citation itself is unchanged
    human = invoke(["show", "1"])
    assert "history" in human.stdout and "contradicted" in human.stdout
    listed = invoke_json(["list"])
    assert listed[0]["status"] == "contradicted"


def test_list_export_show_and_verify_agree_on_last_status(star: Path) -> None:
    invoke_json(["add", "Roger Stone had led the council since 2003.", "-s", "star"])
    verify("1", exit_code=0)
    edit(star, "in 2010 when 17 year old", "in 2010 when 19 year old")
    refresh("changed")
    verify("1", exit_code=1)
    listed = {row["id"]: row["status"] for row in invoke_json(["list"])}
    exported = json.loads(invoke(["export"]).stdout)
    assert listed == {1: "contradicted", 2: "ok"}
    assert {row["id"]: row["status"] for row in exported} == listed
    assert {i: invoke_json(["show", str(i)])["status"] for i in listed} == listed
    # An incremental run keeps claim 1's last result and re-checks claim 2 on version 2.
    rows = json.loads(invoke(["verify", "--json"]).stdout)
    assert {row["claim_id"]: row["status"] for row in rows} == listed


@pytest.fixture
def matched(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The ids of the claims ``verify`` matches again (the others keep a verdict)."""
    calls: list[int] = []
    real = verification.verify_one

    def counting(row: verification._Row, latest: object, text: object) -> object:
        calls.append(row.claim_id)
        return real(row, latest, text)  # type: ignore[arg-type]

    monkeypatch.setattr(verification, "verify_one", counting)
    return calls


def test_the_first_verify_keeps_the_verdict_when_cited_by_the_same_checker(
    star: Path, matched: list[int]
) -> None:
    unsupported = "The council's budget for youth services was cut by 30% in 2008."
    added = invoke_json(["add", unsupported, "-s", "star", "--force"], exit_code=1)
    assert added["status"] == "missing" and added["note"]
    rows = json.loads(invoke(["verify", "--json"]).stdout)
    assert matched == []
    by_id = {row["claim_id"]: row for row in rows}
    assert by_id[1]["status"] == "ok" and by_id[1]["passage"] == SENTENCE
    kept = by_id[added["claim_id"]]
    assert (kept["status"], kept["note"], kept["passage"]) == (
        "missing", added["note"], added["passage"]
    )
    full = {r["claim_id"]: r for r in json.loads(invoke(["verify", "--full", "--json"]).stdout)}
    assert sorted(matched) == [1, added["claim_id"]]
    assert {i: (r["status"], r["note"]) for i, r in full.items()} == {
        i: (r["status"], r["note"]) for i, r in by_id.items()
    }


def test_a_citation_by_another_checker_is_matched_again(star: Path, matched: list[int]) -> None:
    engine = open_db(None, os.environ)
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE citations SET cited_checker = NULL"))
    engine.dispose()
    assert verify(exit_code=0)["status"] == "ok"
    assert matched == [1]


def test_verify_selected_claims(star: Path) -> None:
    invoke_json(["add", "Roger Stone had led the council since 2003.", "-s", "star"])
    result = invoke(["verify", "2", "--json"])
    assert result.exit_code == 0
    assert [r["claim_id"] for r in json.loads(result.stdout)] == [2]
    all_rows = json.loads(invoke(["verify", "--json"]).stdout)
    assert [r["claim_id"] for r in all_rows] == [1, 2]


def test_verify_empty_database() -> None:
    result = invoke(["verify", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_verify_unknown_claim(star: Path) -> None:
    assert_usage_error(invoke(["verify", "999"]), "unknown claim", "999")
    assert invoke_json(["show", "1"])["history"] == []
