"""Locate a claim in a source text and compare their facts. Pure: no database, no I/O.

Fuzzy for the words: rapidfuzz finds the passage (one sentence or a few adjacent ones) on
normalised text. Exact for the facts: :mod:`factbase.analysis.facts` compares every number,
date, range, comparator, negation and name of the claim with the passage's.
"""

from __future__ import annotations

import bisect
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process

from factbase.analysis.facts import (
    DateValue,
    extract,
    shared_facts,
)
from factbase.analysis.facts.negation import NEGATOR
from factbase.analysis.sentences import sentence_bounds
from factbase.analysis.text import Normalized, joined_words, norm, normalize, words

# Passages span at most this many adjacent sentences.
MAX_SENTENCES = 3
# A near-verbatim alignment (similarity at or above this) is taken as is; below it the sentence
# windows are scored too. With this cut, benchmarks/locate.py places 99.8% of its 1,149
# perturbed claims right (reworded, reordered and fragmentary ones go through the windows).
VERBATIM_SCORE = 90.0
# Windows taken from the token scoring for a closer look. Many windows tie at 100 for a terse
# claim whose words all stand in several (a headline, its paragraph, both together); enough must
# be kept that the single sentence carrying them is among them.
STAGE2_CANDIDATES = 32
# Weight of the share of the claim's numbers, dates, ranges and names that a window carries, when
# choosing among candidate windows: enough to prefer the sentence with the facts over a heading
# a few points closer in wording (the labelled claims needed at least 8).
FACT_WEIGHT = 15.0
# Characters at either end of a whole-text alignment that may spill into a neighbouring
# sentence without making it part of the passage.
ALIGNMENT_FRINGE = 12
# Characters of context kept on each side of a citation (W3C TextQuoteSelector).
CONTEXT_CHARS = 32
_CLAUSE_BREAK = re.compile(r"[,;:()]| - | and | but | while | although | whereas | yet ")


@dataclass(frozen=True)
class PreparedSource:
    """A source text with its normalised copy and sentence windows, built once and reused."""

    text: str
    norm: Normalized
    # Each window: normalised start and end, original start and end.
    windows: tuple[tuple[int, int, int, int], ...]
    window_texts: tuple[str, ...]
    window_starts: tuple[int, ...]
    sentences: tuple[tuple[int, int], ...] = ()  # original offsets of each sentence
    sentence_ends: tuple[int, ...] = ()
    # Each window's normalised text (its final full stop dropped) → the window's index, the
    # first window when two read alike.
    by_text: dict[str, int] = field(default_factory=dict)

    @cached_property
    def window_tokens(self) -> tuple[str, ...]:
        """Each window's words (``tokens``), the tokens of its sentences joined: made when a
        claim is first located in the text. A claim that is word for word a sentence of it
        never needs them (591 of the 1,000 sources of an import on benchmarks/scale_cli.py
        are cited only so)."""
        sentence_tokens: list[str] = []
        out: list[str] = []
        # The windows of sentence i run from it to each of the next ones: the first of them
        # is the sentence alone.
        k = 0
        count = len(self.sentences)
        for i in range(count):
            a, b, _, _ = self.windows[k]
            sentence_tokens.append(tokens(self.norm.text[a:b]))
            k += min(MAX_SENTENCES, count - i)
        for i in range(count):
            joined = ""  # the tokens of sentences i to j, those of a sentence without any left out
            for j in range(i, min(i + MAX_SENTENCES, count)):
                more = sentence_tokens[j]
                joined = f"{joined} {more}" if joined and more else joined or more
                out.append(joined)
        return tuple(out)

    @cached_property
    def denying_windows(self) -> tuple[int, ...]:
        """The windows with a word of denial ("not", "neither", "failed to"): where a passage
        elsewhere may deny what a claim says (made when first asked)."""
        at = [m.start() for m in NEGATOR.finditer(self.text)]
        if not at:
            return ()
        return tuple(
            k for k, (_, _, os_, oe) in enumerate(self.windows)
            if bisect.bisect_left(at, os_) < bisect.bisect_left(at, oe)
        )

    @cached_property
    def denying_tokens(self) -> tuple[str, ...]:
        """The words (``tokens``) of each of ``denying_windows``, in their order."""
        return tuple(self.window_tokens[w] for w in self.denying_windows)


_CACHE: OrderedDict[str, PreparedSource] = OrderedDict()
_CACHE_SIZE = 256


