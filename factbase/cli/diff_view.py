"""Rendering of ``source diff``: cited passages old and new, then the other changed regions.

Deleted words are struck through in red, inserted words green. Without colour (a pipe, or
``NO_COLOR``) they are marked ``[-deleted-]`` and ``{+inserted+}`` instead, as ``git diff
--word-diff`` does.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.text import Text

from factbase.cli import render
from factbase.sources.diffs import PassageDiff, RegionDiff, Side, SourceDiff
from factbase.status import PassageStatus

DELETED = "red strike"
INSERTED = "bold green"
PASSAGE_LIMIT = 700
CONTEXT = 40


def _plain(console: Console) -> bool:
    return console.no_color or console.color_system is None


def _piece(out: Text, text: str, style: str, plain: bool, marks: tuple[str, str]) -> None:
    if not text:
        return
    text = render.one_line_keep(text)
    if plain:
        out.append(f"{marks[0]}{text}{marks[1]}")
    else:
        out.append(text, style=style)


def _side_text(
    text: str,
    start: int,
    end: int,
    spans: Sequence[tuple[int, int]],
    *,
    style: str,
    plain: bool,
    marks: tuple[str, str],
) -> Text:
    """``text[start:end]`` on one line with ``spans`` (sorted, inside it) marked."""
    out = Text()
    pos = start
    for s, e in spans:
        s, e = max(s, start), min(e, end)
        if s < pos:
            continue
        out.append(render.one_line_keep(text[pos:s]))
        _piece(out, text[s:e], style, plain, marks)
        pos = max(pos, e)
    out.append(render.one_line_keep(text[pos:end]))
    if len(out.plain) > PASSAGE_LIMIT:
        out.truncate(PASSAGE_LIMIT)
        out.append("…")
    return out


def _where(side: Side | None) -> str:
    if side is None:
        return "—"
    page = f" p. {side.page}" if side.page else ""
    return f"[{side.start}:{side.end}]{page}"


def _passage(console: Console, p: PassageDiff, result: SourceDiff, plain: bool) -> None:
    ids = ", ".join(str(c.id) for c in p.claims)
    header = Text()
    header.append(f"claim {ids} · " if len(p.claims) == 1 else f"claims {ids} · ")
    header.append_text(render.status_text(p.status))
    header.append(f" · v{result.from_version} {_where(p.old)} → v{result.to_version} "
                  f"{_where(p.new)}")
    if p.status == PassageStatus.UNCHANGED and p.old and p.new and p.old.start != p.new.start:
        header.append(f" (moved {p.new.start - p.old.start:+d})", style="dim")
    console.print(header)
    for c in p.claims:
        console.print(Text("  " + render.one_line(c.claim), style="italic"))
    if p.old is not None and p.status != PassageStatus.UNCHANGED:
        spans = [(c.from_start, c.from_end) for c in p.changes if c.from_start < c.from_end]
        line = Text()
        line.append("    old: ", style="bold")
        line.append_text(_side_text(result.old_text, p.old.start, p.old.end, spans,
                                    style=DELETED, plain=plain, marks=("[-", "-]")))
        console.print(line)
    if p.new is not None:
        spans = [(c.to_start, c.to_end) for c in p.changes if c.to_start < c.to_end]
        label = "    new: " if p.status != PassageStatus.UNCHANGED else "    "
        line = Text()
        line.append(label, style="bold")
        line.append_text(_side_text(result.new_text, p.new.start, p.new.end, spans,
                                    style=INSERTED, plain=plain, marks=("{+", "+}")))
        console.print(line)
    elif p.status == PassageStatus.REMOVED:
        console.print(Text("    new: (every word of the passage was deleted)", style="red"))
    elif p.status == PassageStatus.NOT_FOUND:
        console.print(Text("    the cited passage is in neither version", style="magenta"))


def _region(console: Console, r: RegionDiff, result: SourceDiff, plain: bool) -> None:
    """One line: a little unchanged context, then each change as deleted and inserted words."""
    old, new = result.old_text, result.new_text
    line = Text()
    line.append(f"  {_where(r.old)} → {_where(r.new)}  ", style="dim")
    before = old[max(0, r.old.start - CONTEXT):r.old.start]
    line.append("…" + render.one_line_keep(before).lstrip())
    pos = r.old.start
    for c in r.changes:
        line.append(render.one_line_keep(old[pos:c.from_start]))
        _piece(line, c.deleted, DELETED, plain, ("[-", "-]"))
        _piece(line, new[c.to_start:c.to_end], INSERTED, plain, ("{+", "+}"))
        pos = max(pos, c.from_end)
    after = old[pos:pos + CONTEXT]
    line.append(render.one_line_keep(after).rstrip() + "…")
    if len(line.plain) > PASSAGE_LIMIT + 80:
        line.truncate(PASSAGE_LIMIT + 80)
        line.append("…")
    console.print(line)


def print_diff(console: Console, result: SourceDiff) -> None:
    plain = _plain(console)
    summary = (
        f"source {result.source} · version {result.from_version} → "
        f"{result.to_version} · {result.words_deleted} words deleted, "
        f"{result.words_inserted} inserted"
    )
    console.print(Text(summary, style="bold"))
    if result.identical:
        console.print("no change in the words (white space aside)")
    cited = result.passages
    if cited:
        changed = sum(1 for p in cited if p.status != PassageStatus.UNCHANGED)
        console.print(Text(f"\ncited passages: {len(cited)}, {changed} changed", style="bold"))
        for p in cited:
            _passage(console, p, result, plain)
    else:
        console.print(Text("\nno claim cites this source", style="dim"))
    if result.other_changes:
        n = len(result.other_changes)
        console.print(Text(f"\nother changes: {n} region{'s' if n != 1 else ''}", style="bold"))
        for r in result.other_changes:
            _region(console, r, result, plain)
