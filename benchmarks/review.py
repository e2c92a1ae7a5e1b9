"""Benchmark: ``review`` of a ~1,500-word draft against the bundled corpus and a synthetic library.

The draft is made of bundled sentences that state facts, one in four with a number or year
changed, padded with sentences of no fact. factbase (the cross-source index, then ``check`` on
the best candidates) runs beside a naive baseline in the same run: every draft sentence scored
against every source with rapidfuzz ``partial_ratio`` (no verdict, only the best source).

    python benchmarks/review.py [--sizes 0 1000]   (0: the bundled corpus)
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from factbase.analysis.facts import extract  # noqa: E402
from factbase.analysis.sentences import sentence_spans  # noqa: E402
from factbase.analysis.statements import is_statement  # noqa: E402
from factbase.library import Library, LibrarySource  # noqa: E402
from factbase.review import review_draft  # noqa: E402
from factbase.sources.drafts import parse_draft  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "data" / "rotherham"
FILLER = "The town has seen many changes and people there have mixed feelings about them."


def bundled() -> dict[str, str]:
    meta = json.loads((CORPUS / "sources.json").read_text("utf-8"))
    return {row["id"]: (CORPUS / row["file"]).read_text("utf-8") for row in meta}


def make_draft(texts: dict[str, str], words: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    pool = []
    for text in texts.values():
        for s in sentence_spans(text):
            sentence = " ".join(text[s.start:s.end].split())
            if is_statement(sentence, extract(sentence)) and len(sentence) < 300:
                pool.append(sentence)
    rng.shuffle(pool)
    out: list[str] = []
    count = 0
    for i, sentence in enumerate(pool * 3):
        if i % 4 == 3:
            sentence = re.sub(r"\b(19|20)(\d\d)\b", lambda m: str(int(m.group(0)) - 3), sentence)
        out.append(sentence)
        if i % 3 == 2:
            out.append(FILLER)
        count += len(sentence.split())
        if count >= words:
            break
    return "\n\n".join(" ".join(out[k:k + 4]) for k in range(0, len(out), 4))


def library_of(size: int) -> dict[str, str]:
    if size == 0:
        return bundled()
    from synth import make_corpus

    return make_corpus(size).texts


def naive(draft: str, texts: dict[str, str]) -> float:
    start = time.perf_counter()
    for s in sentence_spans(draft):
        sentence = draft[s.start:s.end]
        max(texts, key=lambda sid: fuzz.partial_ratio(sentence, texts[sid], processor=None))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 1000])
    parser.add_argument("--words", type=int, default=1500)
    args = parser.parse_args()
    draft_text = make_draft(bundled(), args.words)
    draft = parse_draft(draft_text, kind="text")
    print(f"draft: {len(draft_text.split())} words, {len(sentence_spans(draft_text))} sentences")
    print(f"{'sources':>8} {'MB':>6} {'claims':>7} {'index s':>8} {'judge s':>8} "
          f"{'factbase s':>11} {'naive s':>8} {'peak MB':>8}  verdicts")  # fmt: skip
    for size in args.sizes:
        texts = library_of(size)
        mb = sum(len(t) for t in texts.values()) / 1e6
        library = Library([LibrarySource(sid, t, 1, None) for sid, t in texts.items()])
        t0 = time.perf_counter()
        library.index  # noqa: B018 - build it, to time it apart
        t1 = time.perf_counter()
        result = review_draft(draft, library)
        t2 = time.perf_counter()
        baseline = naive(draft_text, texts)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{len(texts):>8} {mb:>6.2f} {len(result.claims):>7} {t1 - t0:>8.2f} "
              f"{t2 - t1:>8.2f} {t2 - t0:>11.2f} {baseline:>8.2f} {peak:>8.0f}  "
              f"{result.counts()}")  # fmt: skip


if __name__ == "__main__":
    main()
