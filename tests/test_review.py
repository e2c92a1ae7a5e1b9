"""review: every claim of a draft judged against the whole library (service, pure)."""

from __future__ import annotations

import pytest

from factbase.analysis.statements import source_units
from factbase.conflicts import syndicated_groups
from factbase.library import Library, LibrarySource
from factbase.review import independent_count, is_claim, judge_claim, quotes_of, review_draft
from factbase.sources.drafts import parse_draft
from factbase.status import ReviewStatus

FLOOD = (
    "Heavy rain fell across the region on Monday. The flood in the valley killed 120 people, "
    "officials said on Tuesday. Rescue teams worked through the night."
)
OTHER = (
    "The river rose overnight. The flood in the valley killed 185 people, according to the "
    "regional government. Many homes were destroyed."
)
MAYOR = (
    "The mayor spoke to reporters outside the town hall. Mayor Anna Berg said: \"We will "
    "rebuild every home that the water took from us\" and thanked the volunteers."
)
UNRELATED = "The city council approved a budget of 4 million euros for new cycle lanes in 2021."


FERRY = (
    "The storm closed the harbour for days. The ferry service to the islands resumed on Tuesday, "
    "the operator said."
)


def library(*texts: tuple[str, str]) -> Library:
    return Library([LibrarySource(sid, text, 1, "2024-03-05") for sid, text in texts])


@pytest.mark.parametrize(
    ("claim", "sources", "status"),
    [
        ("The flood in the valley killed 120 people.", [("a", FLOOD)], "supported"),
        ("The flood in the valley killed 150 people.", [("a", FLOOD)], "contradicted"),
        ("The flood in the valley killed 120 people.", [("a", FLOOD), ("b", OTHER)], "disputed"),
        ("The flood in the valley killed 185 people.", [("b", OTHER), ("c", UNRELATED)],
         "supported"),
        ("The earthquake destroyed 300 bridges in the north in 2019.", [("a", FLOOD)],
         "unsupported"),
        ('Mayor Anna Berg said: "We will rebuild every home that the water took from us".',
         [("m", MAYOR)], "supported"),
        ('Governor Paul Smith said: "We will rebuild every home that the water took from us".',
         [("m", MAYOR)], "contradicted"),
        ('Mayor Anna Berg said: "We will rebuild every school that the storm took".',
         [("m", MAYOR)], "unsupported"),
    ],
)
def test_verdicts(claim: str, sources: list[tuple[str, str]], status: str) -> None:
    verdict = judge_claim(claim, library(*sources))
    assert verdict.status == status, (verdict.note, [e.as_dict() for e in verdict.evidence])


def test_contradiction_shows_both_values() -> None:
    verdict = judge_claim("The flood in the valley killed 150 people.", library(("a", FLOOD)))
    diffs = [d for e in verdict.evidence for d in e.differences if d.kind == "number"]
    assert [(d.claim, d.source) for d in diffs] == [("150", "120")]
    assert "'120'" in (verdict.note or "")


def test_supported_evidence_points_at_the_passage() -> None:
    verdict = judge_claim("The flood in the valley killed 120 people.", library(("a", FLOOD)))
    (e,) = verdict.evidence
    assert e.start is not None and e.end is not None
    assert "killed 120 people" in FLOOD[e.start:e.end]
    assert e.version == 1


def test_syndicated_copies_count_once() -> None:
    copy = FLOOD + " Copyright the wire service."
    lib = library(("a", FLOOD), ("b", copy), ("c", FLOOD.replace("Monday", "Sunday")))
    verdict = judge_claim("The flood in the valley killed 120 people.", lib)
    assert {e.source for e in verdict.evidence} == {"a", "b", "c"}
    assert verdict.independent == 1
    assert independent_count(["a", "b", "c"], lib) == 1


