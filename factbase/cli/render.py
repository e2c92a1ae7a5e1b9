"""Rendering: rich tables and highlighted passages for people, JSON and CSV for machines."""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from factbase.cli.terminal import hide_credentials, neutralise
from factbase.status import ClaimStatus, PassageStatus, RefreshStatus, ReviewStatus

# rich is loaded the first time something is printed for people (``factbase.cli.consoles``);
# JSON, CSV and plain text never need it.
if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

# The one style table: how every status of every command is shown.
STATUS_STYLES: dict[str, str] = {
    ClaimStatus.OK: "green",
    ClaimStatus.DRIFT: "yellow",
    ClaimStatus.CONTRADICTED: "bold red",
    ClaimStatus.MISSING: "red",
    ClaimStatus.SOURCE_UNAVAILABLE: "magenta",
    RefreshStatus.UNCHANGED: "green",
    RefreshStatus.CHANGED: "yellow",
    RefreshStatus.UNAVAILABLE: "magenta",
    PassageStatus.UNCHANGED: "green",
    PassageStatus.CHANGED: "yellow",
    PassageStatus.REMOVED: "bold red",
    PassageStatus.ADDED: "cyan",
    PassageStatus.NOT_FOUND: "magenta",
    ReviewStatus.SUPPORTED: "green",
    ReviewStatus.DISPUTED: "bold yellow",
    ReviewStatus.UNSUPPORTED: "red",
}


def stdout() -> Console:
    from factbase.cli.consoles import PIPE_WIDTH, SafeConsole

    console = SafeConsole(soft_wrap=False, highlight=False)
    if not console.is_terminal and not os.environ.get("COLUMNS"):
        console.width = PIPE_WIDTH
    return console


def stderr() -> Console:
    from factbase.cli.consoles import SafeConsole

    return SafeConsole(stderr=True, highlight=False, soft_wrap=True)


def escape(text: str) -> str:
    """``text`` with rich markup escaped, so that printed it shows literally."""
    from rich.markup import escape as escape_markup

    return escape_markup(text)


def error(message: str) -> None:
    """One line on stderr, user text printed literally, credentials in URLs hidden."""
    line = " ".join(hide_credentials(str(message)).split())
    stderr().print(f"[bold red]error:[/] {escape(line)}")


def echo(text: str) -> None:
    """Plain text (Markdown) on stdout, control characters neutralised."""
    sys.stdout.write(neutralise(text))
    sys.stdout.write("\n")


def echo_text(text: str) -> None:
    """A stored text on stdout: exactly as stored when piped, with control characters shown
    as visible signs on a terminal."""
    sys.stdout.write(neutralise(text) if sys.stdout.isatty() else text)


def echo_html(page: str) -> None:
    """An HTML page on stdout, as it is (its text is escaped by the page builder)."""
    sys.stdout.write(page)


