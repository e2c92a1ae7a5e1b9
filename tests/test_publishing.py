"""``export --format w3c | claimreview``: documents other tools read, anchored in the text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from cli_support import CORPUS, CORPUS_META, assert_usage_error, default_db, edit, invoke

pytestmark = pytest.mark.database

STAR_URL = "https://www.thestar.co.uk/news/rotherham-abuse"
ARCHIVE = "https://web.archive.org/web/2014/https://www.thestar.co.uk/news/rotherham-abuse"


def stored_texts() -> dict[tuple[str, int], str]:
    value = default_db()
    engine = sa.create_engine(value if "://" in value else f"sqlite:///{value}")
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT source_id, version, text FROM source_versions")
            return {(sid, v): text for sid, v, text in rows}
    finally:
        engine.dispose()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The bundled articles with their metadata (star with its URL, from a private copy that a
    test may edit), every checkable sentence stored as a claim, and one contradicted claim."""
    star = tmp_path / "star.txt"
    for row in CORPUS_META:
        path = CORPUS / row["file"]
        args = ["source", "add", str(path), "--id", row["id"], "--title", row["title"],
                "--published", row["published"]]  # fmt: skip
        if row.get("publisher"):
            args += ["--publisher", row["publisher"]]
        if row["id"] == "star":
            star.write_text(path.read_text("utf-8"), "utf-8")
            args[2] = str(star)
            args += ["--url", STAR_URL, "--archive-url", ARCHIVE]
        assert invoke(args).exit_code == 0
    assert invoke(["extract", "--all", "--add"]).exit_code == 0
    forced = ["add", "Laura Wilson, 19, was murdered in 2010.", "-s", "star", "--force"]
    assert invoke(forced).exit_code == 1
    return star


def export(*args: str) -> dict[str, object]:
    result = invoke(["export", "--format", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_w3c_selectors_re_anchor_in_the_stored_text(corpus: Path) -> None:
    # A later version moves every offset of star: selectors stay those of the cited version.
    edit(corpus, "Have your say", "Have your say today, and tomorrow")
    assert invoke(["source", "refresh", "star"]).exit_code == 0
    doc = export("w3c")
    rows = {r["id"]: r for r in json.loads(invoke(["export"]).stdout)}
    texts = stored_texts()
    assert doc["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert doc["type"] == "AnnotationCollection"
    items = doc["first"]["items"]  # type: ignore[index]
    assert doc["total"] == len(items) == len(rows) > 100
    for item in items:
        assert item["type"] == "Annotation" and item["motivation"] == "assessing"
        row = rows[int(item["id"].removeprefix("urn:factbase:claim:"))]
        text = texts[(row["source"], row["cited_version"])]
        quote, position = item["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector"
        assert position["type"] == "TextPositionSelector"
        start, end = position["start"], position["end"]
        assert text[start:end] == quote["exact"] and quote["exact"].strip()
        # The quote selector alone finds the same place: exact with its context, once.
        anchored = quote["prefix"] + quote["exact"] + quote["suffix"]
        assert text.count(anchored) == 1
        assert text.index(anchored) + len(quote["prefix"]) == start
        assert item["body"][0]["value"] == row["claim"]
        assert item["body"][1] == {"type": "TextualBody", "purpose": "assessing",
                                   "value": row["status"]}  # fmt: skip
        urn = f"urn:factbase:source:{row['source']}:v1"
        expected = STAR_URL if row["source"] == "star" else urn
        assert item["target"]["source"] == expected


def test_claimreview_rates_what_the_cited_source_says(corpus: Path) -> None:
    doc = export("claimreview", "--reviewer", "The Desk", "--review-url", "https://example.org/c")
    assert doc["@context"] == "https://schema.org"
    reviews = doc["@graph"]
    rows = json.loads(invoke(["export"]).stdout)
    assert len(reviews) == len(rows)  # type: ignore[arg-type]
    by_claim = {r["claimReviewed"]: r for r in reviews}  # type: ignore[union-attr]
    forced = by_claim["Laura Wilson, 19, was murdered in 2010."]
    assert forced["@type"] == "ClaimReview"
    assert forced["author"] == {"@type": "Organization", "name": "The Desk"}
    assert forced["url"].startswith("https://example.org/c#claim-")
    rating = forced["reviewRating"]
    assert rating["alternateName"] == "Contradicted by cited source"
    assert "ratingValue" not in rating  # no truth scale: factbase rates support, not truth
    assert "17" in rating["ratingExplanation"] and "19" in rating["ratingExplanation"]
    item = forced["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Organization", "name": "The Star"}
    assert item["datePublished"] == "2014-08-26"
    (appearance,) = item["appearance"]
    assert appearance["url"] == STAR_URL and appearance["archivedAt"] == ARCHIVE
    assert appearance["headline"] == "VIDEO: 1,400 children sexually abused in Rotherham"
    ok = [r for r, row in zip(reviews, rows, strict=True) if row["status"] == "ok"]  # type: ignore[arg-type]
    assert ok and all(
        r["reviewRating"]["alternateName"] == "Supported by cited source" for r in ok
    )


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["--review-url", "https://example.org/c"], "--reviewer"),
        (["--reviewer", "The Desk"], "--review-url"),
        (["--reviewer", "The Desk", "--review-url", "example.org"], "--review-url"),
    ],
)
def test_claimreview_needs_reviewer_and_url(args: list[str], fragment: str) -> None:
    assert_usage_error(invoke(["export", "--format", "claimreview", *args]), fragment)
