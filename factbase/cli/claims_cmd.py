"""``factbase add | check | import | list | show | remove | export``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from factbase.cli import render
from factbase.cli.common import database, reading
from factbase.cli.output import Format, JsonOption, emit, format_option, output_format
from factbase.errors import ExitCode, InputError
from factbase.status import ClaimStatus, ReviewStatus

if TYPE_CHECKING:
    from rich.text import Text

    from factbase.claims import ClaimInfo


def add(
    ctx: typer.Context,
    claim: str = typer.Argument(..., help="The claim, as you would publish it."),
    source: str = typer.Option(
        ...,
        "--source",
        "-s",
        help="Id of the source it cites, or 'auto' for the source that best supports it.",
    ),
    quote: str | None = typer.Option(
        None, "--quote", "-q", help="Pin the passage: an exact quote from the source."
    ),
    topic: str | None = typer.Option(
        None, "--topic", help="Topic key: claims sharing it are compared with each other."
    ),
    force: bool = typer.Option(
        False, "--force", help="Store the claim even if it is contradicted or unsupported."
    ),
    fmt: str = format_option(),
    as_json: bool = JsonOption,
) -> None:
    """Locate the passage that supports a claim and store both.

    A claim that its source contradicts, or that nothing in it supports, is refused (exit 1,
    nothing stored) unless --force. With --force it is stored and the exit code is still 1
    (--json says "stored": true); show marks it as forced.

    Examples:

      factbase add "At least 1,400 children were exploited" --source star

      factbase add "1,500 children were exploited" -s star --force --topic scale
    """
    from factbase import claims
    from factbase.cli.results import result_panel
    from factbase.sources.versions import require_latest

    output = output_format(fmt, as_json)
    if source == AUTO:
        _add_auto(ctx, claim, topic=topic, force=force, output=output)
        return
    with database(ctx) as session:
        result, stored = claims.add_claim(
            session, text=claim, source_id=source, quote=quote, topic=topic, force=force
        )
        text = require_latest(session, source).text

    def table() -> None:
        out = render.stdout()
        out.print(result_panel(result, text))
        if stored:
            out.print(f"stored claim {result.claim_id}")
        else:
            render.error(
                f"not stored: the claim is {result.status} in source {source} "
                "(use --force to store it anyway)"
            )

    emit(output, {**result.as_dict(), "stored": stored}, table=table)
    if result.status != ClaimStatus.OK:
        raise typer.Exit(int(ExitCode.FINDINGS))


AUTO = "auto"


def _add_auto(
    ctx: typer.Context, claim: str, *, topic: str | None, force: bool, output: Format
) -> None:
    """``add --source auto``: stored with the source that best supports the claim."""
    from factbase.cli.review_cmd import print_claim
    from factbase.review import add_with_best_source

    with database(ctx) as session:
        verdict, result = add_with_best_source(session, text=claim, topic=topic, force=force)
    data = {**verdict.as_dict(), "stored": result is not None,
            "claim_id": result.claim_id if result else None,
            "source": result.source if result else None}  # fmt: skip

    def table() -> None:
        print_claim(verdict)
        if result is not None:
            render.stdout().print(f"stored claim {result.claim_id} with source {result.source}")
        else:
            render.error(
                f"not stored: the claim is {verdict.status} (use --force to store it with its "
                "closest passage)"
            )

    emit(output, data, table=table)
    if result is None or result.status != ClaimStatus.OK:
        raise typer.Exit(int(ExitCode.FINDINGS))


def check(
    ctx: typer.Context,
    claim: str = typer.Argument(..., help="The claim to check."),
    source: str | None = typer.Option(
        None, "--source", "-s", help="Id of the source to check against (default: every source)."
    ),
    quote: str | None = typer.Option(None, "--quote", "-q", help="Pin the passage."),
    fmt: str = format_option(),
    as_json: bool = JsonOption,
) -> None:
    """The same analysis as ``add``; stores nothing. Without --source, the claim is looked for
    in every source and judged as ``review`` judges a draft's claims.

    Examples:

      factbase check "Laura Wilson, 17, was murdered in 2010." -s star

      factbase check "At least 1,400 children were exploited between 1997 and 2013."
    """
    output = output_format(fmt, as_json)
    if source is None:
        if quote is not None:
            raise InputError("--quote needs --source")
        from factbase.cli.review_cmd import print_claim
        from factbase.library import Library
        from factbase.review import judge_claim

        with database(ctx, write=False, existing=True) as session:
            verdict = judge_claim(claim, Library.from_session(session))
        emit(output, verdict.as_dict(), table=lambda: print_claim(verdict))
        if verdict.status != ReviewStatus.SUPPORTED:
            raise typer.Exit(int(ExitCode.FINDINGS))
        return
    from factbase.checking import check_claim
    from factbase.cli.results import result_panel

    with reading(ctx) as reader:
        result = check_claim(reader, text=claim, source_id=source, quote=quote)
        text = reader.latest_text(source).text
    emit(output, result.as_dict(), table=lambda: render.stdout().print(result_panel(result, text)))
    if result.status != ClaimStatus.OK:
        raise typer.Exit(int(ExitCode.FINDINGS))


def import_(
    ctx: typer.Context,
    file: Path = typer.Argument(
        ..., help="CSV (claim,source[,quote,topic]) or JSON Lines; - reads standard input."
    ),
    replace: bool = typer.Option(
        False,
        "--replace",
        help="Check rows whose claim is already stored again, and replace their citation "
        "(default: skip them).",
    ),
    show_all: bool = typer.Option(
        False, "--all", help="List every row, ok ones too (default: those needing attention)."
    ),
    fmt: str = format_option(),
    as_json: bool = JsonOption,
) -> None:
    """Store every row of a file as ``add --force`` would, and report each row's status.

    Lists the rows that need attention and a line of counts; --all lists every row. --json,
    --format nl and csv give every row.

    A row whose claim is already stored for its source is skipped (said on stderr), unless
    --replace.

    A malformed file is refused as a whole, with line numbers, and nothing is stored.

    Examples:

      factbase import claims.csv

      factbase import - --json < claims.jsonl
    """
    from factbase import importing
    from factbase.cli.results import print_listing, print_results
    from factbase.sources.versions import decode_text

    output = output_format(fmt, as_json)
    text = None
    if str(file) == "-":
        file = Path("<stdin>")
        text = decode_text(typer.get_binary_stream("stdin").read(), name="standard input")
    # Read, check, store: only storing takes the database's write lock.
    with database(ctx, write=False) as session:
        plan = importing.plan_import(session, path=file, text=text, replace=replace)
    with render.progress("importing", disable=output != Format.TABLE) as tick:
        results = importing.check_import(plan, progress=tick)
    with database(ctx) as session:
        importing.store_import(session, plan, results)

    def table() -> None:
        out = render.stdout()
        print_listing(
            out, results, lambda rows: print_results(out, rows), show_all=show_all, what="row"
        )

    if plan.skipped:
        render.note(_skipped_note(plan.skipped))
    emit(output, [r.as_dict() for r in results], table=table)
    if any(r.status != ClaimStatus.OK for r in results):
        raise typer.Exit(int(ExitCode.FINDINGS))


def _skipped_note(skipped: dict[int, int]) -> str:
    """What import skipped: rows whose claim is stored (by claim id), rows the file repeats."""
    stored = [i for i in skipped.values() if i]
    ids = sorted(set(stored))
    parts = []
    if stored:
        shown = ", ".join(map(str, ids[:10])) + (", …" if len(ids) > 10 else "")
        parts.append(f"{len(stored)} rows already stored (claims {shown}; --replace checks "
                     "them again)")  # fmt: skip
    if len(stored) < len(skipped):
        parts.append(f"{len(skipped) - len(stored)} rows repeating an earlier row")
    return "skipped " + " and ".join(parts)


def list_(
    ctx: typer.Context,
    source: str | None = typer.Option(None, "--source", "-s", help="Only this source's claims."),
    topic: str | None = typer.Option(None, "--topic", help="Only claims with this topic."),
    show_all: bool = typer.Option(
        False, "--all", help="List every claim, ok ones too (default: those needing attention)."
    ),
    fmt: str = format_option(),
    as_json: bool = JsonOption,
) -> None:
    """List stored claims with their last status.

    Lists the claims that need attention (drift, contradicted, missing, source_unavailable)
    and a line of counts; --all lists every claim. --json, --format nl and csv give every one.

    Examples:

      factbase list --source star --all

      factbase list --topic scale --json
    """
    from factbase import claims
    from factbase.cli.results import print_listing

    output = output_format(fmt, as_json)
    with database(ctx, write=False, existing=True) as session:
        infos = claims.list_claims(session, source_id=source, topic=topic)

    def table() -> None:
        out = render.stdout()
        print_listing(
            out,
            infos,
            lambda rows: render.print_table(out, CLAIM_COLUMNS, rows, _claim_cells),
            show_all=show_all,
            what="claim",
        )

    emit(output, [i.as_dict() for i in infos], table=table)


CLAIM_COLUMNS = ("id", "status", "score", "source", "topic", "claim")


def _claim_cells(i: ClaimInfo) -> tuple[str | Text, ...]:
    return (
        str(i.id),
        render.status_text(i.status),
        f"{i.score:.1f}" if i.score is not None else "-",
        i.source,
        i.topic or "",
        i.claim,
    )


def show(
    ctx: typer.Context,
    claim_id: int = typer.Argument(..., help="The claim's id."),
    fmt: str = format_option(),
    as_json: bool = JsonOption,
) -> None:
    """Show a claim, its citation and its verification history.

    Examples:

      factbase show 12

      factbase show 12 --json
    """
    from factbase import claims

    output = output_format(fmt, as_json)
    with database(ctx, write=False, existing=True) as session:
        info = claims.show_claim(session, claim_id)
    emit(output, info.as_dict(), table=lambda: _print_claim(info))


def _print_claim(info: ClaimInfo) -> None:
    from rich.text import Text

    out = render.stdout()
    t = render.table("field", "value", title=f"claim {info.id}")
    t.add_row("claim", info.claim)
    t.add_row("source", f"{info.source} (cited version {info.cited_version})")
    t.add_row("topic", info.topic or "")
    t.add_row("status", render.status_text(info.status))
    if info.forced:
        t.add_row(
            "forced",
            Text(
                f"stored although {info.cited_status} when cited (add --force or import)",
                style="bold red",
            ),
        )
    t.add_row("citation", f"[{info.start}:{info.end}]")
    passage = Text()
    passage.append(render.one_line_keep(info.prefix), style="dim")
    passage.append(render.one_line_keep(info.passage), style="bold")
    passage.append(render.one_line_keep(info.suffix), style="dim")
    t.add_row("passage", passage)
    if info.differences:
        t.add_row("differences", render.differences_text(info.differences))
    out.print(t)
    if info.history:
        h = render.table("run", "checked at", "status", "score", "note", title="history")
        for row in info.history:
            h.add_row(
                str(row["run_id"]),
                str(row["checked_at"])[:19],
                render.status_text(str(row["status"])),
                f"{row['score']:.1f}" if row["score"] is not None else "-",
                str(row["note"] or ""),
            )
        out.print(h)


def remove(
    ctx: typer.Context, claim_id: int = typer.Argument(..., help="The claim's id.")
) -> None:
    """Remove a claim with its citation and history.

    Examples:

      factbase remove 12
    """
    from factbase import claims

    with database(ctx) as session:
        claim = claims.remove_claim(session, claim_id)
    render.stdout().print(f"removed claim {claim_id}: {render.escape(claim.text)}")