def test_each_copy_of_a_sentence_has_the_verdict_at_its_own_place() -> None:
    sentence = "The flood in the valley killed 120 people on Monday, officials said."
    texts = {
        sid: f"{lead} {sentence} {tail}"
        for sid, lead, tail in (
            ("a", "Rain fell for a week.", "Roads were shut."),
            ("b", "Rivers rose across the region overnight.", "Schools stayed closed."),
            ("c", "A wire report.", "More rain is due."),
        )
    }
    lib = Library([LibrarySource(sid, t, 1, "2024-03-05") for sid, t in texts.items()])
    for claim, status in (
        ("The flood in the valley killed 120 people.", "ok"),
        ("The flood in the valley killed 150 people.", "contradicted"),
    ):
        verdict = judge_claim(claim, lib)
        found = {e.source: e for e in verdict.evidence}
        assert set(found) == set(texts)
        for sid, e in found.items():
            assert e.status == status
            assert e.start is not None and e.end is not None
            assert "killed 120 people" in texts[sid][e.start:e.end]


def test_a_copy_read_against_another_day_of_publication_is_judged_on_its_own() -> None:
    # A year-less date of the claim is read against each source's own day of publication.
    sentence = "The flood in the valley killed 120 people on 4 March 2024, officials said."
    lib = Library([
        LibrarySource("a", sentence, 1, "2024-03-05"),
        LibrarySource("b", sentence, 1, "2025-03-05"),
    ])
    verdict = judge_claim("The flood killed 120 people in the valley on 4 March.", lib)
    statuses = {e.source: e.status for e in verdict.evidence}
    alone = {sid: lib.check_whole("The flood killed 120 people in the valley on 4 March.", sid)
             for sid in ("a", "b")}
    assert statuses == {sid: r.status for sid, r in alone.items()}
    assert statuses["a"] == "ok" and statuses["b"] != "ok"


@pytest.mark.parametrize(
    ("published_b", "judged_again"),
    [("2024-06-20", False),  # "4 March" is 4 March 2024 read against either day
     ("2025-03-05", True)],  # and 4 March 2025 against this one
)  # fmt: skip
def test_a_copy_published_another_day_is_judged_again_only_where_its_dates_read_otherwise(
    checks: list[str], published_b: str, judged_again: bool
) -> None:
    sentence = "The flood in the valley killed 120 people on 4 March, officials said."
    claim = "The flood killed 120 people in the valley on 4 March 2024."
    lib = Library([
        LibrarySource("a", sentence, 1, "2024-03-05"),
        LibrarySource("b", sentence, 1, published_b),
    ])
    alone = {sid: lib.check_whole(claim, sid).status for sid in ("a", "b")}
    checks.clear()
    verdict = judge_claim(claim, lib)
    assert {e.source: e.status for e in verdict.evidence} == alone
    assert alone["a"] == "ok" and (alone["b"] == "ok") is not judged_again
    assert ("b" in checks) is judged_again


WIRE = "The flood in the valley killed 120 people, officials said."
WIRE_TEXTS = {
    "a": f"Rain fell for a week. {WIRE} The bridge at Lund reopened on Friday.",
    "b": f"Rivers rose overnight. {WIRE} The bridge at Lund reopened on Friday.",
    "c": f"A wire report. {WIRE} Schools in the town stayed closed.",
}


def test_a_copy_is_checked_again_only_with_the_sentence_around_it_that_decided(
    checks: list[str],
) -> None:
    """The claim is found across the repeated sentence and the one after it: the copy with the
    same sentence after it is checked and supports it; the copy with another sentence after it
    is not checked, and its repeated sentence alone does not state the bridge."""
    lib = Library([LibrarySource(sid, t, 1, "2024-03-05") for sid, t in WIRE_TEXTS.items()])
    verdict = judge_claim(
        "The flood in the valley killed 120 people and the bridge at Lund reopened on Friday.",
        lib,
    )
    assert verdict.status == ReviewStatus.SUPPORTED
    assert {e.source: e.status for e in verdict.evidence} == {"a": "ok", "b": "ok"}
    assert "b" in checks and "c" not in checks


