"""Conflicts between sources: real disagreements found, notation differences never reported."""

from __future__ import annotations

import json
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factbase.analysis.facts import parse_reference_date
from factbase.analysis.statements import COMPARED_KINDS, StemIndex, Unit, source_units
from factbase.conflicts import ClaimRow, ConflictReport, compare_claims, syndicated_groups
from factbase.conflicts.assembly import Graph, NodeKey
from factbase.conflicts.syndication import (
    SKETCH,
    SKETCH_HOLDERS,
    SYNDICATED_JACCARD,
    sketch_groups,
)

CORPUS = Path(__file__).resolve().parent.parent / "data" / "rotherham"


def report_for(
    texts: dict[str, str],
    published: dict[str, str] | None = None,
    topics: dict[tuple[str, int], str] | None = None,
    claims_from: list[str] | None = None,
) -> ConflictReport:
    """Every statement of ``claims_from`` (default: all sources) as a claim, as the demo does."""
    published = published or {}
    refs = {sid: parse_reference_date(published.get(sid)) for sid in texts}
    units: list[Unit] = []
    for sid, text in texts.items():
        units.extend(
            source_units(sid, text, refs[sid], first_key=len(units), kinds=COMPARED_KINDS)
        )
    index = StemIndex(units)
    claims = []
    for n, u in enumerate(units, 1):
        if claims_from is not None and u.source_id not in claims_from:
            continue
        topic = (topics or {}).get((u.source_id, n))
        claims.append(ClaimRow(n, u.text, u.source_id, topic, u.start, u.end, u.text))
    return compare_claims(claims, texts=texts, refs=refs, index=index)


def values(report: ConflictReport) -> list[set[str]]:
    return [{v.value for v in c.values} for c in report.conflicts]


# --- made-up corpora: one per fact kind, both directions ---------------------------------------

DISAGREE = [
    (
        "number",
        "The inquiry found that 1,400 children were sexually exploited in the town.",
        "The inquiry found that 1,500 children were sexually exploited in the town.",
        {"1,400", "1,500"},
    ),
    (
        "date",
        "Five men were jailed for sexual offences against girls in 2010.",
        "Five men were jailed for sexual offences against girls in 2020.",
        {"2010", "2020"},
    ),
    (
        "date",
        "The council commissioned the independent inquiry in September 2013.",
        "The council commissioned the independent inquiry in October 2013.",
        {"September 2013", "October 2013"},
    ),
    (
        "range",
        "Children were sexually exploited in the town between 1997 and 2013, the review said.",
        "Children were sexually exploited in the town between 1997 and 2014, the review said.",
        {"1997–2013", "1997–2014"},
    ),
    (
        "comparator",
        "The review estimated that at least 1,400 children were sexually exploited.",
        "The review estimated that up to 1,400 children were sexually exploited.",
        {"at least 1,400", "up to 1,400"},
    ),
]

AGREE = [
    (
        "The inquiry found that 1,400 children were sexually exploited in the town.",
        "The inquiry found that 1400 children were sexually exploited in the town.",
    ),
    (
        "Over the first twelve years covered by the inquiry, leadership failures were blatant.",
        "Over the first 12 years covered by the inquiry, leadership failures were blatant.",
    ),
    (
        "The report was published on 26 August 2014 by the council.",
        "The report was published on 26th August 2014 by the council.",
    ),
    (
        "The report was published on 26 August 2014 by the council.",
        "The report was published on August 26, 2014 by the council.",
    ),
    (
        "Children were sexually exploited in the town between 1997 and 2013, the review said.",
        "Children were sexually exploited in the town in 1997–2013, the review said.",
    ),
    (
        "Children were sexually exploited in the town from 1997 to 2013, the review said.",
        "Children were sexually exploited in the town between 1997 and 2013, the review said.",
    ),
    (
        "The review estimated that at least 1,400 children were sexually exploited.",
        "The review estimated that 1,400 children were sexually exploited.",
    ),
    (
        "In just over a third of cases, the children were already known to services.",
        "In just over a third of cases, the children were already known to services.",
    ),
]


