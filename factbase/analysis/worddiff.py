"""Word-level alignment of two texts: paragraphs first, then the words of those that differ.

White space never counts (a re-wrapped paragraph is not a change). Offsets are into each text as
given. Pure: no database.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

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
