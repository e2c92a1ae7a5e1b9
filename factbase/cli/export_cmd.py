"""``factbase export``: every claim with its citation, in the format another tool reads."""

from __future__ import annotations

import typer

from factbase.cli import render
from factbase.cli.common import database
from factbase.cli.output import Format, JsonOption, emit, format_option, output_format
from factbase.errors import InputError

EXPORT_FIELDS = (
    "id", "claim", "source", "topic", "status", "score", "cited_version", "start", "end",
    "passage", "prefix", "suffix", "created_at", "differences", "cited_status",
    "source_title", "source_publisher", "source_url", "source_published",
)  # fmt: skip

EXPORT_FORMATS = (
    Format.JSON, Format.NL, Format.CSV, Format.W3C, Format.CLAIMREVIEW, Format.HTML
)


def _review_options(reviewer: str | None, review_url: str | None) -> tuple[str, str]:
    if not reviewer or not reviewer.strip():
        raise InputError("--format claimreview needs --reviewer NAME (who publishes the review)")
    if not review_url or not review_url.startswith(("https://", "http://")):
        raise InputError("--format claimreview needs --review-url with an http(s) URL")
    return reviewer.strip(), review_url


def export(
    ctx: typer.Context,
    fmt: str = format_option(EXPORT_FORMATS, default=Format.JSON),
    as_json: bool = JsonOption,
    reviewer: str | None = typer.Option(
        None, "--reviewer", help="claimreview: the organisation publishing the reviews."
    ),
    review_url: str | None = typer.Option(
        None, "--review-url", help="claimreview: the page the reviews are published on."
    ),
) -> None:
    """Export every claim with its citation, last status and its source's description.

    json and csv are factbase's own rows; w3c is W3C Web Annotation JSON-LD (text quote and
    position selectors); claimreview is schema.org ClaimReview JSON-LD; html is one
    self-contained page with each cited passage highlighted (see README).

    Examples:

      factbase export --format csv > claims.csv

      factbase export --format html > claims.html

      factbase export -f claimreview --reviewer Desk --review-url https://example.org/c
    """
    from factbase.publishing import claimreview, w3c
    from factbase.publishing.html import claims_page
    from factbase.publishing.records import export_records

    output = output_format(fmt, as_json, EXPORT_FORMATS)
    review = _review_options(reviewer, review_url) if output == Format.CLAIMREVIEW else None
    with database(ctx, write=False, existing=True) as session:
        records = export_records(session)
    if output == Format.W3C:
        render.write_json(w3c.collection(records))
    elif output == Format.HTML:
        render.echo_html(claims_page(records))
    elif review is not None:
        render.write_json(claimreview.reviews(records, reviewer=review[0], review_url=review[1]))
    else:
        emit(output, [r.as_dict() for r in records], csv_fields=EXPORT_FIELDS)