@pytest.mark.parametrize(("kind", "a", "b", "expected"), DISAGREE, ids=[d[0] for d in DISAGREE])
def test_a_different_value_is_a_conflict(kind: str, a: str, b: str, expected: set[str]) -> None:
    report = report_for({"one": a, "two": b})
    assert values(report) == [expected]
    conflict = report.conflicts[0]
    assert conflict.kind == kind
    sources = {s.source for v in conflict.values for s in v.statements}
    assert sources == {"one", "two"}


@pytest.mark.parametrize(("a", "b"), AGREE)
def test_the_same_value_in_another_notation_is_never_a_conflict(a: str, b: str) -> None:
    # Distinct surrounding text, so that the two are not taken for copies of one story.
    report = report_for(
        {
            "one": "Our reporter covered the hearing for the evening edition.\n\n" + a,
            "two": b + "\n\nReaders can write to the letters page about this story.",
        }
    )
    assert report.conflicts == []
    assert report.corroborations, "the two sources state the same fact"
    assert all(c.independent_sources == 2 for c in report.corroborations)


def test_unrelated_facts_of_one_kind_are_not_compared() -> None:
    report = report_for(
        {
            "one": "The Times published an investigation into the abuse in September 2012.",
            "two": "Professor Jay's report was published by the council in August 2014.",
        }
    )
    assert report.conflicts == []


def test_counts_of_different_things_are_not_compared() -> None:
    report = report_for(
        {
            "one": "A man was convicted of offences against 10 children in the town.",
            "two": "Five men were convicted of offences against girls in the town.",
        }
    )
    assert report.conflicts == []


def test_relative_dates_resolve_against_publication() -> None:
    texts = {
        "weekly": "The review, which was commissioned by the council last October, found failings.",
        "daily": "The review was commissioned by the council in October 2013 and found failings.",
        "monthly": (
            "The review was commissioned by the council in September 2013 and found failings."
        ),
    }
    published = {"weekly": "2014-08-26", "daily": "2014-08-26", "monthly": "2014-10"}
    report = report_for(texts, published)
    assert values(report) == [{"October 2013", "September 2013"}]
    october = next(v for v in report.conflicts[0].values if v.value == "October 2013")
    assert {s.source for s in october.statements} == {"weekly", "daily"}


def test_relative_date_without_publication_date_stays_textual() -> None:
    texts = {
        "a": "The review was commissioned by the council last October and found failings.",
        "b": "The review was commissioned by the council last October and found failings.",
    }
    report = report_for(texts)
    assert report.conflicts == []


def test_claims_sharing_a_topic_are_compared_whatever_their_wording() -> None:
    texts = {
        "a": "Five men were jailed for sexual offences against girls in 2010.",
        "b": "A court sent the gang to prison in November 2020 after a long trial.",
    }
    without = report_for(texts)
    assert without.conflicts == []
    with_topic = report_for(texts, topics={("a", 1): "gang-sentenced", ("b", 2): "gang-sentenced"})
    assert values(with_topic) == [{"2010", "November 2020"}]
    assert with_topic.conflicts[0].summary == "gang-sentenced"


STORY = (
    "The leader of Rotherham Council has resigned after an independent report found that at "
    "least 1,400 children were sexually exploited in the town between 1997 and 2013. The "
    "report by Professor Alexis Jay said girls as young as 11 were raped by multiple "
    "perpetrators and that the council ignored three reports on the problem. Council leader "
    "Roger Stone, who had led the council since 2003, said he took responsibility for the "
    "historic failings described in the report."
)


def test_syndicated_copies_count_once() -> None:
    copy = "Published with permission.\n\n" + STORY + "\n\nShare this article."
    other = (
        "An inquiry into child exploitation concluded that at least 1,400 children were "
        "sexually exploited in Rotherham, far more than had been thought."
    )
    texts = {"agency": STORY, "reprint": copy, "weekly": other}
    assert syndicated_groups(texts) == [["agency", "reprint"]]
    report = report_for(texts)
    assert report.syndicated == [["agency", "reprint"]]
    fourteen = next(c for c in report.corroborations if c.value == "at least 1,400")
    assert fourteen.sources == ["agency", "reprint", "weekly"]
    assert fourteen.independent_sources == 2
    assert fourteen.merged == [["agency", "reprint"]]


