"""From linked facts to a report: groups of statements, their values, conflict or agreement."""

from __future__ import annotations

import hashlib
from array import array
from collections import defaultdict, deque
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import NamedTuple

from factbase.analysis.facts import DateValue, Fact
from factbase.analysis.facts.dates import format_date
from factbase.analysis.facts.units import base_factor, dimension, same_when_converted, step
from factbase.analysis.quantities import measured_words
from factbase.analysis.statements import Unit
from factbase.analysis.unionfind import UnionFind
from factbase.conflicts.model import (
    CLAIM,
    CONFLICT,
    REVISION,
    RUNNING,
    Conflict,
    ConflictReport,
    Corroboration,
    Statement,
    ValueGroup,
    compatible,
    dates_meet,
    decimals_dropped,
    display,
    interval,
    scaled_step,
)
from factbase.conflicts.pairing import measure_unit, one_measure, pairable, same_measure
from factbase.conflicts.syndication import sketch_groups, syndicated_groups


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
    """Facts as stated in one place each, and the links between those stating the same thing.

    A link is kept as the numbers of its two nodes (``_ends``), and the nodes linked to each are
    read from them in order (``Linked``): a report over the 10,000 sources of
    benchmarks/scale_cli.py links 181,000 nodes 1.9 million times, and a pair of keys for each
    link and a set of keys for each node took 300 MB."""

    nodes: dict[NodeKey, Node] = field(default_factory=dict)
    # What each group is about: the claim's text, or the topic the claims share.
    summaries: dict[NodeKey, str] = field(default_factory=dict)
    topic_of: dict[NodeKey, str] = field(default_factory=dict)
    # Claims whose citation is to an older version of their source than the one compared.
    stale_claims: set[int] = field(default_factory=set)
    # Each linked node's number, the node of each number, and each link's two numbers.
    _numbers: dict[NodeKey, int] = field(default_factory=dict, repr=False)
    _keys: list[NodeKey] = field(default_factory=list, repr=False)
    _ends: tuple[array[int], array[int]] = field(
        default_factory=lambda: (array("l"), array("l")), repr=False
    )
    _linked: Linked | None = field(default=None, repr=False)

    def link(self, a: NodeKey, b: NodeKey) -> None:
        # numbered here, not by a method of its own: 1.7 against 2.5 s a million links (a
        # report over 10,000 sources of benchmarks/scale_cli.py links 1.9 million times)
        numbers, keys = self._numbers, self._keys
        for key, ends in ((a, self._ends[0]), (b, self._ends[1])):
            n = numbers.get(key)
            if n is None:
                n = numbers[key] = len(keys)
                keys.append(key)
            ends.append(n)
        self._linked = None

    def neighbours(self) -> Linked:
        """Each node's directly linked nodes (read once, after the last link)."""
        if self._linked is None:
            self._linked = Linked(self._keys, self._numbers, *self._ends)
        return self._linked

    def groups(self) -> list[list[NodeKey]]:
        """The linked nodes, joined into groups that state one thing; singletons left out."""
        sets: UnionFind[int] = UnionFind(range(len(self._keys)))
        for a, b in zip(*self._ends, strict=True):
            sets.union(a, b)
        out: dict[int, list[NodeKey]] = defaultdict(list)
        numbers = self._numbers
        for key in self.nodes:
            n = numbers.get(key)
            if n is not None:  # in a link
                out[sets.find(n)].append(key)
        return [members for members in out.values() if len(members) >= 2]


class Linked:
    """The nodes linked to each node of a graph (none to a node never linked), as a set made
    when it is asked for: every link's two nodes stand in one array, those of each node
    together."""

    def __init__(
        self, keys: list[NodeKey], numbers: dict[NodeKey, int], a: array[int], b: array[int]
    ) -> None:
        self._keys = keys
        self._numbers = numbers
        count = [0] * (len(keys) + 1)
        for x, y in zip(a, b, strict=True):
            if x != y:
                count[x + 1] += 1
                count[y + 1] += 1
        for k in range(len(keys)):
            count[k + 1] += count[k]
        self._starts = array("l", count)
        at = count[:-1]
        others = array("l", bytes(self._starts.itemsize * count[-1]))
        for x, y in zip(a, b, strict=True):
            if x != y:
                others[at[x]] = y
                at[x] += 1
                others[at[y]] = x
                at[y] += 1
        self._others = others

    def __getitem__(self, key: NodeKey) -> set[NodeKey]:
        n = self._numbers.get(key)
        if n is None:
            return set()
        keys = self._keys
        return {keys[m] for m in self._others[self._starts[n]:self._starts[n + 1]]}


