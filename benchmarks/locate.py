"""Locating a claim in its own article: factbase ``locate`` against two naive ways, same run.

The workload is built from the bundled articles (data/rotherham/*.txt), split with
``factbase.analysis.text.sentence_spans``. Every prose sentence (8 words or more, on one
line, ending in ``.``, ``!`` or ``?``) gives perturbed claims, each tagged with its kind:

- ``whitespace``: doubled spaces, tabs, line breaks and blank lines between words;
- ``quotes``: curly quotes and apostrophes made straight, straight ones made curly;
- ``dashes``: en dashes made hyphens, hyphens made en dashes;
- ``thousands``: separators removed (1,400 -> 1400) or added (31400 -> 31,400; years are left);
- ``one word`` / ``two words``: one or two words replaced by other words of the corpus;
- ``clause order``: the parts around a comma swapped ("A, B." -> "B, a.");
- ``fragment``: a contiguous 50-80% of the sentence's words;
- ``two sentences``: the end of the sentence and the start of the next one (when that one is
  prose too).

Kinds that do not apply to a sentence (no quote, no dash, no number of four digits or more, no
comma with two words on each side) are skipped for it. The expected span is the original
sentence, or both sentences for ``two sentences``; where the article repeats a sentence word for
word, each copy counts as expected.

A located span is *right* when it overlaps at least 90% of the expected span's characters and
touches at most one sentence besides the expected ones. Two looser rates are printed beside it:
*covers* (the 90% overlap alone, any length) and *within* (at least 90% of the located span's
characters lie inside the expected span: it landed in the right place, whatever its length).

Methods, all on the same claims:

- factbase: ``locate(claim, prepared, reference=...)``, the article prepared once beforehand, as
  in real use; only the call is timed.
- rapidfuzz: ``fuzz.partial_ratio_alignment`` of the normalised claim over the whole normalised
  article (``factbase.analysis.text.normalize``, built once per article), offsets mapped back to the
  original; no snapping to sentences.
- difflib: ``SequenceMatcher`` over a window of the normalised claim's length slid over the
  normalised article one word at a time, best ratio wins (windows whose ``quick_ratio`` cannot
  beat the best so far are skipped, as ``difflib.get_close_matches`` does; the winner is the
  same). Slow, so only on a random sample of claims, with factbase timed on that same sample.

Claim normalisation is inside the timed call for every method (factbase's ``norm`` cache is
cleared before each call). Each method is warmed up on unperturbed sentences first; then the
methods take the claims in turn, claim by claim. Deterministic for a given ``--seed``
(latencies aside).

    python benchmarks/locate.py [--seed N] [--per-sentence K] [--difflib-sample N]
"""

from __future__ import annotations

import argparse
import difflib
import json
import math
import random
import re
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from factbase.analysis.facts import DateValue, parse_reference_date
from factbase.analysis.matching import PreparedSource, locate, prepare
from factbase.analysis.sentences import Span, sentence_spans
from factbase.analysis.text import STOPWORDS, Normalized, norm, normalize

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "rotherham"

KINDS = (
    "whitespace",
    "quotes",
    "dashes",
    "thousands",
    "one word",
    "two words",
    "clause order",
    "fragment",
    "two sentences",
)
MIN_WORDS = 8
OVERLAP = 0.9  # share of the expected span a right answer covers
EXTRA_SENTENCES = 1  # sentences a right answer may touch besides the expected ones
FRAGMENT_SHARE = (0.5, 0.8)
TWO_SENTENCE_SHARE = (0.3, 0.6)  # share of each sentence's words in a two-sentence claim
WARMUP_CLAIMS = 20

_PROSE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
_LETTERS = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_TOKEN = re.compile(r"\S+")
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)")
_UNGROUPED = re.compile(r"(?<![\d.,])\d{4,}(?![\d,]|\.\d)")
_CLAUSE_COMMA = re.compile(r",(?=\s)")


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    spans: tuple[Span, ...]
    prepared: PreparedSource
    normalized: Normalized
    reference: DateValue | None


@dataclass(frozen=True)
class Claim:
    article: int
    kind: str
    text: str
    # Alternatives for the expected span: (first, last) sentence indices, inclusive.
    expected: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Found:
    start: int | None
    end: int | None
    ms: float


@dataclass(frozen=True)
class Verdict:
    right: bool
    covers: bool
    within: bool


