"""Locate a claim in a source text and compare their facts. Pure: no database, no I/O.

Fuzzy for the words: rapidfuzz finds the passage (one sentence or a few adjacent ones) on
normalised text. Exact for the facts: :mod:`factbase.analysis.facts` compares every number,
date, range, comparator, negation and name of the claim with the passage's.
"""

from __future__ import annotations

import bisect
import re
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from hashlib import sha256

from rapidfuzz import fuzz, process

from factbase.analysis.facts import (
    DateValue,
    Difference,
    FactSet,
    compare,
    extract,
    shared_facts,
)
from factbase.analysis.facts.comparators import COMPARATORS
from factbase.analysis.facts.compare import VALUE_KINDS, same_value
from factbase.analysis.facts.numbers import NUMBER_WORDS
from factbase.analysis.facts.units import unit_name
from factbase.analysis.sentences import sentence_spans
from factbase.analysis.text import Normalized, content_words, norm, normalize, words
from factbase.analysis.wording import account

# Passages span at most this many adjacent sentences.
MAX_SENTENCES = 3
# A near-verbatim alignment (similarity at or above this) is taken as is; below it the sentence
# windows are scored too. With this cut, benchmarks/locate.py places 99.8% of its 1,149
# perturbed claims right (reworded, reordered and fragmentary ones go through the windows).
VERBATIM_SCORE = 90.0
# Below this similarity nothing in the source supports the claim. On the labelled claims
# (tests/labelled_claims.csv) supported ones scored 79.3-100, contradicted 90.6-100 and
# unsupported 52.6-86.2: the score alone only rules out the least related; coverage below
# does the rest.
MISSING_SCORE = 66.0
# Share of the claim's content words (no stop words, no numbers) that the passage must carry:
# "1,400 children, 1997-2013" is supported by a passage that has "children" and its facts. On
# the labelled claims, contradicted ones covered 0.78-1.0 and supported ones 0.54-1.0 (the 0.54
# is a sentence split across magazine columns), while 13 of the 19 unsupported covered < 0.6.
MIN_COVERAGE = 0.6
# Windows taken from the token scoring for a closer look. Many windows tie at 100 for a terse
# claim whose words all stand in several (a headline, its paragraph, both together); enough must
# be kept that the single sentence carrying them is among them.
STAGE2_CANDIDATES = 32
# Weight of the share of the claim's numbers, dates, ranges and names that a window carries, when
# choosing among candidate windows: enough to prefer the sentence with the facts over a heading
# a few points closer in wording (the labelled claims needed at least 8).
FACT_WEIGHT = 15.0
# Share of the claim's words a passage must account for (as written or in other words) before
# a fact of it that differs from the claim's is a contradiction; below it, the passage is not
# about the claim. It may be met where the words as written (MIN_COVERAGE) are not. Measured
# with benchmarks/news.py: 0.6 called 12% of held-out supported claims and 7% of WiCE's
# supported ones contradicted; 0.75 10% and 4.3% at a cost of 0.5 points of accuracy; 0.9 6%
# and 1.7% but 5 points of accuracy.
CONTRADICTION_COVERAGE = 0.75
# A sentence next to the best one joins the evidence when it brings this many claim words the
# evidence lacks (or one of the claim's values).
JOIN_WORDS = 2
# Differences that contradict even with nothing on one side: a "not" the other side lacks, a
# bound pointing the other way. Any other difference contradicts only when the passage states
# another value; a claim fact the passage simply does not state leaves the claim unsupported.
ALWAYS_CONTRADICTS = frozenset({"negation", "comparator"})
# Characters at either end of a whole-text alignment that may spill into a neighbouring
# sentence without making it part of the passage.
ALIGNMENT_FRINGE = 12
# Characters of context kept on each side of a citation (W3C TextQuoteSelector).
CONTEXT_CHARS = 32
# Words that belong to facts compared elsewhere: comparators and negators.
_FACT_WORDS = frozenset(w for phrase in COMPARATORS for w in phrase.split()) | frozenset(
    "not no never nobody none nothing neither nor without cannot failed fail fails refused "
    "refuse declined decline denied deny denies longer".split()
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_CLAUSE_BREAK = re.compile(r"[,;:()]| - | and | but | while | although | whereas | yet ")


@dataclass(frozen=True)
class PreparedSource:
    """A source text with its normalised copy and sentence windows, built once and reused."""

    text: str
    norm: Normalized
    # Each window: normalised start and end, original start and end.
    windows: tuple[tuple[int, int, int, int], ...]
    window_texts: tuple[str, ...]
    window_tokens: tuple[str, ...]
    window_starts: tuple[int, ...]
    sentences: tuple[tuple[int, int], ...] = ()  # original offsets of each sentence
    sentence_ends: tuple[int, ...] = ()


_CACHE: OrderedDict[str, PreparedSource] = OrderedDict()
_CACHE_SIZE = 256


def prepare(text: str) -> PreparedSource:
    """Prepare ``text`` for locating claims (cached by content)."""
    key = sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    hit = _CACHE.get(key)
    if hit is not None:
        _CACHE.move_to_end(key)
        return hit
    n = normalize(text)
    spans = sentence_spans(text)
    starts = [n.from_original(s.start) for s in spans]
    ends = [n.from_original(s.end) for s in spans]
    sentence_tokens = [tokens(n.text[a:b]) for a, b in zip(starts, ends, strict=True)]
    windows: list[tuple[int, int, int, int]] = []
    window_tokens: list[str] = []
    for i in range(len(spans)):
        for k in range(i, min(i + MAX_SENTENCES, len(spans))):
            windows.append((starts[i], ends[k], spans[i].start, spans[k].end))
            window_tokens.append(" ".join(t for t in sentence_tokens[i:k + 1] if t))
    prepared = PreparedSource(
        text=text,
        norm=n,
        windows=tuple(windows),
        window_texts=tuple(n.text[a:b] for a, b, _, _ in windows),
        window_tokens=tuple(window_tokens),
        window_starts=tuple(a for a, _, _, _ in windows),
        sentences=tuple((s.start, s.end) for s in spans),
        sentence_ends=tuple(s.end for s in spans),
    )
    _CACHE[key] = prepared
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return prepared


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
    return " ".join(words(normalized))


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
    a_start, a_end = _aligned(nc, src.norm.text, ns, ne)
    oas, oae = src.norm.to_original(a_start, a_end)
    return Location(os_, oe, float(score), oas, oae)


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

    w = max(unique, key=rank)
    return unique[w], w


def _aligned(nc: str, ntext: str, ns: int, ne: int) -> tuple[int, int]:
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


def coverage(claim: str, passage: str) -> float:
    """Share of the claim's content words that the passage carries (stems compared)."""
    cw = content_words(norm(claim))
    if not cw:
        return 1.0
    pw = words(norm(passage))
    stems = {w[:5] for w in pw}
    exact = set(pw)
    found = sum(1 for w in cw if w in exact or w[:5] in stems)
    return found / len(cw)


@dataclass
class Analysis:
    """What the checker concluded about a claim against one source text."""

    status: str  # "ok" | "contradicted" | "missing"
    score: float
    start: int | None
    end: int | None
    passage: str | None
    coverage: float
    differences: list[Difference] = field(default_factory=list)
    aligned_start: int | None = None
    aligned_end: int | None = None
    note: str | None = None  # why the verdict is not "ok"


def analyse(
    claim: str,
    source: PreparedSource | str,
    *,
    reference: DateValue | None = None,
    quote: str | None = None,
    location: Location | None = None,
    metadata: Mapping[str, str | None] | None = None,
) -> Analysis:
    """Locate ``claim`` in ``source`` (or use the pinned ``quote`` / ``location``) and compare."""
    src = prepare(source) if isinstance(source, str) else source
    loc = location
    if loc is None and quote is not None:
        loc = pin(quote, src)
    if loc is None:
        loc = locate(claim, src, reference=reference)
    if loc is None:
        return Analysis("missing", 0.0, None, None, None, 0.0)
    passage = src.text[loc.start:loc.end]
    if location is not None or quote is not None:
        nc, np_ = norm(claim), norm(passage)
        score = float(passage_score(nc, np_))
        a_s, a_e = _aligned(nc, np_, 0, len(np_))
        pn = normalize(passage)
        rel = pn.to_original(a_s, a_e)
        loc = Location(loc.start, loc.end, score, loc.start + rel[0], loc.start + rel[1])
    cov = coverage(claim, passage)
    claim_facts = extract(claim, reference=reference)
    passage_facts = extract(passage, reference=reference)
    lo, hi = evidence_span(claim, claim_facts, passage, passage_facts)
    evidence = extract(passage[lo:hi], reference=reference)
    context = _sentence_before(src, loc.start)
    meta = " ".join(v for v in (metadata or {}).values() if v)
    diffs = compare(
        claim_facts,
        evidence,
        passage_text=passage[lo:hi],
        claim_text=claim,
        context_text=context + " " + passage[:lo],
        metadata_text=meta,
        nearby_text=passage[hi:],
    )
    surroundings = context + " " + passage
    wording, share = wording_differences(claim, claim_facts, passage[lo:hi], surroundings)
    diffs.extend(wording)
    status, note = _verdict(loc.score, cov, max(cov, share), diffs)
    return Analysis(
        status=status,
        note=note,
        score=round(loc.score, 1),
        start=loc.start,
        end=loc.end,
        passage=passage,
        coverage=round(cov, 3),
        differences=diffs,
        aligned_start=loc.aligned_start,
        aligned_end=loc.aligned_end,
    )


def _verdict(
    score: float, cov: float, accounted: float, diffs: list[Difference]
) -> tuple[str, str | None]:
    """The status and, for anything but ``ok``, the reason in words.

    ``cov`` is the share of the claim's words the passage carries as written; ``accounted``
    the share it accounts for in any words (synonyms, derivations). Support needs the first;
    a contradiction only needs the passage to be about the claim, which the second tells.
    """
    contradicting = [d for d in diffs if d.kind in ALWAYS_CONTRADICTS or d.source is not None]
    why = f"score {score:.1f}, coverage {cov:.2f}"
    if score < MISSING_SCORE:
        return "missing", f"no passage is close enough ({why})"
    if contradicting and accounted >= CONTRADICTION_COVERAGE:
        found = "; ".join(_describe(d) for d in contradicting)
        return "contradicted", f"{found} ({why})"
    if cov < MIN_COVERAGE:
        unstated = "".join(f"; {_describe(d)}" for d in diffs)
        return "missing", (
            f"the closest passage carries too few of the claim's words{unstated} ({why})"
        )
    if diffs:
        found = "; ".join(_describe(d) for d in diffs)
        return "missing", f"{found} ({why})"
    return "ok", None


def _describe(d: Difference) -> str:
    if d.source is None:
        return f"{d.kind} {d.claim!r} not stated"
    if d.claim is None:
        return f"{d.kind}: the passage says {d.source!r}"
    return f"{d.kind}: claim {d.claim!r}, source {d.source!r}"


def _sentence_before(src: PreparedSource, start: int) -> str:
    """The sentence just before ``start``: where a passage's "he" or "the council" is named."""
    k = bisect.bisect_right(src.sentence_ends, start) - 1
    if k < 0:
        return ""
    s, e = src.sentences[k]
    return src.text[s:e]


def wording_differences(
    claim: str, claim_facts: FactSet, evidence: str, surroundings: str = ""
) -> tuple[list[Difference], float]:
    """Claim words the passage does not account for, and words the evidence turns into their
    opposite.

    Facts (numbers, dates, names, negators, comparators) are compared elsewhere and left out
    here; what remains must each stand in the passage or the text just before it (where the
    subject of a sentence is often named) as the same word, an inflection, a synonym or a
    derivation. An opposite counts only in the evidence itself. Also returns the share of the
    claim's words the evidence itself accounts for (or opposes).
    """
    masked = claim
    for f in claim_facts:
        # A superlative ranks (ordinal 1) but its word still says what is ranked first.
        if f.kind != "negation" and f.unit != "superlative":
            # A digit per character: no word, and no drop capital made of what is left.
            masked = masked[:f.start] + "0" * (f.end - f.start) + masked[f.end:]
    # A capitalised word is a name (sentence-initial ones too): the source must have it.
    capitalised = {m.group(0).lower() for m in _CAPITALISED.finditer(masked)}
    claim_words = [
        w for w in content_words(norm(masked))
        if not w.isdigit() and w not in _FACT_WORDS and w not in NUMBER_WORDS
        and unit_name(w) is None  # units and currencies are compared with their numbers
    ]
    wider = words(norm(surroundings)) if surroundings else []
    wider_low = set(wider)
    acc = account(claim_words, words(norm(evidence)))
    out = [Difference("wording", a, b) for a, b in acc.opposites]
    left = [w for w in acc.unaccounted if not (w in capitalised and w in wider_low)]
    if left and wider:
        left = list(account(left, wider).unaccounted)
    out.extend(Difference("wording", w, None) for w in left)
    # An opposite stands where the claim's word should: the evidence is about the claim.
    share = 1.0 - len(acc.unaccounted) / len(claim_words) if claim_words else 1.0
    return out, share


def evidence_span(
    claim: str, claim_facts: FactSet, passage: str, passage_facts: FactSet
) -> tuple[int, int]:
    """The sentences of ``passage`` that carry the claim: offsets of their stretch.

    The sentence sharing most of the claim's value facts and words comes first; a sentence
    next to the stretch joins it only when it brings claim words or values the stretch lacks
    (``JOIN_WORDS`` words or one value). A neighbour's "not" or number thus never decides a
    verdict about a sentence it does not belong to.
    """
    spans = sentence_spans(passage)
    if len(spans) <= 1:
        return 0, len(passage)
    claim_stems = {w[:5] for w in content_words(norm(claim))}
    values = claim_facts.of(*VALUE_KINDS)

    def gains(k: int, have_words: set[str], have_values: set[int]) -> tuple[set[str], set[int]]:
        s = spans[k]
        sent_words = {w[:5] for w in words(norm(passage[s.start:s.end]))} & claim_stems
        in_sentence = [f for f in passage_facts if s.start <= f.start < s.end]
        sent_values = {
            i for i, c in enumerate(values) if any(same_value(c, f) for f in in_sentence)
        }
        return sent_words - have_words, sent_values - have_values

    claim_sentences = len(sentence_spans(claim))
    scored = [gains(k, set(), set()) for k in range(len(spans))]
    first = max(range(len(spans)), key=lambda k: (len(scored[k][1]), len(scored[k][0]), -k))
    chosen_lo = chosen_hi = first
    have_words, have_values = set(scored[first][0]), set(scored[first][1])
    while True:
        grown = False
        for k in (chosen_lo - 1, chosen_hi + 1):
            if not 0 <= k < len(spans):
                continue
            new_words, new_values = gains(k, have_words, have_values)
            # A claim of several sentences may take as many with any word they add.
            needed = JOIN_WORDS if chosen_hi - chosen_lo + 1 >= claim_sentences else 1
            if new_values or len(new_words) >= needed:
                chosen_lo, chosen_hi = min(chosen_lo, k), max(chosen_hi, k)
                have_words |= new_words
                have_values |= new_values
                grown = True
        if not grown:
            break
    return spans[chosen_lo].start, spans[chosen_hi].end


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

