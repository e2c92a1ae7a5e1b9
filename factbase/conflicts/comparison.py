"""Comparing claims with the sentences of every source: which facts state the same thing.

Each fact, as stated in one place (a claim or a passage of a source), is a node; two nodes are
linked when they state the same thing. ``assembly`` turns the linked groups into conflicts and
corroborations.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Sequence
from typing import NamedTuple

import sqlalchemy as sa
from sqlmodel import Session, col

from factbase.analysis.facts import DateValue, Fact
from factbase.analysis.sentences import paragraph_index, paragraph_starts
from factbase.analysis.statements import (
    StemIndex,
    Unit,
    fact_key,
    make_unit,
)
from factbase.conflicts.assembly import Graph, Node, NodeKey, assemble
from factbase.conflicts.model import ConflictReport, Statement, compatible
from factbase.conflicts.pairing import CANDIDATES, pairable, same_statement_pairs
from factbase.conflicts.stored import fingerprint, store_report, stored_report
from factbase.sources.versions import latest_versions
from factbase.store.models import Citation, Claim
from factbase.unit_cache import UnitCache, UnitSet, VersionText

# Units of the claims compared last, by their words and their source's publication date, kept
# for a claim that says the same: the 99,417 claims of benchmarks/scale_cli.py at 10,000
# sources have 3,292 texts (a story's copies, each with its claims), and reading each claim took
# 22 of a report's 157 s in a profile. At most about 40 MB.
CLAIM_UNITS_KEPT = 4096


class ClaimRow(NamedTuple):
    """A stored claim as the comparison needs it: its text and where its citation stands."""

    id: int
    text: str
    source: str
    topic: str | None
    start: int
    end: int
    exact: str
    stale: bool = False  # cites an older version of its source than the latest


class FamilyPair(NamedTuple):
    """A claim fact and the fact of a candidate family's representative that states the same."""

    family: int
    representative: int  # position of the representative unit in the index
    claim_fact: tuple[str, str, str]  # fact_key of the claim's fact
    slot: int  # the representative's value-fact slot


def build_report(
    session: Session, *, progress: Callable[[int, int], None] | None = None
) -> ConflictReport:
    """Compare every claim with every source and collect disagreements and corroborations.

    The report made last is kept (``conflicts.stored``) and answers again while nothing it was
    made from has changed; the units of each source version are kept too (``unit_cache``), so
    a new report reads only the sources that changed."""
    versions = [
        VersionText.of(s, v) for s, v in latest_versions(session)
    ]
    claims = claim_rows(session, {v.source_id: v.version_id for v in versions})
    mark = fingerprint(
        [[v.source_id, v.version_id, v.reference] for v in versions],
        [list(c) for c in claims],
    )
    kept = stored_report(session, mark)
    if kept is not None:
        return kept
    # The sketches kept beside each version's units (``library``, which reads this package).
    from factbase.library import kept_sketches

    cache = UnitCache(session)
    index = StemIndex(cache.units(versions, UnitSet.COMPARED))
    report = compare_claims(
        claims,
        texts={v.source_id: v.text for v in versions},
        refs={v.source_id: v.reference for v in versions},
        index=index,
        progress=progress,
        sketches=kept_sketches(cache, versions),
    )
    cache.save()
    store_report(session, mark, report)
    return report


def claim_rows(session: Session, latest: dict[str, int]) -> list[ClaimRow]:
    """Every claim with its citation, by id; ``latest`` is each source's newest version id."""
    rows = session.execute(
        sa.select(
            col(Claim.id), col(Claim.text), col(Claim.source_id), col(Claim.topic),
            col(Citation.start), col(Citation.end), col(Citation.exact),
            col(Citation.source_version_id),
        )
        .join(Citation, col(Citation.claim_id) == col(Claim.id))
        .order_by(col(Claim.id))
    ).all()  # fmt: skip
    return [
        ClaimRow(cid or 0, text, sid, topic, start, end, exact,
                 stale=version_id != latest.get(sid))  # fmt: skip
        for cid, text, sid, topic, start, end, exact, version_id in rows
    ]


