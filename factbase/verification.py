"""Re-check stored claims against the latest version of their sources. Never prints."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import func, insert
from sqlmodel import Session, col, select

from factbase.analysis.facts import Difference, parse_reference_date
from factbase.checking import CHECKER_VERSION, CheckResult, load_checker
from factbase.claims import get_claim, newest_results
from factbase.parallel import map_groups
from factbase.status import ClaimStatus
from factbase.store.db import plain_rows
from factbase.store.models import (
    Citation,
    Claim,
    Source,
    SourceVersion,
    VerificationResult,
    VerificationRun,
    utcnow,
)

# A claim whose passage is unchanged but whose similarity fell this many points below the score
# it had when cited has drifted (the claim or the checker changed).
DRIFT_POINTS = 5.0
# Above this many claims, a query reads every claim's row rather than list their ids (SQLite takes
# a parameter per id).
PRESENT_QUERY_IDS = 500

STATUSES = tuple(ClaimStatus)


@dataclass
class VerifyReport:
    run_id: int
    results: list[CheckResult]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = dict.fromkeys(STATUSES, 0)
        for r in self.results:
            out[r.status] += 1
        return out


def claim_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class _Head(NamedTuple):
    """What deciding whether a claim's newest result still holds needs of it, and all that a
    kept result needs."""

    claim_id: int
    text: str
    topic: str | None
    source_id: str
    last_error: str | None
    cited_version_id: int
    cited_checker: str | None


class _Row(NamedTuple):
    claim_id: int
    text: str
    topic: str | None
    source_id: str
    published: str | None
    title: str | None
    publisher: str | None
    author: str | None
    url: str | None
    last_error: str | None
    cited_version_id: int
    cited_version: int
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    cited_score: float
    cited_status: str
    cited_differences: str
    cited_note: str | None
    cited_checker: str | None


class _Latest(NamedTuple):
    id: int
    version: int


@dataclass
class VerifyPlan:
    """What a verification read: the claims, the latest versions, the results kept from last
    time, and the groups still to match (by source version, with its text)."""

    rows: list[_Head | _Row]
    latest: dict[str, _Latest]
    digests: list[str]
    results: list[CheckResult | None]
    work: dict[tuple[str, int | None], list[int]]
    groups: list[tuple[tuple[_Latest | None, str | None], list[_Row]]]
    # Each claim's newest result made by this checker: a run records a claim's result only
    # when it differs from this one.
    priors: dict[int, _Prior] = field(default_factory=dict)
    # Rows whose result is their newest one, reused as it is: nothing to record for them.
    reused: set[int] = field(default_factory=set)


def verify_claims(
    session: Session,
    *,
    claim_ids: list[int] | None = None,
    full: bool = False,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
) -> VerifyReport:
    """Verify the given claims (all when None) and record the run.

    Verification is incremental: a claim whose source version, text and checker version are
    those of its last result keeps that result without being matched again, and so does a claim
    never verified whose citation this checker made against the latest version (``full``
    re-checks everything). The run records a result only where it differs from the claim's
    newest one, and counts every claim it checked by status. The command line runs the three
    steps (plan, check, record) in separate transactions, so that matching holds no lock.
    """
    plan = plan_verification(session, claim_ids=claim_ids, full=full)
    check_verification(plan, progress=progress, workers=workers)
    return record_verification(session, plan)


def plan_verification(
    session: Session, *, claim_ids: list[int] | None = None, full: bool = False
) -> VerifyPlan:
    """Read what verifying the claims needs (reads only)."""
    if claim_ids:
        for cid in claim_ids:
            get_claim(session, cid)
    latest = _latest_versions(session)
    priors = _last_results(session, claim_ids)
    last = {} if full else priors
    # Where most claims have a newest result to keep, read only what deciding it needs of each
    # claim, and the whole rows of the rest; else every whole row at once.
    rows: list[_Head | _Row] = list(
        _heads(session, claim_ids)
        if last and 2 * len(last) > _claim_count(session, claim_ids)
        else _rows(session, claim_ids)
    )
    results: list[CheckResult | None] = [None] * len(rows)
    digests = [claim_digest(row.text) for row in rows]
    holds = [
        _still_holds(row, last.get(row.claim_id), latest.get(row.source_id), digest)
        for row, digest in zip(rows, digests, strict=True)
    ]
    reused = {i for i, held in enumerate(holds) if held}
    # Only a result that no longer holds needs the claim's whole row (its citation and source).
    whole = [i for i, row in enumerate(rows) if not holds[i] and not isinstance(row, _Row)]
    if whole:
        ids = [rows[i].claim_id for i in whole]
        by_id = {
            r.claim_id: r
            for r in _rows(session, claim_ids if len(ids) > PRESENT_QUERY_IDS else ids)
        }
        for i in whole:
            rows[i] = by_id[rows[i].claim_id]
    work: dict[tuple[str, int | None], list[int]] = {}
    for i, row in enumerate(rows):
        current = latest.get(row.source_id)
        prior = last.get(row.claim_id)
        if i in reused:
            assert prior is not None and current is not None
            results[i] = _from_record(row, prior, current)
        elif isinstance(row, _Row) and (
            not full
            and prior is None
            and current is not None
            and row.last_error is None
            and row.cited_checker == CHECKER_VERSION
            and row.cited_version_id == current.id
        ):
            # Never verified, and cited by this checker against the version that is still the
            # latest: the verdict when cited is what matching again would find.
            results[i] = _from_citation(row, current)
        else:
            key = (row.source_id, current.id if current is not None else None)
            work.setdefault(key, []).append(i)
    groups = []
    for (source_id, version_id), indices in work.items():
        current = latest.get(source_id)
        readable = current is not None and version_id is not None
        text = _version_text(session, version_id) if readable and version_id else None
        groups.append(((current, text), [_whole(rows[i]) for i in indices]))
    return VerifyPlan(rows, latest, digests, results, work, groups, priors, reused)


def check_verification(
    plan: VerifyPlan,
    *,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
) -> None:
    """Match the claims still to check, on every core; needs no database."""
    reused = len(plan.rows) - sum(len(v) for v in plan.work.values())
    if plan.groups:
        load_checker()  # once here, before any worker is forked

    def tick(done: int, total: int) -> None:
        if progress:
            progress(reused + done, len(plan.rows))

    checked = map_groups(_verify_group, plan.groups, workers=workers, progress=tick)
    for indices, outcomes in zip(plan.work.values(), checked, strict=True):
        for i, outcome in zip(indices, outcomes, strict=True):
            plan.results[i] = outcome
    if progress:
        progress(len(plan.rows), len(plan.rows))


def record_verification(session: Session, plan: VerifyPlan) -> VerifyReport:
    """Record the run: how many claims ended in each status, and a result row for each claim
    whose result differs from its newest one (or that has none), so that the rows are the
    history of each verdict. Claims removed meanwhile are left out."""
    final = [r for r in plan.results if r is not None]
    assert len(final) == len(plan.rows)
    ids = [row.claim_id for row in plan.rows]
    which = select(Claim.id)
    if len(ids) <= PRESENT_QUERY_IDS:
        # else every claim's id, rather than a query with as many parameters as claims
        which = which.where(col(Claim.id).in_(ids))
    present = {cid for (cid,) in plain_rows(session, which)}
    kept = [
        (i, row, result, digest)
        for i, (row, result, digest) in enumerate(
            zip(plan.rows, final, plan.digests, strict=True)
        )
        if row.claim_id in present
    ]
    statuses = Counter(result.status for _i, _row, result, _d in kept)
    run = VerificationRun(
        checker_version=CHECKER_VERSION,
        claim_count=len(kept),
        statuses=json.dumps(dict(sorted(statuses.items()))),
    )
    session.add(run)
    session.flush()
    assert run.id is not None
    now = utcnow()
    latest = plan.latest
    records: list[dict[str, object]] = []
    for i, row, result, digest in kept:
        if i in plan.reused:
            continue  # its newest result, reused as it is: nothing new to record
        record: dict[str, object] = {
            "run_id": run.id,
            "claim_id": row.claim_id,
            "source_version_id": latest[row.source_id].id if row.source_id in latest else None,
            "status": result.status,
            "score": result.score,
            "start": result.start,
            "end": result.end,
            "passage": result.passage,
            "differences": (
                json.dumps([d.as_dict() for d in result.differences])
                if result.differences
                else _NO_DIFFERENCES
            ),
            "note": result.note,
            "claim_sha256": digest,
            "checked_at": now,
        }
        if not _same_as(plan.priors.get(row.claim_id), record):
            records.append(record)
    if records:
        # Core, not ORM: a hundred thousand rows without building an object for each.
        session.execute(insert(VerificationResult.__table__), records)  # type: ignore[attr-defined]
    run.finished_at = utcnow()
    session.add(run)
    session.flush()
    return VerifyReport(run_id=run.id, results=[result for _i, _row, result, _d in kept])


def _verify_group(
    shared: tuple[_Latest | None, str | None], rows: Sequence[_Row]
) -> list[CheckResult]:
    """Verify the claims of one source version (in a worker process when there are many)."""
    current, text = shared
    return [verify_one(row, current, text) for row in rows]


def _still_holds(
    head: _Head | _Row, prior: _Prior | None, current: _Latest | None, digest: str
) -> bool:
    """Does the claim's newest result hold as it is: made for the source's latest version and
    for the claim's text as it stands, the source readable?"""
    return (
        prior is not None
        and current is not None
        and head.last_error is None
        and prior.source_version_id == current.id
        and prior.claim_sha256 == digest
        and prior.status != ClaimStatus.SOURCE_UNAVAILABLE
    )