# --- workload ---------------------------------------------------------------------------------


def load_articles() -> list[Article]:
    meta = json.loads((CORPUS / "sources.json").read_text(encoding="utf-8"))
    published = {m["file"]: m.get("published") for m in meta}
    articles = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        date = published.get(path.name)
        articles.append(
            Article(
                name=path.name,
                text=text,
                spans=tuple(sentence_spans(text)),
                prepared=prepare(text),
                normalized=normalize(text),
                reference=parse_reference_date(date) if date else None,
            )
        )
    return articles


def is_prose(sentence: str) -> bool:
    return (
        len(sentence.split()) >= MIN_WORDS
        and "\n" not in sentence
        and _PROSE_END.search(sentence) is not None
    )


def whitespace_noise(s: str, rng: random.Random) -> str | None:
    gaps = [m.start() for m in re.finditer(" ", s)]
    if not gaps:
        return None
    chosen = {g for g in gaps if rng.random() < 0.3} or {rng.choice(gaps)}
    noise = ("  ", "\n", " \n", "\n\n", "\t", "   ", " \n  ")
    out = "".join(rng.choice(noise) if i in chosen else c for i, c in enumerate(s))
    if rng.random() < 0.5:
        out = rng.choice((" ", "\n", "  ")) + out + rng.choice(("", " ", "\n"))
    return out


def _curly(s: str, i: int) -> str:
    """The curly form of the straight quote at ``s[i]``."""
    before = s[i - 1] if i > 0 else " "
    opening = before.isspace() or before in "([\u2014-"
    if s[i] == '"':
        return "\u201c" if opening else "\u201d"
    return "\u2018" if opening else "\u2019"


def quote_swap(s: str, rng: random.Random) -> str | None:
    straight = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}
    places = [i for i, c in enumerate(s) if c in straight or c in "'\""]
    if not places:
        return None
    chosen = {i for i in places if rng.random() < 0.7} or {rng.choice(places)}
    out = list(s)
    for i in chosen:
        out[i] = straight[s[i]] if s[i] in straight else _curly(s, i)
    return "".join(out)


def dash_swap(s: str, rng: random.Random) -> str | None:
    places = [i for i, c in enumerate(s) if c in "-\u2013"]
    if not places:
        return None
    chosen = {i for i in places if rng.random() < 0.7} or {rng.choice(places)}
    out = list(s)
    for i in chosen:
        out[i] = "-" if s[i] == "\u2013" else "\u2013"
    return "".join(out)


def _is_year(digits: str) -> bool:
    return len(digits) == 4 and 1800 <= int(digits) <= 2099


def thousands_swap(s: str, rng: random.Random) -> str | None:
    edits: list[tuple[int, int, str]] = []
    for m in _GROUPED.finditer(s):
        edits.append((m.start(), m.end(), m.group().replace(",", "")))
    for m in _UNGROUPED.finditer(s):
        if not _is_year(m.group()):
            edits.append((m.start(), m.end(), f"{int(m.group()):,}"))
    if not edits:
        return None
    chosen = [e for e in edits if rng.random() < 0.7] or [rng.choice(edits)]
    out = s
    for a, b, new in sorted(chosen, reverse=True):
        out = out[:a] + new + out[b:]
    return out


def change_words(s: str, count: int, vocabulary: Sequence[str], rng: random.Random) -> str | None:
    spots = list(_LETTERS.finditer(s))
    if len(spots) < count:
        return None
    out = s
    for m in sorted(rng.sample(spots, count), key=lambda m: m.start(), reverse=True):
        new = rng.choice(vocabulary)
        while new == m.group().lower():
            new = rng.choice(vocabulary)
        if m.group()[0].isupper():
            new = new[0].upper() + new[1:]
        out = out[: m.start()] + new + out[m.end() :]
    return out


def clause_swap(s: str, rng: random.Random) -> str | None:
    commas = [
        m.start()
        for m in _CLAUSE_COMMA.finditer(s)
        if len(s[: m.start()].split()) >= 2 and len(s[m.end() :].split()) >= 2
    ]
    if not commas:
        return None
    c = rng.choice(commas)
    head, tail = s[:c].strip(), s[c + 1 :].strip()
    end = _PROSE_END.search(tail)
    stop = tail[end.start() :] if end else ""
    tail = tail[: end.start()] if end else tail
    opener = head[0] if head[0] in "\"'\u201c\u2018" else ""
    head = head[len(opener) :]
    first = head.split()[0]
    if first.lower() in STOPWORDS or first.lower() in {"however", "instead", "but"}:
        head = head[0].lower() + head[1:]
    return opener + tail[0].upper() + tail[1:] + ", " + head + stop


