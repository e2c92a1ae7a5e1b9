"""The conflicts report on real corpora, scored against hand-listed disagreements.

    python benchmarks/disagreements.py [--corpus NAME ...] [--show] [--held-out]

Each corpus (the shared news corpora and factbase's own, see ``benchmarks/news.py``) is run
the way a user runs it: its pages are added to a fresh SQLite database with their metadata,
``extract --add`` stores every sentence with a checkable fact as a claim, and the conflicts
report is built. The report is scored against the corpus's ``conflicts.json``:

- **hard found**: listed ``hard`` disagreements (the same quantity at the same moment given
  different values) for which some reported conflict holds two of its sides, from two files, in
  value groups that clash. Every one must be found;
- **precision**: share of reported conflicts that hold two sides of a listed disagreement (hard
  or soft) in clashing value groups. Target at least 90%;
- **notation-only**: reported conflicts whose clashing groups hold two forms of one listed
  ``agreements_in_different_notation`` entry (the same fact written differently). Must be 0;
- **not-conflicts**: reported conflicts whose clashing groups hold two sides of a listed
  look-alike (``benchmarks/conflict_labels/<topic>.json``: the corpus's ``not_conflicts``
  sentences with the quotes they speak of), but for two sides that a listed disagreement sets
  against each other (a look-alike may quote them for its context). Must be 0;
- **revisions**: revision timelines reported, and how many of them hold a listed look-alike
  (where a successive estimate belongs).

A statement holds a side when it comes from the side's file, the value it gives (its fact's
offsets; its passage for a claim's own words) lies in the side's quote, and, where the list
gives the side's value with figures, the fact shares one of them: a quote often holds several
figures ("$194 million overseas for a worldwide total of about $382 million"), and a conflict
over another of them is not the one listed. A conflict that holds no
listed pair counts as unexplained; ``--show`` prints those (tuning corpora only unless
``--held-out``).

Corpora in ``news.HELD_OUT`` are never looked at conflict by conflict while the rules change.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from news import CACHE, HELD_OUT, OWN, ROOT, SHARED_NEWS  # noqa: E402

from factbase.conflicts import ConflictReport, build_report  # noqa: E402
from factbase.extraction import all_source_ids, extract_claims  # noqa: E402
from factbase.sources.versions import add_source  # noqa: E402
from factbase.store.db import open_db, session_scope  # noqa: E402

LABELS = ROOT / "benchmarks" / "conflict_labels"


@dataclass(frozen=True)
class Side:
    file: str
    start: int
    end: int
    value: str = ""  # the value the list gives for this side, where it says


@dataclass
class Listed:
    about: str
    strength: str  # hard | soft | notation | not
    sides: list[Side]


@dataclass
class CorpusScore:
    name: str
    held_out: bool
    hard: int = 0
    hard_found: int = 0
    reported: int = 0
    right: int = 0
    notation: int = 0
    not_conflicts: int = 0
    revisions: int = 0
    revisions_listed: int = 0
    seconds: float = 0.0
    missed: list[str] = field(default_factory=list)
    unexplained: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def _side(texts: dict[str, str], file: str, quote: str, value: str = "") -> Side | None:
    text = texts.get(file)
    if text is None:
        return None
    at = text.find(quote)
    if at < 0:
        return None
    return Side(file, at, at + len(quote), value)


def load_listed(folder: Path, texts: dict[str, str]) -> list[Listed]:
    data = json.loads((folder / "conflicts.json").read_text(encoding="utf-8"))
    out: list[Listed] = []
    for c in data.get("conflicts", []):
        sides = [_side(texts, s["file"], s["quote"], s.get("value", "")) for s in c["sides"]]
        out.append(Listed(c["about"], c["strength"], [s for s in sides if s]))
    for a in data.get("agreements_in_different_notation", []):
        sides = [_side(texts, s["file"], s["quote"]) for s in a["forms"]]
        out.append(Listed(a["about"], "notation", [s for s in sides if s]))
    labels = LABELS / f"{folder.name}.json"
    if labels.is_file():
        for n in json.loads(labels.read_text(encoding="utf-8")).get("not_conflicts", []):
            sides = [_side(texts, s["file"], s["quote"]) for s in n["sides"]]
            out.append(Listed(n["note"], "not", [s for s in sides if s]))
    return out


def build(folder: Path, name: str) -> tuple[ConflictReport, dict[str, str]] | None:
    meta = json.loads((folder / "sources.json").read_text(encoding="utf-8"))
    texts: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="factbase-bench-") as tmp:
        engine = open_db(str(Path(tmp) / "bench.db"), {})
        try:
            with session_scope(engine) as session:
                for m in meta:
                    path = CACHE / name / m["file"]
                    if not path.is_file():
                        print(f"  {name}: {path} missing; corpus skipped", file=sys.stderr)
                        return None
                    add_source(
                        session,
                        path=path,
                        source_id=m["file"],
                        title=m.get("title"),
                        publisher=m.get("publisher"),
                        published=m.get("published"),
                        url=m.get("url"),
                    )
                    texts[m["file"]] = path.read_text(encoding="utf-8")
                extract_claims(session, source_ids=all_source_ids(session), add=True)
                report = build_report(session)
        finally:
            engine.dispose()
    return report, texts


def _holds(stmt_spans: Iterable[tuple[str, int, int, str]], side: Side) -> bool:
    return any(
        src == side.file and start < side.end and side.start < end
        and _gives(fact, side.value)
        for src, start, end, fact in stmt_spans
    )


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def _figures(text: str) -> set[str]:
    return {f.replace(",", "").rstrip(".") for f in _FIGURE.findall(text)}


def _gives(fact: str, value: str) -> bool:
    """Does a statement whose fact reads ``fact`` give the value a side lists (a figure of the
    one in the other, where both have figures)? A quote may hold several figures, and a
    statement of another of them does not hold the side."""
    mine, listed = _figures(fact), _figures(value)
    return not mine or not listed or bool(mine & listed)


def _span(s: object) -> tuple[str, int, int, str]:
    """Where a statement gives its value (the fact's own offsets when known, else its passage),
    and the fact as written."""
    fact = s.fact_text or ""  # type: ignore[attr-defined]
    if s.fact_start >= 0:  # type: ignore[attr-defined]
        return (s.source, s.fact_start, s.fact_end, fact)  # type: ignore[attr-defined]
    return (s.source, s.start, s.end, fact)  # type: ignore[attr-defined]


def _groups(conflict: object) -> list[list[tuple[str, int, int, str]]]:
    return [
        [_span(s) for s in v.statements]
        for v in conflict.values  # type: ignore[attr-defined]
        if not v.fits_all
    ]


def _overlap(a: Side, b: Side) -> bool:
    return a.file == b.file and a.start < b.end and b.start < a.end


def _set_against(a: Side, b: Side, disagreements: Sequence[Listed]) -> bool:
    """Does a listed disagreement quote ``a`` and ``b`` (or passages overlapping them) as two
    of its sides?"""
    return any(
        any(_overlap(a, x) and _overlap(b, y) for x in d.sides for y in d.sides if x != y)
        for d in disagreements
    )


def _clash(
    groups: Sequence[Sequence[tuple[str, int, int, str]]],
    sides: Sequence[Side],
    disagreements: Sequence[Listed] = (),
) -> bool:
    """Do two different groups hold two different sides, but for two sides one of
    ``disagreements`` sets against each other?"""
    for i, a in enumerate(sides):
        for b in sides[i + 1:]:
            if a == b or _set_against(a, b, disagreements):
                continue
            for gi, ga in enumerate(groups):
                for gj, gb in enumerate(groups):
                    if gi != gj and _holds(ga, a) and _holds(gb, b):
                        return True
    return False


def _describe(conflict: object) -> str:
    parts = []
    for v in conflict.values:  # type: ignore[attr-defined]
        where = ", ".join(sorted({s.source for s in v.statements}))
        parts.append(f"{v.value} [{where}]")
    return f"{conflict.summary[:90]}  ::  " + " | ".join(parts)  # type: ignore[attr-defined]


def score(folder: Path, name: str) -> CorpusScore | None:
    began = time.perf_counter()
    built = build(folder, name)
    if built is None:
        return None
    report, texts = built
    listed = load_listed(folder, texts)
    sc = CorpusScore(name, name in HELD_OUT, seconds=time.perf_counter() - began)
    conflict_groups = [(c, _groups(c)) for c in report.conflicts]
    # Two quotes a listed disagreement sets against each other disagree, whatever look-alike
    # entry quotes both for its context ("20 firefighters in the towers, of the 400 or 500").
    disagreeing = [i for i in listed if i.strength in ("hard", "soft")]
    for item in listed:
        if item.strength != "hard":
            continue
        sc.hard += 1
        if any(_clash(g, item.sides) for _, g in conflict_groups):
            sc.hard_found += 1
        else:
            sc.missed.append(item.about)
    for c, groups in conflict_groups:
        sc.reported += 1
        kinds = {
            i.strength for i in listed
            if _clash(groups, i.sides, disagreeing if i.strength == "not" else ())
        }
        if kinds & {"hard", "soft"}:
            sc.right += 1
        if "notation" in kinds:
            sc.notation += 1
            sc.wrong.append("notation: " + _describe(c))
        if "not" in kinds:
            sc.not_conflicts += 1
            sc.wrong.append("not-a-conflict: " + _describe(c))
        if not kinds:
            sc.unexplained.append(_describe(c))
    for r in getattr(report, "revisions", []):
        sc.revisions += 1
        spans = [_span(s) for v in r.values for s in v.statements]
        if any(
            i.strength == "not" and sum(_holds(spans, s) for s in i.sides) >= 2 for i in listed
        ):
            sc.revisions_listed += 1
    return sc


def folders(names: Sequence[str] | None) -> list[tuple[Path, str]]:
    out = []
    for base in (SHARED_NEWS, OWN):
        if not base.is_dir():
            continue
        for folder in sorted(p for p in base.iterdir() if (p / "conflicts.json").is_file()):
            if not names or folder.name in names:
                out.append((folder, folder.name))
    return out


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "    -"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", nargs="*", help="only these corpora")
    ap.add_argument("--show", action="store_true", help="print missed and unexplained ones")
    ap.add_argument("--held-out", action="store_true", help="--show held-out corpora too")
    args = ap.parse_args(argv)
    scores = [s for f, n in folders(args.corpus) if (s := score(f, n)) is not None]
    head = (
        f"{'corpus':12} {'hard found':>11} {'reported':>8} {'precision':>9} "
        f"{'notation':>8} {'not-confl':>9} {'revisions':>9} {'time':>6}"
    )
    print(head)
    for group, rows in (
        ("tuning", [s for s in scores if not s.held_out]),
        ("held out", [s for s in scores if s.held_out]),
    ):
        for s in rows:
            print(
                f"{s.name:12} {s.hard_found:>4}/{s.hard:<4}{pct(s.hard_found, s.hard):>3} "
                f"{s.reported:>8} {pct(s.right, s.reported):>9} {s.notation:>8} "
                f"{s.not_conflicts:>9} {s.revisions:>9} {s.seconds:>5.1f}s"
            )
        if rows:
            h, f = sum(s.hard for s in rows), sum(s.hard_found for s in rows)
            r, ok = sum(s.reported for s in rows), sum(s.right for s in rows)
            print(
                f"{'= ' + group:12} {f:>4}/{h:<4}{pct(f, h):>3} {r:>8} {pct(ok, r):>9} "
                f"{sum(s.notation for s in rows):>8} {sum(s.not_conflicts for s in rows):>9} "
                f"{sum(s.revisions for s in rows):>9}"
            )
    if args.show:
        for s in scores:
            if s.held_out and not args.held_out:
                continue
            for label, items in (
                ("missed", s.missed), ("wrong", s.wrong), ("unexplained", s.unexplained)
            ):
                for text in items:
                    print(f"{s.name} {label}: {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
