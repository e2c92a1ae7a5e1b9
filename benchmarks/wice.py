"""Passage location and support decisions on WiCE (dev), beside a plain rapidfuzz baseline.

    python benchmarks/wice.py [--data PATH] [--limit N]

Each WiCE example is a Wikipedia claim, the article it cites as a list of sentences, a label
(supported / partially_supported / not_supported) and alternative sets of supporting sentence
indices. The sentences are joined with "\\n" and factbase's ``analyse`` runs on the joined text.

Figures, for factbase and for the baseline in the same run:

- hit: the located passage overlaps at least one sentence of some gold set; full hit: it overlaps
  every sentence of some gold set. Only examples with a non-empty gold set count. An example is
  "single-sentence" when one of its gold sets has one sentence, "multi-sentence" otherwise.
- decisions: ``ok`` counts as supported, ``missing`` and ``contradicted`` as not_supported;
  accuracy is over the supported and not_supported examples, partially_supported is reported
  apart (the share called supported).
- time per claim (preparing the text included) and peak traced memory, in a second pass.

The baseline scores ``fuzz.partial_ratio`` of the normalised claim against each normalised
sentence; the best sentence is its passage, and it calls the claim supported when the score
reaches a threshold tuned on these same examples (so its accuracy is optimistic).

The data set stays outside the repository; see ../shared/external/wice/README.md.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from factbase.analysis import matching, verdicts
from factbase.analysis.text import norm

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "external" / "wice" / "dev.jsonl"

LABELS = ("supported", "partially_supported", "not_supported")
STATUSES = ("ok", "contradicted", "missing")


@dataclass(frozen=True)
class Example:
    claim: str
    label: str
    sentences: tuple[str, ...]
    text: str  # the sentences joined with "\n"
    spans: tuple[tuple[int, int], ...]  # sentence spans in ``text``, surrounding space trimmed
    gold: tuple[frozenset[int], ...]  # the non-empty supporting sets


@dataclass(frozen=True)
class Prediction:
    supported: bool
    status: str  # factbase: ok / contradicted / missing; baseline: supported / not_supported
    score: float
    sentences: frozenset[int]  # sentences the located passage overlaps


def load(path: Path, limit: int | None) -> list[Example]:
    examples: list[Example] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            sentences = tuple(row["evidence"])
            spans: list[tuple[int, int]] = []
            pos = 0
            for s in sentences:
                lead = len(s) - len(s.lstrip())
                trail = len(s) - len(s.rstrip())
                spans.append((pos + lead, max(pos + lead, pos + len(s) - trail)))
                pos += len(s) + 1
            gold = tuple(frozenset(g) for g in row["supporting_sentences"] if g)
            examples.append(
                Example(
                    claim=row["claim"],
                    label=row["label"],
                    sentences=sentences,
                    text="\n".join(sentences),
                    spans=tuple(spans),
                    gold=gold,
                )
            )
            if limit is not None and len(examples) >= limit:
                break
    return examples


def overlapped(spans: Sequence[tuple[int, int]], start: int, end: int) -> frozenset[int]:
    """Indices of the non-empty sentences that share a character with [start, end)."""
    return frozenset(i for i, (s, e) in enumerate(spans) if e > s and s < end and start < e)


# --- the two systems ---------------------------------------------------------------------------


def run_factbase(ex: Example) -> Prediction:
    a = verdicts.analyse(ex.claim, ex.text)
    hit = frozenset() if a.start is None or a.end is None else overlapped(ex.spans, a.start, a.end)
    return Prediction(a.status == "ok", a.status, a.score, hit)


def baseline_locate(ex: Example) -> tuple[float, int]:
    """Best sentence by partial_ratio of normalised claim and sentence: (score, index)."""
    nc = norm(ex.claim)
    best, best_i = -1.0, -1
    for i, s in enumerate(ex.sentences):
        score = fuzz.partial_ratio(nc, norm(s), processor=None)
        if score > best:
            best, best_i = score, i
    return best, best_i


def clear_caches() -> None:
    """Forget prepared texts and normalised strings, so every pass does the full work."""
    norm.cache_clear()
    cache = getattr(matching, "_CACHE", None)
    if cache is not None:
        cache.clear()


def timed(fn: Callable[[Example], object], examples: Sequence[Example]) -> list[float]:
    clear_caches()
    seconds = []
    for ex in examples:
        t0 = time.perf_counter()
        fn(ex)
        seconds.append(time.perf_counter() - t0)
    return seconds


def peak_memory(fn: Callable[[Example], object], examples: Sequence[Example]) -> tuple[int, int]:
    """Peak traced bytes over the whole pass (caches included) and the largest for one claim."""
    clear_caches()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        overall = per_claim = 0
        for ex in examples:
            tracemalloc.reset_peak()
            before = tracemalloc.get_traced_memory()[0]
            fn(ex)
            peak = tracemalloc.get_traced_memory()[1]
            per_claim = max(per_claim, peak - before)
            overall = max(overall, peak - base)
        return overall, per_claim
    finally:
        tracemalloc.stop()


def tune_threshold(scores: Sequence[float], labels: Sequence[str]) -> tuple[float, float]:
    """Threshold T (supported iff score >= T) with the best accuracy on supported vs not.

    Ties go to the lowest T. Returns (T, accuracy).
    """
    pairs = [(s, lab == "supported")
             for s, lab in zip(scores, labels, strict=True) if lab != LABELS[1]]
    if not pairs:
        return 100.0, 0.0
    best_t, best_acc = 100.0, -1.0
    for t in sorted({s for s, _ in pairs} | {101.0}):
        acc = sum((s >= t) == y for s, y in pairs) / len(pairs)
        if acc > best_acc:
            best_t, best_acc = t, acc
    return best_t, best_acc


# --- figures -----------------------------------------------------------------------------------


def pct(num: int, den: int) -> str:
    return f"{100 * num / den:5.1f}%" if den else "    -"


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(-(-q * len(ordered) // 100)) - 1))
    return ordered[k]


def is_multi(ex: Example) -> bool:
    return min(len(g) for g in ex.gold) > 1


def hits(examples: Sequence[Example], preds: Sequence[Prediction]) -> tuple[int, int, int]:
    """(examples with a gold set, hits, full hits)."""
    n = hit = full = 0
    for ex, p in zip(examples, preds, strict=True):
        if not ex.gold:
            continue
        n += 1
        hit += any(p.sentences & g for g in ex.gold)
        full += any(g <= p.sentences for g in ex.gold)
    return n, hit, full


def precision(examples: Sequence[Example], preds: Sequence[Prediction]) -> str:
    """Mean share of a passage's sentences that belong to some gold set (longer passages pay)."""
    shares = [len(p.sentences & frozenset().union(*ex.gold)) / len(p.sentences)
              for ex, p in zip(examples, preds, strict=True) if ex.gold and p.sentences]
    return f"{100 * statistics.mean(shares):5.1f}%" if shares else "    -"


