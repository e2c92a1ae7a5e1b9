"""``factbase demo``: the whole job on the bundled corpus, in a fresh temporary database."""

from __future__ import annotations

import tempfile
from pathlib import Path

import typer

from factbase.cli import render
from factbase.cli.common import this_machine_key
from factbase.errors import InputError


def demo(
    keep: Path | None = typer.Option(
        None, "--keep", help="Build the demo database at this path (must not exist) and keep it."
    ),
    show_claims: bool = typer.Option(False, "--claims", help="Also list every verified claim."),
) -> None:
    """Load the bundled Rotherham articles, extract and verify claims, report conflicts.

    Examples:

      factbase demo

      factbase demo --keep demo.db
    """
    from rich.text import Text

    from factbase.cli.conflicts_cmd import render_report
    from factbase.cli.results import print_results, summary_line
    from factbase.conflicts import build_report
    from factbase.extraction import all_source_ids, extract_claims
    from factbase.library import keep_index
    from factbase.sources.corpus import add_corpus, bundled_corpus, read_corpus_metadata
    from factbase.store.db import open_db, session_scope
    from factbase.verification import verify_claims

    folder = bundled_corpus()
    out = render.stdout()
    with tempfile.TemporaryDirectory(prefix="factbase-demo-") as tmp:
        path = keep if keep is not None else Path(tmp) / "demo.db"
        if keep is not None and keep.exists():
            raise InputError(f"--keep: {keep} already exists")
        engine = open_db(str(path), {})
        try:
            with session_scope(engine) as session:
                entries = read_corpus_metadata(folder)
                out.print(Text(f"factbase demo · {len(entries)} bundled articles", style="bold"))
                for e in entries:
                    out.print(f"  {e.id:9} {e.published or '':10} {render.escape(e.title or '')}")
                keep_index(session, add_corpus(session, folder, key=this_machine_key()))
                found = extract_claims(session, source_ids=all_source_ids(session), add=True)
                out.print(
                    f"\nextracted {len(found)} claims with checkable facts "
                    "(numbers, dates, ranges, officials), each citing its passage"
                )
                report = verify_claims(session)
                line = Text("verified: ")
                line.append_text(summary_line(report.counts()))
                out.print(line)
                if show_claims:
                    print_results(out, report.results)
                out.print()
                conflicts = build_report(session)
            render_report(conflicts, out)
        finally:
            engine.dispose()
    if keep is not None:
        out.print(f"\ndemo database kept at {keep} (try: factbase --db {keep} list)")