def test_a_repeated_sentence_that_states_nothing_of_the_claim_is_checked_once(
    checks: list[str],
) -> None:
    lib = Library([LibrarySource(sid, t, 1, "2024-03-05") for sid, t in WIRE_TEXTS.items()])
    verdict = judge_claim(
        "The storm in the valley killed 120 sheep and the bridge at Lund reopened on Friday.", lib
    )
    assert verdict.status == ReviewStatus.UNSUPPORTED
    assert set(checks) == {"a"}
    # each copy alone says the same
    for sid in WIRE_TEXTS:
        assert lib.check_whole(verdict.text, sid).status == "missing"


SAID = "She said the flood in the valley killed 120 people on Monday."


@pytest.mark.parametrize(
    ("first_lead", "saying"),
    [
        # the first copy's sentence before names the speaker
        ("Ada Vela, the mayor of Lund, spoke at noon.", {"a", "b", "c"}),
        # the first copy's sentence before names someone else: alone or with its words around
        # it, it says nothing of who spoke; the copy whose words around it name her is probed,
        # and with it every copy that names her as fully
        ("Tom Brask, the mayor of Harlow, spoke at noon.", {"b", "c"}),
    ],
)
def test_a_copy_is_checked_again_where_the_words_around_it_may_name_who_the_claim_names(
    checks: list[str], first_lead: str, saying: set[str]
) -> None:
    """Every source that says the claim is found, whichever copy of the sentence comes first;
    the copy with none of the claim's names around it is not checked again."""
    texts = {
        "a": f"{first_lead} {SAID} Roads stayed shut.",
        "b": f"Ada Vela, the mayor of Lund, spoke at noon. {SAID} Roads stayed shut.",
        "c": f"Later on, Ada Vela gave a short speech. {SAID} Schools stayed shut.",
        "d": f"Markets were quiet all week long in the city. {SAID} Roads stayed shut.",
    }
    lib = Library([LibrarySource(sid, t, 1, "2024-03-05") for sid, t in texts.items()])
    claim = "Ada Vela said the flood in the valley killed 120 people on Monday."
    verdict = judge_claim(claim, lib)
    assert verdict.status == ReviewStatus.SUPPORTED
    assert {e.source for e in verdict.evidence if e.status == "ok"} == saying
    assert "d" not in checks
    assert {sid for sid in texts if lib.check_whole(claim, sid).status == "ok"} == saying


def test_independent_sources_are_counted_among_the_sources_given_claim_after_claim() -> None:
    # b shares most of its story with a and most with c, but a and c are two stories: a and c
    # count once only when b is among the sources that join them.
    def run(tag: str, n: int) -> str:
        return " ".join(f"{tag}{i:03d}x" for i in range(n))

    b = run("qu", 150)
    a, c = run("pa", 100) + " " + b, b + " " + run("ro", 100)
    lib = library(("a", a), ("b", b), ("c", c), ("flood", FLOOD))
    assert syndicated_groups({"a": a, "c": c}) == []
    asked = [["a", "c"], ["a", "b"], ["a", "b", "c"], ["a", "c", "flood"], ["a", "c"], ["b"]]
    assert [independent_count(ids, lib) for ids in asked] == [2, 1, 1, 3, 2, 1]


def test_cited_source_is_checked_first_and_reported() -> None:
    lib = library(("a", FLOOD), ("b", OTHER))
    draft = parse_draft(
        "The flood in the valley killed 185 people, says [the report](a).", kind="markdown"
    )
    (claim,) = review_draft(draft, lib).claims
    assert [c.as_dict() for c in claim.cited] == [
        {"target": "a", "source": "a", "status": "contradicted"}
    ]
    assert claim.evidence[0].cited and claim.evidence[0].source == "a"
    assert claim.status == ReviewStatus.DISPUTED


def test_cited_url_not_in_library() -> None:
    draft = parse_draft(
        "The flood in the valley killed 120 people, [officials said](https://example.org/x).",
        kind="markdown",
    )
    (claim,) = review_draft(draft, library(("a", FLOOD))).claims
    assert claim.cited[0].status == "not_in_library"
    assert claim.status == ReviewStatus.SUPPORTED


