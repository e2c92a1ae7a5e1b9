"""Locating claims in the bundled articles, comparing their facts, and re-finding citations."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factbase.analysis.facts import (
    DateValue,
    Difference,
    extract,
    parse_reference_date,
    shared_facts,
)
from factbase.analysis.matching import (
    FACT_WEIGHT,
    PreparedSource,
    _best,
    locate,
    pin,
    prepare,
    quote_context,
    reanchor,
    tokens,
    word_for_word,
)
from factbase.analysis.sentences import sentence_spans
from factbase.analysis.text import norm, words
from factbase.analysis.verdicts import analyse, coverage

CORPUS_DIR = Path(__file__).resolve().parent.parent / "data" / "rotherham"


@cache
def _sources() -> dict[str, dict[str, str]]:
    entries = json.loads((CORPUS_DIR / "sources.json").read_text(encoding="utf-8"))
    return {e["id"]: e for e in entries}


def article(source_id: str) -> str:
    return (CORPUS_DIR / _sources()[source_id]["file"]).read_text(encoding="utf-8")


def published(source_id: str) -> DateValue | None:
    return parse_reference_date(_sources()[source_id]["published"])


def sentence_starts(text: str) -> set[int]:
    return {s.start for s in sentence_spans(text)}


def sentence_ends(text: str) -> set[int]:
    return {s.end for s in sentence_spans(text)}


JAY_CLAIM = "at least 1,400 children were sexually exploited in Rotherham between 1997 and 2013"


# --- locate ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source_id", "claim", "fragment"),
    [
        (
            "lgc",
            JAY_CLAIM,
            "at least 1,400 local children were sexually exploited between 1997 and 2013",
        ),
        ("star", JAY_CLAIM, "at least 1,400 children in the town"),
        (
            "pse",
            JAY_CLAIM,
            "at least\n\n\n1,400 children were sexually exploited in Rotherham between 1997-2013",
        ),
        ("flw", JAY_CLAIM, "at least 1400 children were sexually exploited between 1997 and 2013"),
        (
            "timeline",
            JAY_CLAIM,
            "at least 1,400 children were sexually exploited in Rotherham by gangs",
        ),
        (
            "lgc",
            "Rotherham leader Cllr Roger Stone has stepped down as leader with immediate effect",
            "Rotherham leader Cllr Roger Stone has stepped down as leader with immediate effect",
        ),
        (
            "star",
            "Roger Stone had led Rotherham Council since 2003",
            "after leading the council since 2003",
        ),
        (
            "star",
            "Professor Alexis Jay was commissioned by Rotherham Council in October 2013",
            "by Rotherham Council in October 2013",
        ),
        (
            "pse",
            "Cllr Roger Stone, who had been the leader at RMBC since 2003, decided to stand down.",
            "Cllr Roger Stone, who had been the leader at RMBC since 2003, decided to stand down.",
        ),
        (
            "pse",
            "Theresa May announced that Fiona Woolf would lead an inquiry into historical "
            "child sexual abuse.",
            "Fiona Woolf CBE, JP is to lead an inquiry",
        ),
        (
            "pse",
            "Rotherham Metropolitan Borough Council commissioned Alexis Jay in 2013 to lead an "
            "inquiry into the handling of child sexual exploitation.",
            "In 2013 Rotherham Metropolitan Borough Council (RMBC) commissioned Professor",
        ),
        (
            "flw",
            "Girls as young as 11 were raped by large numbers of male perpetrators.",
            "Girls as young as 11 were raped by large numbers of male perpetrators.",
        ),
        (
            "flw",
            "2,409 children across England were sexually exploited between August 2010 and "
            "October 2011",
            "2,409 children across England were sexually exploited in the 14 months",
        ),
        (
            "timeline",
            "Professor Alexis Jay's report was published on 26 August 2014",
            "On 26th August 2014 Professor Alexis Jay\u2019s report was published.",
        ),
        (
            "timeline",
            "In April 2005 a seminar on CSE was held for all council members",
            "In April 2005, a seminar on CSE was held for all council members.",
        ),
    ],
)
def test_locate_finds_the_passage(source_id: str, claim: str, fragment: str) -> None:
    text = article(source_id)
    loc = locate(claim, text, reference=published(source_id))
    assert loc is not None
    passage = text[loc.start : loc.end]
    assert fragment in passage
    # Whole sentences, as the source has them.
    assert loc.start in sentence_starts(text)
    assert loc.end in sentence_ends(text)
    assert loc.start <= loc.aligned_start <= loc.aligned_end <= loc.end
    assert 0 <= loc.score <= 100


def test_locate_on_the_broken_magazine_page() -> None:
    text = article("pse")
    loc = locate(JAY_CLAIM, text)
    assert loc is not None
    # The sentence begins at the drop capital and runs over the blank lines the layout left.
    sentence_start = text.index("T\n\n\nhe publication of the Jay Report")
    sentence_end = text.index("further inquiries.") + len("further inquiries.")
    assert (loc.start, loc.end) == (sentence_start, sentence_end)
    aligned = text[loc.aligned_start : loc.aligned_end]
    assert (
        "at least\n\n\n1,400 children were sexually exploited in Rotherham between 1997-2013"
        in aligned
    )
    assert loc.score >= 95
    result = analyse(JAY_CLAIM, text)
    assert result.status == "ok"
    assert result.differences == []
    assert result.passage == text[sentence_start:sentence_end]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "at least 1,500 children were sexually exploited in Rotherham between 1997 and 2013",
            Difference("number", "at least 1,500", "at least 1,400"),
        ),
        (
            "at least 1,400 children were sexually exploited in Rotherham between 1997 and 2014",
            Difference("range", "1997\u20132014", "1997\u20132013"),
        ),
        (
            "up to 1,400 children were sexually exploited in Rotherham between 1997 and 2013",
            Difference("comparator", "up to 1,400", "at least 1,400"),
        ),
        (
            "at least 1,400 children were sexually exploited in Sheffield between 1997 and 2013",
            Difference("name", "Sheffield", "Rotherham"),
        ),
    ],
)
def test_a_changed_fact_on_the_broken_magazine_page_is_contradicted(
    claim: str, expected: Difference
) -> None:
    text = article("pse")
    result = analyse(claim, text)
    assert result.status == "contradicted"
    assert result.differences == [expected]
    assert result.start == text.index("T\n\n\nhe publication")


@pytest.mark.parametrize(
    ("source_id", "claim", "first", "second"),
    [
        (
            "lgc",
            "The investigation found almost all victims identified their perpetrators as being "
            "of Pakistani-heritage. But there was a widespread perception that senior council "
            "staff and police officers sought to downplay the ethnic dimension.",
            "The investigation found almost all victims",
            "sought to \u2018downplay\u2019 the ethnic dimension to the allegations.",
        ),
        (
            "timeline",
            "In 2003, a report by Dr Angie Heal found a significant number of girls and some boys "
            "were being sexually exploited in Rotherham. In a later report, in 2006, Dr Heal "
            "described the situation continuing.",
            "In 2003, a report by strategic drugs analyst Dr Angie Heal",
            "In a later report, in 2006, Dr Heal describes the situation",
        ),
        (
            "pse",
            "Jay added that over the first 12 years covered by the inquiry, the collective "
            "failures of political and officer leadership were blatant. Following the report's "
            "publication, Cllr Roger Stone decided to stand down.",
            "Jay added that over the first 12 years",
            "decided to stand down.",
        ),
    ],
)
def test_a_claim_spanning_two_sentences_locates_both(
    source_id: str, claim: str, first: str, second: str
) -> None:
    text = article(source_id)
    loc = locate(claim, text)
    assert loc is not None
    passage = text[loc.start : loc.end]
    assert passage.startswith(first)
    assert second in passage
    assert loc.end in sentence_ends(text)
    assert analyse(claim, text).status == "ok"


def test_locate_on_an_empty_source_or_claim() -> None:
    assert locate(JAY_CLAIM, "") is None
    assert locate("", article("lgc")) is None
    assert locate("  \n ", article("lgc")) is None
    result = analyse(JAY_CLAIM, "")
    assert result.status == "missing"
    assert result.start is None and result.passage is None


def test_prepare_is_reused_and_locate_accepts_it() -> None:
    text = article("star")
    src = prepare(text)
    assert prepare(text) is src
    assert locate(JAY_CLAIM, src) == locate(JAY_CLAIM, text)


# --- analyse ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source_id", "claim", "status", "expected"),
    [
        # supported, in other words or notation
        (
            "lgc",
            "Both the council and the local police were negligent over the first 12 years "
            "of the investigation period.",
            "ok",
            [],
        ),
        ("lgc", "The review was commissioned by Rotherham in October 2013.", "ok", []),
        ("star", "Roger Stone had led Rotherham Council since 2003 and resigned.", "ok", []),
        (
            "star",
            "In January 2014 Rotherham Council's chief executive Martin Kimber appeared in "
            "front of the Home Affairs Select Committee.",
            "ok",
            [],
        ),
        (
            "star",
            "The spotlight fell on Rotherham in 2010 when 17 year old Laura Wilson was murdered.",
            "ok",
            [],
        ),
        (
            "pse",
            "Kimber, who started at the local authority in 2009, said there was not enough "
            "evidence to take action.",
            "ok",
            [],
        ),
        (
            "pse",
            "Wright was the councillor responsible for children's services at RMBC from 2005 "
            "to 2010.",
            "ok",
            [],
        ),
        (
            "flw",
            "We found that 2409 children across England were sexually exploited in the 14 "
            "months between August 2010 and October 2011.",
            "ok",
            [],
        ),
        ("timeline", "Professor Alexis Jay's report was published on 26/8/14.", "ok", []),
        ("timeline", "On August 26, 2014 Professor Alexis Jay's report was published.", "ok", []),
        (
            "lgc",
            "Effective Energy Group supports 40 Local Authorities that received a share of "
            "the \u00a3430m.",
            "ok",
            [],
        ),
        # a changed fact
        (
            "lgc",
            "Both the council and the local police were negligent over the first 14 years "
            "of the investigation period.",
            "contradicted",
            [Difference("number", "14", "12")],
        ),
        (
            "lgc",
            "The review was commissioned by Rotherham in October 2012.",
            "contradicted",
            [Difference("date", "October 2012", "October 2013")],
        ),
        (
            "star",
            "Roger Stone had led Rotherham Council since 2005 and resigned.",
            "contradicted",
            [Difference("date", "2005", "2003")],
        ),
        (
            "star",
            "In January 2013 Rotherham Council's chief executive Martin Kimber appeared in "
            "front of the Home Affairs Select Committee.",
            "contradicted",
            [Difference("date", "January 2013", "January 2014")],
        ),
        (
            "star",
            "Professor Alexis Jay was commissioned by Rotherham Council in November 2013.",
            "contradicted",
            [Difference("date", "November 2013", "October 2013")],
        ),
        (
            "star",
            "The spotlight fell on Rotherham in 2010 when 16 year old Laura Wilson was murdered.",
            "contradicted",
            [Difference("number", "16", "17")],
        ),
        (
            "star",
            "The spotlight fell on Sheffield in 2010 when 17 year old Laura Wilson was murdered.",
            "contradicted",
            [Difference("name", "Sheffield", "Rotherham")],
        ),
        (
            "pse",
            "Kimber, who started at the local authority in 2010, said there was not enough "
            "evidence to take action.",
            "contradicted",
            [Difference("date", "2010", "2009")],
        ),
        (
            "pse",
            "Kimber, who started at the local authority in 2009, said there was enough "
            "evidence to take action.",
            "contradicted",
            [Difference("negation", None, "not")],
        ),
        (
            "pse",
            "Wright was the councillor responsible for children's services at RMBC from 2005 "
            "to 2011.",
            "contradicted",
            [Difference("range", "2005\u20132011", "2005\u20132010")],
        ),
        (
            "flw",
            "Girls as young as 12 were raped by large numbers of male perpetrators.",
            "contradicted",
            [Difference("number", "at least 12", "at least 11")],
        ),
        (
            "flw",
            "We found that 2,409 children across England were sexually exploited in the 14 "
            "months between August 2010 and November 2011.",
            "contradicted",
            [
                Difference(
                    "range", "August 2010\u2013November 2011", "August 2010\u2013October 2011"
                )
            ],
        ),
        (
            "timeline",
            "On August 27, 2014 Professor Alexis Jay's report was published.",
            "contradicted",
            [Difference("date", "27 August 2014", "26 August 2014")],
        ),
        (
            "timeline",
            "The researcher writing the report did complete her work.",
            "contradicted",
            [Difference("negation", None, "not")],
        ),
        # negation within the clause the claim lines up with
        (
            "lgc",
            "The reports were not ignored.",
            "contradicted",
            [Difference("negation", "not", None)],
        ),
        (
            "star",
            "Action was taken against the perpetrators.",
            "contradicted",
            [Difference("negation", None, "no")],
        ),
        (
            "star",
            "The reports were not ignored.",
            "contradicted",
            [Difference("negation", "not", None)],
        ),
        ("star", "These reports were not ignored and action was taken.", "contradicted", None),
        (
            "flw",
            "These reports were not ignored.",
            "contradicted",
            [Difference("negation", "not", None)],
        ),
        # nothing in the source says it
        ("star", "The moon is made of cheese and orbits Jupiter every Tuesday.", "missing", None),
        ("timeline", "The Prime Minister opened a new hospital in Leeds.", "missing", None),
    ],
)
def test_analyse(
    source_id: str, claim: str, status: str, expected: list[Difference] | None
) -> None:
    text = article(source_id)
    result = analyse(claim, text, reference=published(source_id))
    assert result.status == status, result.differences
    if expected is not None:
        assert result.differences == expected
    if status != "missing" or result.start is not None:
        assert result.start is not None and result.end is not None
        assert result.passage == text[result.start : result.end]


_SAID = (
    "LEEDS, 4 May - The council met on Tuesday. It said 1,400 children were exploited "
    "between 1997 and 2013. It is false that 2,000 families were moved. Was the figure right?"
)


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        # the sentence as pasted: quotes, case, spaces, thousands separators and the final full
        # stop aside
        ("It said 1,400 children were exploited between 1997 and 2013.", True),
        ("it said  1400 children were exploited between 1997 and 2013", True),
        ("The council met on Tuesday.", False),  # the dateline belongs to the sentence
        ("It said 1,400 children were exploited between 1997 and 2013. It is false that 2,000 "
         "families were moved.", True),
        # a changed fact, a part of a sentence, a question made a statement: compared
        ("It said 1,401 children were exploited between 1997 and 2013.", False),
        ("2,000 families were moved.", False),
        ("Was the figure right.", False),
        ("Was the figure right?", True),
    ],
)
def test_word_for_word_takes_only_whole_sentences(claim: str, said: bool) -> None:
    src = prepare(_SAID)
    found = word_for_word(claim, src)
    assert (found is not None) == said
    if found is not None:
        start, end = found
        assert norm(_SAID[start:end]).rstrip(".") == norm(claim).rstrip(".")


@pytest.mark.parametrize("source_id", ["lgc", "star", "pse", "flw", "timeline"])
def test_a_whole_sentence_is_ok_at_once_with_the_passage_full_comparison_finds(
    source_id: str,
) -> None:
    text = article(source_id)
    for span in sentence_spans(text)[:40]:
        sentence = text[span.start:span.end].strip()
        if len(sentence.split()) < 6:
            continue
        quick = analyse(sentence, text, reference=published(source_id))
        full = analyse(sentence, text, reference=published(source_id), trust_verbatim=False)
        assert (quick.status, quick.differences) == ("ok", [])
        assert (full.status, quick.score) == ("ok", 100.0)
        assert text[quick.start:quick.end].strip() == sentence


def test_a_part_of_a_sentence_is_compared_not_taken_as_said() -> None:
    for claim in ("2,000 families were moved.", "It said 1,401 children were exploited."):
        quick, full = analyse(claim, _SAID), analyse(claim, _SAID, trust_verbatim=False)
        assert quick == full
    assert analyse("It said 1,401 children were exploited.", _SAID).status == "contradicted"


def test_analyse_reports_relative_dates_against_the_publication_date() -> None:
    text = article("lgc")  # "... commissioned by Rotherham last October found."
    claim = "The review was commissioned by Rotherham in October 2013."
    assert analyse(claim, text, reference=published("lgc")).status == "ok"
    # Without a publication date "last October" cannot be placed: it may be the claim's
    # October 2013 or another, so the claim's date is not stated there, nor contradicted.
    result = analyse(claim, text)
    assert result.status == "missing"
    assert result.differences == [Difference("date", "October 2013", None)]


def test_analyse_with_a_pinned_quote_uses_that_passage() -> None:
    text = article("timeline")
    quote = "On 26th August 2014 Professor Alexis Jay\u2019s report was published."
    result = analyse("Alexis Jay's report was published on 26 August 2014.", text, quote=quote)
    assert result.status == "ok"
    assert result.passage == quote
    assert (result.start, result.end) == (text.index(quote), text.index(quote) + len(quote))
    assert result.start is not None and result.end is not None
    assert result.aligned_start is not None and result.aligned_end is not None
    assert result.start <= result.aligned_start <= result.aligned_end <= result.end
    wrong = analyse("Alexis Jay's report was published on 27 August 2014.", text, quote=quote)
    assert wrong.status == "contradicted"
    assert wrong.differences == [Difference("date", "27 August 2014", "26 August 2014")]


def test_analyse_with_a_stale_location_scores_the_passage_it_points_at() -> None:
    text = article("timeline")
    loc = locate("A man was convicted of offences against 10 children.", text)
    assert loc is not None
    result = analyse(JAY_CLAIM, text, location=loc)
    assert result.passage == text[loc.start : loc.end]
    assert result.status != "ok"


# --- pin -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source_id", "quote", "real"),
    [
        (
            "pse",
            "at least\n\n\n1,400 children were sexually exploited",
            "at least\n\n\n1,400 children were sexually exploited",
        ),
        ("pse", "at least 1400 children", "at least\n\n\n1,400 children"),
        ("pse", "The publication of the Jay Report", "T\n\n\nhe publication of the Jay Report"),
        ("pse", "child sexual exploitation (CSE)", "child sexual\n\n\nexploitation (CSE)"),
        ("lgc", "at a 'conservative' estimate", "at a \u2018conservative\u2019 estimate"),
        ("lgc", "ABUSE – which included girls", "abuse \u2013 which included girls"),
        ("flw", "at least 1,400 children", "at least 1400 children"),
        ("timeline", "Rotherham, 1997-2014", None),
    ],
)
def test_pin_finds_a_quote_at_its_real_offsets(
    source_id: str, quote: str, real: str | None
) -> None:
    text = article(source_id)
    loc = pin(quote, text)
    if real is None:
        assert loc is None
        return
    assert loc is not None
    assert text[loc.start : loc.end] == real
    assert (loc.aligned_start, loc.aligned_end) == (loc.start, loc.end)
    assert loc.score == 100.0


@pytest.mark.parametrize(
    ("text", "quote", "real_start"),
    [
        ("In 1,400 cases over 14 months", "14", 20),
        ("In 1,400 cases over 14 months", "14 months", 20),
        ("Page 1400 | Page 14", "Page 14", 12),
        ("the 2013 report, 13 men", "13 men", 17),
        ("Two women were jailed. Five men were jailed.", "men were jailed", 28),
        ("On the said date. He said so.", "He said", 18),
    ],
)
def test_pin_matches_whole_words_only(text: str, quote: str, real_start: int) -> None:
    loc = pin(quote, text)
    assert loc is not None
    assert (loc.start, loc.end) == (real_start, real_start + len(quote))
    assert text[loc.start : loc.end] == quote


@pytest.mark.parametrize("quote", ["", "   ", "\n\n", "words that are nowhere in it"])
def test_pin_returns_none_for_nothing_to_find(quote: str) -> None:
    assert pin(quote, article("lgc")) is None


# --- reanchor --------------------------------------------------------------------------------

ORIGINAL = (
    "Rotherham report. The council accepted all the recommendations. Kimber said so. "
    "The council accepted all the recommendations, again."
)
QUOTE_START = ORIGINAL.index("The council accepted")
QUOTE_END = QUOTE_START + len("The council accepted all the recommendations.")


def _citation() -> tuple[str, str, str]:
    return quote_context(ORIGINAL, QUOTE_START, QUOTE_END)


def test_quote_context_keeps_the_quote_and_its_surroundings() -> None:
    exact, prefix, suffix = _citation()
    assert exact == "The council accepted all the recommendations."
    assert prefix == "Rotherham report. "
    assert suffix == " Kimber said so. The council acc"
    assert len(suffix) == 32


@pytest.mark.parametrize(
    ("new_text", "expected"),
    [
        # unchanged
        (ORIGINAL, (QUOTE_START, True)),
        # moved: text added before it
        ("A new first paragraph.\n\n" + ORIGINAL, (QUOTE_START + 24, True)),
        # moved: text removed before it (the suffix still fits)
        (ORIGINAL[len("Rotherham ") :], (QUOTE_START - 10, True)),
        # the prefix changed but the suffix still fits
        ("Sheffield report. " + ORIGINAL[QUOTE_START:], (18, True)),
        # context changed on both sides: still found, but flagged
        (
            "Changed intro entirely! The council accepted all the recommendations. Changed.",
            (24, False),
        ),
        # the quote is gone
        ("Rotherham report. The council rejected the recommendations. Kimber said so.", None),
        ("", None),
    ],
)
def test_reanchor(new_text: str, expected: tuple[int, bool] | None) -> None:
    exact, prefix, suffix = _citation()
    result = reanchor(new_text, exact, prefix, suffix, QUOTE_START)
    assert result == expected
    if result is not None:
        assert new_text[result[0] : result[0] + len(exact)] == exact


def test_reanchor_prefers_the_occurrence_in_its_context_over_a_nearer_one() -> None:
    exact, prefix, suffix = _citation()
    decoy = "X. The council accepted all the recommendations. Y. "
    moved = decoy + "Padding " * 20 + ORIGINAL
    result = reanchor(moved, exact, prefix, suffix, QUOTE_START)
    assert result == (len(decoy) + len("Padding ") * 20 + QUOTE_START, True)


def test_reanchor_takes_the_nearest_when_no_context_fits() -> None:
    exact, prefix, suffix = _citation()
    text = "A. The council accepted all the recommendations. B. " * 3
    result = reanchor(text, exact, prefix, suffix, 60)
    assert result == (text.index(exact, 50), False)


def test_reanchor_of_an_empty_quote_is_none() -> None:
    assert reanchor(ORIGINAL, "", "x", "y", 0) is None


def test_reanchor_in_a_bundled_article_that_gained_a_paragraph() -> None:
    text = article("pse")
    start = text.index("at least\n\n\n1,400")
    end = start + len("at least\n\n\n1,400 children")
    exact, prefix, suffix = quote_context(text, start, end)
    edited = "Editor's note: this article was updated.\n\n" + text
    result = reanchor(edited, exact, prefix, suffix, start)
    assert result == (start + len("Editor's note: this article was updated.\n\n"), True)


# --- coverage --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        (
            "1,400 children, 1997-2013",
            "at least 1,400 children were exploited between 1997 and 2013",
            1.0,
        ),
        ("Children were EXPLOITED", "children were exploited", 1.0),
        ("children exploited", "The child was exploiting them", 1.0),
        ("the and of 1,400", "anything else", 1.0),
        ("", "anything", 1.0),
        ("Rotherham council resigned", "Sheffield council", 1 / 3),
        ("Rotherham council leader resigned", "The Rotherham council leader stayed", 3 / 4),
        ("Rotherham council", "Sheffield police", 0.0),
        ("Rotherham council", "", 0.0),
        ("\u2018Collective failures\u2019", "'collective failures' were blatant", 1.0),
    ],
)
def test_coverage(claim: str, passage: str, expected: float) -> None:
    assert coverage(claim, passage) == pytest.approx(expected)


def test_coverage_of_a_verbatim_sentence_is_complete() -> None:
    text = article("flw")
    for span in sentence_spans(text):
        sentence = text[span.start : span.end]
        if norm(sentence):
            assert coverage(sentence, sentence) == 1.0


# --- choosing among candidate windows ------------------------------------------------------------

_WINDOWS_TEXT = (
    "Rotherham council apologised in 2014. At least 1,400 children were abused between 1997 and "
    "2013, the report by Alexis Jay found. Jay said 1,400 was a conservative estimate. The "
    "council had been warned in 2002, 2003 and 2006. Police ignored the warnings.\n"
    "Timeline\n- 1997: the first reports\n- 2013: the inquiry began\n"
)


def _best_of_all(claim: str, src: PreparedSource, candidates: list[tuple[float, int]]) -> int:
    """The window ``_best`` chooses, every candidate's facts extracted (no window skipped)."""
    unique = {w: score for score, w in candidates}
    facts = extract(claim)
    values, names = facts.of("number", "date", "range"), {str(f.value) for f in facts.of("name")}

    def rank(w: int) -> tuple[float, int]:
        _, _, a, b = src.windows[w]
        found = shared_facts(values, extract(src.text[a:b]))
        found += sum(1 for n in names if n in set(words(src.window_texts[w])))
        return unique[w] + FACT_WEIGHT * found / (len(values) + len(names)), -len(
            src.window_texts[w]
        )

    return max(unique, key=rank)


