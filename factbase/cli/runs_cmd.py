"""``factbase runs [diff]``: the verification runs, and what changed since the previous one."""

from __future__ import annotations

import typer

from factbase.cli import render
from factbase.cli.common import database
from factbase.cli.output import JsonOption, emit, format_option, output_format


def list_(ctx: typer.Context, fmt: str = format_option(), as_json: bool = JsonOption) -> None:
    """List verification runs, oldest first, with how many claims ended in each status.

    Examples:

      factbase runs list

      factbase runs list --json
    """
    from factbase import runs

    output = output_format(fmt, as_json)
    with database(ctx, write=False, existing=True) as session:
        infos = runs.list_runs(session)

    def table() -> None:
        t = render.table("run", "started", "checker", "claims", "statuses")
        for i in infos:
            counts = " · ".join(f"{n} {s}" for s, n in i.statuses.items())
            t.add_row(str(i.id), i.started_at[:19], i.checker_version, str(i.claims), counts)
        render.stdout().print(t)

    emit(output, [i.as_dict() for i in infos], table=table)


def diff(
    ctx: typer.Context,
    run_id: int | None = typer.Argument(None, help="The run (default: the latest)."),
    fmt: str = format_option(),
    as_json: bool = JsonOption,
) -> None:
    """What changed in a run since the one before it: each claim whose status changed.

    Examples:

      factbase runs diff

      factbase runs diff 4 --json
    """
    from factbase import runs

    output = output_format(fmt, as_json)
    with database(ctx, write=False, existing=True) as session:
        result = runs.diff_runs(session, run_id=run_id)

    def table() -> None:
        out = render.stdout()
        since = f"run {result.from_run}" if result.from_run is not None else "no earlier run"
        t = render.table("id", "was", "now", "source", "claim", "differences",
                         title=f"run {result.to_run} since {since}")  # fmt: skip
        for c in result.changes:
            t.add_row(
                str(c.claim_id),
                render.status_text(c.from_status) if c.from_status else "(new)",
                render.status_text(c.to_status),
                c.source,
                c.claim,
                render.differences_text(c.differences),
            )
        out.print(t)
        out.print(f"{len(result.changes)} changed · {result.unchanged} unchanged")

    emit(output, result.as_dict(), table=table)
