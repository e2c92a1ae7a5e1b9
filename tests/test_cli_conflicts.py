"""``factbase extract``, ``conflicts report`` and ``demo`` on the bundled corpus."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from cli_support import (
    CORPUS_META,
    add_corpus,
    add_source,
    copy_source,
    corpus_text,
    invoke,
    invoke_json,
)

pytestmark = pytest.mark.database

CONFLICT_KEYS = {"id", "group", "kind", "quantity", "note", "summary", "values"}
VALUE_KEYS = {"value", "moment", "statements"}
STATEMENT_KEYS = {"source", "passage", "start", "end", "claim_id"}
CORROBORATION_KEYS = {"summary", "value", "sources", "independent_sources"}


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus with every candidate claim stored (built once, copied per test)."""
    db = tmp_path_factory.mktemp("corpus") / "corpus.db"
    add_corpus("--db", str(db))
    result = invoke(["--db", db, "extract", "--all", "--add"])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture
def db(corpus_db: Path, tmp_path: Path) -> Path:
    """A private copy of the corpus database."""
    dest = tmp_path / "corpus.db"
    for suffix in ("", "-wal", "-shm"):
        src = corpus_db.with_name(corpus_db.name + suffix)
        if src.exists():
            shutil.copyfile(src, dest.with_name(dest.name + suffix))
    return dest


@pytest.fixture
def report(db: Path) -> dict[str, Any]:
    result = invoke(["--db", db, "conflicts", "report", "--json"])
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def values_of(conflict: dict[str, Any]) -> set[str]:
    return {v["value"] for v in conflict["values"]}


def find_conflict(report: dict[str, Any], *values: str) -> dict[str, Any]:
    found = [c for c in report["conflicts"] if set(values) <= values_of(c)]
    assert len(found) == 1, [values_of(c) for c in report["conflicts"]]
    return found[0]


def statements(conflict: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for v in conflict["values"] for s in v["statements"]]


# --- extract -------------------------------------------------------------------------------------


def test_extract_lists_candidates_with_facts(tmp_path: Path) -> None:
    add_source(copy_source(tmp_path, "star"), "star")
    result = invoke(["extract", "star"])
    assert result.exit_code == 0, result.output
    assert "at least 1,400" in result.stdout
    assert "1997–2013" in result.stdout
    assert "candidate claims" in result.stdout
    found = invoke_json(["extract", "star"])
    assert found, "no candidates"
    text = corpus_text("star")
    for c in found:
        assert set(c) == {"source", "claim", "start", "end", "facts", "claim_id", "stored"}
        assert c["source"] == "star"
        assert c["facts"], c
        assert all(set(f) >= {"kind", "value", "text", "start", "end"} for f in c["facts"])
        assert " ".join(text[c["start"] : c["end"]].split()) == c["claim"]
        assert c["claim_id"] is None and c["stored"] is False
    first = next(c for c in found if "at least 1,400 children" in c["claim"])
    assert "1,400" in json.dumps(first["facts"], ensure_ascii=False)
    # Without --add nothing is stored.
    assert invoke_json(["list"]) == []


def test_extract_all_add_stores_claims(tmp_path: Path) -> None:
    for sid in ("star", "timeline"):
        add_source(copy_source(tmp_path, sid), sid)
    found = invoke_json(["extract", "--all", "--add"])
    assert {c["source"] for c in found} == {"star", "timeline"}
    assert all(c["stored"] and isinstance(c["claim_id"], int) for c in found)
    listed = invoke_json(["list"])
    assert sorted(r["id"] for r in listed) == sorted(c["claim_id"] for c in found)
    assert {r["claim"] for r in listed} == {c["claim"] for c in found}
    assert all(r["status"] == "ok" for r in listed)
    # Extracting again stores nothing twice.
    again = invoke_json(["extract", "--all", "--add"])
    assert not any(c["stored"] for c in again)
    assert [c["claim_id"] for c in again] == [c["claim_id"] for c in found]
    assert len(invoke_json(["list"])) == len(listed)
    human = invoke(["extract", "timeline", "--add"])
    assert human.exit_code == 0 and "0 stored" in human.stdout


