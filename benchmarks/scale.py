"""A newsroom-sized fact base: import, verify, re-verify, drift and conflicts, with figures.

    python benchmarks/scale.py                      # 10,000 sources, 100,000 claims
    python benchmarks/scale.py --sources 1000 --claims 10000

Builds a synthetic corpus from the bundled sentences (benchmarks/synth.py: ~6 KB sources with
planted cross-source disagreements), writes it to files, and runs factbase on a SQLite database
in a temporary folder, stage by stage:

1. ``source add`` of every source;
2. ``import`` of the claims (CSV): the corpus's planted claims, sentences cited from the sources
   with light noise (expected ok), and a known share with one fact changed (expected
   contradicted);
3. ``verify`` of every claim, then again with nothing changed (incremental);
4. drift: a known share of sources edited (cited sentences reworded without changing a fact, or
   a cited fact changed), ``source refresh``, ``verify`` again;
5. ``conflicts report`` over the whole corpus, scored against the planted disagreements.

Beside them, in the same run, the naive ways on a sample: rapidfuzz ``partial_ratio_alignment``
of each claim over its whole source (no index, no sentence windows), and the brute-force
conflicts loop (every claim against every sentence with ``token_set_ratio``), timed on a sample
and extrapolated. Peak memory is the process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rapidfuzz import fuzz  # noqa: E402
from sqlalchemy import func  # noqa: E402
from sqlmodel import select  # noqa: E402
from synth import Corpus, make_corpus  # noqa: E402

from factbase.analysis.facts import extract  # noqa: E402
from factbase.analysis.sentences import sentence_spans  # noqa: E402
from factbase.analysis.statements import is_statement  # noqa: E402
from factbase.analysis.text import norm, normalize  # noqa: E402
from factbase.conflicts import build_report  # noqa: E402
from factbase.importing import import_claims  # noqa: E402
from factbase.sources.refresh import refresh_sources
from factbase.sources.versions import add_source  # noqa: E402
from factbase.store.db import open_db, session_scope  # noqa: E402
from factbase.store.models import Claim  # noqa: E402
from factbase.verification import verify_claims  # noqa: E402

CONTRADICT_SHARE = 0.05
DRIFT_SOURCE_SHARE = 0.02
_NUMBER = re.compile(r"\b\d[\d,]*\b")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def line(label: str, value: str) -> None:
    print(f"  {label:<46} {value}")


def noisy(text: str, rng: random.Random) -> str:
    """The claim as a journalist pastes it: white space folded, quotes straightened."""
    out = " ".join(text.split())
    if rng.random() < 0.5:
        out = out.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return out


def change_a_number(text: str, rng: random.Random) -> str | None:
    """The same sentence with one number changed (1,400 → 1,401), or None if it has none."""
    hits = [m for m in _NUMBER.finditer(text) if m.group(0).replace(",", "").isdigit()]
    if not hits:
        return None
    m = rng.choice(hits)
    value = int(m.group(0).replace(",", ""))
    new = str(value + 1)
    return text[: m.start()] + new + text[m.end():]


def build_claims(
    corpus: Corpus, n: int, rng: random.Random
) -> tuple[list[tuple[str, str]], dict[int, str], list[tuple[str, int, int]]]:
    """Rows (claim, source), the expected status by row, and each row's cited span."""
    rows: list[tuple[str, str]] = []
    expected: dict[int, str] = {}
    spans: list[tuple[str, int, int]] = []
    for c in corpus.claims:
        rows.append((noisy(c.text, rng), c.source))
        expected[len(rows) - 1] = "ok"
        spans.append((c.source, c.start, c.end))
    # Sentences a journalist would cite: statements, not a page's navigation ("Page 1 | Page 2
    # | ..."), whose numbers name pages rather than state facts.
    cited = [
        (sid, p)
        for sid, placements in corpus.layout.items()
        for p in placements
        if p.role == "copy" and p.end - p.start > 60
        and is_statement(
            corpus.texts[sid][p.start:p.end], extract(corpus.texts[sid][p.start:p.end])
        )
    ]
    while len(rows) < n:
        sid, p = rng.choice(cited)
        sentence = corpus.texts[sid][p.start:p.end]
        if rng.random() < CONTRADICT_SHARE:
            changed = change_a_number(sentence, rng)
            if changed is not None:
                rows.append((noisy(changed, rng), sid))
                expected[len(rows) - 1] = "contradicted"
                spans.append((sid, p.start, p.end))
                continue
        rows.append((noisy(sentence, rng), sid))
        expected[len(rows) - 1] = "ok"
        spans.append((sid, p.start, p.end))
    return rows[:n], expected, spans[:n]


