"""Tables of many rows: printed a chunk at a time, they join into the table rich prints whole."""

from __future__ import annotations

import contextlib
import io
import json

import pytest
from cli_support import STAR_CLAIM, Rows, invoke
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.text import Text

from factbase.cli import render
from factbase.cli.consoles import PIPE_WIDTH, SafeConsole
from factbase.status import ClaimStatus

COLUMNS = ("id", "status", "claim", "differences")
WORDS = "at least 1,400 children were exploited in Rotherham between 1997 and 2013 by gangs".split()
ROWS = [
    (
        str(i),
        render.status_text("ok" if i % 3 else "contradicted"),
        " ".join(WORDS[: 3 + (i * 7) % len(WORDS)]) + (" averyveryverylongword" if i == 4 else ""),
        Text("number: 1,400 vs 1,500\ndate: 2013 vs 2014") if i % 4 == 0 else Text(""),
    )
    for i in range(11)
]


def console(width: int) -> SafeConsole:
    return SafeConsole(file=io.StringIO(), soft_wrap=False, highlight=False, width=width)


def printed_whole(width: int, rows: list[tuple[str | Text, ...]], widths: list[int]) -> str:
    """``rows`` as one rich table; with ``widths``, its columns that wide."""
    out = console(width)
    t = render.table(*COLUMNS)
    for column, w in zip(t.columns, widths, strict=False):
        column.width = w
    for row in rows:
        t.add_row(*row)
    out.print(t)
    return out.file.getvalue()  # type: ignore[attr-defined, no-any-return]


def printed_in_chunks(width: int, rows: list[tuple[str | Text, ...]]) -> str:
    out = console(width)
    render.print_table(out, COLUMNS, rows, lambda row: row)
    return out.file.getvalue()  # type: ignore[attr-defined, no-any-return]


@pytest.mark.parametrize("width", [PIPE_WIDTH, 100, 50, 20])
@pytest.mark.parametrize("chunk", [1, 3, 11, 200])
@pytest.mark.parametrize("count", [0, 1, 10, 11])
def test_chunks_join_into_one_table(
    monkeypatch: pytest.MonkeyPatch, width: int, chunk: int, count: int
) -> None:
    monkeypatch.setattr(render, "CHUNK_ROWS", chunk)
    rows = ROWS[:count]
    widths = render.fitted_widths(console(width), COLUMNS, rows)
    assert printed_in_chunks(width, rows) == printed_whole(width, rows, widths)


@pytest.mark.parametrize("count", [1, 11])
def test_piped_the_table_is_rich_s_own(monkeypatch: pytest.MonkeyPatch, count: int) -> None:
    # Nothing to cut: every column is as wide as its widest line, as rich lays a table out.
    monkeypatch.setattr(render, "CHUNK_ROWS", 3)
    rows = ROWS[:count]
    assert printed_in_chunks(PIPE_WIDTH, rows) == printed_whole(PIPE_WIDTH, rows, [])


def test_fitted_widths_cut_the_widest_columns_first() -> None:
    rows = [("1", "contradicted", "x" * 60, "y" * 30)]
    assert render.fitted_widths(console(PIPE_WIDTH), COLUMNS, rows) == [2, 12, 60, 30]
    # 13 columns go to rules and spaces; of the 67 left the two wide columns share 53.
    assert render.fitted_widths(console(80), COLUMNS, rows) == [2, 12, 27, 26]
    assert render.fitted_widths(console(100), COLUMNS, rows) == [2, 12, 43, 30]
    # Narrower still, the status column is cut too: 27 left, 8 each and one over for the widest.
    assert render.fitted_widths(console(40), COLUMNS, rows) == [2, 8, 9, 8]


@pytest.mark.database
def test_a_long_listing_prints_one_header_and_every_row_once(
    monkeypatch: pytest.MonkeyPatch, star: Rows
) -> None:
    for n in range(4):
        claim = f"Laura Wilson, {18 + n}, was murdered in 2010."
        assert invoke(["add", claim, "-s", "star", "--force"]).exit_code == 1
    monkeypatch.setattr(render, "CHUNK_ROWS", 2)
    lines = invoke(["list", "--all"]).stdout.splitlines()
    assert sum(" id " in line for line in lines) == 1
    assert lines[0].startswith("┏") and lines[-2].startswith("└")
    assert sum(line.startswith(("┏", "└")) for line in lines) == 2
    assert [line.split("│")[1].strip() for line in lines[3:-2]] == ["1", "2", "3", "4", "5"]
    assert STAR_CLAIM in "\n".join(lines)


_SCALARS = (
    st.none() | st.booleans() | st.integers(-(2**53), 2**53)
    # floats that either writes without an exponent (see below)
    | st.just(0.0) | st.floats(min_value=1e-4, max_value=1e15)
    | st.floats(min_value=-1e15, max_value=-1e-4)
    | st.text() | st.dates() | st.datetimes() | st.sampled_from(list(ClaimStatus))
)
_DOCUMENTS = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=8) | st.integers(0, 99), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(_DOCUMENTS)
def test_json_output_is_laid_out_as_the_standard_library_indents(doc: object) -> None:
    """``--json`` prints what ``json.dumps(..., indent=2, ensure_ascii=False, default=str)``
    would (dates and statuses as their text, keys of numbers as text), escaped for a
    terminal. (A float written with an exponent loses its plus sign and leading zeros: "1e16"
    and "1e-7" where the standard library writes "1e+16" and "1e-07", the same numbers; the
    scores factbase prints have none.)"""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        render.write_json(doc)
    expected = json.dumps(doc, ensure_ascii=False, indent=2, default=str)
    expected = render._JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", expected) + "\n"
    assert out.getvalue() == expected
    # the same through a standard output with a byte buffer beneath, as a terminal or a pipe
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8")
    stream.write("[")  # text written before reaches the buffer first
    with contextlib.redirect_stdout(stream):
        render.write_json(doc)
    stream.flush()
    assert raw.getvalue().decode() == "[" + expected
