"""Re-check stored claims against the latest version of their sources. Never prints."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session, col, select

from factbase.claims import CheckResult, get_claim
from factbase.facts import parse_reference_date
from factbase.matching import Location, analyse, passage_score, prepare, reanchor
from factbase.models import (
    Citation,
    Claim,
    Source,
    SourceVersion,
    VerificationResult,
    VerificationRun,
    utcnow,
)
from factbase.sources import latest_version
from factbase.text import norm

# Bumped whenever matching or fact comparison changes what a verdict would be.
CHECKER_VERSION = "1"
# A claim whose passage is unchanged but whose similarity fell this many points below the score
# it had when cited has drifted (the claim or the checker changed).
DRIFT_POINTS = 5.0

STATUSES = ("ok", "drift", "contradicted", "missing", "source_unavailable")
FAILING = frozenset({"contradicted", "missing", "source_unavailable"})


@dataclass
class VerifyReport:
    run_id: int
    results: list[CheckResult]

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(STATUSES, 0)
        for r in self.results:
            out[r.status] += 1
        return out


def claim_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def verify_claims(
    session: Session,
    *,
    claim_ids: list[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> VerifyReport:
    """Verify the given claims (all when None) and record the run."""
    if claim_ids:
        for cid in claim_ids:
            get_claim(session, cid)
    stmt = (
        select(Claim, Citation, SourceVersion, Source)
        .join(Citation, col(Citation.claim_id) == col(Claim.id))
        .join(SourceVersion, col(SourceVersion.id) == col(Citation.source_version_id))
        .join(Source, col(Source.id) == col(Claim.source_id))
        .order_by(col(Claim.id))
    )
    if claim_ids:
        stmt = stmt.where(col(Claim.id).in_(claim_ids))
    rows = session.exec(stmt).all()
    run = VerificationRun(checker_version=CHECKER_VERSION, claim_count=len(rows))
    session.add(run)
    session.flush()
    assert run.id is not None
    latest_cache: dict[str, SourceVersion | None] = {}
    results: list[CheckResult] = []
    for i, (claim, citation, cited, source) in enumerate(rows, 1):
        if source.id not in latest_cache:
            latest_cache[source.id] = latest_version(session, source.id)
        latest = latest_cache[source.id]
        result = verify_one(claim, citation, cited, source, latest)
        results.append(result)
        session.add(
            VerificationResult(
                run_id=run.id,
                claim_id=claim.id or 0,
                source_version_id=latest.id if latest is not None else None,
                status=result.status,
                score=result.score,
                start=result.start,
                end=result.end,
                passage=result.passage,
                differences=json.dumps([d.as_dict() for d in result.differences]),
                note=result.note,
                claim_sha256=claim_digest(claim.text),
            )
        )
        if progress:
            progress(i, len(rows))
    run.finished_at = utcnow()
    session.add(run)
    session.flush()
    return VerifyReport(run_id=run.id, results=results)


def verify_one(
    claim: Claim,
    citation: Citation,
    cited: SourceVersion,
    source: Source,
    latest: SourceVersion | None,
) -> CheckResult:
    """The status of one claim against the latest version of its source."""
    base = {
        "claim": claim.text,
        "source": source.id,
        "claim_id": claim.id,
        "topic": claim.topic,
    }
    if source.last_error or latest is None:
        return CheckResult(
            status="source_unavailable",
            score=None,
            passage=citation.exact,
            start=citation.start,
            end=citation.end,
            version=cited.version,
            note=source.last_error or "no stored text",
            **base,  # type: ignore[arg-type]
        )
    reference = parse_reference_date(source.published)
    prepared = prepare(latest.text)
    same_version = latest.id == cited.id
    found = (
        (citation.start, True)
        if same_version
        else reanchor(latest.text, citation.exact, citation.prefix, citation.suffix,
                      citation.start)
    )
    note: str | None = None
    moved = False
    if found is not None and citation.exact:
        start, in_context = found
        end = start + len(citation.exact)
        loc = Location(start, end, 0.0, start, end)
        a = analyse(claim.text, prepared, reference=reference, location=loc)
        if not same_version:
            if start != citation.start:
                note = f"passage moved from offset {citation.start} to {start}"
            if not in_context:
                moved = True
                note = "passage found again, but its surrounding text changed"
    else:
        a = analyse(claim.text, prepared, reference=reference)
        note = "passage reworded in the new version; found again by matching"
        moved = True
    status = a.status
    if status == "ok" and citation.status == "ok":
        if moved:
            status = "drift"
        elif a.score < citation.score - DRIFT_POINTS:
            status = "drift"
            note = f"similarity fell from {citation.score:.1f} to {a.score:.1f}"
    elif status == "ok" and moved:
        status = "drift"
    return CheckResult(
        status=status,
        score=a.score,
        passage=a.passage,
        start=a.start,
        end=a.end,
        differences=a.differences,
        version=latest.version,
        note=note,
        aligned_start=a.aligned_start,
        aligned_end=a.aligned_end,
        **base,  # type: ignore[arg-type]
    )


def similarity(claim: str, passage: str) -> float:
    return float(passage_score(norm(claim), norm(passage)))