@settings(max_examples=300, deadline=None)
@given(
    claim=st.sampled_from([
        "At least 1,400 children were abused between 1997 and 2013.",
        "Alexis Jay found that 1,400 children were abused.",
        "The council was warned in 2002.",
    ]),
    picks=st.lists(
        st.tuples(st.sampled_from([40.0, 55.0, 60.0, 70.0, 74.5, 75.0, 85.0, 90.0, 100.0]),
                  st.integers(0, 10_000)),
        min_size=2, max_size=24,
    ),
)  # fmt: skip
def test_best_window_skips_only_windows_that_cannot_win(
    claim: str, picks: list[tuple[float, int]]
) -> None:
    src = prepare(_WINDOWS_TEXT)
    candidates = [(score, k % len(src.windows)) for score, k in picks]
    if len({w for _, w in candidates}) < 2:
        return
    assert _best(claim, src, candidates, None)[1] == _best_of_all(claim, src, candidates)


def test_a_claim_word_for_word_makes_no_window_tokens_and_a_located_one_does() -> None:
    """A text is made ready for locating claims only as far as its claims need: a claim that
    is word for word one of its sentences is found without the windows' words, which a claim
    in other words then makes, the same as each window's own words."""
    text = (
        "The Vela bridge opened in 2019. It carries 41,000 cars a day. "
        "Kelso designed it for the city of Lund."
    )
    src = prepare(text)
    assert word_for_word("It carries 41,000 cars a day.", src) is not None
    assert "window_tokens" not in vars(src)
    assert locate("About 41,000 cars cross the Vela bridge every day", src) is not None
    assert "window_tokens" in vars(src)
    assert src.window_tokens == tuple(
        tokens(src.norm.text[a:b]) for a, b, _, _ in src.windows
    )
