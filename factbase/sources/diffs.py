"""What changed between two versions of a source, word by word, around the passages claims cite.

Never prints. The diff ignores white space (a re-wrapped paragraph is not a change) and works in
two steps: paragraphs first, then words inside the paragraphs that differ, so a long report
diffs quickly. Offsets are into each version's stored text, like every offset in factbase.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from sqlmodel import Session, col, select

from factbase.analysis.matching import reanchor
from factbase.errors import InputError
from factbase.sources.pdf import page_number
from factbase.sources.versions import get_source, get_version, require_latest
from factbase.store.models import Citation, Claim, SourceVersion

_TOKEN = re.compile(r"\w+|[^\w\s]")
_BLOCK_BREAK = re.compile(r"\n[ \t\f\v\r]*\n\s*")
# Token-level diffs above this many tokens let difflib treat very common tokens as junk, which
# keeps the time near-linear; paragraph-sized ranges are far below it.
_AUTOJUNK_TOKENS = 20_000
# Changes closer than this (characters of unchanged text between them) form one region.
REGION_GAP = 60


# --- the word diff (pure) ----------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One changed run of words: ``deleted`` at ``from_start:from_end`` of the old text became
    ``inserted`` at ``to_start:to_end`` of the new one (either may be empty)."""

    op: str  # "insert" | "delete" | "replace"
    from_start: int
    from_end: int
    to_start: int
    to_end: int
    deleted: str
    inserted: str

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


@dataclass
class Alignment:
    """Two texts' tokens and how they correspond: equal tokens are paired, the rest are changes."""

    old: str
    new: str
    old_spans: list[tuple[int, int]]
    new_spans: list[tuple[int, int]]
    old_to_new: list[int | None]
    changes: list[Change]
    # For each change, its token ranges (a1, a2, b1, b2).
    token_ranges: list[tuple[int, int, int, int]]
    old_change: list[int | None] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)
    _ends: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [s for s, _ in self.old_spans]
        self._ends = [e for _, e in self.old_spans]

    def map_start(self, start: int) -> int:
        """Where a passage starting at old offset ``start`` starts in the new text."""
        i = bisect.bisect_left(self._starts, start)
        if i >= len(self.old_spans):
            return len(self.new)
        j = self.old_to_new[i]
        if j is not None:
            return self.new_spans[j][0]
        c = self.old_change[i]
        return self.changes[c].to_start if c is not None else len(self.new)

    def map_end(self, end: int) -> int:
        """Where a passage ending at old offset ``end`` ends in the new text."""
        i = bisect.bisect_right(self._ends, end) - 1
        if i < 0:
            return 0
        j = self.old_to_new[i]
        if j is not None:
            return self.new_spans[j][1]
        c = self.old_change[i]
        return self.changes[c].to_end if c is not None else 0

    def changes_within(self, start: int, end: int) -> list[int]:
        """Indexes of the changes that touch the old span ``start:end``.

        A deletion or replacement counts when it removes a token of the span; an insertion
        when it falls between two of the span's tokens (not at its edges).
        """
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_right(self._ends, end) - 1
        out = []
        for k, (a1, a2, _b1, _b2) in enumerate(self.token_ranges):
            if a1 < a2:
                if a1 <= last and a2 > first:
                    out.append(k)
            elif first < a1 <= last:
                out.append(k)
        return out