def prepare(text: str) -> PreparedSource:
    """Prepare ``text`` for locating claims (cached by content: the text is its own key, held
    by the prepared source anyway)."""
    hit = _CACHE.get(text)
    if hit is not None:
        _CACHE.move_to_end(text)
        return hit
    n = normalize(text)
    sentences = tuple(sentence_bounds(text))
    starts = [n.from_original(start) for start, _ in sentences]
    ends = [n.from_original(end) for _, end in sentences]
    windows: list[tuple[int, int, int, int]] = []
    for i, (start, (original_start, _)) in enumerate(zip(starts, sentences, strict=True)):
        for k in range(i, min(i + MAX_SENTENCES, len(sentences))):
            windows.append((start, ends[k], original_start, sentences[k][1]))
    window_texts = tuple([n.text[a:b] for a, b, _, _ in windows])
    # The first window of each text: the dict keeps where a key first went in and, updated
    # from the last window back, ends with each key's first window.
    keys = [_unstopped(wt) for wt in window_texts]
    by_text = dict(zip(keys, range(len(keys)), strict=True))
    if len(by_text) < len(keys):
        by_text.update(zip(reversed(keys), range(len(keys) - 1, -1, -1), strict=True))
    prepared = PreparedSource(
        text=text,
        norm=n,
        windows=tuple(windows),
        window_texts=window_texts,
        window_starts=tuple([a for a, _, _, _ in windows]),
        sentences=sentences,
        sentence_ends=tuple([end for _, end in sentences]),
        by_text=by_text,
    )
    _CACHE[text] = prepared
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return prepared


def _unstopped(normalized: str) -> str:
    """A normalised sentence without its final full stop: a claim pasted without it reads
    the same (a question mark or an exclamation stays: they say something else)."""
    return normalized[:-1].rstrip() if normalized.endswith(".") else normalized


def word_for_word(claim: str, src: PreparedSource) -> tuple[int, int] | None:
    """The original offsets of the whole sentence, or run of adjacent whole sentences, that
    ``claim`` is word for word (once normalised: case, quotes, dashes, spaces and thousands
    separators aside); None if it is none. A part of a sentence is not enough: what stands
    around it may deny it ("It is false that ...")."""
    i = src.by_text.get(_unstopped(norm(claim)))
    if i is None:
        return None
    _, _, start, end = src.windows[i]
    return start, end


@dataclass(frozen=True)
class Location:
    """Where a claim stands in a source: the passage and the part of it aligned with the claim."""

    start: int  # original offsets of the passage
    end: int
    score: float  # 0-100 similarity of claim and passage
    aligned_start: int  # original offsets of the aligned part (clause-extended)
    aligned_end: int


def passage_score(claim_norm: str, passage_norm: str) -> float:
    """Similarity of a claim to a passage, 0-100, on normalised text.

    The best of two views: ``partial_ratio`` (the claim as a near-verbatim piece of the passage)
    and ``token_set_ratio`` (the claim's words, in any order, inside the passage's).
    """
    return _score(claim_norm, tokens(claim_norm), passage_norm, tokens(passage_norm))


# Scores kept: a review scores a claim against the same sentence in many sources (two in five
# of its scores on benchmarks/scale_cli.py are asked again).
SCORES_KEPT = 65536


@lru_cache(maxsize=SCORES_KEPT)
def _score(claim_norm: str, claim_tokens: str, passage_norm: str, passage_tokens: str) -> float:
    score = max(
        fuzz.partial_ratio(claim_norm, passage_norm, processor=None),
        fuzz.token_set_ratio(claim_tokens, passage_tokens, processor=None),
    )
    # Both views are symmetric: a one-word heading ("Inquiries") would score 100 inside a long
    # claim. A passage shorter than the claim keeps only the share of the claim it can cover.
    if len(passage_norm) < len(claim_norm):
        score *= (len(passage_norm) / len(claim_norm)) ** 0.5
    return score


def tokens(normalized: str) -> str:
    """Words of a normalised text joined by single spaces: punctuation never splits a match."""
    return joined_words(normalized)


def _window_for(src: PreparedSource, ns: int, ne: int) -> int | None:
    """The smallest window covering normalised span [ns, ne)."""
    # Windows are ordered by start; those that may cover ns start at or before it.
    hi = bisect.bisect_right(src.window_starts, ns + 1)
    best: int | None = None
    best_len = 0
    for i in range(hi - 1, max(-1, hi - 1 - MAX_SENTENCES * (MAX_SENTENCES + 1)), -1):
        a, b, _, _ = src.windows[i]
        if b >= ne - 1 and (best is None or b - a < best_len):
            best, best_len = i, b - a
    return best


