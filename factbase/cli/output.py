"""The output options every listing shares: ``--format`` (``--json`` its alias) and one emitter.

A command declares the formats it offers with ``format_option``, takes ``JsonOption`` beside
it, resolves both with ``output_format`` before it touches the database, and prints through
``emit``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

import typer

from factbase.cli import render
from factbase.errors import InputError
from factbase.status import StrEnum


class Format(StrEnum):
    TABLE = "table"  # for people: rich tables and panels
    JSON = "json"  # see README, "JSON formats"
    NL = "nl"  # the same objects, one JSON object per line (JSON Lines)
    CSV = "csv"
    MARKDOWN = "markdown"
    W3C = "w3c"  # W3C Web Annotation JSON-LD
    CLAIMREVIEW = "claimreview"  # schema.org ClaimReview JSON-LD
    HTML = "html"  # one self-contained page


LISTING = (Format.TABLE, Format.JSON, Format.NL, Format.CSV)


def _choices(formats: Sequence[Format]) -> str:
    names = [str(f) for f in formats]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def format_option(formats: Sequence[Format] = LISTING, default: Format = Format.TABLE) -> Any:
    """The ``--format`` option of a command that offers ``formats``."""
    return typer.Option(
        str(default), "--format", "-f", help=f"Output format: {_choices(formats)}."
    )


JsonOption = typer.Option(
    False, "--json", help="Print JSON, the same as --format json (see README, 'JSON formats')."
)


def output_format(fmt: str, as_json: bool, formats: Sequence[Format] = LISTING) -> Format:
    """The format asked for: ``--json`` wins; anything not in ``formats`` is a usage error."""
    if as_json:
        return Format.JSON
    if fmt not in formats:
        raise InputError(f"--format must be {_choices(formats)}, not {fmt!r}")
    return Format(fmt)


def emit(
    fmt: Format,
    data: object,
    *,
    table: Callable[[], None] | None = None,
    csv_fields: Sequence[str] = (),
    markdown: Callable[[], str] | None = None,
) -> None:
    """Print ``data`` (JSON-ready dicts and lists) as ``fmt``; ``table`` prints it for people."""
    if fmt == Format.JSON:
        render.write_json(data)
    elif fmt == Format.NL:
        render.write_jsonl(data if isinstance(data, list) else [data])
    elif fmt == Format.CSV:
        # One row per object, the keys its columns (the README's JSON keys), nested values as
        # JSON text; an empty listing without declared columns prints nothing.
        rows = cast(list[dict[str, object]], data if isinstance(data, list) else [data])
        fields = list(csv_fields) or (list(rows[0]) if rows else [])
        if fields:
            render.write_csv(rows, fields)
    elif fmt == Format.MARKDOWN:
        assert markdown is not None
        render.echo(markdown())
    else:
        assert table is not None
        table()