def _whole(row: _Head | _Row) -> _Row:
    assert isinstance(row, _Row)
    return row


def _claim_count(session: Session, claim_ids: list[int] | None) -> int:
    if claim_ids:
        return len(claim_ids)
    return int(session.exec(select(func.count()).select_from(Claim)).one())


def _heads(session: Session, claim_ids: list[int] | None) -> list[_Head]:
    return [_Head._make(r) for r in _per_claim(session, claim_ids, (
        Claim.id, Claim.text, Claim.topic, Claim.source_id, Source.last_error,
        Citation.source_version_id, Citation.cited_checker,
    ))]  # fmt: skip


def _rows(session: Session, claim_ids: list[int] | None) -> list[_Row]:
    return [_Row._make(r) for r in _per_claim(session, claim_ids, (
        Claim.id, Claim.text, Claim.topic, Claim.source_id, Source.published, Source.title,
        Source.publisher, Source.author, Source.url, Source.last_error, SourceVersion.id,
        SourceVersion.version, Citation.start, Citation.end, Citation.exact, Citation.prefix,
        Citation.suffix, Citation.cited_score, Citation.cited_status,
        Citation.cited_differences, Citation.cited_note, Citation.cited_checker,
    ), version=True)]  # fmt: skip


def _per_claim(
    session: Session, claim_ids: list[int] | None, columns: tuple[Any, ...], *,
    version: bool = False,
) -> Sequence[tuple[Any, ...]]:
    """``columns`` of each claim (of ``claim_ids``, or all) with its citation, its source and,
    with ``version``, the cited version, in the order of claim ids."""
    stmt = select(*columns).join(Citation, col(Citation.claim_id) == col(Claim.id))
    if version:
        stmt = stmt.join(SourceVersion, col(SourceVersion.id) == col(Citation.source_version_id))
    stmt = stmt.join(Source, col(Source.id) == col(Claim.source_id)).order_by(col(Claim.id))
    if claim_ids:
        stmt = stmt.where(col(Claim.id).in_(claim_ids))
    return plain_rows(session, stmt)


