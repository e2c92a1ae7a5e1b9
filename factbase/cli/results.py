"""Rendering of check and verify results: ``add``, ``check``, ``import`` and ``verify``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from factbase.cli import render

if TYPE_CHECKING:
    from rich.panel import Panel
    from rich.text import Text

    from factbase.claims import CheckResult


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


def results_table(results: Sequence[CheckResult]) -> object:
    from rich.text import Text

    t = render.table("id", "status", "score", "source", "claim", "differences")
    for r in results:
        t.add_row(
            str(r.claim_id or ""),
            render.status_text(r.status),
            f"{r.score:.1f}" if r.score is not None else "-",
            r.source,
            r.claim,
            render.differences_text(r.differences)
            if r.differences
            else Text(r.note or "", style="dim"),
        )
    return t


def summary_line(counts: dict[str, int]) -> Text:
    from rich.text import Text

    out = Text()
    first = True
    for status, n in counts.items():
        if not n:
            continue
        if not first:
            out.append(" · ")
        out.append(f"{n} ")
        out.append_text(render.status_text(status))
        first = False
    return out if not first else Text("no claims")
