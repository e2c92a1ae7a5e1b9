"""Rendering of check and verify results: ``add``, ``check``, ``import``, ``verify`` and
``list``: panels, tables streamed a chunk at a time, and the summary line of counts."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from factbase.cli import render
from factbase.status import ATTENTION, ClaimStatus

if TYPE_CHECKING:
    from rich.console import Console
    from rich.panel import Panel
    from rich.text import Text

    from factbase.checking import CheckResult


def result_panel(r: CheckResult, source_text: str | None) -> Panel:
    """One result: status, score, the passage with the aligned words highlighted, differences."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    head = Text()
    head.append_text(render.status_text(r.status))
    if r.score is not None:
        head.append(f"  score {r.score:.1f}")
    head.append(f"  source {r.source}")
    if r.version is not None:
        head.append(f" v{r.version}")
    if r.start is not None and r.end is not None:
        head.append(f"  [{r.start}:{r.end}]")
    parts: list[object] = [head, Text(r.claim, style="italic")]
    if r.passage and r.start is not None and r.end is not None:
        if source_text is not None:
            marks = []
            if r.aligned_start is not None and r.aligned_end is not None:
                marks.append((r.aligned_start, r.aligned_end, "bold yellow"))
            parts.append(render.passage_text(source_text, r.start, r.end, highlight=marks))
        else:
            parts.append(Text(render.one_line(r.passage)))
    if r.differences:
        parts.append(render.differences_text(r.differences))
    if r.note:
        parts.append(Text(r.note, style="dim"))
    title = f"claim {r.claim_id}" if r.claim_id is not None else "claim"
    return Panel(Group(*parts), title=title, title_align="left", expand=False)  # type: ignore[arg-type]


RESULT_COLUMNS = ("id", "status", "score", "source", "claim", "differences")


def print_results(out: Console, results: Sequence[CheckResult]) -> None:
    """Results as one table, a chunk of rows at a time (``render.print_table``)."""
    render.print_table(out, RESULT_COLUMNS, results, _result_cells)


def _result_cells(r: CheckResult) -> tuple[str | Text, ...]:
    from rich.text import Text

    return (
        str(r.claim_id or ""),
        render.status_text(r.status),
        f"{r.score:.1f}" if r.score is not None else "-",
        r.source,
        r.claim,
        render.differences_text(r.differences)
        if r.differences
        else Text(r.note or "", style="dim"),
    )


class Statused(Protocol):
    @property
    def status(self) -> str: ...


Listed = TypeVar("Listed", bound=Statused)


def status_counts(rows: Iterable[Statused]) -> dict[str, int]:
    """How many rows are in each claim status, in the vocabulary's order."""
    counts = dict.fromkeys(map(str, ClaimStatus), 0)
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    return counts


def shown(rows: Sequence[Listed], *, show_all: bool) -> list[Listed]:
    """The rows a person's view lists: those that need attention, or with --all every one."""
    return list(rows) if show_all else [r for r in rows if r.status in ATTENTION]


def print_listing(
    out: Console,
    rows: Sequence[Listed],
    print_rows: Callable[[list[Listed]], None],
    *,
    show_all: bool,
    what: str,
    notes: Sequence[str] = (),
) -> None:
    """A person's view of ``rows`` (``verify``, ``list``, ``import``): ``print_rows`` of those
    that need attention, or with ``show_all`` of every one, then the line of counts, which
    says how many ok rows it left out. However many rows there are, it stays short."""
    listed = shown(rows, show_all=show_all)
    if listed or show_all:
        print_rows(listed)
    hidden = len(rows) - len(listed)
    left_out = f"{hidden:,} ok {what}{'s' if hidden != 1 else ''} not shown: --all lists them"
    out.print(summary_line(status_counts(rows), *notes, *([left_out] if hidden else [])))


def summary_line(counts: dict[str, int], *notes: str) -> Text:
    """``2 ok · 1 contradicted``, then the notes in parentheses."""
    from rich.text import Text

    out = Text()
    for status, n in counts.items():
        if n:
            if out:
                out.append(" · ")
            out.append(f"{n:,} ")
            out.append_text(render.status_text(status))
    if not out:
        out.append("no claims")
    if notes:
        out.append(f"  ({'; '.join(notes)})", style="dim")
    return out