def test_different_stories_are_not_merged() -> None:
    texts = {"a": STORY, "b": STORY.replace("1,400", "1,500").replace("resigned", "stayed") * 1}
    other = {"a": STORY, "c": "An unrelated story about potholes in the town centre. " * 5}
    assert syndicated_groups(other) == []
    assert syndicated_groups(texts) == [["a", "b"]]


def _pairwise_groups(sketches: dict[str, list[int]]) -> list[list[str]]:
    """``sketch_groups`` by its definition, pair by pair: two sources are copies when they share
    enough hashes that at most ``SKETCH_HOLDERS`` of the sources hold, and their sketches
    estimate a Jaccard similarity of at least ``SYNDICATED_JACCARD``."""
    holders = Counter(h for s in sketches.values() for h in set(s))
    need = SYNDICATED_JACCARD * SKETCH / 2
    groups = {i: {i} for i in sketches}
    for a, b in combinations(sorted(sketches), 2):
        sa, sb = set(sketches[a]), set(sketches[b])
        rare = sum(1 for h in sa & sb if holders[h] <= SKETCH_HOLDERS)
        union = sorted(sa | sb)[:SKETCH]
        estimate = sum(1 for h in union if h in sa and h in sb) / max(1, len(union))
        if rare >= need and estimate >= SYNDICATED_JACCARD and groups[a] is not groups[b]:
            merged = groups[a] | groups[b]
            for i in merged:
                groups[i] = merged
    unique = {id(g): g for g in groups.values() if len(g) > 1}
    return sorted((sorted(g) for g in unique.values()), key=lambda g: g[0])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 2), st.lists(st.integers(0, 300), max_size=80)),
        max_size=60,
    )
)
def test_syndicated_groups_are_the_pairs_their_sketches_make(
    made: list[tuple[int, list[int]]],
) -> None:
    """Sources copied from a few stories with some hashes of their own, a story at times
    copied by more sources than a rare hash has: the groups found through shared rare hashes
    are those a check of every pair finds."""
    stories = [sorted(range(k * 40, k * 40 + 70)) for k in range(3)]
    sketches = {
        f"s{n}": sorted(set(stories[story][: SKETCH - len(own) % 20] + own))[:SKETCH]
        for n, (story, own) in enumerate(made)
    }
    assert sketch_groups(sketches) == _pairwise_groups(sketches)


def test_a_story_copied_more_often_than_a_rare_hash_is_held_proposes_no_pairs() -> None:
    """Up to ``SKETCH_HOLDERS`` copies of one sketch are one group; one copy more and its hashes
    are too common to propose a pair (a stock text, not one story)."""
    story = list(range(SKETCH))
    held = {f"c{n:02}": story for n in range(SKETCH_HOLDERS)}
    assert sketch_groups(held) == [sorted(held)] == _pairwise_groups(held)
    more = held | {"c99": story}
    assert sketch_groups(more) == [] == _pairwise_groups(more)


# --- the bundled corpus -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled() -> ConflictReport:
    entries = json.loads((CORPUS / "sources.json").read_text(encoding="utf-8"))
    texts = {e["id"]: (CORPUS / e["file"]).read_text(encoding="utf-8") for e in entries}
    published = {e["id"]: e["published"] for e in entries}
    return report_for(texts, published)


def test_bundled_corpus_shows_the_five_men_2010_vs_2020(bundled: ConflictReport) -> None:
    conflict = next(
        c for c in bundled.conflicts if {"2010", "November 2020"} <= {v.value for v in c.values}
    )
    sources = {s.source for v in conflict.values for s in v.statements}
    assert sources == {"timeline"}
    assert conflict.kind == "date"


def test_bundled_corpus_shows_september_vs_october_2013(bundled: ConflictReport) -> None:
    conflict = next(
        c for c in bundled.conflicts
        if {"September 2013", "October 2013"} <= {v.value for v in c.values}
    )
    by_value = {v.value: {s.source for s in v.statements} for v in conflict.values}
    assert by_value["September 2013"] == {"timeline"}
    assert {"lgc", "star"} <= by_value["October 2013"]  # lgc says "last October"


