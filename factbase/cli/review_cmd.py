"""``factbase review DRAFT``: every claim of a draft against the whole library."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from factbase.cli import render
from factbase.cli.common import database
from factbase.cli.output import JsonOption, emit, format_option, output_format
from factbase.errors import ExitCode, InputError
from factbase.status import ReviewStatus

if TYPE_CHECKING:
    from factbase.review import ClaimReview, Review
    from factbase.review_history import Since


def fail_statuses(value: str | None) -> frozenset[str]:
    """The verdicts ``--fail-on`` names (comma-separated), or the default findings."""
    from factbase.review import FINDINGS

    if value is None:
        return frozenset(FINDINGS)
    names = {v.strip() for v in value.split(",") if v.strip()}
    unknown = names - {s.value for s in ReviewStatus}
    if unknown:
        allowed = ", ".join(s.value for s in ReviewStatus)
        raise InputError(f"--fail-on: unknown verdict {sorted(unknown)[0]!r} (one of {allowed})")
    return frozenset(names)


def review(
    ctx: typer.Context,
    draft: Path = typer.Argument(
        ..., help="The draft: Markdown, plain text, HTML or a Word document (.docx)."
    ),
    html: Path | None = typer.Option(
        None, "--html", help="Also write a self-contained HTML report to this file."
    ),
    fail_on: str | None = typer.Option(
        None,
        "--fail-on",
        help="Verdicts that make the exit code 1, comma-separated "
        "(default: contradicted,disputed,unsupported).",
    ),
    store: bool = typer.Option(
        False, "--store", help="Keep this review (the draft and each verdict) in the database."
    ),
    since_last: bool = typer.Option(
        False,
        "--since",
        help="Say what changed since the last stored review of a draft with this name.",
    ),
    fmt: str = format_option(),
    as_json: bool = JsonOption,
) -> None:
    """Check every claim of a draft against every source: supported, contradicted, disputed
    or unsupported, with the passages that decide it.

    Exit 0 when no claim has a verdict --fail-on names, 1 when one has, 2 on bad input.

    Examples:

      factbase review draft.md

      factbase review draft.docx --html report.html --fail-on contradicted,disputed

      factbase review draft.md --since --store
    """
    from factbase.cli.review_html import review_page
    from factbase.library import Library
    from factbase.review import review_draft
    from factbase.review_history import last_review, since, store_review
    from factbase.sources.drafts import read_draft

    output = output_format(fmt, as_json)
    failing = fail_statuses(fail_on)
    parsed = read_draft(draft)
    with database(ctx, write=False) as session:
        library = Library.from_session(session)
    result = review_draft(parsed, library)
    data = result.as_dict()
    changed: Since | None = None
    if since_last or store:
        with database(ctx, write=store) as session:
            if since_last:
                stored = last_review(session, parsed.name)
                if stored is None:
                    raise InputError(f"--since: no stored review of {parsed.name}")
                changed = since(stored, result)
                data["since"] = changed.as_dict()
            if store:
                data["stored"] = store_review(session, result).id
    if html is not None:
        try:
            html.write_text(review_page(result), "utf-8")
        except OSError as exc:
            raise InputError(f"cannot write {html}: {exc.strerror}") from None
    emit(output, data, table=lambda: _print(result, changed, data.get("stored")))
    if any(c.status in failing for c in result.claims):
        raise typer.Exit(int(ExitCode.FINDINGS))


def _print(result: Review, changed: Since | None, stored: object) -> None:
    from rich.text import Text

    print_review(result)
    out = render.stdout()
    if changed is not None:
        head = f"since review {changed.review_id} ({changed.reviewed_at})"
        head += ", the draft edited" if changed.draft_changed else ", the same draft"
        out.print(Text(f"{head}: {len(changed.changes)} changed, {changed.unchanged} the same",
                       style="bold"))  # fmt: skip
        for c in changed.changes:
            line = Text(f"  {c.before or 'new'} → {c.after or 'gone'}: ", style="yellow")
            line.append(render.one_line(c.text))
            out.print(line)
    if stored is not None:
        out.print(Text(f"stored as review {stored}", style="dim"))


def print_review(result: Review) -> None:
    """The draft sentence by sentence: claims in their verdict's colour, passages beneath."""
    from rich.text import Text

    out = render.stdout()
    by_start = {c.text_start: c for c in result.claims}
    text = result.draft.text
    for start, end in result.sentences:
        claim = by_start.get(start)
        if claim is None:
            out.print(Text(render.one_line(text[start:end]), style="dim"))
            continue
        print_claim(claim)
    counts = result.counts()
    summary = Text(f"{len(result.claims)} claims: ")
    for i, (status, n) in enumerate(counts.items()):
        summary.append(", " if i else "")
        summary.append(f"{n} {status}", style=render.status_style(status))
    out.print(summary)


def print_claim(c: ClaimReview) -> None:
    from rich.text import Text

    out = render.stdout()
    line = Text()
    line.append(f"[{c.status}] ", style=render.status_style(c.status))
    line.append(render.one_line(c.text), style=render.status_style(c.status))
    out.print(line)
    if c.status == ReviewStatus.SUPPORTED:
        out.print(Text(f"    {c.independent} independent source(s)", style="dim"))
    for cited in c.cited:
        where = cited.source or "not in the library"
        out.print(Text(f"    cites {cited.target} ({where}): {cited.status}", style="dim"))
    if c.note:
        out.print(Text(f"    {c.note}", style="dim"))
    for e in c.evidence:
        head = Text("    ")
        head.append_text(render.status_text(e.status))
        head.append(f" {e.source} v{e.version} [{e.start}:{e.end}]")
        if e.cited:
            head.append(" cited", style="bold")
        if e.quote:
            head.append(" quote", style="bold")
        out.print(head)
        passage = render.one_line(e.passage or "")
        out.print(Text(f"      {passage[:300]}{'…' if len(passage) > 300 else ''}"))
        for d in e.differences:
            out.print(Text("      ") + render.differences_text([d]))
