"""Verification runs: what each ``verify`` found, and what changed from one run to the next."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import func
from sqlmodel import Session, col, select

from factbase.errors import NotFoundError
from factbase.store.models import Claim, VerificationResult, VerificationRun


@dataclass
class RunInfo:
    id: int
    started_at: str
    finished_at: str | None
    checker_version: str
    claims: int
    statuses: dict[str, int]

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def list_runs(session: Session) -> list[RunInfo]:
    """Every verification run, oldest first, with how many claims ended in each status."""
    runs = session.exec(select(VerificationRun).order_by(col(VerificationRun.id))).all()
    counts: dict[int, dict[str, int]] = {
        r.id: json.loads(r.statuses) for r in runs if r.id is not None and r.statuses is not None
    }
    older = [r.id for r in runs if r.id is not None and r.statuses is None]
    if older:
        # Runs made before the counts were kept recorded a row for every claim they checked.
        for run_id, status, n in session.exec(
            select(VerificationResult.run_id, VerificationResult.status, func.count())
            .where(col(VerificationResult.run_id).in_(older))
            .group_by(col(VerificationResult.run_id), col(VerificationResult.status))
        ).all():
            counts.setdefault(run_id, {})[status] = n
    return [
        RunInfo(
            id=r.id or 0,
            started_at=r.started_at.isoformat(),
            finished_at=r.finished_at.isoformat() if r.finished_at else None,
            checker_version=r.checker_version,
            claims=r.claim_count,
            statuses=dict(sorted(counts.get(r.id or 0, {}).items())),
        )
        for r in runs
    ]


@dataclass
class Change:
    """One claim whose status a run changed; ``from_status`` is ``None`` for a claim no earlier
    run had checked."""

    claim_id: int
    claim: str
    source: str
    from_status: str | None
    to_status: str
    differences: list[dict[str, object]]
    note: str | None

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


@dataclass
class RunDiff:
    from_run: int | None
    to_run: int
    unchanged: int
    changes: list[Change] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "from_run": self.from_run,
            "to_run": self.to_run,
            "unchanged": self.unchanged,
            "changes": [c.as_dict() for c in self.changes],
        }


def _results(session: Session, run_id: int) -> dict[int, VerificationResult]:
    rows = session.exec(select(VerificationResult).where(VerificationResult.run_id == run_id))
    return {r.claim_id: r for r in rows.all()}


def _statuses_before(session: Session, run_id: int, claim_ids: list[int]) -> dict[int, str]:
    """Each claim's status as the runs before ``run_id`` left it (its newest earlier result)."""
    r = VerificationResult
    newest = (
        select(func.max(r.id).label("id"))
        .where(r.run_id < run_id, col(r.claim_id).in_(claim_ids))
        .group_by(col(r.claim_id))
        .subquery()
    )
    rows = session.exec(select(r.claim_id, r.status).join(newest, col(r.id) == newest.c.id))
    return dict(rows.all())


def diff_runs(session: Session, *, run_id: int | None = None) -> RunDiff:
    """What changed in run ``run_id`` (default: the latest): each claim whose status it changed
    from what the runs before it had left, or that none of them had checked.

    A run records a result only where it differs from the claim's newest one, so its rows are
    what it changed; a result with the same status (another score or passage) is no change of
    status. Runs made before that rule recorded every claim, which reads the same way.
    """
    runs = {
        r.id: r
        for r in session.exec(select(VerificationRun).order_by(col(VerificationRun.id))).all()
        if r.id is not None
    }
    if not runs:
        raise NotFoundError("no verification run yet: run factbase verify first")
    to_run = max(runs) if run_id is None else run_id
    if to_run not in runs:
        raise NotFoundError(f"unknown run: {to_run}")
    earlier = [i for i in runs if i < to_run]
    from_run = max(earlier) if earlier else None
    after = _results(session, to_run)
    before = _statuses_before(session, to_run, list(after)) if after else {}
    claims = {
        c.id: c
        for c in session.exec(select(Claim).where(col(Claim.id).in_(list(after)))).all()
    }
    out = RunDiff(from_run=from_run, to_run=to_run, unchanged=0)
    for claim_id in sorted(after):
        now, then = after[claim_id], before.get(claim_id)
        if then == now.status:
            continue
        claim = claims.get(claim_id)
        out.changes.append(
            Change(
                claim_id=claim_id,
                claim=claim.text if claim else "",
                source=claim.source_id if claim else "",
                from_status=then,
                to_status=now.status,
                differences=json.loads(now.differences),
                note=now.note,
            )
        )
    out.unchanged = runs[to_run].claim_count - len(out.changes)
    return out