@contextmanager
def progress(label: str, *, disable: bool = False) -> Iterator[Callable[[int, int], None]]:
    """A transient progress display on stderr; yields the ``progress(done, total)`` callback
    the core functions take. Shown only on a terminal: off one rich would still write a blank
    line when it stops, before any error line."""
    from rich.progress import Progress

    console = stderr()
    with Progress(
        console=console, transient=True, disable=disable or not console.is_terminal
    ) as bar:
        task = bar.add_task(label, total=None)

        def tick(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield tick


def note(message: str) -> None:
    stderr().print(escape(hide_credentials(message)), style="dim")


# JSON escapes C0 controls itself; C1 controls and bidirectional overrides are escaped too, so
# a document printed to a terminal cannot act on it (the JSON means the same).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# The same characters as UTF-8 bytes: DEL, C1 controls (C2 80-9F), U+202A-202E and U+2066-2069.
# Looked for one by one: a pattern that begins with one literal byte is searched for quickly,
# an alternation byte by byte (0.09 s against 0.25 s over the 57 MB that ``verify --json``
# prints at 10,000 sources, none found); replaced by all of them at once.
_JSON_UNSAFE_UTF8_PARTS = tuple(
    re.compile(part)
    for part in (rb"\xc2[\x80-\x9f]", rb"\xe2\x80[\xaa-\xae]", rb"\xe2\x81[\xa6-\xa9]")
)
_JSON_UNSAFE_UTF8 = re.compile(
    b"|".join([rb"\x7f", *(part.pattern for part in _JSON_UNSAFE_UTF8_PARTS)])
)


def _has_unsafe_utf8(raw: bytes) -> bool:
    return b"\x7f" in raw or any(part.search(raw) for part in _JSON_UNSAFE_UTF8_PARTS)


def write_json(data: object) -> None:
    """``data`` as indented JSON (``json.dumps(..., indent=2)``'s layout), written by orjson: the
    standard library's encoder is pure Python once it indents, and printing the 99,417 results
    of a ``verify --json`` at 10,000 sources took it 1.6 s against orjson's 0.17 s (the same
    text). Only a float written with an exponent differs ("1e-7" for "1e-07").

    The bytes orjson makes go to standard output's buffer as they are, escaped as bytes: decoding
    those 57 MB to text and writing them through the text layer took another 0.8 s."""
    import orjson

    # dates and dataclasses as ``str`` makes them, as before (orjson has its own forms)
    options = (
        orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS
        | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
        | orjson.OPT_APPEND_NEWLINE
    )
    raw = orjson.dumps(data, option=options, default=str)
    if _has_unsafe_utf8(raw):
        raw = _JSON_UNSAFE_UTF8.sub(
            lambda m: f"\\u{ord(m.group().decode()):04x}".encode(), raw
        )
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None or (getattr(sys.stdout, "encoding", "") or "").lower() not in (
        "utf-8", "utf8"
    ):
        sys.stdout.write(raw.decode())
        return
    sys.stdout.flush()
    buffer.write(raw)
    buffer.flush()


def write_jsonl(rows: Iterable[object]) -> None:
    """One JSON object per line (what ``--format nl`` prints), escaped as ``write_json``."""
    for row in rows:
        text = json.dumps(row, ensure_ascii=False, default=str)
        sys.stdout.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
        sys.stdout.write("\n")


# A spreadsheet reads a cell starting with one of these as a formula (OWASP, "CSV Injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A CSV cell: lists and dicts as JSON text; text a spreadsheet would run as a formula is
    prefixed with a single quote, which spreadsheets show as text."""
    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(rows: Sequence[dict[str, object]], fields: Sequence[str]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(fields), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_cell(v) for k, v in row.items()})
    sys.stdout.write(buf.getvalue())


def status_style(status: str) -> str:
    return STATUS_STYLES.get(status, "")


def status_text(status: str) -> Text:
    from rich.text import Text

    return Text(status, style=status_style(status))


def one_line(text: str) -> str:
    return neutralise(re.sub(r"\s+", " ", text).strip())


def passage_text(
    source_text: str,
    start: int,
    end: int,
    *,
    highlight: Iterable[tuple[int, int, str]] = (),
    limit: int = 600,
) -> Text:
    """The passage as the source has it (white space folded), with spans highlighted.

    ``highlight`` holds (start, end, style) in source offsets.
    """
    from rich.text import Text

    pieces: list[tuple[int, int, str]] = sorted(
        (max(s, start), min(e, end), style) for s, e, style in highlight if e > start and s < end
    )
    out = Text()
    pos = start
    for s, e, style in pieces:
        if s < pos:
            continue
        out.append(one_line_keep(source_text[pos:s]))
        out.append(one_line_keep(source_text[s:e]), style=style)
        pos = e
    out.append(one_line_keep(source_text[pos:end]))
    if len(out.plain) > limit:
        out.truncate(limit)
        out.append("…")
    return out


def one_line_keep(text: str) -> str:
    """Fold white space runs without dropping edge spaces (so pieces join correctly)."""
    return neutralise(re.sub(r"\s+", " ", text))


def table(*columns: str, title: str | None = None) -> Table:
    from factbase.cli.consoles import PlainTable

    t = PlainTable(title=title, show_lines=False, header_style="bold", expand=False)
    for c in columns:
        t.add_column(c, overflow="fold")
    return t


Row = TypeVar("Row")

# A long listing is laid out and printed this many rows at a time: rich lays out a table whole
# (about 1 ms a row) before it prints a line of it, and holds every cell meanwhile.
CHUNK_ROWS = 200


def print_table(
    out: Console,
    columns: Sequence[str],
    rows: Sequence[Row],
    cells: Callable[[Row], Sequence[str | Text]],
) -> None:
    """``rows`` as one table (``cells`` gives a row's cells), printed a chunk at a time.

    Every chunk has the column widths that fit all the rows on ``out`` (``fitted_widths``),
    only the first its header, only the last its bottom edge: the chunks join into one table,
    line for line the table of all the rows with those widths."""
    from rich.segment import Segments

    widths = fitted_widths(out, columns, (cells(row) for row in rows))
    chunks = range(0, len(rows), CHUNK_ROWS) if rows else range(1)
    for start in chunks:
        t = table(*columns)
        t.show_header = start == 0
        for column, width in zip(t.columns, widths, strict=True):
            column.width = width
        for row in rows[start : start + CHUNK_ROWS]:
            t.add_row(*cells(row))
        lines = out.render_lines(t, pad=False, new_lines=True)
        if start:
            lines = lines[1:]  # the top edge: this chunk goes on from the one before
        if start + CHUNK_ROWS < len(rows):
            lines = lines[:-1]  # the bottom edge: the next chunk goes on
        out.print(Segments(itertools.chain.from_iterable(lines)), end="")


def fitted_widths(
    out: Console, columns: Sequence[str], rows: Iterable[Sequence[str | Text]]
) -> list[int]:
    """Each column's width: its widest line, header included. When they do not all fit on
    ``out``, the widest columns are cut to one width, the largest that fits, and what width is
    left over goes to the widest of them: narrow columns keep their width as long as they can."""
    from rich.cells import cell_len

    widths = [cell_len(c) for c in columns]
    for row in rows:
        for i, cell in enumerate(row):
            text = cell if isinstance(cell, str) else cell.plain
            widths[i] = max(widths[i], *(cell_len(line) for line in text.split("\n")))
    # Each column has a space either side and a rule after it; the first a rule before it.
    room = out.width - 3 * len(columns) - 1
    if sum(widths) <= room:
        return widths
    low, high = 1, max(widths)  # the cap: the largest that fits lies in [low, high]
    while low < high:
        cap = (low + high + 1) // 2
        low, high = (cap, high) if sum(min(w, cap) for w in widths) <= room else (low, cap - 1)
    fitted = [min(w, low) for w in widths]
    spare = room - sum(fitted)
    for i in sorted(range(len(widths)), key=lambda i: -widths[i]):
        if spare > 0 and fitted[i] < widths[i]:
            fitted[i] += 1
            spare -= 1
    return fitted


def differences_text(differences: Sequence[object]) -> Text:
    from rich.text import Text

    out = Text()
    for i, d in enumerate(differences):
        if i:
            out.append("\n")
        kind = getattr(d, "kind", None) or d["kind"]  # type: ignore[index]
        claim = getattr(d, "claim", None) if hasattr(d, "kind") else d["claim"]  # type: ignore[index]
        source = getattr(d, "source", None) if hasattr(d, "kind") else d["source"]  # type: ignore[index]
        out.append(f"{kind}: ", style="bold")
        out.append(neutralise(str(claim)) if claim is not None else "—", style="cyan")
        out.append(" vs ")
        out.append(neutralise(str(source)) if source is not None else "not in passage", style="red")
    return out
