"""Claims as schema.org ``ClaimReview`` (https://schema.org/ClaimReview), JSON-LD.

factbase does not rate whether a claim is true: it says whether the source the claim cites
supports it. The rating says exactly that (``RATINGS``), as text (``alternateName``) with no
numeric scale, and ``ratingExplanation`` gives the differences or the reason.
"""

from __future__ import annotations

from collections.abc import Sequence

from factbase.publishing.records import ExportRecord
from factbase.status import ClaimStatus

CONTEXT = "https://schema.org"

# factbase's last status → the textual rating: what the cited source says of the claim.
RATINGS: dict[str, str] = {
    ClaimStatus.OK: "Supported by cited source",
    ClaimStatus.DRIFT: "Supported by cited source (its wording changed)",
    ClaimStatus.CONTRADICTED: "Contradicted by cited source",
    ClaimStatus.MISSING: "Not found in cited source",
    ClaimStatus.SOURCE_UNAVAILABLE: "Cited source unavailable",
}


def _explanation(record: ExportRecord) -> str:
    differences = record.info.differences
    if differences:
        parts = [
            f"{d['kind']}: the claim says {d['claim'] or 'nothing'}, "
            f"the source says {d['source'] or 'nothing'}"
            for d in differences
        ]
        return "; ".join(parts)
    if record.info.status in (ClaimStatus.OK, ClaimStatus.DRIFT):
        return f"The cited passage states it: \u201c{' '.join(record.info.passage.split())}\u201d"
    return "No passage of the cited source states it."


def _appearance(record: ExportRecord) -> list[dict[str, object]]:
    source = record.source
    work: dict[str, object] = {"@type": "CreativeWork", "headline": source.title}
    if source.url:
        work["url"] = source.url
    if source.archive_url:
        work["archivedAt"] = source.archive_url
    if source.publisher:
        work["publisher"] = {"@type": "Organization", "name": source.publisher}
    if source.author:
        work["author"] = {"@type": "Person", "name": source.author}
    if source.published:
        work["datePublished"] = source.published
    return [work]


def review(record: ExportRecord, *, reviewer: str, review_url: str) -> dict[str, object]:
    """One claim as a ClaimReview (without ``@context``: the list carries it)."""
    info, source = record.info, record.source
    reviewed = record.checked_at.isoformat() if record.checked_at else info.created_at
    item: dict[str, object] = {"@type": "Claim", "appearance": _appearance(record)}
    if source.author:
        item["author"] = {"@type": "Person", "name": source.author}
    elif source.publisher:
        item["author"] = {"@type": "Organization", "name": source.publisher}
    if source.published:
        item["datePublished"] = source.published
    return {
        "@type": "ClaimReview",
        "url": f"{review_url}#claim-{info.id}",
        "claimReviewed": info.claim,
        "datePublished": reviewed[:10],
        "author": {"@type": "Organization", "name": reviewer},
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "alternateName": RATINGS[info.status],
            "ratingExplanation": _explanation(record),
        },
    }


def reviews(
    records: Sequence[ExportRecord], *, reviewer: str, review_url: str
) -> dict[str, object]:
    """Every claim's review, as one JSON-LD document (``@graph``)."""
    return {
        "@context": CONTEXT,
        "@graph": [review(r, reviewer=reviewer, review_url=review_url) for r in records],
    }