def _latest_versions(session: Session) -> dict[str, _Latest]:
    newest = (
        select(SourceVersion.source_id, func.max(SourceVersion.version).label("v"))
        .group_by(col(SourceVersion.source_id))
        .subquery()
    )
    stmt = select(SourceVersion.source_id, SourceVersion.id, SourceVersion.version).join(
        newest,
        (col(SourceVersion.source_id) == newest.c.source_id)
        & (col(SourceVersion.version) == newest.c.v),
    )
    return {sid: _Latest(vid or 0, v) for sid, vid, v in session.exec(stmt).all()}


def _version_text(session: Session, version_id: int) -> str:
    version = session.get(SourceVersion, version_id)
    assert version is not None
    return version.text


class _Prior(NamedTuple):
    """A claim's newest result, as much of it as a reused verdict needs."""

    claim_id: int
    source_version_id: int | None
    claim_sha256: str
    status: str
    score: float | None
    start: int | None
    end: int | None
    passage: str | None
    differences: str
    note: str | None


def _last_results(session: Session, claim_ids: list[int] | None) -> dict[int, _Prior]:
    """Each claim's newest result, if the checker that made it is this one."""
    newest = newest_results()
    r = VerificationResult
    stmt = (
        select(  # type: ignore[call-overload, misc]
            r.claim_id, r.source_version_id, r.claim_sha256, r.status, r.score, r.start, r.end,
            r.passage, r.differences, r.note,
        )
        .join(newest, col(r.id) == newest.c.id)
        .join(VerificationRun, col(VerificationRun.id) == col(r.run_id))
        .where(VerificationRun.checker_version == CHECKER_VERSION)
    )
    if claim_ids:
        stmt = stmt.where(col(r.claim_id).in_(claim_ids))
    return {row[0]: _Prior._make(row) for row in plain_rows(session, stmt)}