def assemble(
    graph: Graph,
    texts: dict[str, str],
    claim_count: int,
    refs: dict[str, DateValue | None] | None = None,
    sketches: dict[str, list[int]] | None = None,
) -> ConflictReport:
    """The report of ``graph``; ``sketches``: each text's syndication sketch, when kept (10,000
    texts of benchmarks/scale_cli.py sketched again took 10.8 s, of a report of 84 s)."""
    syndicated = syndicated_groups(texts) if sketches is None else sketch_groups(sketches)
    copy_of = {s: g[0] for g in syndicated for s in g}
    conflicts: list[Conflict] = []
    revisions: list[Conflict] = []
    disputed: list[Conflict] = []
    corroborations: list[Corroboration] = []
    values = _Values(graph)
    for members in graph.groups():
        clashes = coherent_clashes(graph, members, copy_of, values)
        if not clashes:
            found = _corroboration(graph, members, syndicated, copy_of)
            if found is not None:
                corroborations.append(found)
            continue
        lists = {REVISION: revisions, CLAIM: disputed, CONFLICT: conflicts}
        for part in clashes:
            for judged in _judge_part(graph, part, refs or {}):
                lists[judged.kind_of_group].append(judged)
    conflicts.sort(key=lambda c: (c.summary, c.id))
    revisions.sort(key=lambda c: (c.summary, c.id))
    disputed.sort(key=lambda c: (c.summary, c.id))
    corroborations.sort(key=lambda c: (-c.independent_sources, c.summary))
    return ConflictReport(
        conflicts,
        corroborations,
        claim_count,
        len(texts),
        syndicated,
        revisions=revisions,
        claims_disputed=disputed,
    )


def _quantity(node: Node) -> frozenset[str]:
    for i, f in node.unit.value_facts():
        if f is node.fact:
            return node.unit.quantities.get(i, frozenset())
    return frozenset()


