"""What every command shares: the database option, one transaction, errors to exit codes."""

from __future__ import annotations

import functools
import gc
import math
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from factbase.cli import render
from factbase.errors import ExitCode, FactbaseError, InputError

if TYPE_CHECKING:
    from sqlmodel import Session

    from factbase.store.reading import SourceReader

# Every command module is imported to build the command line, so each loads what its command
# needs (the database, the analysis, rich) inside the command: `factbase --help` and
# `factbase --version` then load none of it.

CONFIG_ENV = "FACTBASE_CONFIG_DIR"

F = TypeVar("F", bound=Callable[..., Any])


class State:
    db: str | None = None


def state(ctx: typer.Context) -> State:
    obj = ctx.find_root().obj
    if not isinstance(obj, State):
        obj = State()
        ctx.find_root().obj = obj
    return obj


def config_dir() -> Path:
    """Where factbase keeps this machine's key: ``$FACTBASE_CONFIG_DIR``, else
    ``$XDG_CONFIG_HOME/factbase``, else ``~/.config/factbase``."""
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV]).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base).expanduser() / "factbase"


def this_machine_key() -> bytes:
    """The key that seals the origins of sources added on this machine (see README)."""
    from factbase.sources.trust import machine_key

    return machine_key(config_dir())


# New objects a command makes before the garbage collector runs (Python's default is 700). A
# command at scale makes objects by the hundred thousand that live to its end (rows, results,
# units, links) and few reference cycles; collecting at the default finds little and, each
# time the oldest generation is collected, walks every one of them again. Measured at 10,000
# sources (benchmarks/scale_cli.py's database): the first ``conflicts report`` 120 s with the
# default, of which 12 s collecting, and 102 s at 20,000, the same report and the same peak
# memory (1,089 and 1,087 MB); ``verify`` with nothing changed collected for 1.4 s of 4.2 s;
# an ``import`` of 10,000 claims 0.3 s.
BULK_YOUNG_OBJECTS = 20_000


@contextmanager
def few_collections() -> Iterator[None]:
    """Garbage collection made rare while a command runs: the objects that exist when the block
    starts (the loaded modules) are left out of it, and it runs after ``BULK_YOUNG_OBJECTS``
    new objects. Both are undone at the end of the block."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(BULK_YOUNG_OBJECTS, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


@contextmanager
def database(
    ctx: typer.Context, *, write: bool = True, existing: bool = False
) -> Iterator[Session]:
    """A session on the chosen database, upgraded to the newest schema; one transaction.

    Before writing, the file is checked whole (``check_integrity``). ``existing``: a command
    that only reads refuses a database file that does not exist, instead of creating it."""
    from factbase.store.db import (
        check_integrity,
        open_db,
        require_existing,
        resolve_url,
        session_scope,
    )

    check_argument("db", state(ctx).db)
    if existing:
        require_existing(resolve_url(state(ctx).db, os.environ))
    engine = open_db(state(ctx).db, os.environ)
    try:
        if write:
            check_integrity(engine)
        with session_scope(engine, write=write) as session:
            yield session
    finally:
        engine.dispose()


@contextmanager
def reading(ctx: typer.Context) -> Iterator[SourceReader]:
    """Sources and their texts, for a command that only reads them: a database file that does
    not exist is refused, and one at the newest schema is read without SQLAlchemy."""
    from factbase.store.reading import open_reader

    check_argument("db", state(ctx).db)
    with open_reader(state(ctx).db, os.environ) as reader:
        yield reader


# The integers a database column holds (SQLite's and PostgreSQL's BIGINT): an id outside them
# names nothing, and the drivers refuse to send it.
MIN_INT, MAX_INT = -(2**63), 2**63 - 1


def check_argument(name: str, value: object) -> None:
    """Refuse what the command line can hand over but nothing downstream can use: integers
    beyond 64 bits, infinite or NaN numbers, and text that was not valid UTF-8 (Python keeps
    such bytes as lone surrogates, which no database or terminal accepts)."""
    label = name.strip("_").replace("_", " ")
    if isinstance(value, (list, tuple)):
        for item in value:
            check_argument(name, item)
    elif isinstance(value, bool):
        return
    elif isinstance(value, int):
        if not MIN_INT <= value <= MAX_INT:
            raise InputError(f"{label}: {value} is out of range (at most {MAX_INT})")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise InputError(f"{label}: {value} is not a finite number")
    elif isinstance(value, (str, Path)):
        try:
            str(value).encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InputError(
                f"{label}: not valid UTF-8 text (byte {exc.start}); give text in UTF-8"
            ) from None


def guarded(fn: F) -> F:
    """Turn domain and database errors into one line on stderr and the right exit code.

    Every argument is checked first (``check_argument``), so no command sees one it cannot use.
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        quiet_readers()
        try:
            for name, value in kwargs.items():
                check_argument(name, value)
            with few_collections():
                return fn(*args, **kwargs)
        except FactbaseError as exc:
            render.error(exc.message)
            raise typer.Exit(int(exc.exit_code)) from None
        except Exception as exc:
            message = database_error(exc)
            if message is None:
                raise
            render.error(message)
            raise typer.Exit(int(ExitCode.USAGE)) from None

    return wrapper  # type: ignore[return-value]


# The readers' libraries log what they repair in a damaged file (pdfminer: "Could not get
# FontBBox ..."); factbase reports what matters itself, on one line, so their logs stay silent.
READER_LOGGERS = ("pdfminer", "trafilatura", "htmldate", "charset_normalizer")


@functools.cache
def quiet_readers() -> None:
    """Silence the readers' loggers, once, before a command runs (not for ``--help``)."""
    import logging

    for name in READER_LOGGERS:
        logging.getLogger(name).addHandler(logging.NullHandler())


def database_error(exc: BaseException) -> str | None:
    """What ``exc`` says, if the database reported it (SQLAlchemy's ``DatabaseError``,
    ``OperationalError`` among them); None for any other exception. Only a command that opened
    a database has loaded SQLAlchemy: until then no exception can be one of its errors."""
    errors = sys.modules.get("sqlalchemy.exc")
    if errors is None or not isinstance(exc, errors.DatabaseError):
        return None
    return f"database error: {exc.orig}"
