"""``review`` on real articles: drafts made of the labelled news claims, scored beside ``check``.

    python benchmarks/review_news.py [--corpus NAME ...] [--no-pooled] [--cli NAME | --no-cli]
                                     [--per-paragraph N] [--failures [--held-out]]

The corpora are those of ``benchmarks/news.py`` (the shared news corpora, factbase's own and the
bundled table), loaded the same way. For each corpus the claims are pasted into one plain-text
draft, each its own sentence (a full stop added when it ends without one), ``--per-paragraph``
claims to a paragraph, and the draft is read and reviewed exactly as ``factbase review`` does it
(``read_draft``, ``Library``, ``review_draft``) against a library of that corpus's sources.
Then one draft of every corpus's claims is reviewed against one library of every corpus's
sources ("pooled"). Source ids are ``<corpus>-<file>``.

A review claim belongs to the labelled claim whose span in the draft holds it; a claim written
as several sentences gets one review verdict per sentence, combined: supported when every one
is, contradicted (or disputed) when one is, else unsupported. A claim none of whose sentences
review treats as a claim (no checkable fact, no quotation) is **unchecked**: counted apart and
scored as unsupported. A review sentence that runs over two claims is counted as **merged**.

Figures, beside ``check`` of the same claim against its one labelled source (``news.check``,
the verdict ``benchmarks/news.py`` scores), in the same run:

- **review**: the review verdict in the three classes of the labels: ``supported``;
  ``contradicted`` and ``disputed`` (some sources agree, others contradict) as contradicted,
  since the label says the claim's one source contradicts it; ``unsupported`` and unchecked as
  unsupported. The labels are judged against one source, the review against all: a claim
  labelled unsupported that another source states (change ``other-source``) is rightly
  supported by the review and counts wrong here; such claims are counted in ``other→sup``.
- **on source**: what the review says of the labelled source alone (its evidence ``ok``,
  ``contradicted``, else nothing): the like-for-like comparison with ``check``.
- **found**: of the claims labelled supported, the share whose labelled source is among the
  sources the review gives as supporting evidence; **found|chk ok** the same share of those
  that ``check`` supports against that source (what locating alone can reach).
- **wrong→sup**: claims labelled contradicted that are called supported, the worst error, by
  ``check``, by the review, and with the labelled source itself given as support.
- **disp**: claims called disputed; for those labelled supported, how many have the support and
  the contradiction on two sides of a disagreement ``conflicts.json`` lists.

A claim labelled supported whose source is not among the support, or labelled contradicted whose
source is not among the contradiction, is put down to one cause: no sentence of the claim is
checked (and whether it has a fact ``check`` compares at all); the source's deciding sentence (its
``evidence``) is not in the index (a run-on sentence, a heading or a line too terse for prose);
the index ranks its family below the families asked for, or below those judged, or under the
score share; or it was judged, and ``check`` on the excerpt differs from ``check`` on the whole
source, or agrees with it.

``--cli NAME`` also runs that corpus through the command line (``source add`` for each page,
``review --json``) on a temporary database and says whether its verdicts and evidence are the
ones the in-process review gave. Corpora in ``news.HELD_OUT`` are scored in aggregate only:
``--failures`` lists the claims of the tuning corpora unless ``--held-out`` is given.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import news  # noqa: E402

from factbase import review as review_mod  # noqa: E402
from factbase.analysis.facts import extract  # noqa: E402
from factbase.analysis.sentences import sentence_spans  # noqa: E402
from factbase.analysis.statements import (  # noqa: E402
    COMPARED_KINDS,
    MAX_STATEMENT_CHARS,
    STATED_KINDS,
    make_unit,
)
from factbase.claims import clean_claim  # noqa: E402
from factbase.library import Library, LibrarySource  # noqa: E402
from factbase.review import ClaimReview, Evidence, Review, review_draft  # noqa: E402
from factbase.sources.drafts import read_draft  # noqa: E402

ROOT = news.ROOT
TERMINAL = ".!?"
CLOSERS = "\"'\u201d\u2019)]"
CLASS_OF = {"supported": "supported", "contradicted": "contradicted", "disputed": "contradicted",
            "unsupported": "unsupported", "unchecked": "unsupported"}  # fmt: skip
ON_SOURCE = {"ok": "supported", "contradicted": "contradicted"}
STATUSES = ("supported", "contradicted", "disputed", "unsupported", "unchecked")


@dataclass(frozen=True)
class Placed:
    """A labelled claim as pasted into a draft: its span in the draft's text."""

    corpus: str
    item: news.Item
    held_out: bool
    evidence: str | None
    start: int
    end: int

    @property
    def source_id(self) -> str:
        return qualified(self.corpus, self.item.source)

    @property
    def split(self) -> str:
        return "held-out" if self.held_out else ("bundled" if self.corpus == "bundled" else
                                                 "tuning")  # fmt: skip