class _Coherence:
    """Which statements can stand in one group: they can state one value (``pairable``) and
    measure the same quantity. Judged once per shape of fact and quantity, not per pair: each
    statement's key (``key``) is a small number for its shape and quantity."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.keys: dict[NodeKey, int] = {}
        self.numbered: dict[tuple[tuple[str, bool, str, str], frozenset[str]], int] = {}
        self.parts: list[tuple[tuple[str, bool, str, str], frozenset[str]]] = []
        self.judged: dict[tuple[int, int], bool] = {}
        self.sample: dict[tuple[str, bool, str, str], Fact] = {}

    def key(self, n: NodeKey) -> int:
        found = self.keys.get(n)
        if found is None:
            node = self.graph.nodes[n]
            f = node.fact
            ends = type(f.value[0]).__name__ if isinstance(f.value, tuple) else ""
            shape = (f.kind, interval(f) is not None, ends, measure_unit(f))
            self.sample.setdefault(shape, f)
            parts = (shape, _quantity(node))
            found = self.numbered.get(parts)
            if found is None:
                found = self.numbered[parts] = len(self.parts)
                self.parts.append(parts)
            self.keys[n] = found
        return found

    def keys_agree(self, ka: int, kb: int) -> bool:
        found = self.judged.get((ka, kb))
        if found is None:
            (sa, qa), (sb, qb) = self.parts[ka], self.parts[kb]
            fa, fb = self.sample[sa], self.sample[sb]
            found = pairable(fa, fb) and same_measure(fa, qa, fb, qb)
            self.judged[(ka, kb)] = found
        return found

    def __call__(self, a: NodeKey, b: NodeKey) -> bool:
        return self.keys_agree(self.key(a), self.key(b))


def _origin(key: NodeKey, graph: Graph, copy_of: dict[str, str]) -> str:
    source = graph.nodes[key].statement.source
    return copy_of.get(source, source)


def _same_account(graph: Graph, a: NodeKey, b: NodeKey, copy_of: dict[str, str]) -> bool:
    """One text ("dropped from 2,417 to 2,306"), or copies of one story, in two places.

    Within one text, two figures for one quantity are nearly always a breakdown or an update
    ("the earlier estimate of ¥11 trillion ... now ¥21.5 trillion"), and two dates are nearly
    always of two events its sentences tell apart by words the pairing cannot weigh ("his
    doctorate in 1986 from Kestria", "his doctorate in 2009 from Norvia", of two laureates).
    Two dates of one text are a slip only where their sentences agree on another value, telling
    one event twice ("Five men were convicted ... in 2010." / "In November 2020, five men ...
    were jailed").
    Over the tuning corpora in `benchmarks/disagreements.py`, the conflicts of two dates of one
    text whose sentences share no other value were 9 of the 240 reported, none of them a
    listed disagreement.
    """
    na, nb = graph.nodes[a], graph.nodes[b]
    sa, sb = na.statement, nb.statement
    if sa.source == sb.source:
        overlapping = sa.start < sb.end and sb.start < sa.end
        return (
            overlapping or na.fact.kind != "date" or nb.fact.kind != "date"
            or not _other_value_shared(na.unit, nb.unit)
        )
    return _origin(a, graph, copy_of) == _origin(b, graph, copy_of)


def _other_value_shared(u: Unit, v: Unit) -> bool:
    """Do two sentences give one value other than a date (both "five men")?"""
    mine = {(f.kind, f.value) for _, f in u.value_facts() if f.kind in ("number", "ordinal")}
    return any(
        (f.kind, f.value) in mine for _, f in v.value_facts() if f.kind in ("number", "ordinal")
    )


def _shape(value: object) -> object:
    """The types a value is made of: equal values of two types (3 and Fraction(3)) may not be
    read alike."""
    if isinstance(value, tuple):
        return tuple(_shape(v) for v in value)
    return type(value)


class _Values:
    """What ``compatible`` reads of each statement's fact (all but where it stands), as a small
    number for each distinct value, and ``compatible`` of two of them, judged once per pair:
    the groups of a report ask it of the same few values millions of times. Values that are
    equal are numbered alike too (the second of ``numbers``), whatever their types: a group
    holds its statements by that number, as by the value itself."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.of_node: dict[NodeKey, tuple[int, int]] = {}
        # A fact's fields but its offsets (equal when the facts are), and with its value's
        # types.
        self.number: dict[tuple[object, ...], int] = {}
        self.equal: dict[tuple[object, ...], int] = {}
        self.facts: list[Fact] = []
        self.judged: dict[tuple[int, int], bool] = {}

    def __call__(self, x: NodeKey) -> int:
        return self.numbers(x)[0]

    def numbers(self, x: NodeKey) -> tuple[int, int]:
        found = self.of_node.get(x)
        if found is None:
            f = self.graph.nodes[x].fact
            fields = (f.kind, f.value, f.text, f.comparator, f.unit)
            key = (*fields, _shape(f.value))
            number = self.number.get(key)
            if number is None:
                number = self.number[key] = len(self.facts)
                self.facts.append(replace(f, start=0, end=0))
            found = self.of_node[x] = (number, self.equal.setdefault(fields, len(self.equal)))
        return found

    def compatible(self, a: int, b: int) -> bool:
        found = self.judged.get((a, b))
        if found is None:
            found = self.judged[(a, b)] = compatible(self.facts[a], self.facts[b])
        return found


class _Numbered(dict[NodeKey, int]):
    """Each statement's ``_Values`` number, found the first time it is asked for."""

    def __init__(self, values: _Values) -> None:
        super().__init__()
        self.numbers = values

    def __missing__(self, x: NodeKey) -> int:
        found = self[x] = self.numbers(x)
        return found


@dataclass
class _Forming:
    """A group of ``coherent_clashes`` as it forms: its statements in the order they joined,
    and what ``fits`` reads of them (their kinds of statement, their statements by value)."""

    members: list[NodeKey] = field(default_factory=list)
    inside: set[NodeKey] = field(default_factory=set)
    keys: set[int] = field(default_factory=set)  # by ``_Coherence.key``
    # By the number ``_Values`` gives equal values: the number of the value that joined first,
    # and its statements.
    by_value: dict[int, tuple[int, set[NodeKey]]] = field(default_factory=dict)

    def add(self, x: NodeKey, key: int, value: tuple[int, int]) -> None:
        self.members.append(x)
        self.inside.add(x)
        self.keys.add(key)
        self.by_value.setdefault(value[1], (value[0], set()))[1].add(x)


class _LinkedHere(dict[NodeKey, set[NodeKey]]):
    """The nodes linked to each node of one group, each set made once for the group."""

    def __init__(self, linked: Linked) -> None:
        super().__init__()
        self.linked = linked

    def __missing__(self, key: NodeKey) -> set[NodeKey]:
        found = self[key] = self.linked[key]
        return found


def coherent_clashes(
    graph: Graph,
    members: list[NodeKey],
    copy_of: dict[str, str],
    values: _Values | None = None,
) -> list[list[NodeKey]]:
    """The disagreements among linked statements, as groups that hold together.

    A disagreement is a link between two statements whose values cannot both be true, from two
    different accounts (copies of one story count as one; a sentence never disagrees with
    itself: "dropped from 2,417 to 2,306" is one account). Each is
    joined to a group only if it measures the same quantity as every statement already there,
    so no group grows by a chain of shared words; then the statements linked to a group's own
    that agree with one of its values and measure the same quantity join it.

    ``values`` may be shared by the calls for the groups of one graph.
    """
    neighbours = _LinkedHere(graph.neighbours())
    coherent = _Coherence(graph)
    value_of = values if values is not None else _Values(graph)
    agree = value_of.compatible
    number = _Numbered(value_of)

    clashes: list[tuple[NodeKey, NodeKey]] = []
    for a in members:
        va = number[a]
        for b in neighbours[a]:
            if (
                a < b
                and not agree(va, number[b])
                and not _same_account(graph, a, b, copy_of)
            ):
                clashes.append((a, b))

    def fits(x: NodeKey, g: _Forming) -> bool:
        # Every statement of another value in the group was itself found to state the same
        # thing as ``x``: a disagreement is never inferred through a third statement. Asked
        # per kind of statement and per value in the group, not per statement: a group of a
        # syndicated story's copies holds hundreds of statements of two or three values.
        kx, vx, linked = coherent.key(x), number[x], neighbours[x]
        return all(coherent.keys_agree(kx, k) for k in g.keys) and all(
            agree(vx, value) or said <= linked for value, said in g.by_value.values()
        )

    forming: list[_Forming] = []
    # The groups each statement is in, by their place in ``forming``: a clash is offered to
    # those of its two statements' groups, first formed first.
    groups_of: dict[NodeKey, list[int]] = defaultdict(list)
    for a, b in sorted(clashes):
        if not coherent(a, b):
            continue
        for place in sorted({*groups_of.get(a, ()), *groups_of.get(b, ())}):
            group = forming[place]
            if all(fits(x, group) for x in (a, b) if x not in group.inside):
                for x in (a, b):
                    if x not in group.inside:
                        group.add(x, coherent.key(x), value_of.numbers(x))
                        groups_of[x].append(place)
                break
        else:
            group = _Forming()
            for x in (a, b):
                group.add(x, coherent.key(x), value_of.numbers(x))
                groups_of[x].append(len(forming))
            forming.append(group)
    groups = [group.members for group in forming]
    groups = _merge_shared(graph, groups)
    in_order: dict[NodeKey, list[NodeKey]] = {}
    for g in groups:
        inside = set(g)
        keys = {coherent.key(x) for x in g}
        # Statements join through those that joined before them: agreement carries.
        queue = deque(g)
        while queue:
            m = queue.popleft()
            vm = number[m]
            linked = in_order.get(m)
            if linked is None:
                linked = in_order[m] = sorted(neighbours[m])
            for n in linked:
                if n in inside:
                    continue
                kn = coherent.key(n)
                if agree(number[n], vm) and all(
                    coherent.keys_agree(kn, k) for k in keys
                ):
                    g.append(n)
                    inside.add(n)
                    keys.add(kn)
                    queue.append(n)
    return _merge_shared(graph, groups)


def _merge_shared(graph: Graph, groups: list[list[NodeKey]]) -> list[list[NodeKey]]:
    """Groups that share statements of two different values hold one disagreement: one group."""
    merged: list[list[NodeKey]] = []
    for g in groups:
        for h in merged:
            inside = set(h)
            common = [m for m in g if m in inside]
            if len({display(graph.nodes[m].fact) for m in common}) >= 2:
                h.extend(m for m in g if m not in inside)
                break
        else:
            merged.append(list(g))
    return merged


def moment(node: Node, ref: DateValue | None) -> DateValue | None:
    """When a statement's value holds, when it says so: a date in the same sentence ("as of
    August 2", "on 10 June") for a number, or the day it was published when it speaks of a
    running count ("so far", "has risen to", "now", "latest")."""
    if node.fact.kind not in ("number", "range"):
        return None
    nearest = _nearest_date(node)
    if nearest is not None:
        return nearest.value  # type: ignore[return-value]
    if ref is not None and not isinstance(ref, str) and RUNNING.search(node.unit.text):
        return (ref[0], ref[1], None)  # a page's date says the month, not the hour of writing
    return None


def _nearest_date(node: Node) -> Fact | None:
    """The date of a statement's sentence nearest its fact, if it gives one."""
    dates = [d for d in node.unit.facts.of("date") if isinstance(d.value, tuple)]
    return min(dates, key=lambda d: abs(d.start - node.fact.start), default=None)


def _by_value(
    graph: Graph, members: list[NodeKey]
) -> tuple[dict[str, list[NodeKey]], dict[str, Fact]]:
    """The statements of a group by the value they give, and one fact for each value."""
    values: dict[str, list[NodeKey]] = defaultdict(list)
    for m in members:
        values[display(graph.nodes[m].fact)].append(m)
    return values, {v: graph.nodes[ms[0]].fact for v, ms in values.items()}


def _clashing(
    reps: dict[str, Fact], together: frozenset[frozenset[str]] = frozenset()
) -> list[str]:
    """The values that cannot be true together with at least one other, but for pairs one
    source gives both of (``together``)."""
    return [
        v for v in reps
        if any(
            not compatible(reps[v], reps[w]) and frozenset((v, w)) not in together
            for w in reps if w != v
        )
    ]


def _told_together(graph: Graph, values: dict[str, list[NodeKey]]) -> frozenset[frozenset[str]]:
    """The pairs of values of a group that one source gives both of, in two sentences of one
    paragraph.

    A text that gives two figures of what the group measures side by side tells two things
    apart (a part and the whole, two moments, two places: "310 deaths out of the state" and, a
    sentence on, the 270 they were cut to), as ``_same_account`` finds of its two sentences
    linked to each other; so another source's figure that matches one of them does not
    contradict a third's that matches the other. Two dates the text gives of one event, told
    twice, are still its slip (see ``_same_account``), and the items of one list in a sentence
    ("in 2011, 2012 and 2015") are not told apart. Over the corpora of
    `benchmarks/disagreements.py` this took 9 of 223 conflicts off the tuning corpora's report
    and 11 of 268 off the held-out ones, one of them holding a listed disagreement (a
    count of passengers against those on board, in a sentence the list quotes for another); listed
    disagreements found, that one fewer of 144 on the tuning corpora and the same 24 of 124
    held out. Without the two conditions (any two values one source gives) it took 29
    conflicts off each, but lost 2 and 1 listed ones found, and 39 of the 200 planted
    disagreements of `benchmarks/scale.py` at 1,000 sources (whose sources mix sentences of
    several texts) against none lost with them. The pages telling the pair apart must be at
    least ``TOLD_APART_SHARE`` of those giving either value."""
    by_source: dict[str, list[tuple[str, NodeKey]]] = defaultdict(list)
    giving: dict[str, set[str]] = defaultdict(set)  # the sources that give each value
    for v, ms in values.items():
        for m in ms:
            if not m.source.startswith("claim:"):
                by_source[m.source].append((v, m))
                giving[v].add(m.source)
    telling: dict[frozenset[str], set[str]] = defaultdict(set)
    for source, said in by_source.items():
        for v, a in said:
            for w, b in said:
                # two dates of one event told twice still disagree (see ``_same_account``)
                if v < w and _apart_in_one_paragraph(graph, a, b) and _same_account(
                    graph, a, b, {}
                ):
                    telling[frozenset((v, w))].add(source)
    return frozenset(
        pair for pair, sources in telling.items()
        if len(sources) >= TOLD_APART_SHARE * len(set().union(*(giving[v] for v in pair)))
    )


# The pages telling two values apart speak for the pair when they are at least this share of
# the pages giving either value: one page that gives both (a quote of two estimates, a page
# stitched from two stories) does not make hundreds of others that give one or the other agree.
# Over the corpora of `benchmarks/disagreements.py`, the pages telling a pair apart were never
# fewer than 1 in 7 of those giving it (0.14; 1 in 6 for six pairs, 1 in 4 to all of them for
# the rest), so 0.1 changes nothing there; at 10,000 sources of `benchmarks/conflicts.py` (pages
# mixing sentences of several texts, each in hundreds of copies) one page in hundreds had been
# enough to hide 185 of the 2,000 planted disagreements, and 0.05 or 0.1 hides none of them.
TOLD_APART_SHARE = 0.1


def _apart_in_one_paragraph(graph: Graph, a: NodeKey, b: NodeKey) -> bool:
    """Are two statements of one source two sentences of one paragraph? (Items of one list in
    a sentence, "in 2011, 2012 and 2015", are not told apart from each other.)"""
    sa, sb = graph.nodes[a].statement, graph.nodes[b].statement
    return sa.paragraph == sb.paragraph and not (sa.start < sb.end and sb.start < sa.end)


def _looseness(f: Fact) -> tuple[Fraction, Fraction]:
    """How much a value leaves open: the width of what it allows ("about 3" allows 2.5-3.5, "2004"
    any day of the year), then the rounding it is written with ("25" against "25.3")."""
    if f.kind == "date" and isinstance(f.value, tuple):
        return Fraction(sum(1 for part in f.value if part is None)), Fraction(0)
    span = interval(f)
    if span is None or not isinstance(f.value, Fraction):
        return Fraction(0), Fraction(0)
    if span.lo is None or span.hi is None:
        return Fraction(10) ** 30, step(f.value)
    # in its measure's base unit: "20 km" leaves more open than "12.5 miles"
    base = base_factor(measure_unit(f))
    return (span.hi - span.lo) * base, step(f.value) * base


def _same_figure(loose: Fact, tight: Fact) -> bool:
    """Does ``loose`` give the figure ``tight`` gives, less precisely: the same number with a
    comparator or fewer decimals ("about 41,000", "25" of "25.3", "about $194 million" of
    "$194.3 million"), or a date with fewer parts? "about 300" is not "320", though it allows
    it."""
    if loose.kind == "date" or not isinstance(loose.value, Fraction):
        return True
    if one_measure(loose, tight):
        # "20 km" and "12.5 miles": the tighter converted rounds to the looser
        return isinstance(tight.value, Fraction) and same_when_converted(
            loose.value, loose.unit, tight.value, tight.unit
        )
    if loose.value == tight.value:
        return True
    rounded = replace(loose, comparator=None) if loose.comparator == "~" else loose
    return decimals_dropped(rounded, tight, scaled_step(loose), scaled_step(tight))


def _fold_looser_forms(
    values: dict[str, list[NodeKey]], reps: dict[str, Fact], clashing: list[str]
) -> bool:
    """Put each clashing value that is a looser form of exactly one other ("about 4.65" of
    "4.65", "2004" of "2 March 2004", "25" of "25.3") with that value: it states the same, so
    it takes that side of the disagreement, not a side of its own. Loosest first, so "about 5"
    finds "4.65" once "about 4.65" has joined it. A value that fits two clashing values stays
    apart: it cannot say which. Returns whether any was folded."""
    folded = False
    for v in sorted(clashing, key=lambda x: _looseness(reps[x]), reverse=True):
        fits = [
            w for w in clashing
            if w != v and w in values and compatible(reps[v], reps[w])
        ]
        # Values it fits that fit each other are one side in several precisions ("about 4"
        # of "about 4.35" and "4.35"): it goes with the tightest.
        if len(fits) > 1 and all(
            compatible(reps[a], reps[b]) for i, a in enumerate(fits) for b in fits[i + 1:]
        ):
            fits = [min(fits, key=lambda w: (_looseness(reps[w]), w))]
        if (
            len(fits) == 1 and _looseness(reps[fits[0]]) < _looseness(reps[v])
            and _same_figure(reps[v], reps[fits[0]])
        ):
            values[fits[0]].extend(values.pop(v))
            del reps[v]
            folded = True
    return folded


def _about(graph: Graph, members: list[NodeKey]) -> tuple[str, str | None]:
    """What a group is about: the topic its claims share, else a claim's text, else a passage."""
    topic = next((graph.topic_of[m] for m in members if m in graph.topic_of), None)
    summary = next(
        (graph.summaries[m] for m in members if m in graph.summaries),
        graph.nodes[members[0]].unit.text,
    )
    return topic or summary, topic


def _judge_part(
    graph: Graph, part: list[NodeKey], refs: dict[str, DateValue | None]
) -> list[Conflict]:
    """A group's disagreement between sources, and apart from it a stored claim whose value,
    as the user wrote it, no source states."""
    said = {display(graph.nodes[m].fact) for m in part if not m.source.startswith("claim:")}
    users = [
        m for m in part
        if m.source.startswith("claim:") and display(graph.nodes[m].fact) not in said
    ]
    if not users:
        found = _conflict(graph, part, refs)
        return [found] if found is not None else []
    out = []
    between_sources = _conflict(graph, [m for m in part if m not in users], refs)
    if between_sources is not None:
        out.append(between_sources)
    with_claims = _conflict(graph, part, refs, claims_apart=set(users))
    if with_claims is not None:
        out.append(with_claims)
    return out


def _conflict(
    graph: Graph,
    members: list[NodeKey],
    refs: dict[str, DateValue | None],
    *,
    claims_apart: set[NodeKey] | None = None,
) -> Conflict | None:
    nodes = graph.nodes
    values, reps = _by_value(graph, members)
    clashing = _clashing(reps)
    if _fold_looser_forms(values, reps, clashing):
        clashing = _clashing(reps)
    clashing = _clashing({v: reps[v] for v in clashing}, _told_together(graph, values))
    if len(clashing) < 2:
        return None
    summary, topic = _about(graph, members)
    # Values of one quantity stated for different moments are successive figures. Each
    # statement's moment, its own date and the year its page was written: see ``_two_moments``.
    dated: dict[str, list[tuple[DateValue | None, DateValue | None, DateValue | None]]] = {
        v: [
            (
                moment(nodes[m], refs.get(nodes[m].unit.source_id)),
                _own_date(nodes[m]),
                _year_written(refs.get(nodes[m].unit.source_id)),
            )
            for m in values[v]
        ]
        for v in clashing
    }
    timeline = all(
        _two_moments(x, y)
        for i, v in enumerate(clashing)
        for w in clashing[i + 1:]
        if not compatible(reps[v], reps[w])
        for x in dated[v]
        for y in dated[w]
    )
    fact_kind = _conflict_kind([reps[v] for v in clashing])
    # A claim whose value is not in its cited passage speaks for the user, not for a source:
    # the group is the user's claim against the sources unless sources alone still disagree.
    from_sources = [
        v for v in clashing if any(not m.source.startswith("claim:") for m in values[v])
    ]
    written = bool(claims_apart) or not any(
        not compatible(reps[v], reps[w]) for v in from_sources for w in from_sources
    )
    note = None
    claims_here = sorted(
        {nodes[m].statement.claim_id or 0 for v in clashing for m in values[v]
         if m.source.startswith("claim:") and (not claims_apart or m in claims_apart)}
    )
    changed = [c for c in claims_here if c in graph.stale_claims]
    if changed:
        which = ", ".join(str(c) for c in changed)
        note = f"the source changed since claim {which} was cited"
    elif claims_here and written:
        which = ", ".join(str(c) for c in claims_here)
        note = f"claim {which} as written is not what its cited passage says"
    groups_out = [
        ValueGroup(v, _dedupe([nodes[m].statement for m in values[v]]), v not in clashing)
        for v in sorted(values, key=lambda v: (v not in clashing, _sort_key(reps[v])))
    ]
    if timeline:
        order = {
            v: min((at or written for at, _, written in dated[v]), key=_moment_key)
            for v in clashing
        }
        groups_out.sort(key=lambda g: (g.fits_all, _moment_key(order.get(g.value))))
        for g in groups_out:
            at = order.get(g.value)
            g.moment = format_date(at) if at else None
    ident = hashlib.sha1(
        "|".join(sorted(f"{m[0]}:{m[1]}:{m[2]}" for m in members)).encode()
    ).hexdigest()[:8]
    first = nodes[members[0]]
    words = measured_words(first.unit.text, first.fact) if fact_kind != "date" else ()
    return Conflict(
        ident,
        fact_kind,
        _short(summary),
        groups_out,
        topic,
        kind_of_group=CLAIM if written else REVISION if timeline else CONFLICT,
        quantity=" ".join(w for w in words if not w.startswith("#")) or None,
        note=note,
    )


def _year_written(ref: DateValue | None) -> DateValue | None:
    """The year a page was published in, as a moment: what a figure it gives with no date of
    its own holds for, when set against a figure dated in its sentence."""
    if ref is None or isinstance(ref, str) or ref[0] is None:
        return None
    return (ref[0], None, None)


def _two_moments(
    x: tuple[DateValue | None, DateValue | None, DateValue | None],
    y: tuple[DateValue | None, DateValue | None, DateValue | None],
) -> bool:
    """Do two statements' figures hold at two moments? Each is (``moment``, ``_own_date``,
    ``_year_written``). Figures both dated (``moment``) hold at their dates. A figure its sentence
    leaves undated, set against one its sentence dates as its own, holds in the year its page
    was written ("212 seats in the 2019 election" on a page of 2024, another page's "187
    seats"). Two undated figures are one moment: a height or a price paid does not change
    between two pages' years."""
    (xa, x_own, x_written), (ya, y_own, y_written) = x, y
    if xa is not None and ya is not None:
        return not dates_meet(xa, ya)
    if xa is None and ya is None:
        return False
    at, written = (x_own, y_written) if ya is None else (y_own, x_written)
    return at is not None and written is not None and not dates_meet(at, written)


def _own_date(node: Node) -> DateValue | None:
    """The date a figure's sentence gives as the figure's own: the nearest, with no other figure
    between them ("drew 1,977,560, beating the 1,201,330 of 2015" dates the 1,201,330
    only). A length of time ("closed for 17 months after the floods of 2019") has no moment."""
    f = node.fact
    if f.kind not in ("number", "range") or dimension(f.unit or "") == "time":
        return None
    nearest = _nearest_date(node)
    if nearest is None:
        return None
    lo, hi = sorted((nearest.end, f.start)) if nearest.start < f.start else (f.end, nearest.start)
    between = [
        g for g in node.unit.facts
        if g.kind in ("number", "range") and g is not f and lo <= g.start and g.end <= hi
    ]
    return None if between else nearest.value  # type: ignore[return-value]


def _moment_key(at: DateValue | None) -> tuple[int, int, int]:
    if at is None or isinstance(at, str):
        return (9999, 99, 99)
    return (at[0] or 0, at[1] or 0, at[2] or 0)


def _corroboration(
    graph: Graph,
    members: list[NodeKey],
    syndicated: list[list[str]],
    copy_of: dict[str, str],
) -> Corroboration | None:
    """A group with no disagreement: one value stated by several sources, or nothing."""
    nodes = graph.nodes
    values, reps = _by_value(graph, members)
    if any(not compatible(reps[v], reps[w]) for v in reps for w in reps):
        return None
    summary, topic = _about(graph, members)
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
