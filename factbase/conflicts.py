"""Where sources disagree on a fact, and where they agree. Never prints.

Every claim is compared with the sentences of every source: an inverted index of word stems
(with the facts masked out) proposes candidates, a weighted similarity of the words keeps the
passages that state the same thing, and the facts of each are paired by kind and role (the
words around them). Same value in any notation: agreement. Different value: disagreement.
"""

from __future__ import annotations

import hashlib
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from factbase.analysis.facts import (
    COMPARATOR_WORDS,
    DateValue,
    Fact,
    format_value,
    parse_reference_date,
)
from factbase.analysis.statements import StemIndex, Unit, fact_key, make_unit, source_units
from factbase.analysis.text import normalize, paragraph_index, words
from factbase.sources.versions import latest_version
from factbase.store.models import Citation, Claim, Source, SourceVersion

# Candidates taken from the index for each claim before rapidfuzz-free scoring.
CANDIDATES = 40
# Similarity of two passages' words with the facts masked out (IDF-weighted cosine of stems).
# Below MIN_STATEMENT they are about different things. On the bundled corpus, restatements of
# one fact by two outlets scored 0.07-0.55 (long sentences dilute it: "commissioned ... in
# October 2013" against "announced it was commissioning ... in September 2013" is 0.16), so
# the words around the fact decide; ANCHORED_STATEMENT is the likeness at which agreeing on
# another fact is enough ("five men" in both: 0.55; two different findings of one report
# sharing no value: 0.28).
MIN_STATEMENT = 0.05
ANCHORED_STATEMENT = 0.3
# Passages this alike say the same thing in (nearly) the same words: no further evidence needed.
SAME_WORDING = 0.6
# The words around the two facts (ROLE_WINDOW content words each side) must overlap this much
# (IDF-weighted overlap coefficient), so that two dates in one sentence are not confused. On the
# bundled corpus 0.25 joins the three accounts of when the inquiry was commissioned (overlaps
# about 0.3); 0.20 also pulls in the August 2013 announcement of three other reviews, and 0.30
# loses the September/October disagreement altogether.
SAME_ROLE = 0.25
# Two sources whose word 5-gram sets overlap this much (Jaccard) are copies of one story.
SYNDICATED_JACCARD = 0.5
# Shingle hashes kept per source to estimate that similarity, and the most sources one hash may
# be shared by before it is too common to propose pairs (a stock phrase, not a copied story).
SKETCH = 64
SKETCH_HOLDERS = 25


@dataclass
class Statement:
    source: str
    passage: str
    start: int
    end: int
    claim_id: int | None
    paragraph: int
    fact_start: int  # offsets of the fact in the source text (-1 for a claim's own text)
    fact_end: int
    fact_text: str

    def as_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "passage": self.passage,
            "start": self.start,
            "end": self.end,
            "claim_id": self.claim_id,
        }


@dataclass
class ValueGroup:
    value: str
    statements: list[Statement] = field(default_factory=list)
    # A less precise value that fits every other ("2013" beside September and October 2013).
    fits_all: bool = False

    def as_dict(self) -> dict[str, object]:
        return {"value": self.value, "statements": [s.as_dict() for s in self.statements]}


@dataclass
class Conflict:
    id: str
    kind: str
    summary: str
    values: list[ValueGroup]
    topic: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "summary": self.summary,
            "values": [v.as_dict() for v in self.values],
        }

    def verdict(self) -> str:
        parts: list[str] = []
        vague: list[str] = []
        for v in self.values:
            where = ", ".join(sorted({f"{s.source} ¶{s.paragraph}" for s in v.statements}))
            (vague if v.fits_all else parts).append(f"{v.value}: {where}")
        sources = {s.source for v in self.values for s in v.statements if not v.fits_all}
        who = "one source contradicts itself" if len(sources) == 1 else "sources disagree"
        line = f"{who} on the {self.kind} · " + " · ".join(parts)
        if vague:
            line += " (fits either: " + "; ".join(vague) + ")"
        return line


@dataclass
class Corroboration:
    summary: str
    value: str
    kind: str
    sources: list[str]
    independent_sources: int
    merged: list[list[str]]
    statements: list[Statement]

    def as_dict(self) -> dict[str, object]:
        return {
            "summary": self.summary,
            "value": self.value,
            "sources": self.sources,
            "independent_sources": self.independent_sources,
            "merged": self.merged,
        }