def edit_sources(
    corpus: Corpus,
    cited_by_source: dict[str, list[tuple[int, int, int]]],
    folder: Path,
    rng: random.Random,
) -> tuple[list[str], dict[int, str]]:
    """Edit a share of the cited sources in ``folder``: in each, every cited sentence gets one
    number changed (expected contradicted) or two words swapped (expected drift), half and half.

    ``cited_by_source`` maps a source to its cited rows (row, start, end). Returns the edited
    sources and the expected status by row.
    """
    share = max(1, int(len(corpus.texts) * DRIFT_SOURCE_SHARE))
    edited = rng.sample(sorted(cited_by_source), min(share, len(cited_by_source)))
    expect_edit: dict[int, str] = {}
    for sid in edited:
        text = corpus.texts[sid]
        edits = []
        # Rows citing one sentence share its one edit: two edits of one span would leave only
        # the last, and the first row would expect what was overwritten.
        done: dict[tuple[int, int], str] = {}
        for i, s, e in cited_by_source[sid]:
            if (s, e) in done:
                expect_edit[i] = done[s, e]
                continue
            sentence = text[s:e]
            if rng.random() < 0.5:
                changed = change_a_number(sentence, rng)
                if changed is not None:
                    edits.append((s, e, changed))
                    expect_edit[i] = done[s, e] = "contradicted"
                    continue
            ws = sentence.split(" ")
            if len(ws) > 8:
                k = rng.randrange(1, len(ws) - 2)
                ws[k], ws[k + 1] = ws[k + 1], ws[k]
                edits.append((s, e, " ".join(ws)))
                expect_edit[i] = done[s, e] = "drift"
        for s, e, new in sorted(edits, reverse=True):
            text = text[:s] + new + text[e:]
        (folder / f"{sid}.txt").write_text(text, encoding="utf-8")
    return edited, expect_edit


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", type=int, default=10_000)
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    ap.add_argument("--naive-sample", type=int, default=300)
    ap.add_argument("--skip-conflicts", action="store_true")
    args = ap.parse_args()
    rng = random.Random(args.seed)

    print(f"factbase scale benchmark: {args.sources:,} sources, {args.claims:,} claims")
    t0 = time.perf_counter()
    corpus = make_corpus(args.sources, seed=args.seed)
    size_mb = sum(len(t.encode()) for t in corpus.texts.values()) / 1e6
    rows, expected, spans = build_claims(corpus, args.claims, rng)
    # a repeated row (the same claim of the same source) is skipped by import: one of each
    first: list[int] = []
    seen: set[tuple[str, str]] = set()
    for i, row in enumerate(rows):
        if row not in seen:
            seen.add(row)
            first.append(i)
    rows, expected, spans = (
        [rows[i] for i in first], [expected[i] for i in first], [spans[i] for i in first]
    )
    line("corpus built", f"{time.perf_counter() - t0:.1f} s, {size_mb:.1f} MB of text")

    with tempfile.TemporaryDirectory(prefix="factbase-scale-") as tmp:
        folder = Path(tmp) / "sources"
        folder.mkdir()
        for sid, text in corpus.texts.items():
            (folder / f"{sid}.txt").write_text(text, encoding="utf-8")
        engine = open_db(str(Path(tmp) / "scale.db"), {})
        try:
            run(engine, corpus, rows, expected, spans, folder, Path(tmp), args, rng)
        finally:
            engine.dispose()
    print(f"\npeak memory (max RSS of this process): {peak_mb():,.0f} MB")


