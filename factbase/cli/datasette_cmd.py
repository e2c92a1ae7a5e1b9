"""``factbase datasette-metadata``: labels and descriptions for browsing the database."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from factbase.cli import render
from factbase.cli.common import state


def metadata(
    ctx: typer.Context,
    name: str | None = typer.Option(
        None,
        "--name",
        help="The database's name in datasette (default: the database file's name without "
        "its extension).",
    ),
) -> None:
    """Print datasette metadata (JSON) describing every table, view and column.

    Examples:

      factbase datasette-metadata > metadata.json

      factbase --db desk.db datasette-metadata --name desk
    """
    from factbase.store.describe import datasette_metadata
    from factbase.store.sqlitefile import chosen

    db = chosen(state(ctx).db, os.environ)
    render.write_json(datasette_metadata(name or Path(db.split("?")[0]).stem))