def test_claims_have_offsets_into_the_draft_as_written() -> None:
    original = "# Flood\n\nThe flood in the valley **killed 120 people**.\n\nIt was sad.\n"
    draft = parse_draft(original, kind="markdown")
    review = review_draft(draft, library(("a", FLOOD)))
    (claim,) = review.claims
    assert original[claim.start:claim.end] == "The flood in the valley **killed 120 people**."
    assert claim.text == "The flood in the valley killed 120 people."


def test_html_draft_offsets_and_links() -> None:
    original = (
        '<html><body><h1>Flood</h1><p>The flood in the valley killed <a href="a">120 '
        "people</a> &amp; more.</p></body></html>"
    )
    draft = parse_draft(original, kind="html")
    (claim,) = review_draft(draft, library(("a", FLOOD))).claims
    assert original[claim.start:claim.start + 9] == "The flood"
    assert original[claim.end - 5:claim.end] == "more."
    assert claim.cited[0].source == "a"


def test_sentences_without_facts_are_not_claims() -> None:
    draft = parse_draft("It rained a lot. Everyone was sad about it all.", kind="text")
    assert review_draft(draft, library(("a", FLOOD))).claims == []


def test_quotes_need_three_words() -> None:
    assert quotes_of('He said "no" and then "we will rebuild it".') == ["we will rebuild it"]


STORM = "The storm on the coast killed 120 people, officials said. Power was cut to 3,000 homes."


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Valley flood: 120 killed.", "supported"),
        ("Valley flood: 185 people killed.", "contradicted"),
    ],
)
def test_terse_sentences_with_a_value_are_claims(sentence: str, status: str) -> None:
    lib = library(("a", FLOOD), ("s", STORM), ("c", UNRELATED))
    (claim,) = review_draft(parse_draft(sentence, kind="text"), lib).claims
    assert claim.status == status
    assert [(e.source, e.status) for e in claim.evidence] == [
        ("a", "ok" if status == "supported" else "contradicted")
    ]


@pytest.mark.parametrize(
    "text", ["# Valley flood 2019\n\nIt was sad.\n", "Flood, 2019\n\nIt was sad.\n", "120 killed."]
)
def test_headings_and_fragments_with_a_value_are_not_claims(text: str) -> None:
    draft = parse_draft(text, kind="markdown")
    assert review_draft(draft, library(("a", FLOOD))).claims == []


# --- claims without a number, date or range, and the source sentences that decide them --------

LEAGUE = (
    "The season ended in May. The Rovers finished fourth in the league, their best result in a "
    "decade. The manager thanked the fans."
)
TRAIN = (
    "The storm closed the line for a day. The first train left Halden station at 8:38 a.m. The "
    "line reopened fully on Tuesday."
)
BRIDGE = (
    "Crowds gathered by the water. Mayor Anna Berg opened the new bridge over the river, and the "
    "band played. It cost less than planned."
)
COUNCIL = (
    "The meeting ran late. The council approved the new cycle lanes after a long debate. Shops "
    "had opposed them."
)
TABLE = (
    "The tournament's record scorers.\n\nMost goals at the finals\n\n"
    "16 - Davor Lovric, Kestria (2002-14)\n\n15 - Okwen, Norvia (1998-2006)\n\n"
    "14 - Halvard Brask, West Zelora (1970-74)\n"
)
GLUED = (
    "The pilot reported a problem at 8:44 a.m. The aircraft turned back towards the airport and "
    "crashed six minutes later.The crew of eight and all 172 passengers on board died."
)