def run(engine, corpus, rows, expected, spans, folder, tmp, args, rng) -> None:  # type: ignore[no-untyped-def]
    print("\nstage                                            figure")
    # 1. sources
    t0 = time.perf_counter()
    with session_scope(engine, write=True) as session:
        for sid in corpus.texts:
            add_source(
                session, path=folder / f"{sid}.txt", source_id=sid,
                published=corpus.published[sid],
            )
    dt = time.perf_counter() - t0
    line("source add", f"{dt:.1f} s ({len(corpus.texts) / dt:,.0f} sources/s)")

    # 2. import
    csv_path = tmp / "claims.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["claim", "source"])
        w.writerows(rows)
    t0 = time.perf_counter()
    with session_scope(engine, write=True) as session:
        results = import_claims(session, path=csv_path, workers=args.workers)
    dt = time.perf_counter() - t0
    line("import (locate + check + store)", f"{dt:.1f} s ({len(rows) / dt:,.0f} claims/s)")
    got = Counter((expected[i], str(r.status)) for i, r in enumerate(results))
    right = sum(n for (e, s), n in got.items() if e == s)
    line("  statuses as expected", f"{right / len(results):.2%}  {dict(got)}")
    located = sum(
        1 for r, (sid, s, e) in zip(results, spans, strict=True)
        if r.start is not None and r.end is not None and r.start <= s + 2 and r.end >= e - 2
    )
    line("  passage covers the cited sentence", f"{located / len(results):.2%}")

    # 3. verify, then verify again
    t0 = time.perf_counter()
    with session_scope(engine, write=True) as session:
        report = verify_claims(session, workers=args.workers)
    dt = time.perf_counter() - t0
    line("verify, first run", f"{dt:.1f} s ({len(report.results) / dt:,.0f} claims/s)")
    t0 = time.perf_counter()
    with session_scope(engine, write=True) as session:
        report = verify_claims(session, workers=args.workers)
    dt = time.perf_counter() - t0
    line("verify, nothing changed (incremental)", f"{dt:.1f} s")
    t0 = time.perf_counter()
    with session_scope(engine, write=True) as session:
        full = verify_claims(session, workers=args.workers, full=True)
    dt = time.perf_counter() - t0
    line("verify --full", f"{dt:.1f} s ({len(full.results) / dt:,.0f} claims/s)")

    # 4. drift: edit some sources, refresh, verify
    cited_by_source: dict[str, list[tuple[int, int, int]]] = {}
    for i, (r, (sid, _s, _e)) in enumerate(zip(results, spans, strict=True)):
        if r.status == "ok" and r.start is not None and r.end is not None:
            cited_by_source.setdefault(sid, []).append((i, r.start, r.end))
    edited, expect_edit = edit_sources(corpus, cited_by_source, folder, rng)
    t0 = time.perf_counter()
    with session_scope(engine, write=True) as session:
        refresh_sources(session, source_ids=edited)
    dt = time.perf_counter() - t0
    line("source refresh of edited sources", f"{len(edited)} sources, {dt:.1f} s")
    t0 = time.perf_counter()
    with session_scope(engine, write=True) as session:
        after = verify_claims(session, workers=args.workers)
    dt = time.perf_counter() - t0
    line("verify after the edits (incremental)", f"{dt:.1f} s")
    by_claim = {r.claim_id: str(r.status) for r in after.results}
    edit_hits = Counter(
        (want, by_claim.get(results[i].claim_id)) for i, want in expect_edit.items()
    )
    right = sum(n for (w, g), n in edit_hits.items() if w == g or (w == "drift" and g == "ok"))
    line("  edited claims flagged", f"{right / max(1, len(expect_edit)):.2%}  {dict(edit_hits)}")

    # 5. conflicts
    if not args.skip_conflicts:
        t0 = time.perf_counter()
        with session_scope(engine) as session:
            claims = session.exec(select(func.count()).select_from(Claim)).one()
            conflict_report = build_report(session)
        dt = time.perf_counter() - t0
        line("conflicts report", f"{dt:.1f} s over {claims:,} claims")
        score_conflicts(conflict_report, corpus, results)

    naive(corpus, rows, spans, args.naive_sample, rng)


def score_conflicts(report, corpus: Corpus, results) -> None:  # type: ignore[no-untyped-def]
    """Recall of planted disagreements; conflicts that are notation only."""
    # The planted claims were imported first, in corpus order: map corpus claim ids to ours.
    ours = {cid: results[k].claim_id for k, (cid, *_rest) in enumerate(corpus.claims)}
    # For each conflict, once: which value groups hold each claim and each source.
    by_claim: dict[int, list[tuple[int, set[int], bool]]] = {}
    by_source: dict[str, list[tuple[int, set[int], bool]]] = {}
    for n, c in enumerate(report.conflicts):
        claims_at: dict[int, set[int]] = {}
        sources_at: dict[str, set[int]] = {}
        clash: set[int] = set()
        for k, v in enumerate(c.values):
            if not v.fits_all:
                clash.add(k)
            for st in v.statements:
                if st.claim_id is not None:
                    claims_at.setdefault(st.claim_id, set()).add(k)
                sources_at.setdefault(st.source, set()).add(k)
        for cid, ks in claims_at.items():
            by_claim.setdefault(cid, []).append((n, ks, True))
        for sid, ks in sources_at.items():
            by_source.setdefault(sid, []).append((n, ks, True))
        by_claim.setdefault(-1, []).append((n, clash, True))
    clash_of = {n: ks for n, ks, _ in by_claim.pop(-1, [])}

    def separated(claim_id: int, other: str, clashing_only: bool) -> bool:
        theirs = {n: ks for n, ks, _ in by_source.get(other, [])}
        for n, mine, _ in by_claim.get(claim_id, []):
            if n not in theirs:
                continue
            a, b = mine, theirs[n]
            if clashing_only:
                a, b = a & clash_of[n], b & clash_of[n]
                if a and b and a != b:
                    return True
            elif a and b and not a & b:
                return True
        return False

    found = sum(1 for cid, other in corpus.planted if separated(ours[cid], other, True))
    notation_only = sum(
        1 for cid, other in corpus.notation if separated(ours[cid], other, False)
    )
    line(
        "  recall of planted disagreements",
        f"{found / max(1, len(corpus.planted)):.2%} ({found}/{len(corpus.planted)})",
    )
    line("  notation-only conflicts", f"{notation_only} (of {len(corpus.notation)} planted)")
    line("  conflicts reported in all", f"{len(report.conflicts):,}")