@dataclass
class Outcome:
    """What the review said of one labelled claim, beside ``check``'s verdict."""

    placed: Placed
    parts: list[ClaimReview]
    merged: bool
    status: str  # one of STATUSES
    on_source: str  # supported | contradicted | unsupported
    found: bool  # the labelled source is among the supporting evidence
    verify: str  # check's verdict against the labelled source, in the label's classes
    known_conflict: bool = False  # support and contradiction on two sides of a labelled one
    cause: str | None = None

    @property
    def label(self) -> str:
        return self.placed.item.label

    @property
    def verdict(self) -> str:
        return CLASS_OF[self.status]


def qualified(corpus: str, source: str) -> str:
    return f"{corpus}-{source}"


def as_sentence(claim: str) -> str:
    """The claim on one line, ending like a sentence."""
    text = " ".join(claim.split())
    return text if text.rstrip(CLOSERS)[-1:] in TERMINAL else text + "."


# --- drafts and libraries -----------------------------------------------------------------------


def evidence_of(corpus: news.Corpus) -> dict[str, str]:
    for base in (news.SHARED_NEWS, news.OWN):
        path = base / corpus.name / "claims.jsonl"
        if path.is_file():
            rows = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
            return {r["id"]: r.get("evidence") or "" for r in rows}
    return {}


Sides = list[list[tuple[str, int, int]]]


def conflict_sides(corpus: news.Corpus) -> Sides:
    """Each labelled disagreement (``conflicts.json``) as the passages stating its sides."""
    out: Sides = []
    for base in (news.SHARED_NEWS, news.OWN):
        path = base / corpus.name / "conflicts.json"
        if not path.is_file():
            continue
        for conflict in json.loads(path.read_text("utf-8"))["conflicts"]:
            sides = []
            for side in conflict["sides"]:
                at = corpus.sources[side["file"]].text.find(side["quote"])
                if at >= 0:
                    sides.append((qualified(corpus.name, side["file"]), at,
                                  at + len(side["quote"])))  # fmt: skip
            out.append(sides)
    return out


def on_sides(parts: Sequence[ClaimReview], conflicts: Sides) -> bool:
    """Do the supporting and the contradicting evidence stand on different sides of one labelled
    disagreement: a dispute the corpus knows of?"""
    def side(e: Evidence, sides: list[tuple[str, int, int]]) -> int | None:
        return next((k for k, (sid, a, b) in enumerate(sides) if sid == e.source
                     and e.start is not None and e.end is not None
                     and a < e.end and b > e.start), None)  # fmt: skip

    evidence = [e for c in parts for e in c.evidence]
    for sides in conflicts:
        pro = {side(e, sides) for e in evidence if e.status == "ok"} - {None}
        con = {side(e, sides) for e in evidence if e.status == "contradicted"} - {None}
        if pro and con and pro != con:
            return True
    return False


def make_draft(corpora: Sequence[news.Corpus], per_paragraph: int) -> tuple[str, list[Placed]]:
    """One draft of every claim of ``corpora``: its text and where each claim stands."""
    text = ""
    placed: list[Placed] = []
    for c in corpora:
        evidence = evidence_of(c)
        for item in c.items:
            if placed:
                text += "\n\n" if len(placed) % per_paragraph == 0 else " "
            sentence = as_sentence(item.claim)
            placed.append(Placed(c.name, item, c.held_out, evidence.get(item.id),
                                 len(text), len(text) + len(sentence)))  # fmt: skip
            text += sentence
    return text + "\n", placed


