"""``factbase verify``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from factbase.cli import render
from factbase.cli.common import database
from factbase.cli.output import Format, JsonOption, emit, format_option, output_format
from factbase.errors import ExitCode
from factbase.status import FAILING, ClaimStatus

if TYPE_CHECKING:
    from factbase.checking import CheckResult


def verify(
    ctx: typer.Context,
    claim_ids: list[int] | None = typer.Argument(None, help="Claims to verify (default: all)."),
    strict: bool = typer.Option(False, "--strict", help="Treat drift as a failure (exit 1)."),
    full: bool = typer.Option(
        False, "--full", help="Re-match every claim, even those unchanged since their last check."
    ),
    details: bool = typer.Option(
        False, "--details", help="Show each listed claim's passage instead of the table."
    ),
    show_all: bool = typer.Option(
        False, "--all", help="List every claim, ok ones too (default: those needing attention)."
    ),
    fmt: str = format_option(),
    as_json: bool = JsonOption,
) -> None:
    """Re-check stored claims against the latest version of their sources.

    Lists the claims that need attention (drift, contradicted, missing, source_unavailable)
    and a line of counts; --all lists every claim. --json, --format nl and csv give every one.

    Exit 0 when every claim is ok (or drift, unless --strict), 1 when any is contradicted,
    missing or its source unavailable.

    Examples:

      factbase verify

      factbase verify 3 7 --strict --details --all
    """
    from factbase.cli.results import print_listing, print_results, result_panel, shown
    from factbase.sources.versions import latest_version
    from factbase.verification import check_verification, plan_verification, record_verification

    output = output_format(fmt, as_json)
    # Read, match, record: only recording takes the database's write lock.
    with database(ctx, write=False) as session:
        plan = plan_verification(session, claim_ids=claim_ids or None, full=full)
    with render.progress("verifying", disable=output != Format.TABLE) as tick:
        check_verification(plan, progress=tick)
    with database(ctx) as session:
        report = record_verification(session, plan)
        texts: dict[str, str] = {}
        if details and output == Format.TABLE:
            for r in shown(report.results, show_all=show_all):
                if r.source not in texts:
                    v = latest_version(session, r.source)
                    texts[r.source] = v.text if v else ""

    def table() -> None:
        out = render.stdout()

        def panels(listed: list[CheckResult]) -> None:
            for r in listed:
                out.print(result_panel(r, texts.get(r.source)))

        print_listing(
            out,
            report.results,
            panels if details else lambda listed: print_results(out, listed),
            show_all=show_all,
            what="claim",
            notes=[f"run {report.run_id}"],
        )

    emit(output, [r.as_dict() for r in report.results], table=table)
    failing = FAILING | ({ClaimStatus.DRIFT} if strict else set())
    if any(r.status in failing for r in report.results):
        raise typer.Exit(int(ExitCode.FINDINGS))
