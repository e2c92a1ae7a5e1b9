"""The ``factbase`` command: the root app and the table of every command and group.

Each command is a plain function in the module named after it (``claims_cmd`` holds the claim
commands, ``sources_cmd`` the ``source`` group); this table is the only place commands are
registered, all the same way: the name, then the function, wrapped by ``guarded``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import typer
from typer._click.exceptions import NoArgsIsHelpError, UsageError

from factbase import __version__
from factbase.cli import (
    claims_cmd,
    conflicts_cmd,
    datasette_cmd,
    demo_cmd,
    export_cmd,
    extract_cmd,
    init_cmd,
    render,
    review_cmd,
    runs_cmd,
    sources_cmd,
    verify_cmd,
)
from factbase.cli.coercion import Command, Group
from factbase.cli.common import State, guarded, state
from factbase.cli.output import Format


class OneLineUsageError(UsageError):
    """A usage error shown as one line on stderr, with where to find help."""

    def show(self, file: Any = None) -> None:
        where = f" (see '{self.ctx.command_path} --help')" if self.ctx is not None else ""
        render.error(f"{self.format_message().rstrip('.')}{where}")


def hoist_db(args: list[str]) -> list[str]:
    """``--db PATH`` (or ``--db=PATH``) anywhere before ``--`` moved to the front, so that
    ``factbase list --db x.db`` means ``factbase --db x.db list``."""
    rest, front, i = [], [], 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest += args[i:]
            break
        if arg == "--db" and i + 1 < len(args):
            front += args[i : i + 2]
            i += 2
            continue
        (front if arg.startswith("--db=") else rest).append(arg)
        i += 1
    return front + rest


class Root(Group):
    """The root command: ``--db`` wherever it is given, and Click's usage errors, from any
    command below it, on one line."""

    def make_context(self, info_name: Any, args: list[str], *rest: Any, **kwargs: Any) -> Any:
        with _one_line():
            return super().make_context(info_name, hoist_db(list(args)), *rest, **kwargs)

    def invoke(self, ctx: Any) -> Any:
        with _one_line():
            return super().invoke(ctx)


class _one_line:  # noqa: N801 - used as a context manager
    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> None:
        if isinstance(exc, UsageError) and not isinstance(
            exc, (NoArgsIsHelpError, OneLineUsageError)
        ):
            raise OneLineUsageError(exc.format_message(), exc.ctx) from None


app = typer.Typer(
    cls=Root,
    name="factbase",
    help="A citation-checked fact database: every claim tied to the exact passage that "
    "supports it, re-checked on demand.",
    no_args_is_help=True,
    add_completion=True,
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


def group(name: str, summary: str) -> typer.Typer:
    """A command group (``factbase NAME ...``), added to the root app."""
    sub = typer.Typer(cls=Group, help=summary, no_args_is_help=True)
    app.add_typer(sub, name=name)
    return sub


def command(parent: typer.Typer, name: str, fn: Callable[..., Any]) -> None:
    parent.command(name, cls=Command)(guarded(fn))


command(app, "init", init_cmd.init)
command(app, "add", claims_cmd.add)
command(app, "check", claims_cmd.check)
command(app, "import", claims_cmd.import_)
command(app, "list", claims_cmd.list_)
command(app, "show", claims_cmd.show)
command(app, "remove", claims_cmd.remove)
command(app, "export", export_cmd.export)
command(app, "verify", verify_cmd.verify)
command(app, "review", review_cmd.review)
command(app, "extract", extract_cmd.extract)
command(app, "demo", demo_cmd.demo)
command(app, "datasette-metadata", datasette_cmd.metadata)

source = group("source", "Store, refresh and compare source texts.")
command(source, "add", sources_cmd.add)
command(source, "list", sources_cmd.list_)
command(source, "show", sources_cmd.show)
command(source, "refresh", sources_cmd.refresh)
command(source, "diff", sources_cmd.diff)

runs = typer.Typer(
    cls=Group,
    help="The verification runs, and what changed between them. Alone: the runs, as `runs list`.",
    invoke_without_command=True,
)
app.add_typer(runs, name="runs")


@runs.callback()
def _runs_alone(ctx: typer.Context) -> None:
    if ctx.invoked_subcommand is None:
        guarded(runs_cmd.list_)(ctx, fmt=Format.TABLE, as_json=False)


command(runs, "list", runs_cmd.list_)
command(runs, "diff", runs_cmd.diff)

conflicts = group("conflicts", "Where sources disagree, and where they agree.")
command(conflicts, "report", conflicts_cmd.report)


def main() -> None:
    app()


__all__ = ["State", "app", "main"]
