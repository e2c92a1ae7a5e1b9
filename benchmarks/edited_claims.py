"""Wrong facts called ``ok``, measured on many more claims than the labels give: every labelled
supported claim that ``check`` calls ``ok`` is edited so that one fact is wrong, and each edited
claim is checked against the same source. None may be called ``ok``.

    python benchmarks/edited_claims.py [--corpus NAME ...] [--show]

The edits, one fact at a time, each made where the claim allows it:

- ``number``: the first digits of a number raised (by 1 below 10, else by a tenth);
- ``year``: a four-digit year plus one;
- ``month``: a month name turned into the next month;
- ``name``: a capitalised name of the claim (not its first word) replaced by a name of the
  same source that the claim does not use (the first such name in alphabetical order after the
  claim's id, so every run edits alike);
- ``opposite``: the first word of a pair of opposites ("rose" / "fell", "before" / "after",
  "won" / "lost" ...) turned into the other;
- ``negation``: "not" put after the first auxiliary ("was", "will", "had" ...);
- ``swap``: the first two values of one kind and unit with different values (two numbers, two
  dates) given each other's places ("won 365 seats; Labour 203" / "won 203 seats; Labour 365").

An edit can leave a claim true (the source may say the other value too: "8 Britons and 8
Chinese"), so a small count of ``ok`` is to be read claim by claim; ``--show`` lists them for the
tuning corpora only (held-out corpora are never read claim by claim, as in ``news.py``). The
baseline is the rapidfuzz one of ``news.py`` (its threshold tuned on the tuning corpora): it
calls an edited claim supported when its best ``partial_ratio`` reaches the threshold.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from news import (  # noqa: E402
    Corpus,
    Item,
    baseline_score,
    check,
    corpora,
    score_corpus,
    tune_threshold,
)

from factbase.analysis.facts import extract  # noqa: E402

MONTHS = (
    "January February March April May June July August September October November December"
).split()
# Pairs whose swap changes a fact wherever the word stands ("up" and "down" are left out: "set
# up", "melted down").
OPPOSITES = (
    ("rose", "fell"), ("increased", "decreased"), ("won", "lost"), ("before", "after"),
    ("more than", "fewer than"), ("first", "last"), ("approved", "rejected"),
    ("higher", "lower"), ("largest", "smallest"), ("above", "below"), ("early", "late"),
    ("north", "south"), ("east", "west"), ("men", "women"), ("earlier", "later"),
)
AUXILIARY = re.compile(r"\b(?:was|were|is|are|has|had|have|will|would|could|can)\b")
KINDS = ("number", "year", "month", "name", "opposite", "negation", "swap")


def _pick(options: Sequence[str], key: str) -> str:
    """One of ``options``, the same for the same ``key`` in every run."""
    ordered = sorted(set(options))
    return ordered[zlib.crc32(key.encode()) % len(ordered)]


def edits(item: Item, source_text: str) -> Iterator[tuple[str, str]]:
    """(kind, edited claim) for each edit the claim allows."""
    claim = item.claim
    facts = extract(claim)
    for f in facts.of("number"):
        text = claim[f.start:f.end]
        m = re.search(r"\d+", text)
        if m is None:
            continue
        n = int(m.group(0))
        bigger = n + 1 if n < 10 else n + max(1, n // 10)
        yield "number", claim[:f.start] + text[:m.start()] + str(bigger) + text[m.end():] + (
            claim[f.end:]
        )
        break
    for f in facts.of("date"):
        text = claim[f.start:f.end]
        year = re.search(r"\b(?:1[89]|20)\d\d\b", text)
        if year is not None:
            later = str(int(year.group(0)) + 1)
            yield "year", (
                claim[:f.start] + text[:year.start()] + later + text[year.end():] + claim[f.end:]
            )
        month = next((k for k, name in enumerate(MONTHS) if name in text), None)
        if month is not None:
            yield "month", claim[:f.start] + text.replace(
                MONTHS[month], MONTHS[(month + 1) % 12]
            ) + claim[f.end:]
        break
    mine = [
        m for m in re.finditer(r"\b[A-Z][a-z]{3,}\b", claim)
        if m.start() > 0 and claim[max(0, m.start() - 2):m.start()] not in (". ", "? ", "! ")
    ]
    theirs = [
        f.text for f in extract(source_text).of("name")
        if f.text[:1].isupper() and f.text.isalpha() and len(f.text) > 3
        and f.text.lower() not in claim.lower()
    ]
    if mine and theirs:
        first = mine[0]
        other = _pick(theirs, item.id)
        yield "name", claim[:first.start()] + other + claim[first.end():]
    for a, b in OPPOSITES:
        for word, opposite in ((a, b), (b, a)):
            m = re.search(rf"\b{word}\b", claim)
            if m is not None:
                yield "opposite", claim[:m.start()] + opposite + claim[m.end():]
                break
        else:
            continue
        break
    m = AUXILIARY.search(claim)
    if m is not None and not re.search(r"\bnot\b|n't\b|\bnever\b", claim):
        yield "negation", claim[:m.end()] + " not" + claim[m.end():]
    values = [
        f for f in facts.facts
        if f.kind in ("number", "date") and not (f.unit or "").startswith("#")
    ]
    swap = next(
        (
            (a, b) for i, a in enumerate(values) for b in values[i + 1:]
            if a.kind == b.kind and a.unit == b.unit and a.value != b.value
            and claim[a.start:a.end] != claim[b.start:b.end]
        ),
        None,
    )
    if swap is not None:
        a, b = swap
        yield "swap", (
            claim[:a.start] + claim[b.start:b.end] + claim[a.end:b.start] + claim[a.start:a.end]
            + claim[b.end:]
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="*", help="only these corpora (names of folders)")
    parser.add_argument("--show", action="store_true", help="list edited claims called ok "
                        "(tuning corpora)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    loaded: list[Corpus] = [c for c in corpora(args.corpus) if c.name != "bundled"]
    tuning = [s for c in loaded if not c.held_out for s in score_corpus(c)]
    threshold = tune_threshold(tuning) if tuning else 0.0
    counts: dict[str, Counter[str]] = {"tuning": Counter(), "held-out": Counter()}
    shown: list[str] = []
    for c in loaded:
        split = "held-out" if c.held_out else "tuning"
        for item in c.items:
            if item.label != "supported":
                continue
            source = c.sources[item.source]
            status, _result, _error = check(item, source)
            if status != "supported":
                continue
            for kind, text in edits(item, source.text):
                if text == item.claim:
                    continue
                edited = Item(item.id, text, item.source, "contradicted", kind)
                counts[split][kind, "edited"] += 1
                if check(edited, source)[0] == "supported":
                    counts[split][kind, "ok"] += 1
                    if split == "tuning":
                        shown.append(f"{item.id} {kind}: {text}")
                if baseline_score(text, source.text) >= threshold:
                    counts[split][kind, "baseline"] += 1
    print("edited claims called ok (must be 0), per kind of edit; baseline: called supported")
    print(f"{'split':9} {'edit':9} {'edited':>7} {'factbase ok':>12} {'baseline':>9}")
    print("-" * 50)
    for split, counter in counts.items():
        for kind in (*KINDS, "all"):
            if kind == "all":
                n = sum(counter[k, "edited"] for k in KINDS)
                ok = sum(counter[k, "ok"] for k in KINDS)
                base = sum(counter[k, "baseline"] for k in KINDS)
            else:
                n, ok, base = (counter[kind, x] for x in ("edited", "ok", "baseline"))
            if n:
                print(f"{split:9} {kind:9} {n:7} {ok:12} {base:9}")
    print(f"\nbaseline threshold {threshold:.1f} (tuned on the tuning corpora); "
          f"{time.perf_counter() - started:.1f} s")
    if args.show:
        print("\n".join(["", "tuning corpora: edited claims called ok", *shown]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
