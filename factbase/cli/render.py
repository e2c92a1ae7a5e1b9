"""Rendering: rich tables and highlighted passages for people, JSON and CSV for machines."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from rich.console import Console, RenderableType
from rich.markup import escape as escape
from rich.progress import Progress
from rich.table import Table
from rich.text import Text

from factbase.status import ClaimStatus, PassageStatus, RefreshStatus

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
}


def stdout() -> Console:
    return Console(soft_wrap=False, highlight=False)


def stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def error(message: str) -> None:
    """One line on stderr, user text printed literally."""
    line = " ".join(str(message).split())
    stderr().print(f"[bold red]error:[/] {escape(line)}")


@contextmanager
def progress(label: str, *, disable: bool = False) -> Iterator[Callable[[int, int], None]]:
    """A transient progress display on stderr; yields the ``progress(done, total)`` callback
    the core functions take. Shown only on a terminal: off one rich would still write a blank
    line when it stops, before any error line."""
    console = stderr()
    with Progress(
        console=console, transient=True, disable=disable or not console.is_terminal
    ) as bar:
        task = bar.add_task(label, total=None)

        def tick(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield tick


def note(message: str) -> None:
    stderr().print(escape(message), style="dim")


def write_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    sys.stdout.write("\n")


def write_csv(rows: Sequence[dict[str, object]], fields: Sequence[str]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(fields), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
             for k, v in row.items()}
        )
    sys.stdout.write(buf.getvalue())


def status_style(status: str) -> str:
    return STATUS_STYLES.get(status, "")


def status_text(status: str) -> Text:
    return Text(status, style=status_style(status))


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


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
    return re.sub(r"\s+", " ", text)


class PlainTable(Table):
    """A table whose string cells are shown literally: user text is never read as markup."""

    def add_row(self, *renderables: RenderableType | None, **kwargs: Any) -> None:
        super().add_row(*(Text(r) if isinstance(r, str) else r for r in renderables), **kwargs)


def table(*columns: str, title: str | None = None) -> Table:
    t = PlainTable(title=title, show_lines=False, header_style="bold", expand=False)
    for c in columns:
        t.add_column(c, overflow="fold")
    return t


def differences_text(differences: Sequence[object]) -> Text:
    out = Text()
    for i, d in enumerate(differences):
        if i:
            out.append("\n")
        kind = getattr(d, "kind", None) or d["kind"]  # type: ignore[index]
        claim = getattr(d, "claim", None) if hasattr(d, "kind") else d["claim"]  # type: ignore[index]
        source = getattr(d, "source", None) if hasattr(d, "kind") else d["source"]  # type: ignore[index]
        out.append(f"{kind}: ", style="bold")
        out.append(str(claim) if claim is not None else "—", style="cyan")
        out.append(" vs ")
        out.append(str(source) if source is not None else "not in passage", style="red")
    return out