def test_extracted_claims_verify_ok(db: Path) -> None:
    result = invoke(["--db", db, "verify", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and {r["status"] for r in rows} == {"ok"}


# --- conflicts report ----------------------------------------------------------------------------


def test_report_json_shape(report: dict[str, Any], db: Path) -> None:
    assert set(report) == {"conflicts", "revisions", "claims", "corroborations"}
    assert report["conflicts"] and report["corroborations"]
    claim_ids = {r["id"] for r in invoke_json(["--db", db, "list"])}
    source_ids = {row["id"] for row in CORPUS_META}
    texts = {sid: corpus_text(sid) for sid in source_ids}
    for c in report["conflicts"]:
        assert set(c) >= CONFLICT_KEYS
        assert isinstance(c["id"], str) and c["id"]
        assert isinstance(c["kind"], str) and isinstance(c["summary"], str)
        assert len(c["values"]) >= 2
        for v in c["values"]:
            assert set(v) >= VALUE_KEYS and v["statements"]
            for s in v["statements"]:
                assert set(s) >= STATEMENT_KEYS
                assert s["source"] in source_ids
                assert s["claim_id"] is None or s["claim_id"] in claim_ids
                # Offsets point into the source exactly as it was read.
                assert texts[s["source"]][s["start"] : s["end"]] == s["passage"]
    for k in report["corroborations"]:
        assert set(k) >= CORROBORATION_KEYS
        assert isinstance(k["value"], str) and isinstance(k["summary"], str)
        assert len(k["sources"]) >= 2 and set(k["sources"]) <= source_ids
        assert 2 <= k["independent_sources"] <= len(k["sources"])
    ids = [c["id"] for c in report["conflicts"]]
    assert len(ids) == len(set(ids))


def test_report_is_stable(report: dict[str, Any], db: Path) -> None:
    again = json.loads(invoke(["--db", db, "conflicts", "report", "--json"]).stdout)
    assert again == report


def test_timeline_contradicts_itself_2010_vs_november_2020(report: dict[str, Any]) -> None:
    c = find_conflict(report, "2010", "November 2020")
    assert c["kind"] == "date"
    assert {s["source"] for s in statements(c)} == {"timeline"}
    passages = " | ".join(s["passage"] for s in statements(c))
    assert "convicted for sexual offences against girls in 2010" in passages
    assert "In November 2020, five men" in passages


def test_inquiry_commissioned_september_vs_october_2013(report: dict[str, Any]) -> None:
    c = find_conflict(report, "September 2013", "October 2013")
    assert c["kind"] == "date"
    by_value = {v["value"]: {s["source"] for s in v["statements"]} for v in c["values"]}
    assert "timeline" in by_value["September 2013"]
    # "last October" in an article of August 2014, and "October 2013" in the Star.
    assert {"lgc", "star"} <= by_value["October 2013"]


def _notation_free(value: str) -> str:
    v = value.lower().replace("–", "-").replace("—", "-")
    return re.sub(r"[\s,.]", "", v)


def test_no_conflict_between_notations_of_one_fact(report: dict[str, Any]) -> None:
    for c in report["conflicts"]:
        values = [v["value"] for v in c["values"]]
        normalised = [_notation_free(v) for v in values]
        assert len(set(normalised)) == len(normalised), values
    # "1400" (flw) and "1,400" (the others); "twelve" (flw) and "12" (pse) agree.
    all_values = {_notation_free(v) for c in report["conflicts"] for v in values_of(c)}
    assert not all_values & {"1400", "atleast1400", "12", "1997-2013"}
    corroborated = {k["value"]: set(k["sources"]) for k in report["corroborations"]}
    assert {"flw", "lgc", "timeline"} <= corroborated["at least 1,400"]
    assert {"flw", "pse"} <= corroborated["12"]


def test_report_human_table(db: Path, report: dict[str, Any]) -> None:
    result = invoke(["--db", db, "conflicts", "report"])
    assert result.exit_code == 1, result.output
    assert result.stderr == ""
    out = result.stdout
    for c in report["conflicts"]:
        assert f"conflict {c['id']}" in out
    assert "November 2020" in out and "September 2013" in out
    assert "corroborations" in out
    assert f"{len(report['conflicts'])} conflicts" in out


def test_report_markdown(db: Path, report: dict[str, Any]) -> None:
    result = invoke(["--db", db, "conflicts", "report", "--format", "markdown"])
    assert result.exit_code == 1, result.output
    md = result.stdout
    assert md.startswith("# Conflicts report\n")
    assert md.count("\n## Conflict ") == len(report["conflicts"])
    assert "**November 2020**" in md and "**2010**" in md
    assert "**September 2013**" in md
    assert "## Corroborations" in md and "| value | sources |" in md
    # Each quoted passage is the source's text (white space folded), with the fact in bold.
    quoted = re.findall(r"^  - (\w+) ¶\d+(?:, claim \d+)?: “(.*)”$", md, flags=re.M)
    expected = {
        (s["source"], " ".join(s["passage"].split()))
        for c in report["conflicts"]
        for s in statements(c)
    }
    assert len(quoted) == len(expected)
    assert {(src, passage.replace("**", "")) for src, passage in quoted} == expected


def test_report_exit_0_without_conflicts(tmp_path: Path) -> None:
    assert invoke(["init"]).exit_code == 0
    empty = invoke(["conflicts", "report", "--json"])
    assert empty.exit_code == 0, empty.output
    assert json.loads(empty.stdout) == {
        "conflicts": [], "revisions": [], "claims": [], "corroborations": []
    }
    add_source(copy_source(tmp_path, "star"), "star")
    add_source(copy_source(tmp_path, "flw"), "flw")
    # Each claim in its source's own words: the Star speaks of abuse, not exploitation.
    invoke_json(["add", "At least 1,400 children were sexually abused between 1997 and 2013.",
                 "-s", "star"])  # fmt: skip
    invoke_json(["add", "At least 1,400 children were sexually exploited between 1997 and 2013.",
                 "-s", "flw"])  # fmt: skip
    result = invoke(["conflicts", "report", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["conflicts"] == []
    human = invoke(["conflicts", "report"])
    assert human.exit_code == 0
    assert "no conflicts found" in human.stdout
    md = invoke(["conflicts", "report", "-f", "markdown"])
    assert md.exit_code == 0 and "No conflicts found." in md.stdout


# --- demo ----------------------------------------------------------------------------------------


def test_demo(tmp_path: Path) -> None:
    result = invoke(["demo"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "5 bundled articles" in out
    assert "verified:" in out
    assert "conflict " in out and "November 2020" in out and "September 2013" in out
    assert "corroborations" in out
    # The demo builds its own database; the user's is not touched.
    assert not (tmp_path / "factbase.db").exists()


def test_a_forced_claim_and_an_edited_source_are_told_apart(tmp_path: Path) -> None:
    first = tmp_path / "mill.txt"
    first.write_text(
        "The fire at the old mill destroyed 210 homes on Monday, the fire service said.\n", "utf-8"
    )
    other = tmp_path / "county.txt"
    other.write_text(
        "The fire at the old mill destroyed 210 homes, according to the fire service.\n", "utf-8"
    )
    add_source(first, "mill")
    add_source(other, "county")
    assert invoke(["extract", "--all", "--add"]).exit_code == 0
    first.write_text(
        "The fire at the old mill destroyed 230 homes on Monday, the fire service said.\n", "utf-8"
    )
    invoke(["source", "refresh", "mill"])
    invoke(["add", "The fire at the old mill destroyed 250 homes", "--source", "county", "--force"])
    report = json.loads(invoke(["conflicts", "report", "--json"]).stdout)
    [between] = report["conflicts"]
    assert {v["value"] for v in between["values"]} == {"210", "230"}
    # Claims are extracted source by source in id order: county (1), then mill (2).
    assert between["note"] == "the source changed since claim 2 was cited"
    [claim] = report["claims"]
    assert "250" in {v["value"] for v in claim["values"]}
    assert claim["note"] == "claim 3 as written is not what its cited passage says"