def _tokens(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    found = [(m.group(), m.span()) for m in _TOKEN.finditer(text)]
    return [t for t, _ in found], [s for _, s in found]


def _blocks(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """Paragraphs as (white-space-folded text, first token, end token)."""
    out = []
    pos = 0
    token = 0
    for m in [*_BLOCK_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        first = token
        while token < len(spans) and spans[token][1] <= end:
            token += 1
        if token > first:
            out.append((" ".join(text[pos:end].split()), first, token))
        pos = m.end() if m else len(text)
    return out


def align(old: str, new: str) -> Alignment:
    """The word-level alignment of two texts, white space ignored."""
    a_tok, a_spans = _tokens(old)
    b_tok, b_spans = _tokens(new)
    a_blocks, b_blocks = _blocks(old, a_spans), _blocks(new, b_spans)
    old_to_new: list[int | None] = [None] * len(a_tok)
    old_change: list[int | None] = [None] * len(a_tok)
    changes: list[Change] = []
    ranges: list[tuple[int, int, int, int]] = []

    def token_range(a_lo: int, a_hi: int, b_lo: int, b_hi: int) -> None:
        sub_a, sub_b = a_tok[a_lo:a_hi], b_tok[b_lo:b_hi]
        matcher = SequenceMatcher(
            None, sub_a, sub_b, autojunk=len(sub_a) + len(sub_b) > _AUTOJUNK_TOKENS
        )
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                for k in range(i2 - i1):
                    old_to_new[a_lo + i1 + k] = b_lo + j1 + k
                continue
            a1, a2, b1, b2 = a_lo + i1, a_lo + i2, b_lo + j1, b_lo + j2
            for k in range(a1, a2):
                old_change[k] = len(changes)
            changes.append(_change(old, new, a_spans, b_spans, a1, a2, b1, b2))
            ranges.append((a1, a2, b1, b2))

    matcher = SequenceMatcher(None, [b[0] for b in a_blocks], [b[0] for b in b_blocks],
                              autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        a_lo = a_blocks[i1][1] if i1 < len(a_blocks) else len(a_tok)
        a_hi = a_blocks[i2 - 1][2] if i2 > i1 else a_lo
        b_lo = b_blocks[j1][1] if j1 < len(b_blocks) else len(b_tok)
        b_hi = b_blocks[j2 - 1][2] if j2 > j1 else b_lo
        if op == "equal":
            for k in range(a_hi - a_lo):
                old_to_new[a_lo + k] = b_lo + k
        else:
            token_range(a_lo, a_hi, b_lo, b_hi)
    return Alignment(old, new, a_spans, b_spans, old_to_new, changes, ranges, old_change)


def _change(
    old: str,
    new: str,
    a_spans: list[tuple[int, int]],
    b_spans: list[tuple[int, int]],
    a1: int,
    a2: int,
    b1: int,
    b2: int,
) -> Change:
    def span(spans: list[tuple[int, int]], lo: int, hi: int) -> tuple[int, int]:
        if lo < hi:
            return spans[lo][0], spans[hi - 1][1]
        at = spans[lo - 1][1] if lo > 0 else (spans[0][0] if spans else 0)
        return at, at

    fs, fe = span(a_spans, a1, a2)
    ts, te = span(b_spans, b1, b2)
    op = "replace" if a1 < a2 and b1 < b2 else ("delete" if a1 < a2 else "insert")
    return Change(op, fs, fe, ts, te, old[fs:fe], new[ts:te])


def word_diff(old: str, new: str) -> list[Change]:
    """The changed runs of words between two texts, in order."""
    return align(old, new).changes


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
    """A passage that claims cite, in both versions, and the changes inside it.

    ``status``: ``unchanged`` (possibly moved), ``changed``, ``removed`` (every word deleted),
    ``added`` (only in the newer version), ``not_found`` (in neither version as cited).
    """

    claims: list[CitedClaim]
    status: str
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
            out.append(PassageDiff(claims, "added", None, _side(new, start, end), []))
        else:
            out.append(PassageDiff(claims, "not_found", None, None, []))
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
        return PassageDiff(claims, "unchanged", _side(old, start, end),
                           _side(new, new_start, new_end), [])
    new_start = min(new_start, *(c.to_start for c in changes))
    new_end = max(new_end, *(c.to_end for c in changes))
    deleted = sum(_words(c.deleted) for c in changes)
    kept = _words(old.text[start:end]) - deleted
    inserted = sum(_words(c.inserted) for c in changes)
    status = "removed" if kept <= 0 and inserted == 0 else "changed"
    new_side = _side(new, new_start, max(new_start, new_end)) if status != "removed" else None
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
