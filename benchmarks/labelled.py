"""factbase against a plain fuzzy-matching baseline on the hand-labelled claims.

Reads tests/labelled_claims.csv (claims over the bundled Rotherham articles, each labelled
supported, contradicted or unsupported) and prints, side by side, the confusion matrix of
factbase and of a baseline: rapidfuzz ``partial_ratio`` of the normalised claim against each
normalised sentence of the source, the best sentence wins, and the claim is supported when that
score reaches a threshold, otherwise unsupported. The baseline cannot say contradicted. Its
threshold is the single one that does best on this table, which flatters it.

    python benchmarks/labelled.py
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from factbase.analysis.facts import parse_reference_date
from factbase.analysis.sentences import sentence_spans
from factbase.analysis.text import norm
from factbase.analysis.verdicts import analyse

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "rotherham"
TABLE = ROOT / "tests" / "labelled_claims.csv"

LABELS = ("supported", "contradicted", "unsupported")
KINDS = ("number", "date", "range", "comparator", "negation", "name")
PREDICTED = {"ok": "supported", "contradicted": "contradicted", "missing": "unsupported"}


@dataclass(frozen=True)
class Row:
    source: str
    claim: str
    label: str
    kind: str


@dataclass(frozen=True)
class Outcome:
    predicted: str
    kinds: frozenset[str]  # kinds of the differences reported


def load() -> tuple[list[Row], dict[str, str], dict[str, str]]:
    """The labelled rows, each source's text, and each source's publication date."""
    with TABLE.open(encoding="utf-8", newline="") as f:
        rows = [Row(r["source"], r["claim"], r["label"], r["kind"]) for r in csv.DictReader(f)]
    meta = json.loads((CORPUS / "sources.json").read_text(encoding="utf-8"))
    texts = {m["id"]: (CORPUS / m["file"]).read_text(encoding="utf-8") for m in meta}
    published = {m["id"]: m["published"] for m in meta}
    return rows, texts, published


def run_factbase(
    rows: Sequence[Row], texts: dict[str, str], published: dict[str, str]
) -> list[Outcome]:
    out = []
    for row in rows:
        a = analyse(
            row.claim, texts[row.source], reference=parse_reference_date(published[row.source])
        )
        out.append(Outcome(PREDICTED[a.status], frozenset(d.kind for d in a.differences)))
    return out


def baseline_scores(rows: Sequence[Row], texts: dict[str, str]) -> list[float]:
    """Best partial_ratio of the normalised claim against any single normalised sentence."""
    sentences = {
        sid: [norm(text[s.start:s.end]) for s in sentence_spans(text)]
        for sid, text in texts.items()
    }
    scores = []
    for row in rows:
        nc = norm(row.claim)
        scores.append(
            max(
                (fuzz.partial_ratio(nc, s, processor=None) for s in sentences[row.source]),
                default=0.0,
            )
        )
    return scores


def best_threshold(rows: Sequence[Row], scores: Sequence[float]) -> tuple[float, float, int]:
    """The threshold with the most rows right, its range of equivalent values, and that count.

    Every threshold between two neighbouring observed scores does the same; the lowest
    observed score of the best band is returned, with the score just below it.
    """
    cuts = sorted(set(scores)) + [101.0]
    best: tuple[int, float] | None = None
    for t in cuts:
        predicted = ["supported" if s >= t else "unsupported" for s in scores]
        right = sum(r.label == p for r, p in zip(rows, predicted, strict=True))
        if best is None or right > best[0]:
            best = (right, t)
    assert best is not None
    right, t = best
    below = max((s for s in scores if s < t), default=0.0)
    return t, below, right


def confusion(rows: Sequence[Row], predicted: Sequence[str]) -> dict[tuple[str, str], int]:
    table = {(a, b): 0 for a in LABELS for b in LABELS}
    for row, p in zip(rows, predicted, strict=True):
        table[row.label, p] += 1
    return table


def accuracy(rows: Sequence[Row], predicted: Sequence[str]) -> float:
    return sum(r.label == p for r, p in zip(rows, predicted, strict=True)) / len(rows)


def _matrix_lines(table: dict[tuple[str, str], int]) -> list[str]:
    head = "".join(f"{p:>13}" for p in LABELS)
    corner = "label \\ predicted"
    lines = [f"{corner:<18}{head}"]
    for a in LABELS:
        lines.append(f"{a:<18}" + "".join(f"{table[a, b]:>13}" for b in LABELS))
    return lines


def main() -> None:
    rows, texts, published = load()
    started = time.perf_counter()
    fb = run_factbase(rows, texts, published)
    fb_seconds = time.perf_counter() - started
    scores = baseline_scores(rows, texts)
    threshold, below, _ = best_threshold(rows, scores)
    base = ["supported" if s >= threshold else "unsupported" for s in scores]
    fb_pred = [o.predicted for o in fb]

    counts = {lab: sum(r.label == lab for r in rows) for lab in LABELS}
    print(
        f"{len(rows)} labelled claims from {TABLE.relative_to(ROOT)}: "
        + ", ".join(f"{counts[lab]} {lab}" for lab in LABELS)
    )
    print(
        f"baseline: best partial_ratio of the claim against one sentence, supported if >= "
        f"{threshold:.1f} (the best single threshold on this table; any value in "
        f"({below:.1f}, {threshold:.1f}] does as well)"
    )
    print()
    left = _matrix_lines(confusion(rows, fb_pred))
    right = _matrix_lines(confusion(rows, base))
    width = max(len(s) for s in left) + 6
    print(f"{'factbase':<{width}}baseline (partial_ratio >= {threshold:.1f})")
    for a, b in zip(left, right, strict=True):
        print(f"{a:<{width}}{b}")
    print()
    print(
        f"accuracy: factbase {accuracy(rows, fb_pred):.3f}    baseline "
        f"{accuracy(rows, base):.3f}"
    )
    false_contra = sum(
        r.label == "supported" and p == "contradicted"
        for r, p in zip(rows, fb_pred, strict=True)
    )
    print(f"supported claims reported contradicted by factbase: {false_contra}")
    print()
    print("contradicted claims by changed fact: detected as contradicted (with the right kind)")
    print(f"{'kind':<12}{'rows':>6}{'factbase':>18}{'baseline':>12}")
    for kind in KINDS:
        idx = [i for i, r in enumerate(rows) if r.label == "contradicted" and r.kind == kind]
        detected = [i for i in idx if fb[i].predicted == "contradicted"]
        right_kind = [i for i in detected if kind in fb[i].kinds]
        base_detected = sum(base[i] == "contradicted" for i in idx)
        print(
            f"{kind:<12}{len(idx):>6}{f'{len(detected)} ({len(right_kind)})':>18}"
            f"{base_detected:>12}"
        )
    print()
    print(f"factbase: {fb_seconds:.2f} s for {len(rows)} claims")


if __name__ == "__main__":
    main()
