"""What every command shares: the database option, one transaction, errors to exit codes."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import sqlalchemy as sa
import typer
from sqlmodel import Session

from factbase.cli import render
from factbase.errors import ExitCode, FactbaseError
from factbase.store.db import open_db, session_scope

F = TypeVar("F", bound=Callable[..., Any])


class State:
    db: str | None = None


def state(ctx: typer.Context) -> State:
    obj = ctx.find_root().obj
    if not isinstance(obj, State):
        obj = State()
        ctx.find_root().obj = obj
    return obj


@contextmanager
def database(ctx: typer.Context, *, write: bool = True) -> Iterator[Session]:
    """A session on the chosen database, upgraded to the newest schema; one transaction."""
    engine = open_db(state(ctx).db, os.environ)
    try:
        with session_scope(engine, write=write) as session:
            yield session
    finally:
        engine.dispose()


def guarded(fn: F) -> F:
    """Turn domain and database errors into one line on stderr and the right exit code."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except FactbaseError as exc:
            render.error(exc.message)
            raise typer.Exit(int(exc.exit_code)) from None
        except sa.exc.OperationalError as exc:
            render.error(f"database error: {exc.orig}")
            raise typer.Exit(int(ExitCode.USAGE)) from None
        except sa.exc.DatabaseError as exc:
            render.error(f"database error: {exc.orig}")
            raise typer.Exit(int(ExitCode.USAGE)) from None

    return wrapper  # type: ignore[return-value]