@pytest.mark.parametrize(
    ("claim", "sources", "status"),
    [
        # an ordinal
        ("The Rovers finished fourth in the league.", [("a", LEAGUE)], "supported"),
        ("The Rovers finished second in the league.", [("a", LEAGUE)], "contradicted"),
        ("The Rovers finished fourth in the league.", [("u", UNRELATED), ("b", BRIDGE)],
         "unsupported"),
        # a time of day
        ("The first train left Halden station at 8:38 a.m.", [("a", TRAIN)], "supported"),
        ("The first train left Halden station at 9:38 a.m.", [("a", TRAIN)], "contradicted"),
        ("The first train left Halden station at 8:38 a.m.", [("u", UNRELATED), ("l", LEAGUE)],
         "unsupported"),
        # who did it
        ("Mayor Anna Berg opened the new bridge over the river.", [("a", BRIDGE)], "supported"),
        ("Mayor Paul Smith opened the new bridge over the river.", [("a", BRIDGE)],
         "contradicted"),
        ("Mayor Anna Berg opened the new bridge over the river.", [("u", UNRELATED),
         ("l", LEAGUE)], "unsupported"),
        # a negation, decided by a sentence that states no fact of its own
        ("The council did not approve the new cycle lanes.", [("a", COUNCIL)], "contradicted"),
        ("The council did not approve the new cycle lanes.", [("l", LEAGUE), ("b", BRIDGE)],
         "unsupported"),
        # a row of a table
        ("Davor Lovric of Kestria has the most goals at the finals, 16.", [("a", TABLE)],
         "supported"),
        ("Davor Lovric of Kestria has the most goals at the finals, 18.", [("a", TABLE)],
         "contradicted"),
        ("Davor Lovric of Kestria has the most goals at the finals, 16.", [("u", UNRELATED)],
         "unsupported"),
        # the day of the week, with no other fact
        ("The ferry service to the islands resumed on a Tuesday after the storm.",
         [("a", FERRY)], "supported"),
        ("The ferry service to the islands resumed on a Thursday after the storm.",
         [("a", FERRY)], "contradicted"),
        ("The ferry service to the islands resumed on a Tuesday after the storm.",
         [("u", UNRELATED)], "unsupported"),
        # sentences run together in the source: "at 8:44 a.m. The", "later.The"
        ("The aircraft turned back towards the airport and crashed six minutes later.",
         [("a", GLUED)], "supported"),
        ("The crew of eight and all 172 passengers on board died.", [("a", GLUED)], "supported"),
        ("The crew of eight and all 157 passengers on board died.", [("a", GLUED)],
         "contradicted"),
    ],
)
def test_claims_of_every_kind_check_compares(
    claim: str, sources: list[tuple[str, str]], status: str
) -> None:
    assert is_claim(claim)
    verdict = judge_claim(claim, library(*sources))
    assert verdict.status == status, (verdict.note, [e.as_dict() for e in verdict.evidence])
    if status != "unsupported":
        assert verdict.evidence[0].source == "a"


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("The Rovers finished fourth in the league.", True),
        ("The first train left at 8:38 a.m.", True),
        ("Mayor Anna Berg opened the new bridge.", True),
        ("The council did not approve the new cycle lanes.", True),
        ("Charge: conspiracy to defraud the FAA.", True),
        # no fact check compares: prose without a name, a value or a negation
        ("The town has seen many changes and people there have mixed feelings about them.", False),
        # a heading or a caption, not a sentence
        ("Mayor Anna Berg", False),
        ("The Rovers in fourth place", False),
    ],
)
def test_what_is_a_claim(sentence: str, claim: bool) -> None:
    assert is_claim(sentence) is claim


def test_the_index_holds_prose_and_value_rows_for_review_only() -> None:
    prose = [u.text for u in source_units("a", COUNCIL + "\n\n" + TABLE, None, prose=True)]
    assert "The council approved the new cycle lanes after a long debate." in prose
    assert "16 - Davor Lovric, Kestria (2002-14)" in prose
    assert "Most goals at the finals" not in prose  # a heading states nothing
    assert source_units("a", COUNCIL + "\n\n" + TABLE, None) == []


STATS_TABLE = """Tournament statistics | |
Matches played | 64 |
Goals scored | 171 (2.67 per match) |
Attendance | 1,912,300 (29,880 per match) |
Top scorer | Ivo Montago (7 goals) |"""