def _sub_windows(src: PreparedSource, w: int) -> list[int]:
    """The windows strictly inside window ``w`` (fewer sentences, same stretch of text)."""
    a, b, _, _ = src.windows[w]
    lo = bisect.bisect_left(src.window_starts, a)
    hi = bisect.bisect_right(src.window_starts, b)
    return [
        i for i in range(lo, hi)
        if i != w and src.windows[i][1] <= b and src.windows[i][1] - src.windows[i][0] < b - a
    ]


def locate(
    claim: str, source: PreparedSource | str, *, reference: DateValue | None = None
) -> Location | None:
    """The passage of ``source`` that best matches ``claim``, or None if the source is empty."""
    src = prepare(source) if isinstance(source, str) else source
    nc = norm(claim)
    if not nc or not src.windows:
        return None
    nt = tokens(nc)
    candidates: list[tuple[float, int]] = []
    # Stage 1: align the claim on the whole text, then widen to whole sentences.
    al = fuzz.partial_ratio_alignment(nc, src.norm.text, processor=None)
    if al is not None and len(nc) <= len(src.norm.text):
        # An alignment may begin a few characters early, in the sentence before ("...ations
        # jay added"): such a fringe does not pull that sentence into the passage.
        fringe = min(ALIGNMENT_FRINGE, (al.dest_end - al.dest_start) // 8)
        w = _window_for(src, al.dest_start + fringe, al.dest_end - fringe)
        if w is not None:
            candidates.append((_score(nc, nt, src.window_texts[w], src.window_tokens[w]), w))
            # A reordered claim can align across a boundary into a heading: the shorter
            # windows inside this one compete too, and the shortest of equals wins.
            for sub in _sub_windows(src, w):
                candidates.append(
                    (_score(nc, nt, src.window_texts[sub], src.window_tokens[sub]), sub)
                )
    # Stage 2: paraphrases and terse claims - score every sentence window.
    if not candidates or candidates[0][0] < VERBATIM_SCORE:
        for _text, _s, idx in process.extract(
            nt,
            src.window_tokens,
            scorer=fuzz.token_set_ratio,
            processor=None,
            limit=STAGE2_CANDIDATES,
        ):
            candidates.append(
                (_score(nc, nt, src.window_texts[idx], src.window_tokens[idx]), idx)
            )
    score, w = _best(claim, src, candidates, reference)
    ns, ne, os_, oe = src.windows[w]
    a_start, a_end = aligned_span(nc, src.norm.text, ns, ne)
    oas, oae = src.norm.to_original(a_start, a_end)
    return Location(os_, oe, float(score), oas, oae)


def denying_passages(
    claim: str, src: PreparedSource, start: int, end: int, *, at_least: float
) -> list[Location]:
    """The windows of ``src`` with a word of denial, outside ``start``-``end``, that match
    ``claim`` with a similarity of ``at_least`` or more, best first: the other places a claim
    located at ``start`` may stand denied."""
    nc = norm(claim)
    among = src.denying_windows
    if not nc or not among:
        return []
    nt = tokens(nc)
    out = []
    for _text, _s, k in process.extract(
        nt, src.denying_tokens, scorer=fuzz.token_set_ratio, processor=None,
        limit=STAGE2_CANDIDATES,
    ):
        idx = among[k]
        _, _, os_, oe = src.windows[idx]
        if os_ < end and start < oe:
            continue
        score = _score(nc, nt, src.window_texts[idx], src.window_tokens[idx])
        if score >= at_least:
            out.append(Location(os_, oe, float(score), os_, oe))
    out.sort(key=lambda loc: (-loc.score, loc.end - loc.start))
    return out


def _best(
    claim: str,
    src: PreparedSource,
    candidates: list[tuple[float, int]],
    reference: DateValue | None,
) -> tuple[float, int]:
    """The best window: similarity first, then the facts it shares with the claim.

    A passage that carries the claim's numbers and dates beats a slightly closer wording that
    does not ("VIDEO: 1,400 children sexually abused in Rotherham" against the sentence that also
    has "between 1997 and 2013"). Among equals the shortest passage wins.
    """
    unique = {w: score for score, w in candidates}
    if len(unique) == 1:
        ((w, score),) = unique.items()
        return score, w
    claim_facts = extract(claim, reference=reference)
    claim_values = claim_facts.of("number", "date", "range")
    claim_names = {str(f.value) for f in claim_facts.of("name")}
    if not (claim_values or claim_names):
        w = max(unique, key=lambda k: (unique[k], -len(src.window_texts[k])))
        return unique[w], w

    def rank(w: int) -> tuple[float, int]:
        _, _, os_, oe = src.windows[w]
        window_facts = extract(src.text[os_:oe], reference=reference)
        found = shared_facts(claim_values, window_facts)
        if claim_names:
            window_words = set(words(src.window_texts[w]))
            found += sum(1 for n in claim_names if n in window_words)
        share = found / (len(claim_values) + len(claim_names))
        return (unique[w] + FACT_WEIGHT * share, -len(src.window_texts[w]))

    # A window's facts add at most ``FACT_WEIGHT`` to its similarity: taken best first, the
    # windows trailing the best rank by more than that cannot win, and their facts are never
    # extracted (most of the cost of ``locate`` on an excerpt with many close windows).
    ranks: dict[int, tuple[float, int]] = {}
    top: tuple[float, int] | None = None
    for k in sorted(unique, key=lambda k: -unique[k]):
        if top is not None and unique[k] + FACT_WEIGHT < top[0]:
            break
        ranks[k] = rank(k)
        top = ranks[k] if top is None else max(top, ranks[k])
    # Among equal ranks the first in ``candidates`` order wins, as ``max`` over them all would.
    w = max((k for k in unique if k in ranks), key=ranks.__getitem__)
    return unique[w], w


def aligned_span(nc: str, ntext: str, ns: int, ne: int) -> tuple[int, int]:
    """The part of the passage [ns, ne) aligned with the claim, widened to whole clauses."""
    passage = ntext[ns:ne]
    if len(nc) < len(passage):
        al = fuzz.partial_ratio_alignment(nc, passage, processor=None)
        if al is None:
            return ns, ne
        a, b = ns + al.dest_start, ns + al.dest_end
    else:
        return ns, ne
    # Widen to the clause: back to the previous break, forward to the next one.
    head = ntext[ns:a]
    breaks = list(_CLAUSE_BREAK.finditer(head))
    a = ns + breaks[-1].end() if breaks else ns
    tail = _CLAUSE_BREAK.search(ntext, b, ne)
    b = tail.start() if tail else ne
    return a, max(a, b)


def pin(quote: str, source: PreparedSource | str) -> Location | None:
    """Locate an exact quote the user gave (notation-insensitive); None if it is not there."""
    src = prepare(source) if isinstance(source, str) else source
    nq = norm(quote)
    if not nq:
        return None
    # Whole words only: "14" is not inside "1400", nor "he said" inside "the said".
    head = r"(?<!\w)" if nq[0].isalnum() else ""
    tail = r"(?!\w)" if nq[-1].isalnum() else ""
    m = re.search(head + re.escape(nq) + tail, src.norm.text)
    if m is None:
        # Failing that, inside a word: a drop capital ("T" of "T\n\nhe") is a word in the
        # source but joined to the rest of its word in the normalised text.
        m = re.search(re.escape(nq), src.norm.text)
        if m is None:
            return None
    start, end = src.norm.to_original(m.start(), m.end())
    return Location(start, end, 100.0, start, end)


def quote_context(text: str, start: int, end: int) -> tuple[str, str, str]:
    """Exact quote with its prefix and suffix (W3C TextQuoteSelector)."""
    return (
        text[start:end],
        text[max(0, start - CONTEXT_CHARS):start],
        text[end:end + CONTEXT_CHARS],
    )


def reanchor(
    text: str, exact: str, prefix: str, suffix: str, start: int
) -> tuple[int, bool] | None:
    """Find a cited quote again in a changed text.

    Returns the new start and whether its context (prefix or suffix) is still around it, or
    None when the exact quote is gone. The occurrence nearest the old offset wins.
    """
    if not exact:
        return None
    hits = [m.start() for m in re.finditer(re.escape(exact), text)]
    if not hits:
        return None

    def fits(pos: int) -> bool:
        before = text[max(0, pos - len(prefix)):pos]
        after = text[pos + len(exact):pos + len(exact) + len(suffix)]
        return before == prefix or after == suffix

    in_context = [h for h in hits if fits(h)]
    pool = in_context or hits
    best = min(pool, key=lambda h: abs(h - start))
    return best, bool(in_context)

