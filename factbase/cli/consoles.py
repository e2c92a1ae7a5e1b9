"""The rich console and table every command prints through: whatever a page, a claim, a title
or an error holds, control characters reach the screen as visible signs. ``render`` loads this
module (and rich with it) the first time something is printed for people."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rich.align import AlignMethod
from rich.console import Console, ConsoleOptions, RenderableType
from rich.rule import Rule
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from factbase.cli.terminal import CONTROL, neutralise

# Output piped to another program (no terminal, no $COLUMNS) is not folded to a width: tables
# take the width of their widest cells, so no value is ever cut in two; rules, which would
# span the whole width, are drawn RULE_WIDTH wide.
PIPE_WIDTH = 1_000_000
RULE_WIDTH = 100


class SafeConsole(Console):
    """A console that never lets printed text act on the terminal: whatever a page, a claim,
    a title or an error holds, control characters reach the screen as visible signs. Only the
    styles and controls rich itself emits pass through."""

    def render_str(self, text: str, **kwargs: Any) -> Text:
        # Before layout, so that the visible signs are counted in the width of each line.
        return super().render_str(neutralise(text), **kwargs)

    def rule(self, title: str | Text = "", *, align: AlignMethod = "center", **kwargs: Any) -> None:
        if self.width < PIPE_WIDTH:
            super().rule(title, align=align, **kwargs)
        else:
            self.print(Rule(title, align=align, **kwargs), width=RULE_WIDTH)

    def render(
        self, renderable: RenderableType, options: ConsoleOptions | None = None
    ) -> Iterator[Segment]:
        for segment in super().render(renderable, options):
            if segment.control is None and CONTROL.search(segment.text):
                yield Segment(neutralise(segment.text), segment.style)
            else:
                yield segment


class PlainTable(Table):
    """A table whose string cells are shown literally: user text is never read as markup, and
    control characters in it are shown as visible signs."""

    def add_row(self, *renderables: RenderableType | None, **kwargs: Any) -> None:
        super().add_row(*(_plain_cell(r) for r in renderables), **kwargs)


def _plain_cell(cell: RenderableType | None) -> RenderableType | None:
    if isinstance(cell, str):
        return Text(neutralise(cell))
    if isinstance(cell, Text) and CONTROL.search(cell.plain):
        cell = cell.copy()
        cell.plain = neutralise(cell.plain)  # one sign for one character: the styles stay put
    return cell
