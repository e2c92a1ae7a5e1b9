"""``factbase add | check | import | list | show | remove | export`` through the command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_support import (
    add_source,
    assert_usage_error,
    copy_source,
    corpus_text,
    invoke,
    invoke_json,
)

pytestmark = pytest.mark.database

RESULT_KEYS = {
    "claim_id", "claim", "source", "status", "score", "passage", "start", "end", "differences",
}  # fmt: skip
CLAIM_KEYS = {
    "id", "claim", "source", "topic", "status", "score", "cited_version", "start", "end",
    "passage", "prefix", "suffix", "created_at", "differences", "cited_status", "history",
}  # fmt: skip
EXPORT_FIELDS = [
    "id", "claim", "source", "topic", "status", "score", "cited_version", "start", "end",
    "passage", "prefix", "suffix", "created_at", "differences", "cited_status",
    "source_title", "source_publisher", "source_url", "source_published",
]  # fmt: skip

SUPPORTED = "Laura Wilson, 17, was murdered in 2010."
CONTRADICTED = "Laura Wilson, 19, was murdered in 2010."
UNSUPPORTED = "The council opened a new swimming pool in Sheffield in 1985."


@pytest.fixture
def star(tmp_path: Path) -> Path:
    """The Star article stored as source ``star`` (a private copy)."""
    path = copy_source(tmp_path, "star")
    add_source(path, "star")
    return path


def stored() -> list[dict[str, object]]:
    return invoke_json(["list"])  # type: ignore[no-any-return]


# --- add ---------------------------------------------------------------------------------------


def test_add_supported_claim_is_stored(star: Path) -> None:
    result = invoke(["add", SUPPORTED, "--source", "star", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) >= RESULT_KEYS
    assert data["status"] == "ok"
    assert data["stored"] is True
    assert isinstance(data["claim_id"], int)
    assert data["claim"] == SUPPORTED
    assert data["source"] == "star"
    assert isinstance(data["score"], float) and data["score"] >= 90
    assert data["differences"] == []
    # Offsets point into the source text exactly as it was read.
    text = corpus_text("star")
    assert text[data["start"] : data["end"]] == data["passage"]
    assert "17 year old Laura Wilson" in data["passage"]

    (row,) = stored()
    assert set(row) == CLAIM_KEYS
    assert row["id"] == data["claim_id"]
    assert row["claim"] == SUPPORTED
    assert row["status"] == "ok"
    assert (row["start"], row["end"], row["passage"]) == (
        data["start"], data["end"], data["passage"],
    )  # fmt: skip
    assert row["cited_version"] == 1


def test_add_human_output(star: Path) -> None:
    result = invoke(["add", SUPPORTED, "-s", "star", "--topic", "wilson"])
    assert result.exit_code == 0, result.output
    assert "stored claim 1" in result.stdout
    assert "17 year old Laura Wilson" in result.stdout
    assert stored()[0]["topic"] == "wilson"


def test_add_contradicted_is_refused(star: Path) -> None:
    result = invoke(["add", CONTRADICTED, "-s", "star", "--json"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert data["status"] == "contradicted"
    assert data["stored"] is False
    assert data["claim_id"] is None
    assert {"kind": "number", "claim": "19", "source": "17"} in data["differences"]
    assert stored() == []


def test_add_contradicted_human_says_not_stored(star: Path) -> None:
    result = invoke(["add", CONTRADICTED, "-s", "star"])
    assert result.exit_code == 1
    assert "not stored" in result.stderr and "--force" in result.stderr
    assert "contradicted" in result.stdout
    assert stored() == []


def test_add_unsupported_is_refused(star: Path) -> None:
    data = invoke_json(["add", UNSUPPORTED, "-s", "star"], exit_code=1)
    assert data["status"] == "missing"
    assert stored() == []


def test_add_force_stores_with_its_status(star: Path) -> None:
    data = invoke_json(["add", CONTRADICTED, "-s", "star", "--force"], exit_code=1)
    assert data["stored"] is True
    assert data["status"] == "contradicted"
    (row,) = stored()
    assert row["id"] == data["claim_id"]
    assert row["status"] == "contradicted"
    assert row["differences"] == data["differences"]


def test_check_stores_nothing(star: Path) -> None:
    ok = invoke_json(["check", SUPPORTED, "-s", "star"])
    assert set(ok) >= RESULT_KEYS
    assert ok["status"] == "ok" and ok["claim_id"] is None
    bad = invoke_json(["check", CONTRADICTED, "-s", "star"], exit_code=1)
    assert bad["status"] == "contradicted"
    human = invoke(["check", SUPPORTED, "-s", "star"])
    assert human.exit_code == 0 and "ok" in human.stdout
    assert stored() == []


def test_quote_pins_the_passage(star: Path) -> None:
    claim = "1,400 children were abused in Rotherham"
    quote = (
        "at least 1,400 children in the town were subjected to ‘appalling levels of crime "
        "and abuse’ between 1997 and 2013"
    )
    free = invoke_json(["check", claim, "-s", "star"])
    assert quote not in free["passage"]  # left alone, the headline is the best match
    data = invoke_json(["add", claim, "-s", "star", "--quote", quote])
    assert data["status"] == "ok"
    assert quote in data["passage"]
    text = corpus_text("star")
    assert text[data["start"] : data["end"]] == data["passage"]
    assert stored()[0]["passage"] == data["passage"]


def test_quote_not_in_source_is_refused(star: Path) -> None:
    result = invoke(["add", SUPPORTED, "-s", "star", "--quote", "a sentence nobody wrote"])
    assert_usage_error(result, "quote not found", "star")
    result = invoke(["check", SUPPORTED, "-s", "star", "--quote", "a sentence nobody wrote"])
    assert_usage_error(result, "quote not found")
    assert stored() == []


# --- import ------------------------------------------------------------------------------------


def test_import_csv(star: Path, tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["claim", "source", "quote", "topic"])
        w.writerow([SUPPORTED, "star", "", "wilson"])
        w.writerow([CONTRADICTED, "star", "", ""])
        w.writerow(["Roger Stone had led the council since 2003.", "star", "", "stone"])
    result = invoke(["import", path, "--json"])
    assert result.exit_code == 1, result.output  # one row is contradicted
    rows = json.loads(result.stdout)
    assert [r["status"] for r in rows] == ["ok", "contradicted", "ok"]
    assert all(set(r) >= RESULT_KEYS for r in rows)
    listed = stored()
    assert [r["claim"] for r in listed] == [SUPPORTED, CONTRADICTED, rows[2]["claim"]]
    assert [r["id"] for r in listed] == [r["claim_id"] for r in rows]
    assert [r["topic"] for r in listed] == ["wilson", None, "stone"]
    assert [r["status"] for r in listed] == ["ok", "contradicted", "ok"]


def test_import_jsonl_human(star: Path, tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    lines = [
        {"claim": SUPPORTED, "source": "star"},
        {"claim": "Roger Stone had led the council since 2003.", "source": "star",
         "topic": "stone"},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", "utf-8")
    result = invoke(["import", path])
    assert result.exit_code == 0, result.output
    assert result.stdout == "2 ok  (2 ok rows not shown: --all lists them)\n"
    assert len(stored()) == 2


def test_import_human_shows_what_needs_attention_and_all_every_row(
    star: Path, tmp_path: Path
) -> None:
    path = tmp_path / "claims.csv"
    path.write_text(csv_text(["claim", "source"], [SUPPORTED, "star"], [CONTRADICTED, "star"]))
    result = invoke(["import", path])
    assert result.exit_code == 1, result.output
    assert CONTRADICTED in result.stdout and SUPPORTED not in result.stdout
    assert result.stdout.splitlines()[-1] == (
        "1 ok · 1 contradicted  (1 ok row not shown: --all lists them)"
    )
    again = invoke(["import", path, "--replace", "--all"])
    assert again.exit_code == 1, again.output
    assert CONTRADICTED in again.stdout and SUPPORTED in again.stdout
    assert again.stdout.splitlines()[-1] == "1 ok · 1 contradicted"


def csv_text(*rows: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "fragments"),
    [
        (
            "bad.csv",
            csv_text(["claim", "source"], [SUPPORTED, "star"], ["", "star"],
                     ["Stone resigned.", ""]),
            ["line 3", "empty claim", "line 4", "missing source", "nothing imported"],
        ),
        (
            "toomany.csv",
            csv_text(["claim", "source"], [SUPPORTED, "star"], [SUPPORTED, "star", "x"]),
            ["line 3", "too many fields"],
        ),
        (
            "bad.jsonl",
            json.dumps({"claim": SUPPORTED, "source": "star"})
            + "\n{not json\n"
            + json.dumps(["a list"])
            + "\n"
            + json.dumps({"claim": 7, "source": "star"})
            + "\n",
            ["line 2", "not JSON", "line 3", "line 4", "nothing imported"],
        ),
        ("noheader.csv", csv_text([SUPPORTED, "star"]), ["header", "claim"]),
        (
            "unknown.csv",
            csv_text(["claim", "source"], [SUPPORTED, "star"], [SUPPORTED, "nope"]),
            ["unknown source nope", "line 3", "nothing imported"],
        ),
        (
            "badquote.csv",
            csv_text(["claim", "source", "quote"], [SUPPORTED, "star", ""],
                     [SUPPORTED, "star", "no such words"]),
            ["line 3", "quote not found", "nothing imported"],
        ),
        ("headeronly.csv", csv_text(["claim", "source"]), ["no rows"]),
    ],
)  # fmt: skip
def test_import_malformed_refused_as_a_whole(
    star: Path, tmp_path: Path, name: str, content: str, fragments: list[str]
) -> None:
    path = tmp_path / name
    path.write_text(content, "utf-8")
    assert_usage_error(invoke(["import", path]), *fragments)
    assert stored() == []


# --- list, show, remove, export ----------------------------------------------------------------


@pytest.fixture
def two_claims(star: Path) -> list[int]:
    a = invoke_json(["add", SUPPORTED, "-s", "star", "--topic", "wilson"])
    b = invoke_json(["add", "Roger Stone had led the council since 2003.", "-s", "star"])
    return [a["claim_id"], b["claim_id"]]


def test_list_filters(two_claims: list[int], tmp_path: Path) -> None:
    add_source(copy_source(tmp_path, "pse"), "pse")
    assert [r["id"] for r in stored()] == two_claims
    assert [r["id"] for r in invoke_json(["list", "--topic", "wilson"])] == two_claims[:1]
    assert [r["id"] for r in invoke_json(["list", "-s", "star"])] == two_claims
    assert invoke_json(["list", "-s", "pse"]) == []
    assert_usage_error(invoke(["list", "-s", "nope"]), "unknown source")
    human = invoke(["list", "--all", "--topic", "wilson"])
    assert human.exit_code == 0
    assert SUPPORTED in human.stdout and "wilson" in human.stdout
    assert "Roger Stone" not in human.stdout


def test_list_shows_what_needs_attention_and_counts_the_rest(two_claims: list[int]) -> None:
    forced = invoke(["add", CONTRADICTED, "-s", "star", "--force", "--json"])
    assert forced.exit_code == 1, forced.output
    human = invoke(["list"])
    assert human.exit_code == 0, human.output
    assert CONTRADICTED in human.stdout
    assert SUPPORTED not in human.stdout and "Roger Stone" not in human.stdout
    assert human.stdout.splitlines()[-1] == (
        "2 ok · 1 contradicted  (2 ok claims not shown: --all lists them)"
    )
    every = invoke(["list", "--all"])
    assert every.exit_code == 0, every.output
    assert all(c in every.stdout for c in (SUPPORTED, CONTRADICTED, "Roger Stone"))
    assert every.stdout.splitlines()[-1] == "2 ok · 1 contradicted"
    # Machine outputs list every claim, as before.
    assert len(stored()) == 3
    listed_csv = invoke(["list", "--format", "csv"]).stdout
    assert len(list(csv.DictReader(io.StringIO(listed_csv)))) == 3


def test_list_with_nothing_needing_attention_prints_only_the_counts(
    two_claims: list[int],
) -> None:
    human = invoke(["list"])
    assert human.exit_code == 0, human.output
    assert human.stdout == "2 ok  (2 ok claims not shown: --all lists them)\n"


def test_show(two_claims: list[int]) -> None:
    info = invoke_json(["show", str(two_claims[0])])
    assert set(info) == CLAIM_KEYS
    assert info["claim"] == SUPPORTED
    assert info["history"] == []
    text = corpus_text("star")
    assert text[info["start"] : info["end"]] == info["passage"]
    assert text[: info["start"]].endswith(info["prefix"])
    assert text[info["end"] :].startswith(info["suffix"])
    human = invoke(["show", str(two_claims[0])])
    assert human.exit_code == 0
    assert SUPPORTED in human.stdout and "cited version 1" in human.stdout


def test_remove(two_claims: list[int]) -> None:
    result = invoke(["remove", str(two_claims[0])])
    assert result.exit_code == 0, result.output
    assert f"removed claim {two_claims[0]}" in result.stdout
    assert [r["id"] for r in stored()] == two_claims[1:]
    assert_usage_error(invoke(["show", str(two_claims[0])]), "unknown claim")
    assert_usage_error(invoke(["remove", str(two_claims[0])]), "unknown claim")


def test_export_json(two_claims: list[int]) -> None:
    result = invoke(["export"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["id"] for r in rows] == two_claims
    assert all(set(r) >= set(EXPORT_FIELDS) for r in rows)
    assert rows == json.loads(invoke(["export", "--format", "json"]).stdout)


def test_export_csv(two_claims: list[int]) -> None:
    result = invoke(["export", "--format", "csv"])
    assert result.exit_code == 0, result.output
    reader = csv.DictReader(io.StringIO(result.stdout))
    assert reader.fieldnames == EXPORT_FIELDS
    rows = list(reader)
    assert [int(r["id"]) for r in rows] == two_claims
    assert rows[0]["claim"] == SUPPORTED
    assert rows[0]["topic"] == "wilson"
    assert rows[0]["source_title"] == "VIDEO: 1,400 children sexually abused in Rotherham"
    assert rows[0]["source_published"] == "2014-08-26"
    assert json.loads(rows[0]["differences"]) == []
    full = json.loads(invoke(["export"]).stdout)
    assert rows[0]["passage"] == full[0]["passage"]


def test_format_json_is_json(two_claims: list[int]) -> None:
    """``--json`` is short for ``--format json`` on every listing."""
    for args in (["list"], ["show", "1"], ["source", "list"], ["verify"], ["export"]):
        long = invoke([*args, "--format", "json"])
        short = invoke([*args, "-f", "json"])
        alias = invoke([*args, "--json"])
        assert long.exit_code == short.exit_code == alias.exit_code == 0, args
        assert json.loads(long.stdout) and long.stdout == short.stdout == alias.stdout, args


def test_export_bad_format() -> None:
    assert_usage_error(invoke(["export", "--format", "xml"]), "--format")


def test_export_empty_database() -> None:
    assert invoke(["init"]).exit_code == 0
    assert json.loads(invoke(["export"]).stdout) == []
    assert invoke(["export", "-f", "csv"]).stdout.splitlines() == [",".join(EXPORT_FIELDS)]


# --- user text is printed literally --------------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "[bold]1,400[/bold] children were abused in Rotherham",
        "At least 1,400 children [/x] were abused",
    ],
)
def test_claim_markup_printed_literally(star: Path, claim: str) -> None:
    added = invoke(["add", claim, "-s", "star", "--force"])
    assert added.exit_code in (0, 1), added.output
    assert claim in added.stdout
    for args in (["list"], ["show", "1"], ["verify"], ["remove", "1"]):
        result = invoke(args)
        assert result.exit_code in (0, 1), result.output
        assert claim in result.stdout, (args, result.stdout)