def test_bundled_corpus_reports_no_notation_only_conflict(bundled: ConflictReport) -> None:
    from factbase.analysis.facts import extract

    for c in bundled.conflicts:
        canon = set()
        for v in c.values:
            fact = v.statements[0]
            canon.add(v.value)
            assert fact.passage
        assert len(canon) == len(c.values) >= 2
        # No two value groups may hold the same canonical value.
        assert len({v.value for v in c.values}) == len(c.values)
    # And the corroborated 1,400 is stated in several notations ("1,400", "1400").
    fourteen = next(c for c in bundled.corroborations if c.value == "at least 1,400")
    notations = {
        f.text for s in fourteen.statements for f in extract(s.passage).of("number")
        if f.value == 1400
    }
    assert {"1,400", "1400"} <= notations
    assert fourteen.independent_sources >= 4


def test_bundled_corpus_corroborations(bundled: ConflictReport) -> None:
    found = {c.value: set(c.sources) for c in bundled.corroborations}
    assert found["12"] >= {"flw", "pse", "timeline"}  # "twelve" and "12"
    assert found["at least 1,400"] >= {"flw", "lgc", "pse", "timeline"}


@given(
    st.lists(st.integers(0, 11), max_size=12, unique=True),
    st.lists(st.tuples(st.integers(0, 14), st.integers(0, 14)), max_size=40),
)
def test_a_graph_links_and_groups_as_sets_of_its_links_do(
    stated: list[int], links: list[tuple[int, int]]
) -> None:
    """Each node's linked nodes are those of every link it is in (a link repeated, or of a
    node with itself, counts once or not at all), and the groups are the joined nodes that are
    stated, in the order they were stated, singletons left out."""
    key = [NodeKey(f"s{k % 3}", k, k + 1) for k in range(15)]
    graph = Graph()
    for k in stated:
        graph.nodes[key[k]] = None  # type: ignore[assignment]  # only the keys are read
    for a, b in links:
        graph.link(key[a], key[b])
    linked = graph.neighbours()
    for k in range(15):
        assert linked[key[k]] == {key[b] for a, b in links if a == k and b != k} | {
            key[a] for a, b in links if b == k and a != k
        }
    # the groups, naively: join linked keys until nothing changes
    group_of = {k: {k} for k in range(15)}
    for a, b in links:
        joined = group_of[a] | group_of[b]
        for k in joined:
            group_of[k] = joined
    in_a_link = {k for link in links for k in link}
    expected: list[list[NodeKey]] = []
    placed: set[int] = set()
    for k in stated:
        if k in placed or k not in in_a_link:
            continue
        members = [m for m in stated if m in group_of[k] and m in in_a_link]
        placed.update(members)
        if len(members) >= 2:
            expected.append([key[m] for m in members])
    assert graph.groups() == expected


def test_claims_of_the_same_words_are_each_read_against_their_own_source() -> None:
    """Claims that say the same, word for word, from sources published in different years: each
    stands in its own source, and a date without a year is read in its own source's year."""
    from factbase.conflicts.comparison import Comparison

    sentence = "The Varnak plant reopened on 4 March with 412 workers."
    texts = {"a": sentence, "b": "Plant news.\n\n" + sentence, "c": sentence}
    refs = {
        sid: parse_reference_date(day)
        for sid, day in (("a", "2019-06-01"), ("b", "2020-06-01"), ("c", "2019-07-01"))
    }
    units: list[Unit] = []
    for sid, text in texts.items():
        units.extend(
            source_units(sid, text, refs[sid], first_key=len(units), kinds=COMPARED_KINDS)
        )
    claims = [
        ClaimRow(n, u.text, u.source_id, None, u.start, u.end, u.text)
        for n, u in enumerate(units, 1)
    ]
    comparison = Comparison(texts=texts, refs=refs, index=StemIndex(units))
    comparison.compare_all(claims, progress=None)
    dates = {
        (node.statement.claim_id, node.unit.source_id, node.unit.start, node.fact.value)
        for node in comparison.graph.nodes.values()
        if node.fact.kind == "date" and node.statement.claim_id is not None
    }
    assert dates == {
        (1, "a", 0, (2019, 3, 4)),
        (2, "b", len("Plant news.\n\n"), (2020, 3, 4)),
        (3, "c", 0, (2019, 3, 4)),
    }