@dataclass
class ConflictReport:
    conflicts: list[Conflict]
    corroborations: list[Corroboration]
    claims: int
    sources: int
    syndicated: list[list[str]]

    def as_dict(self) -> dict[str, object]:
        return {
            "conflicts": [c.as_dict() for c in self.conflicts],
            "corroborations": [c.as_dict() for c in self.corroborations],
        }


# --- values ----------------------------------------------------------------------------------


def value_key(f: Fact) -> tuple[object, ...]:
    return (f.kind, f.value)


def compatible(a: Fact, b: Fact) -> bool:
    """Could both facts be true of the same thing? Notation never matters, precision may."""
    if a.kind == "date" and b.kind == "date":
        av, bv = a.value, b.value
        if isinstance(av, str) or isinstance(bv, str):
            return av == bv
        assert isinstance(av, tuple) and isinstance(bv, tuple)
        return all(x is None or y is None or x == y for x, y in zip(av, bv, strict=True))
    if a.kind != b.kind:
        return False
    if a.value != b.value:
        return False
    lower, upper = {">=", ">"}, {"<=", "<"}
    ca, cb = a.comparator, b.comparator
    return not (ca in lower and cb in upper or ca in upper and cb in lower)


def display(f: Fact) -> str:
    base = format_value(f.kind, f.value)
    return f"{COMPARATOR_WORDS[f.comparator]} {base}" if f.comparator else base


def _pairable(a: Fact, b: Fact) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "range":
        return type(a.value[0]) is type(b.value[0])  # type: ignore[index]
    return True


def same_statement_pairs(u: Unit, p: Unit, index: StemIndex) -> list[tuple[Fact, Fact]]:
    """The facts of ``u`` and ``p`` that state the same thing, paired (claim fact, passage fact).

    A pair qualifies when the words around both facts overlap (``SAME_ROLE``) and either they
    share the verb of the event ("commissioned" ... "commissioning"), or the two passages are
    alike (``ANCHORED_STATEMENT``) and agree on another fact ("five men ... in 2010" against
    "five men ... in November 2020"). Two passages that differ in several facts and agree on
    none are two different statements, not a disagreement.
    """
    likeness = index.similarity(u.stems, p.stems)
    if likeness < MIN_STATEMENT:
        return []
    alike = likeness >= ANCHORED_STATEMENT
    same_wording = likeness >= SAME_WORDING
    best: list[tuple[float, bool, Fact, Fact]] = []
    u_facts, p_facts = u.value_facts(), p.value_facts()
    for n, (ci, cf) in enumerate(u_facts):
        choice: tuple[float, bool, Fact, Fact] | None = None
        choice_rank: tuple[bool, bool, float, float] = (False, False, 0.0, 0.0)
        for m, (pi, pf) in enumerate(p_facts):
            if not _pairable(cf, pf):
                continue
            if u.heads[ci] and p.heads[pi] and not u.heads[ci] & p.heads[pi]:
                continue  # "10 children" and "five men" count different things
            role = index.overlap(u.roles[ci], p.roles[pi])
            if role < SAME_ROLE:
                continue
            verb = bool(u.verbs[ci] & p.verbs[pi])
            # The same value in a fitting role is the counterpart before any other: "2003"
            # of "in 2002, 2003 and 2006" is the other text's 2003, not its 2002.
            # Among equals, the fact at the same place in its sentence ("2002, 2003 and 2006").
            place = -abs(n / len(u_facts) - m / len(p_facts))
            rank = (compatible(cf, pf), verb, round(role, 3), place)
            if choice is None or rank > choice_rank:
                choice, choice_rank = (role, verb, cf, pf), rank
        if choice is not None:
            best.append(choice)
    agree = [b for b in best if compatible(b[2], b[3])]
    # Named subjects: "The Times published" and "Professor Jay's report was published" are
    # two events, whatever the verb.
    names_u, names_p = u.names(), p.names()
    other_subject = bool(names_u and names_p and not names_u & names_p)
    out = []
    for _role, verb, cf, pf in best:
        anchored = alike and any(a[2] is not cf for a in agree)
        if same_wording or anchored or (verb and (compatible(cf, pf) or not other_subject)):
            out.append((cf, pf))
    disagreements = sum(1 for cf, pf in out if not compatible(cf, pf))
    if disagreements >= 2 and disagreements == len(out):
        return []
    return out


# --- syndicated copies -----------------------------------------------------------------------


