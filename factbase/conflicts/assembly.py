"""From linked facts to a report: groups of statements, their values, conflict or agreement."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from factbase.analysis.facts import Fact
from factbase.analysis.statements import Unit
from factbase.analysis.unionfind import UnionFind
from factbase.conflicts.model import (
    Conflict,
    ConflictReport,
    Corroboration,
    Statement,
    ValueGroup,
    compatible,
    display,
)
from factbase.conflicts.syndication import syndicated_groups


class NodeKey(NamedTuple):
    """Where a fact is stated: a source id (or ``claim:ID``) and the fact's offsets."""

    source: str
    start: int
    end: int


@dataclass
class Node:
    """A fact as stated in one place: a claim's fact or a passage's."""

    unit: Unit
    fact: Fact
    statement: Statement


@dataclass
class Graph:
    """Facts as stated in one place each, and the links between those stating the same thing."""

    nodes: dict[NodeKey, Node] = field(default_factory=dict)
    edges: list[tuple[NodeKey, NodeKey]] = field(default_factory=list)
    # What each group is about: the claim's text, or the topic the claims share.
    summaries: dict[NodeKey, str] = field(default_factory=dict)
    topic_of: dict[NodeKey, str] = field(default_factory=dict)

    def link(self, a: NodeKey, b: NodeKey) -> None:
        self.edges.append((a, b))

    def groups(self) -> list[list[NodeKey]]:
        """The linked nodes, joined into groups that state one thing; singletons left out."""
        sets: UnionFind[NodeKey] = UnionFind(self.nodes)
        for a, b in self.edges:
            sets.union(a, b)
        linked = {k for e in self.edges for k in e}
        out = []
        for members in sets.groups(self.nodes).values():
            members = [m for m in members if m in linked]
            if len(members) >= 2:
                out.append(members)
        return out


def assemble(graph: Graph, texts: dict[str, str], claim_count: int) -> ConflictReport:
    syndicated = syndicated_groups(texts)
    copy_of = {s: g[0] for g in syndicated for s in g}
    conflicts: list[Conflict] = []
    corroborations: list[Corroboration] = []
    for members in graph.groups():
        found = _judge(graph, members, syndicated, copy_of)
        if isinstance(found, Conflict):
            conflicts.append(found)
        elif found is not None:
            corroborations.append(found)
    conflicts.sort(key=lambda c: (c.summary, c.id))
    corroborations.sort(key=lambda c: (-c.independent_sources, c.summary))
    return ConflictReport(conflicts, corroborations, claim_count, len(texts), syndicated)


def _judge(
    graph: Graph,
    members: list[NodeKey],
    syndicated: list[list[str]],
    copy_of: dict[str, str],
) -> Conflict | Corroboration | None:
    """One group of statements: a conflict, a corroboration, or nothing worth showing."""
    nodes = graph.nodes
    # Group statements by value; values compatible with every other (a bare year beside
    # two months) do not make a disagreement on their own.
    values: dict[str, list[NodeKey]] = defaultdict(list)
    for m in members:
        values[display(nodes[m].fact)].append(m)
    reps = {v: nodes[ms[0]].fact for v, ms in values.items()}
    clashing = [
        v for v in reps if any(not compatible(reps[v], reps[w]) for w in reps if w != v)
    ]
    summary = next(
        (graph.summaries[m] for m in members if m in graph.summaries), nodes[members[0]].unit.text
    )
    topic = next((graph.topic_of[m] for m in members if m in graph.topic_of), None)
    if topic:
        summary = topic
    if len(clashing) >= 2:
        kind = _conflict_kind([reps[v] for v in clashing])
        groups_out = [
            ValueGroup(v, _dedupe([nodes[m].statement for m in values[v]]), v not in clashing)
            for v in sorted(values, key=lambda v: (v not in clashing, _sort_key(reps[v])))
        ]
        ident = hashlib.sha1(
            "|".join(sorted(f"{m[0]}:{m[1]}:{m[2]}" for m in members)).encode()
        ).hexdigest()[:8]
        return Conflict(ident, kind, _short(summary), groups_out, topic)
    if clashing:
        return None
    # One value, perhaps in several precisions ("at least 1,400" and "1,400"; "2013" and
    # "October 2013"): shown as its most specific form.
    value = max(values, key=lambda v: (_precision(reps[v]), len(values[v]), v))
    stmts = _dedupe([nodes[m].statement for m in members])
    srcs = sorted({s.source for s in stmts})
    if len(srcs) < 2:
        return None
    independent = sorted({copy_of.get(s, s) for s in srcs})
    merged = [g for g in syndicated if len(set(g) & set(srcs)) > 1]
    return Corroboration(
        summary=_short(summary),
        value=value,
        kind=nodes[members[0]].fact.kind,
        sources=srcs,
        independent_sources=len(independent),
        merged=[sorted(set(g) & set(srcs)) for g in merged],
        statements=stmts,
    )


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