def library_of(corpora: Sequence[news.Corpus]) -> Library:
    return Library([
        LibrarySource(qualified(c.name, s.id), s.text, 1, s.published, s.title, s.publisher,
                      s.author, s.url)
        for c in corpora for s in c.sources.values()
    ])  # fmt: skip


def run_review(draft_text: str, library: Library, folder: Path, name: str) -> Review:
    """The draft written to a file, read and reviewed as ``factbase review`` does."""
    path = folder / f"{name}.txt"
    path.write_text(draft_text, encoding="utf-8")
    return review_draft(read_draft(path), library)


# --- scoring ------------------------------------------------------------------------------------


def combine(classes: Sequence[str]) -> str:
    """A claim's verdict from its sentences' (all supported, else a contradiction, else not)."""
    if not classes:
        return "unchecked"
    if all(c == "supported" for c in classes):
        return "supported"
    for worst in ("contradicted", "disputed"):
        if worst in classes:
            return worst
    return "unsupported"


def outcomes(
    result: Review,
    placed: Sequence[Placed],
    verify: dict[str, str],
    conflicts: Sides,
) -> list[Outcome]:
    out = []
    for p in placed:
        parts = [c for c in result.claims if c.text_start < p.end and c.text_end > p.start]
        merged = any(c.text_start < p.start or c.text_end > p.end for c in parts)
        sid = p.source_id
        on_source = []
        for c in parts:
            says = [ON_SOURCE.get(e.status, "unsupported") for e in c.evidence if e.source == sid]
            on_source.append("supported" if "supported" in says else
                             "contradicted" if "contradicted" in says else "unsupported")
        found = any(e.source == sid and e.status == "ok" for c in parts for e in c.evidence)
        status = combine([str(c.status) for c in parts])
        on = CLASS_OF[combine(on_source)]
        known = on_sides(parts, conflicts)
        out.append(Outcome(p, parts, merged, status, on, found, verify[p.item.id], known))
    return out


def diagnose(o: Outcome, library: Library) -> str | None:
    """Why the review does not give the labelled source's own verdict on a claim labelled
    supported (the source not among the support) or contradicted (not among the contradiction)."""
    if o.label == "unsupported" or o.on_source == o.label or (o.label == "supported" and o.found):
        return None
    if not o.parts:
        written = as_sentence(o.placed.item.claim)
        sentences = [written[s.start:s.end] for s in sentence_spans(written)]
        if not any(extract(t).of(*STATED_KINDS) for t in sentences):
            return "unchecked: no fact check compares (value, ordinal, time, name, negation)"
        return "unchecked: such a fact, but not read as a statement"
    if o.merged:
        return "merged with the next claim into one sentence"
    index = library.index
    sid = o.placed.source_id
    text = library.sources[sid].text
    ev = o.placed.evidence or ""
    at = text.find(ev) if ev else -1
    mine = {pos for pos, u in enumerate(index.units) if u.source_id == sid
            and (at < 0 or (u.start < at + len(ev) and u.end > at))}  # fmt: skip
    if not mine:
        return "not in the index: " + why_not_indexed(text, at, at + len(ev))
    claim = clean_claim(o.parts[0].text)
    unit = make_unit(-1, "draft", claim, 0, len(claim), None)
    ranked = index.candidates(unit, len(index.families))
    rank = next((k for k, (_, fam) in enumerate(ranked)
                 if mine & set(index.families[fam])), None)  # fmt: skip
    if rank is None:
        return "the index shares no word with the deciding sentence"
    if rank >= review_mod.CANDIDATE_FAMILIES:
        return f"the index ranks it below the first {review_mod.CANDIDATE_FAMILIES}"
    if rank >= review_mod.JUDGED_FAMILIES:
        return f"the index ranks it {review_mod.JUDGED_FAMILIES + 1}-" \
               f"{review_mod.CANDIDATE_FAMILIES}: asked for, not judged"
    if ranked[rank][0] < review_mod.MIN_SCORE_SHARE * ranked[0][0]:
        return "ranked, but under the score share of the best family"
    if o.verify == o.label:
        return "judged on an excerpt: check there differs from check on the whole source"
    return f"judged: check says {o.verify}, as against the whole source"