_NO_DIFFERENCES = "[]"


def _same_as(prior: _Prior | None, record: Mapping[str, object]) -> bool:
    """Is the result about to be recorded the claim's newest one again?"""
    return prior is not None and (
        prior.source_version_id, prior.claim_sha256, prior.status, prior.score, prior.start,
        prior.end, prior.passage, prior.differences, prior.note,
    ) == (
        record["source_version_id"], record["claim_sha256"], record["status"], record["score"],
        record["start"], record["end"], record["passage"], record["differences"],
        record["note"],
    )  # fmt: skip


def _from_record(row: _Head | _Row, prior: _Prior, current: _Latest) -> CheckResult:
    differences = (
        []
        if prior.differences == _NO_DIFFERENCES
        else [Difference(**d) for d in json.loads(prior.differences)]
    )
    return CheckResult(
        claim=row.text,
        source=row.source_id,
        status=prior.status,
        score=prior.score,
        passage=prior.passage,
        start=prior.start,
        end=prior.end,
        differences=differences,
        claim_id=row.claim_id,
        version=current.version,
        note=prior.note,
        topic=row.topic,
    )


def _from_citation(row: _Row, current: _Latest) -> CheckResult:
    """The verdict when the claim was cited, as the result it would be kept as."""
    cited = _Prior(
        claim_id=row.claim_id, source_version_id=row.cited_version_id, claim_sha256="",
        status=row.cited_status, score=row.cited_score, start=row.start, end=row.end,
        passage=row.exact, differences=row.cited_differences, note=row.cited_note,
    )  # fmt: skip
    return _from_record(row, cited, current)


def verify_one(row: _Row, latest: _Latest | None, text: str | None) -> CheckResult:
    """The status of one claim against the latest version of its source."""
    # Matching and comparison are loaded only when a claim is checked again: a run with
    # nothing changed never needs them.
    from factbase.analysis.matching import Location, prepare, reanchor
    from factbase.analysis.verdicts import analyse

    if row.last_error or latest is None or text is None:
        return CheckResult(
            claim=row.text,
            source=row.source_id,
            claim_id=row.claim_id,
            topic=row.topic,
            status=ClaimStatus.SOURCE_UNAVAILABLE,
            score=None,
            passage=row.exact,
            start=row.start,
            end=row.end,
            version=row.cited_version,
            note=row.last_error or "no stored text",
        )
    reference = parse_reference_date(row.published)
    meta = {"title": row.title, "publisher": row.publisher, "author": row.author, "url": row.url}
    prepared = prepare(text)
    same_version = latest.id == row.cited_version_id
    found = (
        (row.start, True)
        if same_version
        else reanchor(text, row.exact, row.prefix, row.suffix, row.start)
    )
    note: str | None = None
    moved = False
    if found is not None and row.exact:
        start, in_context = found
        end = start + len(row.exact)
        loc = Location(start, end, 0.0, start, end)
        a = analyse(row.text, prepared, reference=reference, location=loc, metadata=meta)
        if not same_version:
            if start != row.start:
                note = f"passage moved from offset {row.start} to {start}"
            if not in_context:
                moved = True
                note = "passage found again, but its surrounding text changed"
    else:
        a = analyse(row.text, prepared, reference=reference, metadata=meta)
        note = "passage reworded in the new version; found again by matching"
        moved = True
    status = a.status
    if status == ClaimStatus.OK and row.cited_status == ClaimStatus.OK:
        if moved:
            status = ClaimStatus.DRIFT
        elif a.score < row.cited_score - DRIFT_POINTS:
            status = ClaimStatus.DRIFT
            note = f"similarity fell from {row.cited_score:.1f} to {a.score:.1f}"
    elif status == ClaimStatus.OK and moved:
        status = ClaimStatus.DRIFT
    result = CheckResult.from_analysis(
        a,
        claim=row.text,
        source=row.source_id,
        version=latest.version,
        note=note,
        claim_id=row.claim_id,
        topic=row.topic,
    )
    result.status = status
    return result