def test_a_row_of_a_table_with_bars_that_gives_a_value_is_indexed() -> None:
    """A table's row written with bars between its cells is found by a review as ``check``
    finds it: the claim it gives supported, another value contradicted; a row with no value
    and a sentence with a bar inside it are no rows."""
    prose = [u.text for u in source_units("t", STATS_TABLE, None, prose=True)]
    assert "Goals scored | 171 (2.67 per match) |" in prose
    assert "Top scorer | Ivo Montago (7 goals) |" in prose
    row = "| Launch mass | 14 kg (31 lb) |"
    assert [u.text for u in source_units("r", row, None, prose=True)] == [row]
    assert "Tournament statistics | |" not in prose
    lib = library(("t", STATS_TABLE), ("c", UNRELATED))
    assert judge_claim("Goals: 171, or 2.67 per match.", lib).status == ReviewStatus.SUPPORTED
    assert judge_claim("Goals: 178, or 2.67 per match.", lib).status == (
        ReviewStatus.CONTRADICTED
    )
    bar = "The vote was 52|48 in favour of the plan, the council said on Monday."
    assert [u.text for u in source_units("v", bar, None, prose=True)] == [bar]  # prose anyway


_TIED_CANDIDATES = """
from factbase.analysis.statements import StemIndex, make_unit, source_units
units = []
for sid, text in (("a", "Ferrant and Brennan reported 10 cases in the north."),
                  ("b", "Virelli and Wexley reported 20 cases in the north.")):
    units.extend(source_units(sid, text, None, first_key=len(units)))
index = StemIndex(units)
claim = "Ferrant, Brennan, Virelli and Wexley reported cases in the north."
unit = make_unit(-1, "draft", claim, 0, len(claim), None)
print([(round(score, 9), index.units[index.families[fam][0]].source_id)
       for score, fam in index.candidates(unit, 5)])
"""


