"""``factbase source add | list | show | refresh``."""

from __future__ import annotations

from pathlib import Path

import typer

from factbase import sources
from factbase.cli import render
from factbase.cli.common import JsonOption, database, guarded
from factbase.errors import InputError

source_app = typer.Typer(help="Store and refresh source texts.", no_args_is_help=True)


@source_app.command("add")
@guarded
def add(
    ctx: typer.Context,
    files: list[Path] = typer.Argument(..., help="Text or Markdown files (UTF-8)."),
    source_id: str | None = typer.Option(
        None, "--id", help="Source id (default: the file name without extension)."
    ),
    title: str | None = typer.Option(None, help="Title (default: the first line)."),
    url: str | None = typer.Option(None, help="Where the source was published."),
    publisher: str | None = typer.Option(None, help="Publisher."),
    author: str | None = typer.Option(None, help="Author."),
    published: str | None = typer.Option(
        None, help="Publication date, YYYY[-MM[-DD]]: resolves 'last October' and the like."
    ),
    as_json: bool = JsonOption,
) -> None:
    """Store sources: their text as read, where it came from, a SHA-256 and the read time."""
    if source_id and len(files) > 1:
        raise InputError("--id names one source; give one file with it")
    with database(ctx) as session:
        added = [
            sources.add_source(
                session,
                path=f,
                source_id=source_id,
                title=title,
                url=url,
                publisher=publisher,
                author=author,
                published=published,
            )
            for f in files
        ]
        infos = [sources.source_info(session, s.id) for s in added]
    if as_json:
        render.write_json([i.as_dict() for i in infos])
        return
    out = render.stdout()
    for i in infos:
        out.print(
            f"added source [bold]{render.escape(i.id)}[/] "
            f"({i.chars:,} characters, sha256 {i.sha256[:12] if i.sha256 else '-'}): "
            f"{render.escape(i.title)}"
        )


@source_app.command("list")
@guarded
def list_(ctx: typer.Context, as_json: bool = JsonOption) -> None:
    """List stored sources."""
    with database(ctx) as session:
        infos = sources.list_sources(session)
    if as_json:
        render.write_json([i.as_dict() for i in infos])
        return
    t = render.table("id", "title", "published", "version", "chars", "claims", "state")
    for i in infos:
        t.add_row(
            i.id,
            i.title,
            i.published or "",
            str(i.latest_version or "-"),
            f"{i.chars:,}",
            str(i.claims),
            render.status_text("unavailable") if i.last_error else render.status_text("ok"),
        )
    render.stdout().print(t)


@source_app.command("show")
@guarded
def show(ctx: typer.Context, source_id: str, as_json: bool = JsonOption) -> None:
    """Show one source's metadata and versions."""
    with database(ctx) as session:
        info = sources.source_info(session, source_id)
    if as_json:
        render.write_json(info.as_dict())
        return
    t = render.table("field", "value", title=f"source {info.id}")
    for key, value in info.as_dict().items():
        t.add_row(key, "" if value is None else str(value))
    render.stdout().print(t)


@source_app.command("refresh")
@guarded
def refresh(
    ctx: typer.Context,
    source_ids: list[str] | None = typer.Argument(None, help="Sources to refresh."),
    all_: bool = typer.Option(False, "--all", help="Refresh every source."),
    as_json: bool = JsonOption,
) -> None:
    """Re-read sources from where they came from; a changed text becomes a new version."""
    if not source_ids and not all_:
        raise InputError("name the sources to refresh, or give --all")
    with database(ctx) as session:
        results = sources.refresh_sources(session, source_ids=source_ids or None)
    if as_json:
        render.write_json([r.as_dict() for r in results])
        return
    t = render.table("source", "result", "version", "detail")
    for r in results:
        t.add_row(r.source_id, render.status_text(r.status), str(r.version or "-"), r.detail or "")
    render.stdout().print(t)


def register(app: typer.Typer) -> None:
    app.add_typer(source_app, name="source")