def compare_claims(
    claims: Sequence[ClaimRow],
    *,
    texts: dict[str, str],
    refs: dict[str, DateValue | None],
    index: StemIndex,
    progress: Callable[[int, int], None] | None = None,
    sketches: dict[str, list[int]] | None = None,
) -> ConflictReport:
    """The report for ``claims`` against the sentences in ``index``. Pure. ``sketches``: each
    text's syndication sketch, when kept (made from ``texts`` otherwise)."""
    comparison = Comparison(texts=texts, refs=refs, index=index)
    comparison.compare_all(claims, progress=progress)
    return assemble(comparison.graph, texts, len(claims), refs, sketches)


class Comparison:
    """The fact graph of one report, built claim by claim."""

    def __init__(
        self, *, texts: dict[str, str], refs: dict[str, DateValue | None], index: StemIndex
    ) -> None:
        self.texts = texts
        self.refs = refs
        self.index = index
        self.graph = Graph()
        # (family, value-fact slot) whose copies are already linked to the representative, and
        # the representative's node.
        self.linked: dict[tuple[int, int], NodeKey] = {}
        # Claims that say the same thing (one signature) share their comparisons.
        self.pairs_by_signature: dict[tuple[object, ...], list[FamilyPair]] = {}
        self.paragraphs: dict[str, tuple[int, ...]] = {}  # ``paragraph``'s
        self.by_source: dict[str, list[Unit]] = defaultdict(list)
        for p in index.units:
            self.by_source[p.source_id].append(p)
        # Each source's units' starts and ends, when its units stand in order, apart: a claim's
        # cited units are then found by bisection, not by reading every unit of its source.
        self.spans: dict[str, tuple[list[int], list[int]]] = {}
        for source, units in self.by_source.items():
            starts, ends = [p.start for p in units], [p.end for p in units]
            if all(s < e for s, e in zip(starts, ends, strict=True)) and all(
                e <= s for e, s in zip(ends[:-1], starts[1:], strict=True)
            ):
                self.spans[source] = (starts, ends)

    def compare_all(
        self, rows: Sequence[ClaimRow], *, progress: Callable[[int, int], None] | None
    ) -> None:
        by_topic: dict[str, list[Unit]] = defaultdict(list)
        # Each claim's unit is made as it is compared and kept only where it is read again (a
        # topic's claims, the nodes of the graph), not every claim's at once; the units of the
        # claims read last are kept to be copied for a claim of the same words.
        recent: OrderedDict[tuple[str, DateValue | None], Unit] = OrderedDict()
        for done, row in enumerate(rows, 1):
            if row.stale:
                self.graph.stale_claims.add(row.id)
            ref = self.refs.get(row.source)
            first = recent.get((row.text, ref))
            if first is None:
                u = make_unit(-row.id, row.source, row.text, row.start, row.end, ref,
                              claim_id=row.id)  # fmt: skip
                recent[(row.text, ref)] = u
                if len(recent) > CLAIM_UNITS_KEPT:
                    recent.popitem(last=False)
            else:
                recent.move_to_end((row.text, ref))
                u = first.placed(-row.id, row.source, row.start, row.end, claim_id=row.id)
            if row.topic:
                by_topic[row.topic].append(u)
            self.compare_claim(u, row)
            if progress:
                progress(done, len(rows))
        by_id = {row.id: row for row in rows}
        for topic, members in by_topic.items():
            self.compare_topic(topic, members, by_id)

    def compare_claim(self, u: Unit, row: ClaimRow) -> None:
        """Link each fact of the claim to the facts of candidate families stating the same."""
        if not u.value_facts():
            return
        sig = u.signature()
        found = self.pairs_by_signature.get(sig)
        if found is None:
            found = self.pairs_by_signature[sig] = self.family_pairs(u)
        facts_by_key = {fact_key(f): f for _, f in u.value_facts()}
        # The node of each fact of the claim: the same for every pair of that fact.
        claim_nodes: dict[tuple[str, str, str], NodeKey] = {}
        for pair in found:
            cf = facts_by_key.get(pair.claim_fact)
            if cf is None:
                continue
            rep = self.index.units[pair.representative]
            a = claim_nodes.get(pair.claim_fact)
            if a is None:
                a = claim_nodes[pair.claim_fact] = self.claim_node(u, cf, row)
            b = self.family_node(pair.family, rep, pair.slot)
            if a != b:
                self.graph.link(a, b)
                self.graph.summaries.setdefault(a, u.text)

    def compare_topic(self, topic: str, members: list[Unit], rows: dict[int, ClaimRow]) -> None:
        """Claims sharing a topic are compared directly, whatever their wording."""
        for i, first in enumerate(members):
            for second in members[i + 1:]:
                for _, fa in first.value_facts():
                    for _, fb in second.value_facts():
                        if pairable(fa, fb):
                            ka = self.claim_node(first, fa, rows[first.claim_id or 0])
                            kb = self.claim_node(second, fb, rows[second.claim_id or 0])
                            self.graph.link(ka, kb)
                            self.graph.topic_of[ka] = topic
                            self.graph.summaries.setdefault(ka, topic)

    def family_pairs(self, u: Unit) -> list[FamilyPair]:
        """Every pair of facts stating the same thing, over the claim's candidate families."""
        out = []
        for _score, fam in self.index.candidates(u, CANDIDATES):
            rep_pos = self.index.families[fam][0]
            rep = self.index.units[rep_pos]
            slots: dict[int, int] = {}
            for k, (_, f) in enumerate(rep.value_facts()):
                slots.setdefault(id(f), k)
            for cf, pf in same_statement_pairs(u, rep, self.index):
                out.append(FamilyPair(fam, rep_pos, fact_key(cf), slots[id(pf)]))
        return out

    def passage_node(self, u: Unit, f: Fact) -> NodeKey:
        key = NodeKey(u.source_id, u.start + f.start, u.start + f.end)
        if key not in self.graph.nodes:
            self.graph.nodes[key] = Node(
                u,
                f,
                Statement(
                    source=u.source_id,
                    passage=u.text,
                    start=u.start,
                    end=u.end,
                    claim_id=u.claim_id,
                    paragraph=self.paragraph(u.source_id, u.start),
                    fact_start=key.start,
                    fact_end=key.end,
                    fact_text=f.text,
                ),
            )
        return key

    def paragraph(self, source: str, pos: int) -> int:
        """``paragraph_index`` in a source's text, its paragraphs found once: a report makes a
        node for the statements of thousands of sources in the order of the claims, and
        ``paragraph_starts`` keeps those of the last 1,024 texts (125,000 of them found for the
        181,000 nodes of benchmarks/scale_cli.py at 10,000 sources: 7 of 157 s in a profile)."""
        starts = self.paragraphs.get(source)
        text = self.texts.get(source, "")
        if starts is None:
            starts = self.paragraphs[source] = paragraph_starts(text)
        return paragraph_index(text, pos, starts)

    def claim_node(self, u: Unit, f: Fact, row: ClaimRow) -> NodeKey:
        """A claim states its fact through its cited passage: the fact there, if found."""
        for p in self.cited(row):
            for _, pf in p.value_facts():
                if compatible(f, pf) and pf.kind == f.kind:
                    key = self.passage_node(p, pf)
                    self.graph.nodes[key].statement.claim_id = row.id
                    return key
        key = NodeKey(f"claim:{row.id}", f.start, f.end)
        if key not in self.graph.nodes:
            self.graph.nodes[key] = Node(
                u,
                f,
                Statement(
                    source=row.source,
                    passage=row.exact or row.text,
                    start=row.start,
                    end=row.end,
                    claim_id=row.id,
                    paragraph=self.paragraph(row.source, row.start),
                    fact_start=-1,
                    fact_end=-1,
                    fact_text=f.text,
                ),
            )
        return key

    def cited(self, row: ClaimRow) -> list[Unit]:
        """The units of the claim's source that its citation falls in, in order."""
        units = self.by_source.get(row.source, [])
        spans = self.spans.get(row.source)
        if spans is None:
            return [
                p for p in units
                if p.start <= row.start < p.end or row.start <= p.start < row.end
            ]
        # Units in order and apart: those ending after the citation starts and starting before
        # it ends (or where it starts, for an empty citation).
        starts, ends = spans
        lo = bisect.bisect_right(ends, row.start)
        hi = bisect.bisect_left(starts, max(row.start + 1, row.end))
        return units[lo:hi]

    def family_node(self, fam: int, rep: Unit, slot: int) -> NodeKey:
        """The node of the family representative's value fact at ``slot``, linked (once) to the
        same fact in every other copy of the family."""
        key = self.linked.get((fam, slot))
        if key is not None:
            return key
        key = self.linked[(fam, slot)] = self.passage_node(rep, rep.value_facts()[slot][1])
        for pos in self.index.families[fam]:
            other = self.index.units[pos]
            if other is rep:
                continue
            facts = other.value_facts()
            if slot < len(facts):
                self.graph.link(key, self.passage_node(other, facts[slot][1]))
        return key
