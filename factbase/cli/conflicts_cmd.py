"""``factbase conflicts report``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from factbase.cli import render
from factbase.cli.common import database
from factbase.cli.output import Format, JsonOption, emit, format_option, output_format
from factbase.errors import ExitCode, InputError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from factbase.conflicts import ConflictReport, Statement


def write_page(path: Path, page: str) -> None:
    """Write an HTML page, or say in one line why it cannot be written."""
    try:
        path.write_text(page, "utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None


def statement_text(s: Statement, *, limit: int = 400) -> Text:
    """A statement's passage with the disputed fact highlighted."""
    marks = []
    if s.fact_start >= 0:
        marks.append((s.fact_start, s.fact_end, "bold reverse"))
    # The passage stands at s.start in its source; offsets of marks are source offsets.
    return render.passage_text(
        _SourceSlice(s.passage, s.start), s.start, s.start + len(s.passage),  # type: ignore[arg-type]
        highlight=marks, limit=limit,
    )


class _SourceSlice(str):
    """A passage addressed with its source's offsets."""

    def __new__(cls, text: str, offset: int) -> _SourceSlice:
        obj = super().__new__(cls, text)
        obj._offset = offset  # type: ignore[attr-defined]
        return obj

    def __getitem__(self, key):  # type: ignore[no-untyped-def, override]
        if isinstance(key, slice):
            start = (key.start or self._offset) - self._offset  # type: ignore[attr-defined]
            stop = (key.stop if key.stop is not None else self._offset + len(self)) - self._offset  # type: ignore[attr-defined]
            return str.__getitem__(self, slice(max(0, start), max(0, stop)))
        return str.__getitem__(self, key - self._offset)  # type: ignore[attr-defined]


_SECTIONS = (
    ("conflict", "bold red", "conflicts"),
    ("revision", "bold blue", "revisions"),
    ("claim", "bold magenta", "claims_disputed"),
)


def render_report(report: ConflictReport, out: Console) -> None:
    from rich.padding import Padding
    from rich.text import Text

    if report.syndicated:
        for group in report.syndicated:
            out.print(
                Text(f"near-duplicate sources counted once: {', '.join(group)}", style="dim")
            )
    if not report.conflicts:
        out.print(Text("no conflicts found", style="green"))
    for label, style, attr in _SECTIONS:
        for c in getattr(report, attr):
            about = f" · {c.quantity}" if c.quantity else ""
            title = "revision timeline" if label == "revision" else label
            out.rule(Text(f"{title} {c.id} · {c.kind}{about}", style=style), align="left")
            out.print(Text(c.summary, style="italic"))
            for v in c.values:
                at = f"  (as of {v.moment})" if v.moment else ""
                out.print(Text(f"  {v.value}{at}", style="bold"))
                if v.fits_all:
                    out.print(Text("    (less precise: fits every value above)", style="dim"))
                for s in v.statements:
                    head = Text(f"    {s.source} ¶{s.paragraph} [{s.start}:{s.end}]", style="cyan")
                    if s.claim_id is not None:
                        head.append(f" claim {s.claim_id}", style="dim")
                    out.print(head)
                    out.print(Padding(statement_text(s), (0, 0, 0, 6), expand=False))
            out.print(
                Padding(Text("verdict: " + c.verdict(), style="yellow"), (0, 0, 0, 2), expand=False)
            )
    if report.corroborations:
        out.print()
        t = render.table("value", "sources", "independent", "statement", title="corroborations")
        for cor in report.corroborations:
            merged = "".join(f" (merged {'+'.join(g)})" for g in cor.merged)
            t.add_row(
                cor.value,
                ", ".join(cor.sources) + merged,
                str(cor.independent_sources),
                cor.summary if len(cor.summary) <= 90 else cor.summary[:89].rstrip() + "…",
            )
        out.print(t)
    out.print(
        Text(
            f"{len(report.conflicts)} conflicts · {len(report.revisions)} revision timelines · "
            f"{len(report.claims_disputed)} claims disputed · "
            f"{len(report.corroborations)} corroborations · "
            f"{report.claims} claims over {report.sources} sources",
            style="bold",
        )
    )


def markdown(report: ConflictReport) -> str:
    lines = ["# Conflicts report", ""]
    if report.syndicated:
        for g in report.syndicated:
            lines.append(f"_Near-duplicate sources counted once: {', '.join(g)}._")
        lines.append("")
    if not report.conflicts:
        lines += ["No conflicts found.", ""]
    for c in [*report.conflicts, *report.revisions, *report.claims_disputed]:
        title = {"conflict": "Conflict", "revision": "Revision timeline", "claim": "Claim"}
        about = f", {c.quantity}" if c.quantity else ""
        lines += [
            f"## {title[c.kind_of_group]} {c.id} ({c.kind}{about})", "", f"> {c.summary}", ""
        ]
        for v in c.values:
            lines.append(f"- **{v.value}**" + (f" (as of {v.moment})" if v.moment else ""))
            for s in v.statements:
                passage = " ".join(s.passage.split())
                if s.fact_start >= 0:
                    a, b = s.fact_start - s.start, s.fact_end - s.start
                    raw = s.passage
                    passage = (
                        render.one_line_keep(raw[:a]) + "**" + " ".join(raw[a:b].split()) + "**"
                        + render.one_line_keep(raw[b:])
                    ).strip()
                cite = f"{s.source} ¶{s.paragraph}" + (
                    f", claim {s.claim_id}" if s.claim_id is not None else ""
                )
                lines.append(f"  - {cite}: “{passage}”")
        lines += ["", f"Verdict: {c.verdict()}", ""]
    if report.corroborations:
        lines += ["## Corroborations", "", "| value | sources | independent | statement |",
                  "|---|---|---|---|"]
        for cor in report.corroborations:
            lines.append(
                f"| {cor.value} | {', '.join(cor.sources)} | {cor.independent_sources} | "
                f"{cor.summary.replace('|', '/')} |"
            )
        lines.append("")
    return "\n".join(lines)


REPORT_FORMATS = (Format.TABLE, Format.JSON, Format.MARKDOWN)


def report(
    ctx: typer.Context,
    fmt: str = format_option(REPORT_FORMATS),
    as_json: bool = JsonOption,
    html_file: Path | None = typer.Option(
        None,
        "--html",
        help="Also write the report as one self-contained HTML page (passages highlighted, a "
        "dot plot of each disputed date or number) to this file.",
    ),
) -> None:
    """Compare every claim with every source: disagreements, then corroborations.

    Exit 0 with no conflicts, 1 with conflicts (to gate a publishing pipeline), 2 for errors.

    Examples:

      factbase conflicts report

      factbase conflicts report --html report.html --format markdown > report.md
    """
    from factbase.conflicts import build_report
    from factbase.publishing.html import conflicts_page

    output = output_format(fmt, as_json, REPORT_FORMATS)
    with (
        database(ctx, write=False, existing=True) as session,
        render.progress("comparing claims", disable=output != Format.TABLE) as tick,
    ):
        result = build_report(session, progress=tick)
    if html_file is not None:
        write_page(html_file, conflicts_page(result))
    emit(
        output,
        result.as_dict(),
        table=lambda: render_report(result, render.stdout()),
        markdown=lambda: markdown(result),
    )
    if result.conflicts:
        raise typer.Exit(int(ExitCode.FINDINGS))
