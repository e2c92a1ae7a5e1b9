"""``source diff``: word-level diffs between versions, focused on the passages claims cite."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from cli_support import (
    assert_usage_error,
    copy_source,
    corpus_text,
    edit,
    invoke,
    invoke_json,
)
from fixtures.documents import render_pdf
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from factbase.analysis.worddiff import align, word_diff
from factbase.cli.diff_view import print_diff
from factbase.sources.diffs import SourceDiff, diff_source
from factbase.store.db import open_db, session_scope

DIFF_KEYS = {
    "source", "from_version", "to_version", "from_sha256", "to_sha256", "identical",
    "words_deleted", "words_inserted", "passages", "other_changes",
}  # fmt: skip
PASSAGE_KEYS = {"claims", "status", "from", "to", "changes"}
SIDE_KEYS = {"start", "end", "page", "text"}
CHANGE_KEYS = {"op", "from_start", "from_end", "to_start", "to_end", "deleted", "inserted"}


# --- the word diff -----------------------------------------------------------------------------


def test_identical_texts_have_no_changes() -> None:
    text = corpus_text("star")
    assert word_diff(text, text) == []


def test_white_space_is_not_a_change() -> None:
    old = "At least 1,400 children\nwere exploited.\n\nA second paragraph."
    new = "At  least 1,400 children were\texploited.\n\n\n\nA second\nparagraph."
    assert word_diff(old, new) == []


def test_replace_insert_delete() -> None:
    old = "At least 1,400 children were exploited in Rotherham between 1997 and 2013."
    new = "At least 1,500 children were sexually exploited in Rotherham between 1997 and 2013"
    changes = word_diff(old, new)
    assert [(c.op, c.deleted, c.inserted) for c in changes] == [
        ("replace", "400", "500"),
        ("insert", "", "sexually"),
        ("delete", ".", ""),
    ]
    for c in changes:
        assert old[c.from_start:c.from_end] == c.deleted
        assert new[c.to_start:c.to_end] == c.inserted


def test_paragraphs_added_and_removed() -> None:
    old = "First paragraph.\n\nSecond paragraph with 11 girls.\n\nThird."
    new = "First paragraph.\n\nThird.\n\nA fourth, new one."
    changes = word_diff(old, new)
    assert [(c.op, c.deleted, c.inserted) for c in changes] == [
        ("delete", "Second paragraph with 11 girls.", ""),
        ("insert", "", "A fourth, new one."),
    ]


def test_mapping_a_passage_across_an_insertion_before_it() -> None:
    passage = "Five men were convicted for sexual offences against girls in 2010."
    old = f"Intro.\n\n{passage}\n\nEnd."
    new = f"Intro, now much longer than it was.\n\nA new paragraph.\n\n{passage}\n\nEnd."
    a = align(old, new)
    start = old.index(passage)
    end = start + len(passage)
    assert a.changes_within(start, end) == []
    assert new[a.map_start(start):a.map_end(end)] == passage


def _apply(old: str, changes: list) -> list[str]:
    """The tokens of ``old`` with every change applied."""
    out = []
    pos = 0
    for c in changes:
        out.append(old[pos:c.from_start])
        out.append(c.inserted)
        pos = c.from_end
    out.append(old[pos:])
    return re.findall(r"\w+|[^\w\s]", " ".join(out))


WORDS = st.sampled_from(
    ["the", "council", "1,400", "children", "were", "not", "2013", ".", "Rotherham", "\n\n"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=40), st.lists(WORDS, max_size=40))
def test_applying_the_changes_to_the_old_text_gives_the_new_one(
    old_words: list[str], new_words: list[str]
) -> None:
    old, new = " ".join(old_words), " ".join(new_words)
    changes = word_diff(old, new)
    assert _apply(old, changes) == re.findall(r"\w+|[^\w\s]", new)
    for c in changes:
        assert old[c.from_start:c.from_end] == c.deleted
        assert new[c.to_start:c.to_end] == c.inserted


def test_a_long_text_without_paragraphs_diffs_in_reasonable_time() -> None:
    base = " ".join(corpus_text(s) for s in ("lgc", "star", "pse", "flw", "timeline"))
    old = " ".join(base.split()) * 8  # about 280,000 characters on one line
    new = old.replace("1,400 children", "1,500 children", 1)
    changes = word_diff(old, new)
    assert [(c.deleted, c.inserted) for c in changes] == [("400", "500")]


# --- through the command line ------------------------------------------------------------------

CITED_FACT = "Girls as young as 11 were raped by multiple perpetrators."
CITED_GONE = "Laura Wilson, 17, was murdered in 2010."
CITED_SAME = "At least 1,400 children were subjected to appalling abuse in Rotherham."


@pytest.fixture
def star_changed(tmp_path: Path) -> Path:
    """The Star with three claims, then changed: a fact in one cited passage, another cited
    passage deleted, a third cited passage untouched, and two edits no claim cites."""
    path = copy_source(tmp_path, "star")
    invoke_json(["source", "add", path, "--published", "2014-08-26"])
    for claim in (CITED_FACT, CITED_GONE, CITED_SAME):
        assert invoke_json(["add", claim, "--source", "star"])["status"] == "ok", claim
    edit(path, "girls as young as 11 were raped", "girls as young as 12 were raped")
    text = path.read_text("utf-8")
    sentence = next(s for s in re.split(r"(?<=\.)\s+", text) if "Laura Wilson" in s)
    edit(path, sentence, "")
    edit(path, "Ms Jay’s report said", "Professor Jay’s report said")
    edit(path, "and yet nobody was prosecuted", "and yet no one was prosecuted")
    assert invoke_json(["source", "refresh", "star"])[0]["status"] == "changed"
    return path


@pytest.mark.database
def test_diff_json_focuses_on_the_cited_passages(star_changed: Path) -> None:
    diff = invoke_json(["source", "diff", "star"])
    assert set(diff) == DIFF_KEYS
    assert (diff["source"], diff["from_version"], diff["to_version"]) == ("star", 1, 2)
    assert diff["identical"] is False
    statuses = {p["claims"][0]["claim"]: p for p in diff["passages"]}
    assert set(statuses) == {CITED_FACT, CITED_GONE, CITED_SAME}
    for p in diff["passages"]:
        assert set(p) == PASSAGE_KEYS
        assert set(p["from"]) == SIDE_KEYS
        assert all(set(c) == CHANGE_KEYS for c in p["changes"])

    fact = statuses[CITED_FACT]
    assert fact["status"] == "changed"
    assert [(c["op"], c["deleted"], c["inserted"]) for c in fact["changes"]] == [
        ("replace", "11", "12")
    ]
    assert "as young as 11" in fact["from"]["text"]
    assert "as young as 12" in fact["to"]["text"]
    assert fact["from"]["page"] is None

    gone = statuses[CITED_GONE]
    assert gone["status"] == "removed"
    assert gone["to"] is None
    assert "Laura Wilson" in gone["from"]["text"]

    same = statuses[CITED_SAME]
    assert same["status"] == "unchanged"
    assert same["changes"] == []
    assert same["from"]["text"] == same["to"]["text"]

    others = diff["other_changes"]
    assert [[(c["deleted"], c["inserted"]) for c in r["changes"]] for r in others] == [
        [("Ms", "Professor")],
        [("nobody", "no one")],
    ]
    assert all(set(r) == {"from", "to", "changes"} for r in others)
    assert diff["words_deleted"] == sum(
        len(re.findall(r"\w+", c["deleted"]))
        for part in (*diff["passages"], *others)
        for c in part["changes"]
    )


@pytest.mark.database
def test_diff_human_output_marks_deleted_and_inserted_words(star_changed: Path) -> None:
    result = invoke(["source", "diff", "star"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "source star · version 1 → 2" in out
    assert "cited passages: 3, 2 changed" in out
    assert "as young as [-11-]" in out
    assert "as young as {+12+}" in out
    assert "removed" in out and "every word of the passage was deleted" in out
    assert "other changes: 2 regions" in out
    assert "[-Ms-]{+Professor+} Jay’s report" in out


@pytest.mark.database
def test_diff_in_colour_uses_styles_not_markers(star_changed: Path) -> None:
    engine = open_db(None, os.environ)
    try:
        with session_scope(engine) as session:
            result: SourceDiff = diff_source(session, source_id="star")
    finally:
        engine.dispose()
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, color_system="truecolor", width=200)
    print_diff(console, result)
    out = buffer.getvalue()
    assert "[-" not in out and "{+" not in out
    assert "\x1b[9;31mnobody" in out  # deleted: struck through, red
    assert "\x1b[1;32mno one" in out  # inserted: bold green
    assert "\x1b[9;31m11\x1b[0m" in out and "\x1b[1;32m12\x1b[0m" in out


@pytest.mark.database
def test_diff_from_and_to(star_changed: Path) -> None:
    edit(star_changed, "since 2003.\n\nCoun", "since 2004.\n\nCoun")
    invoke_json(["source", "refresh", "star"])
    latest = invoke_json(["source", "diff", "star"])
    assert (latest["from_version"], latest["to_version"]) == (2, 3)
    assert [
        (c["deleted"], c["inserted"]) for r in latest["other_changes"] for c in r["changes"]
    ] == [("2003", "2004")]
    # Claims cited in version 1 are found again in version 2 to compare it with 3.
    assert {p["status"] for p in latest["passages"]} == {"unchanged", "not_found"}
    whole = invoke_json(["source", "diff", "star", "--from", "1", "--to", "3"])
    assert (whole["from_version"], whole["to_version"]) == (1, 3)
    assert len(whole["other_changes"]) == 3
    first = invoke_json(["source", "diff", "star", "--from", "1"])
    assert (first["from_version"], first["to_version"]) == (1, 2)
    same = invoke_json(["source", "diff", "star", "--from", "2", "--to", "2"])
    assert same["identical"] is True and same["other_changes"] == []


@pytest.mark.database
def test_diff_errors(tmp_path: Path) -> None:
    invoke_json(["source", "add", copy_source(tmp_path, "star")])
    assert_usage_error(invoke(["source", "diff", "star"]), "only version 1")
    assert_usage_error(invoke(["source", "diff", "star", "--to", "5"]), "no version 5")
    assert_usage_error(invoke(["source", "diff", "nope"]), "unknown source", "nope")


@pytest.mark.database
def test_diff_of_a_pdf_tells_the_pages(tmp_path: Path) -> None:
    text = corpus_text("flw")
    path = tmp_path / "flw.pdf"
    path.write_bytes(render_pdf(text))
    invoke_json(["source", "add", path, "--published", "2014-08"])
    claim = invoke_json(
        ["add", "The review concluded that at least 1400 children were sexually exploited.",
         "--source", "flw"]
    )  # fmt: skip
    assert claim["status"] == "ok"
    changed = text.replace("at least 1400 children", "at least 1600 children", 1)
    changed = changed.replace("Children's Commissioner", "Children's Commission")
    path.write_bytes(render_pdf(changed))
    invoke_json(["source", "refresh", "flw"])
    diff = invoke_json(["source", "diff", "flw"])
    (passage,) = diff["passages"]
    assert passage["status"] == "changed"
    assert passage["from"]["page"] == passage["to"]["page"] == 1
    pages = {r["from"]["page"] for r in diff["other_changes"]}
    assert pages and pages <= {1, 2, 3}
    human = invoke(["source", "diff", "flw"]).stdout
    assert " p. 1" in human


@pytest.mark.database
def test_claim_cited_only_in_the_newer_version(tmp_path: Path) -> None:
    path = copy_source(tmp_path, "star")
    invoke_json(["source", "add", path])
    edit(path, "since 2003.\n\nCoun", "since 2003.\n\nThe council met on Friday.\n\nCoun")
    invoke_json(["source", "refresh", "star"])
    assert invoke_json(["add", "The council met on Friday.", "--source", "star"])["status"] == "ok"
    (passage,) = invoke_json(["source", "diff", "star"])["passages"]
    assert passage["status"] == "added"
    assert passage["from"] is None
    assert passage["to"]["text"] == "The council met on Friday."