def decisions(examples: Sequence[Example], preds: Sequence[Prediction]) -> dict[str, str]:
    binary = [(ex.label == "supported", p.supported) for ex, p in zip(examples, preds, strict=True)
              if ex.label != "partially_supported"]
    partial = [p.supported for ex, p in zip(examples, preds, strict=True)
               if ex.label == "partially_supported"]
    correct = sum(y == yhat for y, yhat in binary)
    pos = [yhat for y, yhat in binary if y]
    neg = [not yhat for y, yhat in binary if not y]
    recall_pos = sum(pos) / len(pos) if pos else 0.0
    recall_neg = sum(neg) / len(neg) if neg else 0.0
    return {
        "accuracy": pct(correct, len(binary)),
        "balanced": f"{100 * (recall_pos + recall_neg) / 2:5.1f}%" if pos and neg else "    -",
        "partial_ok": pct(sum(partial), len(partial)),
    }


def row(name: str, a: str, b: str) -> str:
    return f"  {name:<44}{a:>12}{b:>12}"


def confusion(
    title: str, examples: Sequence[Example], preds: Sequence[Prediction], columns: Sequence[str]
) -> list[str]:
    counts = Counter((ex.label, p.status) for ex, p in zip(examples, preds, strict=True))
    head = "label / predicted"
    lines = [title, f"  {head:<22}" + "".join(f"{c:>15}" for c in columns)]
    for label in ("supported", "not_supported", "", "partially_supported"):
        if not label:
            lines.append("  " + "-" * (22 + 15 * len(columns)))
            continue
        n = sum(counts[(label, c)] for c in columns)
        cells = "".join(f"{counts[(label, c)]:>8} {pct(counts[(label, c)], n).strip():>6}"
                        for c in columns)
        lines.append(f"  {label:<22}{cells}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="WiCE jsonl file")
    parser.add_argument("--limit", type=int, default=None, help="only the first N examples")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"error: WiCE data not found at {args.data} (pass --data PATH)", file=sys.stderr)
        return 2
    examples = load(args.data, args.limit)
    if not examples:
        print(f"error: no examples in {args.data}", file=sys.stderr)
        return 2

    fb_preds = [run_factbase(ex) for ex in examples]
    located = [baseline_locate(ex) for ex in examples]
    threshold, _ = tune_threshold([s for s, _ in located], [ex.label for ex in examples])
    bl_preds = [
        Prediction(s >= threshold, "supported" if s >= threshold else "not_supported", s,
                   frozenset() if i < 0 else frozenset({i}))
        for s, i in located
    ]

    fb_time = timed(run_factbase, examples)
    bl_time = timed(baseline_locate, examples)
    fb_mem = peak_memory(run_factbase, examples)
    bl_mem = peak_memory(baseline_locate, examples)
    max_rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    labels = Counter(ex.label for ex in examples)
    print(f"WiCE dev: {len(examples)} claims ("
          + ", ".join(f"{lab} {labels[lab]}" for lab in LABELS) + f"), {args.data.name}")
    print(row("", "factbase", "baseline"))

    print("location (passage vs gold supporting sets)")
    groups = [("all with a gold set", list(range(len(examples))))]
    groups.append(("single-sentence gold", [i for i, ex in enumerate(examples)
                                            if ex.gold and not is_multi(ex)]))
    groups.append(("multi-sentence gold only", [i for i, ex in enumerate(examples)
                                                if ex.gold and is_multi(ex)]))
    for lab in LABELS:
        groups.append((f"label {lab}", [i for i, ex in enumerate(examples)
                                        if ex.gold and ex.label == lab]))
    for name, idx in groups:
        exs = [examples[i] for i in idx]
        n, fh, ff = hits(exs, [fb_preds[i] for i in idx])
        _, bh, bf = hits(exs, [bl_preds[i] for i in idx])
        print(row(f"{name} (n={n}): hit", pct(fh, n), pct(bh, n)))
        print(row("    full hit", pct(ff, n), pct(bf, n)))
    fb_len = statistics.mean(len(p.sentences) for p in fb_preds)
    print(row("sentences per passage (mean)", f"{fb_len:.2f}", "1.00"))
    print(row("share of passage sentences in a gold set", precision(examples, fb_preds),
              precision(examples, bl_preds)))

    fb_dec, bl_dec = decisions(examples, fb_preds), decisions(examples, bl_preds)
    n_bin = labels["supported"] + labels["not_supported"]
    majority = max(labels["supported"], labels["not_supported"])
    fb_t, fb_t_acc = tune_threshold([p.score for p in fb_preds], [ex.label for ex in examples])
    print("decision (factbase: status ok = supported; baseline: best score >= T, with T tuned")
    print("          for accuracy on these same claims, so its figures are optimistic)")
    print(row(f"accuracy, supported vs not (n={n_bin})", fb_dec["accuracy"], bl_dec["accuracy"]))
    print(row("  with score >= T tuned here", f"{100 * fb_t_acc:5.1f}%", bl_dec["accuracy"]))
    print(row("  T", f"{fb_t:.1f}", f"{threshold:.1f}"))
    print(row("balanced accuracy", fb_dec["balanced"], bl_dec["balanced"]))
    print(row("majority class accuracy", pct(majority, n_bin), pct(majority, n_bin)))
    print(row(f"partially_supported called supported (n={labels['partially_supported']})",
              fb_dec["partial_ok"], bl_dec["partial_ok"]))

    print("cost (second pass; preparing the text included)")
    print(row("time per claim, median ms", f"{1000 * statistics.median(fb_time):.1f}",
              f"{1000 * statistics.median(bl_time):.1f}"))
    print(row("time per claim, p95 ms", f"{1000 * percentile(fb_time, 95):.1f}",
              f"{1000 * percentile(bl_time, 95):.1f}"))
    print(row("claims/s", f"{len(fb_time) / sum(fb_time):.1f}",
              f"{len(bl_time) / sum(bl_time):.1f}"))
    print(row("peak traced memory, whole pass, MiB", f"{fb_mem[0] / 2**20:.1f}",
              f"{bl_mem[0] / 2**20:.1f}"))
    print(row("peak traced memory, one claim, MiB", f"{fb_mem[1] / 2**20:.1f}",
              f"{bl_mem[1] / 2**20:.1f}"))
    print(row("process max RSS, MiB (both, whole run)", f"{max_rss_mib:.0f}", ""))

    print()
    print("\n".join(confusion("factbase: label x status", examples, fb_preds, STATUSES)))
    print("\n".join(confusion(f"baseline (T = {threshold:.1f}): label x decision", examples,
                              bl_preds, ("supported", "not_supported"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
