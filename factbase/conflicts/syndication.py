"""Syndicated copies: sources whose texts are near-duplicates of one story, counted once."""

from __future__ import annotations

import zlib
from collections import Counter, defaultdict
from collections.abc import Mapping
from itertools import chain, combinations

from factbase.analysis.text import normalize, text_words
from factbase.analysis.unionfind import UnionFind

# Two sources whose word 5-gram sets overlap this much (Jaccard) are copies of one story.
SYNDICATED_JACCARD = 0.5
# Shingle hashes kept per source to estimate that similarity, and the most sources one hash may
# be shared by before it is too common to propose pairs (a stock phrase, not a copied story).
SKETCH = 64
SKETCH_HOLDERS = 25


def shingles(text: str, n: int = 5) -> set[int]:
    """Word 5-grams of a text, as stable 32-bit hashes."""
    # normalize and text_words, not the cached norm and words: whole texts would push the
    # sentences out of their caches.
    ws = text_words(normalize(text).text)
    return {
        zlib.crc32(" ".join(ws[i:i + n]).encode("utf-8"))
        for i in range(max(0, len(ws) - n + 1))
    }


def sketch(text: str) -> list[int]:
    """A text's bottom-k sketch: the ``SKETCH`` smallest hashes of its shingles, ascending."""
    return sorted(shingles(text))[:SKETCH]


def syndicated_groups(texts: dict[str, str]) -> list[list[str]]:
    """Groups of sources whose texts are near-duplicates (copies of one story).

    Each text is summarised by a bottom-k sketch of its shingles (the ``SKETCH`` smallest
    hashes); texts sharing sketch values are candidates, and the Jaccard similarity of a pair
    is estimated from the two sketches alone. Near-linear in the number of sources.
    """
    return sketch_groups({i: sketch(t) for i, t in texts.items()})


def sketch_groups(sketches: Mapping[str, list[int]]) -> list[list[str]]:
    """``syndicated_groups`` of texts given by their sketches (made once, used many times)."""
    ids = sorted(sketches)
    # Only a hash two to SKETCH_HOLDERS sources hold proposes pairs: counted over all sketches
    # at once (in C), the sources that hold such a hash are then found by one set intersection
    # each, instead of a step per hash of every sketch (a review asks this of 1,500 sources at
    # a time in a library of 10,000: 2.5 s of its 16 s in one process).
    counts = Counter(chain.from_iterable(sketches[i] for i in ids))
    wanted = {h for h, n in counts.items() if 1 < n <= SKETCH_HOLDERS}
    holders: dict[int, list[str]] = defaultdict(list)
    if wanted:
        for i in ids:
            for h in wanted.intersection(sketches[i]):
                holders[h].append(i)
    need = SYNDICATED_JACCARD * SKETCH / 2
    rare = list(holders.values())
    # Two sources share at most as many of these hashes as either holds: one that holds fewer
    # than a pair needs is in no pair (most sources, in a library of many stories).
    held = Counter(i for members in rare for i in members)
    shared: Counter[tuple[str, str]] = Counter()
    for members in rare:
        pairable = [i for i in members if held[i] >= need]
        if len(pairable) > 1:
            shared.update(combinations(pairable, 2))
    sets = UnionFind(ids)
    for (a, b), count in shared.items():
        if count < need:
            continue
        sa, sb = set(sketches[a]), set(sketches[b])
        union = sorted(sa | sb)[:SKETCH]
        estimate = sum(1 for h in union if h in sa and h in sb) / max(1, len(union))
        if estimate >= SYNDICATED_JACCARD:
            sets.union(a, b)
    groups = sets.groups(ids)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])