def _shingles(text: str, n: int = 5) -> set[int]:
    """Word 5-grams of a text, as stable 32-bit hashes."""
    # normalize, not the cached norm: whole texts would push the sentences out of its cache.
    ws = words(normalize(text).text)
    return {
        zlib.crc32(" ".join(ws[i:i + n]).encode("utf-8"))
        for i in range(max(0, len(ws) - n + 1))
    }


def syndicated_groups(texts: dict[str, str]) -> list[list[str]]:
    """Groups of sources whose texts are near-duplicates (copies of one story).

    Each text is summarised by a bottom-k sketch of its shingles (the ``SKETCH`` smallest
    hashes); texts sharing sketch values are candidates, and the Jaccard similarity of a pair
    is estimated from the two sketches alone. Near-linear in the number of sources.
    """
    ids = sorted(texts)
    sketches = {i: sorted(_shingles(texts[i]))[:SKETCH] for i in ids}
    holders: dict[int, list[str]] = defaultdict(list)
    for i in ids:
        for h in sketches[i]:
            holders[h].append(i)
    shared: Counter[tuple[str, str]] = Counter()
    for members in holders.values():
        if 1 < len(members) <= SKETCH_HOLDERS:
            for x in range(len(members)):
                for y in range(x + 1, len(members)):
                    shared[members[x], members[y]] += 1
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    need = SYNDICATED_JACCARD * SKETCH / 2
    for (a, b), count in shared.items():
        if count < need:
            continue
        sa, sb = set(sketches[a]), set(sketches[b])
        union = sorted(sa | sb)[:SKETCH]
        estimate = sum(1 for h in union if h in sa and h in sb) / max(1, len(union))
        if estimate >= SYNDICATED_JACCARD:
            parent[find(a)] = find(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        groups[find(i)].append(i)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])


# --- the report ------------------------------------------------------------------------------


@dataclass
class _Node:
    """A fact as stated in one place: a claim's fact or a passage's."""

    unit: Unit
    fact: Fact
    statement: Statement


def build_report(
    session: Session, *, progress: Callable[[int, int], None] | None = None
) -> ConflictReport:
    """Compare every claim with every source and collect disagreements and corroborations."""
    sources = session.exec(select(Source).order_by(col(Source.id))).all()
    texts: dict[str, str] = {}
    refs: dict[str, DateValue | None] = {}
    for s in sources:
        v = latest_version(session, s.id)
        if v is not None:
            texts[s.id] = v.text
            refs[s.id] = parse_reference_date(s.published)
    units: list[Unit] = []
    for sid, text in texts.items():
        units.extend(source_units(sid, text, refs[sid], first_key=len(units)))
    index = StemIndex(units)
    claim_rows = session.exec(
        select(Claim, Citation, SourceVersion)
        .join(Citation, col(Citation.claim_id) == col(Claim.id))
        .join(SourceVersion, col(SourceVersion.id) == col(Citation.source_version_id))
        .order_by(col(Claim.id))
    ).all()
    return compare_claims(
        [
            (c.id or 0, c.text, c.source_id, c.topic, cit.start, cit.end, cit.exact)
            for c, cit, _ in claim_rows
        ],
        texts=texts,
        refs=refs,
        index=index,
        progress=progress,
    )


ClaimRow = tuple[int, str, str, str | None, int, int, str]
# (family, its representative unit, the claim fact's key, the representative's fact slot)
_FamilyPair = tuple[int, int, tuple[str, str, str], int]


