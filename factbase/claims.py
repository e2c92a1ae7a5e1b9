"""Claims and their citations: check, add, import, list, show, remove, export. Never prints."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Subquery, func, insert
from sqlmodel import Session, col, select

from factbase import checking
from factbase.checking import CHECKER_VERSION, CheckResult, clean_claim
from factbase.errors import InputError, NotFoundError
from factbase.sources.versions import get_source, require_latest
from factbase.status import ClaimStatus
from factbase.store.models import (
    Citation,
    Claim,
    SourceVersion,
    VerificationResult,
    utcnow,
)
from factbase.store.reading import OrmReader


def check_claim(
    session: Session, *, text: str, source_id: str, quote: str | None = None
) -> CheckResult:
    """Locate ``text`` in the latest version of the source and compare facts; stores nothing."""
    return checking.check_claim(OrmReader(session), text=text, source_id=source_id, quote=quote)


def add_claim(
    session: Session,
    *,
    text: str,
    source_id: str,
    quote: str | None = None,
    topic: str | None = None,
    force: bool = False,
) -> tuple[CheckResult, bool]:
    """Check and store a claim with its citation. Returns the result and whether it was stored.

    A claim whose passage contradicts it, or that nothing supports, is stored only with
    ``force`` (with that status, so ``verify`` shows it).
    """
    claim = clean_claim(text)
    source = get_source(session, source_id)
    version = require_latest(session, source_id)
    result = checking.check_version(claim, source, version, quote)
    if result.status != ClaimStatus.OK and not force:
        return result, False
    store_result(session, result, version, topic)
    return result, True


def store_result(
    session: Session, result: CheckResult, version: SourceVersion, topic: str | None
) -> None:
    """Store one checked claim with its citation; sets ``result.claim_id``."""
    store_many(session, [(result, version, topic)])


def _clean_topic(topic: str | None) -> str | None:
    if topic is None:
        return None
    t = topic.strip()
    if not t:
        raise InputError("the topic is empty")
    return t


def citation_fields(res: CheckResult, version: SourceVersion) -> dict[str, object]:
    """A citation's columns for ``res`` checked against ``version``: where the passage stands
    (with its context) and the verdict when cited, by this checker."""
    from factbase.analysis.matching import quote_context

    start = res.start if res.start is not None else 0
    end = res.end if res.end is not None else 0
    exact, prefix, suffix = quote_context(version.text, start, end)
    return {
        "source_version_id": version.id,
        "start": start,
        "end": end,
        "exact": exact,
        "prefix": prefix,
        "suffix": suffix,
        "cited_score": res.score or 0.0,
        "cited_status": res.status,
        "cited_differences": (
            json.dumps([d.as_dict() for d in res.differences]) if res.differences else "[]"
        ),
        "cited_note": res.note,
        "cited_checker": CHECKER_VERSION,
    }


def store_many(
    session: Session, entries: Sequence[tuple[CheckResult, SourceVersion, str | None]]
) -> None:
    """Store claims and their citations in bulk (two statements, whatever the count)."""
    if not entries:
        return
    claim_rows = [
        {
            "text": res.claim,
            "source_id": res.source,
            "topic": _clean_topic(topic),
            "created_at": utcnow(),
        }
        for res, _version, topic in entries
    ]
    # Core, not ORM: no object built per row. Ids come back in batches of many rows, in no
    # promised order (asking for the order of the rows costs a statement per row on SQLite):
    # each goes to the row with its text and source, the lower id to the earlier of two alike.
    table = Claim.__table__  # type: ignore[attr-defined]
    returned = session.execute(
        insert(table).returning(table.c.id, table.c.text, table.c.source_id), claim_rows
    ).all()
    by_row: dict[tuple[str, str], list[int]] = {}
    for claim_id, text, source_id in sorted(returned, reverse=True):
        by_row.setdefault((text, source_id), []).append(claim_id)
    ids = [by_row[(str(r["text"]), str(r["source_id"]))].pop() for r in claim_rows]
    citation_rows = []
    for claim_id, (res, version, topic) in zip(ids, entries, strict=True):
        citation_rows.append({"claim_id": claim_id, **citation_fields(res, version)})
        res.claim_id = claim_id
        res.topic = _clean_topic(topic)
    # Core, not ORM: no object built per row.
    session.execute(insert(Citation.__table__), citation_rows)  # type: ignore[attr-defined]


# --- listing ---------------------------------------------------------------------------------


@dataclass
class ClaimInfo:
    id: int
    claim: str
    source: str
    topic: str | None
    status: str  # last verify status, or the status when cited
    score: float | None
    cited_version: int
    start: int
    end: int
    passage: str
    prefix: str
    suffix: str
    created_at: str
    differences: list[dict[str, object]]
    cited_status: str  # the status when cited: not ok for a claim stored by --force or import
    history: list[dict[str, object]] = field(default_factory=list)

    @property
    def forced(self) -> bool:
        return self.cited_status != ClaimStatus.OK

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def newest_results() -> Subquery:
    """The id of each claim's newest verification result: where its last status comes from.

    ``list``, ``export`` and ``verify`` read a claim's last result through it; the history
    ``show`` prints ends with the same row.
    """
    return (
        select(func.max(VerificationResult.id).label("id"))
        .group_by(col(VerificationResult.claim_id))
        .subquery()
    )


def _last_results(session: Session) -> dict[int, VerificationResult]:
    newest = newest_results()
    rows = session.exec(
        select(VerificationResult).join(newest, col(VerificationResult.id) == newest.c.id)
    ).all()
    return {r.claim_id: r for r in rows}


def get_claim(session: Session, claim_id: int) -> Claim:
    row = session.get(Claim, claim_id)
    if row is None:
        raise NotFoundError(f"unknown claim: {claim_id}")
    return row


def list_claims(
    session: Session, *, source_id: str | None = None, topic: str | None = None
) -> list[ClaimInfo]:
    stmt = (
        select(Claim, Citation, SourceVersion)
        .join(Citation, col(Citation.claim_id) == col(Claim.id))
        .join(SourceVersion, col(SourceVersion.id) == col(Citation.source_version_id))
        .order_by(col(Claim.id))
    )
    if source_id is not None:
        get_source(session, source_id)
        stmt = stmt.where(Claim.source_id == source_id)
    if topic is not None:
        stmt = stmt.where(Claim.topic == topic)
    last = _last_results(session)
    return [_info(c, cit, v, last.get(c.id or 0)) for c, cit, v in session.exec(stmt).all()]


def _info(
    c: Claim, cit: Citation, v: SourceVersion, last: VerificationResult | None
) -> ClaimInfo:
    assert c.id is not None
    return ClaimInfo(
        id=c.id,
        claim=c.text,
        source=c.source_id,
        topic=c.topic,
        status=last.status if last else cit.cited_status,
        score=(last.score if last else cit.cited_score),
        cited_version=v.version,
        start=cit.start,
        end=cit.end,
        passage=cit.exact,
        prefix=cit.prefix,
        suffix=cit.suffix,
        created_at=c.created_at.isoformat(),
        differences=json.loads(last.differences if last else cit.cited_differences),
        cited_status=cit.cited_status,
    )


def show_claim(session: Session, claim_id: int) -> ClaimInfo:
    claim = get_claim(session, claim_id)
    row = session.exec(
        select(Citation, SourceVersion)
        .join(SourceVersion, col(SourceVersion.id) == col(Citation.source_version_id))
        .where(Citation.claim_id == claim_id)
    ).first()
    if row is None:
        raise NotFoundError(f"claim {claim_id} has no citation")
    cit, version = row
    history = session.exec(
        select(VerificationResult)
        .where(VerificationResult.claim_id == claim_id)
        .order_by(col(VerificationResult.id))
    ).all()
    info = _info(claim, cit, version, history[-1] if history else None)
    info.history = [
        {
            "run_id": h.run_id,
            "checked_at": h.checked_at.isoformat(),
            "status": h.status,
            "score": h.score,
            "differences": json.loads(h.differences),
            "note": h.note,
        }
        for h in history
    ]
    return info


def remove_claim(session: Session, claim_id: int) -> Claim:
    claim = get_claim(session, claim_id)
    session.delete(claim)
    session.flush()
    return claim
