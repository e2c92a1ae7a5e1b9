"""The ``factbase`` command: the root app and where every command group is registered."""

from __future__ import annotations

import typer
from sqlalchemy.engine import Engine

from factbase import __version__
from factbase.cli import claims_cmd, conflicts_cmd, demo_cmd, render, sources_cmd, verify_cmd
from factbase.cli.common import State, database, guarded, state
from factbase.store.db import current_revision, head_revision

app = typer.Typer(
    name="factbase",
    help="A citation-checked fact database: every claim tied to the exact passage that "
    "supports it, re-checked on demand.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factbase {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: str | None = typer.Option(
        None,
        "--db",
        help="Database file or URL (default: $FACTBASE_DB, else ./factbase.db).",
        show_default=False,
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version."
    ),
) -> None:
    state(ctx).db = db


@app.command()
@guarded
def init(ctx: typer.Context) -> None:
    """Create the database, or upgrade it to the latest schema."""
    with database(ctx) as session:
        engine = session.get_bind()
        assert isinstance(engine, Engine)
        revision = current_revision(engine)
    render.stdout().print(
        f"database ready at schema {revision or head_revision()}: "
        f"{render.escape(str(engine.url.render_as_string(hide_password=True)))}"
    )


sources_cmd.register(app)
claims_cmd.register(app)
verify_cmd.register(app)
conflicts_cmd.register(app)
demo_cmd.register(app)


def main() -> None:
    app()


__all__ = ["State", "app", "main"]