def naive(corpus: Corpus, rows, spans, sample: int, rng: random.Random) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """The same work done the naive way, on a sample, beside factbase's; prints the figures and
    returns them (milliseconds per claim, microseconds per pair, extrapolated seconds, shares
    right)."""
    from factbase.analysis.matching import locate, prepare

    print("\nnaive ways, same run, on a sample")
    picks = rng.sample(range(len(rows)), min(sample, len(rows)))
    # factbase locate on prepared sources, timed per claim
    prepared = {sid: prepare(corpus.texts[sid]) for sid in {rows[i][1] for i in picks}}
    t = []
    right_f = 0
    for i in picks:
        claim, sid = rows[i]
        t0 = time.perf_counter()
        loc = locate(claim, prepared[sid])
        t.append(time.perf_counter() - t0)
        _, s, e = spans[i]
        right_f += bool(loc and loc.start <= s + 2 and loc.end >= e - 2)
    t.sort()
    f_med = t[len(t) // 2] * 1e3
    f_p95 = t[int(len(t) * 0.95)] * 1e3
    line(
        "factbase locate, median / p95",
        f"{f_med:.3f} / {f_p95:.3f} ms, right {right_f / len(picks):.1%}",
    )
    # rapidfuzz partial_ratio_alignment over each whole source
    norms = {sid: normalize(corpus.texts[sid]) for sid in prepared}
    t = []
    right_n = 0
    for i in picks:
        claim, sid = rows[i]
        n = norms[sid]
        t0 = time.perf_counter()
        al = fuzz.partial_ratio_alignment(norm(claim), n.text, processor=None)
        t.append(time.perf_counter() - t0)
        _, s, e = spans[i]
        if al is not None:
            a, b = n.to_original(al.dest_start, al.dest_end)
            right_n += (min(b, e) - max(a, s)) >= 0.9 * (e - s)
    t.sort()
    n_med = t[len(t) // 2] * 1e3
    line(
        "partial_ratio_alignment over the whole source",
        f"{n_med:.3f} ms median, right (90% overlap) {right_n / len(picks):.1%}",
    )
    # brute-force conflicts loop: every claim against every sentence of every source
    sentences = [
        norm(text[sp.start:sp.end])
        for text in list(corpus.texts.values())[:200]
        for sp in sentence_spans(text)
    ]
    per = 20
    t0 = time.perf_counter()
    for i in picks[:per]:
        c = norm(rows[i][0])
        for s in sentences:
            fuzz.token_set_ratio(c, s, processor=None)
    dt = time.perf_counter() - t0
    per_pair = dt / (per * len(sentences))
    total_sentences = sum(len(p) for p in corpus.layout.values())
    est = per_pair * total_sentences * len(rows)
    line(
        "brute-force conflicts loop (extrapolated)",
        f"{per_pair * 1e6:.2f} us per claim-sentence pair x {total_sentences:,} sentences x "
        f"{len(rows):,} claims = {est / 3600:,.1f} h",
    )
    return {
        "locate_ms": f_med,
        "locate_p95_ms": f_p95,
        "locate_right": right_f / len(picks),
        "align_ms": n_med,
        "align_right": right_n / len(picks),
        "pair_us": per_pair * 1e6,
        "sentences": total_sentences,
        "brute_force_s": est,
    }


if __name__ == "__main__":
    main()