def why_not_indexed(text: str, start: int, end: int) -> str:
    """Why no sentence of ``text[start:end]`` is a statement the library indexes."""
    if start < 0:
        return "the deciding sentence is unknown"
    spans = [s for s in sentence_spans(text) if s.start < end and s.end > start]
    sentences = [text[s.start:s.end] for s in spans]
    if any(len(t) > MAX_STATEMENT_CHARS for t in sentences):
        return f"its sentence runs over {MAX_STATEMENT_CHARS} characters (no break found)"
    if not any(extract(t).of(*COMPARED_KINDS) for t in sentences):
        return "a heading, a list or table row with no value (too few words or stop words)"
    return "a line with a value, too few words or stop words, not a list or table row"


@dataclass
class Figures:
    n: int = 0
    unchecked: int = 0
    merged: int = 0
    verify_right: int = 0
    review_right: int = 0
    on_source_right: int = 0
    contradicted: int = 0
    wrong_sup_verify: int = 0
    wrong_sup_review: int = 0
    wrong_sup_on_source: int = 0
    disputed: int = 0
    supported: int = 0
    found: int = 0
    checked_ok: int = 0  # labelled supported, and check supports it against its source
    found_checked_ok: int = 0
    other_sup: int = 0
    other: int = 0


def figures(rows: Sequence[Outcome]) -> Figures:
    f = Figures()
    for o in rows:
        f.n += 1
        f.unchecked += o.status == "unchecked"
        f.merged += o.merged
        f.verify_right += o.verify == o.label
        f.review_right += o.verdict == o.label
        f.on_source_right += o.on_source == o.label
        f.disputed += o.status == "disputed"
        if o.label == "contradicted":
            f.contradicted += 1
            f.wrong_sup_verify += o.verify == "supported"
            f.wrong_sup_review += o.verdict == "supported"
            f.wrong_sup_on_source += o.on_source == "supported"
        if o.label == "supported":
            f.supported += 1
            f.found += o.found
            if o.verify == "supported":
                f.checked_ok += 1
                f.found_checked_ok += o.found
        if o.placed.item.change == "other-source":
            f.other += 1
            f.other_sup += o.verdict == "supported"
    return f


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "    -"


HEADER = (f"{'corpus':<12} {'split':<8} {'claims':>6} {'unchk':>5}  {'check':>6} {'review':>6} "
          f"{'on src':>6}  {'wrong→sup chk/rev/src':>21} {'disp':>4}  {'found':>13} "
          f"{'found|chk ok':>14} {'other→sup':>9} {'merged':>6}")  # fmt: skip


def row(name: str, split: str, f: Figures) -> str:
    wrong = f"{f.wrong_sup_verify}/{f.wrong_sup_review}/{f.wrong_sup_on_source} of {f.contradicted}"
    found = f"{pct(f.found, f.supported)} {f.found:>3}/{f.supported:<3}"
    found_ok = f"{pct(f.found_checked_ok, f.checked_ok)} {f.found_checked_ok:>3}/{f.checked_ok:<3}"
    return (f"{name:<12} {split:<8} {f.n:>6} {f.unchecked:>5}  {pct(f.verify_right, f.n):>6} "
            f"{pct(f.review_right, f.n):>6} {pct(f.on_source_right, f.n):>6}  {wrong:>21} "
            f"{f.disputed:>4}  {found:>13} {found_ok:>14} {f.other_sup:>4}/{f.other:<4} "
            f"{f.merged:>6}")  # fmt: skip


def table(title: str, rows: Sequence[Outcome], per_corpus: bool) -> None:
    print(f"\n{title}")
    print(HEADER)
    print("-" * len(HEADER))
    by_corpus: dict[str, list[Outcome]] = defaultdict(list)
    by_split: dict[str, list[Outcome]] = defaultdict(list)
    for o in rows:
        by_corpus[o.placed.corpus].append(o)
        by_split[o.placed.split].append(o)
    if per_corpus:
        for name, group in by_corpus.items():
            print(row(name, group[0].placed.split, figures(group)))
        print("-" * len(HEADER))
    for split, group in by_split.items():
        print(row(f"all {split}", "", figures(group)))
    print(row("overall", "", figures(rows)))


