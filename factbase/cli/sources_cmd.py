"""``factbase source add | list | show | refresh | diff``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from factbase.cli import render
from factbase.cli.common import database, this_machine_key
from factbase.cli.output import JsonOption, emit, format_option, output_format
from factbase.errors import InputError
from factbase.sources.limits import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from factbase.status import ClaimStatus, RefreshStatus

if TYPE_CHECKING:
    from factbase.sources.fetch import FetchOptions
    from factbase.sources.versions import SourceInfo, VersionInfo

TimeoutOption = typer.Option(
    DEFAULT_TIMEOUT, "--timeout", min=0.1, help="Seconds to wait for a URL before giving up."
)
MaxSizeOption = typer.Option(
    DEFAULT_MAX_BYTES / (1024 * 1024),
    "--max-size",
    min=0.001,
    help="Largest download accepted from a URL, in MB.",
)


def fetch_options(timeout: float, max_size: float) -> FetchOptions:
    from factbase.sources.fetch import FetchOptions

    # The command line honours the proxy settings of the environment (HTTPS_PROXY, NO_PROXY).
    return FetchOptions(timeout=timeout, max_bytes=int(max_size * 1024 * 1024), trust_env=True)


def add(
    ctx: typer.Context,
    items: list[str] = typer.Argument(
        ...,
        metavar="FILE_OR_URL...",
        help="Files (.txt, .md, .html, .pdf) or http(s):// URLs.",
    ),
    source_id: str | None = typer.Option(
        None, "--id", help="Source id (default: the file name, or the URL's last part)."
    ),
    title: str | None = typer.Option(
        None, help="Title (default: the page's or PDF's own title, else the first line)."
    ),
    url: str | None = typer.Option(
        None, help="Where the source was published (default: the URL fetched)."
    ),
    archive_url: str | None = typer.Option(
        None, "--archive-url", help="A copy in a web archive (e.g. web.archive.org)."
    ),
    publisher: str | None = typer.Option(None, help="Publisher (default: the page's site name)."),
    author: str | None = typer.Option(None, help="Author (default: the page's or PDF's own)."),
    published: str | None = typer.Option(
        None,
        help="Publication date, YYYY[-MM[-DD]] (default: the page's own date): resolves "
        "'last October' and the like.",
    ),
    timeout: float = TimeoutOption,
    max_size: float = MaxSizeOption,
    force: bool = typer.Option(
        False, "--force", help="Store a web page even when its text is only navigation."
    ),
    fmt: str = format_option(),
    as_json: bool = JsonOption,
) -> None:
    """Store sources: the text as read (the main text of a web page, the text layer of a PDF),
    where it came from, a SHA-256 and the read time; for a URL also the raw bytes and the final
    URL after redirects. Each text's sentences are indexed as it is stored, for `review`,
    `check` and `conflicts report`.

    Examples:

      factbase source add article.txt --id star --published 2014-08-26

      factbase source add https://example.org/report.pdf --id report
    """
    from factbase.library import keep_index
    from factbase.sources import identity, versions
    from factbase.sources.fetch import is_url, split_credentials

    output = output_format(fmt, as_json)
    if source_id and len(items) > 1:
        raise InputError("--id names one source; give one file or URL with it")
    versions.validate_published(published)
    origins = [item if is_url(item) else Path(item) for item in items]
    options = fetch_options(timeout, max_size)
    # Read and fetch before the transaction, so a slow server holds no lock on the database.
    reads = [versions.read_origin(o, fetch_options=options, force=force) for o in origins]
    key = this_machine_key()
    with database(ctx) as session:
        added = [
            versions.add_source(
                session,
                path=origin,
                read=read,
                source_id=source_id,
                title=title,
                url=url,
                archive_url=archive_url,
                publisher=publisher,
                author=author,
                published=published,
                key=key,
            )
            for origin, read in zip(origins, reads, strict=True)
        ]
        keep_index(session, added)
        infos = versions.source_infos(session, [s.id for s in added])
        twins = {
            i.id: identity.same_text(session, source_id=i.id, sha256=i.sha256 or "")
            for i in infos
        }
    for sid, others in twins.items():
        if others:
            render.note(
                f"warning: source {sid} has exactly the text of source {', '.join(others)} "
                "(stored anyway; remove one with care: its claims go with it)"
            )
    for value in (*items, url, archive_url):
        bare, credentials = split_credentials(value) if value and is_url(value) else (value, None)
        if credentials:
            render.note(
                f"credentials removed from {bare}: factbase does not store them "
                "(source refresh fetches it without them)"
            )
    emit(output, [i.as_dict() for i in infos], table=lambda: _print_added(infos))


def _print_added(infos: list[SourceInfo]) -> None:
    out = render.stdout()
    for i in infos:
        what = i.kind + (f", {i.pages} pages" if i.pages else "")
        out.print(
            f"added source [bold]{render.escape(i.id)}[/] "
            f"({i.chars:,} characters, {what}, sha256 {i.sha256[:12] if i.sha256 else '-'}): "
            f"{render.escape(i.title)}"
        )
        if i.final_url:
            out.print(f"  fetched {render.escape(i.final_url)}", style="dim")
        if i.repairs:
            out.print(f"  repaired: {render.escape('; '.join(i.repairs))}", style="dim")


def list_(
    ctx: typer.Context, fmt: str = format_option(), as_json: bool = JsonOption
) -> None:
    """List stored sources.

    Examples:

      factbase source list

      factbase source list --json
    """
    from factbase.sources import versions

    output = output_format(fmt, as_json)
    with database(ctx, write=False, existing=True) as session:
        infos = versions.list_sources(session)
    emit(output, [i.as_dict() for i in infos], table=lambda: _print_sources(infos))


def _print_sources(infos: list[SourceInfo]) -> None:
    t = render.table("id", "title", "kind", "published", "version", "chars", "claims", "state")
    for i in infos:
        t.add_row(
            i.id,
            i.title,
            i.kind,
            i.published or "",
            str(i.latest_version or "-"),
            f"{i.chars:,}",
            str(i.claims),
            render.status_text(RefreshStatus.UNAVAILABLE if i.last_error else ClaimStatus.OK),
        )
    render.stdout().print(t)


def show(
    ctx: typer.Context,
    source_id: str = typer.Argument(..., help="The source's id."),
    text: bool = typer.Option(
        False, "--text", help="Print the stored text (what every offset points into) instead."
    ),
    version: int | None = typer.Option(
        None, "--version", min=1, help="With --text: this version's text (default: the latest)."
    ),
    fmt: str = format_option(),
    as_json: bool = JsonOption,
) -> None:
    """Show one source's metadata and versions, or its stored text.

    Examples:

      factbase source show star

      factbase source show star --text --version 1 > star-v1.txt
    """
    from factbase.sources import versions

    output = output_format(fmt, as_json)
    if version is not None and not text:
        raise InputError("--version goes with --text (the versions are all listed without it)")
    if text:
        with database(ctx, write=False, existing=True) as session:
            stored = versions.get_version(session, source_id, version or -1).text
        render.echo_text(stored)
        return
    with database(ctx, write=False, existing=True) as session:
        info = versions.source_info(session, source_id)
        history = versions.list_versions(session, source_id)
    emit(output, info.as_dict(), table=lambda: _print_source(info, history))


def _print_source(info: SourceInfo, history: list[VersionInfo]) -> None:
    t = render.table("field", "value", title=f"source {info.id}")
    for key, value in info.as_dict().items():
        if isinstance(value, list):
            value = "; ".join(str(v) for v in value) or None
        t.add_row(key, "" if value is None else str(value))
    out = render.stdout()
    out.print(t)
    v = render.table(
        "version", "read at", "sha256", "chars", "pages", "content type", "encoding", "repairs",
        title="versions",
    )
    for row in history:
        v.add_row(
            str(row.version),
            row.read_at,
            row.sha256[:12],
            f"{row.chars:,}",
            str(row.pages or ""),
            row.content_type or "",
            row.encoding or "",
            "; ".join(row.repairs),
        )
    out.print(v)


def refresh(
    ctx: typer.Context,
    source_ids: list[str] | None = typer.Argument(None, help="Sources to refresh."),
    all_: bool = typer.Option(False, "--all", help="Refresh every source."),
    allow_local: bool = typer.Option(
        False,
        "--allow-local",
        help="Also follow local files and private addresses of sources not added on this "
        "machine (a database from someone else); they are then trusted from now on.",
    ),
    timeout: float = TimeoutOption,
    max_size: float = MaxSizeOption,
    fmt: str = format_option(),
    as_json: bool = JsonOption,
) -> None:
    """Re-read files and re-fetch URLs; a changed text becomes a new version (old versions are
    kept). Local files and private addresses are followed only for sources added on this
    machine, or with --allow-local.

    Examples:

      factbase source refresh star

      factbase source refresh --all
    """
    from factbase.library import keep_index
    from factbase.sources.refresh import origins_of, read_all, refresh_sources, select_sources
    from factbase.sources.trust import Trust
    from factbase.status import RefreshStatus

    output = output_format(fmt, as_json)
    if not source_ids and not all_:
        raise InputError("name the sources to refresh, or give --all")
    trust = Trust(key=this_machine_key(), allow_local=allow_local)
    with database(ctx, write=False) as session:
        origins = origins_of(select_sources(session, source_ids or None))
    reads = read_all(origins, fetch_options=fetch_options(timeout, max_size), trust=trust)
    with database(ctx) as session:
        results = refresh_sources(session, source_ids=list(origins), reads=reads, trust=trust)
        changed = [r.source_id for r in results if r.status == RefreshStatus.CHANGED]
        keep_index(session, select_sources(session, changed) if changed else [])

    def table() -> None:
        t = render.table("source", "result", "version", "detail")
        for r in results:
            t.add_row(
                r.source_id, render.status_text(r.status), str(r.version or "-"), r.detail or ""
            )
        render.stdout().print(t)

    emit(output, [r.as_dict() for r in results], table=table)


def diff(
    ctx: typer.Context,
    source_id: str = typer.Argument(..., help="The source's id."),
    from_version: int | None = typer.Option(
        None, "--from", min=1, help="The older version (default: the one before --to)."
    ),
    to_version: int | None = typer.Option(
        None, "--to", min=1, help="The newer version (default: the latest)."
    ),
    fmt: str = format_option(),
    as_json: bool = JsonOption,
) -> None:
    """What changed between two versions, word by word: each cited passage old and new, then the
    other changed regions.

    Examples:

      factbase source diff star

      factbase source diff star --from 1 --to 3
    """
    from factbase.cli import diff_view
    from factbase.sources import diffs

    output = output_format(fmt, as_json)
    with database(ctx, write=False, existing=True) as session:
        result = diffs.diff_source(
            session, source_id=source_id, from_version=from_version, to_version=to_version
        )
    emit(output, result.as_dict(), table=lambda: diff_view.print_diff(render.stdout(), result))