def test_candidates_that_tie_come_in_the_same_order_whatever_the_hash_seed() -> None:
    """Ties between candidate passages, and sums of weights over sets, never depend on the
    order a run's hash seed gives, so a review says the same in every run."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    outs = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run(
            [sys.executable, "-c", _TIED_CANDIDATES], cwd=root, env=env, capture_output=True,
            text=True, check=True,
        )
        outs.add(done.stdout)
    assert len(outs) == 1, outs
    assert "'a'" in outs.pop()


def test_a_long_draft_judged_on_every_core_gets_the_verdicts_of_one_process() -> None:
    from factbase.review import PARALLEL_CLAIMS

    sentences = [
        "The flood in the valley killed 120 people.",
        "The flood in the valley killed 150 people.",
        "The flood in the valley killed 185 people.",
        "The earthquake destroyed 300 bridges in the north in 2019.",
        'Mayor Anna Berg said: "We will rebuild every home that the water took from us".',
        "The city council approved a budget of 4 million euros for new cycle lanes in 2021.",
        "The city council approved a budget of 5 million euros for new cycle lanes in 2021.",
        "The city council rejected a budget of 4 million euros for new cycle lanes in 2022.",
    ]
    assert len(sentences) >= PARALLEL_CLAIMS
    draft = parse_draft(" ".join(sentences), kind="text")
    sources = [("a", FLOOD), ("b", OTHER), ("m", MAYOR), ("c", UNRELATED)]
    alone = review_draft(draft, library(*sources), workers=1)
    forked = review_draft(draft, library(*sources), workers=2)
    assert [c.as_dict() for c in forked.claims] == [c.as_dict() for c in alone.claims]
    assert [c.status for c in alone.claims][:3] == [
        ReviewStatus.DISPUTED, ReviewStatus.CONTRADICTED, ReviewStatus.DISPUTED
    ]


def test_map_shared_keeps_the_order_of_items_and_stays_in_process_for_few() -> None:
    import os

    from factbase.parallel import map_shared

    def pid_and(shared: int, item: int) -> tuple[int, int]:
        return os.getpid(), shared + item

    few = map_shared(pid_and, 100, [1, 2], workers=2, min_items=3)
    assert few == [(os.getpid(), 101), (os.getpid(), 102)]
    many = map_shared(pid_and, 100, list(range(20)), workers=2, min_items=3)
    assert [v for _, v in many] == [100 + i for i in range(20)]
    assert os.getpid() not in {p for p, _ in many}
    costly = map_shared(pid_and, 100, list(range(20)), workers=2, min_items=3,
                        cost=lambda i: i % 7)  # fmt: skip
    assert [v for _, v in costly] == [100 + i for i in range(20)]


def test_the_costliest_items_go_first_and_equals_keep_their_order() -> None:
    from factbase.parallel import costliest_first

    assert costliest_first(["a", "bbb", "cc", "ddd", ""], len) == [1, 3, 2, 0, 4]


DENSE = (
    "By March, Vantor reported 41 million weekly riders, while Omnix’s Lyra app, formerly Vela, "
    "counted 212 million riders."
)


def test_a_dense_sentence_of_names_and_figures_is_in_a_reviews_index() -> None:
    """News prose packed with names and figures has few stop words; a review finds it as
    ``check`` does: the claim it states supported, another figure contradicted. A line of page
    navigation, with none, stays out."""
    nav = "Home | Sport | Business | Weather | Lyra Daily | Contact Us"
    prose = [u.text for u in source_units("d", f"{DENSE}\n{nav}", None, prose=True)]
    assert prose == [DENSE]
    lib = library(("d", DENSE), ("c", UNRELATED))
    claim = "Omnix’s Lyra app counted 212 million riders."
    assert judge_claim(claim, lib).status == ReviewStatus.SUPPORTED
    assert judge_claim(claim.replace("212", "232"), lib).status == ReviewStatus.CONTRADICTED


def test_a_source_that_states_every_value_in_few_of_the_claims_words_is_judged() -> None:
    """Sentences that share more of a claim's words rank above the one source that says it
    with few of them; a family ranked past the judged ones that states every value of the
    claim is judged all the same."""
    from factbase import review as review_mod
    from factbase.analysis.statements import make_unit

    claim = (
        "The Vela bridge over the Tolvar river opened to traffic in 2019 and cost 40 million "
        "euros."
    )
    decoys = [
        (f"d{i}", f"Crews on the Vela bridge over the Tolvar river opened a lane to traffic "
                  f"while engineers priced the cost of the {tag} span in euros.")
        for i, tag in enumerate(["north", "south", "east", "west", "upper", "lower", "middle"])
    ]
    saying = ("s", "The Vela bridge spans the Tolvar river near its mouth. Opened to traffic in "
                   "2019 after three winters of work, the crossing cost 40 million euros.")
    lib = library(*decoys, saying)
    unit = make_unit(-1, "draft", claim, 0, len(claim), None)
    ranked = [fam for _, fam in lib.index.candidates(unit, 20)]
    rank = next(k for k, fam in enumerate(ranked)
                if any(lib.index.units[p].source_id == "s" for p in lib.index.families[fam]))
    assert rank >= review_mod.JUDGED_FAMILIES  # the words alone would not have it judged
    verdict = judge_claim(claim, lib)
    assert verdict.status == "supported", (verdict.note, [e.as_dict() for e in verdict.evidence])
    assert [e.source for e in verdict.evidence if e.status == "ok"] == ["s"]


FACT_BOX = """Vela Crossing
Opened
Official opening 14 June 2019
Main span 412 m (1,352 ft)
Operator: Harlow Bridge Trust

The Vela Crossing carries four lanes of traffic over the Tolvar estuary."""


def test_a_line_of_its_own_that_names_a_value_is_indexed() -> None:
    """A fact box's line ("Main span 412 m") is found by a review as ``check`` finds it: the
    claim it gives supported, another value contradicted; a line with no value, or a value with
    no word naming it, is not indexed."""
    prose = [u.text for u in source_units("f", FACT_BOX, None, prose=True)]
    assert "Official opening 14 June 2019" in prose
    assert "Main span 412 m (1,352 ft)" in prose
    assert "Operator: Harlow Bridge Trust" not in prose and "Opened" not in prose
    assert [u.text for u in source_units("y", "Tolvar\n2019", None, prose=True)] == []
    lib = library(("f", FACT_BOX), ("c", UNRELATED))
    assert judge_claim("The main span is 412 m long.", lib).status == ReviewStatus.SUPPORTED
    assert judge_claim("The main span is 480 m long.", lib).status == ReviewStatus.CONTRADICTED
