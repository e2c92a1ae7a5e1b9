"""Conflict finding at scale: factbase's index against a brute-force fuzzy baseline.

    python benchmarks/conflicts.py [--sizes 100,1000,10000] [--seed N] [--baseline-max 1000]
                                   [--threshold 70] [--profile]

For each size, a synthetic corpus is made with ``synth.make_corpus`` (sources of about 6 KB made
from the bundled sentences, with planted disagreements and notation-only variants; see there)
and both methods look for the sources that disagree with each claim:

- factbase: ``source_units`` for every source and a ``StemIndex`` over them (index build), then
  ``compare_claims`` (comparison);
- baseline: every sentence of every source (``sentence_spans``), normalised with ``norm`` and
  its digits masked, is scored against each claim, prepared the same way, with rapidfuzz
  ``fuzz.token_set_ratio``; for each sentence scoring at least ``--threshold``, the value facts
  of the claim and the sentence (``facts.extract``) are paired by kind, and a claim fact that
  has partners of its kind but no ``compatible`` one is a disagreement.

Both are scored on (claim, source) pairs reported in disagreement:

- recall: share of the planted pairs (the claim, and the source holding its sentence with one
  fact changed) reported. For factbase, a pair is reported when some conflict has the claim's
  statement and a statement of that source in value groups whose values are not compatible;
- notation-only: pairs where the source's statement is a copy of the claim's sentence with the
  same values (reworded, or in another notation). Must be 0;
- other: pairs where the source's statement is unchanged text of another sentence: false
  positives, except where the bundled articles themselves disagree (``synth.INHERITED``: those
  are counted apart, as inherited).

A changed copy planted against one claim also disagrees with the other claims on the same
sentence; such pairs are counted as "changed" (true, but not in the recall). Pairs with a changed
copy of another sentence are counted as "cross" (true when that sentence states the same fact,
as several bundled sentences do: "girls as young as 11").

Each size and method runs in a fresh subprocess so that peak memory (``ru_maxrss``, which
includes the corpus itself) is its own. The baseline runs up to ``--baseline-max`` sources;
above that its time is extrapolated from its measured cost per claim and sentence at the
largest size it ran, and marked as such. ``--profile`` runs factbase once more at the largest
size under cProfile and prints the top functions by cumulative time, then by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import re
import resource
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from factbase.analysis.facts import DateValue, Fact, extract
from factbase.analysis.sentences import sentence_spans
from factbase.analysis.statements import (
    COMPARED_KINDS,
    VALUE_KINDS,
    StemIndex,
    Unit,
    make_unit,
    source_units,
)
from factbase.analysis.text import norm
from factbase.conflicts import (
    CANDIDATES,
    ConflictReport,
    Statement,
    compare_claims,
    compatible,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import Corpus, describe, make_corpus  # noqa: E402

DIAGNOSED_MISSES = 100
CATEGORIES = ("planted", "changed", "notation", "cross", "inherited", "other")
PROFILE_TOP = 15


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# --- scoring ---------------------------------------------------------------------------------


@dataclass
class Score:
    recall: float
    found: int
    planted: int
    categories: dict[str, int]  # distinct (claim, source) pairs per category
    sentence_pairs: dict[str, int]  # distinct (claim's sentence, other sentence) per category
    designated_notation: int  # of the notation sources made for the claims, how many reported


def score(corpus: Corpus, reported: set[tuple[int, str, int, int]]) -> Score:
    """Distinct (claim, source) pairs per category, from (claim, source, start, end) passages."""
    seen: dict[str, set[tuple[int, str]]] = {}
    sentence_pairs: dict[str, set[tuple[int, int]]] = {}
    for cid, src, start, end in reported:
        cat = corpus.classify(cid, src, start, end)
        seen.setdefault(cat, set()).add((cid, src))
        p = corpus.placement(src, start, end)
        pair = (corpus.claim_sentence[cid], p.sentence if p is not None else -2)
        sentence_pairs.setdefault(cat, set()).add(pair)
    planted = set(corpus.planted)
    found = len(planted & seen.get("planted", set()))
    notation = len(set(corpus.notation) & seen.get("notation", set()))
    cats = {c: len(seen.get(c, ())) for c in CATEGORIES}
    distinct = {c: len(sentence_pairs.get(c, ())) for c in CATEGORIES}
    return Score(found / max(1, len(planted)), found, len(planted), cats, distinct, notation)


def _statement_fact(s: Statement, refs: dict[str, DateValue | None]) -> Fact | None:
    """The fact a conflict statement stands for, read again from its passage."""
    facts = [f for f in extract(s.passage, reference=refs.get(s.source)).facts]
    for f in facts:
        if f.kind not in VALUE_KINDS:
            continue
        if s.fact_start >= 0 and (s.start + f.start, s.start + f.end) == (s.fact_start, s.fact_end):
            return f
        if s.fact_start < 0 and f.text == s.fact_text:
            return f
    return None


def factbase_pairs(
    report: ConflictReport, refs: dict[str, DateValue | None]
) -> set[tuple[int, str, int, int]]:
    """(claim, source, start, end) for each statement in a value group that clashes with one
    holding the claim's statement.

    Two groups clash when their facts are not ``compatible`` ("2013" beside "October 2013"
    does not); each group's fact is read again from its first statement's passage.
    """
    out: set[tuple[int, str, int, int]] = set()
    for c in report.conflicts:
        facts = [_statement_fact(g.statements[0], refs) if g.statements else None for g in c.values]

        def clash(i: int, j: int, facts: list[Fact | None] = facts) -> bool:
            a, b = facts[i], facts[j]
            return a is None or b is None or not compatible(a, b)

        for i, g in enumerate(c.values):
            for s in g.statements:
                if s.claim_id is None:
                    continue
                for j, h in enumerate(c.values):
                    if j == i or not clash(i, j):
                        continue
                    for t in h.statements:
                        out.add((s.claim_id, t.source, t.start, t.end))
    return out


# --- factbase --------------------------------------------------------------------------------


def run_factbase(corpus: Corpus) -> dict[str, Any]:
    t0 = time.perf_counter()
    units: list[Unit] = []
    for sid, text in corpus.texts.items():
        units.extend(
            source_units(sid, text, corpus.refs[sid], first_key=len(units), kinds=COMPARED_KINDS)
        )
    index = StemIndex(units)
    t1 = time.perf_counter()
    report = compare_claims(corpus.claims, texts=corpus.texts, refs=corpus.refs, index=index)
    t2 = time.perf_counter()
    peak = peak_mb()
    pairs = factbase_pairs(report, corpus.refs)
    sc = score(corpus, pairs)
    return {
        "build_s": t1 - t0,
        "compare_s": t2 - t1,
        "seconds": t2 - t0,
        "peak_mb": peak,
        "units": len(units),
        "conflicts": len(report.conflicts),
        "corroborations": len(report.corroborations),
        "score": sc.__dict__,
        "misses": diagnose_misses(corpus, index, pairs),
    }


def _ranked(index: StemIndex, claim: Unit, limit: int | None = None) -> list[list[Unit]]:
    """The index's candidates for ``claim`` (all, or ``limit`` as the comparison takes them),
    best first, each as the units it stands for: a unit, or a family of identical units."""
    families: list[list[int]] | None = getattr(index, "families", None)
    if limit is None:
        limit = len(families) if families is not None else len(index.units)
    out: list[list[Unit]] = []
    for _score, c in index.candidates(claim, limit):
        if isinstance(c, Unit):
            out.append([c])
        elif families is not None:
            out.append([index.units[pos] for pos in families[c]])
    return out


def diagnose_misses(
    corpus: Corpus, index: StemIndex, pairs: set[tuple[int, str, int, int]]
) -> dict[str, Any]:
    """Why planted pairs were missed, on a sample: no unit, outside the candidates, not paired.

    Also how many of the claim's top candidates are copies of its own sentence (crowding).
    """
    found = {(cid, src) for cid, src, s, e in pairs if corpus.classify(cid, src, s, e) == "planted"}
    missed = [p for p in corpus.planted if p not in found]
    rows = {row[0]: row for row in corpus.claims}
    by_source: dict[str, list[Unit]] = {}
    for u in index.units:
        by_source.setdefault(u.source_id, []).append(u)
    reasons: Counter[str] = Counter()
    ranks: list[int] = []
    crowding: list[int] = []
    for cid, src in missed[:DIAGNOSED_MISSES]:
        row = rows[cid]
        text, sid, start, end = row.text, row.source, row.start, row.end
        sentence = corpus.claim_sentence[cid]
        place = next(
            p for p in corpus.layout[src] if p.sentence == sentence and p.role == "changed"
        )
        target = [u for u in by_source.get(src, ()) if u.start < place.end and place.start < u.end]
        if not target:
            reasons["changed sentence not a statement unit"] += 1
            continue
        claim = make_unit(-cid, sid, text, start, end, corpus.refs.get(sid), claim_id=cid)
        ranked = _ranked(index, claim)
        keys = {u.key for u in target}
        rank = next(
            (k for k, group in enumerate(ranked) if any(u.key in keys for u in group)), None
        )
        same = 0
        for group in ranked[:CANDIDATES]:
            p = corpus.placement_at(group[0].source_id, group[0].start)
            same += p is not None and p.sentence == sentence
        crowding.append(same)
        top = _ranked(index, claim, CANDIDATES)
        in_top = any(u.key in keys for group in top for u in group)
        if rank is None:
            reasons["shares no indexed stem with the claim"] += 1
        elif not in_top:
            reasons[f"outside the top {CANDIDATES} candidates"] += 1
            ranks.append(rank + 1)
        else:
            reasons["among the candidates, not paired as one statement"] += 1
    ranks.sort()
    return {
        "missed": len(missed),
        "diagnosed": min(len(missed), DIAGNOSED_MISSES),
        "reasons": dict(reasons),
        "median_rank": ranks[len(ranks) // 2] if ranks else None,
        "mean_copies_in_top": sum(crowding) / len(crowding) if crowding else None,
    }


# --- baseline --------------------------------------------------------------------------------

_DIGIT = re.compile(r"\d")


def masked(text: str) -> str:
    return _DIGIT.sub("#", norm(text))


def _same_kind(a: Fact, b: Fact) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "range":
        return type(a.value[0]) is type(b.value[0])  # type: ignore[index]
    return True


def disagrees(claim: list[Fact], passage: list[Fact]) -> bool:
    """A claim fact with partners of its kind in the passage and no compatible one."""
    for cf in claim:
        partners = [pf for pf in passage if _same_kind(cf, pf)]
        if partners and not any(compatible(cf, pf) for pf in partners):
            return True
    return False


def run_baseline(corpus: Corpus, threshold: float) -> dict[str, Any]:
    t0 = time.perf_counter()
    where: list[tuple[str, int, int]] = []
    choices: list[str] = []
    for sid, text in corpus.texts.items():
        for span in sentence_spans(text):
            where.append((sid, span.start, span.end))
            choices.append(masked(text[span.start:span.end]))
    t1 = time.perf_counter()
    facts: dict[int, list[Fact]] = {}
    reported: set[tuple[int, str, int, int]] = set()
    matches = 0
    match_s = 0.0
    for claim in corpus.claims:
        cid, text, sid, start = claim.id, claim.text, claim.source, claim.start
        m0 = time.perf_counter()
        hits = process.extract(
            masked(text), choices, scorer=fuzz.token_set_ratio, processor=None,
            score_cutoff=threshold, limit=None,
        )
        match_s += time.perf_counter() - m0
        claim_facts = [
            f for f in extract(text, reference=corpus.refs.get(sid)).facts if f.kind in VALUE_KINDS
        ]
        if not claim_facts:
            continue
        for _choice, _score, k in hits:
            src, s, e = where[k]
            if src == sid and s <= start < e:
                continue  # the claim's own sentence
            matches += 1
            pf = facts.get(k)
            if pf is None:
                found = extract(corpus.texts[src][s:e], reference=corpus.refs.get(src)).facts
                pf = facts[k] = [f for f in found if f.kind in VALUE_KINDS]
            if disagrees(claim_facts, pf):
                reported.add((cid, src, s, e))
    t2 = time.perf_counter()
    peak = peak_mb()
    sentences = len(choices)
    claims = len(corpus.claims)
    return {
        "prepare_s": t1 - t0,
        "compare_s": t2 - t1,
        "match_s": match_s,
        "seconds": t2 - t0,
        "peak_mb": peak,
        "sentences": sentences,
        "matches": matches,
        "per_sentence_s": (t1 - t0) / max(1, sentences),
        "per_pair_s": (t2 - t1) / max(1, claims * sentences),
        "score": score(corpus, reported).__dict__,
    }


# --- one size, one method, in its own process ------------------------------------------------


def worker(method: str, size: int, seed: int, threshold: float, profile: bool) -> dict[str, Any]:
    g0 = time.perf_counter()
    corpus = make_corpus(size, seed=seed)
    out: dict[str, Any] = {
        "generate_s": time.perf_counter() - g0,
        "corpus_mb": peak_mb(),
        "corpus": describe(corpus),
        "sentences": sum(len(sentence_spans(t)) for t in corpus.texts.values()),
    }
    if method == "baseline":
        out.update(run_baseline(corpus, threshold))
        return out
    if not profile:
        out.update(run_factbase(corpus))
        return out
    profiler = cProfile.Profile()
    profiler.enable()
    t0 = time.perf_counter()
    units: list[Unit] = []
    for sid, text in corpus.texts.items():
        units.extend(
            source_units(sid, text, corpus.refs[sid], first_key=len(units), kinds=COMPARED_KINDS)
        )
    index = StemIndex(units)
    compare_claims(corpus.claims, texts=corpus.texts, refs=corpus.refs, index=index)
    profiler.disable()
    buf = io.StringIO()
    stats = pstats.Stats(profiler, stream=buf)
    stats.sort_stats("cumulative").print_stats(PROFILE_TOP)
    stats.sort_stats("tottime").print_stats(PROFILE_TOP)
    text = re.sub(r"\S*/(factbase/\S+\.py)", r"\1", buf.getvalue())
    out.update({"seconds": time.perf_counter() - t0, "profile": text})
    return out


def spawn(
    method: str, size: int, args: argparse.Namespace, profile: bool = False
) -> dict[str, Any]:
    cmd = [
        sys.executable, str(Path(__file__).resolve()), "--worker", method, "--sizes", str(size),
        "--seed", str(args.seed), "--threshold", str(args.threshold),
    ]
    if profile:
        cmd.append("--profile")
    print(f"… {method} at {size} sources", file=sys.stderr, flush=True)
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        why = f"signal {-done.returncode}" if done.returncode < 0 else f"exit {done.returncode}"
        print(f"{method} at {size} sources failed ({why})", file=sys.stderr, flush=True)
        return {"failed": why}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- the table -------------------------------------------------------------------------------


def _secs(s: float) -> str:
    if s >= 600:
        return f"{s / 60:.1f} min"
    return f"{s:.1f} s" if s >= 10 else f"{s:.2f} s"


def print_table(rows: list[dict[str, Any]]) -> None:
    cols = [
        ("size", 6), ("claims", 7), ("sentences", 10), ("factbase (build+compare)", 25),
        ("baseline", 13), ("speed-up", 9), ("recall fb/base", 15), ("notation fb/base", 17),
        ("other fb/base", 14), ("peak MB fb/base", 16),
    ]
    head = " ".join(f"{name:>{w}}" for name, w in cols)
    print(head)
    print("-" * len(head))
    for r in rows:
        fb, base, est = r["factbase"], r.get("baseline"), r.get("extrapolated")
        if "failed" in fb:
            print(f"{r['size']:>6} factbase failed ({fb['failed']})")
            continue
        if base is not None and "failed" in base:
            print(f"{r['size']:>6} baseline failed ({base['failed']})")
            base = None
        fs = fb["score"]
        cells: list[object] = [
            r["size"], fb["corpus"]["claims"], fb["sentences"],
            f"{_secs(fb['seconds'])} ({fb['build_s']:.0f}+{fb['compare_s']:.0f} s)",
        ]
        if base is not None:
            bs = base["score"]
            cells += [
                _secs(base["seconds"]), f"{base['seconds'] / fb['seconds']:.1f}x",
                f"{fs['recall']:.2f} / {bs['recall']:.2f}",
                f"{fs['categories']['notation']} / {bs['categories']['notation']}",
                f"{fs['categories']['other']} / {bs['categories']['other']}",
                f"{fb['peak_mb']:.0f} / {base['peak_mb']:.0f}",
            ]
        else:
            cells += [
                f"~{_secs(est)}*" if est is not None else "-",
                f"~{est / fb['seconds']:.1f}x*" if est is not None else "-",
                f"{fs['recall']:.2f} / -", f"{fs['categories']['notation']} / -",
                f"{fs['categories']['other']} / -", f"{fb['peak_mb']:.0f} / -",
            ]
        print(" ".join(f"{str(c):>{w}}" for c, (_, w) in zip(cells, cols, strict=True)))


def print_notes(rows: list[dict[str, Any]], args: argparse.Namespace) -> None:
    print()
    if any(r.get("extrapolated") is not None for r in rows):
        print(
            "* extrapolated, not measured: the baseline's cost per sentence (preparation) and "
            "per claim and sentence (comparison) at its largest measured size, times this "
            "size's sentences and claims."
        )
    print(
        f"baseline: token_set_ratio >= {args.threshold:g} on norm() text with digits masked, then "
        "facts paired by kind.\n"
        "recall: planted (claim, changed source) pairs reported. notation: (claim, source) pairs "
        "where the source's statement is\na same-value copy of the claim's sentence (must be 0). "
        "other: pairs where it is unchanged text of another sentence\nthat the bundled "
        "articles do not contradict (false positives). Peak MB includes the corpus."
    )
    for r in rows:
        fb, base = r["factbase"], r.get("baseline")
        if "failed" in fb:
            continue
        if base is not None and "failed" in base:
            base = None
        c = fb["corpus"]
        print()
        print(
            f"{r['size']} sources: {c['mean_bytes'] / 1024:.1f} KB each, {c['claims']} claims "
            f"({c['planted']} planted, {c['notation']} with a notation-only variant), "
            f"generated in {fb['generate_s']:.1f} s, corpus alone {fb['corpus_mb']:.0f} MB"
        )
        methods = [("factbase", fb)] + ([("baseline", base)] if base is not None else [])
        for name, res in methods:
            sc = res["score"]
            cats, sp = sc["categories"], sc["sentence_pairs"]
            print(
                f"  {name}: planted found {sc['found']}/{sc['planted']}; other true pairs "
                f"{cats['changed']}; notation-only {cats['notation']} "
                f"({sp['notation']} sentences; {sc['designated_notation']}/{c['notation']} of "
                f"the notation sources); other {cats['other']} ({sp['other']} sentence pairs); "
                f"inherited from the bundled articles {cats['inherited']} "
                f"({sp['inherited']} sentence pairs); against a changed copy of another sentence "
                f"{cats['cross']}"
            )
        print(
            f"  factbase: {fb['units']} statement units, {fb['conflicts']} conflicts, "
            f"{fb['corroborations']} corroborations"
        )
        m = fb["misses"]
        if m["missed"]:
            reasons = sorted(m["reasons"].items(), key=lambda kv: -kv[1])
            why = ", ".join(f"{v} {k}" for k, v in reasons)
            extra = ""
            if m["median_rank"] is not None:
                extra += f"; median rank of the changed sentence {m['median_rank']}"
            if m["mean_copies_in_top"] is not None:
                extra += (
                    f"; copies of the claim's own sentence among its top {CANDIDATES}: "
                    f"{m['mean_copies_in_top']:.1f} on average"
                )
            print(f"  factbase misses ({m['diagnosed']} of {m['missed']} diagnosed): {why}{extra}")
        if base is not None:
            print(
                f"  baseline: prepare {base['prepare_s']:.1f} s, compare {base['compare_s']:.1f} s "
                f"(rapidfuzz {base['match_s']:.1f} s), {base['matches']} sentences matched; "
                f"{base['per_pair_s'] * 1e9:.0f} ns per claim and sentence"
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--baseline-max", type=int, default=1000)
    ap.add_argument("--threshold", type=float, default=70.0)
    ap.add_argument("--profile", action="store_true", help="profile factbase at the largest size")
    ap.add_argument("--worker", choices=("factbase", "baseline"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.worker:
        result = worker(args.worker, sizes[0], args.seed, args.threshold, args.profile)
        print(json.dumps(result))
        return

    rows: list[dict[str, Any]] = []
    measured: dict[str, Any] | None = None
    for size in sizes:
        row: dict[str, Any] = {"size": size, "factbase": spawn("factbase", size, args)}
        if size <= args.baseline_max:
            row["baseline"] = spawn("baseline", size, args)
            if "failed" not in row["baseline"]:
                measured = row["baseline"]
        elif measured is not None and "failed" not in row["factbase"]:
            claims = row["factbase"]["corpus"]["claims"]
            sentences = row["factbase"]["sentences"]
            row["extrapolated"] = (
                measured["per_sentence_s"] * sentences
                + measured["per_pair_s"] * claims * sentences
            )
        rows.append(row)
    print(f"conflicts benchmark, seed {args.seed}")
    print()
    print_table(rows)
    print_notes(rows, args)
    if args.profile:
        largest = max(sizes)
        prof = spawn("factbase", largest, args, profile=True)
        if "failed" in prof:
            print(f"\nprofile at {largest} sources failed ({prof['failed']})")
            return
        print()
        print(
            f"factbase at {largest} sources under cProfile ({_secs(prof['seconds'])} with the "
            f"profiler), top {PROFILE_TOP} by cumulative time, then by own time:"
        )
        print(prof["profile"].rstrip())


if __name__ == "__main__":
    main()