def compare_claims(
    claims: Sequence[ClaimRow],
    *,
    texts: dict[str, str],
    refs: dict[str, DateValue | None],
    index: StemIndex,
    progress: Callable[[int, int], None] | None = None,
) -> ConflictReport:
    """The report for ``claims`` against the sentences in ``index``. Pure."""
    nodes: dict[tuple[str, int, int], _Node] = {}
    edges: list[tuple[tuple[str, int, int], tuple[str, int, int]]] = []
    summaries: dict[tuple[str, int, int], str] = {}

    def node_for_passage(u: Unit, f: Fact) -> tuple[str, int, int]:
        key = (u.source_id, u.start + f.start, u.start + f.end)
        if key not in nodes:
            nodes[key] = _Node(
                u,
                f,
                Statement(
                    source=u.source_id,
                    passage=u.text,
                    start=u.start,
                    end=u.end,
                    claim_id=u.claim_id,
                    paragraph=paragraph_index(texts[u.source_id], u.start),
                    fact_start=key[1],
                    fact_end=key[2],
                    fact_text=f.text,
                ),
            )
        return key

    by_source: dict[str, list[Unit]] = defaultdict(list)
    for p in index.units:
        by_source[p.source_id].append(p)
    by_topic: dict[str, list[Unit]] = defaultdict(list)
    claim_units: list[tuple[Unit, ClaimRow]] = []
    for row in claims:
        cid, text, sid, topic, start, end, exact = row
        u = make_unit(-cid, sid, text, start, end, refs.get(sid), claim_id=cid)
        claim_units.append((u, row))
        if topic:
            by_topic[topic].append(u)

    def claim_node(u: Unit, f: Fact, row: ClaimRow) -> tuple[str, int, int]:
        cid, text, sid, _topic, start, end, exact = row
        # A claim states its fact through its cited passage: find the fact there.
        cited = [
            p for p in by_source.get(sid, ())
            if p.start <= start < p.end or start <= p.start < end
        ]
        for p in cited:
            for _, pf in p.value_facts():
                if compatible(f, pf) and pf.kind == f.kind:
                    key = node_for_passage(p, pf)
                    nodes[key].statement.claim_id = cid
                    return key
        key = (f"claim:{cid}", f.start, f.end)
        if key not in nodes:
            nodes[key] = _Node(
                u,
                f,
                Statement(
                    source=sid,
                    passage=exact or text,
                    start=start,
                    end=end,
                    claim_id=cid,
                    paragraph=paragraph_index(texts.get(sid, ""), start),
                    fact_start=-1,
                    fact_end=-1,
                    fact_text=f.text,
                ),
            )
        return key

    linked: set[tuple[int, int]] = set()

    def family_node(fam: int, rep: Unit, pf: Fact) -> tuple[str, int, int]:
        """The node of ``pf`` in the family's representative, linked to the same fact in
        every other copy of the family (once)."""
        key = node_for_passage(rep, pf)
        slot = next(k for k, (_, f) in enumerate(rep.value_facts()) if f is pf)
        if (fam, slot) not in linked:
            linked.add((fam, slot))
            for pos in index.families[fam]:
                other = index.units[pos]
                if other is rep:
                    continue
                facts = other.value_facts()
                if slot < len(facts):
                    edges.append((key, node_for_passage(other, facts[slot][1])))
        return key

    # Claims that say the same thing (one signature) share their comparisons.
    pairs_by_signature: dict[tuple[object, ...], list[_FamilyPair]] = {}
    total = len(claim_units)
    for done, (u, row) in enumerate(claim_units, 1):
        if u.value_facts():
            sig = u.signature()
            found = pairs_by_signature.get(sig)
            if found is None:
                found = pairs_by_signature[sig] = _family_pairs(u, index)
            facts_by_key = {fact_key(f): f for _, f in u.value_facts()}
            for fam, rep_pos, ckey, slot in found:
                rep = index.units[rep_pos]
                cf = facts_by_key.get(ckey)
                if cf is None:
                    continue
                a = claim_node(u, cf, row)
                b = family_node(fam, rep, rep.value_facts()[slot][1])
                if a != b:
                    edges.append((a, b))
                    summaries.setdefault(a, u.text)
        if progress:
            progress(done, total)

    # Claims sharing a topic are compared directly, whatever their wording.
    topic_of: dict[tuple[str, int, int], str] = {}
    for topic, members in by_topic.items():
        rows = {r[0]: r for _, r in claim_units}
        for i, first in enumerate(members):
            for second in members[i + 1:]:
                for _, fa in first.value_facts():
                    for _, fb in second.value_facts():
                        if _pairable(fa, fb):
                            ka = claim_node(first, fa, rows[first.claim_id or 0])
                            kb = claim_node(second, fb, rows[second.claim_id or 0])
                            edges.append((ka, kb))
                            topic_of[ka] = topic
                            summaries.setdefault(ka, topic)

    return _assemble(nodes, edges, summaries, topic_of, texts, len(claims))


def _family_pairs(u: Unit, index: StemIndex) -> list[_FamilyPair]:
    """For each candidate family: (family, representative, claim fact key, representative's
    value-fact slot) of every pair of facts that state the same thing."""
    out = []
    for _score, fam in index.candidates(u, CANDIDATES):
        members = index.families[fam]
        rep_pos = members[0]
        rep = index.units[rep_pos]
        slots = {id(f): k for k, (_, f) in enumerate(rep.value_facts())}
        for cf, pf in same_statement_pairs(u, rep, index):
            out.append((fam, rep_pos, fact_key(cf), slots[id(pf)]))
    return out


