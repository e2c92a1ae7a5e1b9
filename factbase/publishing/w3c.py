"""Claims as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), JSON-LD.

One annotation per claim: the body is the claim and its last status, the target the cited
passage of the source, by a ``TextQuoteSelector`` (exact quote with the text just before and
after it) and a ``TextPositionSelector`` (start and end, in characters of the text factbase
stored for the cited version). The target's ``source`` is the source's published URL when
known, else ``urn:factbase:source:ID:vN``; a ``TimeState`` says when that version was read.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

from factbase.publishing.records import ExportRecord

CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def version_urn(source_id: str, version: int) -> str:
    return f"urn:factbase:source:{quote(source_id, safe='')}:v{version}"


def claim_urn(claim_id: int) -> str:
    return f"urn:factbase:claim:{claim_id}"


def annotation(record: ExportRecord) -> dict[str, object]:
    """One claim as a Web Annotation (without ``@context``: the collection carries it)."""
    info, source = record.info, record.source
    target: dict[str, object] = {
        "type": "SpecificResource",
        "source": source.url or version_urn(source.id, info.cited_version),
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": info.passage,
                "prefix": info.prefix,
                "suffix": info.suffix,
            },
            {"type": "TextPositionSelector", "start": info.start, "end": info.end},
        ],
        "state": {"type": "TimeState", "sourceDate": record.read_at.isoformat()},
    }
    body: list[dict[str, object]] = [
        {"type": "TextualBody", "purpose": "describing", "format": "text/plain",
         "value": info.claim},  # fmt: skip
        {"type": "TextualBody", "purpose": "assessing", "value": info.status},
    ]
    if info.topic:
        body.append({"type": "TextualBody", "purpose": "tagging", "value": info.topic})
    out: dict[str, object] = {
        "id": claim_urn(info.id),
        "type": "Annotation",
        "motivation": "assessing",
        "created": info.created_at,
        "body": body,
        "target": target,
    }
    if record.checked_at is not None:
        out["modified"] = record.checked_at.isoformat()
    return out


def collection(records: Sequence[ExportRecord]) -> dict[str, object]:
    """Every claim as one ``AnnotationCollection`` whose single page holds the annotations."""
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": "factbase claims",
        "total": len(records),
        "first": {"type": "AnnotationPage", "startIndex": 0,
                  "items": [annotation(r) for r in records]},  # fmt: skip
    }