def fragment(s: str, rng: random.Random) -> str | None:
    toks = list(_TOKEN.finditer(s))
    n = len(toks)
    lo, hi = math.ceil(FRAGMENT_SHARE[0] * n), math.floor(FRAGMENT_SHARE[1] * n)
    if lo > hi or hi >= n:
        return None
    k = rng.randint(lo, hi)
    i = rng.randint(0, n - k)
    return s[toks[i].start() : toks[i + k - 1].end()]


def across(text: str, first: Span, second: Span, rng: random.Random) -> str:
    """The end of sentence ``first`` and the start of ``second``, with the text between."""
    a = list(_TOKEN.finditer(text, first.start, first.end))
    b = list(_TOKEN.finditer(text, second.start, second.end))
    ka = max(2, round(rng.uniform(*TWO_SENTENCE_SHARE) * len(a)))
    kb = max(2, round(rng.uniform(*TWO_SENTENCE_SHARE) * len(b)))
    return text[a[len(a) - ka].start() : b[kb - 1].end()]


def perturb(
    kind: str, art: Article, i: int, vocabulary: Sequence[str], rng: random.Random
) -> str | None:
    """A claim of ``kind`` made from sentence ``i`` of ``art``; None if the kind does not apply."""
    span = art.spans[i]
    s = art.text[span.start : span.end]
    if kind == "whitespace":
        return whitespace_noise(s, rng)
    if kind == "quotes":
        return quote_swap(s, rng)
    if kind == "dashes":
        return dash_swap(s, rng)
    if kind == "thousands":
        return thousands_swap(s, rng)
    if kind == "one word":
        return change_words(s, 1, vocabulary, rng)
    if kind == "two words":
        return change_words(s, 2, vocabulary, rng)
    if kind == "clause order":
        return clause_swap(s, rng)
    if kind == "fragment":
        return fragment(s, rng)
    if kind == "two sentences":
        return across(art.text, span, art.spans[i + 1], rng)
    raise ValueError(kind)


def build_claims(articles: Sequence[Article], per_sentence: int, seed: int) -> list[Claim]:
    rng = random.Random(seed)
    vocabulary = sorted({w.lower() for a in articles for w in re.findall(r"[A-Za-z]{3,}", a.text)})
    claims: list[Claim] = []
    for ai, art in enumerate(articles):
        sents = [art.text[s.start : s.end] for s in art.spans]
        keys = [norm(s) for s in sents]
        prose = [is_prose(s) for s in sents]

        def same(first: int, last: int, keys: list[str] = keys) -> tuple[tuple[int, int], ...]:
            want = keys[first : last + 1]
            n = last - first
            return tuple((j, j + n) for j in range(len(keys) - n) if keys[j : j + n + 1] == want)

        seen: set[str] = set(sents)
        for i in range(len(sents)):
            if not prose[i]:
                continue
            for kind in KINDS:
                if kind == "two sentences" and not (i + 1 < len(sents) and prose[i + 1]):
                    continue
                for _ in range(per_sentence):
                    text = perturb(kind, art, i, vocabulary, rng)
                    if text is None or text in seen:
                        continue
                    seen.add(text)
                    last = i + 1 if kind == "two sentences" else i
                    claims.append(Claim(ai, kind, text, same(i, last)))
    return claims


# --- methods ----------------------------------------------------------------------------------


def run_factbase(claim: str, art: Article) -> Found:
    norm.cache_clear()
    t0 = time.perf_counter()
    loc = locate(claim, art.prepared, reference=art.reference)
    ms = (time.perf_counter() - t0) * 1000
    if loc is None:
        return Found(None, None, ms)
    return Found(loc.start, loc.end, ms)


def run_rapidfuzz(claim: str, art: Article) -> Found:
    t0 = time.perf_counter()
    nc = normalize(claim).text
    al = fuzz.partial_ratio_alignment(nc, art.normalized.text, processor=None, score_cutoff=0)
    span = art.normalized.to_original(al.dest_start, al.dest_end) if al is not None else None
    ms = (time.perf_counter() - t0) * 1000
    if span is None:
        return Found(None, None, ms)
    return Found(span[0], span[1], ms)


