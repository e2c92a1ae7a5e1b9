"""``factbase extract``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from factbase.cli import render
from factbase.cli.common import database
from factbase.cli.output import JsonOption, emit, format_option, output_format
from factbase.errors import InputError

if TYPE_CHECKING:
    from factbase.extraction import Candidate


def extract(
    ctx: typer.Context,
    source_ids: list[str] | None = typer.Argument(None, help="Sources to extract from."),
    all_: bool = typer.Option(False, "--all", help="Every source."),
    add: bool = typer.Option(False, "--add", help="Store the candidates as claims."),
    fmt: str = format_option(),
    as_json: bool = JsonOption,
) -> None:
    """List the sentences of a source that carry checkable facts; --add stores them as claims.

    Examples:

      factbase extract star

      factbase extract --all --add
    """
    from factbase.extraction import all_source_ids, extract_claims

    output = output_format(fmt, as_json)
    if not source_ids and not all_:
        raise InputError("name the sources to extract from, or give --all")
    with database(ctx) as session:
        ids = all_source_ids(session) if all_ else list(source_ids or [])
        found = extract_claims(session, source_ids=ids, add=add)
    emit(output, [c.as_dict() for c in found], table=lambda: _print_candidates(found, add))


def _print_candidates(found: list[Candidate], add: bool) -> None:
    t = render.table("source", "claim", "sentence", "facts")
    for c in found:
        facts = ", ".join(f"{f.kind}: {f.display()}" for f in c.facts if f.kind != "name")
        names = sorted({f.text for f in c.facts if f.kind == "name"})
        if names:
            facts += ("; " if facts else "") + "names: " + ", ".join(names)
        cid = "" if c.claim_id is None else f"{c.claim_id}{' (new)' if c.stored else ''}"
        t.add_row(c.source, cid, c.text, facts)
    out = render.stdout()
    out.print(t)
    stored = sum(1 for c in found if c.stored)
    out.print(f"{len(found)} candidate claims" + (f", {stored} stored" if add else ""))