def details(rows: Sequence[Outcome]) -> None:
    for split in ("tuning", "held-out", "bundled"):
        group = [o for o in rows if o.placed.split == split]
        if not group:
            continue
        print(f"\n{split}: review status per label (columns), and check's verdict")
        print(f"{'':<14}" + "".join(f"{s:>13}" for s in STATUSES) + "   | check: "
              + " ".join(f"{c[:6]:>6}" for c in news.LABELS))
        for label in news.LABELS:
            mine = [o for o in group if o.label == label]
            counts = Counter(o.status for o in mine)
            checks = Counter(o.verify for o in mine)
            print(f"{label:<14}" + "".join(f"{counts[s]:>13}" for s in STATUSES) + "   |        "
                  + " ".join(f"{checks[c]:>6}" for c in news.LABELS))
        unchecked = Counter(o.label for o in group if o.status == "unchecked")
        print(f"  unchecked by label: {dict(unchecked)}")
        disputed = [o for o in group if o.label == "supported" and o.status == "disputed"]
        known = sum(o.known_conflict for o in disputed)
        print(f"  labelled supported, called disputed: {len(disputed)}; of these {known} with "
              "support and contradiction on two sides of a labelled disagreement (conflicts.json)")
        for label, what in (("supported", "whose source is not found as support"),
                            ("contradicted", "whose source is not found contradicting")):
            causes = Counter(o.cause for o in group if o.cause and o.label == label)
            print(f"  {label} claims {what}, by cause ({sum(causes.values())}):")
            for cause, n in causes.most_common():
                print(f"    {n:>4}  {cause}")


def failures(rows: Sequence[Outcome], held_out: bool) -> None:
    print("\nfailures (review wrong where check is right, the labelled source not found, or a "
          "wrong claim called supported)")
    for o in rows:
        if o.placed.held_out and not held_out:
            continue
        worse = o.verdict != o.label and o.verify == o.label
        missed = o.label == "supported" and not o.found
        worst = o.label == "contradicted" and o.verdict == "supported"
        if not (worse or missed or worst):
            continue
        item = o.placed.item
        print(f"- {item.id} [{item.label}/{item.change}] check {o.verify}, review {o.status}, "
              f"on source {o.on_source}{', found' if o.found else ''}: {item.claim}")
        if o.cause:
            print(f"    cause: {o.cause}")
        for c in o.parts:
            if c.note:
                print(f"    note: {c.note}")
            for e in c.evidence[:6]:
                passage = " ".join((e.passage or "").split())[:160]
                print(f"    {e.status:<12} {e.source:<16} {passage}")


# --- the command line ---------------------------------------------------------------------------