def run_difflib(claim: str, art: Article) -> Found:
    t0 = time.perf_counter()
    nc = normalize(claim).text
    text = art.normalized.text
    sm = difflib.SequenceMatcher(None)
    sm.set_seq2(nc)  # the claim is the sequence SequenceMatcher caches
    best, best_at = -1.0, 0
    for m in _TOKEN.finditer(text):
        sm.set_seq1(text[m.start() : m.start() + len(nc)])
        if sm.real_quick_ratio() <= best or sm.quick_ratio() <= best:
            continue
        r = sm.ratio()
        if r > best:
            best, best_at = r, m.start()
    span = art.normalized.to_original(best_at, min(len(text), best_at + len(nc)))
    ms = (time.perf_counter() - t0) * 1000
    return Found(span[0], span[1], ms)


# --- scoring ----------------------------------------------------------------------------------


def judge(found: Found, claim: Claim, art: Article) -> Verdict:
    if found.start is None or found.end is None or found.end <= found.start:
        return Verdict(False, False, False)
    a, b = found.start, found.end
    touched = {j for j, s in enumerate(art.spans) if min(b, s.end) - max(a, s.start) > 0}
    right = covers = within = False
    for first, last in claim.expected:
        es, ee = art.spans[first].start, art.spans[last].end
        overlap = max(0, min(b, ee) - max(a, es))
        cov = overlap >= OVERLAP * (ee - es)
        extra = len(touched - set(range(first, last + 1)))
        covers |= cov
        right |= cov and extra <= EXTRA_SENTENCES
        within |= overlap >= OVERLAP * (b - a)
    return Verdict(right, covers, within)


def measure(
    claims: Sequence[Claim],
    articles: Sequence[Article],
    sample: set[int],
    warmup: Sequence[tuple[str, Article]],
) -> tuple[list[Found], list[Found], list[Found]]:
    """factbase and rapidfuzz on every claim, difflib on the sample, interleaved claim by claim.

    Interleaving spreads any load from elsewhere on the machine over the methods alike.
    """
    for text, art in warmup:
        run_factbase(text, art)
        run_rapidfuzz(text, art)
    for text, art in warmup[:2]:
        run_difflib(text, art)
    fb: list[Found] = []
    rf: list[Found] = []
    dl: list[Found] = []
    for i, c in enumerate(claims):
        art = articles[c.article]
        fb.append(run_factbase(c.text, art))
        rf.append(run_rapidfuzz(c.text, art))
        if i in sample:
            dl.append(run_difflib(c.text, art))
    return fb, rf, dl


