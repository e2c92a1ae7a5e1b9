"""What changed between two versions of a source, around the passages claims cite.

Never prints. The diff ignores white space (a re-wrapped paragraph is not a change) and works in
two steps: paragraphs first, then words inside the paragraphs that differ, so a long report
diffs quickly. Offsets are into each version's stored text, like every offset in factbase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from factbase.analysis.matching import reanchor
from factbase.analysis.worddiff import REGION_GAP, Alignment, Change, align
from factbase.errors import InputError
from factbase.sources.pdf import page_number
from factbase.sources.versions import get_source, get_version, require_latest
from factbase.status import PassageStatus
from factbase.store.models import Citation, Claim, SourceVersion

# --- a source's versions -----------------------------------------------------------------------


@dataclass(frozen=True)
class Side:
    """A span of one version: offsets, page (PDF) and text."""

    start: int
    end: int
    page: int | None
    text: str

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class CitedClaim:
    id: int
    claim: str

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "claim": self.claim}


@dataclass(frozen=True)
class PassageDiff:
    """A passage that claims cite, in both versions, and the changes inside it (``status``:
    see ``PassageStatus``; an ``unchanged`` passage may have moved)."""

    claims: list[CitedClaim]
    status: PassageStatus
    old: Side | None
    new: Side | None
    changes: list[Change]

    def as_dict(self) -> dict[str, object]:
        return {
            "claims": [c.as_dict() for c in self.claims],
            "status": self.status,
            "from": self.old.as_dict() if self.old else None,
            "to": self.new.as_dict() if self.new else None,
            "changes": [c.as_dict() for c in self.changes],
        }


@dataclass(frozen=True)
class RegionDiff:
    """Changes close to each other that no cited passage holds."""

    old: Side
    new: Side
    changes: list[Change]

    def as_dict(self) -> dict[str, object]:
        return {
            "from": self.old.as_dict(),
            "to": self.new.as_dict(),
            "changes": [c.as_dict() for c in self.changes],
        }


@dataclass(frozen=True)
class SourceDiff:
    source: str
    from_version: int
    to_version: int
    from_sha256: str
    to_sha256: str
    words_deleted: int
    words_inserted: int
    passages: list[PassageDiff]
    other_changes: list[RegionDiff]
    # The two texts, for rendering; not part of the JSON.
    old_text: str = field(repr=False, default="")
    new_text: str = field(repr=False, default="")

    @property
    def identical(self) -> bool:
        return self.words_deleted == 0 and self.words_inserted == 0 and not any(
            p.changes for p in self.passages
        ) and not self.other_changes

    def as_dict(self) -> dict[str, object]:
        """The documented JSON object (see README, "JSON formats")."""
        return {
            "source": self.source,
            "from_version": self.from_version,
            "to_version": self.to_version,
            "from_sha256": self.from_sha256,
            "to_sha256": self.to_sha256,
            "identical": self.identical,
            "words_deleted": self.words_deleted,
            "words_inserted": self.words_inserted,
            "passages": [p.as_dict() for p in self.passages],
            "other_changes": [r.as_dict() for r in self.other_changes],
        }


def diff_source(
    session: Session,
    *,
    source_id: str,
    from_version: int | None = None,
    to_version: int | None = None,
) -> SourceDiff:
    """Compare two versions of a source (default: the two latest), around its cited passages."""
    get_source(session, source_id)
    latest = require_latest(session, source_id)
    if to_version is not None:
        get_version(session, source_id, to_version)
    if to_version is None:
        to_version = (from_version + 1) if from_version is not None else latest.version
        to_version = min(to_version, latest.version)
    if from_version is None:
        from_version = to_version - 1
    if from_version < 1:
        raise InputError(
            f"source {source_id} has only version {latest.version}; refresh it after it changes"
            if latest.version == 1
            else f"no version before version {to_version} of source {source_id}"
        )
    new = get_version(session, source_id, to_version)
    old = get_version(session, source_id, from_version)
    alignment = align(old.text, new.text)
    passages, touched = _passages(session, source_id, old, new, alignment)
    others = [k for k in range(len(alignment.changes)) if k not in touched]
    return SourceDiff(
        source=source_id,
        from_version=old.version,
        to_version=new.version,
        from_sha256=old.sha256,
        to_sha256=new.sha256,
        words_deleted=sum(_words(c.deleted) for c in alignment.changes),
        words_inserted=sum(_words(c.inserted) for c in alignment.changes),
        passages=passages,
        other_changes=_regions(alignment, others, old, new),
        old_text=old.text,
        new_text=new.text,
    )


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _side(version: SourceVersion, start: int, end: int) -> Side:
    return Side(start, end, page_number(version.page_starts(), start), version.text[start:end])


def _locate(
    version: SourceVersion, citation: Citation, cited: SourceVersion
) -> tuple[int, int] | None:
    if cited.id == version.id:
        return citation.start, citation.end
    if not citation.exact:
        return None
    found = reanchor(version.text, citation.exact, citation.prefix, citation.suffix,
                     citation.start)
    if found is None:
        return None
    return found[0], found[0] + len(citation.exact)


def _passages(
    session: Session,
    source_id: str,
    old: SourceVersion,
    new: SourceVersion,
    alignment: Alignment,
) -> tuple[list[PassageDiff], set[int]]:
    """The diff of every cited passage, and the indexes of the changes they hold."""
    rows = session.exec(
        select(Claim, Citation, SourceVersion)
        .join(Citation, col(Citation.claim_id) == col(Claim.id))
        .join(SourceVersion, col(SourceVersion.id) == col(Citation.source_version_id))
        .where(Claim.source_id == source_id)
        .order_by(col(Claim.id))
    ).all()
    grouped: dict[tuple[str, int, int], list[CitedClaim]] = {}
    for claim, citation, cited in rows:
        here = _locate(old, citation, cited)
        key: tuple[str, int, int]
        if here is not None:
            key = ("old", *here)
        else:
            there = _locate(new, citation, cited)
            key = ("new", *there) if there is not None else ("none", citation.start, claim.id or 0)
        grouped.setdefault(key, []).append(CitedClaim(claim.id or 0, claim.text))
    out = []
    touched: set[int] = set()
    for (where, start, end), claims in sorted(grouped.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if where == "old":
            indexes = alignment.changes_within(start, end)
            touched.update(indexes)
            out.append(_passage_diff(alignment, old, new, start, end, claims, indexes))
        elif where == "new":
            out.append(PassageDiff(claims, PassageStatus.ADDED, None, _side(new, start, end), []))
        else:
            out.append(PassageDiff(claims, PassageStatus.NOT_FOUND, None, None, []))
    return out, touched


def _passage_diff(
    alignment: Alignment,
    old: SourceVersion,
    new: SourceVersion,
    start: int,
    end: int,
    claims: list[CitedClaim],
    indexes: list[int],
) -> PassageDiff:
    changes = [alignment.changes[k] for k in indexes]
    new_start, new_end = alignment.map_start(start), alignment.map_end(end)
    if not changes:
        return PassageDiff(claims, PassageStatus.UNCHANGED, _side(old, start, end),
                           _side(new, new_start, new_end), [])
    new_start = min(new_start, *(c.to_start for c in changes))
    new_end = max(new_end, *(c.to_end for c in changes))
    deleted = sum(_words(c.deleted) for c in changes)
    kept = _words(old.text[start:end]) - deleted
    inserted = sum(_words(c.inserted) for c in changes)
    removed = kept <= 0 and inserted == 0
    status = PassageStatus.REMOVED if removed else PassageStatus.CHANGED
    new_side = None if removed else _side(new, new_start, max(new_start, new_end))
    return PassageDiff(claims, status, _side(old, start, end), new_side, changes)


def _regions(
    alignment: Alignment, indexes: list[int], old: SourceVersion, new: SourceVersion
) -> list[RegionDiff]:
    groups: list[list[Change]] = []
    for k in indexes:
        c = alignment.changes[k]
        if groups and c.from_start - groups[-1][-1].from_end <= REGION_GAP:
            groups[-1].append(c)
        else:
            groups.append([c])
    return [
        RegionDiff(
            _side(old, g[0].from_start, g[-1].from_end),
            _side(new, g[0].to_start, g[-1].to_end),
            g,
        )
        for g in groups
    ]
