"""Reviews kept in the database (``review --store``) and what changed since (``--since``).

A stored review keeps the draft as written, its hash and each claim's verdict. A later review of
a draft with the same file name is compared claim by claim: a claim is the same claim when its text
is (white space aside); its verdict may have changed, it may be new, or gone. Never prints.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import PurePath

from sqlmodel import Session, col, select

from factbase.review import Review
from factbase.store.models import ReviewRun


@dataclass
class Change:
    text: str
    before: str | None  # the verdict in the stored review; None: the claim is new
    after: str | None  # the verdict now; None: the claim is gone

    def as_dict(self) -> dict[str, object]:
        return {"claim": self.text, "before": self.before, "after": self.after}


@dataclass
class Since:
    """What changed between a stored review and this one."""

    review_id: int
    reviewed_at: str
    draft_changed: bool
    changes: list[Change] = field(default_factory=list)
    unchanged: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "review_id": self.review_id,
            "reviewed_at": self.reviewed_at,
            "draft_changed": self.draft_changed,
            "unchanged": self.unchanged,
            "changes": [c.as_dict() for c in self.changes],
        }


def _key(text: str) -> str:
    return " ".join(text.split())


def _verdicts(review: Review) -> list[dict[str, object]]:
    return [
        {"claim": c.text, "start": c.start, "end": c.end, "status": str(c.status)}
        for c in review.claims
    ]


def _sha256(review: Review) -> str:
    return hashlib.sha256(review.draft.original.encode("utf-8")).hexdigest()


def draft_key(name: str) -> str:
    """Reviews of one draft are those of one file name, wherever it was read from."""
    return PurePath(name).name or name


def store_review(session: Session, review: Review) -> ReviewRun:
    """Keep ``review`` (its draft as written and each claim's verdict)."""
    row = ReviewRun(
        draft=draft_key(review.draft.name),
        draft_sha256=_sha256(review),
        text=review.draft.original,
        verdicts=json.dumps(_verdicts(review), ensure_ascii=False),
    )
    session.add(row)
    session.flush()
    return row


def last_review(session: Session, draft: str) -> ReviewRun | None:
    """The newest stored review of the draft with this file name."""
    key = draft_key(draft)
    return session.exec(
        select(ReviewRun).where(ReviewRun.draft == key).order_by(col(ReviewRun.id).desc())
    ).first()


def since(stored: ReviewRun, review: Review) -> Since:
    """Each claim whose verdict changed, appeared or went away since ``stored``, in the new
    draft's order (then the claims that are gone)."""
    before = {_key(str(v["claim"])): str(v["status"]) for v in json.loads(stored.verdicts)}
    out = Since(
        review_id=stored.id or 0,
        reviewed_at=stored.created_at.isoformat(timespec="seconds"),
        draft_changed=stored.draft_sha256 != _sha256(review),
    )
    seen: set[str] = set()
    for c in review.claims:
        key = _key(c.text)
        seen.add(key)
        old = before.get(key)
        if old == str(c.status):
            out.unchanged += 1
        else:
            out.changes.append(Change(c.text, old, str(c.status)))
    for key, old in before.items():
        if key not in seen:
            out.changes.append(Change(key, old, None))
    return out