def p95(values: Sequence[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[94]


def pct(flags: Sequence[bool]) -> str:
    return f"{100 * sum(flags) / len(flags):.1f}" if flags else "-"


def show(s: str) -> str:
    return '"' + s.replace("\n", "\\n").replace("\t", "\\t") + '"'


# --- report -----------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--per-sentence",
        type=int,
        default=1,
        metavar="K",
        help="claims of each applicable kind made from each sentence (default 1)",
    )
    parser.add_argument(
        "--difflib-sample",
        type=int,
        default=40,
        metavar="N",
        help="claims given to the slow difflib baseline (default 40)",
    )
    parser.add_argument(
        "--failures",
        type=int,
        default=3,
        metavar="N",
        help="failing factbase examples shown from each of the weakest kinds (default 3)",
    )
    args = parser.parse_args(argv)

    articles = load_articles()
    claims = build_claims(articles, args.per_sentence, args.seed)
    sample = sorted(
        random.Random(args.seed).sample(range(len(claims)), min(args.difflib_sample, len(claims)))
    )
    warmup = [
        (a.text[s.start : s.end], a)
        for a in articles
        for s in a.spans
        if is_prose(a.text[s.start : s.end])
    ][:WARMUP_CLAIMS]

    fb, rf, dl = measure(claims, articles, set(sample), warmup)
    sample_claims = [claims[i] for i in sample]
    fb_sample = [fb[i] for i in sample]

    def verdicts(found: Sequence[Found], cs: Sequence[Claim]) -> list[Verdict]:
        return [judge(f, c, articles[c.article]) for f, c in zip(found, cs, strict=True)]

    fb_v, rf_v = verdicts(fb, claims), verdicts(rf, claims)
    dl_v, fbs_v = verdicts(dl, sample_claims), verdicts(fb_sample, sample_claims)

    n_sent = sum(is_prose(a.text[s.start : s.end]) for a in articles for s in a.spans)
    print(
        f"{len(claims)} claims from {n_sent} prose sentences of {len(articles)} articles "
        f"(seed {args.seed}, {args.per_sentence} per applicable kind per sentence)"
    )
    print(
        f"right: overlaps >= {OVERLAP:.0%} of the expected span and touches <= "
        f"{EXTRA_SENTENCES} other sentence; covers: the overlap alone; within: >= "
        f"{OVERLAP:.0%} of the located span is inside the expected span"
    )
    print()
    rows = [
        ("factbase locate", fb, fb_v, None),
        ("rapidfuzz partial_ratio_alignment", rf, rf_v, fb),
        ("factbase locate (difflib sample)", fb_sample, fbs_v, None),
        ("difflib sliding window (sample)", dl, dl_v, fb_sample),
    ]
    head = (
        f"{'method':<36}{'claims':>7}{'median ms':>11}{'p95 ms':>10}{'right %':>9}"
        f"{'covers %':>10}{'within %':>10}{'x median':>10}{'x p95':>9}"
    )
    print(head)
    print("-" * len(head))
    for name, found, vs, base in rows:
        ms = [f.ms for f in found]
        med, top = statistics.median(ms), p95(ms)
        if base is None:
            ratio_med = ratio_p95 = "1.00"
        else:
            bms = [f.ms for f in base]
            ratio_med = f"{med / statistics.median(bms):.2f}"
            ratio_p95 = f"{top / p95(bms):.2f}"
        print(
            f"{name:<36}{len(found):>7}{med:>11.3f}{top:>10.3f}"
            f"{pct([v.right for v in vs]):>9}{pct([v.covers for v in vs]):>10}"
            f"{pct([v.within for v in vs]):>10}{ratio_med:>10}{ratio_p95:>9}"
        )
    print("(x median, x p95: the method's latency over factbase's on the same claims)")
    print()

    head = (
        f"{'kind':<15}{'claims':>7}{'factbase right %':>18}{'covers %':>10}"
        f"{'rapidfuzz right %':>19}{'within %':>10}"
    )
    print(head)
    print("-" * len(head))
    by_kind: dict[str, list[int]] = {k: [] for k in KINDS}
    for i, c in enumerate(claims):
        by_kind[c.kind].append(i)
    for kind in KINDS:
        idx = by_kind[kind]
        print(
            f"{kind:<15}{len(idx):>7}{pct([fb_v[i].right for i in idx]):>18}"
            f"{pct([fb_v[i].covers for i in idx]):>10}{pct([rf_v[i].right for i in idx]):>19}"
            f"{pct([rf_v[i].within for i in idx]):>10}"
        )

    if args.failures <= 0:
        return
    rates = {k: sum(fb_v[i].right for i in idx) / len(idx) for k, idx in by_kind.items() if idx}
    weakest = [k for k in sorted(rates, key=lambda k: rates[k]) if rates[k] < 1][:3]
    pick = random.Random(args.seed)
    for kind in weakest:
        wrong = [i for i in by_kind[kind] if not fb_v[i].right]
        print()
        print(f"factbase failures, {kind} ({len(wrong)} of {len(by_kind[kind])}):")
        for i in sorted(pick.sample(wrong, min(args.failures, len(wrong)))):
            c, f = claims[i], fb[i]
            art = articles[c.article]
            first, last = c.expected[0]
            touched = [
                j
                for j, s in enumerate(art.spans)
                if f.start is not None
                and f.end is not None
                and min(f.end, s.end) - max(f.start, s.start) > 0
            ]
            print(f"  {art.name}")
            print(f"    claim:    {show(c.text)}")
            print(
                f"    expected: sentence {first}{f'-{last}' if last > first else ''}: "
                f"{show(art.text[art.spans[first].start : art.spans[last].end])}"
            )
            got = art.text[f.start : f.end] if f.start is not None else ""
            where = f"sentences {touched[0]}-{touched[-1]}" if touched else "nothing"
            print(f"    got:      {where}: {show(got)}")


if __name__ == "__main__":
    main()