def cli_review(corpus: news.Corpus, draft_text: str, folder: Path) -> dict[str, object]:
    """The corpus through ``factbase source add`` and ``factbase review --json``."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "FACTBASE_CONFIG_DIR": str(folder / "config")}
    env.pop("FACTBASE_DB", None)
    db = folder / "cli.db"
    base = [sys.executable, "-m", "factbase", "--db", str(db)]
    for s in corpus.sources.values():
        sid = qualified(corpus.name, s.id)
        path = folder / f"{sid}.txt" if not sid.endswith(".txt") else folder / sid
        path.write_text(s.text, encoding="utf-8")
        args = [*base, "source", "add", str(path), "--id", sid]
        for option, value in (("--published", s.published), ("--title", s.title),
                              ("--publisher", s.publisher), ("--author", s.author),
                              ("--url", s.url)):  # fmt: skip
            if value:
                args += [option, value]
        done = subprocess.run(args, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"factbase source add failed ({done.returncode}): {done.stderr}")
    draft = folder / f"{corpus.name}-cli.txt"
    draft.write_text(draft_text, encoding="utf-8")
    done = subprocess.run([*base, "review", str(draft), "--json"], env=env,
                          capture_output=True, text=True)  # fmt: skip
    if done.returncode not in (0, 1):
        raise SystemExit(f"factbase review failed ({done.returncode}): {done.stderr}")
    data: dict[str, object] = json.loads(done.stdout)
    return data


def same_as_cli(result: Review, data: dict[str, object]) -> str:
    def key(c: dict[str, object]) -> tuple[object, ...]:
        ev = c["evidence"]
        assert isinstance(ev, list)
        return (c["start"], c["end"], c["status"],
                tuple(sorted((e["source"], e["status"]) for e in ev)))  # fmt: skip

    mine = [key(c.as_dict()) for c in result.claims]
    claims = data["claims"]
    assert isinstance(claims, list)
    theirs = [key(c) for c in claims]
    same = sum(a == b for a, b in zip(mine, theirs, strict=False))
    return (f"{len(theirs)} claims from the command line, {len(mine)} in process; "
            f"{same} with the same span, verdict and evidence (source, status)")


# --- main ---------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", nargs="*", help="only these corpora (names of folders, bundled)")
    ap.add_argument("--per-paragraph", type=int, default=5, help="claims to a draft paragraph")
    ap.add_argument("--no-pooled", action="store_true", help="skip the one-library review")
    ap.add_argument("--cli", default="737max", help="the corpus also run through the CLI")
    ap.add_argument("--no-cli", action="store_true")
    ap.add_argument("--failures", action="store_true", help="list failing claims (tuning corpora)")
    ap.add_argument("--held-out", action="store_true", help="with --failures: held-out too")
    args = ap.parse_args(argv)

    started = time.perf_counter()
    loaded = news.corpora(args.corpus)
    verify = {item.id: news.check(item, c.sources[item.source])[0]
              for c in loaded for item in c.items}  # fmt: skip
    t_verify = time.perf_counter() - started
    per: list[Outcome] = []
    pooled: list[Outcome] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        cli_note = None
        t_cli = 0.0
        for c in loaded:
            text, placed = make_draft([c], args.per_paragraph)
            library = library_of([c])
            result = run_review(text, library, folder, c.name)
            rows = outcomes(result, placed, verify, conflict_sides(c))
            for o in rows:
                o.cause = diagnose(o, library)
            per.extend(rows)
            if c.name == args.cli and not args.no_cli:
                t1 = time.perf_counter()
                cli_note = same_as_cli(result, cli_review(c, text, folder))
                t_cli = time.perf_counter() - t1
        t_per = time.perf_counter() - t0 - t_cli
        t0 = time.perf_counter()
        if not args.no_pooled:
            text, placed = make_draft(loaded, args.per_paragraph)
            library = library_of(loaded)
            conflicts = [sides for c in loaded for sides in conflict_sides(c)]
            pooled = outcomes(run_review(text, library, folder, "all"), placed, verify, conflicts)
            for o in pooled:
                o.cause = diagnose(o, library)
        t_pooled = time.perf_counter() - t0

    table("review, one library per corpus", per, per_corpus=True)
    if pooled:
        table("review, every corpus's sources in one library (one draft of every claim)",
              pooled, per_corpus=True)  # fmt: skip
    print(
        "\ncheck: check_text against the labelled source (news.py). review: the review verdict"
        " (disputed as contradicted,\nunchecked as unsupported). on src: the review's evidence"
        " from the labelled source alone. unchk: claims with\nno sentence review checks."
        " wrong→sup: labelled contradicted, called supported (check / review / the labelled"
        "\nsource given as support). found: labelled supported, the labelled source among the"
        " supporting evidence.\nother→sup: labelled unsupported as another source states it,"
        " called supported by review. merged: a review\nsentence runs over two claims."
    )
    details(per)
    if pooled:
        print("\n(pooled library)")
        details(pooled)
    if cli_note:
        print(f"\ncommand line ({args.cli}): {cli_note}")
    if args.failures:
        failures(per, args.held_out)
    print(f"\n(check {t_verify:.1f} s, review per corpus {t_per:.1f} s, pooled {t_pooled:.1f} s,"
          f" command line {t_cli:.1f} s; total {time.perf_counter() - started:.1f} s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