def _assemble(
    nodes: dict[tuple[str, int, int], _Node],
    edges: list[tuple[tuple[str, int, int], tuple[str, int, int]]],
    summaries: dict[tuple[str, int, int], str],
    topic_of: dict[tuple[str, int, int], str],
    texts: dict[str, str],
    claim_count: int,
) -> ConflictReport:
    parent = {k: k for k in nodes}

    def find(x: tuple[str, int, int]) -> tuple[str, int, int]:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    groups: dict[tuple[str, int, int], list[tuple[str, int, int]]] = defaultdict(list)
    for k in nodes:
        if k in parent:
            groups[find(k)].append(k)
    linked = {k for e in edges for k in e}
    syndicated = syndicated_groups(texts)
    copy_of = {s: g[0] for g in syndicated for s in g}

    conflicts: list[Conflict] = []
    corroborations: list[Corroboration] = []
    for members in groups.values():
        members = [m for m in members if m in linked]
        if len(members) < 2:
            continue
        facts = [nodes[m].fact for m in members]
        # Group statements by value; values compatible with every other (a bare year beside
        # two months) do not make a disagreement on their own.
        values: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
        for m in members:
            values[display(nodes[m].fact)].append(m)
        reps = {v: nodes[ms[0]].fact for v, ms in values.items()}
        clashing = [
            v for v in reps if any(not compatible(reps[v], reps[w]) for w in reps if w != v)
        ]
        summary = next(
            (summaries[m] for m in members if m in summaries), nodes[members[0]].unit.text
        )
        topic = next((topic_of[m] for m in members if m in topic_of), None)
        if topic:
            summary = topic
        if len(clashing) >= 2:
            kind = _conflict_kind([reps[v] for v in clashing])
            groups_out = [
                ValueGroup(
                    v, _dedupe([nodes[m].statement for m in values[v]]), v not in clashing
                )
                for v in sorted(values, key=lambda v: (v not in clashing, _sort_key(reps[v])))
            ]
            ident = hashlib.sha1(
                "|".join(sorted(f"{m[0]}:{m[1]}:{m[2]}" for m in members)).encode()
            ).hexdigest()[:8]
            conflicts.append(Conflict(ident, kind, _short(summary), groups_out, topic))
        elif not clashing:
            # One value, perhaps in several precisions ("at least 1,400" and "1,400"; "2013"
            # and "October 2013"): shown as its most specific form.
            value = max(values, key=lambda v: (_precision(reps[v]), len(values[v]), v))
            stmts = _dedupe([nodes[m].statement for m in members])
            srcs = sorted({s.source for s in stmts})
            if len(srcs) < 2:
                continue
            independent = sorted({copy_of.get(s, s) for s in srcs})
            merged = [g for g in syndicated if len(set(g) & set(srcs)) > 1]
            corroborations.append(
                Corroboration(
                    summary=_short(summary),
                    value=value,
                    kind=facts[0].kind,
                    sources=srcs,
                    independent_sources=len(independent),
                    merged=[sorted(set(g) & set(srcs)) for g in merged],
                    statements=stmts,
                )
            )
    conflicts.sort(key=lambda c: (c.summary, c.id))
    corroborations.sort(key=lambda c: (-c.independent_sources, c.summary))
    return ConflictReport(conflicts, corroborations, claim_count, len(texts), syndicated)


def _precision(f: Fact) -> int:
    if f.kind == "date" and isinstance(f.value, tuple):
        return sum(1 for x in f.value if x is not None)
    return 1 if f.comparator else 0


def _dedupe(stmts: list[Statement]) -> list[Statement]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for s in sorted(stmts, key=lambda s: (s.source, s.start, s.claim_id is None)):
        key = (s.source, s.start, s.end)
        if key in seen:
            continue
        seen.add(key)
        out.append(s)
    return out


def _conflict_kind(facts: list[Fact]) -> str:
    kinds = {f.kind for f in facts}
    if len(kinds) == 1 and len({f.value for f in facts}) == 1:
        return "comparator"
    return sorted(kinds)[0]


def _sort_key(f: Fact) -> tuple[str, str]:
    return (f.kind, repr(f.value))


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
