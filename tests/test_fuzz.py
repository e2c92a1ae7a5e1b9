"""Fuzzing the readers: mutated PDFs and arbitrary import rows end in a result or an InputError,
never another exception; and a damaged PDF among many sources does not stop a refresh."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from cli_support import invoke, invoke_json
from fixtures.documents import render_pdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factbase.errors import InputError
from factbase.importing import parse_import
from factbase.sources.pdf import read_pdf

TEXT = (
    "The review found that at least 1,400 children were exploited.\n\n"
    "A second paragraph of text here."
)
BASE = render_pdf(TEXT)
TOKENS = (b"<<", b">>", b"[", b"]", b" R ", b"0", b"-1", b"/Length 999999", b"9999999999", b"(")


def mutate(seed: int, data: bytes = BASE) -> bytes:
    """``data`` with one to eight random byte changes, deletions or PDF tokens inserted."""
    rng = random.Random(seed)
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op, at = rng.random(), rng.randrange(len(out))
        if op < 0.4:
            out[at] = rng.randrange(256)
        elif op < 0.7:
            del out[at:at + rng.randint(1, 20)]
        else:
            out[at:at] = rng.choice(TOKENS)
    return bytes(out)


def _read_or_refuse(data: bytes) -> None:
    try:
        document = read_pdf(data, name="fuzzed.pdf")
    except InputError as exc:
        assert "fuzzed.pdf" in str(exc)
        return
    assert document.kind == "pdf"


# Seeds whose mutation made pdfminer raise AssertionError, OverflowError, AttributeError.
KNOWN_CRASHES = (766, 1539, 8229, 12613)


@pytest.mark.parametrize("seed", KNOWN_CRASHES)
def test_pdf_that_crashed_pdfminer(seed: int) -> None:
    with pytest.raises(InputError, match="not a readable PDF"):
        read_pdf(mutate(seed), name="fuzzed.pdf")


def test_mutated_pdfs_seeded() -> None:
    for seed in range(20_000, 22_000):
        _read_or_refuse(mutate(seed))


@settings(max_examples=300, derandomize=True, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, len(BASE) - 1), st.integers(0, 255), st.integers(0, 3)),
        min_size=1,
        max_size=10,
    )
)
def test_mutated_pdfs_hypothesis(edits: list[tuple[int, int, int]]) -> None:
    out = bytearray(BASE)
    for at, value, op in edits:
        at = min(at, len(out) - 1)
        if op == 0:
            out[at] = value
        elif op == 1:
            del out[at:at + value % 24 + 1]
        else:
            out[at:at] = TOKENS[value % len(TOKENS)]
    _read_or_refuse(bytes(out))


# --- import rows --------------------------------------------------------------------------------

_values = st.one_of(
    st.none(),
    st.text(max_size=50),
    st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), max_size=3),
    st.integers(),
    st.lists(st.integers(), max_size=3),
    st.recursive(st.just([]), lambda inner: st.lists(inner, max_size=2), max_leaves=20),
)
_rows = st.dictionaries(st.sampled_from(["claim", "source", "quote", "topic", "x"]), _values)


@settings(
    max_examples=200,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(_rows, min_size=1, max_size=5))
def test_import_rows_parse_or_refuse(tmp_path: Path, rows: list[dict[str, object]]) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    try:
        parsed = parse_import(path)
    except InputError as exc:
        assert "rows.jsonl" in str(exc)
        return
    for row in parsed:
        row.claim.encode("utf-8")
        assert row.source and row.claim and len(row.claim) <= 2000


# --- refresh goes on past a damaged PDF ---------------------------------------------------------


@pytest.mark.database
def test_refresh_all_marks_a_damaged_pdf_unavailable_and_goes_on(tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(BASE)
    article = tmp_path / "article.txt"
    article.write_text(TEXT, "utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("Notes: 12 councillors met on 3 May 2014.", "utf-8")
    for path, sid in ((report, "a-report"), (article, "b-article"), (notes, "c-notes")):
        assert invoke(["source", "add", path, "--id", sid]).exit_code == 0
    report.write_bytes(mutate(KNOWN_CRASHES[0]))
    article.write_text(TEXT.replace("1,400", "1,500"), "utf-8")
    results = invoke_json(["source", "refresh", "--all"])
    assert [(r["source_id"], r["status"]) for r in results] == [
        ("a-report", "unavailable"),
        ("b-article", "changed"),
        ("c-notes", "unchanged"),
    ]
    assert "not a readable PDF" in results[0]["detail"]
