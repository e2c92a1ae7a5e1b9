"""Verdicts on text nobody tuned for: each class of failure, in both directions.

Every case is a sentence written for the test. For each class, the same fact in other words
must agree (``ok``), and a changed fact must give the right difference (kind and both values)
or, where the passage does not say, stay short of ``ok``.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factbase.analysis.facts import Difference, FactSet, compare, extract
from factbase.analysis.facts.names import (
    name_in_anothers_slot,
    name_in_the_claims_sentence,
    opening_name_replaced,
    owner_replaced,
    place_replaced,
    post_moved,
    shortened_in,
)
from factbase.analysis.facts.roles import (
    agent_swapped,
    counterpart,
    teller_moved,
    value_name_moved,
)
from factbase.analysis.text import spelled_as_in
from factbase.analysis.verdicts import analyse

REFERENCE = (2019, 6, 14)  # publication date of the imagined articles


def verdict(claim: str, source: str, **kwargs: object) -> tuple[str, list[Difference]]:
    a = analyse(claim, source, reference=REFERENCE, **kwargs)  # type: ignore[arg-type]
    return a.status, a.differences


def both_ways(
    passage: str, *, same: Sequence[str], changed: Sequence[tuple[str, Difference]]
) -> None:
    """Each claim of ``same`` says what ``passage`` says (``ok``); each claim of ``changed`` is
    contradicted, with its difference among the passage's."""
    for claim in same:
        status, diffs = verdict(claim, passage)
        assert status == "ok", (claim, diffs)
    for claim, difference in changed:
        status, diffs = verdict(claim, passage)
        assert status == "contradicted", (claim, diffs)
        assert difference in diffs


def differences(claim: str, passage: str) -> list[Difference]:
    return compare(
        extract(claim, reference=REFERENCE),
        extract(passage, reference=REFERENCE),
        passage_text=passage,
        claim_text=claim,
    )


# --- 1. a neighbour's fact never leaks into the verdict -----------------------------------------

NEIGHBOURS = (
    "The bridge over the river was opened by the mayor in 2012 after four years of work. "
    "Critics said the toll was not fair to commuters. "
    "A second bridge, costing 90 million pounds, followed in 2016."
)


def test_a_neighbours_not_does_not_contradict() -> None:
    status, diffs = verdict("The mayor opened the bridge over the river in 2012.", NEIGHBOURS)
    assert status == "ok", diffs


def test_a_not_in_a_sentence_joined_for_a_name_does_not_contradict() -> None:
    source = (
        "Mayor Una Cole said she will not stand again in the city election. "
        "She will lead the council through a period of reflection before she steps down."
    )
    status, diffs = verdict(
        "Cole will guide the council through a period of reflection before she steps down.",
        source,
    )
    assert status != "contradicted", diffs
    # ... while a "not" of exactly what the claim says does, wherever it stands.
    source = "About 2,000 people lived near the dam. No one forced people to leave."
    status, diffs = verdict("People near the dam were forced to leave.", source)
    assert status == "contradicted", diffs


DENIED_ELSEWHERE = (
    "According to the agency, the Kestrel probe is the first probe built to study the comet "
    "from nearby. After a journey of 210 days it will be placed in an orbit around the comet. "
    "Its four cameras will watch the comet's tail around the clock. "
    "The Kestrel probe will neither land on the comet nor fly any closer to it."
)


def test_a_passage_elsewhere_that_denies_the_claim_outweighs_a_loose_match() -> None:
    status, diffs = verdict(
        "According to the agency, the Kestrel probe will land on the comet.",
        DENIED_ELSEWHERE,
    )
    assert status == "contradicted", diffs
    assert [d.kind for d in diffs if d.kind != "wording"] == ["negation"]
    status, diffs = verdict("The Kestrel probe will not land on the comet.",
                            DENIED_ELSEWHERE)
    assert status == "ok", diffs


def test_a_denial_elsewhere_of_another_time_leaves_the_claim_supported() -> None:
    # the other passage denies the ban now, not on the claim's date
    passage = (
        "The ferry was banned from the harbour on 4 June 2021, after two engine fires. Its "
        "owners then waited for news. The ferry is no longer banned from the harbour."
    )
    assert verdict("On 4 June 2021 the ferry was banned from the harbour.", passage) == (
        "ok", []
    )


def test_a_neighbours_year_does_not_pass_for_the_claims() -> None:
    status, diffs = verdict("The mayor opened the bridge over the river in 2016.", NEIGHBOURS)
    assert status == "contradicted"
    assert Difference("date", "2016", "2012") in diffs


SAYS_IT_WITH_ANOTHER_VALUE = (
    "After losing the fourth frame to Higgins by two frames to one, Murphy threw his cue at "
    "the side of the table, which earned him his second warning that evening. The crowd was "
    "clearly behind Higgins, which may have added to the anger.  Higgins, age 30, made a "
    "17-minute, 140-point break on the way to taking the third session."
)


def test_the_sentence_that_says_the_claim_is_its_evidence_not_one_sharing_a_value() -> None:
    # A changed rank said in the claim's words is answered by that sentence, not by another
    # sentence that happens to hold the claim's value for something else.
    status, diffs = verdict(
        "Throwing his cue at the side of the table earned Murphy his third warning of the "
        "evening.",
        SAYS_IT_WITH_ANOTHER_VALUE,
    )
    assert status == "contradicted", diffs
    assert Difference("ordinal", "3rd", "2nd") in diffs
    # ... and the same fact in other words agrees.
    status, diffs = verdict(
        "Throwing his cue at the side of the table earned Murphy his second warning of the "
        "evening.",
        SAYS_IT_WITH_ANOTHER_VALUE,
    )
    assert status == "ok", diffs


def test_a_sentence_holding_the_claims_values_still_carries_it() -> None:
    source = (
        "The council met on Tuesday to discuss the new library, the new car park and the "
        "closure of the old library on the high street. "
        "It approved the library by 31 votes to 12."
    )
    status, diffs = verdict("The council approved the new library by 31 votes to 12.", source)
    assert status == "ok", diffs
    status, diffs = verdict("The council approved the new library by 31 votes to 14.", source)
    assert status == "contradicted", diffs


# --- 2. counterparts measure the same thing and play the same role ------------------------------


def test_unrelated_values_are_not_paired() -> None:
    diffs = differences("Police made 700 arrests.", "The chief constable earns £60,000.")
    assert Difference("number", "700", None) in diffs


def test_the_same_counted_thing_is_paired() -> None:
    diffs = differences("Police made 700 arrests.", "Police made 500 arrests last year.")
    assert Difference("number", "700", "500") in diffs


def test_a_value_in_another_role_is_a_difference() -> None:
    passage = (
        "Among the passengers were Canadians with 18, Egyptians with six, Ethiopians with nine."
    )
    assert differences("Nine Ethiopians were among the passengers.", passage) == []
    assert Difference("number", "6", "9") in differences(
        "Six Ethiopians were among the passengers.", passage
    )


WINDS = (
    "On Sunday the storm was over open water, packing winds of 175 mph. "
    "On Monday it made landfall on the coast. "
    "At landfall its maximum winds were near 125 mph."
)


def test_a_count_next_door_gives_way_to_the_claims_own_sentence() -> None:
    status, diffs = verdict("The storm's maximum winds at landfall were near 175 mph.", WINDS)
    assert status == "contradicted", diffs
    assert Difference("number", "175", "125") in diffs


def test_a_count_next_door_that_says_as_much_of_the_claim_keeps_it() -> None:
    # the sentence with "price" and "share" leads by one word; the one with the value has
    # "opened", which the other lacks: neither tells the claim's sentence
    passage = ("The offering price was $38 per share, valuing Omnix at $5.1 billion. Shares "
               "opened at $52 and climbed as high as $61.20 apiece.")
    status, diffs = verdict("Omnix opening price: $52 a share.", passage)
    assert not any(d.kind == "number" for d in diffs), diffs
    status, diffs = verdict("Omnix shares opened at $57.", passage)
    assert status == "contradicted", diffs


@pytest.mark.parametrize(
    "claim",
    [
        "The storm's maximum winds at landfall were near 125 mph.",
        "Over open water on Sunday the storm packed winds of 175 mph.",
    ],
)
def test_a_count_in_its_own_sentence_agrees(claim: str) -> None:
    status, diffs = verdict(claim, WINDS)
    assert status == "ok", diffs


# The sentence that says what the claim says in one word where the claim uses a light verb and
# a particle ("entered" / "went into"); the claim's figure stands in the sentence before it,
# of another moment.
CAREER = (
    "It was a low shot with ten seconds left in a 3-2 loss to Harlow that sent Kelso past a "
    "record Varnak held for 38 years at 1,204 career goals.\n"
    "Kelso entered the match with 1,201 goals, needing four to overtake Varnak."
)


def test_a_light_verb_and_its_particle_tell_which_sentence_is_the_claims() -> None:
    both_ways(
        CAREER,
        same=["Kelso went into the match with 1,201 goals.",
              "Kelso entered the match with 1,201 goals."],
        changed=[("Kelso went into the match with 1,204 goals.",
                  Difference("number", "1,204", "1,201"))],
    )  # fmt: skip


# The subject of a value said after an aside ("The old record, set at Harlow, was ..."), and a
# passage whose two values both write the claim's unit: the unit tells neither apart.
OLD_RECORD = (
    "The old record of 41 knots, set at Harlow in 1995, was broken when the Vela boat reached 47 "
    "knots."
)


def test_a_value_said_of_a_subject_past_an_aside_is_the_subjects() -> None:
    both_ways(
        OLD_RECORD,
        same=["The old record, set at Harlow, was 41 knots.",
              "The Vela boat reached 47 knots."],
        changed=[("The old record, set at Harlow, was 47 knots.",
                  Difference("number", "47", "41"))],
    )  # fmt: skip


def test_a_role_stops_at_the_next_number() -> None:
    passage = "Of the 135 unresolved cases, 108 are from the city."
    assert differences("108 of the 135 unresolved cases are from the city.", passage) == []
    assert Difference("number", "109", "108") in differences(
        "109 of the 135 unresolved cases are from the city.", passage
    )


def test_two_values_swapped_are_a_difference() -> None:
    passage = "The firm raised $25 billion in loans and $21 billion in equity."
    same = "The firm raised $25 billion in loans and $21 billion in equity."
    assert differences(same, passage) == []
    diffs = differences("The firm raised $21 billion in loans and $25 billion in equity.", passage)
    assert any(d.kind == "number" and d.source is not None for d in diffs), diffs


def test_a_name_is_paired_by_its_neighbours_not_by_its_position() -> None:
    passage = "Deputy minister James Pellary confirmed the figures."
    assert Difference("name", "Vantor", "Pellary") in differences(
        "Deputy minister James Vantor confirmed the figures.", passage
    )
    # A capitalised word elsewhere in the passage is no counterpart.
    diffs = differences("The report was written in Leeds.", "Professor Smith wrote the report.")
    assert Difference("name", "Leeds", None) in diffs


def test_a_label_run_into_a_name_on_a_page_leaves_the_name_standing() -> None:
    passage = "Match officials\nRefereeAda Vela (Norvia)\nAssistantsTom Kray (Norvia)"
    status, diffs = verdict("Referee: Ada Vela (Norvia).", passage)
    assert status != "contradicted", diffs
    status, diffs = verdict("Referee: Ada Lund (Norvia).", passage)
    assert status == "contradicted", diffs


def test_a_word_labelling_a_number_is_no_name_to_replace() -> None:
    passage = ("Ada Vela had 31 points and 9 rebounds, while Tom Kray scored 9 points and "
               "five assists.")
    status, diffs = verdict("Vela in Game 3: 31 points, 9 rebounds.", passage)
    assert status != "contradicted", diffs
    assert Difference("name", "Game", None) in diffs
    status, diffs = verdict("Kray in Game 3: 31 points, 9 rebounds.", passage)
    assert status == "contradicted", diffs


def test_a_name_in_the_same_slot_of_the_same_words_replaces_the_claims() -> None:
    # The words before the name, and after it or the sentence's end, are the passage's.
    passage = "In the play-offs the club beat Leeds, Hull and Derby."
    assert differences("In the play-offs the club beat Leeds, Hull and Derby.", passage) == []
    assert Difference("name", "Bristol", "Derby") in differences(
        "In the play-offs the club beat Leeds, Hull and Bristol.", passage
    )
    passage = "Injured in the first half, the captain was replaced by Okafor at the break."
    assert Difference("name", "Mensah", "Okafor") in differences(
        "The injured captain was replaced by Mensah at the break.", passage
    )
    # Past an article before the passage's name.
    assert Difference("name", "Hope", "Unity") in differences(
        "The mayor said the square would be known as 'Hope Square'.",
        "The mayor said the square would henceforth be known as the 'Unity Square'.",
    )
    status, _ = verdict(
        "The young founder was hailed as the next Grace Hopper.",
        "The young founder was once hailed as the next Ada Lovelace, and the money followed.",
    )
    assert status == "contradicted"


def test_a_thing_given_to_another_owner_is_a_name_difference() -> None:
    both_ways(
        "Vela grew up in the hills of northern Norvia. She was the Harlow Union's chief "
        "economist during the fishing dispute with Kestria.",
        same=[
            "Vela was the Harlow Union's chief economist during the fishing dispute with Kestria.",
        ],
        changed=[(
            "Vela was Norvia's chief economist during the fishing dispute with Kestria.",
            Difference("name", "Norvia", "Harlow Union"),
        )],
    )
    both_ways(
        "Brask, an Omnix mission, is set to study the twin asteroids, following up on Vantor's "
        "K2 mission that struck the smaller one in 2021.",
        same=["Brask is an Omnix mission following up on Vantor's K2 strike on the smaller one."],
        changed=[(
            "Brask is a Vantor mission following up on Omnix's K2 strike on the smaller one.",
            Difference("name", "Omnix", "Vantor"),
        )],
    )
    # two owners sharing a word of their kind ("Party") are two
    both_ways(
        "A survey says the scandal ended the Vela Party's long 12-year lead on housing over the "
        "rival Harlow Party.",
        same=["A survey says the scandal ended the Vela Party's long 12-year lead on housing."],
        changed=[(
            "A survey says the scandal ended the Harlow Party's long 12-year lead on housing "
            "over the Velas.",
            Difference("name", "Harlow Party", "Vela Party"),
        )],
    )


def test_one_owner_in_other_words_is_no_name_difference() -> None:
    assert verdict(
        "Vela was Norvia's chief economist in the dispute.",
        "Vela was the chief economist of Norvia in the dispute, and Kestria's chief economist "
        "was Brask.",
    ) == ("ok", [])
    for claim, passage, wider in [
        ("Britain's economy grew by 2.3% in the first quarter.",
         "The UK's economy grew by 2.3% in the first quarter.", ""),
        # a short form, a first name where the text gives the whole name
        ("She scored six times in Harlowton's cup campaign.",
         "She was vital in Harlo's cup campaign, scoring six goals.", ""),
        ("The board weighed Lenz's proposal with a focus on value.",
         "The board weighed Ada's proposal with a focus on value.", "Ada Lenz wrote to it."),
        # one word after the owner does not say what is owned; a day owns nothing
        ("Ortiz was bidding to draw level with Lenz's record of 24 titles.",
         "Ortiz was bidding to equal Kray's record of eight cups and Lenz's mark of 24.", ""),
        ("Omnix called off Monday's launch because of a fuel leak.",
         "Omnix's launch, set for Monday, was called off because of a fuel leak.", ""),
        # initials of the passage's owner
        ("DHD's mortgage relief scheme ends in May.",
         "The Department of Housing and Development's mortgage relief scheme ends in May.", ""),
    ]:
        assert owner_replaced(claim, passage, wider) is None, claim


def test_a_place_after_in_that_the_sentence_gives_to_another_is_a_name_difference() -> None:
    passage = (
        "The Lund brewer opened its fourth taproom this spring. Its head brewer Ada Vela poured "
        "the first pint at the new bar on Mill Lane in Harlow on opening night."
    )
    both_ways(
        passage,
        same=[
            "Ada Vela poured the first pint at the new bar in Harlow on opening night.",
            "Ada Vela poured the first pint at the new bar on Mill Lane in Harlow on opening "
            "night.",
        ],
        changed=[(
            "Ada Vela poured the first pint at the new bar in Lund on opening night.",
            Difference("name", "Lund", "Harlow"),
        )],
    )


def test_a_place_in_other_words_or_beside_its_own_is_no_name_difference() -> None:
    for claim, passage, wider in [
        # one country's names, initials
        ("Ortiz opened the new plant in the US on Friday.",
         "Ortiz opened the new plant in the United States on Friday.", "Ortiz is Norvian."),
        ("Vela signed the deal in Britain.", "Vela signed the deal in the UK.",
         "Vela flew from Lund."),
        # the claim's place and the passage's are one name ("Port Lund")
        ("The ship docked in Lund after a week.", "The ship docked in Port after a week.",
         "Port Lund is the island's harbour."),
        # two places in the passage's sentence after "in": which one is meant is not said
        ("The summit met in Lund.", "The summit met in Harlow and later in Kestria.",
         "Lund was its first host."),
        # the passage's sentence gives the claim's place too
        ("The teams met in Lund.", "The teams met in Harlow, near Lund.", ""),
    ]:
        assert place_replaced(claim, passage, set(), wider) is None, claim


def test_a_name_after_a_deeds_words_with_the_claims_name_in_another_sentence() -> None:
    both_ways(
        "The biggest gift came from Ada Lenz, a retired surgeon and one of Omnix's founders, "
        "with a £4.5 million donation, followed by Brask, who gave £2 million. "
        "Other donors include Vantor Capital, Kestria Holding and Harlow Fund.",
        same=["The biggest gift, a £4.5 million donation, came from Ada Lenz, followed by "
              "Brask's £2 million."],
        changed=[(
            "The biggest gift, a £4.5 million donation, came from Kestria Holding, followed "
            "by Brask's £2 million.",
            Difference("name", "Kestria Holding", "Ada Lenz"),
        )],
    )
    # "the album of" a name is no deed's place for it
    claim = "Vela is the best-selling album of Ada Lenz's career."
    passage = (
        "Vela outsold the album of Tom Kray's band in 2019. It is also the best-selling album "
        "for its singer Ada Lenz."
    )
    assert name_in_anothers_slot(claim, passage, set(), wider=passage) is None


def test_a_name_after_a_deeds_words_with_the_claims_name_in_a_clause_of_its_own() -> None:
    passage = (
        "With 88 goals Vela rose to joint fourth in the club's scoring table. She is level with "
        "Norvia's Ada Lund, Tom Brask of Kestria (102) is third, and Omnix's Cora Ortiz (140) "
        "leads."
    )
    goals = "Vela's 88 goals put her level with {} in joint fourth in the club's scoring table."
    both_ways(
        passage,
        same=[goals.format("Ada Lund")],
        changed=[(goals.format("Tom Brask"), Difference("name", "Tom Brask", "Norvia's Ada Lund"))],
    )
    # a list going on after a comma is no clause of its own: any of its names may be the one
    listed = (
        "With 88 goals Vela rose to joint fourth in the club's scoring table. She is level with "
        "Ada Lund, Tom Brask and Cora Ortiz."
    )
    assert verdict(goals.format("Tom Brask"), listed) == ("ok", [])


def test_a_run_of_name_words_ends_with_its_sentence() -> None:
    # "Vantor. George Kray": two names in two sentences, not one run of four words; the claim's
    # name in the other's slot is replaced, and the claim that keeps it is not.
    passage = (
        "Lenz finished second but was given a penalty for a clash with Omnix's Ada Vantor. "
        "George Kray of Zelora was promoted to third."
    )
    status, diffs = verdict("Lenz was given a penalty for a clash with George Kray.", passage)
    assert status == "contradicted"
    assert any(d.kind == "name" and d.claim == "George Kray" for d in diffs), diffs
    status, _ = verdict("Lenz was given a penalty for a clash with Ada Vantor.", passage)
    assert status == "ok"
    # An abbreviation or initial is inside a name, not the end of its sentence.
    status, _ = verdict(
        "Lenz was given a penalty for a clash with Dr. Ada Vantor.",
        "Lenz was given a penalty for a clash with Dr. Ada Vantor of Zelora.",
    )
    assert status == "ok"


def test_a_name_in_a_slot_the_words_do_not_place_is_not_replaced() -> None:
    # The claim's name with its party, which the passage spells out: nothing is replaced.
    diffs = differences(
        "She lost her seat to the SDP's Anna Berg.",
        "She lost her seat to the Social Democratic Party. The SDP took 12 seats.",
    )
    assert all(d.source is None for d in diffs if d.kind == "name"), diffs
    # One shared small word before the slot places nothing ("of" ... "Orleans").
    diffs = differences(
        "A summary of the Atlantic storms counts 1,500 deaths.",
        "The reconstruction of New Orleans counts 1,500 deaths.",
    )
    assert all(d.source is None for d in diffs if d.kind == "name"), diffs


def test_a_journey_reversed_is_a_difference() -> None:
    passage = "The ferry sailed from Dover to Calais, a trip of two hours."
    assert differences("The ferry sailed to Calais from Dover.", passage) == []
    diffs = differences("The ferry sailed from Calais to Dover.", passage)
    assert any(d.kind == "name" and d.source is not None for d in diffs), diffs
    # "from" and "to" of two different events are not a journey reversed.
    assert differences(
        "She graduated from Leeds University.", "She later transferred to Leeds University."
    ) == []


def test_long_runs_of_spaces_and_capitals_are_read_in_one_pass() -> None:
    # Pasted layouts carry long runs of blanks and capitals; a pattern that could split such a
    # run in many ways would never return here.
    passage = "The ferry sailed from" + " " * 40 + "Dover to Calais." + " " + "ABCDEFGHIJ" * 4 + "!"
    assert differences("The ferry sailed from Dover to Calais.", passage) == []


def test_a_bare_number_meets_the_one_number_of_its_evidence() -> None:
    diffs = differences("Anna Berg, 19, won the race.", "Anna Berg, aged 17, won the race.")
    assert Difference("number", "19", "17") in diffs


# --- 3. a found difference is contradicted even below the wording bar ---------------------------


def test_a_changed_number_in_a_loose_paraphrase_is_contradicted() -> None:
    source = "At least 1,400 children were abused between 1997 and 2013, the inquiry found."
    claim = "The inquiry, which took months, found that at least 1,500 children were abused."
    status, diffs = verdict(claim, source)
    assert status == "contradicted"
    assert Difference("number", "at least 1,500", "at least 1,400") in diffs


# --- 4. an imprecise fact never lets a wrong one pass -------------------------------------------


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        ("He was elected in 2011.", "He was elected on 5 March."),
        ("He was elected on 5 March 2011.", "He was elected on 5 March."),
    ],
)
def test_a_year_less_date_never_states_a_year(claim: str, passage: str) -> None:
    diffs = compare(extract(claim), extract(passage), passage_text=passage, claim_text=claim)
    assert diffs and all(d.source is None for d in diffs if d.kind == "date"), diffs


def test_a_year_less_date_with_the_articles_year_agrees() -> None:
    status, _ = verdict("He was elected on 5 March 2019.", "He was elected on 5 March.")
    assert status == "ok"


# --- 5. fact kinds read from real text ------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        ("It was the third landfall.", "It was the 3rd landfall."),
        ("The vote took place in January.", "The vote took place in January 2019."),
        ("The train left at 6pm.", "The train left at 18:00."),
        ("The train left at 8.38 a.m.", "The train left at 8:38am."),
        ("Nearly 500 people came.", "About 500 people came."),
        ("The well is 3,000ft deep.", "The well reaches a depth of 900m (3,000ft)."),
        ("One thousand four hundred children were hurt.", "1,400 children were hurt."),
        ("Two hundred and fifty homes flooded.", "250 homes flooded."),
        ("Forty-two per cent voted.", "42% voted."),
        ("The budget for 2013/14 was cut.", "The budget for 2013-14 was cut."),
        ("Between 8,000 and 11,000 people fled.", "8 to 11 thousand people fled."),
        ("The deal closed on 26 August 2014.", "The deal closed on 26.08.2014."),
        ("The deal closed on 26 August 2014.", "The deal closed on 8/26/2014."),
        ("Half of the staff left.", "50% of the staff left."),
        ("The shop opened on Wednesday.", "The shop opened on Wednesday."),
        ("She sold them less than a week before.", "She sold them under a week before."),
        ("He passed the 30K mark in 1:27:51.", "He passed 30 km in 1:27:51."),
        ("She was jailed for 9.25 years.", "She was jailed for 9 years and three months."),
        ("The delay lasted 150 minutes.", "The delay lasted 2 hours, 30 minutes."),
        ("The lander touched down at about 9.47 pm IST.",
         "The lander touched down around 21.47 Hrs. IST."),
        ("The lander touched down at 9.47 pm.", "The lander touched down at 2147 hrs."),
    ],
)
def test_fact_kinds_agree_in_other_notation(claim: str, passage: str) -> None:
    assert differences(claim, passage) == []


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("It was the third landfall.", "It was the fourth landfall.", ("ordinal", "3rd", "4th")),
        ("The train left at 6pm.", "The train left at 7pm.", ("time", "18:00", "19:00")),
        (
            "The vote took place in January.",
            "The vote took place in March.",
            ("date", "January 2019", "March 2019"),
        ),
        (
            "The firm will pay more than $5 billion.",
            "The firm will pay almost $5 billion.",
            ("comparator", "more than 5,000,000,000", "almost 5,000,000,000"),
        ),
        (
            "The town lies 50 miles from the capital.",
            "The town lies 50 kilometres from the capital.",
            ("unit", "50 miles", "50 kilometres"),
        ),
        (
            "Forty-two per cent voted.",
            "Forty-five per cent voted.",
            ("number", "42", "45"),
        ),
        ("The shop opened on Wednesday.", "The shop opened on Tuesday.", None),
        (
            "The party won fewer than 80 seats.",
            "The party won 80 seats.",
            ("comparator", "fewer than 80", "80"),
        ),
        (
            "She sold the shares less than a week before the vote.",
            "She sold the shares more than a week before the vote.",
            ("comparator", "fewer than 1 week", "more than 1 week"),
        ),
        (
            "She was jailed for 9 years and six months.",
            "She was jailed for 9 years and three months.",
            ("number", "9.5", "9.25"),
        ),
    ],
)
def test_fact_kinds_differ_when_the_value_does(
    claim: str, passage: str, expected: tuple[str, str, str] | None
) -> None:
    diffs = differences(claim, passage)
    assert diffs, (claim, passage)
    if expected is not None:
        assert Difference(*expected) in diffs, diffs


def test_metres_are_not_millions() -> None:
    (depth,) = extract("a depth of 900m below").of("number")
    assert depth.value == 900 and depth.unit == "m"
    (money,) = extract("it cost £900m last year").of("number")
    assert money.value == 900_000_000


@pytest.mark.parametrize(
    "text",
    ["the 200 m final", "in the 400 m hurdles", "the 100m in 9.57", "a 96m spire"],
)
def test_a_race_or_a_height_in_m_is_metres(text: str) -> None:
    (number,) = [f for f in extract(text).of("number") if f.unit in ("m", "#m")]
    assert number.value < 1000


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.5m people watched", 1_500_000), ("3m tonnes of grain", 3_000_000),
     ("2m of them", 2_000_000), ("it cost £900m", 900_000_000)],
)
def test_millions_name_what_they_count(text: str, value: int) -> None:
    (number,) = extract(text).of("number")
    assert number.value == value


def test_a_labelled_number_is_not_a_quantity() -> None:
    diffs = differences("Flight 610 crashed, killing 189 people.", "The crash killed 189 people.")
    assert all(d.source is None for d in diffs), diffs


# --- 6. every content word is accounted for -----------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The board bought the stadium in 2015.", "The board purchased the stadium in 2015."),
        ("The storm struck the coast in 2005.", "The storm hit the coast in 2005."),
        ("The death toll fell to 2,306.", "The death toll dropped to 2,306."),
        ("Three reactors melted down.", "Three reactors had meltdowns."),
        ("The appeal court reversed the 2019 ruling.",
         "The appeal court overturned the 2019 ruling."),
        ("The lander exceeded its goals in 2023.", "The lander surpassed its goals in 2023."),
        ("The short film ran for 12 minutes.",
         "The short film ran for 12 minutes and exceeded its budget."),
    ],
)
def test_a_word_in_other_words_is_accounted_for(claim: str, source: str) -> None:
    status, diffs = verdict(claim, source)
    assert status == "ok", diffs


@pytest.mark.parametrize(
    ("claim", "source", "words"),
    [
        (
            "The council approved the plan in 2015.",
            "The council rejected the plan in 2015.",
            ("approved", "rejected"),
        ),
        ("The bank raised its rate in 2015.", "The bank lowered its rate in 2015.", None),
        ("Shares climbed 6% on Monday.", "Shares tumbled 6% on Monday.", ("climbed", "tumbled")),
        ("The driver was male, police said.", "The driver was female, police said.", None),
        ("The court overturned the 2019 ruling.", "The court upheld the 2019 ruling.",
         ("overturned", "upheld")),
        ("The governor vetoed the 2020 bill.", "The governor signed the 2020 bill.",
         ("vetoed", "signed")),
        ("The lander fell short of its goals in 2023.", "The lander exceeded its goals in 2023.",
         ("short", "exceeded")),
    ],
)
def test_a_known_opposite_contradicts(
    claim: str, source: str, words: tuple[str, str] | None
) -> None:
    status, diffs = verdict(claim, source)
    assert status == "contradicted", diffs
    assert any(d.kind == "wording" for d in diffs)
    if words is not None:
        assert Difference("wording", *words) in diffs


@pytest.mark.parametrize(
    ("claim", "source", "words"),
    [
        (
            "The autopilot pushed the nose up despite the crew's efforts.",
            "The autopilot pushed the nose down, despite the crew's efforts.",
            ("up", "down"),
        ),
        (
            "Many of the villagers are expected to return home soon.",
            "The ban is lifted, but few of them are expected to return home soon.",
            ("many", "few"),
        ),
        ("The ferry sailed after the storm.", "The ferry sailed before the storm.", None),
        # A comparison turned over with the same thing compared against.
        (
            "The new bridge cost more than the old tunnel did.",
            "The new bridge cost less than the old tunnel did.",
            ("more", "less"),
        ),
        (
            "The party's share of the vote shrank in 2017.",
            "Turnout was up in 2017, as was the party's share of the vote.",
            ("shrank", "up"),
        ),
    ],
)
def test_a_small_word_of_direction_turned_over_contradicts(
    claim: str, source: str, words: tuple[str, str] | None
) -> None:
    status, diffs = verdict(claim, source)
    assert status == "contradicted", diffs
    if words is not None:
        assert Difference("wording", *words) in diffs


CUP = (
    "She capped the season by winning the cup. Her first title came in 2014, when she lost "
    "the final against Lee."
)


def test_an_opposite_in_the_claims_place_contradicts_though_the_word_stands_elsewhere() -> None:
    claim = "Her first title came in 2014, when she won the final against Lee."
    status, diffs = verdict(claim, CUP)
    assert status == "contradicted", diffs
    assert Difference("wording", "won", "lost") in diffs


def test_the_word_in_the_claims_place_agrees() -> None:
    claim = "Her first title came in 2014, when she lost the final against Lee."
    status, diffs = verdict(claim, CUP)
    assert status == "ok", diffs


EARNINGS = "Men earned $52,000 on average and women $41,000 in 2019."


def test_a_word_whose_verb_the_passage_leaves_out_keeps_its_value() -> None:
    """"and women $41,000" says what women earned: "men", beside "earned", is not the claim's
    word turned into its opposite."""
    for claim in ("Women earned $41,000 on average in 2019.", "Women earned $41,000 in 2019."):
        status, diffs = verdict(claim, EARNINGS)
        assert status == "ok", diffs


def test_a_value_given_to_the_opposite_word_contradicts() -> None:
    status, diffs = verdict("Women earned $52,000 on average in 2019.", EARNINGS)
    assert status == "contradicted", diffs
    status, diffs = verdict("Men earned $41,000 on average in 2019.", EARNINGS)
    assert status == "contradicted", diffs


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "Few of the villagers are expected to return home soon.",
            "The ban on the villagers is lifted, but few of them are expected to return home soon.",
        ),
        # Both words in the claim order two events; nothing is turned over.
        (
            "Even after the ruling, it took weeks before the ferries sailed again.",
            "Even with the ruling, it took weeks before the ferries sailed again.",
        ),
        # A relation said the other way round: "A before B" is "B after A".
        (
            "Before Okafor, only Diallo had scored in two finals.",
            "Okafor is the second player to score in two finals after Diallo.",
        ),
        # A comparison said the other way round: "A cost more than B" is "B cost less than A".
        (
            "The old tunnel cost more than the new bridge, the council found.",
            "The council found that the new bridge cost less than the old tunnel.",
        ),
        (
            "The bill goes before parliament on Friday, after a reshuffle on Monday.",
            "There will be a reshuffle on Monday and the bill goes before parliament on Friday.",
        ),
    ],
)
def test_a_small_word_of_direction_kept_agrees(claim: str, source: str) -> None:
    status, diffs = verdict(claim, source)
    assert status == "ok", diffs


def test_an_unaccounted_word_blocks_ok_and_is_shown() -> None:
    a = analyse(
        "A gas leak caused the fire in 2015.", "An electrical fault caused the fire in 2015."
    )
    assert a.status == "missing"
    assert Difference("wording", "gas", None) in a.differences
    assert a.note and "gas" in a.note


# --- 7. negation said with a verb ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The company did not pay the fine.", "The company failed to pay the fine."),
        ("The minister did not answer.", "The minister refused to answer."),
        ("He no longer leads the party.", "He does not lead the party any more."),
        ("The firm has not announced its plans.", "The firm has yet to announce its plans."),
        ("The minister did not call for a ban.",
         "The minister stopped short of calling for a ban."),
        ("Airlines could not fly the plane.", "Airlines were unable to fly the plane."),
        ("The Kestrel coating avoids setting off rust in the pipes.",
         "The Kestrel coating does not trigger rust in the pipes."),
        ("The Kestrel coating does not trigger rust in the pipes.",
         "The Kestrel coating avoids setting off rust in the pipes."),
        ("The 3 members refrained from voting on the bill.",
         "The 3 members did not vote on the bill."),
        ("Ortiz did not win the first round outright.",
         "Ortiz fell short of an outright win in the first round."),
    ],
)
def test_negation_said_with_a_verb_agrees(claim: str, source: str) -> None:
    diffs = differences(claim, source)
    assert not [d for d in diffs if d.kind == "negation"], diffs


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The company paid the fine.", "The company failed to pay the fine."),
        ("The minister answered.", "The minister refused to answer."),
        ("The police confirmed the report.", "The police denied the report."),
        ("The minister called for a ban on 12 books.",
         "The minister stopped short of calling for a ban on 12 books."),
        ("The 3 members voted for the bill.", "The 3 members abstained from voting on the bill."),
        ("The Kestrel coating triggers rust in the pipes.",
         "The Kestrel coating avoids triggering rust in the pipes."),
        ("The Kestrel coating avoids triggering rust in the pipes.",
         "The Kestrel coating triggers rust in the pipes."),
        ("Ortiz won the first round outright.",
         "Ortiz fell short of an outright win in the first round."),
    ],
)
def test_negation_said_with_a_verb_contradicts(claim: str, source: str) -> None:
    status, diffs = verdict(claim, source)
    assert status == "contradicted", diffs


def test_each_not_of_the_passage_answers_one_not_of_the_claim() -> None:
    source = "The 210,000 residents were told to leave the area. No one forced them to leave."
    status, diffs = verdict(
        "The 210,000 residents were not told to leave, and no one forced them to leave.", source
    )
    assert status != "ok" and any(d.kind == "negation" for d in diffs), diffs
    both = "The 210,000 residents were not told to leave the area. No one forced them to leave."
    status, diffs = verdict(
        "The 210,000 residents were not told to leave, and no one forced them to leave.", both
    )
    assert not [d for d in diffs if d.kind == "negation"], diffs


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        ("There were zero deaths from radiation at the plant.",
         "There were no deaths from radiation at the plant.", "ok"),
        ("There were no deaths from radiation at the plant.",
         "There were zero deaths from radiation at the plant.", "ok"),
        ("There were two deaths from radiation at the plant.",
         "There were no deaths from radiation at the plant.", "contradicted"),
        # a zero of something else does not answer the claim's "no"
        ("There were no deaths from radiation at the plant.",
         "There were two deaths from radiation at the plant and zero injuries.", "contradicted"),
    ],
)
def test_a_count_of_zero_is_what_no_says(claim: str, source: str, expected: str) -> None:
    assert verdict(claim, source)[0] == expected


FLIGHTS = (
    "Harbour Air Flight 204 (HA204) was a scheduled passenger flight from the capital to the "
    "coast. On 2 May 2018 the jet operating the route crashed into the sea, killing all 90 "
    "people on board. It was the deadliest accident of any jet of its type, surpassing Coast Air "
    "Flight 512 in 2010."
)


def test_a_label_the_passage_gives_is_not_contradicted_by_another_it_names_later() -> None:
    claim = "No other accident of a jet of its type killed as many people as Harbour Air Flight {}."
    status, diffs = verdict(claim.format(204), FLIGHTS)
    assert status != "contradicted", diffs
    status, diffs = verdict(claim.format(205), FLIGHTS)
    assert status == "contradicted" and ("number", "205", "512") in [
        (d.kind, d.claim, d.source) for d in diffs
    ], diffs


def test_a_verb_of_two_words_stands_for_its_one_word_synonym() -> None:
    # The same deed in other words agrees, either way round.
    passage = "On Friday the club called off the match against Kestria."
    status, _ = verdict("The club cancelled the match against Kestria on Friday.", passage)
    assert status == "ok"
    status, _ = verdict(
        "Ortiz participated in the study in which 60 runners were tested.",
        "In the study, in which Ortiz took part, 60 runners were tested.",
    )
    assert status == "ok"


def test_a_not_of_a_verb_said_in_two_words_contradicts() -> None:
    # "did not participate" denies "took part", and "did not take part" denies "participated".
    status, diffs = verdict(
        "Ortiz took part in the Kestria study in which 60 runners were tested.",
        "In a Kestria study, in which Ortiz did not participate, 60 runners were tested.",
    )
    assert status == "contradicted"
    assert any(d.kind == "negation" for d in diffs), diffs
    status, diffs = verdict(
        "Ortiz participated in the Kestria study in which 60 runners were tested.",
        "In a Kestria study, in which Ortiz did not take part, 60 runners were tested.",
    )
    assert status == "contradicted"
    # A "not" of another verb of the passage denies nothing of the claim.
    status, _ = verdict(
        "Ortiz took part in the Kestria study in which 60 runners were tested.",
        "In the Kestria study, in which Ortiz took part, 60 runners were tested; 12 did not "
        "respond.",
    )
    assert status == "ok"


def test_a_contrast_with_not_swapped_contradicts() -> None:
    # "X, not Y" against "Y, not X": each side denies what the other asserts.
    status, diffs = verdict(
        "The prize went to the defender, not the striker.",
        "The prize went to the striker, not the defender.",
    )
    assert status == "contradicted"
    assert any(d.kind == "negation" for d in diffs), diffs
    status, _ = verdict(
        "The ratio compares the output with the total fuel burned on the day, not with the "
        "fuel in the tanks.",
        "The ratio only compares the output to the fuel in the tanks, not to the total amount "
        "of fuel burned on the day.",
    )
    assert status == "contradicted"
    # The same contrast in other words agrees.
    status, _ = verdict(
        "The prize went to the defender, not the striker.",
        "The prize was given to the defender and not to the striker.",
    )
    assert status == "ok"
    # Two denials of one thing whose words run differently are no swap.
    status, _ = verdict(
        "Kray argued that the board does not uphold members' voting rights.",
        "Kray argued that the board doesn't uphold the voting rights of members.",
    )
    assert status == "ok"


def test_none_since_is_the_first_since() -> None:
    # "No X had done it since 2006" says what "the first X to do it since 2006" says.
    status, _ = verdict(
        "No winger had scored a penalty in a final since Kray did it in 1998.",
        "Lenz became the first winger to score a penalty in a final since Kray did so in 1998.",
    )
    assert status == "ok"
    # Not when the other side ranks it second: then someone else did it since.
    status, diffs = verdict(
        "No winger had scored a penalty in a final since Kray did it in 1998.",
        "Lenz became the second winger to score a penalty in a final since Kray did so in 1998.",
    )
    assert status == "contradicted"
    assert any(d.kind == "negation" for d in diffs), diffs


def test_not_until_far_from_its_verb_still_says_when() -> None:
    # "not host ... until 2031" says 2031: another year differs, a plain "not" denies.
    passage = "The town will not host another football world final until 2031."
    status, diffs = verdict("The town will host another football world final only in 2034.",
                            passage)  # fmt: skip
    assert status == "contradicted"
    assert Difference("date", "2034", "2031") in diffs
    status, diffs = verdict(
        "The town will not host another football world final for years.",
        "The town will host another football world final in 2031.",
    )
    assert status == "contradicted"
    assert any(d.kind == "negation" for d in diffs), diffs


def test_verbs_of_refusing_stand_for_one_another() -> None:
    # "ruled out" is "rejected", "declined to" is "refused to": the same refusal.
    status, _ = verdict(
        "Kray had ruled out a merger with Lenz before the vote.",
        "Kray had rejected a merger with Lenz before the ballot.",
    )
    assert status == "ok"
    status, _ = verdict(
        "Kray declined to comment on the vote.", "Kray refused to comment on the vote."
    )
    assert status == "ok"
    # A refusal against what the passage asserts still contradicts.
    status, diffs = verdict(
        "Kray had ruled out a merger with Lenz before the vote.",
        "Kray had proposed a merger with Lenz before the ballot.",
    )
    assert status == "contradicted"
    assert any(d.kind == "negation" for d in diffs), diffs
    status, _ = verdict("Kray declined to comment on the vote.", "Kray commented on the vote.")
    assert status == "contradicted"


def test_what_the_passage_says_of_another_label_is_no_support() -> None:
    passage = (
        "Further studies, including KESTREL 3 among older farmers in rural areas and KESTREL 4 "
        "among young cyclists in the cities, are under way."
    )
    # "KESTREL 4 ... older farmers in rural areas" is what the passage says of KESTREL 3.
    status, diffs = verdict("KESTREL 4 is studying older farmers in rural areas.", passage)
    assert status == "contradicted"
    assert Difference("number", "4", "3") in diffs
    # Said of the right label, in other words, it agrees.
    status, _ = verdict("KESTREL 3 is studying older farmers in rural areas.", passage)
    assert status == "ok"
    status, _ = verdict("KESTREL 4 is studying young cyclists in the cities.", passage)
    assert status == "ok"


def test_a_numbered_item_is_no_negation() -> None:
    assert not extract("Reactor No. 4 was damaged.").of("negation")


# A passage that reports a claim only to deny it: the frame of denial negates what it frames.
DENIED_FRAMES = [
    ("2,000 families were moved out of the valley.",
     "It is false that 2,000 families were moved out of the valley."),
    ("40 people died in the fire.",
     "Officials dismissed reports that 40 people had died in the fire."),
    ("500 protesters were arrested on Sunday.",
     "Police rejected claims that 500 protesters were arrested on Sunday."),
    ("The town lost 1,200 jobs.",
     "The mayor said it was untrue that the town had lost 1,200 jobs."),
    ("The singer cancelled 14 shows.",
     "Rumours that the singer had cancelled 14 shows were unfounded."),
    ("The club paid £90 million for the striker.",
     "The club refuted suggestions that it paid £90 million for the striker."),
    ("Police made 500 arrests on Sunday.", "Police denied reports of 500 arrests on Sunday."),
]


@pytest.mark.parametrize(("claim", "source"), DENIED_FRAMES)
def test_a_claim_the_passage_reports_only_to_deny_is_contradicted(
    claim: str, source: str
) -> None:
    status, diffs = verdict(claim, source)
    assert status == "contradicted" and any(d.kind == "negation" for d in diffs), diffs


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # the same frame, said by both
        ("Officials dismissed reports that 40 people died in the fire.",
         "Officials dismissed reports that 40 people had died in the fire."),
        ("The rumours that the singer cancelled 14 shows were unfounded.",
         "Rumours that the singer had cancelled 14 shows were unfounded, her agent said."),
        # what is confirmed, or merely reported, is not denied
        ("40 people died in the fire.",
         "Officials confirmed reports that 40 people had died in the fire."),
        ("40 people died in the fire.",
         "Reports that 40 people had died in the fire were confirmed by officials."),
        ("2,000 families were moved out of the valley.",
         "It is true that 2,000 families were moved out of the valley."),
        # the verb or the noun alone denies nothing, and a denial bears only on what it frames
        ("The claim was later paid in full for $40,000.",
         "The insurer disputed the claim, which was later paid in full for $40,000."),
        ("The 12 families filed the appeal in 2019.",
         "The court rejected the appeal filed in 2019 by the 12 families."),
        ("The project cost $4 million.",
         "The minister rejected claims that the project was over budget, saying it had cost "
         "$4 million."),
        ("He scored 12 goals.",
         "He denied reports of a rift with the coach and said he had scored 12 goals."),
    ],
)
def test_a_denial_that_frames_something_else_or_both_agrees(claim: str, source: str) -> None:
    status, diffs = verdict(claim, source)
    assert status == "ok", diffs


def test_a_claim_of_a_denial_against_a_confirmation_is_contradicted() -> None:
    claim = "Police rejected claims of 500 arrests on Sunday."
    status, diffs = verdict(claim, "Police confirmed 500 arrests on Sunday.")
    assert status == "contradicted" and any(d.kind == "negation" for d in diffs), diffs


# --- what a passage says may, will or was meant to happen is not what happened ------------------

UNDONE_DEEDS = [
    ("The council closed 3 schools in 2025.", "The council plans to close 3 schools in 2025."),
    ("The council closed 3 schools in 2025.",
     "The council is expected to close 3 schools in 2025."),
    ("The council closed 3 schools in 2025.", "The council proposed closing 3 schools in 2025."),
    ("The council closed 3 schools in 2025.", "The council almost closed 3 schools in 2025."),
    ("The bill created 2,000 jobs in the region.",
     "If the bill passes, 2,000 jobs will be created in the region."),
    ("The stadium opened in 2025 with 60,000 seats.",
     "The stadium will open in 2025 with 60,000 seats."),
    ("The firm cut 400 jobs.", "The firm could cut 400 jobs, analysts said."),
    ("The firm cut 400 jobs in March.", "The firm threatened to cut 400 jobs in March."),
    ("The firm cut 400 jobs in March.", "The firm considered cutting 400 jobs in March."),
    ("The company raised $5 million in the offering.",
     "The company hoped to raise $5 million in the offering."),
    ("The team won 10 races in 2023.", "The team aimed to win 10 races in 2023."),
    ("The minister banned 12 books in 2020.", "The minister tried to ban 12 books in 2020."),
    # alleged or reported, not found
    ("The treasurer stole $50,000 from the club in 2019.",
     "The treasurer allegedly stole $50,000 from the club in 2019."),
    ("The treasurer stole $50,000 from the club in 2019.",
     "The treasurer is accused of stealing $50,000 from the club in 2019."),
    ("The treasurer stole $50,000 from the club in 2019.",
     "The treasurer was charged with stealing $50,000 from the club in 2019."),
    ("The army killed 40 civilians in the village in March.",
     "The army reportedly killed 40 civilians in the village in March."),
    # the deed in other words
    ("The firm reduced its staff by 400 in May 2025.",
     "In May 2025 the firm plans to cut its staff by 400."),
]


@pytest.mark.parametrize(("claim", "source"), UNDONE_DEEDS)
def test_a_deed_the_passage_says_only_may_or_will_happen_is_unsupported(
    claim: str, source: str
) -> None:
    status, diffs = verdict(claim, source)
    assert status == "missing" and any(d.kind == "modality" for d in diffs), diffs


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # the claim asks no more than the passage's chance, plan or forecast
        ("The council may close 3 schools in 2025.",
         "The council plans to close 3 schools in 2025."),
        ("The council is going to close 3 schools next year.",
         "The council will close 3 schools next year."),
        ("The council said it would close 3 schools next year.",
         "The council said it will close 3 schools next year."),
        ("Morvath to acquire Zentrix at $54.20 a share.",
         "Zentrix will be acquired by Morvath for $54.20 per share."),
        ("The section was meant to open around 2033.",
         "The section was originally planned to open around 2033."),
        ("The change is taking place during the 2018-19 year.",
         "The change will take place during the 2018-19 year."),
        # the passage says the deed plainly too, or a chance of something else
        ("The council closed 2 schools in 2025.",
         "The council had planned to close 3 schools, and closed 2 schools in 2025."),
        ("The council closed 3 schools in 2025.",
         "The council closed 3 schools in 2025 and may sell the land."),
        ("It will be several weeks before the 12 jets fly again.",
         "It will still be several weeks before the 12 jets fly again."),
        # "May" the month
        ("The firm reduced its staff by 400 in May 2025.",
         "In May 2025 the firm cut its staff by 400."),
        # found, admitted, or alleged by both
        ("The treasurer stole $50,000 from the club in 2019.",
         "The treasurer was convicted of stealing $50,000 from the club in 2019."),
        ("The treasurer stole $50,000 from the club in 2019.",
         "The treasurer admitted stealing $50,000 from the club in 2019."),
        ("The treasurer allegedly stole $50,000 from the club.",
         "In 2019 the treasurer allegedly stole $50,000 from the club."),
        # a flight bound for a city is one scheduled to go there
        ("Flight 418 was bound for Quenby Tessaly.",
         "Flight 418 was scheduled to travel to Quenby Tessaly."),
        # a deed the claim denies is no deed it says was done ("draft" after "will not count as")
        ("Omnix may not write scripts under the deal, and pages it generates will not count as "
         "draft material.",
         "Under the deal, studios cannot use Omnix to write scripts, and pages it generates will "
         "not be considered draft material."),
    ],
)
def test_a_deed_the_claim_asks_no_more_than_the_passage_gives_agrees(
    claim: str, source: str
) -> None:
    status, diffs = verdict(claim, source)
    assert not any(d.kind == "modality" for d in diffs), diffs
    assert status == "ok", diffs


# A deed still to be done ("still has to be approved", "must still be approved") has not been
# done: a claim that it has is contradicted; one that it has not yet, or still must be, agrees.
STILL_TO_DO = (
    "Lund's 2:01:09, which still has to be approved, beat the old record in Harlow."
)


def test_a_deed_still_to_be_done_has_not_been_done() -> None:
    both_ways(
        STILL_TO_DO,
        same=["Lund's time of 2:01:09 must still be approved as the record.",
              "Lund's time of 2:01:09 has not yet been approved as the record."],
        changed=[],
    )  # fmt: skip
    for claim, source in (
        ("Lund's time of 2:01:09 has already been approved as the record.", STILL_TO_DO),
        ("The Harlow treaty was approved by the senate in 2024.",
         "The Harlow treaty must still be approved by the senate, which meets in 2024."),
    ):
        status, diffs = verdict(claim, source)
        assert status == "contradicted", diffs
        assert any(d.kind == "negation" for d in diffs), diffs


# --- all of a group, or some -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("All 90 passengers were injured in the crash.",
         "Some of the 90 passengers were injured in the crash."),
        ("All 90 passengers survived the crash.", "Most of the 90 passengers survived the crash."),
        ("All 12 schools in the district closed in 2020.",
         "Several of the 12 schools in the district closed in 2020."),
        ("Every one of the 300 workers lost their job in May.",
         "Many of the 300 workers lost their jobs in May."),
        ("Each of the 20 players was fined after the match.",
         "A few of the 20 players were fined after the match."),
        ("All 650 MPs voted for the bill in 2019.",
         "The majority of the 650 MPs voted for the bill in 2019."),
    ],
)
def test_a_claim_of_all_where_the_passage_says_part_is_unsupported(
    claim: str, source: str
) -> None:
    status, diffs = verdict(claim, source)
    assert status == "missing" and any(d.kind == "quantifier" for d in diffs), diffs


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Some of the 90 passengers were injured in the crash.",
         "All 90 passengers were injured in the crash."),
        ("All 90 passengers survived the crash.", "The 90 passengers survived the crash."),
        ("All 90 passengers survived the crash.", "The 90 passengers all survived the crash."),
        # a part of another group
        ("All 12 crew survived.",
         "Some of the 90 passengers were injured, and all 12 crew survived."),
    ],
)
def test_a_claim_of_part_or_of_all_that_the_passage_gives_agrees(claim: str, source: str) -> None:
    status, diffs = verdict(claim, source)
    assert status == "ok", diffs


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The firm earned $2 billion in 2021.",
         "The firm earned $2 billion in the first quarter of 2021."),
        ("The firm earned $2 billion in 2021.", "The firm earned $2 billion in Q1 2021."),
        ("40 people died on the roads in 2021.",
         "In the first six months of 2021, 40 people died on the roads."),
        # a span named by its unit, with no year: "in the year" is not "in the quarter"
        ("Kestria's economy grew 2.1% in the year.", "Kestria's economy grew 2.1% in the quarter."),
        ("Omnix sold 40,000 cars over the past month.",
         "Omnix sold 40,000 cars over the past week, the company said."),
    ],
)
def test_a_count_for_a_year_the_passage_gives_for_part_of_it_is_unsupported(
    claim: str, source: str
) -> None:
    status, diffs = verdict(claim, source)
    assert status == "missing" and any(d.kind == "period" for d in diffs), diffs


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # an event in part of a year happened in the year
        ("The plant exploded in 2021.", "The plant exploded in the first half of 2021."),
        # the same part in other words, or the year given whole beside its part
        ("The firm earned $2 billion in the first quarter of 2021.",
         "The firm earned $2 billion in the first three months of 2021."),
        ("The firm earned $7 billion in 2021.",
         "The firm earned $2 billion in the first quarter of 2021, and $7 billion in 2021 as a "
         "whole."),
        ("Kestria's economy grew 2.1% in the quarter.",
         "In the quarter, Kestria's economy grew 2.1%, after 1.4% in the year before."),
        ("Omnix sold 40,000 cars during the month.",
         "Omnix sold 40,000 cars in the month, the company said."),
    ],
)
def test_an_event_or_the_same_period_agrees(claim: str, source: str) -> None:
    status, diffs = verdict(claim, source)
    assert status == "ok", diffs



# --- 8. attribution lives in metadata -----------------------------------------------------------


def test_attribution_is_checked_against_the_sources_metadata() -> None:
    claim = "According to the Tribune, 300 homes flooded in 2019."
    source = "Some 300 homes flooded in 2019, the paper reported."
    status, diffs = verdict(claim, source, metadata={"publisher": "The Daily Tribune"})
    assert status == "ok", diffs
    status, diffs = verdict(claim, source, metadata={"publisher": "The Courier"})
    assert status != "ok"
    assert any(d.kind == "name" and d.claim == "Tribune" for d in diffs)


def test_the_sources_outlet_answers_only_for_a_name_given_as_who_tells_it() -> None:
    source = "The founder told the judge that she loved the company and its staff."
    meta = {"publisher": "Harbour Town Online", "title": "Founder jailed for fraud"}
    told = "According to Harbour Town Online, the founder told the judge she loved the company."
    assert verdict(told, source, metadata=meta)[0] == "ok"
    status, diffs = verdict(
        "The founder told the judge that she loved Harbour and its staff.", source, metadata=meta
    )
    assert status != "ok" and any(d.kind == "name" and d.claim == "Harbour" for d in diffs)
    # The title names what the source is about, wherever the claim names it.
    titled = {"publisher": "The Courier", "title": "Tolvar jailed for fraud"}
    claim = "Tolvar told the judge that she loved the company and its staff."
    assert verdict(claim, source, metadata=titled)[0] == "ok"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("In six days, Morvath Pellary raised $25.5 billion in debt.", "ok"),
        ("In six days, Margin Pellary raised $25.5 billion in debt.", "not ok"),
        ("It is official: the Harbour Council raised $25.5 billion in debt.", "not ok"),
    ],
)
def test_a_capitalised_word_the_passage_has_only_as_a_common_word_is_no_name(
    claim: str, expected: str
) -> None:
    source = (
        "It is official: in six days, Morvath Pellary raised $25.5 billion in debt, including a "
        "margin loan, the council said."
    )
    status, diffs = verdict(claim, source)
    assert (status == "ok") == (expected == "ok"), diffs


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The Olympic Stadium in Berlin was full.", "The Berlin Olympic stadium was full."),
        ("Rotherham Council apologised to the victims.", "Rotherham council apologised to the "
         "victims."),
    ],
)
def test_a_name_the_passage_writes_in_lower_case_beside_its_partner_is_stated(
    claim: str, source: str
) -> None:
    status, diffs = verdict(claim, source)
    assert not [d for d in diffs if d.kind == "name"], diffs


def test_a_first_person_preface_is_by_the_sources_author() -> None:
    claim = "Jay's inquiry found that 1,400 children were abused."
    source = "My inquiry found that 1,400 children were abused."
    status, diffs = verdict(claim, source, metadata={"author": "Alexis Jay"})
    assert status == "ok", diffs
    status, diffs = verdict(claim, source, metadata={"author": "Sam Smith"})
    assert status != "ok"


# --- 9. real layouts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "The dam failed in 2010.",
            "The dam failed in 2010.[12] The next year not one house was rebuilt.",
        ),
        ("The dam failed on 3 May.", "Timeline\n- 3 May: the dam failed.\n- 4 May: no rain."),
        (
            "Adm. Smith resigned in 2010.",
            "Adm. Smith resigned in 2010. He did not comment.",
        ),
    ],
)
def test_layouts_keep_sentences_apart(claim: str, source: str) -> None:
    status, diffs = verdict(claim, source)
    assert status == "ok", diffs


CAPS = (
    "She retired last year after a long career.\n\n"
    "Players with most international caps in history\n\n"
    "26 - Ana Ruiz, Spain (2006-22)\n\n"
    "25 - Fenna Holm, Norway (1982-98)\n\n"
    "21 - Mia Berg, Sweden (1982-94)"
)


def test_a_row_of_a_table_is_read_with_its_heading() -> None:
    status, diffs = verdict("Fenna Holm: 25 international caps, 1982-98.", CAPS)
    assert status == "ok", diffs


def test_a_row_of_a_table_never_borrows_another_rows_value() -> None:
    status, diffs = verdict("Fenna Holm: 25 international caps, 1982-94.", CAPS)
    assert status != "ok", diffs


# --- 11. every verdict but ok says why ----------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "The mayor opened the bridge over the river in 2016.",
        "The council built a new swimming pool in 1985.",
        "The mayor closed the bridge over the river in 2012.",
    ],
)
def test_every_verdict_but_ok_carries_its_reason(claim: str) -> None:
    a = analyse(claim, NEIGHBOURS, reference=REFERENCE)
    assert a.status != "ok"
    assert a.note and f"score {a.score:.1f}" in a.note


# --- formatting noise never flips a verdict -----------------------------------------------------

_NOISE_CLAIMS = [
    "The mayor opened the bridge over the river in 2012.",
    "The mayor opened the bridge over the river in 2016.",
    "A second bridge, costing 90 million pounds, followed in 2016.",
    "Critics said the toll was fair to commuters.",
]


def _noisy(text: str, rng: random.Random) -> str:
    out = []
    for k, ch in enumerate(text):
        if ch == " " and k == 1:
            # A lone capital at the start of a line is read as a drop capital ("A\nsecond" is
            # "Asecond"), so the first word keeps its space.
            out.append(rng.choice([" ", "  "]))
        elif ch == " ":
            out.append(rng.choice([" ", "  ", "\n", " \t"]))
        elif ch == "'":
            out.append(rng.choice(["'", "\u2019"]))
        elif ch == "-":
            out.append(rng.choice(["-", "\u2013"]))
        else:
            out.append(ch)
    return "".join(out)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(0, len(_NOISE_CLAIMS) - 1), seed=st.integers(0, 2**32 - 1))
def test_formatting_noise_never_flips_a_verdict(index: int, seed: int) -> None:
    claim = _NOISE_CLAIMS[index]
    clean = analyse(claim, NEIGHBOURS, reference=REFERENCE).status
    noisy = analyse(_noisy(claim, random.Random(seed)), NEIGHBOURS, reference=REFERENCE).status
    assert noisy == clean


# --- scores ------------------------------------------------------------------------------------

FINAL = (
    "After a 3-3 draw across 120 minutes, the hosts beat the visitors 4-2 on penalties. "
    "Their striker had scored in the 80th minute."
)


def test_a_score_in_other_words_agrees() -> None:
    claim = "It was 3-3 after 120 minutes and the hosts beat the visitors 4-2 on penalties."
    status, diffs = verdict(claim, FINAL)
    assert status == "ok", diffs


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("It was 3-3 after 120 minutes and the hosts beat the visitors 4-3 on penalties.",
         Difference("range", "4–3", "4–2")),
        ("It was 2-2 after 120 minutes and the hosts beat the visitors 4-2 on penalties.",
         Difference("range", "2–2", "3–3")),
    ],
)
def test_a_changed_score_is_the_difference(claim: str, expected: Difference) -> None:
    status, diffs = verdict(claim, FINAL)
    assert status == "contradicted", diffs
    assert diffs == [expected]


RECORD = (
    "However, Okafor then converted his second penalty to become the first player ever to "
    "score a hat-trick in the cup final."
)


def test_an_ordinal_stated_once_stands_only_for_what_it_ranks() -> None:
    claim = (
        "With his second penalty Okafor became the second player ever to score a hat-trick in "
        "a cup final."
    )
    status, diffs = verdict(claim, RECORD)
    assert status == "contradicted", diffs
    assert Difference("ordinal", "2nd", "1st") in diffs


def test_two_ordinals_as_the_passage_ranks_them_agree() -> None:
    claim = (
        "With his second penalty Okafor became the first player ever to score a hat-trick in "
        "a cup final."
    )
    status, diffs = verdict(claim, RECORD)
    assert status == "ok", diffs


SEATS = (
    "The final tally stood at 364 seats for the Blues, 203 for the Reds and one for the "
    "Greens, while the Harbour Party failed to win a single seat."
)


def test_a_denial_of_another_named_subject_contradicts() -> None:
    status, diffs = verdict("The Greens failed to win any seat.", SEATS)
    assert status == "contradicted", diffs
    assert any(d.kind == "name" and d.claim == "Greens" for d in diffs)


@pytest.mark.parametrize(
    "claim",
    ["The Harbour Party failed to win any seat.", "The Harbour Party came away without a seat."],
)
def test_a_denial_of_the_same_subject_agrees(claim: str) -> None:
    status, diffs = verdict(claim, SEATS)
    assert not any(d.kind == "name" for d in diffs), diffs


TRIAL = "The trial enrolled 43,000 people in 6 months at 150 sites in 6 countries."


def test_a_measurement_is_never_stated_by_a_count_of_something_else() -> None:
    status, diffs = verdict("The trial enrolled 43,000 people in 6 weeks.", TRIAL)
    assert status == "contradicted", diffs
    assert Difference("unit", "6 weeks", "6 months") in diffs


@pytest.mark.parametrize(
    "claim",
    ["The trial enrolled 43,000 people in 6 months.", "The trial ran in 6 countries."],
)
def test_a_measurement_or_a_count_stated_as_such_agrees(claim: str) -> None:
    status, diffs = verdict(claim, TRIAL)
    assert status == "ok", diffs


WIND = "Daskin ran 9.71 seconds in Marrowick, helped by a tailwind of 1 mph."


def test_a_measure_of_another_dimension_is_no_counterpart() -> None:
    status, diffs = verdict("Daskin had a 2 mph wind at his back in Marrowick.", WIND)
    assert not any(d.kind == "unit" for d in diffs), diffs


def test_a_measure_in_another_unit_of_its_dimension_differs() -> None:
    status, diffs = verdict("Daskin was helped by a tailwind of 1 km/h in Marrowick.", WIND)
    assert status == "contradicted", diffs
    assert any(d.kind == "unit" for d in diffs), diffs


SPRINT = (
    "In the 100 the sprinter reached a top speed of 12.35 meters per second, almost 28 miles "
    "per hour. In the women's 400 hurdles the champion ran 52.42 seconds."
)


@pytest.mark.parametrize(
    "claim",
    [
        "The sprinter's top speed in the 100 m: 12.35 m/s.",
        "The sprinter reached almost 28 mph in the 100.",
        "In the women's 400 hurdles the champion ran 52.42.",
    ],
)
def test_a_speed_or_time_in_other_notation_agrees(claim: str) -> None:
    status, diffs = verdict(claim, SPRINT)
    assert status == "ok", diffs


def test_a_changed_speed_is_the_difference() -> None:
    status, diffs = verdict("In the 100 the sprinter reached a top speed of 12.53 m/s.", SPRINT)
    assert status == "contradicted", diffs
    assert Difference("number", "12.53", "12.35") in diffs


DATED_PAGE = (
    "date 2022-04-26 Board Accepts Offer, for $44 Billion. The board has accepted the "
    "$44 billion offer to buy the firm."
)


def test_a_pages_own_date_never_supports_a_claim() -> None:
    status, diffs = verdict("The board accepted the $44 billion offer on April 26.", DATED_PAGE)
    assert status == "missing", diffs
    assert any(d.kind == "date" and d.source is None for d in diffs)


def test_the_rest_of_a_dated_page_supports_a_claim() -> None:
    status, diffs = verdict("The board accepted the $44 billion offer to buy the firm.", DATED_PAGE)
    assert status == "ok", diffs


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "The party's first gain of the night did not come until 2am.",
            "The party had to wait till 2am for its first gain of the night.",
        ),
        (
            "No club player before Diallo had played in a cup final.",
            "Diallo was the first club player to have played in a cup final.",
        ),
        (
            "The town will host another football world final only in 2031.",
            "The town will not host another football world final until 2031.",
        ),
    ],
)
def test_a_negator_that_asserts_in_other_words_agrees(claim: str, source: str) -> None:
    _, diffs = verdict(claim, source)
    assert not any(d.kind == "negation" for d in diffs), diffs


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "The party's first gain of the night did not come at 2am.",
            "The party's first gain of the night came at 2am.",
        ),
        (
            "No club player had played in a cup final.",
            "Diallo was the first club player to have played in a cup final.",
        ),
    ],
)
def test_a_negator_that_denies_still_contradicts(claim: str, source: str) -> None:
    _, diffs = verdict(claim, source)
    assert any(d.kind == "negation" for d in diffs), diffs


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The spire collapsed just before 8 pm.", "The spire collapsed at 7:50 pm."),
        ("The fire was out by 10 am the next day.", "The fire was out at 9:45 am the next day."),
        ("The fire broke out at around 6:20 pm.", "The fire broke out at 6:18 pm."),
        ("The rocket lifted off at 1:47 a.m. ET.", "The rocket lifted off at 1:47 a.m. EST."),
    ],
)
def test_a_time_within_its_bound_or_zone_agrees(claim: str, source: str) -> None:
    status, diffs = verdict(claim, source)
    assert status == "ok", diffs


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The spire collapsed just after 8 pm.", "The spire collapsed at 7:50 pm."),
        ("The fire was out by 9 am the next day.", "The fire was out at 9:45 am the next day."),
        ("The fire broke out at around 6:20 pm.", "The fire broke out at 6:50 pm."),
        ("The rocket lifted off at 2:47 a.m. ET.", "The rocket lifted off at 1:47 a.m. EST."),
    ],
)
def test_a_time_outside_its_bound_contradicts(claim: str, source: str) -> None:
    status, diffs = verdict(claim, source)
    assert status == "contradicted", diffs
    assert any(d.kind == "time" for d in diffs), diffs


@pytest.mark.parametrize(
    ("text", "unit"),
    [("He ran 9.57s in Berlin.", "s"), ("He ran 19.19secs.", "secs"), ("10 mins later", "mins")],
)
def test_a_duration_glued_to_its_number_is_read(text: str, unit: str) -> None:
    (number,) = extract(text).of("number")
    assert number.unit == unit


@pytest.mark.parametrize("text", ["the 1990s", "in his 60s"])
def test_a_decade_is_no_number_of_seconds(text: str) -> None:
    assert extract(text).of("number") == []


def test_a_superlative_in_other_words_ranks_the_same() -> None:
    claim = "It was the biggest improvement in the record since 1968."
    status, diffs = verdict(claim, "It was the largest improvement of the record since 1968.")
    assert status == "ok", diffs


def test_a_different_superlative_is_not_stated() -> None:
    _, diffs = verdict(
        "It was the deadliest storm since 1968.", "It was the largest storm since 1968."
    )
    assert any(d.kind == "ordinal" for d in diffs), diffs


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Second: Lee (USA), 9.71.", "The American Lee was second in 9.71."),
        ("Lee (USA) ran 9.71.", "Lee of the United States ran 9.71."),
        ("Britain's Moss was timed at 10.00.", "The British sprinter Moss was timed at 10.00."),
        ("Spain's Ruiz ran 9.95.", "The Spanish sprinter Ruiz ran 9.95."),
        # a people's name made from the country's by a suffix
        ("Kenya's Kiprop ran 2:03:10.", "The Kenyan runner Kiprop ran 2:03:10."),
        ("Six states of Mexico saw the storm.", "Six Mexican states saw the storm."),
    ],
)
def test_a_country_in_another_form_is_named(claim: str, source: str) -> None:
    status, diffs = verdict(claim, source)
    assert status == "ok", diffs


def test_another_country_is_a_difference() -> None:
    status, diffs = verdict("Lee (France) ran 9.71.", "Lee of the United States ran 9.71.")
    assert status != "ok", diffs
    assert any(d.kind == "name" and d.claim == "France" for d in diffs)
    status, diffs = verdict("Uganda's Kiprop ran 2:03:10.", "The Kenyan runner Kiprop ran 2:03:10.")
    assert status != "ok", diffs


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The floodwalls failed in 2005.", "The flood walls failed in 2005."),
        ("The shoot-out ended 4-2.", "The shootout ended 4-2."),
    ],
)
def test_a_compound_written_another_way_is_the_same_word(claim: str, source: str) -> None:
    status, diffs = verdict(claim, source)
    assert status == "ok", diffs


def test_a_compound_is_not_any_pair_of_its_parts() -> None:
    source = "The walls of the flood plain failed in 2005."
    status, diffs = verdict("The floodwalls failed in 2005.", source)
    assert status != "ok", diffs


CRASHES = "It was the deadliest, surpassing the 2004 Flight 538 that killed 25 on landing."


def test_a_bare_count_after_the_claims_own_verb_is_its_counterpart() -> None:
    _, diffs = verdict("The 2004 crash of Flight 538 killed 35 people.", CRASHES)
    assert Difference("number", "35", "25") in diffs


def test_the_same_count_after_the_same_verb_agrees() -> None:
    _, diffs = verdict("The 2004 crash of Flight 538 killed 25 people.", CRASHES)
    assert not any(d.kind == "number" for d in diffs), diffs


def test_a_name_written_clipped_is_named() -> None:
    status, diffs = verdict("The Zel Progs won 11 seats.", "The Zeloran Progressives won 11 seats.")
    assert status == "ok", diffs


def test_a_clipped_name_of_another_party_is_not_named() -> None:
    status, diffs = verdict("The Zel Progs won 11 seats.", "The Labour Party won 11 seats.")
    assert status != "ok", diffs


def test_a_preposition_opening_a_sentence_is_no_name() -> None:
    status, diffs = verdict(
        "Like Lee, the sixth-placed Moss was an American.",
        "Like Lee, the sixth-placed Moss was an American sprinter.",
    )
    assert status == "ok", diffs


def test_an_age_in_another_unit_differs() -> None:
    claim, source = "The 850-day-old cathedral burned.", "The 850-year-old cathedral burned."
    status, diffs = verdict(claim, source)
    assert status == "contradicted", diffs
    assert any(d.kind == "unit" for d in diffs), diffs


def test_an_age_written_either_way_agrees() -> None:
    claim, source = "The 850-year-old cathedral burned.", "The cathedral, 850 years old, burned."
    status, diffs = verdict(claim, source)
    assert status == "ok", diffs


@pytest.mark.parametrize(
    ("word", "other"),
    [("sold", "bought"), ("dipped", "rose"), ("demolished", "built"), ("declined", "accepted"),
     ("left", "arrived"), ("colder", "warmer")],
)
def test_an_opposite_in_an_irregular_form_contradicts(word: str, other: str) -> None:
    status, diffs = verdict(
        f"In 2015 the board {word} the plan for the harbour.",
        f"In 2015 the board {other} the plan for the harbour.",
    )
    assert status == "contradicted", diffs
    assert Difference("wording", word, other) in diffs


@pytest.mark.parametrize("word", ["sold", "rose", "built", "declined", "left"])
def test_the_same_irregular_form_agrees(word: str) -> None:
    status, diffs = verdict(
        f"In 2015 the board {word} the plan for the harbour.",
        f"In 2015 the board {word} the plan for the harbour.",
    )
    assert status == "ok", diffs


def test_a_negating_verb_in_a_negation_is_compared_as_negation() -> None:
    status, diffs = verdict(
        "The minister declined to comment on the plan in 2015.",
        "The minister refused to comment on the plan in 2015.",
    )
    assert status == "ok", diffs


REPORTED = (
    "The fire was first reported by Vexa, and the mayor visited the site with the "
    "Archbishop of Paris on Monday night."
)


def test_an_acronym_is_not_made_of_initials_strewn_over_a_text() -> None:
    status, diffs = verdict("The fire was first reported by AP.", REPORTED)
    assert status != "ok", diffs
    assert any(d.kind == "name" and d.claim == "AP" for d in diffs)


def test_an_acronym_of_a_name_written_out_is_named() -> None:
    status, diffs = verdict(
        "The fire was first reported by AP.", "The fire was first reported by Associated Press."
    )
    assert status == "ok", diffs


def test_a_particle_of_another_name_is_no_acronym_of_the_claims_name() -> None:
    # "Al" of "Hadi Al Vantor" is no initials of "Anton Lenz": another person did it
    passage = ("The fall came after Hadi Al Vantor, the chairman of Kestrel, ruled out "
               "further investment in the bank.")
    status, diffs = verdict(
        "The fall came after Anton Lenz, chairman of Kestrel, ruled out further investment "
        "in the bank.", passage,
    )
    assert status == "contradicted", diffs
    assert any(d.kind == "name" and d.claim == "Lenz" for d in diffs)
    # ... while the initials in capitals name the one the claim spells out
    status, diffs = verdict(
        "The fall came after the Kestrel Norvia Bank ruled out further investment in Omnix.",
        "The fall came after the KNB ruled out further investment in Omnix.",
    )
    assert status == "ok", diffs


PLACES = "Lee's 9.71 was the third-fastest 100m ever, and he finished second in Berlin."


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Lee finished third in Berlin.", Difference("ordinal", "3rd", "2nd")),
        ("Lee's 9.71 was the second-fastest 100m ever.", Difference("ordinal", "2nd", "3rd")),
    ],
)
def test_a_place_and_a_rank_in_a_superlative_are_told_apart(
    claim: str, expected: Difference
) -> None:
    status, diffs = verdict(claim, PLACES)
    assert status == "contradicted", diffs
    assert expected in diffs


@pytest.mark.parametrize(
    "claim", ["Lee finished second in Berlin.", "Lee's 9.71 was the third-fastest 100m ever."]
)
def test_a_place_or_a_rank_as_stated_agrees(claim: str) -> None:
    status, diffs = verdict(claim, PLACES)
    assert status == "ok", diffs


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "In 2019 the striker left the club to join the Lions on a permanent transfer.",
            "In 2019 the striker completed a permanent transfer to join the Lions.",
        ),
        (
            "In 2019 Daskin beat Morvath by only 162 votes.",
            "In 2019 Morvath lost her seat to Daskin by just 162 votes.",
        ),
    ],
)
def test_a_pair_of_opposites_both_in_the_claim_or_said_the_other_way_agrees(
    claim: str, source: str
) -> None:
    _, diffs = verdict(claim, source)
    assert not any(d.kind == "wording" and d.source is not None for d in diffs), diffs


def test_one_word_does_not_tell_which_sentence_a_terse_claim_is() -> None:
    source = (
        "The vaccine was 95% effective in preventing the disease, the companies said. "
        "Of the 170 confirmed cases, 162 were in the placebo group. "
        "Efficacy in adults over 65 was over 94%."
    )
    status, diffs = verdict("Efficacy was 95%.", source)
    assert status == "ok", diffs


# --- an adjective negated by its prefix, a compound by its opposite half -------------------------

BRIDGE = (
    "Engineers inspected the old bridge last week. The question of who pays for the repairs "
    "remains unresolved, the council said on Monday."
)


def test_a_prefix_that_negates_the_word_in_the_claims_place_contradicts() -> None:
    claim = "The question of who pays for the repairs remains resolved."
    status, diffs = verdict(claim, BRIDGE)
    assert status == "contradicted", diffs
    assert Difference("wording", "resolved", "unresolved") in diffs


@pytest.mark.parametrize(
    "claim",
    [
        "The question of who pays for the repairs remains unresolved.",
        # "not resolved" is "unresolved"
        "The question of who pays for the repairs is not resolved.",
    ],
)
def test_the_word_or_its_negation_in_other_words_agrees(claim: str) -> None:
    status, diffs = verdict(claim, BRIDGE)
    assert not any(d.kind == "wording" and d.source for d in diffs), diffs


def test_an_opposite_half_of_a_compound_in_the_claims_place_contradicts() -> None:
    source = "The cyclist set the record with a light tailwind of 2 metres per second behind her."
    claim = "The cyclist set the record with a light headwind of 2 metres per second."
    status, diffs = verdict(claim, source)
    assert Difference("wording", "headwind", "tailwind") in diffs, (status, diffs)
    same = "The cyclist set the record with a light tailwind of 2 metres per second."
    assert not any(d.kind == "wording" and d.source for d in verdict(same, source)[1])


def test_a_verb_with_a_prefix_is_no_negated_adjective() -> None:
    from factbase.analysis.wording import affixed_opposites, stem

    assert affixed_opposites("unresolved") == {stem("resolved")}
    assert stem("covered") not in affixed_opposites("discovered")
    assert stem("formed") not in affixed_opposites("informed")
    assert affixed_opposites("income") == frozenset()


FLOOD = (
    "Most of the deaths were from Queensland, where 1,577 people died. In Tasmania, there were "
    "238 deaths."
)


def test_another_name_in_the_claims_place_replaces_it_though_the_claims_name_follows() -> None:
    claim = "Most of the deaths were in Tasmania, where 1,577 people died."
    status, diffs = verdict(claim, FLOOD)
    assert status == "contradicted", diffs
    assert Difference("name", "Tasmania", "Queensland") in diffs


def test_the_name_in_the_claims_place_agrees() -> None:
    claim = "Most of the deaths were in Queensland, where 1,577 people died."
    status, diffs = verdict(claim, FLOOD)
    assert status == "ok", diffs


# --- a date in the claim's place contradicts with fewer of the claim's words -------------------

WARDS = (
    "Officials were alerted by a caller on Monday. Only 23 patients have not yet been named. "
    "That is down from 49 patients on July 6 and shows steady progress in the wards."
)


def test_another_date_in_the_claims_place_contradicts_though_words_differ() -> None:
    status, diffs = verdict("There were 49 unnamed patients on July 16.", WARDS)
    assert status == "contradicted", diffs
    assert [d.kind for d in diffs if d.source] == ["date"]


def test_the_same_date_in_the_claims_place_is_no_contradiction() -> None:
    status, diffs = verdict("There were 49 unnamed patients on July 6.", WARDS)
    assert status != "contradicted", diffs


def test_a_date_of_another_event_does_not_contradict_with_few_words() -> None:
    source = (
        "The archive has chosen films for safekeeping for their cultural and artistic worth "
        "since the list began in 1988. This year's choices bring the total to 750 films."
    )
    claim = (
        "In 2018, the movie was chosen for safekeeping in the national archive as culturally "
        "significant."
    )
    status, diffs = verdict(claim, source)
    assert status == "missing", diffs


# --- a number in the claim's place contradicts with fewer of the claim's words -----------------

SENTENCING = (
    "The ruling came 10 months after a jury found the trader guilty of four counts of fraud. "
    "The bank later paid its staff record bonuses."
)


def test_another_number_in_the_claims_place_contradicts_though_words_differ() -> None:
    claim = "The trader's sentencing came eight months after a jury convicted her on four counts."
    status, diffs = verdict(claim, SENTENCING)
    assert status == "contradicted", diffs
    assert Difference("number", "8", "10") in diffs


def test_the_same_number_in_the_claims_place_is_no_contradiction() -> None:
    claim = "The trader's sentencing came ten months after a jury convicted her on four counts."
    status, diffs = verdict(claim, SENTENCING)
    assert status != "contradicted", diffs


SERVICE = (
    "The fine of 135 dollars is to be followed by 3 years of community service, the court said."
)


def test_another_unit_in_the_claims_place_contradicts_though_words_differ() -> None:
    claim = (
        "The 135-dollar fine for reckless speeding will be followed by 3 months of community "
        "service."
    )
    status, diffs = verdict(claim, SERVICE)
    assert status == "contradicted", diffs
    assert Difference("unit", "3 months", "3 years") in diffs


def test_the_same_unit_in_the_claims_place_is_no_contradiction() -> None:
    claim = (
        "The 135-dollar fine for reckless speeding will be followed by 3 years of community "
        "service."
    )
    assert verdict(claim, SERVICE)[0] != "contradicted"


def test_a_number_beside_the_same_name_may_be_of_another_person() -> None:
    # "Marlow" stands before both ages, but the claim's Marlow is not the passage's
    source = "Records show that Daniel Marlow was 49 years old when he died in 2006."
    status, diffs = verdict("His father died in 2006, when Marlow was 16.", source)
    assert status == "missing", diffs


POLL = (
    "The singer, who has 80 million followers, drew more than 2 million votes in the online "
    "poll on Friday."
)


@pytest.mark.parametrize(
    "claim",
    [
        "Fewer than 2 million fans voted in the singer's online poll.",
        "Almost 2 million fans voted in the singer's online poll.",
        # fewer of the claim's words in the passage than a contradiction otherwise needs
        "Fewer than 2 million listeners joined the singer's online poll.",
    ],
)
def test_the_same_value_bounded_the_other_way_contradicts_though_words_differ(claim: str) -> None:
    status, diffs = verdict(claim, POLL)
    assert status == "contradicted", diffs
    assert [d.kind for d in diffs if d.source] == ["comparator"]


def test_the_same_value_bounded_alike_or_rounded_agrees() -> None:
    from factbase.analysis.verdicts import _bounds_opposed

    assert verdict("More than 2 million fans voted in the singer's online poll.", POLL)[0] == "ok"
    assert verdict("About 2 million fans voted in the singer's online poll.", POLL)[0] == "ok"
    assert not _bounds_opposed(Difference("comparator", "about 35", "at least 35"))
    assert _bounds_opposed(Difference("comparator", "fewer than 35", "at least 35"))


RACE = (
    "Yoon took the title in 9.90, and Britain's Lee finished sixth in 10.05 after a slow start, "
    "organisers said."
)


def test_another_place_in_the_claims_place_contradicts_though_words_differ() -> None:
    status, diffs = verdict("Lee, the British champion, finished fifth in 10.05.", RACE)
    assert status == "contradicted", diffs
    assert [d.kind for d in diffs if d.source] == ["ordinal"]
    status, diffs = verdict("Lee, the British champion, finished sixth in 10.05.", RACE)
    assert status != "contradicted", diffs


# --- two joined statements whose subjects the passage gives each other's words ------------------

PODIUM = (
    "The race was run in heavy rain. Ana Ruiz of Chile and Mia Holm of Norway both finished in "
    "2:21:05, a course record."
)
LEADERS = (
    "Tom Reed, the deputy leader, and Una Cole the party president, will take over as joint "
    "leaders before a contest next year."
)


@pytest.mark.parametrize(
    ("claim", "source", "swapped"),
    [
        (
            "Ana Ruiz of Norway and Mia Holm of Chile both finished in 2:21:05.",
            PODIUM,
            ("Ana Ruiz", "Mia Holm"),
        ),
        (
            "Una Cole, the deputy leader, and Tom Reed, the party president, will take over as "
            "joint leaders.",
            LEADERS,
            ("Una Cole", "Tom Reed"),
        ),
    ],
)
def test_statements_joined_in_the_claim_with_their_subjects_swapped_contradict(
    claim: str, source: str, swapped: tuple[str, str]
) -> None:
    status, diffs = verdict(claim, source)
    assert status == "contradicted", diffs
    assert Difference("name", *swapped) in diffs


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Ana Ruiz of Chile and Mia Holm of Norway both finished in 2:21:05.", PODIUM),
        ("Holm (Norway) and Ruiz (Chile) both finished in 2:21:05.", PODIUM),
        (
            "Tom Reed (deputy leader) and Una Cole (party president) will take over as joint "
            "leaders.",
            LEADERS,
        ),
        # two objects joined, not two statements
        (
            "A Dutch judge had given Yoon and Acme until June 30 to close the sale.",
            "Mr Yoon, the richest man who is also active on Acme with 110 million users, and the "
            "firm were given until June 30 by a Dutch judge to finalise the sale.",
        ),
    ],
)
def test_statements_joined_in_other_words_or_order_agree(claim: str, source: str) -> None:
    _status, diffs = verdict(claim, source)
    assert not [d for d in diffs if d.kind == "name" and d.source], diffs


@pytest.mark.parametrize(
    ("claim", "source", "names"),
    [
        (
            "Before the final, the team had flown to Lisbon from Cape Town.",
            "Before the final, the team had flown to Lisbon from Johannesburg, officials said.",
            ("Cape", "Johannesburg"),
        ),
        (
            "The Greens unseated the Liberals' Anna Berg in the north.",
            "The Greens unseat the Liberals' Maria Holm in the north but lose votes elsewhere.",
            ("Anna", "Maria"),
        ),
    ],
)
def test_another_name_after_the_same_neighbouring_name_replaces_the_claims(
    claim: str, source: str, names: tuple[str, str]
) -> None:
    status, diffs = verdict(claim, source)
    assert status == "contradicted", diffs
    assert Difference("name", *names) in diffs
    agreeing = claim.replace(names[0], names[1]).replace("Town", "").replace("  ", " ")
    agreeing = agreeing.replace("Berg", "Holm").replace(" .", ".")
    assert verdict(agreeing, source)[0] != "contradicted"


def test_an_opposite_beside_the_same_word_contradicts_with_fewer_of_the_claims_words() -> None:
    source = (
        "Officials described the captain's flying record as excellent, with 6,000 hours logged "
        "in all weather."
    )
    status, diffs = verdict("The airline called the captain's flying record poor.", source)
    assert status == "contradicted", diffs
    assert Difference("wording", "poor", "excellent") in diffs
    same = verdict("The airline called the captain's flying record excellent.", source)
    assert same[0] != "contradicted", same


EURO = (
    "The Dutch forward became the youngest player to score 10 Euro goals on the way to dragging "
    "his side level in Sunday's final.\n\nThe forward gave his side hope from the penalty spot "
    "in the 80th minute, before a stunning volley squared things up just 97 seconds later.\n\n"
    "Taking his Euro tally to 11 goals, Ruiz is the youngest player to reach double figures at "
    "the finals – aged 21 years 100 days – surpassing the old record."
)


def test_a_sentence_that_says_the_claim_value_and_all_is_the_claims_own() -> None:
    claim = "The Dutch forward became the youngest player to reach 10 Euro goals."
    status, diffs = verdict(claim, EURO)
    assert status == "ok", diffs
    status, diffs = verdict(claim.replace("10", "12"), EURO)
    assert status == "contradicted", diffs


def test_a_name_opening_the_claim_must_be_stated_where_the_claim_is() -> None:
    # "Ruiz" opens the claim: a name, though every sentence starts with a capital; the
    # sentence that says the claim calls him "the Dutch forward"
    status, diffs = verdict("Ruiz became the youngest player to reach 10 Euro goals.", EURO)
    assert status == "missing"
    assert diffs == [Difference("name", "Ruiz", None)]


def test_a_value_listed_twice_stands_for_the_one_the_passage_lists_beside_it() -> None:
    source = "Warnings came in 2002, 2003 and 2006 in three reports known to the police."
    status, diffs = verdict("Warnings came in 2003, 2003 and 2006 in three reports.", source)
    assert status == "contradicted", diffs
    assert Difference("date", "2003", "2002") in diffs
    assert verdict("Warnings came in 2002, 2003 and 2006 in three reports.", source)[0] == "ok"
    # one value said twice apart, in other places of the claim, stands for the passage's one
    again = "Warnings came in 2003, and the 2003 report was known to the police."
    assert verdict(again, "Warnings came in 2003 in a report known to the police.")[0] == "ok"


def test_a_member_of_a_list_of_labels_is_the_one_the_claim_names() -> None:
    source = "During the storm pumps 1, 2 and 4 failed, the operator said."
    assert verdict("Pump 4 failed during the storm.", source)[0] == "ok"
    status, diffs = verdict("Pump 3 failed during the storm.", source)
    assert status != "ok"


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The Greens won 48 seats in the region.",
         "The Greens won 48 of the 59 seats in the region."),
        ("Three of the plant's six pumps failed.", "At the plant, three of the six pumps failed."),
        ("108 of the 140 open cases are from Dunmore.",
         "As for the 140 open cases, 108 are from Dunmore."),
    ],
)
def test_a_part_and_the_whole_it_is_counted_from_are_read_as_such(claim: str, source: str) -> None:
    assert verdict(claim, source)[0] == "ok"


@pytest.mark.parametrize(
    ("claim", "source", "values"),
    [
        ("The Greens won 59 seats in the region.",
         "The Greens won 48 of the 59 seats in the region.", ("59", "48")),
        ("Twelve jurors voted to convict.", "Nine of the 12 jurors voted to convict.", ("12", "9")),
    ],
)
def test_the_whole_a_part_is_counted_from_does_not_state_the_part(
    claim: str, source: str, values: tuple[str, str]
) -> None:
    status, diffs = verdict(claim, source)
    assert status != "ok"
    assert any((d.claim, d.source) == values for d in diffs) or status == "missing"


def test_a_not_of_the_claims_own_word_in_its_place_contradicts() -> None:
    claim = "The agency said the flood would likely exceed the damage of the 1927 flood."
    denied = ("The agency said: it will likely not exceed the human toll of disasters such as "
              "the great flood of 1927.")  # fmt: skip
    status, diffs = verdict(claim, denied)
    assert status == "contradicted", diffs
    assert Difference("negation", None, "not") in diffs
    asserted = denied.replace("likely not exceed", "likely exceed")
    assert verdict(claim, asserted)[0] != "contradicted"


@pytest.mark.parametrize(
    "source",
    [
        "In 2019 the team not only exceeded its target but doubled it.",
        "In 2019 the team not just exceeded its target, it also doubled it.",
    ],
)
def test_not_only_asserts_what_follows(source: str) -> None:
    assert verdict("The team exceeded its target in 2019.", source)[0] == "ok"
    assert verdict("The team exceeded its target in 2019.",
                   "In 2019 the team did not exceed its target.")[0] == "contradicted"  # fmt: skip


STRIDES = ("In the final Varno reached a top speed of 12.35 meters per second and took 40.92 "
           "steps compared with the 45.94 of second-placed Keller, whose 9.71 was a record.")


def test_a_comparison_must_hold_between_the_values_the_passage_sets_side_by_side() -> None:
    status, diffs = verdict("In the final Varno took more steps than Keller.", STRIDES)
    assert status == "contradicted", diffs
    assert any(d.kind == "comparator" for d in diffs)
    assert verdict("In the final Varno took fewer steps than Keller.", STRIDES)[0] == "ok"
    # With the values in the claim, they are compared as values.
    assert verdict("In the final Varno took 40.92 steps, fewer than Keller.", STRIDES)[0] == "ok"


def test_a_comparison_is_contradicted_by_a_sentence_that_puts_both_level() -> None:
    source = ("Varno finished the tournament as top scorer with eight goals. Before the final, "
              "both Keller and Varno had scored five goals each.")  # fmt: skip
    status, diffs = verdict("Before the final Varno had scored more goals than Keller.", source)
    assert status == "contradicted", diffs
    assert verdict("Before the final Varno had scored as many goals as Keller.", source)[0] == "ok"


def test_the_value_a_possessive_name_owns_moves_with_the_name() -> None:
    source = ("Varno is the youngest to reach ten titles, aged 23 years 363 days, surpassing "
              "Keller's record (24 years, 226 days).")  # fmt: skip
    swapped = "Varno reached ten titles aged 24 years 226 days, beating Keller's mark of 23 years."
    status, diffs = verdict(swapped, source)
    assert status == "contradicted", diffs
    kept = "Varno reached ten titles aged 23 years 363 days, beating Keller's record of 24 years."
    assert verdict(kept, source)[0] == "ok"
    # "Keller's vote fell from 80,412": a verb between the name and the value is no ownership.
    votes = ("Varno won easily. This dwarfed the vote for Keller, whose total of 60,230 votes was "
             "down from Keller's vote of 80,412 in 2017.")  # fmt: skip
    assert verdict("Keller's vote fell from 80,412 in 2017 to 60,230.", votes)[0] == "ok"


BUDGET = ("The council said on Friday that the costs include $8 million for roads, up from $2 "
          "million, $7.9 million for schools, up from $5.4 million, and $4 million for parks.")


def test_a_value_put_to_what_the_passage_gives_another_value_for_contradicts() -> None:
    status, diffs = verdict("School costs are now put at $8 million, up from $5.4 million.", BUDGET)
    assert status == "contradicted", diffs
    assert verdict("Road costs are now put at $8 million, up from $2 million.", BUDGET)[0] == "ok"


CREW = ("Tonight's bulletin hears from the station's political editor Maria Lenz, political "
        "correspondent Tom Ashby and deputy political editor Edric Brandt.")


def test_a_description_the_passage_gives_another_person_moves_with_them() -> None:
    status, diffs = verdict(
        "The bulletin heard from the station's deputy political editor, Maria Lenz.", CREW
    )
    assert status == "contradicted", diffs
    assert Difference("name", "Maria Lenz", "Edric Brandt") in diffs
    assert verdict(
        "The bulletin heard from the station's deputy political editor, Edric Brandt.", CREW
    )[0] == "ok"


@pytest.mark.parametrize(
    ("claim", "right"),
    [
        ("At night the surface reaches minus 233 degrees Celsius.", True),
        ("At night the surface reaches minus 388 degrees Celsius.", False),
        ("At night the surface reaches 233C.", False),
        ("At night the surface reaches minus 233 degrees.", True),
    ],
)
def test_temperatures_differ_in_value_sign_or_scale(claim: str, right: bool) -> None:
    source = "At night the surface reaches minus 233C (minus 388F), the agency said."
    status, diffs = verdict(claim, source)
    assert (status == "ok") == right, diffs
    if not right:
        assert status == "contradicted", diffs


@pytest.mark.parametrize(
    ("claim", "source", "right"),
    [
        ("The probe will arrive a week after launch.",
         "The probe will arrive a month after launch.", False),
        ("The probe will arrive within 12 months.", "The probe will arrive within a year.", True),
        ("The ferry sank a day after the storm.", "The ferry sank 24 hours after the storm.", True),
        ("The ferry sank a day after the storm.", "The ferry sank 36 hours after the storm.",
         False),
        ("The course is 1,500 metres long.", "The course is 1.5 km long.", True),
    ],
)
def test_spans_of_time_and_metric_lengths_convert_exactly(
    claim: str, source: str, right: bool
) -> None:
    status, diffs = verdict(claim, source)
    assert status == ("ok" if right else "contradicted"), diffs


@pytest.mark.parametrize(
    ("source", "swapped"),
    [
        ("Smith beat Jones 6-4 in the final.", "Jones beat Smith 6-4 in the final."),
        ("The CEO, Maria Orvez, replaced John Park in March.",
         "John Park replaced Maria Orvez in March."),
        ("Launch was moved from Tuesday to Friday.", "Launch was moved from Friday to Tuesday."),
        ("The final was won by Smith, who beat Jones in three sets.",
         "Jones beat Smith in the final."),
        ("The mission was led by NASA with help from the European Space Agency.",
         "The mission was led by the European Space Agency with help from NASA."),
    ],
)
def test_two_names_the_passage_joins_the_other_way_round_contradict(
    source: str, swapped: str
) -> None:
    status, diffs = verdict(swapped, source)
    assert status == "contradicted", diffs
    assert verdict(source, source)[0] == "ok"


def test_a_relation_that_holds_both_ways_may_be_told_either_way() -> None:
    assert verdict("Brazil played Germany in Rio in July.",
                   "Germany played Brazil in Rio in July.")[0] == "ok"  # fmt: skip


def test_a_value_set_off_after_a_name_is_that_names() -> None:
    source = "Kelly Ross, 34, was arrested; her brother Sam, 29, was released on Friday."
    status, diffs = verdict("Kelly Ross, 29, was arrested.", source)
    assert status == "contradicted", diffs
    assert verdict("Kelly Ross, 34, was arrested.", source)[0] == "ok"
    assert verdict("However, 29 people were arrested.", "However, 29 people were arrested on "
                   "Friday.")[0] == "ok"  # fmt: skip


def test_a_claim_that_turns_what_a_name_did_into_what_was_done_to_it_contradicts() -> None:
    source = "The firm was bought by Delta Corp for $2bn in 2019."
    status, diffs = verdict("The firm bought Delta Corp for $2bn in 2019.", source)
    assert status == "contradicted", diffs
    assert verdict("Delta Corp bought the firm for $2bn in 2019.", source)[0] == "ok"
    assert verdict("The firm was bought by Delta Corp for $2bn in 2019.", source)[0] == "ok"


def test_a_range_whose_ends_the_passage_gives_apart_is_not_contradicted() -> None:
    claim = "Children were exploited between 1997 and 2013."
    status, diffs = verdict(claim, "Children were sexually between exploited 1997 and 2013.")
    assert status != "contradicted", diffs
    status, diffs = verdict(claim, "Children were exploited between 1997 and 2012.")
    assert status == "contradicted", diffs


@pytest.mark.parametrize(
    ("source", "swapped", "kept"),
    [
        ("The Reds won 40 seats and the Blues 25.", "The Blues won 40 seats.",
         "The Reds won 40 seats."),
        ("Revenue was $5bn in 2021 and $7bn in 2022.", "Revenue was $7bn in 2021.",
         "Revenue was $7bn in 2022."),
        ("The first dose was given in May and the second in August.",
         "The second dose was given in May.", "The second dose was given in August."),
        ("Varno scored in the 23rd minute and Keller in the 80th.",
         "Keller scored in the 23rd minute.", "Keller scored in the 80th minute."),
        # a subject of one name's several words ("the Party of Lund")
        ("The Vela Party gets 7 seats, the Party of Lund takes 48 seats.",
         "The Vela Party gets 48 seats.", "The Party of Lund takes 48 seats."),
    ],
)
def test_two_things_the_passage_says_in_two_parallel_statements_are_not_one(
    source: str, swapped: str, kept: str
) -> None:
    status, diffs = verdict(swapped, source)
    assert status == "contradicted", diffs
    assert verdict(kept, source)[0] != "contradicted"


def test_a_claim_that_names_both_parallel_values_is_not_a_swap() -> None:
    source = ("A share was priced at $39.30 at the close on Friday (1st April) and on Monday, it "
              "climbed to $49.97 a share.")  # fmt: skip
    claim = "The share went from a $39.30 close on Friday 1 April to $49.97 at Monday's close."
    assert verdict(claim, source)[0] != "contradicted"


BID = "The fine was less than the $40,000 the regulator had asked for, a spokesman said."


@pytest.mark.parametrize(
    "claim",
    [
        "The fine was more than the $40,000 the regulator had asked for.",
        "The fine was greater than the $40,000 the regulator had asked for.",
    ],
)
def test_a_comparison_with_a_value_named_before_turned_the_other_way(claim: str) -> None:
    status, diffs = verdict(claim, BID)
    assert status == "contradicted", diffs
    assert ("wording", "less") in [(d.kind, d.source) for d in diffs]


def test_the_same_comparison_with_a_value_named_before_agrees() -> None:
    same = "The fine was less than the $40,000 the regulator had asked for."
    assert verdict(same, BID)[0] == "ok"
    # The value is the one named: "the $40,000 asked for" is $40,000, whatever the fine was.
    facts = extract("The fine was less than the $40,000 the regulator had asked for.")
    assert [f.comparator for f in facts.of("number")] == [None]
    facts = extract("The scheme paid out over the 15 years it ran.")
    assert [f.comparator for f in facts.of("number")] == [None]


JAILED = (
    "The 54-year-old driver, a father of two, was jailed for 12 years at the crown court on "
    "Monday."
)


def test_an_age_is_no_counterpart_of_a_span_of_years() -> None:
    source = "The driver, a father of two, was jailed for 12 years at the crown court on Monday."
    status, diffs = verdict("The driver was 45 years old when he was jailed.", source)
    assert status != "contradicted", diffs
    assert ("number", "45", "12") not in [(d.kind, d.claim, d.source) for d in diffs]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The 54-year-old driver was jailed for 12 years.", "ok"),
        ("The driver, aged 54, was jailed for 12 years.", "ok"),
        ("The driver was 45 years old when he was jailed for 12 years.", "contradicted"),
        ("The driver was jailed for 14 years.", "contradicted"),
    ],
)
def test_ages_meet_ages_and_spans_meet_spans(claim: str, expected: str) -> None:
    assert verdict(claim, JAILED)[0] == expected


FAMILY = (
    "The hearing was told of a letter from Mark Evans, brother of the late Sarah Evans, and "
    "uncle of Tom Evans, who found the documents. Ilka Doe, chief executive of Northwind "
    "Shipping, gave evidence for the company."
)


@pytest.mark.parametrize(
    ("claim", "moved"),
    [
        ("Tom Evans, brother of the late Sarah Evans, wrote a letter to the hearing.",
         ("Tom Evans", "Mark Evans")),
        ("Tom Evans, chief executive of Northwind Shipping, gave evidence.",
         ("Tom Evans", "Ilka Doe")),
    ],
)
def test_a_relation_the_passage_gives_to_another_person_moves_the_name(
    claim: str, moved: tuple[str, str]
) -> None:
    status, diffs = verdict(claim, FAMILY)
    assert status == "contradicted", diffs
    assert ("name", *moved) in [(d.kind, d.claim, d.source) for d in diffs]


@pytest.mark.parametrize(
    "claim",
    [
        "The hearing was told of a letter from Mark Evans, brother of the late Sarah Evans.",
        "Ilka Doe, chief executive of Northwind Shipping, gave evidence for the company.",
    ],
)
def test_a_relation_given_to_the_same_person_agrees(claim: str) -> None:
    assert verdict(claim, FAMILY)[0] == "ok"


ESTIMATE = "The inspector put the repair bill at £384,000, not £804,000, in her final report."


@pytest.mark.parametrize(
    "claim",
    [
        "The inspector put the repair bill at £384,000 rather than £804,000.",
        "The inspector put the repair bill at £384,000 instead of £804,000.",
    ],
)
def test_a_value_denied_in_other_words_agrees(claim: str) -> None:
    assert verdict(claim, ESTIMATE)[0] == "ok"


@pytest.mark.parametrize(
    "claim",
    [
        "The inspector put the repair bill at £804,000 rather than £384,000.",
        "The inspector put the repair bill at £804,000.",
    ],
)
def test_a_value_the_passage_denies_contradicts(claim: str) -> None:
    status, diffs = verdict(claim, ESTIMATE)
    assert status == "contradicted", diffs
    assert any(d.kind == "negation" for d in diffs)


RULING = "Two weeks before the hearing, the judge ruled against overturning the conviction."


def test_ruling_against_is_a_negation() -> None:
    assert verdict("Two weeks before the hearing, the judge refused to overturn the conviction.",
                   RULING)[0] == "ok"
    status, diffs = verdict("Two weeks before the hearing, the judge agreed to overturn the "
                            "conviction.", RULING)
    assert status == "contradicted" and any(d.kind == "negation" for d in diffs), diffs


def test_voting_for_is_the_opposite_of_voting_against() -> None:
    source = "The council voted against the plan on Monday after a long debate."
    assert verdict("The council voted against the plan on Monday.", source)[0] == "ok"
    status, diffs = verdict("The council voted for the plan on Monday.", source)
    assert status == "contradicted", diffs
    assert ("wording", "for", "against") in [(d.kind, d.claim, d.source) for d in diffs]


PULLED_OUT = (
    "Earlier this month, on 10 June 2019, the chairman announced that he was pulling out of "
    "the takeover, according to a filing."
)


def test_a_date_as_precise_as_the_claims_answers_it_before_a_vaguer_one() -> None:
    status, diffs = verdict("The chairman announced on 12 June 2019 that he was pulling out of "
                            "the takeover.", PULLED_OUT)
    assert status == "contradicted", diffs
    assert ("date", "12 June 2019", "10 June 2019") in [(d.kind, d.claim, d.source) for d in diffs]
    assert verdict("The chairman announced on 10 June 2019 that he was pulling out of the "
                   "takeover.", PULLED_OUT)[0] == "ok"


SCORER = (
    "The 25-year-old has scored 12 Champions League goals in 14 matches and is level with "
    "club legend Keller in third on the list."
)


def test_what_a_number_counts_stops_at_the_next_number() -> None:
    # "goals in 14 matches": the 12 counts goals, not matches, and is no rival of the 14.
    claim = "With 12 goals from {} Champions League games, the 25-year-old is third with Keller."
    diffs = verdict(claim.format(14), SCORER)[1]
    assert not [d for d in diffs if d.kind == "number"], diffs
    diffs = verdict(claim.format(16), SCORER)[1]
    assert ("number", "16", "14") in [(d.kind, d.claim, d.source) for d in diffs]


AWARD = "Varno lifted the award in 2014 when he lost the final against Keller's side."


def test_a_claim_that_uses_both_words_of_a_pair_opposes_neither() -> None:
    claim = "Varno first won the award in 2014, when he was on the losing side in the final."
    status, diffs = verdict(claim, AWARD)
    assert not [d for d in diffs if d.kind == "wording" and d.source], diffs
    assert status != "contradicted"
    status, diffs = verdict("Varno won the final in 2014 against Keller's side.", AWARD)
    assert status == "contradicted", diffs


DOUBLE = "Varno became the first woman to hold the 400 and 800m European and world titles at once."


def test_values_listed_together_share_the_lists_role() -> None:
    claim = "No woman before Varno had held the European and world titles at both {} at once."
    status, diffs = verdict(claim.format("400 m and 800 m"), DOUBLE)
    assert status != "contradicted", diffs
    status, diffs = verdict(claim.format("400 m and 1500 m"), DOUBLE)
    assert status != "ok", diffs


PHASES = "Work on phase one of the tram line began in 2017; phase two is due to start in 2026."


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Work on phase 1 of the tram line began in 2017.", "ok"),
        ("Phase two of the tram line is due to start in 2026.", "ok"),
        ("Work on phase two of the tram line began in 2017.", "contradicted"),
        ("Work on phase three of the tram line began in 2017.", "contradicted"),
    ],
)
def test_a_number_naming_a_part_of_a_sequence_is_compared_as_a_label(
    claim: str, expected: str
) -> None:
    assert verdict(claim, PHASES)[0] == expected


MARK = "Reports have suggested the tunnel's costs have breached the £2 billion mark."


def test_a_value_named_as_a_mark_is_a_bound() -> None:
    assert verdict("Reports suggest the tunnel's costs have topped the £2bn mark.", MARK)[0] == "ok"
    assert verdict("Reports suggest the tunnel's costs are more than £2bn.", MARK)[0] == "ok"
    status, diffs = verdict("Reports suggest the tunnel's costs have stayed below the £2bn mark.",
                            MARK)
    assert status == "contradicted", diffs
    assert any(d.kind == "comparator" for d in diffs)


DEADLINE = (
    "The firm told the committee the scheme would run out of money if the grant is not paid soon."
)


def test_unless_is_if_not() -> None:
    assert verdict("The firm told the committee the scheme would run out of money unless the "
                   "grant was paid soon.", DEADLINE)[0] == "ok"
    status, diffs = verdict("The firm told the committee the scheme would run out of money if "
                            "the grant was paid soon.", DEADLINE)
    assert status == "contradicted", diffs


def test_an_unless_in_the_passage_is_a_condition_not_a_denial() -> None:
    source = "The takeover will be completed in May unless regulators block it."
    assert verdict("The takeover will be completed in May.", source)[0] != "contradicted"


BUDGETS = (
    "The bridge's first budget was £40 million at 2012 prices. In 2016 it was given £65 "
    "million, and work began a year later."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("By 2016 the bridge had been given a budget of £65m.", "ok"),
        ("The bridge's first budget was £40m, at 2012 prices.", "ok"),
        ("By 2016 the bridge had been given a budget of £40m.", "contradicted"),
    ],
)
def test_a_value_the_passage_gives_for_another_date(claim: str, expected: str) -> None:
    status, diffs = verdict(claim, BUDGETS)
    assert status == expected, diffs
    if expected == "contradicted":
        assert ("number", "40,000,000", "65,000,000") in [
            (d.kind, d.claim, d.source) for d in diffs
        ]


LINE = ("The minister confirmed the tram will run from the station to the airport but will no "
        "longer extend beyond the ring road, with the suburbs among the areas missing out.")


def test_no_longer_is_read_whole() -> None:
    status, diffs = verdict("The minister confirmed the tram would carry on beyond the ring road "
                            "to the suburbs.", LINE)
    assert status == "contradicted", diffs
    assert ("negation", None, "no longer") in [(d.kind, d.claim, d.source) for d in diffs]
    assert verdict("The minister confirmed the tram would no longer go beyond the ring road.",
                   LINE)[0] == "ok"


INQUIRY = ("The inquiry will be led by retired judge Una Lee, with the engineer Lord Hale acting "
           "as her deputy.")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The inquiry will be led by Una Lee, a retired judge, with Lord Hale as her deputy.",
         "ok"),
        ("The inquiry will be led by Lord Hale, with retired judge Una Lee as his deputy.",
         "contradicted"),
    ],
)
def test_a_deed_given_to_the_other_of_two_names(claim: str, expected: str) -> None:
    status, diffs = verdict(claim, INQUIRY)
    assert status == expected, diffs
    if expected == "contradicted":
        assert ("name", "Lord Hale", "Una Lee") in [(d.kind, d.claim, d.source) for d in diffs]


TOUR = (
    "The Harlow choir's spring tour was organised by Ada Vela, with help from Omnix, Tom Brask "
    "and the Lund Trust."
)


def test_a_deed_given_to_a_name_the_passage_lists_beside_its_agent() -> None:
    both_ways(
        TOUR,
        same=["Ada Vela organised the Harlow choir's spring tour."],
        changed=[(
            "Tom Brask organised the Harlow choir's spring tour.",
            Difference("name", "Tom Brask", "Ada Vela"),
        )],
    )
    # initials may stand for the agent's name in another language ("OERK"): not told apart
    built = ("In 1987 the Vela observatory was built by the Kestrel Research Organisation, and "
             "OERK and Omnix were its partners.")
    assert agent_swapped("OERK built the Vela observatory in 1987.", built) == []
    assert agent_swapped("Omnix built the Vela observatory in 1987.", built) == [
        Difference("name", "Omnix", "Kestrel Research Organisation")
    ]


FINES = ("The ban was shorter than the 15 months requested by the regulator (itself less than "
         "the 20 months allowed), longer than the nine months recommended to the board by the "
         "panel (a rare step), and in line with the rules.")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The panel had recommended nine months, while the regulator requested 15.", "ok"),
        ("The panel had recommended 15 months, while the regulator asked for nine.",
         "contradicted"),
    ],
)
def test_a_value_given_to_the_agent_of_another_deed(claim: str, expected: str) -> None:
    status, diffs = verdict(claim, FINES)
    assert status == expected, diffs


YOUNGEST = "Varno became the youngest player to reach 50 league goals, at 21 years and 40 days."


@pytest.mark.parametrize(
    "claim",
    [
        "Varno became the youngest player ever to reach 50 league goals.",
        "Varno, at 21 years and 40 days, reached 50 league goals younger than anyone else.",
    ],
)
def test_indefinite_pronouns_and_ever_carry_no_fact(claim: str) -> None:
    assert verdict(claim, YOUNGEST)[0] == "ok"


def test_a_changed_fact_beside_ever_still_differs() -> None:
    status, diffs = verdict("Varno became the oldest player ever to reach 50 league goals.",
                            YOUNGEST)
    assert status == "contradicted", diffs


GOALS = ("United led 2-0 at the break through goals from Varno from the penalty spot in the "
         "23rd minute and Keller in the 36th minute.")


def test_minutes_counted_and_the_minute_by_its_ordinal_are_one_value() -> None:
    assert verdict("United were 2-0 up at the break through a Varno penalty after 23 minutes "
                   "and a Keller goal in the 36th.", GOALS)[0] == "ok"
    status, diffs = verdict("United were 2-0 up at the break through a Varno penalty after 25 "
                            "minutes and a Keller goal in the 36th.", GOALS)
    assert status == "contradicted", diffs
    assert ("number", "25", "23rd") in [(d.kind, d.claim, d.source) for d in diffs]


ARRIVAL = (
    "The reporter arrived at the courthouse at 2:30 a.m. The hearing was set to begin at 10 a.m."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The reporter reached the courthouse at 2:30 in the morning.", "ok"),
        ("The reporter reached the courthouse at 2:30 in the afternoon.", "contradicted"),
        ("The reporter reached the courthouse at 2:30 at night.", "contradicted"),
    ],
)
def test_the_part_of_the_day_after_a_clock_time_is_its_meridiem(claim: str, expected: str) -> None:
    assert verdict(claim, ARRIVAL)[0] == expected


PAYOUT = "Under the deal, members will receive £12.50 in cash for each share they hold."


def test_a_claims_not_of_a_word_the_passage_says_in_other_words_contradicts() -> None:
    assert verdict("Members will get £12.50 in cash for every share they hold.", PAYOUT)[0] == "ok"
    status, diffs = verdict("Members will not get £12.50 in cash for every share they hold.",
                            PAYOUT)
    assert status == "contradicted", diffs
    assert ("negation", "not", None) in [(d.kind, d.claim, d.source) for d in diffs]


def test_not_before_is_not_until() -> None:
    source = "A report says the tunnel may not be completed until 2040, at a cost of £8 billion."
    claim = "A report said the tunnel might not be finished before 2040 and could cost £8bn."
    assert verdict(claim, source)[0] == "ok"


CRASH = ("The airliner had crashed 11 minutes after take-off, three days after its first flight. "
         "Charges were brought following a two-year inquiry. A year ago the minister axed the "
         "line. The jet was delivered three months prior, in August.")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The airliner came down 11 minutes after take-off.", "ok"),
        ("The airliner came down 11 minutes before take-off.", "contradicted"),
        ("The airliner crashed three days before its first flight.", "contradicted"),
        ("Charges were brought after a two-year inquiry.", "ok"),
        ("Charges were brought before a two-year inquiry.", "contradicted"),
        # a span counted back from the day of writing, or before an event, is no span after it
        ("A year later the minister axed the line.", "contradicted"),
        ("The jet was delivered three months later, in August.", "contradicted"),
        ("The jet was delivered three months earlier, in August.", "ok"),
    ],
)
def test_a_word_of_time_beside_a_value_turned_the_other_way(claim: str, expected: str) -> None:
    assert verdict(claim, CRASH)[0] == expected


BACKERS = ("Investors including Oren Askel, Halvorn Capital and the Department of Justice's "
           "pension fund backed the bid, Quillon reported; the review was led by Lord Teodor "
           "Pellary.")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Oren Askel and Halvorn Capital backed the bid, Quillon reported.", "ok"),
        ("Oren Quillon and Halvorn Capital backed the bid.", "missing"),
        ("The review was led by Lord Pellary.", "ok"),
        ("The Justice Department's pension fund backed the bid.", "ok"),
    ],
)
def test_a_name_made_of_the_words_of_two_other_names_is_not_stated(
    claim: str, expected: str
) -> None:
    status, diffs = verdict(claim, BACKERS)
    assert status == expected, diffs


TURNOUT = ("Turnout stands at 67.3%, approximately 1.5% less than at the previous election, and "
           "northern councils reported the lowest figures.")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Turnout was 67.3%, roughly 1.5% below the previous election.", "ok"),
        ("Turnout was 67.3%, roughly 1.5% above the previous election.", "contradicted"),
        ("Turnout was 67.3%, roughly 1.5% more than at the previous election.", "contradicted"),
    ],
)
def test_a_comparison_beside_a_value_turned_the_other_way(claim: str, expected: str) -> None:
    assert verdict(claim, TURNOUT)[0] == expected


def test_a_compass_point_against_the_opposite_adjective() -> None:
    status, diffs = verdict("Councils in the south reported the lowest figures.", TURNOUT)
    assert status == "contradicted", diffs
    assert ("wording", "south", "northern") in [(d.kind, d.claim, d.source) for d in diffs]


SPIKE = (
    "Turnout in the region saw a spike, with 68.1% of voters casting a ballot compared to 66.5%."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Turnout in the region rose to 68.1% of voters, from 66.5%.", "ok"),
        ("Turnout in the region fell to 68.1% of voters, from 66.5%.", "contradicted"),
        ("Turnout in the region dropped from 66.5% to 68.1% of voters.", "contradicted"),
    ],
)
def test_a_change_its_own_values_say_went_the_other_way(claim: str, expected: str) -> None:
    status, diffs = verdict(claim, SPIKE)
    assert status == expected, diffs


def test_a_name_made_of_the_bylines_name_and_a_passage_name_is_not_stated() -> None:
    source = "The buyer's advisers, led by Morvath Stanley, have begun sounding out investors."
    byline = {"author": "Fenna Tolvar", "publisher": "The Daily Ledger", "title": None}
    claim = "Advisers led by {} are sounding out investors."
    assert verdict(claim.format("Morvath Stanley"), source, metadata=byline)[0] == "ok"
    status, diffs = verdict(claim.format("Fenna Stanley"), source, metadata=byline)
    assert status != "ok" and any(d.kind == "name" and d.claim == "Fenna" for d in diffs)


def test_a_first_name_from_the_title_before_a_family_name_the_passage_gives_another() -> None:
    source = "Defence lawyer Davor Ashdown said she had good intentions, and no greed."
    meta = {"title": "Mary Stone jailed for fraud", "publisher": "The Courier"}
    claim = "Defence lawyer {} Ashdown said she had good intentions, and no greed."
    assert verdict(claim.format("Davor"), source, metadata=meta)[0] == "ok"
    status, diffs = verdict(claim.format("Mary"), source, metadata=meta)
    assert status != "ok" and any(d.kind == "name" for d in diffs), diffs
    # A capitalised word the passage has in lower case is no first name of another's.
    total = "The total Ada death toll is 1,720, the state said of Hurricane Ada."
    assert verdict("Total Ada deaths: 1,720.", total)[0] == "ok"


GAIN = "The Greens won 48 seats, a gain of 13 on the last election."


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Greens won 48 seats, 13 more than at the last election.", "ok"),
        ("The Greens won 48 seats, 13 fewer than at the last election.", "contradicted"),
    ],
)
def test_a_small_word_of_direction_against_a_change_said_by_a_noun(
    claim: str, expected: str
) -> None:
    assert verdict(claim, GAIN)[0] == expected


GUIDE = "The judge sentenced her to 11 years, the low end of a guide range of 11 years to 14 years."


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The guide range ran from 11 to 14 years.", "ok"),
        ("The guide range ran from 11 to 15 years.", "contradicted"),
    ],
)
def test_a_range_with_its_unit_said_twice_meets_one_said_once(claim: str, expected: str) -> None:
    assert verdict(claim, GUIDE)[0] == expected


QUAKE = ("On March 12, the day after the powerful earthquake, officials began moving residents "
         "away from the plant; workers who fell ill following the disaster were compensated.")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Officials began moving residents away from the plant on March 12, the day after the "
         "earthquake.", "ok"),
        ("Officials began moving residents away from the plant on March 12, the day before the "
         "earthquake.", "contradicted"),
        ("Workers who fell ill before the disaster were compensated.", "contradicted"),
    ],
)
def test_a_word_of_relation_turned_the_other_way_before_a_described_object(
    claim: str, expected: str
) -> None:
    assert verdict(claim, QUAKE)[0] == expected


# --- the rank of a superlative: "biggest" is first, "second-biggest" second -------------------

PROJECT = (
    "The bridge had been billed as Europe's biggest infrastructure project, but costs soared "
    "to £10 billion."
)
PROJECT_SECOND = PROJECT.replace("biggest", "second-biggest")


@pytest.mark.parametrize(
    ("claim", "source", "ranks"),
    [
        ("The bridge had been promoted as Europe's second-biggest infrastructure project.",
         PROJECT, ("2nd", "1st")),
        ("The bridge had been promoted as Europe's biggest infrastructure project.",
         PROJECT_SECOND, ("1st", "2nd")),
        ("The bridge had been promoted as Europe's third-largest infrastructure project.",
         PROJECT_SECOND, ("3rd", "2nd")),
    ],
)  # fmt: skip
def test_a_superlative_ranked_otherwise_contradicts(
    claim: str, source: str, ranks: tuple[str, str]
) -> None:
    status, diffs = verdict(claim, source)
    assert status == "contradicted", diffs
    assert Difference("ordinal", *ranks) in diffs


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The bridge had been promoted as Europe's largest infrastructure project.", PROJECT),
        ("The bridge had been promoted as Europe's second largest infrastructure project.",
         PROJECT_SECOND),
    ],
)  # fmt: skip
def test_a_superlative_of_the_same_rank_in_other_words_agrees(claim: str, source: str) -> None:
    assert verdict(claim, source) == ("ok", [])


def test_words_ending_like_superlatives_have_no_rank() -> None:
    from factbase.analysis.facts.roles import superlative_ranks

    assert superlative_ranks("an honest contest", "the second-biggest contest") == []
    # the passage ranks the adjective both ways: it gives the claim's rank too
    assert superlative_ranks("the biggest", "the biggest and the second-biggest") == []


# --- ordinals: what each ranks -----------------------------------------------------------------


def test_an_ordinal_whose_noun_the_sentence_leaves_out_still_ranks() -> None:
    source = (
        "The champion held serve in the third game before saving a break point in the fourth, "
        "after a long rally."
    )
    claim = "The champion saved a break point in the fourth game after a long rally."
    assert verdict(claim, source) == ("ok", [])
    status, diffs = verdict(claim.replace("fourth", "fifth"), source)
    assert status == "contradicted", diffs


def test_an_ordinal_of_the_claims_value_ranking_another_thing_is_no_counterpart() -> None:
    source = (
        "At 20, he became the third-youngest champion of the era. He won the title in five sets "
        "after a long game."
    )
    status, diffs = verdict("He won a long game in the third set.", source)
    assert status == "missing", diffs
    assert all(d.claim != d.source for d in diffs)


def test_a_rank_said_with_one_for_its_noun_is_compared() -> None:
    source = "The airline issued its second bulletin on the crash four hours later."
    claim = "The bulletin four hours after the crash was the first one the airline issued."
    status, diffs = verdict(claim, source)
    assert status == "contradicted", diffs
    assert Difference("ordinal", "1st", "2nd") in diffs


@pytest.mark.parametrize(
    ("claim", "passage", "same"),
    [
        ("the first person in line", "was first in line", True),
        ("his first defeat on Centre Court", "a first Centre Court defeat", True),
        ("its third consecutive general election", "its fourth straight general election", True),
        ("his third violation of the day", "taking the third set", False),
        ("his second penalty", "the second player", False),
    ],
)
def test_what_two_ordinals_rank(claim: str, passage: str, same: bool) -> None:
    from factbase.analysis.facts.roles import ranks_the_same

    (c,) = extract(claim, reference=REFERENCE).of("ordinal")
    (p,) = extract(passage, reference=REFERENCE).of("ordinal")
    assert ranks_the_same(c, p, claim, passage) is same


# --- a word naming what the claim's value measures ---------------------------------------------

SET_LENGTH = "The second set took 85 minutes, and the crowd stayed on its feet throughout."


def test_a_word_for_what_the_value_measures_is_said_by_the_value() -> None:
    assert verdict("Length of the second set: 85 minutes.", SET_LENGTH) == ("ok", [])
    status, diffs = verdict("Length of the second set: 95 minutes.", SET_LENGTH)
    assert status == "contradicted"
    assert diffs == [Difference("number", "95", "85")]


def test_a_word_for_another_measure_than_the_values_is_not() -> None:
    status, diffs = verdict("Cost of the second set: 85 minutes.", SET_LENGTH)
    assert status == "missing"
    assert Difference("wording", "cost", None) in diffs


# --- a verb the claim gives two values at once -------------------------------------------------

RUNS = "Nowak ran 718 metres in that game, while Reid covered 595 metres."


def test_a_verb_left_out_before_the_second_value_does_not_swap_the_values() -> None:
    # "covered" is both values' in the claim; in the passage it stands by Reid's alone
    assert verdict("In that game Nowak covered 718 metres and Reid 595 metres.", RUNS) == (
        "ok", []
    )


def test_values_given_to_each_others_names_are_swapped() -> None:
    status, diffs = verdict("In that game Nowak covered 595 metres and Reid 718 metres.", RUNS)
    assert status == "contradicted"
    assert Difference("number", "595", "718") in diffs


# --- "none ... wider" says "the widest" ---------------------------------------------------------

AGE_GAP = (
    "The age gap between the two players was the widest in any final since 1974, the organisers "
    "said."
)


def test_none_with_a_comparative_says_the_superlative() -> None:
    claim = "No final since 1974 had a wider age gap between the two players."
    assert verdict(claim, AGE_GAP) == ("ok", [])


def test_none_with_the_opposite_comparative_or_none_alone_contradicts() -> None:
    status, diffs = verdict(
        "No final since 1974 had a narrower age gap between the two players.", AGE_GAP
    )
    assert (status, diffs) == ("contradicted", [Difference("wording", "narrower", "widest")])
    status, diffs = verdict("No final since 1974 had an age gap between the two players.", AGE_GAP)
    assert (status, diffs) == ("contradicted", [Difference("negation", "no", None)])


# --- a negated word said by its opposite -------------------------------------------------------

UNBEATEN = "The striker was unbeaten at the stadium since 2017, the club said on Monday."
BRIDGE_VOTE = "The council rejected the plan for the new bridge on Monday."


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The striker had not lost a match at the stadium since 2017.", UNBEATEN),
        ("The council did not approve the plan for the new bridge.", BRIDGE_VOTE),
    ],
)
def test_a_negated_word_is_said_by_its_opposite_in_its_place(claim: str, source: str) -> None:
    assert verdict(claim, source) == ("ok", [])


def test_a_negated_word_is_not_said_by_an_opposite_elsewhere_or_by_its_own_opposite() -> None:
    status, diffs = verdict("The striker had not won a match at the stadium since 2017.", UNBEATEN)
    assert status == "contradicted"
    assert Difference("negation", "not", None) in diffs
    source = "The council rejected the budget on Monday but approved the plan for the new bridge."
    status, diffs = verdict("The council did not approve the plan for the new bridge.", source)
    assert (status, diffs) == ("contradicted", [Difference("negation", "not", None)])


@pytest.mark.parametrize(
    ("text", "ranks"),
    [
        ("She took the opening set 6-1.", [1]),
        ("It was her maiden title.", [1]),
        ("The opening of the bridge was delayed.", []),
        ("A 2028 opening would be more prudent.", []),
    ],
)
def test_opening_ranks_first_before_a_noun(text: str, ranks: list[int]) -> None:
    assert [f.value for f in extract(text, reference=REFERENCE).of("ordinal")] == ranks


def test_the_opening_set_is_the_first_set() -> None:
    source = "She dominated the first set, which she won 6-1, before her rival came back."
    assert verdict("She won the opening set 6-1.", source)[0] == "ok"
    status, diffs = verdict("She won the second set 6-1.", source)
    assert status == "contradicted"
    assert Difference("ordinal", "2nd", "1st") in diffs


def test_a_maiden_or_inaugural_thing_is_the_first() -> None:
    source = "This was the champion's maiden final at the club, while her rival played her 9th."
    assert verdict("The final was the champion's first at the club.", source) == ("ok", [])
    status, diffs = verdict("The final was the champion's second at the club.", source)
    assert status == "contradicted"
    assert Difference("ordinal", "2nd", "1st") in diffs


# --- one of a thing, bounded or the only one ---------------------------------------------------

ONE_POINT = "The champion only had one break point to save, in the very first game of the match."


def test_more_than_one_against_only_one_contradicts() -> None:
    status, diffs = verdict("The champion had to save more than one break point.", ONE_POINT)
    assert status == "contradicted"
    assert Difference("comparator", "more than 1", "1") in diffs


def test_one_said_as_one_agrees() -> None:
    claim = "The champion had to save just one break point, in the very first game."
    assert verdict(claim, ONE_POINT) == ("ok", [])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("more than one break point", (1, ">")),
        ("only one survivor was found", (1, None)),
        ("at least one of them", None),
        ("no one was hurt", None),
        ("one day later", None),
    ],
)
def test_one_is_a_count_only_when_bounded_or_the_only_one(
    text: str, value: tuple[int, str | None] | None
) -> None:
    numbers = extract(text, reference=REFERENCE).of("number")
    assert [(int(f.value), f.comparator) for f in numbers] == ([value] if value else [])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Varnak hit straight back in the third game.", ["varnak"]),
        ("Brask's maiden title came early.", ["brask"]),
        ("Children were taken to the hospital.", []),
        ("Everyone was sad about it all.", []),
        ("Whilst the rain fell, the match went on.", []),
    ],
)
def test_a_word_no_dictionary_knows_opening_a_sentence_is_a_name(
    text: str, names: list[str]
) -> None:
    assert [f.value for f in extract(text, reference=REFERENCE).of("name")] == names


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The champion had won 45 consecutive matches on the court.",
         "The champion had won 45 matches in a row on the court before the final."),
        ("The agency revised its estimate of the toll last week.",
         "The agency updated its estimate of the toll last week, citing new research."),
        ("The exchange said it would halt trading in the shares on Friday.",
         "The exchange said it would suspend trading in the shares on Friday morning."),
    ],
)  # fmt: skip
def test_reporting_synonyms_account_for_each_other(claim: str, source: str) -> None:
    assert verdict(claim, source) == ("ok", [])


def test_a_span_of_time_in_another_unit_is_a_difference() -> None:
    both_ways(
        "The count of the postal votes went on for several hours overnight, and the wrangling "
        "over the rules had gone on for weeks.",
        same=[
            "The count of the postal votes went on for several hours.",
            "The wrangling over the rules had gone on for weeks.",
        ],
        changed=[
            ("The count of the postal votes went on for several days.",
             Difference("wording", "days", "hours")),
            ("The wrangling over the rules had gone on for months.",
             Difference("wording", "months", "weeks")),
        ],
    )


def test_a_run_in_other_words_with_another_length_contradicts() -> None:
    source = "The champion had won 45 matches in a row on the court before the final."
    status, diffs = verdict("The champion had won 46 consecutive matches on the court.", source)
    assert (status, diffs) == ("contradicted", [Difference("number", "46", "45")])


SPAN = (
    "The agency has carried out five manoeuvres over the last three weeks to raise the "
    "probe's orbit."
)


def test_work_over_a_span_agrees_with_the_span() -> None:
    claim = "The agency raised the probe's orbit five times over three weeks."
    status, diffs = verdict(claim, SPAN)
    assert status != "contradicted", diffs
    assert not [d for d in diffs if d.kind == "comparator"], diffs


def test_work_over_another_span_contradicts() -> None:
    claim = "The agency raised the probe's orbit five times over four weeks."
    status, diffs = verdict(claim, SPAN)
    assert status == "contradicted", diffs
    assert any(d.kind == "number" and d.source is not None for d in diffs), diffs


def test_an_amount_in_crore_is_the_same_amount_in_billions() -> None:
    passage = "The probe cost the nation Rs 615 crore, less than a blockbuster film."
    status, diffs = verdict("The probe cost Rs 6.15 billion.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("The probe cost Rs 6.5 billion.", passage)
    assert status == "contradicted", diffs


SPAN_OF_A_UNIT = (
    "The scientist said the surface could be around 20 to 30 degrees Celsius, but it is 70 "
    "degrees Celsius. The lander rose by about 40 cm and came down 30 to 40 cm away."
)


def test_a_span_written_with_to_agrees_with_the_same_span() -> None:
    status, diffs = verdict(
        "The scientist said the surface could be around 20-30 °C, but it is 70 °C.",
        SPAN_OF_A_UNIT,
    )
    assert status == "ok", diffs


def test_a_value_in_another_unit_is_no_end_of_a_span() -> None:
    status, diffs = verdict("The lander came down 40 metres away.", SPAN_OF_A_UNIT)
    assert status != "ok", diffs


BELOW_ZERO = (
    "The scientist said the temperature a few centimetres down drops to about 10 degrees "
    "Celsius below zero."
)


def test_degrees_below_zero_agree_with_the_negative_value() -> None:
    claim = "The scientist said the temperature a few centimetres down drops to about -10 °C."
    status, diffs = verdict(claim, BELOW_ZERO)
    assert status == "ok", diffs


def test_degrees_below_zero_contradict_the_positive_value() -> None:
    claim = "The scientist said the temperature a few centimetres down drops to about 10 °C."
    status, diffs = verdict(claim, BELOW_ZERO)
    assert status == "contradicted", diffs


ORBIT = "The telescope launched on 25 December and reached its orbit 30 days later."
OPENING = "Sunfall opened to $162 million domestically and $337 million worldwide."


def test_a_date_the_passage_gives_another_deed_before_a_span_later_contradicts() -> None:
    status, diffs = verdict("The telescope reached its orbit on 25 December.", ORBIT)
    assert status == "contradicted", diffs
    assert ("date", "30 days later") in [(d.kind, d.source) for d in diffs], diffs
    assert verdict("The telescope launched on 25 December.", ORBIT)[0] == "ok"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Sunfall opened to $162 million worldwide.", "contradicted"),
        ("Sunfall opened to $337 million domestically.", "contradicted"),
        ("Sunfall opened to $337 million worldwide.", "ok"),
        ("Sunfall opened to $162 million domestically.", "ok"),
    ],
)
def test_a_value_with_no_name_or_verb_of_its_own_shares_those_before_it(
    claim: str, expected: str
) -> None:
    status, diffs = verdict(claim, OPENING)
    assert status == expected, diffs


SUMMIT = "The summit began on Monday and ended on Wednesday, 12 June."
TALKS = "The talks began in 2019 and ended in 2021."


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        # the claim's word stands beside the value, its opposite beside the next one
        ("The talks began in 2019.", TALKS, "ok"),
        ("The talks ended in 2021.", TALKS, "ok"),
        ("The summit began on Monday.", SUMMIT, "ok"),
        ("The summit ended on Wednesday.", SUMMIT, "ok"),
        # a value given to the other deed
        ("The talks ended in 2019.", TALKS, "contradicted"),
        ("The summit ended on Monday.", SUMMIT, "contradicted"),
        ("The summit began on Wednesday.", SUMMIT, "contradicted"),
    ],
)
def test_two_deeds_of_one_thing_keep_their_own_values(
    claim: str, source: str, expected: str
) -> None:
    status, diffs = verdict(claim, source)
    assert status == expected, diffs


TURNOUT_FELL = "Turnout was 65.8%, down from 67.4% in 2019."


def test_an_earlier_level_given_as_the_level_contradicts() -> None:
    status, diffs = verdict("Turnout was 67.4%.", TURNOUT_FELL)
    assert status == "contradicted", diffs
    assert ("number", "67.4", "65.8") in [(d.kind, d.claim, d.source) for d in diffs], diffs


@pytest.mark.parametrize(
    "claim",
    ["Turnout was 65.8%.", "Turnout was 67.4% in 2019.", "Turnout fell from 67.4% to 65.8%.",
     "Turnout fell to 65.8% from 67.4%.", "In 2019 turnout was 67.4%."],
)  # fmt: skip
def test_the_level_or_an_earlier_one_said_as_earlier_agrees(claim: str) -> None:
    status, diffs = verdict(claim, TURNOUT_FELL)
    assert status == "ok", diffs


MARATHON = "Okafor finished second behind Lindqvist, who won in 2 hours 5 minutes."


def test_a_deed_the_passage_gives_another_name_in_its_relative_clause_contradicts() -> None:
    status, diffs = verdict("Okafor won in 2 hours 5 minutes.", MARATHON)
    assert status == "contradicted", diffs
    assert Difference("name", "Okafor won", "Lindqvist won") in diffs


@pytest.mark.parametrize(
    "claim", ["Lindqvist won in 2 hours 5 minutes.", "Okafor finished second behind Lindqvist."]
)
def test_a_deed_given_to_its_own_name_agrees(claim: str) -> None:
    status, diffs = verdict(claim, MARATHON)
    assert status == "ok", diffs


ARRESTS = "Smith, 45, and Jones, 52, were arrested on Monday."


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Jones, 45, was arrested on Monday.", ARRESTS),
        ("Jones (45) was arrested on Monday.", ARRESTS),
        ("Jones, 45, was arrested on Monday.",
         "Smith (45) and Jones (52) were arrested on Monday."),
    ],
)
def test_a_value_set_off_after_another_name_contradicts(claim: str, source: str) -> None:
    status, diffs = verdict(claim, source)
    assert status == "contradicted" and ("number", "45", "52") in [
        (d.kind, d.claim, d.source) for d in diffs
    ], diffs


@pytest.mark.parametrize(
    "claim",
    ["Jones, 52, was arrested on Monday.", "Smith, 45, was arrested on Monday.",
     "Jones (52) was arrested on Monday."],
)  # fmt: skip
def test_a_value_set_off_after_its_own_name_agrees(claim: str) -> None:
    status, diffs = verdict(claim, ARRESTS)
    assert status == "ok", diffs


@pytest.mark.parametrize(
    ("passage", "claim"),
    [
        ("The council sued the developer over the delays.",
         "The developer sued the council over the delays."),
        ("The lander sent the data collected by the rover.",
         "The rover sent the data collected by the lander."),
        ("The prosecution asked for 15 years and the defence for probation.",
         "The defence asked for 15 years and the prosecution for probation."),
        # a thing named in two words
        ("The mayor fired the police chief in March 2020.",
         "The police chief fired the mayor in March 2020."),
        ("The health board sued the drug maker in 2021.",
         "The drug maker sued the health board in 2021."),
    ],
)
def test_two_things_trading_places_around_the_same_words_contradict(
    passage: str, claim: str
) -> None:
    status, diffs = verdict(claim, passage)
    assert status == "contradicted", diffs
    assert any(d.kind == "wording" and d.source is not None for d in diffs), diffs


@pytest.mark.parametrize(
    ("passage", "claim"),
    [
        # The same order in the claim as in the passage.
        ("The council sued the developer over the delays, the paper said.",
         "The council sued the developer over the delays."),
        ("The mayor fired the police chief in March 2020, the paper said.",
         "The mayor fired the police chief in March 2020."),
        # A relation that holds both ways.
        ("The mayor met the bishop at the cathedral on Monday.",
         "The bishop met the mayor at the cathedral on Monday."),
    ],
)
def test_two_things_in_their_places_or_related_both_ways_agree(passage: str, claim: str) -> None:
    status, diffs = verdict(claim, passage)
    assert status == "ok", diffs


DEED = (
    "Okafor, aged 31, scored the winning goal in the 80th minute of the final. Mensah was "
    "booked for dissent soon after."
)


def test_a_deed_the_passage_gives_to_another_name_contradicts() -> None:
    status, diffs = verdict("It was Mensah who scored the winning goal in the final.", DEED)
    assert status == "contradicted", diffs
    assert Difference("name", "Mensah scored", "Okafor scored") in diffs


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        ("It was Okafor who scored the winning goal in the final.", DEED),
        # One name in two forms, an acronym and its words.
        ("The KNP won the seat of Tessaly on Friday.",
         "The Kestrian National Party won the seat of Tessaly on Friday."),
    ],
)
def test_a_deed_given_to_the_same_name_agrees(claim: str, passage: str) -> None:
    status, diffs = verdict(claim, passage)
    assert status == "ok", diffs


def test_a_count_won_by_one_name_is_no_deed_taken_from_another() -> None:
    passage = "The Greens won the most seats in the north, while the Reds held the south."
    status, diffs = verdict("The Reds won 203 seats.", passage)
    assert status != "contradicted", diffs


PASSED = "The bill was rejected by the Senate and passed by the House in May."


def test_a_deed_the_passage_gives_to_another_agent_contradicts() -> None:
    status, diffs = verdict("The bill was passed by the Senate in May.", PASSED)
    assert status == "contradicted", diffs
    assert Difference("name", "Senate", "House") in diffs


def test_each_agent_with_its_own_deed_agrees() -> None:
    for claim in ("The bill was passed by the House in May.",
                  "The bill was rejected by the Senate in May."):
        status, diffs = verdict(claim, PASSED)
        assert status == "ok", (claim, diffs)


WHOLE = "Of the 170 cases, 162 were in the placebo group and eight in the vaccine group."


def test_a_part_of_the_same_whole_agrees() -> None:
    status, diffs = verdict("Eight of the 170 cases were in the vaccine group.", WHOLE)
    assert status == "ok", diffs


@pytest.mark.parametrize(
    ("claim", "difference"),
    [
        ("Eight of the 180 cases were in the vaccine group.", ("170", "180")),
        ("Nine of the 170 cases were in the vaccine group.", ("8", "9")),
    ],
)
def test_another_part_or_another_whole_contradicts(
    claim: str, difference: tuple[str, str]
) -> None:
    status, diffs = verdict(claim, WHOLE)
    assert status == "contradicted", diffs
    assert any(
        d.kind == "number" and {d.claim, d.source} == set(difference) for d in diffs
    ), diffs


RACE_TIME = "She won the race in two hours and 35 seconds, a course record."


def test_one_time_in_three_units_agrees_with_it_in_two() -> None:
    status, diffs = verdict("She won the race in 2 hours 0 minutes 35 seconds.", RACE_TIME)
    assert status == "ok", diffs


def test_another_time_in_three_units_contradicts() -> None:
    status, diffs = verdict("She won the race in 2 hours 1 minute 35 seconds.", RACE_TIME)
    assert status == "contradicted", diffs


ZONED = "The lander touched down at 12:32 UTC on 23 August, to cheers in the control room."


@pytest.mark.parametrize(
    "claim",
    [
        "The lander touched down at 6:02 pm IST on 23 August.",
        "The lander touched down at 8:32 am EDT on 23 August.",
        "The lander touched down at 12:32 GMT on 23 August.",
    ],
)
def test_one_moment_in_another_time_zone_agrees(claim: str) -> None:
    status, diffs = verdict(claim, ZONED)
    assert status == "ok", diffs


def test_another_moment_in_another_time_zone_contradicts() -> None:
    status, diffs = verdict("The lander touched down at 6:32 pm IST on 23 August.", ZONED)
    assert status == "contradicted", diffs
    assert Difference("time", "18:32", "12:32") in diffs


def test_a_time_in_a_zone_the_claim_leaves_unsaid_is_not_against_it() -> None:
    status, diffs = verdict("The lander touched down at 6:02 pm on 23 August.", ZONED)
    assert status != "contradicted", diffs


UNPAID = "The firm has not yet paid the $5 million fine imposed by the regulator."


def test_a_prefixed_negative_says_what_not_says() -> None:
    status, diffs = verdict("The $5 million fine imposed by the regulator is unpaid.", UNPAID)
    assert status != "contradicted", diffs
    assert not [d for d in diffs if d.kind in ("negation", "wording") and d.source], diffs
    status, diffs = verdict(
        "The cause of the fire is not known.", "The cause of the fire is unknown, police said."
    )
    assert status == "ok", diffs


def test_a_claim_saying_both_opposites_in_other_words_opposes_neither() -> None:
    # "starts ... finishes" against "begins ... ends": the claim says the end too.
    status, diffs = verdict(
        "Totality starts in Kestria at 9:10 a.m. It finishes around 4:40 p.m. in Norvia.",
        "Totality will begin at 9:10 a.m. in Kestria. It will end around 4:40 p.m. in Norvia.",
    )
    assert not any(d.kind == "wording" and d.source for d in diffs), diffs
    # A claim that says only one of them, where the passage says the other, contradicts.
    status, diffs = verdict(
        "The closure ended in Kestria at 1:27 p.m.", "The closure began at 1:27 p.m. in Kestria."
    )
    assert status == "contradicted"
    assert Difference("wording", "ended", "began") in diffs


def test_without_the_noun_is_the_prefixed_negative() -> None:
    # "without protection" is "unprotected"; "with protection" is its opposite.
    passage = "The storm left the coastal villages without protection."
    status, diffs = verdict("The storm left the coastal villages unprotected.", passage)
    assert status == "ok", diffs
    status, diffs = verdict(
        "The storm left the coastal villages unprotected.",
        "The storm left the coastal villages with protection.",
    )
    assert status == "contradicted", diffs


def test_the_word_without_its_negation_contradicts() -> None:
    status, diffs = verdict("The firm has paid the $5 million fine imposed by the regulator.",
                            UNPAID)
    assert status == "contradicted", diffs


RUPEES = "The probe cost the nation Rs 615 crore, less than a blockbuster film."


def test_rupees_in_any_sign_agree() -> None:
    for claim in ("The probe cost ₹615 crore.", "The probe cost INR 6.15 billion."):
        status, diffs = verdict(claim, RUPEES)
        assert status == "ok", (claim, diffs)


def test_the_same_figure_in_another_currency_contradicts() -> None:
    status, diffs = verdict("The probe cost $615 crore.", RUPEES)
    assert status == "contradicted", diffs
    assert any(d.kind == "unit" for d in diffs), diffs


TALLY = "The party won 240 seats, down from 303 in 2019, and fell 32 short of a majority."


def test_a_word_of_change_beside_two_values_swaps_nothing() -> None:
    status, diffs = verdict(
        "The party's tally dropped to 240 from 303 in 2019, 32 seats short of a majority.", TALLY
    )
    assert status != "contradicted", diffs


def test_two_values_traded_between_their_nouns_still_contradict() -> None:
    passage = "The firm raised $25 billion in loans and $21 billion in equity last year."
    status, diffs = verdict("The firm raised $21 billion in loans and $25 billion in equity.",
                            passage)
    assert status == "contradicted", diffs


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        # A name with and without its accents.
        ("Solvané scored a hat-trick in the final.",
         "Teodor Solvane scored a hat-trick in the final."),
        ("Ivo Lovric came second in the vote.", "Ivo Lovrić came second in the vote."),
        # A name with an apostrophe inside, in either apostrophe, possessive or not.
        ("O'Sullivan scored a hat-trick in the final.",
         "Jack O’Sullivan scored a hat-trick in the final."),
        ("Taking his cue, O'Sullivan won the final in the last frame.",
         "O'Sullivan's cue won him the final in the last frame."),
        # An acronym of two words, and of words joined by "and".
        ("The EU approved the deal in May.", "The European Union approved the deal in May."),
        ("The SEC received the filing on April 21.",
         "The Securities and Exchange Commission received the filing on April 21."),
    ],
)
def test_a_name_in_another_spelling_agrees(claim: str, passage: str) -> None:
    status, diffs = verdict(claim, passage)
    assert status == "ok", diffs


def test_another_name_in_another_spelling_still_contradicts() -> None:
    status, diffs = verdict(
        "Giroud scored a hat-trick in the final.", "Teodor Solvané scored a hat-trick in the final."
    )
    assert status == "contradicted", diffs
    status, diffs = verdict(
        "Giroud scored a hat-trick in the final.",
        "Jack O'Sullivan scored a hat-trick in the final.",
    )
    assert Difference("name", "Giroud", "O'Sullivan") in diffs
    status, diffs = verdict(
        "O'Neill scored a hat-trick in the final.",
        "Jack O'Sullivan scored a hat-trick in the final.",
    )
    assert status != "ok", diffs


def test_a_word_of_nationality_for_a_person_is_replaced_by_no_name() -> None:
    passage = "Oren Varnak lost the final in five sets."
    status, diffs = verdict("The Serbian lost the final in five sets.", passage)
    assert status != "contradicted", diffs
    status, diffs = verdict("Brask lost the final in five sets.", passage)
    assert status == "contradicted", diffs


def test_a_time_within_the_passages_looser_bound_is_not_against_it() -> None:
    passage = "The result came shortly after 11pm, to loud cheers."
    status, diffs = verdict("The result came at 11.05pm.", passage)
    assert status != "contradicted", diffs
    status, diffs = verdict("The result came at 10.05pm.", passage)
    assert status == "contradicted", diffs


SHARE = "Only 20% of the adults polled said they trusted the council, the survey found."


def test_one_in_n_agrees_with_its_percentage() -> None:
    status, diffs = verdict("Only one in five adults polled said they trusted the council.", SHARE)
    assert status == "ok", diffs


def test_another_share_contradicts_its_percentage() -> None:
    status, diffs = verdict("Only one in four adults polled said they trusted the council.", SHARE)
    assert status == "contradicted", diffs


SHARE_OF_MANY = "About 70 percent of the adults polled said they trusted the council."


def test_any_count_in_n_is_a_share() -> None:
    status, diffs = verdict(
        "Roughly seven in ten adults polled said they trusted the council.", SHARE_OF_MANY
    )
    assert status == "ok", diffs
    status, diffs = verdict(
        "Roughly nine in ten adults polled said they trusted the council.", SHARE_OF_MANY
    )
    assert status == "contradicted"
    assert [d.kind for d in diffs] == ["number"]


CONVERTED = "The bridge is 1.2 miles long; the surface of the deck reached 70 degrees Celsius."


@pytest.mark.parametrize(
    "claim",
    [
        "The bridge is about 2 km long.",
        "The bridge is 1.9 km long.",
        "The surface of the deck reached 158 degrees Fahrenheit.",
    ],
)
def test_a_measure_converted_within_its_rounding_agrees(claim: str) -> None:
    status, diffs = verdict(claim, CONVERTED)
    assert status == "ok", diffs


@pytest.mark.parametrize(
    "claim",
    [
        "The bridge is 3 km long.",
        "The bridge is 1.2 km long.",
        "The surface of the deck reached 170 degrees Fahrenheit.",
    ],
)
def test_a_measure_converted_outside_its_rounding_contradicts(claim: str) -> None:
    status, diffs = verdict(claim, CONVERTED)
    assert status == "contradicted", diffs
    assert any(d.kind == "unit" for d in diffs), diffs


# --- a bound and the value it holds of; a count and a sum of money; a value and its place -------


def test_a_value_in_the_place_of_a_bound_that_holds_of_it_agrees() -> None:
    passage = (
        "The show has become the first to gross over a billion dollars, $1,039,263,762 to be "
        "exact."
    )
    status, diffs = verdict(
        "The show grossed $1,039,263,762, the first ever to pass a billion dollars.", passage
    )
    assert status == "ok", diffs
    status, diffs = verdict(
        "The show grossed $1,093,263,762, the first ever to pass a billion dollars.", passage
    )
    assert status == "contradicted", diffs
    assert Difference("number", "1,093,263,762", "1,039,263,762") in diffs


def test_a_sum_of_money_is_no_count_of_what_it_bought() -> None:
    passage = "The tour sold an estimated $939 million in tickets over 328 shows."
    diffs = differences("The tour sold 4.3 million tickets.", passage)
    assert Difference("number", "4,300,000", None) in diffs
    diffs = differences("The tour sold $950 million in tickets.", passage)
    assert Difference("number", "950,000,000", "about 939,000,000") in diffs


def test_a_quantity_over_events_is_not_bounded_by_them() -> None:
    passage = "The 2018 tour sold over two million tickets for 38 shows, a total of $266.1 million."
    status, diffs = verdict(
        "The 2018 tour took $266.1 million from more than two million tickets over 38 shows.",
        passage,
    )
    assert status == "ok", diffs
    status, diffs = verdict(
        "The 2018 tour took $266.1 million from more than two million tickets over 36 shows.",
        passage,
    )
    assert status == "contradicted", diffs


ATTENDANCE = (
    "The tour set single-day attendance records of 68,000 people at Zentrix Stadium in "
    "Tessaly, 61,204 at Marrowick's Halvorn Stadium and 59,830 in attendance at Quenby's "
    "Ostrel Field."
)


@pytest.mark.parametrize(
    "claim",
    [
        "The tour set a single-day attendance record of 59,830 at Quenby's Ostrel Field.",
        "The tour set a single-day attendance record of 61,204 at Halvorn Stadium in Marrowick.",
    ],
)
def test_a_value_at_its_own_place_in_a_list_agrees(claim: str) -> None:
    status, diffs = verdict(claim, ATTENDANCE)
    assert status == "ok", diffs


@pytest.mark.parametrize(
    "claim",
    [
        "The tour set a single-day attendance record of 61,204 at Quenby's Ostrel Field.",
        "The tour set a single-day attendance record of 61,204 at Ostrel Field in Quenby.",
    ],
)
def test_a_value_put_at_another_members_place_contradicts(claim: str) -> None:
    status, diffs = verdict(claim, ATTENDANCE)
    assert status == "contradicted", diffs
    assert Difference("number", "61,204", "59,830") in diffs


def test_a_value_the_claim_places_itself_rivals_no_other() -> None:
    passage = (
        "She played 60 shows in eight months, starting March 17 with the tour's debut in "
        "Marrowick, Norvia, and ending on Nov. 11 in Port Ildren, Kestria."
    )
    status, diffs = verdict(
        "She played 60 shows in eight months, from the Marrowick opener on 17 March to Port "
        "Ildren on 11 November.",
        passage,
    )
    assert status == "ok", diffs
    status, diffs = verdict(
        "She played 60 shows in eight months, from the Marrowick opener on 17 March to Port "
        "Ildren on 17 November.",
        passage,
    )
    assert status == "contradicted", diffs
    # ... while two values traded between their places still contradict.
    passage = "32 were said to be Kenyans, 17 Ethiopians and seven Britons among the victims."
    status, diffs = verdict("17 of the victims were Kenyan and 32 were Ethiopian.", passage)
    assert status == "contradicted", diffs


# --- dollars of other countries ------------------------------------------------------------------

TORONTO = (
    "The six shows generated an additional Can$282 million ($199 million) in economic activity "
    "in the city, the tourism board estimated."
)


@pytest.mark.parametrize(
    "claim",
    [
        "The six shows generated an extra C$282 million in economic activity, the board said.",
        "The six shows generated an extra CAD 282 million in economic activity, the board said.",
        "The six shows generated an extra US$199 million in economic activity, the board said.",
        # a bare "$" may be the page's own dollars
        "The six shows generated an extra $282 million in economic activity, the board said.",
    ],
)
def test_a_sum_in_the_same_dollars_agrees(claim: str) -> None:
    status, diffs = verdict(claim, TORONTO)
    assert status == "ok", diffs


@pytest.mark.parametrize(
    ("claim", "unit"),
    [
        ("The six shows generated an extra US$282 million in economic activity, the board said.",
         "US$"),
        ("The six shows generated an extra A$282 million in economic activity, the board said.",
         "A$"),
    ],
)
def test_a_sum_in_another_countrys_dollars_contradicts(claim: str, unit: str) -> None:
    status, diffs = verdict(claim, TORONTO)
    assert status == "contradicted", diffs
    assert Difference("unit", f"282,000,000 {unit}", "282,000,000 C$") in diffs


# --- order in other words: "prior to" is "before"; a stretch that runs both ways ---------------

BEIGE = "The summary is published prior to the committee meeting. It covers twelve districts."


def test_prior_to_says_before() -> None:
    status, diffs = verdict("The summary comes out before the committee meeting.", BEIGE)
    assert status == "ok", diffs
    status, diffs = verdict("The summary comes out after the committee has met.", BEIGE)
    assert status == "contradicted", diffs
    assert Difference("wording", "after", "before") in diffs


DOSE_STRETCH = (
    "The vaccine was 95% effective in participants without evidence of infection prior to 7 "
    "days after the second dose."
)


@pytest.mark.parametrize(
    "claim",
    [
        "In people with no infection before the second dose, the vaccine was 95% effective.",
        "In people with no infection after the second dose, the vaccine was 95% effective.",
    ],
)
def test_a_stretch_bounded_past_a_point_is_against_neither_side_of_it(claim: str) -> None:
    status, diffs = verdict(claim, DOSE_STRETCH)
    assert status != "contradicted", diffs


def test_an_offset_from_a_point_still_places_the_value_on_its_side() -> None:
    status, diffs = verdict(
        "The ship sailed before the second storm.",
        "The ship sailed two days after the second storm.",
    )
    assert status == "contradicted", diffs


# --- what a name went on to do ("... survived a long day to win the decathlon") ----------------

RESULTS = (
    "Tom Price of Kenya won the 400 metres hurdles in a close finish. "
    "Ana Ruiz retained the high jump title, while Sam Okafor survived a gruelling 12-hour second "
    "day to win the decathlon."
)


def test_a_deed_another_name_went_on_to_do_is_not_the_claims_names() -> None:
    status, diffs = verdict("Tom Price of Kenya won the decathlon.", RESULTS)
    assert status == "contradicted", diffs
    assert Difference("name", "Tom Price won", "Sam Okafor won") in diffs
    status, diffs = verdict("Sam Okafor won the decathlon.", RESULTS)
    assert status == "ok", diffs
    status, diffs = verdict("Tom Price of Kenya won the 400 metres hurdles.", RESULTS)
    assert status == "ok", diffs


def test_a_deed_done_at_anothers_asking_is_not_the_askers() -> None:
    # "urged Jones to approve": Jones approves, not Smith; the claim about Jones stands.
    status, diffs = verdict(
        "Jones approved the plan for the new bridge.",
        "Smith urged Jones to approve the plan for the new bridge, and Jones approved the plan.",
    )
    assert status == "ok", diffs


def test_letters_after_a_name_are_no_other_doer() -> None:
    status, diffs = verdict(
        "Ilka Hill is to lead an inquiry into the collapse.",
        "The minister announced that Ilka Hill CBE, JP is to lead an inquiry into the collapse.",
    )
    assert status == "ok", diffs


# --- a value or a title the passage gives another person ---------------------------------------

RUN_OFF = "Rivera took 55.7% of the vote to Okafor's 44.3%."


def test_a_subjects_value_the_passage_gives_another_contradicts() -> None:
    status, diffs = verdict("Okafor took 55.7% of the vote.", RUN_OFF)
    assert status == "contradicted", diffs
    assert Difference("number", "55.7", "44.3") in diffs
    status, diffs = verdict("Okafor took 44.3% of the vote.", RUN_OFF)
    assert status == "ok", diffs
    status, diffs = verdict("Rivera took 55.7% of the vote.", RUN_OFF)
    assert status == "ok", diffs


BOARD = "The chief executive, Mark Lee, resigned; the chairman, Sela Cole, stayed on."


def test_a_title_the_passage_gives_another_person_contradicts() -> None:
    status, diffs = verdict("The chairman, Mark Lee, resigned.", BOARD)
    assert status == "contradicted", diffs
    assert Difference("name", "Mark Lee", "Sela Cole") in diffs
    status, diffs = verdict("The chief executive, Mark Lee, resigned.", BOARD)
    assert status == "ok", diffs


# --- "right away" is a time; minutes counted down from the end are no minute of the game ------


def test_right_away_is_immediately_not_away_from_home() -> None:
    passage = (
        "Residents are now free to live in their old homes, but few of them are expected to "
        "return immediately."
    )
    status, diffs = verdict("Few residents are expected to return right away.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("Many residents are expected to return right away.", passage)
    assert status == "contradicted", diffs


PENALTY = (
    "The home side looked set to win until the visitors were awarded a penalty in the 80th "
    "minute."
)


def test_minutes_counted_down_from_the_end_are_no_minute_of_the_game() -> None:
    status, diffs = verdict(
        "The visitors were awarded a penalty ten minutes from the end.", PENALTY
    )
    assert status != "contradicted", diffs
    status, diffs = verdict("The visitors were awarded a penalty after 70 minutes.", PENALTY)
    assert status == "contradicted", diffs


# --- a name set off by a long dash, or glued to a prefix, is still the name ------------------

SEMI = (
    "In the heats nothing went wrong. The semi-final saw Brellin\u2014usually slow out of the "
    "blocks\u2014false start for the first time, but he still won in 9.89 seconds."
)


def test_a_long_dash_ends_a_name() -> None:
    claim = "The semi-final saw Brellin\u2014usually slow out of the blocks\u2014false start."
    status, diffs = verdict(claim, SEMI)
    assert status == "ok", diffs
    status, diffs = verdict(claim.replace("Brellin", "Askel"), SEMI)
    assert status != "ok", diffs


def test_a_name_glued_to_a_prefix_or_a_dash_is_stated() -> None:
    passage = (
        "The leader of the anti-Tarvik movement lost her seat by 149 votes; her party kept "
        "its place\u2014Morrow would have taken it with a win on Sunday."
    )
    status, diffs = verdict("The leader of the anti-Tarvik movement lost her seat.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("Morrow would have taken the place with a win on Sunday.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("The leader of the anti-Quorra movement lost her seat.", passage)
    assert status != "ok", diffs
    status, diffs = verdict("Sandor would have taken the place with a win on Sunday.", passage)
    assert status != "ok", diffs


def test_a_hyphenated_name_is_not_its_parts() -> None:
    passage = "The seat was won by Hallam-Reeve, a newcomer, by 149 votes."
    status, diffs = verdict("The seat was won by Hallam-Reeve by 149 votes.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("The seat was won by Reeve by 149 votes.", passage)
    assert status != "ok", diffs


HEADED = "The Dutch winger became the quickest player to reach 50 caps in Sunday's friendly."


def test_a_common_word_opening_a_heading_is_no_doer() -> None:
    status, diffs = verdict("Quickest player to reach 50 caps", HEADED)
    assert status == "ok", diffs
    status, diffs = verdict(
        "The Belgian winger became the quickest player to reach 50 caps.", HEADED
    )
    assert status != "ok", diffs


def test_a_full_stop_run_into_a_name_leaves_the_name() -> None:
    passage = "The price was a 38% premium. .KTV reports that was the last trading day."
    status, diffs = verdict("KTV reports that was the last trading day.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("WPX reports that was the last trading day.", passage)
    assert status != "ok", diffs


# --- a sense shared only with the word's opposite accounts for nothing -----------------------

LED = "The champion led the field from the start and won the race in 9.57 seconds."


def test_a_word_whose_opposite_shares_a_sense_with_it_is_not_accounted_for() -> None:
    claim = "The champion trailed at the start and won the race in 9.57 seconds."
    status, diffs = verdict(claim, LED)
    assert status != "ok", diffs
    assert Difference("wording", "trailed", "led") in diffs
    status, diffs = verdict(claim.replace("trailed at", "led from"), LED)
    assert status == "ok", diffs


# --- a value the passage gives to another role in the same clause ----------------------------

ROLE_MOVES = [
    (
        "The probe was launched on 14 July and landed on 23 August after a 40-day journey.",
        "The probe landed on 14 July after a 40-day journey.",
        "The probe was launched on 14 July.",
    ),
    (
        "The film cost $100 million to make and earned $300 million worldwide in its first month.",
        "The film earned $100 million worldwide in its first month.",
        "The film earned $300 million worldwide in its first month.",
    ),
    (
        "The bank had $209 billion in assets and $175 billion in deposits at the end of 2022.",
        "The bank had $175 billion in assets at the end of 2022.",
        "The bank had $175 billion in deposits at the end of 2022.",
    ),
    (
        "Inflation reached 143% in October, while poverty rose to 40% of the population.",
        "Poverty reached 143% in October.",
        "Inflation reached 143% in October.",
    ),
    (
        "The first round was held on 22 October and the run-off on 19 November.",
        "The run-off was held on 22 October.",
        "The first round was held on 22 October.",
    ),
]


@pytest.mark.parametrize(("passage", "moved", "kept"), ROLE_MOVES)
def test_a_value_given_to_another_role_of_its_clause_contradicts(
    passage: str, moved: str, kept: str
) -> None:
    status, diffs = verdict(moved, passage)
    assert status == "contradicted", diffs
    status, diffs = verdict(kept, passage)
    assert status == "ok", diffs


def test_a_role_word_shared_or_said_otherwise_moves_no_value() -> None:
    # The claim gives its verb to both values ("and Varnak 611"): no role moved.
    passage = (
        "Brask ran 702 metres in that one game alone, while the defending champion "
        "covered 611 metres."
    )
    status, diffs = verdict("In that game Brask covered 702 metres and Varnak 611.", passage)
    assert status != "contradicted", diffs
    # "last" is the passage's "final".
    splits = "He covered the final 10 kilometres in 28:42 and the last 5 km in 13:51."
    status, diffs = verdict("He ran the last 10 km in 28:42.", splits)
    assert not any(d.kind == "number" for d in diffs), diffs
    # A second part that leaves its verb unsaid.
    halves = "He ran the first half in 61:02 and the second half in 59:47 on Sunday."
    status, diffs = verdict("He ran the second half in 59:47 on Sunday.", halves)
    assert status == "ok", diffs


# --- a change is not a level; a value for each is not a value in all ---------------------------


def test_a_change_is_not_the_level_reached() -> None:
    passage = "The central bank raised its key rate to 118% on Monday, after the devaluation."
    status, diffs = verdict("The central bank raised its key rate by 118% on Monday.", passage)
    assert status == "contradicted", diffs
    assert Difference("number", "by 118%", "to 118%") in diffs
    status, diffs = verdict("The central bank lifted its key rate to 118% on Monday.", passage)
    assert status == "ok", diffs
    both = "Support for the party rose by 5 points to 40% in the latest poll."
    status, diffs = verdict("Support for the party rose to 40% in the latest poll.", both)
    assert status == "ok", diffs


def test_a_value_for_each_is_not_a_value_in_all() -> None:
    passage = "Each concert brought the city's economy $5 million per show, officials said."
    status, diffs = verdict(
        "The concerts brought the city's economy $5 million in total, officials said.", passage
    )
    assert status == "contradicted", diffs
    status, diffs = verdict(
        "Each concert brought the city's economy $5 million, officials said.", passage
    )
    assert status != "contradicted", diffs
    in_all = "The six concerts brought the city's economy $30 million in total, officials said."
    status, diffs = verdict(
        "The concerts brought the city's economy $30 million per show, officials said.", in_all
    )
    assert status == "contradicted", diffs


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        ("Inflation hit 12.4% a year in May.", "Inflation hit 12.4% a month in May.",
         "contradicted"),
        ("The star earns $5 million a week.", "The star earns $5 million a year.", "contradicted"),
        # one rate in other words
        ("Inflation hit 12.4% a month in May.", "Inflation hit 12.4% per month in May.", "ok"),
        ("The star earns $5 million per year.", "The star earns $5 million a year.", "ok"),
    ],
)
def test_a_value_for_each_of_another_thing_contradicts(
    claim: str, source: str, expected: str
) -> None:
    status, diffs = verdict(claim, source)
    assert status == expected, diffs


SPLITS = "The winner ran the first half in 60:48 and the second half in 59:47 on Sunday."


def test_minutes_and_seconds_beyond_an_hour_of_the_clock_are_a_time() -> None:
    assert [(f.kind, f.value) for f in extract("in 59:47").facts] == [
        ("time", (0, 59, 47, False))
    ]
    status, diffs = verdict("The winner ran the second half in 59:47 on Sunday.", SPLITS)
    assert status == "ok", diffs
    status, diffs = verdict("The winner ran the second half in 59:48 on Sunday.", SPLITS)
    assert status == "contradicted", diffs
    status, diffs = verdict("The winner ran the first half in 59:47 on Sunday.", SPLITS)
    assert status == "contradicted", diffs


MPS = (
    "There were 495 MPs who were re-elected, 140 new MPs and 15 MPs who had held a seat before "
    "but not at the dissolution."
)


def test_two_values_given_each_others_roles_contradict() -> None:
    swapped = (
        "There were 15 MPs who were re-elected, 140 new MPs and 495 MPs who had held a seat "
        "before but not at the dissolution."
    )
    status, diffs = verdict(swapped, MPS)
    assert status == "contradicted", diffs
    status, diffs = verdict(
        "495 MPs were re-elected, and 15 had held a seat before but not at the dissolution.", MPS
    )
    assert status != "contradicted", diffs


COSTS = (
    "The ministry roughly doubled its estimate of the clean-up costs, from about £11 billion to "
    "£21.5 billion; compensation is now put at £7.9 billion, up from £5.4 billion."
)


def test_values_said_to_rise_that_fall_contradict() -> None:
    status, diffs = verdict("Compensation is now put at £5.4 billion, up from £7.9 billion.", COSTS)
    assert status == "contradicted", diffs
    status, diffs = verdict("Compensation is now put at £7.9 billion, up from £5.4 billion.", COSTS)
    assert status == "ok", diffs
    status, diffs = verdict(
        "The ministry roughly doubled its estimate of the clean-up costs, from about £21.5 "
        "billion to £11 billion.", COSTS,
    )
    assert status == "contradicted", diffs
    status, diffs = verdict(
        "The ministry roughly doubled its estimate of the clean-up costs, from about £11 billion "
        "to £21.5 billion.", COSTS,
    )
    assert status == "ok", diffs


PLAN = (
    "On Friday, Jansen announced his funding plan in an SEC filing that included $25 billion in "
    "loans as well as $22 billion in personal equity."
)


def test_a_claim_giving_both_values_their_own_words_still_moves_one() -> None:
    status, diffs = verdict(
        "In an SEC filing on Friday, Jansen set out a funding plan of $22 billion in loans plus "
        "$25 billion of his own equity.", PLAN,
    )
    assert status == "contradicted", diffs
    status, diffs = verdict(
        "In an SEC filing on Friday, Jansen set out a funding plan of $25 billion in loans plus "
        "$22 billion of his own equity.", PLAN,
    )
    assert status != "contradicted", diffs


ADDITIVE = (
    "The survey found the new timetable saved commuters time, and not just on the busiest "
    "routes. Not only the mayor but also the council backed the plan in 2019."
)


def test_not_only_and_not_just_add_what_they_do_not_deny() -> None:
    same = [
        "The survey found the new timetable saved commuters time beyond the busiest routes.",
        "The council backed the plan in 2019.",
    ]
    for claim in same:
        status, diffs = verdict(claim, ADDITIVE)
        assert status == "ok", (claim, diffs)
    status, diffs = verdict("The council did not back the plan in 2019.", ADDITIVE)
    assert status == "contradicted"
    assert [d.kind for d in diffs] == ["negation"]


ALTERNATIVE = (
    "The new filter may slow the pumps a little, or not at all, in cold weather. Tests showed it "
    "would not wear out within a year."
)


def test_not_as_the_other_side_of_an_alternative_denies_nothing() -> None:
    both_ways(
        ALTERNATIVE,
        same=[
            "The new filter may slow the pumps a little in cold weather, and tests showed it "
            "would not wear out within a year.",
        ],
        changed=[(
            "Tests showed the new filter, which may slow the pumps a little in cold weather, "
            "would wear out within a year.",
            Difference("negation", None, "not"),
        )],
    )
    for text in ("Dozens, if not hundreds, of homes were hit.",
                 "Whether or not the vote passes, the plan stands."):
        assert extract(text, reference=REFERENCE).of("negation") == [], text


def test_not_just_yet_still_negates() -> None:
    status, diffs = verdict(
        "The council has backed the plan.", "The council has not just yet backed the plan."
    )
    assert status == "contradicted" and [d.kind for d in diffs] == ["negation"]


STAGGERED = (
    "The agency has confirmed it will take action from 22 April 2025 against state-licensed "
    "pharmacies which sell copies of the drug and from 22 May 2025 against import "
    "wholesalers which make or sell copies."
)


def test_a_value_whose_own_clause_says_the_claims_subject_keeps_it() -> None:
    _status, diffs = verdict(
        "Import wholesalers that make or sell copies of the drug face agency action "
        "starting on 22 May 2025.",
        STAGGERED,
    )
    assert not [d for d in diffs if d.kind == "date"], diffs
    _status, diffs = verdict(
        "For state-licensed pharmacies that sell copies of the drug, the agency will take "
        "action from 22 May 2025.",
        STAGGERED,
    )
    assert Difference("date", "22 May 2025", "22 April 2025") in diffs


ELLIPSIS = (
    "The winner was one of three Kenyan runners to take major awards on the night and eight to "
    "be nominated."
)


def test_what_a_number_counts_is_no_role_when_the_passage_leaves_it_understood() -> None:
    status, diffs = verdict(
        "Eight Kenyan runners were nominated, and three of them won major awards on the night.",
        ELLIPSIS,
    )
    assert status == "ok", diffs
    status, diffs = verdict("Eight Kenyan runners won major awards on the night.", ELLIPSIS)
    assert status == "contradicted"
    assert Difference("number", "8", "3") in diffs


PLACEBO = (
    '"Zelora significantly reduced the risk of serious heart events, which occurred in 6.5 '
    'percent of participants who received Zelora compared to 8 percent of participants who '
    'received placebo," the agency said.'
)


def test_a_rival_sharing_only_the_claims_names_takes_no_value() -> None:
    _status, diffs = verdict(
        "According to the agency, serious heart events struck 8 percent of placebo recipients "
        "but only 6.5 percent of those given Zelora.",
        PLACEBO,
    )
    assert not [d for d in diffs if d.kind == "number"], diffs
    status, diffs = verdict(
        "Serious heart events occurred in 8 percent of participants who received Zelora.",
        PLACEBO,
    )
    assert status == "contradicted"
    assert Difference("number", "8", "6.5") in diffs


MONTH_OF = (
    "The shortage list says the shortages are over. The shortages were first declared in "
    "August of 2022."
)


def test_a_month_of_a_year_is_that_month() -> None:
    status, diffs = verdict("The shortages were first declared in August 2022.", MONTH_OF)
    assert status == "ok", diffs
    status, diffs = verdict("The shortages were first declared in August 2021.", MONTH_OF)
    assert status == "contradicted"
    assert Difference("date", "August 2021", "August 2022") in diffs


RESPECTIVE = (
    "Labour, the Conservatives and the Liberal Democrats won 412, 121 and 72 seats respectively. "
    "The drugs Zelora and Marvix were added to the shortage list in March 2022 and August 2022, "
    "respectively."
)


def test_values_given_respectively_belong_to_the_names_in_order() -> None:
    both_ways(
        RESPECTIVE,
        same=(
            "The Conservatives won 121 seats.",
            "Labour won 412 seats and the Liberal Democrats won 72.",
            "Zelora was added to the shortage list in March 2022 and Marvix in August 2022.",
            "Zelora and Marvix were added to the shortage list in March and August 2022 "
            "respectively.",
        ),
        changed=(
            ("Labour won 121 seats.", Difference("number", "121", "412")),
            (
                "Zelora was added to the shortage list in August 2022 and Marvix in March 2022.",
                Difference("date", "August 2022", "March 2022"),
            ),
        ),
    )


SHORTAGES = (
    "The agency found supply was available. This came shortly after the shortages of Zelora "
    "and Marvix had been declared over."
)


def test_a_relation_to_the_same_thing_in_other_order_is_opposed() -> None:
    status, diffs = verdict(
        "The finding came shortly before the Zelora and Marvix shortages were declared over.",
        SHORTAGES,
    )
    assert status == "contradicted"
    assert Difference("wording", "before", "after") in diffs
    status, diffs = verdict(
        "The finding came shortly after the Zelora and Marvix shortages were declared over.",
        SHORTAGES,
    )
    assert status == "ok", diffs
    # "A after B" is "B before A": two things related, not one object in another order
    _status, diffs = verdict(
        "Before Dubois, only Marek had scored in two finals in a row.",
        "Dubois is only the second player to score in two finals in a row after Marek.",
    )
    assert not [d for d in diffs if d.kind == "wording" and d.source == "after"], diffs


BARRIERS = (
    "The wider approval could remove barriers from insurers when it comes to covering the drug. "
    "The substitute missed a penalty to bring the match level late on."
)


def test_a_light_word_is_opposed_by_its_own_opposite() -> None:
    status, diffs = verdict(
        "The wider approval could add new barriers to insurers covering the drug.", BARRIERS
    )
    assert status == "contradicted"
    assert Difference("wording", "add", "remove") in diffs
    status, diffs = verdict(
        "The wider approval could remove barriers from insurers covering the drug.", BARRIERS
    )
    assert status != "contradicted", diffs


def test_a_shot_landed_is_not_a_shot_missed() -> None:
    status, diffs = verdict("The substitute landed a late penalty to level the match.", BARRIERS)
    assert status == "contradicted"
    assert Difference("wording", "landed", "missed") in diffs
    status, diffs = verdict(
        "The substitute missed a late penalty that would have levelled the match.", BARRIERS
    )
    assert status == "ok", diffs


DEADLOCK = "Both sides pushed for a winning score, but neither team managed to break the deadlock."


def test_managing_to_do_a_thing_is_doing_it_under_a_negation() -> None:
    status, diffs = verdict(
        "Both sides pushed for a winning score, but neither broke the deadlock.", DEADLOCK
    )
    assert status == "ok", diffs
    status, diffs = verdict("One of the teams broke the deadlock.", DEADLOCK)
    assert status == "contradicted"
    assert [d.kind for d in diffs] == ["negation"]


TACKLES = (
    "974 - The number of tackles made by Hull in the tournament, more than any other team "
    "(Leeds were next best, with 874)."
)


def test_two_values_given_to_each_others_owners_contradict() -> None:
    status, diffs = verdict(
        "Leeds made 974 tackles in the tournament, more than any other team, with Hull next on "
        "874.",
        TACKLES,
    )
    assert status == "contradicted"
    assert Difference("number", "974", "874") in diffs
    status, diffs = verdict(
        "Hull made 974 tackles in the tournament, more than any other team, with Leeds next on "
        "874.",
        TACKLES,
    )
    assert status == "ok", diffs


POINTS_LIST = (
    "Sato is third on the all-time list. Ortiz of Chile (227) is second, and "
    "Brandt (277) leads the way."
)


def test_a_place_said_with_is_agrees_and_differs() -> None:
    status, diffs = verdict("Ortiz is second on the all-time list with 227.", POINTS_LIST)
    assert status == "ok", diffs
    status, diffs = verdict("Ortiz is fourth on the all-time list with 227.", POINTS_LIST)
    assert status == "contradicted"
    assert [d.kind for d in diffs] == ["ordinal"]


DIET = (
    "It is recommended for use together with a reduced calorie diet and increased physical "
    "activity."
)


def test_a_synonym_beside_the_claim_words_neighbour_is_no_opposite() -> None:
    status, diffs = verdict(
        "The drug is to be taken alongside a lower-calorie diet and more physical activity.",
        DIET,
    )
    assert status != "contradicted", diffs
    assert Difference("wording", "lower", "increased") not in diffs
    status, diffs = verdict(
        "It is recommended for use together with a reduced calorie diet and decreased "
        "physical activity.",
        DIET,
    )
    assert status == "contradicted"
    assert Difference("wording", "decreased", "increased") in diffs


TACKLES_MADE = "The flanker made 28 tackles in the final, more than anyone on the pitch."


def test_a_number_outside_a_claimed_range_contradicts_it() -> None:
    status, diffs = verdict(
        "The flanker made between 20 and 25 tackles in the final.", TACKLES_MADE
    )
    assert status == "contradicted"
    assert Difference("range", "20–25", "28") in diffs
    # inside it, the range says less than the passage, nothing against it
    status, diffs = verdict(
        "The flanker made between 25 and 30 tackles in the final.", TACKLES_MADE
    )
    assert status != "contradicted", diffs
    status, diffs = verdict(
        "The gross margin was between 70% and 80% in 2023.", "The gross margin was 84.6% in 2023."
    )
    assert status == "contradicted"
    assert [d.kind for d in diffs] == ["range"]


VIEWERS = "Final, Varnak Arena\nAttendance: 61,500\nUS TV viewership of the final: 48.3 million"


def test_a_range_that_names_no_unit_meets_the_one_number_of_its_evidence() -> None:
    both_ways(
        VIEWERS,
        same=["US TV viewership of the final was 48.3 million."],
        changed=[
            ("US TV viewership of the final was between 45 million and 47 million.",
             Difference("range", "45,000,000–47,000,000", "48,300,000")),
            ("US TV viewership of the final was between 40 million and 42 million.",
             Difference("range", "40,000,000–42,000,000", "48,300,000")),
        ],
    )  # fmt: skip
    # inside the range: less said than the passage says, nothing against it
    status, diffs = verdict(
        "US TV viewership of the final was between 47 million and 50 million.", VIEWERS
    )
    assert status != "contradicted", diffs


def test_a_range_that_names_no_unit_is_no_match_for_a_number_of_something_else() -> None:
    # the one number of the passage counts years; the claim's range says nothing of years
    passage = (
        "Over the first nine years of the period, the review found, the victims of the "
        "Kestria ring were failed by the council."
    )
    status, diffs = verdict("Most victims of the Kestria ring were aged between 13 and 15.",
                            passage)  # fmt: skip
    assert status != "contradicted", diffs


SEATS_UP = "Labour won 412 seats, up from 202, while the Conservatives fell to 121."


def test_an_earlier_level_after_the_counted_word_is_not_the_level() -> None:
    for claim in ("Labour won 412 seats.", "Labour won 412 seats, up from 202."):
        status, diffs = verdict(claim, SEATS_UP)
        assert status == "ok", (claim, diffs)
    status, diffs = verdict("Labour won 202 seats.", SEATS_UP)
    assert status == "contradicted"
    assert Difference("number", "202", "412") in diffs


COMPARED_RIVER = (
    "The firm cut 3,000 jobs last year. The river is 120 km long, shorter than the Thames."
)


def test_comparative_opposites_and_jobs_added_or_cut() -> None:
    both_ways(
        COMPARED_RIVER,
        same=(
            "The firm cut 3,000 jobs last year.",
            "The river, 120 km long, is shorter than the Thames.",
        ),
        changed=(
            ("The firm added 3,000 jobs last year.", Difference("wording", "added", "cut")),
            (
                "The river, 120 km long, is longer than the Thames.",
                Difference("wording", "longer", "shorter"),
            ),
        ),
    )


MARATHON_CITIES = (
    "Okoth ran 2:04:10 in Lyon, beating the record Ndiaye set in Oslo. The company is "
    "based in Austin, Texas, and was founded in Sunnyvale, California."
)


def test_a_name_put_in_another_names_place_contradicts() -> None:
    both_ways(
        MARATHON_CITIES,
        same=("Okoth ran 2:04:10 in Lyon.", "The company was founded in Sunnyvale."),
        changed=(
            ("Okoth ran 2:04:10 in Oslo.", Difference("name", "Oslo", "Lyon")),
            (
                "The company is based in Sunnyvale, California.",
                Difference("name", "Sunnyvale California", "Austin Texas"),
            ),
        ),
    )


FOURTH_TIME = (
    "Leeds became the first club to win the title for the fourth time, after 1992, 2001 and "
    "2015."
)


def test_an_ordinal_ranking_another_thing_is_no_rival() -> None:
    status, diffs = verdict(
        "Leeds's fourth title came after those of 1992, 2001 and 2015.", FOURTH_TIME
    )
    assert status == "ok", diffs
    status, diffs = verdict(
        "Leeds's fifth title came after those of 1992, 2001 and 2015.", FOURTH_TIME
    )
    assert status == "contradicted"
    assert Difference("ordinal", "5th", "4th") in diffs


OUTCOME = "Both tries came in the 32-12 victory over Wales in 2019."


def test_a_defeat_of_the_loser_is_the_victory_over_it() -> None:
    status, diffs = verdict("Both tries came in the 32-12 defeat of Wales in 2019.", OUTCOME)
    assert status == "ok", diffs
    status, diffs = verdict("Both tries came in the 32-12 defeat by Wales in 2019.", OUTCOME)
    assert status == "contradicted"
    assert Difference("wording", "defeat", "victory") in diffs


def test_not_just_in_its_own_clause_still_negates() -> None:
    passage = "Moreau, who had set a national junior record, was disqualified."
    status, diffs = verdict(
        "Moreau, who had not just set a national junior record, was disqualified.", passage
    )
    assert status == "contradicted"
    assert [d.kind for d in diffs] == ["negation"]
    status, diffs = verdict(
        "The champion is not only the second player to score three goals in a final.",
        "The champion is only the second player to score three goals in a final.",
    )
    assert status == "contradicted"
    assert [d.kind for d in diffs] == ["negation"]


@pytest.mark.parametrize(
    ("said", "claimed"),
    [
        ("acquired", "sold"), ("entered", "exited"), ("improved", "worsened"),
        ("extended", "shortened"), ("resumed", "halted"), ("climbed", "slipped"),
        ("beat", "missed"), ("launched", "scrapped"), ("lacked", "had"), ("closed", "reopened"),
    ],
)
def test_deeds_turned_into_their_opposite_contradict(said: str, claimed: str) -> None:
    sentence = "The company {} its forecast for 2024 on Tuesday, its chief executive said."
    status, diffs = verdict(sentence.format(claimed), sentence.format(said))
    assert status == "contradicted"
    assert Difference("wording", claimed, said) in diffs
    status, diffs = verdict(sentence.format(said), sentence.format(said))
    assert status == "ok", diffs


PARALLEL_CHANGES = "Sales rose in 2023 and profit fell. Costs doubled in 2022 and debt tripled."


def test_a_deed_said_in_the_clause_joined_to_the_value_is_said() -> None:
    both_ways(
        PARALLEL_CHANGES,
        same=("Profit fell in 2023.", "Debt tripled in 2022.", "Sales rose in 2023."),
        changed=(
            ("Profit rose in 2023.", Difference("wording", "rose", "fell")),
            ("Debt doubled in 2022.", Difference("wording", "doubled", "tripled")),
            ("Costs tripled in 2022.", Difference("wording", "tripled", "doubled")),
        ),
    )


TWO_DAYS = "Shares fell 60% on Thursday before trading was halted on Friday."


def test_a_day_given_to_the_deed_the_passage_dates_otherwise_contradicts() -> None:
    both_ways(
        TWO_DAYS,
        same=("Shares fell 60% on Thursday.", "Trading was halted on Friday."),
        changed=(
            ("Shares fell 60% on Friday.", Difference("weekday", "friday", "thursday")),
            ("Trading was halted on Thursday.", Difference("weekday", "thursday", "friday")),
        ),
    )


RANKED_UP = (
    "The firm ranked 12th on the list, up from 15th, and its turnover was $2bn, down from $3bn."
)


def test_an_earlier_place_or_level_said_after_its_words_is_not_the_current_one() -> None:
    both_ways(
        RANKED_UP,
        same=("The firm ranked 12th on the list.", "Its turnover was $2bn."),
        changed=(
            ("The firm ranked 15th on the list.", Difference("ordinal", "15th", "12th")),
            ("Its turnover was $3bn.", Difference("number", "3,000,000,000", "2,000,000,000")),
        ),
    )


def test_a_word_of_lack_negates_like_not() -> None:
    # "free of", "lack", "devoid of", "the absence of" say that something is missing, as "no"
    # and "without" do: the same in other words agrees, the thing present contradicts
    both_ways(
        "Of the 52 hives inspected, 47 have been free of mites for at least a season.",
        same=["Of the 52 hives inspected, 47 have gone at least a season without mites."],
        changed=[("Of the 52 hives inspected, 47 have gone at least a season with mites.",
                  Difference("negation", None, "free of"))],
    )
    both_ways(
        "The grant is open to farmers who have small holdings and lack irrigation.",
        same=["The grant is open to farmers who have small holdings and no irrigation."],
        changed=[("The grant is open to farmers who have small holdings and irrigation.",
                  Difference("negation", None, "lack"))],
    )


def test_a_gratis_service_is_no_lack() -> None:
    status, _ = verdict("The service is free for all residents.",
                        "The service is free of charge for all residents.")
    assert status == "ok"


def test_agents_listed_in_another_order_are_the_same_agents() -> None:
    both_ways(
        "The engine, designed by Ivo Rask and Lena B. Moor, won the award.",
        same=["The engine that won the award was designed by Lena B. Moor and Ivo Rask."],
        changed=[],
    )
    status, diffs = verdict("The review was led by Una Lee, with Lord Hale as her deputy.",
                            "The review was led by Lord Hale, with Una Lee as his deputy.")
    assert status == "contradicted" and Difference("name", "Una Lee", "Lord Hale") in diffs


def test_a_word_read_as_more_of_a_small_word_has_not_its_opposite() -> None:
    # "offer" is no comparative of "off", so no opposite of "on"
    status, diffs = verdict("The council will offer the permits under a lottery scheme.",
                            "The permits will be made available on the council's site under a "
                            "lottery scheme.")
    assert not any(d.kind == "wording" and d.source == "on" for d in diffs), diffs
    assert status != "contradicted"


def test_a_whole_and_a_half_in_words_is_one_value() -> None:
    both_ways(
        "Almost 80% of the saplings were still alive around 3.5 years later.",
        same=["Nearly 80% of the saplings were still alive about three and a half years later."],
        changed=[("Nearly 80% of the saplings were still alive about four and a half years later.",
                  Difference("number", "about 4.5", "about 3.5"))],
    )
    facts = extract("one and a half million people, but one of them", reference=REFERENCE)
    assert [(f.text, f.value) for f in facts.of("number")] == [
        ("one and a half million", 1_500_000)
    ]


def test_a_respectively_list_gives_values_to_names_set_off_by_a_comma_in_the_claim() -> None:
    both_ways(
        "Behind him, Una Tibbs and Tom Arkell came in fifth and sixth position, down 3:26 "
        "and 5:08 to the winner, respectively.",
        same=["Una Tibbs was fifth, 3:26 behind the winner, and Tom Arkell sixth at 5:08."],
        changed=[("Una Tibbs was fifth, 5:08 behind the winner, and Tom Arkell sixth at 3:26.",
                  Difference("time", "5:08", "3:26"))],
    )


def test_statements_with_subjects_in_small_letters_swapped_contradict() -> None:
    passage = ("Wheat rust is most common on farms of the Baltic coast, while stem blight is a "
               "disease that is common on farms of Iberian and Sardinian valleys.")
    both_ways(
        passage,
        same=["Wheat rust is most common on farms of the Baltic coast, while stem blight is "
              "common on farms of Iberian valleys."],
        changed=[],
    )
    status, diffs = verdict(
        "Stem blight is most common on farms of the Baltic coast, while wheat rust is common on "
        "farms of Iberian valleys.", passage)
    assert status == "contradicted" and any(d.kind == "name" for d in diffs), diffs

def test_an_amount_before_more_than_is_a_comparison_not_a_bound() -> None:
    # "101% more than a year before": the year is no bound; "more than a year later" is
    facts = extract("Revenue was 101% more than a year before.", reference=REFERENCE)
    assert [f.comparator for f in facts.of("number")] == [None, None]
    facts = extract("It came more than a year later.", reference=REFERENCE)
    assert [f.comparator for f in facts.of("number")] == [">"]
    facts = extract("Sales were three times more than 500 units.", reference=REFERENCE)
    assert all(f.comparator is None for f in facts.of("number"))


def test_plus_or_minus_is_a_margin_not_a_negative_value() -> None:
    passage = "Output will come in at about 40 million tonnes, plus or minus 3%."
    both_ways(
        passage,
        same=["Output will come in at about 40 million tonnes, give or take 3%."],
        changed=[("Output will come in at about 40 million tonnes, give or take 6%.",
                  Difference("number", "6", "3"))],
    )
    assert [f.value for f in extract("minus 233C").of("number")] == [-233]


def test_a_date_before_of_is_no_whole_a_part_is_counted_from() -> None:
    # "ended March 31, 2017, of $2.64 billion": not "48 of the 59"
    both_ways(
        "The firm reported sales for the half-year ended March 31, 2017, of $2.64 billion.",
        same=["Sales for the half-year that ended on March 31, 2017, were $2.64 billion."],
        changed=[("Sales for the half-year that ended on March 31, 2017, were $2.46 billion.",
                  Difference("number", "2,460,000,000", "2,640,000,000"))],
    )


def test_last_before_a_time_is_the_one_before_not_the_opposite_of_first() -> None:
    passage = "The ferries were ordered after the port introduced its first limits last October."
    status, diffs = verdict(
        "The ferries were ordered after the port introduced its first limits the previous October.",
        passage)
    assert not any(d.kind == "wording" and d.source == "last" for d in diffs), diffs
    assert status == "ok"
    status, diffs = verdict("He finished first in the race.", "He finished last in the race.")
    assert status == "contradicted" and Difference("wording", "first", "last") in diffs


def test_a_list_of_names_then_a_list_of_values_is_read_in_order() -> None:
    # no "respectively" on either side: the lists go in order
    both_ways(
        "The two new ferries, Aldra and Brisk, will cost $4.4 million and $5.7 million.",
        same=["Aldra will cost $4.4 million and Brisk $5.7 million."],
        changed=[("Aldra will cost $5.7 million and Brisk $4.4 million.",
                  Difference("number", "5,700,000", "4,400,000"))],
    )
    status, diffs = verdict(
        "Two of the starters, Una Biss and Tom Dill, reached the finish in 84th and 113th place.",
        "Of the riders who started, Una Biss and Tom Dill finished the race in 84th and 113th "
        "place respectively.")
    assert status != "contradicted", diffs


def test_a_respectively_list_reads_past_a_team_in_brackets_after_each_name() -> None:
    both_ways(
        "Behind him, Una Tibbs (Acme Cycling) and Tom Arkell (Norda Team) came in fifth and "
        "sixth position, down 3:26 and 5:08 to the winner, respectively.",
        same=["Una Tibbs was fifth, 3:26 behind the winner, and Tom Arkell sixth at 5:08."],
        changed=[("Una Tibbs was fifth, 5:08 behind the winner, and Tom Arkell sixth at 3:26.",
                  Difference("time", "5:08", "3:26"))],
    )


def test_a_respectively_list_of_measures_with_their_units_conversions_and_descriptions() -> None:
    # the unit written after each value, a conversion in brackets, a description set off by
    # commas after a name: one list of names and one of values still
    for passage in (
        "Ada Lenz and Tom Kray gave 150 million euros and 90 million euros respectively.",
        "Ada Lenz, head of the Omnix foundation, and Tom Kray, who gave 150 million euros "
        "(£130 million) and a reported 90 million euros (£78 million) respectively, were "
        "thanked.",
    ):
        status, diffs = verdict("Kray gave 150 million euros and Lenz 90 million euros.",
                                passage)
        assert status == "contradicted", (passage, diffs)
        assert verdict("Lenz gave 150 million euros and Kray 90 million euros.",
                       passage)[0] == "ok", passage
    # two values in different units are no list read in order
    status, _ = verdict("Kestria reported 12 deaths.",
                        "Kestria and Norvia reported 300 cases and 12 deaths.")
    assert status != "contradicted"


def test_two_kinds_of_one_thing_swapped_across_a_turn_are_a_difference() -> None:
    passage = ("Vela said: \u201cWe had come here hoping to win the cup title but in the end we "
               "won the league title.\u201d")
    status, diffs = verdict(
        "Vela said they had come to win the league title but in the end won the cup title.",
        passage,
    )
    assert status == "contradicted", diffs
    assert Difference("wording", "league title … cup title", "cup title … league title") in diffs
    assert verdict(
        "Vela said they had come to win the cup title but in the end won the league title.",
        passage,
    )[0] == "ok"
    # joined by "and", the two kinds are listed, not set against each other
    assert verdict("In Lund Vela won a league title and a cup title.",
                   "In Lund Vela won a cup title and a league title.")[0] == "ok"


def test_a_claims_list_of_names_the_passages_list_lacks_is_read_without_error() -> None:
    status, _ = verdict(
        "Una Vale and Rafe Dunn won 22 and 14 titles.",
        "Una Vale and Tom Hart won 22 and 20 titles respectively, and Rafe Dunn won 14.")
    assert status in ("ok", "contradicted", "missing")


def test_two_nots_of_one_statement_in_other_words_partner_each_other() -> None:
    passage = ("The label's management has not publicly released streaming revenue for the "
               "album, but the trade paper Chartwise has estimated it at more than $90 million.")
    status, diffs = verdict(
        "The label's management has not disclosed what the album made in streaming revenue, "
        "but Chartwise estimates it at more than $90 million.", passage)
    assert not any(d.kind == "negation" for d in diffs), diffs
    assert status != "contradicted"
    # a "not" of something the claim does not speak of partners nothing
    status, diffs = verdict("The team did not win the final.",
                            "The team won the final but did not retain the cup.")
    assert status == "contradicted" and any(d.kind == "negation" for d in diffs), diffs


def test_a_not_in_an_aside_partners_no_not_of_what_the_claim_denies() -> None:
    # the passage's "not" speaks only of the claim's subject, said before the claim's "not"
    passage = ("Dubbed a mini-plan by the press (it not being a formal plan), the Varnak "
               "package cut fuel duty, froze rents and scrapped the proposed Kestria levy.")
    both_ways(
        passage,
        same=["The Varnak mini-plan scrapped the proposed Kestria levy."],
        changed=[("The Varnak mini-plan did not scrap the proposed Kestria levy.",
                  Difference("negation", "not", None))],
    )
    # a "not" of what follows the claim's own partners it, in other words
    status, diffs = verdict(
        "The Varnak package has not disclosed what the levy raised in rents.",
        "The Varnak package has not publicly released the rents the levy raised.")
    assert not any(d.kind == "negation" for d in diffs), diffs
    assert status != "contradicted", diffs


def test_a_deed_the_passage_says_only_under_a_denial_is_denied_wherever_the_denial_stands() -> None:
    # the claim's words line up with the sentence before; its verb stands only in the quote
    passage = ("Morning notes.\n\nKray still uses the Omnix app: he checks it every day. He "
               "said, \u201cI don't fully trust it because it can freeze, but it is quick.\u201d"
               "\n\nSign up for our newsletter")
    both_ways(
        passage,
        same=["Kray said he does not fully trust the Omnix app.",
              "Kray still uses the Omnix app."],
        changed=[("Kray said he trusts the Omnix app.", Difference("negation", None, "n't"))],
    )
    # said elsewhere without the denial, the deed stands
    status, diffs = verdict(
        "Vance trusts the Omnix app for work.",
        "Vance trusts the Omnix app for work. He said he doesn't trust it for paying bills.")
    assert status == "ok", diffs
    # ... and so it does said elsewhere in another form of the word ("findings" / "found")
    passage = ("\u201cBased on findings at the Lund depot, the blaze appears to have started in a "
               "loading bay,\u201d the fire service said. \u201cTests by the Vela laboratory "
               "have not found traces of fuel that would point to arson.\u201d")
    both_ways(
        passage,
        same=["Judging by what was found at the Lund depot, the fire service said the blaze "
              "appears to have started in a loading bay."],
        changed=[("Tests by the Vela laboratory have found traces of fuel.",
                  Difference("negation", None, "not"))],
    )


def test_a_value_the_claim_says_twice_is_the_passages_value_both_times() -> None:
    # the second mention's words ("channel ... spectrometric") fit another value's clause
    # better; it is still the value the first mention found
    passage = ("The spectral channels operate at 410.5 nm, 655.2 nm, and 980.7 nm within a "
               "field of 1.2 to 1.8 solar radii.")
    claim = ("The channels work at 410.5 nm, 655.2 nm and 980.7 nm, and the {} nm infrared "
             "channel also has a spectrometric mode.")
    assert not any(d.kind == "number" for d in differences(claim.format("980.7"), passage))
    assert Difference("number", "990.7", None) in differences(claim.format("990.7"), passage)


def value_held(passage: str, claim: str, value: str, other: str) -> None:
    """``claim`` (a template) with the passage's ``value`` is not contradicted on any number;
    with ``other``, a value the passage gives something else, it is contradicted by ``value``."""
    status, diffs = verdict(claim.format(value), passage)
    assert status != "contradicted" and not any(d.kind == "number" for d in diffs), diffs
    status, diffs = verdict(claim.format(other), passage)
    assert status == "contradicted", diffs
    assert Difference("number", other, value) in diffs


def test_a_value_in_the_sentence_with_the_claims_other_values_has_no_rival_in_the_next() -> None:
    # the claim's role word ("rate") stands beside the next sentence's value, but the claim's
    # own value stands with its other values (17, 19, 1979)
    passage = ("Kelso Racing won 17 out of 19 Grands Prix, breaking the team record for highest "
               "percentage of Grand Prix wins in a season at 89.47%,[4] beating Brellin's 1979 "
               "season. Vance also broke the record for the highest Grand Prix win percentage "
               "for drivers, with a win rate percentage of 81.25%, beating the previous record "
               "set by Tam Lenz in 1961.[5]")
    claim = ("By taking 17 of the 19 Grands Prix, a {}% success rate, Kelso Racing set a new "
             "team record for the share of races won in a season, beating Brellin's 1979 "
             "campaign.")
    value_held(passage, claim, "89.47", "81.25")


def test_a_value_is_held_by_the_sentence_naming_its_owner_not_the_one_about_other_names() -> None:
    passage = ("Kray surpassed Omar Lenz-Harlow who has 41,206 points. Vance Brask is third on "
               "the list with 37,514. Tam Kelso is fourth with 34,870 and Ola Dunn is fifth with "
               "31,905.")
    claim = ("Behind Kray and Lenz-Harlow, Vance Brask sits third with {} points, ahead of Tam "
             "Kelso (34,870) and Ola Dunn (31,905).")
    # the leader's total given to the third: contradicted
    value_held(passage, claim, "37,514", "41,206")


def test_two_values_written_as_one_figure_are_no_rivals_of_each_other() -> None:
    passage = ("Kestria were reeling at 41/3 in a 305-run chase when Vance arrived to bat, and "
               "had further sunk to 83/6 when he was joined by captain Tam Lenz.")
    claim = ("Captain Tam Lenz joined Vance with Kestria down to 83 for {} and blocked while "
             "Vance attacked.")
    assert not any(d.kind == "number" for d in differences(claim.format("6"), passage))
    assert Difference("number", "7", "6") in differences(claim.format("7"), passage)


def test_and_joins_number_words_only_after_a_scale_word() -> None:
    # "five and six" of a list are two numbers, not eleven; "hundred and fifty" is one
    passage = "With stage wins four, five and six, Brask took his tally to 17 victories."
    assert [f.value for f in extract(passage).of("number")] == [4, 5, 6, 17]
    assert differences("Brask won stages five and six.", passage) == []
    assert any(d.kind == "number" and d.claim == "11"
               for d in differences("Brask won 11 stages.", passage))
    assert [f.value for f in extract("a hundred and fifty homes").of("number")] == [150]


def test_a_doer_whose_sentence_holds_the_claims_values_keeps_the_deed_another_does_too() -> None:
    passage = ("Kestria quarterback Omar Kray completed 25-of-41 passes for 271 yards and a "
               "touchdown. Running back Tam Vance rushed for 64 yards on 17 carries. Receiver "
               "Ola Lenz threw a touchdown pass and had a receiving touchdown on four catches.")
    status, diffs = verdict("Omar Kray threw for 271 yards and one touchdown, completing 25 "
                            "of his 41 attempts.", passage)  # fmt: skip
    assert status == "ok", diffs
    # the deed with no value of the claim's told: still the other's
    status, diffs = verdict("Omar Kray threw a touchdown pass and had a receiving touchdown.",
                            passage)  # fmt: skip
    assert status == "contradicted", diffs
    assert Difference("name", "Omar Kray threw", "Receiver Ola Lenz threw") in diffs


def test_a_time_marked_hrs_is_read_on_the_24_hour_clock() -> None:
    assert Difference("time", "21:57", "21:47") in differences(
        "The lander touched down at 9.57 pm.", "The lander touched down at 2147 hrs.")
    # with no word of time nor zone, "2.30 hrs" may be a duration: left a number
    assert [f.kind for f in extract("The flight takes 2.30 hrs.").facts] == ["number"]


def test_a_name_opening_the_claim_where_the_sentence_opens_with_another_contradicts() -> None:
    # the sentence before names both firms; the passage's sentence gives the deed to one
    source = ("The ban also covers two start-ups, Zorvex Labs and Quintar Systems. Quintar said "
              "that it is strongly opposed to the ruling and has urged the agency to review it.")
    status, diffs = verdict("Zorvex Labs said it was strongly opposed to the ruling and urged "
                            "the agency to review it.", source)
    assert status == "contradicted", diffs
    assert Difference("name", "Zorvex Labs", "Quintar") in diffs
    status, diffs = verdict("Quintar said it was strongly opposed to the ruling and urged the "
                            "agency to review it.", source)
    assert status == "ok", diffs
    # a common word opening the claim is no name
    status, diffs = verdict("Officials said it was strongly opposed to the ruling and urged the "
                            "agency to review it.", source)
    assert not any(d.kind == "name" and d.source == "Quintar" for d in diffs), diffs


def test_statements_whose_subjects_are_placed_nouns_swapped_contradict() -> None:
    passage = "Exports to Norland grew 8%, while imports from Norland shrank 3%."
    both_ways(
        passage,
        same=["Imports from Norland shrank 3%, and exports to Norland grew 8%."],
        changed=[("Exports to Norland shrank 3%, while imports from Norland grew 8%.",
                  Difference("name", "Exports", "imports"))],
    )


def test_a_named_agent_given_the_deed_of_an_agent_with_no_name_contradicts() -> None:
    both_ways(
        "The report was commissioned by the health ministry and written by Dr Ana Vey.",
        same=["The report, written by Dr Ana Vey, was commissioned by the health ministry."],
        changed=[("The report was commissioned by Dr Ana Vey and written by the health ministry.",
                  Difference("name", "Dr Ana Vey", "the health ministry"))],
    )


def test_values_whose_clauses_fit_their_own_counterparts_are_not_swapped() -> None:
    # the word right next to each value ("people") says less than its clause ("charged with
    # rioting", "arrests")
    status, diffs = verdict(
        "Nine people were charged with rioting after 14 arrests, according to police.",
        "Police said 14 people were arrested and nine of them were charged with rioting.")
    assert status == "ok", diffs


def test_a_defeat_said_from_the_other_side_is_the_same_defeat() -> None:
    passage = "Kelso won their third title in five years, beating Harlow 2-1 in the final."
    both_ways(
        passage,
        same=["Harlow lost 2-1 to Kelso in the final.", "Kelso beat Harlow 2-1 in the final."],
        changed=[("Harlow won 2-1 in the final.",
                  Difference("wording", "Harlow won", "beating Harlow")),
                 ("Harlow beat Kelso in the final.",
                  Difference("wording", "Harlow beat", "beating Harlow"))],
    )


def test_a_win_given_to_the_side_the_passage_has_lose() -> None:
    both_ways(
        "Harlow lost 2-1 to Kelso in the semi-final, ending a run of 19 games unbeaten.",
        same=["Kelso beat Harlow 2-1 in the semi-final.",
              "Kelso defeated Harlow 2-1 in the semi-final."],
        changed=[("Harlow defeated Kelso 2-1 in the semi-final.",
                  Difference("wording", "Harlow defeated", "Harlow lost")),
                 ("Harlow beat Kelso in the semi-final.",
                  Difference("wording", "Harlow beat", "Harlow lost"))],
    )
    both_ways(
        "Harlow were narrowly beaten by Kelso in the final.",
        same=["Kelso beat Harlow in the final."],
        changed=[("Harlow beat Kelso in the final.",
                  Difference("wording", "Harlow beat", "Harlow were narrowly beaten"))],
    )


def test_a_verb_of_extent_before_over_is_no_bound() -> None:
    both_ways(
        "More than 2,000 people were evacuated as the fire spread across 40 square miles.",
        same=["The fire spread over 40 square miles, and over 2,000 people were evacuated."],
        changed=[("The fire spread over 50 square miles, and over 2,000 people were evacuated.",
                  Difference("number", "50", "40"))],
    )


def test_a_rounded_or_bounded_figure_says_the_exact_one_within_its_rounding() -> None:
    passage = "Profit rose 34% to $3.47 billion in the first quarter."
    both_ways(
        passage,
        same=["Profit rose to about $3.5 billion in the first quarter.",
              "Profit rose to nearly $3.5 billion in the first quarter.",
              "Profit rose to more than $3.4 billion in the first quarter.",
              "Profit rose about a third, to $3.47 billion, in the first quarter."],
        changed=[("Profit rose to nearly $3.6 billion in the first quarter.",
                  Difference("number", "almost 3,600,000,000", "3,470,000,000")),
                 ("Profit rose to more than $4 billion in the first quarter.",
                  Difference("number", "more than 4,000,000,000", "3,470,000,000")),
                 ("Profit rose to more than $3.47 billion in the first quarter.",
                  Difference("comparator", "more than 3,470,000,000", "3,470,000,000"))],
    )


def test_a_count_of_a_whole_is_the_share_of_it_said_in_words() -> None:
    both_ways(
        "Half of the 40 patients improved after 12 weeks of treatment.",
        same=["After 12 weeks of treatment, 20 of the 40 patients had improved."],
        changed=[("After 12 weeks of treatment, 21 of the 40 patients had improved.",
                  Difference("number", "21", "half"))],
    )


def test_a_title_both_names_share_does_not_make_them_one_name() -> None:
    passage = ("Judge Harrow sentenced Vey to six years; Vey's lawyer, Amos Kent, said he would "
               "appeal.")
    both_ways(
        passage,
        same=["Judge Harrow sentenced Vey to six years."],
        changed=[("Judge Kent sentenced Vey to six years.",
                  Difference("name", "Judge Kent", "Judge Harrow"))],
    )


def test_a_loose_time_beside_the_exact_one_is_the_same_time() -> None:
    both_ways(
        "The first tanker docked earlier this month on June 3, the harbour master said.",
        same=["The first tanker docked on June 3, the harbour master said."],
        changed=[("The first tanker docked on June 5, the harbour master said.",
                  Difference("date", "5 June 2019", "3 June 2019"))],
    )
    # the loose time is the tanker's, the exact one another ship's: not said, not against it
    status, diffs = verdict(
        "The first tanker docked on June 3.",
        "The first tanker docked earlier this month, the harbour master said, and the first "
        "ferry sailed on June 3.",
    )
    assert status == "missing", diffs
    assert Difference("date", "3 June 2019", None) in diffs


def test_a_value_for_each_of_two_things_reads_both() -> None:
    both_ways(
        "The licence is priced at $900 a year per seat.",
        same=["Licence price: $900 per seat per year."],
        changed=[("Licence price: $900 per seat per month.",
                  Difference("unit", "$900 per seat per month", "$900 per year per seat"))],
    )
    # one of the two said is less, not other
    status, _ = verdict("The licence is priced at $900 a year.",
                        "The licence is priced at $900 a year per seat.")
    assert status == "ok"


def test_names_each_with_its_value_in_brackets_are_read_in_order() -> None:
    passage = "Inspectors in Dunmore (May 9) and Kelby (May 16) have cleared the design."
    both_ways(
        passage,
        same=["Inspectors in Dunmore and Kelby cleared the design on May 9 and May 16 "
              "respectively.",
              "Inspectors in Kelby cleared the design on May 16."],
        changed=[("Inspectors in Dunmore and Kelby cleared the design on May 16 and May 9 "
                  "respectively.", Difference("date", "16 May 2019", "9 May 2019")),
                 ("Inspectors in Kelby cleared the design on May 9.",
                  Difference("date", "9 May 2019", "16 May 2019"))],
    )


def test_two_people_each_given_the_others_description_contradict() -> None:
    both_ways(
        "The directors are Tom Reyes, the former chair of Brindle Foods; Una Volk, the former "
        "mayor; and Jo Park, the chief of Kestrel.",
        same=["The directors include Tom Reyes, the former chair of Brindle Foods, and Una "
              "Volk, the former mayor."],
        changed=[("The directors include Una Volk, the former chair of Brindle Foods, and Tom "
                  "Reyes, the former mayor.", Difference("name", "Una Volk", "Tom Reyes"))],
    )


def test_a_deed_between_two_names_reversed_in_either_voice_contradicts() -> None:
    passage = "Orvez was invited to inspect the site on Monday by his deputy Tom Yoon."
    both_ways(
        passage,
        same=["Yoon invited Orvez to inspect the site on Monday.",
              "Orvez had been invited by Yoon to inspect the site on Monday."],
        changed=[("Yoon had been invited by Orvez to inspect the site on Monday.",
                  Difference("name", "Orvez invited Yoon", "Yoon invited Orvez")),
                 ("Orvez invited Yoon to inspect the site on Monday.",
                  Difference("name", "Orvez invited Yoon", "Yoon invited Orvez"))],
    )


@pytest.mark.parametrize(
    ("claim", "agrees"),
    [
        ("Lenz served as mayor of Varnak for eight years.", True),
        ("Lenz was mayor of Varnak for 8 years.", True),
        ("Lenz served as mayor of Varnak for twelve years.", False),
        ("Lenz served as mayor of Varnak for nine years.", False),
    ],
)
def test_a_count_of_years_is_the_length_of_the_span_the_passage_gives(
    claim: str, agrees: bool
) -> None:
    status, diffs = verdict(claim, "Lenz served as mayor of Varnak from 2004 to 2012.")
    assert (status == "ok") == agrees, diffs


@pytest.mark.parametrize(
    ("claim", "agrees"),
    [
        # a bound or "about" in another unit: the passage's value converted, against the
        # rounding of the claim's figure
        ("The Kestria strike lasted nearly two weeks.", True),
        ("The Kestria strike lasted nearly three weeks.", False),
        ("The Kestria strike lasted more than two weeks.", False),
    ],
)
def test_a_bounded_value_in_another_unit_is_compared_converted(claim: str, agrees: bool) -> None:
    status, diffs = verdict(claim, "The Kestria strike lasted 12 days, the union said.")
    assert (status == "ok") == agrees, diffs
    if not agrees:
        assert status == "contradicted", diffs


def test_about_a_figure_is_never_the_same_figure_in_another_unit() -> None:
    passage = "The Vance trail is 10 km long."
    status, diffs = verdict("The Vance trail is about 10 miles long.", passage)
    assert status == "contradicted", diffs
    assert verdict("The Vance trail is about 6 miles long.", passage)[0] == "ok"


@pytest.mark.parametrize(
    ("claim", "agrees"),
    [
        ("About 18,800 adults in the Vela study received the drug.", True),
        ("18,807 adults in the Vela study received the drug.", True),
        ("About 25,000 adults in the Vela study received the drug.", False),
        ("About 12,500 adults in the Vela study received the drug.", False),
    ],
)
def test_a_share_of_a_count_just_given_is_a_count(claim: str, agrees: bool) -> None:
    # "37,614 adults, half of whom": a count of its own, within the claim's rounding
    status, diffs = verdict(
        claim, "The Vela study enrolled 37,614 adults, half of whom received the drug."
    )
    assert status == ("ok" if agrees else "contradicted"), diffs


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("Kray won the Varnak title at the age of 34.", "ok"),
        ("Kray, aged 34, won the Varnak title.", "ok"),
        ("Kray won the Varnak title at the age of 35.", "contradicted"),
    ],
)
def test_an_age_in_words_against_an_age_set_off_after_the_name(claim: str, status: str) -> None:
    got, diffs = verdict(claim, "Kray, 34, won the Varnak title on Sunday.")
    assert got == status, diffs


def test_an_age_in_words_needs_an_age_in_the_passage() -> None:
    got, diffs = verdict(
        "Kray won the Varnak title at the age of 34.",
        "Kray won the Varnak title on Sunday after 34 minutes.",
    )
    assert got != "ok", diffs


def test_a_change_told_with_its_size_between_the_two_levels() -> None:
    # "X, up 12% from Y": X is the level, Y the earlier one, the 12% the size of the change
    # between them, bound to both
    both_ways(
        "Quoral posted revenue of $4.76 billion, up 12% from $4.25 billion a year earlier.",
        same=[
            "Quoral's revenue rose 12% to $4.76 billion.",
            "A year earlier Quoral's revenue was $4.25 billion.",
        ],
        changed=[(
            "Quoral's revenue rose 12% to $4.25 billion.",
            Difference("number", "4,250,000,000", "4,760,000,000"),
        )],
    )


def test_two_counts_whose_counted_nouns_are_swapped_contradict() -> None:
    both_ways(
        "Kelso scored 14 goals in 9 matches for Norvia, the federation said.",
        same=[
            "Kelso scored 14 goals in nine matches for Norvia.",
            "In 9 matches for Norvia, Kelso scored 14 goals.",
        ],
        changed=[(
            "Kelso scored 14 matches in 9 goals for Norvia.",
            Difference("unit", "14 matches", "14 goals"),
        )],
    )
    # the same figure twice, each with its own noun, swaps nothing
    status, diffs = verdict(
        "The storm reached six Kestria provinces and six states of Norvia.",
        "The storm reached 6 states of Norvia and 6 Kestria provinces.",
    )
    assert status == "ok", diffs


def test_failing_to_do_a_deed_denies_it_as_failed_to_does() -> None:
    # "failing to" is a negator in every form of "fail": it partners a "could not" and
    # denies the deed against a claim that says it was done
    both_ways(
        "After failing to fire its harpoons, the Vela lander bounced twice on the comet.",
        same=["The Vela lander failed to fire its harpoons and bounced twice on the comet."],
        changed=[("The Vela lander fired its harpoons and bounced twice on the comet.",
                  Difference("negation", None, "failing to"))],
    )
    status, diffs = verdict(
        "The Vela lander bounced twice on the comet after failing to fire its harpoons.",
        "The Vela lander could not fire its harpoons and bounced twice on the comet.",
    )
    assert status == "ok", diffs


def test_a_deed_reversed_past_a_figure_a_description_or_an_aside_contradicts() -> None:
    # a figure between the deed and its agent ("fined $2.5 million by"), the words that say
    # what a name is ("the Brellin regulator fined"), an aside on the doer ("the Norvia city
    # council, led by Kelso, sued"): the deed still joins the two names
    both_ways(
        "Omnix was fined $2.5 million by the Brellin regulator.",
        same=["The Brellin regulator fined Omnix $2.5 million."],
        changed=[("Omnix fined the Brellin regulator $2.5 million.",
                  Difference("name", "Omnix fined Brellin", "Brellin fined Omnix"))],
    )
    both_ways(
        "The Norvia city council, led by Kelso, sued Quoral in 2021.",
        same=["The Norvia city council sued Quoral in 2021."],
        changed=[("Quoral sued the Norvia city council in 2021.",
                  Difference("name", "Quoral sued Norvia", "Norvia sued Quoral"))],
    )


def test_a_fraction_of_one_thing_is_one_value() -> None:
    both_ways(
        "The fair drew 500,000 visitors over ten days, the organisers said.",
        same=["The fair drew half a million visitors over ten days, the organisers said."],
        changed=[("The fair drew a quarter of a million visitors over ten days, the organisers "
                  "said.", Difference("number", "250,000", "500,000"))],
    )
    both_ways(
        "Mrs Ortiz has worked at the mill for more than 50 years and runs its night shift.",
        same=["Mrs Ortiz has worked at the mill for over half a century and runs its night "
              "shift."],
        changed=[],
    )
    # what the fraction is of says which value it is, the same in another unit
    status, diffs = verdict("The ferry crossing takes half an hour in calm weather.",
                            "The ferry crossing takes 40 minutes in calm weather.")
    assert status != "ok", diffs


def test_a_values_unit_words_are_compared_as_the_value_not_looked_for_as_words() -> None:
    passage = "The drought across the southern plains lasted 20 years, the survey found."
    both_ways(
        passage,
        same=["The drought across the southern plains lasted two decades, the survey found."],
        changed=[("The drought across the southern plains lasted three decades, the survey "
                  "found.", Difference("unit", "3 decades", "20 years"))],
    )


def test_a_figure_below_a_mark_is_not_one_higher_than_it() -> None:
    both_ways(
        "The toll set by the county is higher than the forecasts of most drivers.",
        same=["The toll the county set came in above the forecasts of most drivers."],
        changed=[("The toll the county set came in below the forecasts of most drivers.",
                  Difference("wording", "below", "higher"))],
    )


def test_a_whole_number_and_a_fraction_are_one_value() -> None:
    for passage in ("The talks in the capital ran for more than 3 1/2 hours on Tuesday.",
                    "The talks in the capital ran for more than 3\u00bd hours on Tuesday."):
        both_ways(
            passage,
            same=["The talks in the capital ran for more than three and a half hours on "
                  "Tuesday."],
            changed=[("The talks in the capital ran for more than five and a half hours on "
                      "Tuesday.",
                      Difference("number", "more than 5 h 30 min", "more than 3 h 30 min"))],
        )


def test_minutes_left_unnamed_after_hours_are_minutes() -> None:
    both_ways(
        "The siege of the fort ended after six hours fifty-one of fighting.",
        same=["The siege of the fort ended after six hours and 51 minutes of fighting."],
        changed=[("The siege of the fort ended after six hours and 15 minutes of fighting.",
                  Difference("number", "6 h 15 min", "6 h 51 min"))],
    )
    # a count after hours counts what follows it, not minutes
    facts = extract("In 3 hours 20 people were rescued; he worked 4 hours, 15 of them alone.")
    assert [(f.value, f.unit) for f in facts.of("number")] == [
        (3, "hours"), (20, "people"), (4, "hours"), (15, None)]


def test_spans_of_time_in_words_and_on_a_clock_swapped_between_two_names_contradict() -> None:
    both_ways(
        "Varga won the stage. Kovac was 2 minutes, 5 seconds behind him and the Dutch rider "
        "Tom Lenz 2:41 back.",
        same=["Kovac was 2 minutes 5 seconds behind Varga, with Lenz at 2:41."],
        changed=[("Lenz was 2 minutes 5 seconds behind Varga, with Kovac at 2:41.",
                  Difference("number", "2:05", "2:41"))],
    )


def test_a_deed_to_come_reversed_contradicts() -> None:
    both_ways(
        "Under the deal announced on Monday, Trion will be acquired by Kess for $31 a share.",
        same=["Under the deal announced on Monday, Kess is to acquire Trion for $31 a share."],
        changed=[("Under the deal announced on Monday, Trion is to acquire Kess for $31 a share.",
                  Difference("name", "Trion acquire Kess", "Kess acquired Trion"))],
    )


def test_a_name_ending_the_claim_put_in_another_names_place_contradicts() -> None:
    both_ways(
        "Workers vowed to join their old boss at Kestrel, one of Omnix's backers.",
        same=["Workers vowed to join their old boss at Kestrel."],
        changed=[("Workers vowed to join their old boss at Omnix.",
                  Difference("name", "Omnix", "Kestrel"))],
    )


def test_individuals_are_people() -> None:
    both_ways(
        "Pupils under 12 make up some 40% of individuals who borrow books from the library.",
        same=["Pupils under 12 make up some 40% of the people who borrow books from the "
              "library."],
        changed=[("Pupils under 12 make up some 60% of the people who borrow books from the "
                  "library.", Difference("number", "about 60", "about 40"))],
    )


def test_who_beat_whom_said_as_a_defeat_or_a_loss_is_one_result() -> None:
    both_ways(
        "Ortiz lost to Lenz in the final on Sunday.",
        same=["Lenz defeated Ortiz in the final.", "Lenz beat Ortiz in the final.",
              "Ortiz was beaten by Lenz in the final."],
        changed=[("Ortiz defeated Lenz in the final.",
                  Difference("name", "Ortiz defeated Lenz", "Ortiz lost to Lenz")),
                 ("Ortiz beat Lenz in the final.",
                  Difference("name", "Ortiz beat Lenz", "Ortiz lost to Lenz"))],
    )


def test_a_count_whose_noun_is_left_understood_counts_what_the_count_before_it_counts() -> None:
    facts = extract("The gale killed 12 people in Dorset and injured 40 in Kent; it damaged "
                    "1,200 homes and destroyed 340. Tarvek Vey, 22, set a record of 9.71 seconds.")
    assert [(f.value, f.unit) for f in facts.of("number")] == [
        (12, "people"), (40, "people"), (1200, "homes"), (340, "homes"), (22, None),
        (Fraction("9.71"), "seconds")]
    # a count that says what it counts keeps it
    assert [f.unit for f in extract("He scored 12 points and 4 rebounds.").of("number")] == [
        "points", "rebounds"]


def test_a_value_placed_by_the_place_that_opens_its_sentence() -> None:
    both_ways(
        "The gale killed 12 people in Dorset and injured 40 in Kent.",
        same=["In Kent, 40 people were hurt by the gale.",
              "In Dorset, 12 people were killed by the gale."],
        changed=[("In Kent, 12 people were killed by the gale.",
                  Difference("number", "12", "40"))],
    )


def test_a_name_opening_the_claim_places_its_value_as_the_passage_names_it() -> None:
    both_ways(
        "Shares in Omnix rose 8% on Monday after the firm raised its forecast, while Kestrel "
        "fell 2%.",
        same=["Kestrel's shares dropped 2% on Monday."],
        changed=[("Omnix's shares rose 2% on Monday.", Difference("number", "2", "8"))],
    )


def test_a_value_set_off_after_a_name_that_ends_the_sentence_is_that_names() -> None:
    both_ways(
        "Kray, 64, stepped down on Friday and was succeeded by Ortiz, 51.",
        same=["Ortiz, 51, took over from Kray, 64, on Friday."],
        changed=[("Kray, 51, stepped down on Friday and was succeeded by Ortiz, 64.",
                  Difference("number", "51", "64"))],
    )


def test_two_negators_of_a_nil_count_in_other_words_partner_each_other() -> None:
    passage = ("The league said it would fund only clubs that run a youth team, but none are "
               "recruiting new coaches.")
    status, diffs = verdict(
        "The league said it would fund only clubs that run a youth team, and no club is "
        "recruiting new coaches.", passage)
    assert status == "ok", diffs
    status, diffs = verdict(
        "The league said it would fund only clubs that run a youth team, and clubs are "
        "recruiting new coaches.", passage)
    assert status == "contradicted"
    assert Difference("negation", None, "none") in diffs


def test_a_span_before_one_thing_is_the_span_after_the_other() -> None:
    passage = "The vote took place a week after the debate."
    status, diffs = verdict("The debate took place a week before the vote.", passage)
    assert status == "ok", diffs
    both_ways(
        passage,
        same=["The vote took place a week after the debate."],
        changed=[("The vote took place a week before the debate.",
                  Difference("wording", "before", "after"))],
    )


def test_a_bare_count_has_no_sum_of_money_for_its_counterpart() -> None:
    passage = ("Omnix posted revenue of $5 billion, while Kestrel, its smaller rival, reported "
               "$2 billion.")
    status, diffs = verdict("Kestrel, the smaller of the two, had revenue of $2 billion.", passage)
    assert status != "contradicted", diffs
    assert Difference("number", "2", None) in diffs
    # a bare number against the one number its evidence gives, as before
    status, diffs = verdict("Vera Lind, 19, was named captain.",
                            "Vera Lind, 21, was named captain.")
    assert status == "contradicted" and Difference("number", "19", "21") in diffs


def test_a_year_told_from_the_year_before_it_is_that_year() -> None:
    facts = extract("The clinic treated 340 patients in 2021, compared with 520 a year earlier; "
                    "the wing opened in 2015 and closed two years later.")
    assert [f.value for f in facts.of("date")] == [
        (2021, None, None), (2020, None, None), (2015, None, None), (2017, None, None)]
    # counted from an event, or from a year the page's date gave: no year
    assert not extract("It came a year before the election.").of("date")
    both_ways(
        "The clinic treated 340 patients in 2021, compared with 520 a year earlier.",
        same=["In 2020 the clinic treated 520 patients."],
        changed=[("In 2021 the clinic treated 520 patients.",
                  Difference("date", "2021", "2020"))],
    )


def test_the_subject_a_claim_opens_with_keeps_its_value_from_a_possessive_rival() -> None:
    passage = "Ortiz's book sold 2 million copies; its sequel sold 800,000."
    status, diffs = verdict("The sequel to Ortiz's book sold 800,000 copies.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("The sequel to Ortiz's book sold 900,000 copies.", passage)
    assert status == "contradicted", diffs


def test_a_claims_one_value_places_its_words_however_far_it_stands() -> None:
    passage = ("Of the two mills, the northern one employs 800 people and the southern one "
               "450.")
    status, diffs = verdict("The southern mill has a workforce of 450 people.", passage)
    assert status != "contradicted", diffs
    status, diffs = verdict("The southern mill has a workforce of 800 people.", passage)
    assert status == "contradicted", diffs


def test_a_deed_told_actively_against_its_agent_in_the_passive_voice() -> None:
    both_ways(
        "The bill was drafted by Senator Kray and opposed by Senator Ortiz.",
        same=["Senator Ortiz opposed the bill Senator Kray had drafted."],
        changed=[("Senator Kray opposed the bill Senator Ortiz had drafted.",
                  Difference("name", "Senator Kray", "Senator Ortiz"))],
    )


def test_taking_over_from_someone_is_replacing_them_past_a_relative_clause() -> None:
    both_ways(
        "Harro, who coached the side for six years, was replaced by Keller in May.",
        same=["Keller took over from Harro in May.", "Keller replaced Harro in May."],
        changed=[("Harro took over from Keller in May.",
                  Difference("name", "Harro took over from Keller", "Keller replaced Harro"))],
    )


def test_what_another_name_did_is_not_the_claims_names() -> None:
    passage = (
        "Ortiz, who won in 2016, dropped out of the trials with an injury, and Kray, who took "
        "silver in Lyon, pulled out of the race the day before it started."
    )
    both_ways(
        passage,
        same=["Kray, who took silver in Lyon, pulled out of the race the day before it started.",
              "Ortiz, who won in 2016, dropped out of the trials with an injury."],
        changed=[("Ortiz, who took silver in Lyon, pulled out of the race the day before it "
                  "started.", Difference("name", "Ortiz", "Kray"))],
    )


def test_a_name_joined_to_another_or_set_off_by_an_aside_keeps_its_deed() -> None:
    # Two names of one subject: each did what the sentence says.
    status, diffs = verdict(
        "Omnix was first fined in March 2022.",
        "Omnix and its rival Zelora were first fined in March 2022 and May 2022, respectively.",
    )
    assert not any(d.kind == "name" and d.source == "Zelora" for d in diffs), diffs
    # A verb after an aside is the aside's subject's, not the last name's in it.
    status, diffs = verdict(
        "Kestrel was sold in three parts.",
        "Kestrel, a maker of drills owned by Norvia AG, was sold in three parts.",
    )
    assert status == "ok", diffs
    # A name joined by "and" to what the previous subject did is not its subject.
    status, diffs = verdict(
        "Lenz has announced her resignation as chair.",
        "Lenz lost her seat to Kray and has announced her resignation as chair.",
    )
    assert status == "ok", diffs


def test_the_two_ends_of_a_change_stay_together() -> None:
    passage = (
        "Under the new plan, the bank loan will be cut to $5 million from $14 million; the "
        "partners' stake has risen to $38 million from $29 million, the filing said."
    )
    both_ways(
        passage,
        same=["Under the new plan, the partners' stake has risen from $29 million to "
              "$38 million.",
              "Under the new plan, the bank loan will be cut to $5 million from $14 million.",
              "The partners' stake has risen to $38 million, up from $29 million."],
        changed=[("Under the new plan, the partners' stake has risen to $38 million from "
                  "$14 million.", Difference("number", "14,000,000", "29,000,000")),
                 ("Under the new plan, the bank loan will be cut to $29 million from "
                  "$14 million.", Difference("number", "29,000,000", "5,000,000"))],
    )


def test_two_names_each_in_the_others_place_far_apart_are_exchanged() -> None:
    passage = (
        "'Omnix's growing requests reflect not a real review but a campaign to build a record "
        "of delay on Kray's part,' the lawyers said in a filing."
    )
    both_ways(
        passage,
        same=["In a filing, the lawyers said Omnix's growing requests were a campaign to build "
              "a record of delay on Kray's part.",
              "The lawyers said Omnix's growing requests were a campaign to build a record of "
              "delay on Kray's part."],
        changed=[("In a filing, the lawyers said Kray's growing requests were a campaign to "
                  "build a record of delay on Omnix's part.",
                  Difference("name", "Kray's … Omnix's", "Omnix's … Kray's"))],
    )
    # Two names said in the other order, each in no place of the other's: nothing exchanged.
    status, diffs = verdict("Kray and Ortiz met in Lyon on Friday.",
                            "Ortiz and Kray met in Lyon on Friday.")
    assert status == "ok", diffs


def test_a_denied_word_said_only_in_the_next_sentence_is_checked_there() -> None:
    # The claim's subject stands in one sentence and what it denies in the next: the next one
    # joins the evidence, so the "not" is weighed against what it says.
    passage = "Rain swept in before the final. The race was delayed by an hour."
    status, diffs = verdict("The final was not delayed.", passage)
    assert status == "contradicted" and Difference("negation", "not", None) in diffs, diffs
    status, diffs = verdict("The final was delayed.", passage)
    assert status == "ok", diffs


def test_a_value_given_to_the_name_another_sentence_opens_with() -> None:
    passage = "Zelora is the most valuable listed company, worth $2.4 trillion, ahead of Omnix."
    both_ways(
        passage,
        same=["At the close, Zelora was worth $2.4 trillion.",
              "Zelora, worth $2.4 trillion, is ahead of Omnix."],
        changed=[("At the close, Omnix was worth $2.4 trillion.",
                  Difference("name", "Omnix", "Zelora"))],
    )
    # The claim's name inside the sentence before the value: the value may be its own.
    status, diffs = verdict(
        "Omnix is worth $2.4 trillion.", "Zelora said that Omnix is worth $2.4 trillion."
    )
    assert status == "ok", diffs
    # An owner opening the claim is no subject: "Omnix's chief said ..." gives nothing to Omnix.
    status, diffs = verdict(
        "Omnix's chief Ortiz said 64% of its buyers were new.",
        "Zelora reported that 64% of its buyers were new. Omnix, led by Ortiz, sells tools.",
    )
    assert not any(d.kind == "name" and d.claim == "Omnix" for d in diffs), diffs


def test_a_value_from_the_sentence_that_shares_only_the_common_words() -> None:
    # The claim's words that tell the two sentences apart ("first sold", "countries") are all in
    # the first; the second shares only words both have, and the claim's value.
    passage = (
        "The drugs will first be sold in countries like Norvia and Zelora, which have an "
        "estimated 4% of the world's patients with the disease. The Herald says the drugs are "
        "unlikely to reach the south, which has an estimated 61% of the world's patients with "
        "the disease."
    )
    both_ways(
        passage,
        same=["The drugs will first be sold in countries with an estimated 4% of the world's "
              "patients with the disease."],
        changed=[("The drugs will first be sold in countries with an estimated 61% of the "
                  "world's patients with the disease.",
                  Difference("number", "about 61", "about 4"))],
    )


def test_a_name_given_the_place_the_passage_gives_another_name() -> None:
    passage = (
        "The start list, by lane: 2 Ana Kray (Norvia) 3 Bea Lenz (Zelora) 4 Cora Ortiz "
        "(Kestria) 5 Dana Vosk (Norvia)."
    )
    both_ways(
        passage,
        same=["Lane 4 was taken by Cora Ortiz of Kestria.", "Lane 4: Cora Ortiz (Kestria)."],
        changed=[("Lane 4: Cora Ortiz (Zelora).",
                  Difference("name", "Cora Ortiz (Zelora)", "Cora Ortiz (Kestria)")),
                 ("Lane 4 was taken by Cora Ortiz of Zelora.",
                  Difference("name", "Cora Ortiz (Zelora)", "Cora Ortiz (Kestria)"))],
    )


def test_first_that_says_when_is_initially() -> None:
    # "first" before a verb, or before the thing the passage calls "initial", says when.
    assert verdict("The project's first estimate was $18 billion.",
                   "The project's initial estimate was $18 billion.")[0] == "ok"
    assert verdict("The board first offered $47 a share in April.",
                   "The board initially offered $47 a share in April.")[0] == "ok"
    # ... and still compares as a value when it is one.
    status, diffs = verdict("The project's first estimate was $26 billion.",
                            "The project's initial estimate was $18 billion.")
    assert status == "contradicted", diffs
    # A first that ranks is no "initially".
    status, diffs = verdict("Norvia was the first country to land near the pole.",
                            "Norvia initially planned to land near the pole.")
    assert status != "ok", diffs


def test_number_one_is_no_1() -> None:
    passage = "The film debuted at number one in Norvia with a $67 million weekend."
    both_ways(
        passage,
        same=["The film debuted at No. 1 in Norvia with a $67 million weekend."],
        changed=[("The film debuted at No. 2 in Norvia with a $67 million weekend.",
                  Difference("number", "2", "1"))],
    )


def test_numbers_said_in_other_words_of_a_sequence_or_a_verb() -> None:
    # "stage two" is "the second stage"; another stage is not stated.
    passage = "Ortiz took the lead on the second stage and kept it to the end."
    assert verdict("Ortiz took the lead on stage two and kept it to the end.", passage)[0] == "ok"
    assert verdict("Ortiz took the lead on stage three and kept it to the end.", passage)[0] != "ok"
    assert verdict("Ortiz took the lead on the second stage and kept it to the end.",
                   "Ortiz took the lead on stage two and kept it to the end.")[0] == "ok"
    # "cut in half" is "halved"; a value of its own still differs.
    passage = "The bank loan was halved to $5 million after the sale, a cut its lenders sought."
    assert verdict("The bank loan was cut in half, to $5 million, after the sale.",
                   passage)[0] == "ok"
    assert verdict("The bank loan was cut in half, to $7 million, after the sale.",
                   passage)[0] == "contradicted"


STAGES = "In Stage 6, Ortiz fell behind Kray, but then won Stage 7, from Lund to Varnak."


def test_a_part_ranked_in_the_claim_is_the_part_the_passage_numbers_in_its_place() -> None:
    # "the ninth stage" he won is "Stage 7" in the passage: of its two stages, the one in the
    # claim's place (won it), not the one he fell behind in.
    both_ways(
        STAGES,
        same=["Ortiz won the seventh stage, from Lund to Varnak.",
              "Ortiz won stage seven, from Lund to Varnak."],
        changed=[("Ortiz won the ninth stage, from Lund to Varnak.",
                  Difference("ordinal", "9th", "stage 7")),
                 ("Ortiz won the second stage.", Difference("ordinal", "2nd", "stage 7"))],
    )  # fmt: skip


def test_a_third_before_a_name_ranks() -> None:
    facts = extract("A third Kestria Cup win puts Ortiz level with Kray.")
    assert [(f.kind, f.value) for f in facts.of("ordinal", "number")] == [("ordinal", 3)]
    facts = extract("A third of voters stayed at home.")
    assert [(f.kind, f.value) for f in facts.of("ordinal", "number")] == [
        ("number", Fraction(1, 3))
    ]


def test_a_rate_per_day_said_every_day() -> None:
    passage = "According to the filing, the firm loses $3 million every day."
    both_ways(
        passage,
        same=["The filing says the firm was losing $3 million a day.",
              "The filing says the firm was losing $3 million per day."],
        changed=[("The filing says the firm was losing $5 million a day.",
                  Difference("number", "5,000,000", "3,000,000"))],
    )
    status, diffs = verdict("The filing says the firm was losing $3 million a week.", passage)
    assert status == "contradicted", diffs


def test_a_name_with_an_apostrophe_typed_either_way() -> None:
    passage = "Lanes: 6 Ana Lenz (Norvia) 7 Ma’kayla Kray (Zelora) 8 Cora Ortiz (Kestria)"
    assert verdict("In lane 7: Ma'Kayla Kray (Zelora).", passage)[0] == "ok"
    status, diffs = verdict("In lane 7: Ma'Kayla Ortiz (Zelora).", passage)
    assert status != "ok", diffs


def test_a_rate_per_a_named_thing_is_per_that_thing() -> None:
    passage = "Omnix has asked the court to make Kray complete the deal at $61.40 per Omnix share."
    both_ways(
        passage,
        same=["Omnix asked the court to make Kray complete the deal at $61.40 a share."],
        changed=[("Omnix asked the court to make Kray complete the deal at $61.40 a year.",
                  Difference("unit", "$61.40 per year", "$61.40 per share"))],
    )


def test_seconds_and_hundredths_are_one_time() -> None:
    passage = "Ortiz, 27, was the fastest with a time of 11 seconds and 34 hundredths."
    both_ways(
        passage,
        same=["The 27-year-old Ortiz ran 11.34 seconds."],
        changed=[("The 27-year-old Ortiz ran 11.35 seconds.",
                  Difference("number", "11.35", "11.34"))],
    )


def test_a_value_given_to_another_teller() -> None:
    passage = "According to the ministry, 100 people were hurt; the charity put the number at 150."
    both_ways(
        passage,
        same=["The ministry said 100 people were injured."],
        changed=[("The charity said 100 people were injured.",
                  Difference("number", "100", "150"))],
    )


# --- words and marks that change what a fact is -------------------------------------------------


def not_contradicted(claim: str, passage: str) -> list[Difference]:
    status, diffs = verdict(claim, passage)
    assert status != "contradicted", (claim, diffs)
    return diffs


def test_a_verb_form_opposes_only_verbs() -> None:
    # "lasted" is the verb "last", which "first" does not oppose; the adjective "last" is
    not_contradicted(
        "Its first trial run lasted from 3 May 2011 until 9 June 2013.",
        "Its first trial run took place from 3 May 2011 to 9 June 2013.",
    )
    status, diffs = verdict(
        "Its last trial run took place from 3 May 2011 to 9 June 2013.",
        "Its first trial run took place from 3 May 2011 to 9 June 2013 and lasted two years.",
    )
    assert status == "contradicted"
    assert Difference("wording", "last", "first") in diffs


def test_an_age_after_aged_counts_no_days_said_before() -> None:
    passage = "Now, 210 days after the vote, Lenz flew home to lunch with her 91-year-old father."
    both_ways(
        passage,
        same=["Some 210 days after the vote, Lenz flew home to lunch with her father, aged 91."],
        changed=[("Some 210 days after the vote, Lenz flew home to lunch with her father, aged 81.",
                  Difference("number", "81", "91"))],
    )


def test_a_name_placing_something_is_the_name_alone() -> None:
    passage = "The title was sealed on Monday when Norvia-based clubs Kestria and Omnix drew 1-1."
    both_ways(
        passage,
        same=["The title was sealed when Norvia clubs Kestria and Omnix drew 1-1 on Monday."],
        changed=[],
    )
    status, diffs = verdict(
        "The title was sealed when Zelora clubs Kestria and Omnix drew 1-1 on Monday.", passage
    )
    assert status == "contradicted" and any(d.kind == "name" for d in diffs), diffs


def test_left_after_a_count_is_what_remains() -> None:
    not_contradicted(
        "Kestria won the league with three games left. It happened in Lyon, where Omnix and "
        "Zelora drew.",
        "Kestria were crowned champions with three games still to play. The moment arrived in "
        "Lyon, where Omnix and Zelora drew.",
    )
    status, diffs = verdict("Ortiz arrived in Lyon on Monday.", "Ortiz left Lyon on Monday.")
    assert (status, diffs) == ("contradicted", [Difference("wording", "arrived", "left")])


def test_over_a_count_of_periods_is_across_them() -> None:
    passage = "The squad was assembled for less than $41 million across three transfer windows."
    both_ways(
        passage,
        same=["The squad cost under $41 million, over three transfer windows."],
        changed=[("The squad cost under $41 million, over four transfer windows.",
                  Difference("number", "4", "3"))],
    )
    assert [f.comparator for f in extract("over 30 people died").of("number")] == [">"]


def test_little_known_is_unknown() -> None:
    passage = "Ortiz, then a fairly unknown striker, joined from Lyon for just £4,200,000."
    both_ways(
        passage,
        same=["Ortiz, a little-known striker at the time, joined from Lyon for £4.2 million."],
        changed=[("Ortiz, a well-known striker at the time, joined from Lyon for £4.2 million.",
                  Difference("wording", "known", "unknown"))],
    )


def test_a_measure_is_no_side_of_a_score() -> None:
    passage = (
        "Lenz began his scoring run three months before the derby. Last weekend's 3-0 win at "
        "Kestria drew him level."
    )
    both_ways(
        passage,
        same=["Lenz's scoring run began three months before the derby."],
        changed=[("Lenz's scoring run began three weeks before the derby.",
                  Difference("unit", "3 weeks", "3 months"))],
    )


def test_initials_of_part_of_a_name_stand_for_it() -> None:
    both_ways(
        "The data exclude the SM Kestrel particle with a mass of 130–500 GeV.",
        same=["The data exclude a Standard Model Kestrel particle with a mass of 130 to 500 GeV."],
        changed=[],
    )
    status, diffs = verdict(
        "The data exclude a Standard Model Kestrel particle with a mass of 130 to 500 GeV.",
        "The data exclude the BSM Kestrel particle with a mass of 130–500 GeV.",
    )
    assert status == "contradicted" and any(d.kind == "name" for d in diffs), diffs


def test_a_joined_pair_of_places_in_their_other_forms() -> None:
    passage = "The tunnel lies 120 metres beneath the France-Switzerland border."
    both_ways(
        passage,
        same=["The tunnel lies 120 metres beneath the French-Swiss border."],
        changed=[("The tunnel lies 120 metres beneath the French-Italian border.",
                  Difference("name", "French-Italian", "France-Switzerland"))],
    )


def test_a_reference_mark_after_a_date_is_no_part_of_it() -> None:
    passage = "A review pushed the completion date from 2004 to May 2008.[41]"
    both_ways(
        passage,
        same=["A review pushed completion from 2004 to May 2008."],
        changed=[("A review pushed completion from 2004 to May 2009.",
                  Difference("range", "2004–May 2009", "2004–May 2008"))],
    )


def test_in_a_month_until_another_is_one_stretch() -> None:
    passage = "The plant opened in 2010, then was shut for repairs in March until June 2011."
    both_ways(
        passage,
        same=["The plant was shut for repairs from March until June 2011."],
        changed=[("The plant was shut for repairs from March until July 2011.",
                  Difference("range", "March 2011–July 2011", "March 2011–June 2011"))],
    )


def test_none_after_a_verb_denies_the_verb() -> None:
    passage = "Of all the calls we made, Ortiz didn't answer."
    both_ways(
        passage,
        same=["Ortiz answered none of the calls."],
        changed=[("Ortiz answered all of the calls.", Difference("negation", None, "n't"))],
    )


def test_a_name_before_an_aside_is_no_name_in_the_claims_place() -> None:
    claim = "Kestrel Lenz presented the results at the seminar."
    diffs = not_contradicted(
        claim,
        "At the seminar, researchers at the Omnix Research Centre (ORC) presented the results.",
    )
    assert Difference("name", "Kestrel", None) in diffs
    status, diffs = verdict(claim, "At the seminar, Kestrel Ortiz presented the results.")
    assert (status, diffs) == ("contradicted", [Difference("name", "Lenz", "Ortiz")])


def test_a_neighbours_not_of_the_claims_words_in_another_form() -> None:
    passage = (
        '"Dad believed the treatment would help," said Ortiz\'s son. "He didn\'t know it might '
        'harm him."'
    )
    both_ways(
        passage,
        same=["Ortiz's son said his father did not know the treatment might harm him."],
        changed=[("Ortiz's son said his father knew the treatment might harm him.",
                  Difference("negation", None, "n't"))],
    )


def test_a_number_word_ends_the_role_of_the_number_before_it() -> None:
    passage = (
        "In 2014/15, newly-promoted Kestria City won seven of their last nine matches to ensure "
        "Premier League survival. However, by the start of the next season Ortiz had replaced "
        "Lenz as manager."
    )
    not_contradicted(
        "Newly promoted in 2014/15, Kestria City made sure of staying in the Premier League by "
        "winning seven of their final nine games.",
        passage,
    )
    status, diffs = verdict(
        "Newly promoted in 2014/15, Kestria City made sure of staying in the Premier League by "
        "winning six of their final nine games.",
        passage,
    )
    assert (status, diffs[:1]) == ("contradicted", [Difference("number", "6", "7")])


def test_passing_a_value_is_above_it() -> None:
    passage = "Kestria's share price rose 2.1% on Monday, breaking through $48 per share."
    both_ways(
        passage,
        same=["Kestria's shares rose above $48 on Monday."],
        changed=[("Kestria's shares stayed below $48 on Monday.",
                  Difference("comparator", "fewer than 48", "more than 48"))],
    )


def test_a_mark_named_after_what_it_counts() -> None:
    passage = (
        "In May, Omnix became the first firm in the region to surpass the $80 billion market "
        "value mark."
    )
    both_ways(
        passage,
        same=["In May, Omnix became the region's first firm worth more than $80 billion."],
        changed=[("In May, Omnix became the region's first firm worth less than $80 billion.",
                  Difference(
                      "comparator", "fewer than 80,000,000,000", "more than 80,000,000,000"
                  ))],
    )


def test_a_place_in_its_short_form_with_a_stop() -> None:
    passage = "Ortiz trains with two partners in Marrowick, Fla., the club said."
    both_ways(
        passage,
        same=["Ortiz trains with two partners in Marrowick, Florida."],
        changed=[("Ortiz trains with two partners in Marrowick, Georgia.",
                  Difference("name", "Georgia", "Fla"))],
    )
    # a title or a word in its short form is no short form of a name
    assert not shortened_in("Murray", "Mr. Lenz said")
    assert not shortened_in("Massachusetts", "The mass. of it")


def test_a_place_shortened_to_a_word_of_its_own_inside_a_sentence() -> None:
    # "Mass." is a word too; with its stop inside the sentence it is the place's short form
    both_ways(
        "Born in Dover, Mass., Ortiz is a chemist at the Kestrel Institute.",
        same=["Ortiz, a chemist at the Kestrel Institute, was born in Dover, "
              "Massachusetts."],
        changed=[("Ortiz, a chemist at the Kestrel Institute, was born in Dover, "
                  "Maine.", Difference("name", "Maine", "Mass"))],
    )
    assert shortened_in("Washington", "in Seattle, Wash., where")
    # ... but a word that ends the sentence is the word
    assert not shortened_in("Massachusetts", "Ortiz went to Mass. Then he left.")
    # ... and a word of its own shortens a name only as its opening letters
    assert not shortened_in("Maryland", "in Lexington, Mad., where")


def test_for_and_against_oppose_only_sides_taken() -> None:
    both_ways(
        "There were four capacity-crowd fixtures at Stadium Kestria: Norvia's opening round win "
        "over Zelora, the hosts' semi-final defeat against Omnix as well as Omnix's win over "
        "Kestria in the previous round.",
        same=["Stadium Kestria was full for Norvia's opening win over Zelora, for the hosts' "
              "semi-final defeat by Omnix and for Omnix's win over Kestria in the round before."],
        changed=[],
    )
    status, diffs = verdict("The mayor is against the plan.", "The mayor is for the plan.")
    assert status == "contradicted"
    assert Difference("wording", "against", "for") in diffs


def test_a_denying_verb_with_a_noun_says_what_it_says_with_to() -> None:
    passage = (
        "Lenz had been among the 15 players who refused to be called up for the national team "
        "last September."
    )
    both_ways(
        passage,
        same=["Lenz had been one of 15 players who refused national-team call-ups the previous "
              "September."],
        changed=[("Lenz had been one of 15 players who accepted national-team call-ups the "
                  "previous September.", Difference("negation", None, "refused to"))],
    )


def test_a_scale_joined_by_a_hyphen() -> None:
    passage = "The three share the 9 million krona (US$1.1-million) award for their work."
    both_ways(
        passage,
        same=["The three share the 9 million krona ($1.1 million) award."],
        changed=[("The three share the 9 million krona ($1.4 million) award.",
                  Difference("number", "1,400,000", "1,100,000"))],
    )


def test_initials_of_a_common_noun_are_no_name() -> None:
    # "TV" does not stand where the claim's "UK" does; "TV" still places a name
    diffs = not_contradicted(
        "UK audience for the match: 14.8 million at its peak.",
        "There was a peak TV audience across both networks for the match of 14.8 million.",
    )
    assert Difference("name", "UK", None) in diffs
    status, diffs = verdict(
        "Omnix TV presenter Cora Lenz said the delay was costly.",
        "Omnix TV presenter Bea Ortiz said the delay was costly.",
    )
    assert status == "contradicted" and Difference("name", "Cora", "Bea") in diffs, diffs


def test_a_comparison_said_the_other_way_round() -> None:
    passage = "Omnix's budget is bigger than that of Kestria, the report said."
    both_ways(
        passage,
        same=["Kestria's budget is smaller than that of Omnix."],
        changed=[("Kestria's budget is bigger than that of Omnix.",
                  Difference("name", "Kestria bigger than Omnix", "Omnix bigger than Kestria"))],
    )
    both_ways(
        "Omnix spent more than Kestria on the stadium.",
        same=["Kestria spent less than Omnix on the stadium."],
        changed=[],
    )


def test_greater_against_less() -> None:
    passage = "The blast released an energy 50 times greater than that of all the stars in the sky."
    both_ways(
        passage,
        same=["The blast released more energy than all the stars in the sky."],
        changed=[("The blast released less energy than all the stars in the sky.",
                  Difference("wording", "less", "greater"))],
    )


def test_a_superlative_set_off_after_a_value_ranks_it() -> None:
    passage = "* Goals scored: 164, highest at any edition of the cup"
    not_contradicted("No edition of the cup had produced more goals than the 164 scored here.",
                     passage)
    assert [(f.value, f.unit) for f in extract(passage).of("ordinal")] == [(1, "superlative")]


def test_a_fraction_as_long_is_a_ratio_and_a_fraction_of_a_unit_a_measure() -> None:
    assert [(f.value, f.unit) for f in extract("arms half as long, at 2 km").of("number")] == [
        (Fraction(1, 2), "times"), (Fraction(2), "km")
    ]
    passage = (
        "Lenz won the hurdles in a blanket finish, the first three divided by one hundredth of "
        "a second."
    )
    both_ways(
        passage,
        same=["The first three in the hurdles were separated by a hundredth of a second."],
        changed=[("The first three in the hurdles were separated by more than a tenth of a "
                  "second.", Difference("number", "more than a tenth", "a hundredth"))],
    )


def test_a_post_at_a_body_given_to_another_name() -> None:
    passage = (
        "Cora Ortiz, a professor at the Kestria Institute of Technology, and Una Kray and Bea "
        "Lenz, both of the Omnix Institute of Technology, were awarded the prize on Tuesday."
    )
    both_ways(
        passage,
        same=["Cora Ortiz is a professor at the Kestria Institute of Technology."],
        changed=[("Cora Ortiz is a professor at the Omnix Institute of Technology.",
                  Difference("name", "Cora Ortiz (Omnix Institute)",
                             "Cora Ortiz (Kestria Institute)"))],
    )


def test_the_same_figure_in_another_unit_is_another_measure() -> None:
    passage = "Ortiz ran 10 kilometres in the race on Sunday."
    both_ways(
        passage,
        same=["Ortiz ran 6.2 miles in the race on Sunday."],
        changed=[("Ortiz ran 10 miles in the race on Sunday.",
                  Difference("unit", "10 miles", "10 kilometres"))],
    )
    # units a tenth apart or less may carry one figure
    not_contradicted("The ship weighs 10 tons.", "The ship weighs 10 tonnes.")


def test_areas_in_square_units() -> None:
    assert [f.unit for f in extract("a lake of 300 square miles").of("number")] == [
        "square miles"
    ]
    passage = "The lake covers 777 square kilometres."
    both_ways(
        passage,
        same=["The lake covers 300 square miles."],
        changed=[("The lake covers 777 square miles.",
                  Difference("unit", "777 square miles", "777 square kilometres"))],
    )


def test_a_medal_is_a_place_on_the_podium() -> None:
    passage = "Ortiz won gold in the 100m final, with Lenz taking silver."
    both_ways(
        passage,
        same=["Ortiz took gold in the 100m final."],
        changed=[("Ortiz won silver in the 100m final.",
                  Difference("ordinal", "silver", "gold"))],
    )
    # an award named after a metal is no medal, nor is the metal
    assert extract("Varnak took the Silver Ball as silver prices rose").of("ordinal") == []


def test_a_length_of_one_aspect_is_no_length_of_another() -> None:
    passage = "The river is 300 km long and 2 km wide at its mouth."
    both_ways(
        passage,
        same=["The river has a length of 300 km."],
        changed=[],
    )
    status, diffs = verdict("The river is 300 km long.", "The river is 300 km wide.")
    assert (status, diffs) == ("contradicted", [Difference("wording", "long", "wide")])
    not_contradicted("The tower is 300 metres tall.", "The tower is 300 metres high.")


def test_few_against_most() -> None:
    passage = "After the flood, most residents of the valley returned within a month."
    both_ways(
        passage,
        same=["Most of the valley's residents returned within a month of the flood."],
        changed=[("After the flood, few residents of the valley returned within a month.",
                  Difference("wording", "few", "most"))],
    )


def test_a_decade_is_its_ten_years() -> None:
    passage = "The firm, founded in the 1990s, now employs 400 people."
    both_ways(
        passage,
        same=["The firm was founded in the 1990s and has 400 employees."],
        changed=[("The firm was founded in the 1980s and has 400 employees.",
                  Difference("range", "1980–1989", "1990–1999"))],
    )
    # a year of the decade says more than it, not something else
    not_contradicted("The firm was founded in 1994.", "The firm was founded in the 1990s.")
    # and a decade is no counterpart of one date
    claim = "The film opened in cinemas on 9 November 2018."
    passage = "The film, set in the 1980s, opened in cinemas to good reviews."
    date = extract(claim).of("date")[0]
    assert counterpart(date, extract(passage).of("range"), claim, passage) is None
    assert extract("in his 60s").of("range") == []


def test_an_age_in_years_is_no_old_against_young() -> None:
    passage = "The 26-year-old Lenz became the second youngest triple champion, after Ortiz."
    both_ways(
        passage,
        same=["Lenz, 26, became the second-youngest triple champion after Ortiz."],
        changed=[("The 26-year-old Lenz became the second oldest triple champion, after Ortiz.",
                  Difference("wording", "oldest", "youngest"))],
    )
    status, _ = verdict("Saint Kestria's 23-year-old Cora Lenz took gold in 10.72.",
                        "Lenz, 23, of Saint Kestria won gold in 10.72.")
    assert status == "ok"


def test_initials_of_a_name_that_holds_the_claims() -> None:
    passage = (
        "Can Ortiz and Kestria Blue Racing repeat it? KBR won 21 of 22 races in the 2023 "
        "season, losing only in Lyon."
    )
    both_ways(
        passage,
        same=["Kestria Blue won 21 of the 22 races in 2023, losing only in Lyon."],
        changed=[],
    )
    status, diffs = verdict("Omnix won 21 of the 22 races in 2023.", passage)
    assert status == "contradicted" and any(d.kind == "name" for d in diffs), diffs


def test_two_ranks_by_their_deeds_with_one_noun() -> None:
    passage = (
        "Becoming the 11th driver to reach at least three titles and just the fifth to win a "
        "hat-trick of titles in a row, Lenz's triumph was confirmed on Saturday."
    )
    not_contradicted(
        "Lenz is only the fifth driver to win three titles in succession and the 11th to have "
        "won three or more.",
        passage,
    )
    status, diffs = verdict(
        "Lenz is only the 11th driver to win three titles in succession and the fifth to have "
        "reached three or more.",
        passage,
    )
    assert status == "contradicted" and Difference("ordinal", "11th", "5th") in diffs, diffs


def test_a_unit_and_a_half() -> None:
    assert [(f.value, f.unit) for f in extract("a year and a half later").of("number")] == [
        (Fraction(3, 2), "year")
    ]
    passage = "Its solar cells receive only an hour and a half of sunlight each day."
    both_ways(
        passage,
        same=["Sunlight its solar cells receive: an hour and a half a day."],
        changed=[("Sunlight its solar cells receive: two and a half hours a day.",
                  Difference("number", "2 h 30 min", "1 h 30 min"))],
    )


UNCLIMBED = "The northern ridge of Mount Kestria was unclimbed until 1953."


def test_a_participle_negated_by_un_says_what_never_says() -> None:
    for claim in (
        "The northern ridge of Mount Kestria was never climbed until 1953.",
        "Until 1953 nobody had climbed the northern ridge of Mount Kestria, which was not "
        "climbed before then.",
    ):
        status, diffs = verdict(claim, UNCLIMBED)
        assert status == "ok", (claim, diffs)
    status, diffs = verdict("The victim, a man of 40, has not been named.",
                            "The victim, a man of 40, remains unnamed.")
    assert status == "ok", diffs


def test_the_participle_without_its_negation_contradicts_the_un_form() -> None:
    status, diffs = verdict("The northern ridge of Mount Kestria was climbed until 1953.",
                            UNCLIMBED)
    assert status == "contradicted", diffs
    assert Difference("wording", "climbed", "unclimbed") in diffs, diffs
    # a verb of its own beginning with "un" is no negated participle
    status, diffs = verdict("The bags were packed on Monday in Norvia.",
                            "The bags were unpacked on Monday in Norvia.")
    assert Difference("wording", "packed", "unpacked") not in diffs, diffs


DATED_SPAN = "Between 2004 and early 2005, talks on the Kestrel merger were held in Norvia."


def test_a_span_of_dates_the_claim_says_more_precisely_is_not_stated() -> None:
    status, diffs = verdict(
        "Between November 2004 and early 2005, talks on the Kestrel merger were held in Norvia.",
        DATED_SPAN,
    )
    assert status != "contradicted", diffs
    assert Difference("range", "November 2004–2005", None) in diffs, diffs


def test_a_span_of_dates_with_another_end_contradicts() -> None:
    status, diffs = verdict(
        "Between 2003 and early 2005, talks on the Kestrel merger were held in Norvia.", DATED_SPAN
    )
    assert status == "contradicted", diffs
    assert Difference("range", "2003–2005", "2004–2005") in diffs, diffs
    status, diffs = verdict(
        "Between November 2004 and 2005, talks on the Kestrel merger were held in Norvia.",
        DATED_SPAN.replace("2004", "October 2004"),
    )
    assert status == "contradicted", diffs


EJECTA = "The blast ejected at least 5,000 tonnes of rock from Kestria's 900,000-tonne mass."


def test_a_value_and_a_name_of_one_part_stay_bound_past_an_owned_value() -> None:
    # the name owns the nearer value, yet the claim's value is bound to it in the same clause
    not_contradicted("The blast ejected at least 5,000 tonnes of rock from Kestria.", EJECTA)
    status, diffs = verdict("The blast ejected at least 900,000 tonnes of rock from Kestria.",
                            EJECTA)
    assert status == "contradicted", diffs
    assert Difference("number", "at least 900,000", "at least 5,000") in diffs, diffs


FINAL_PLAY = "The Hawks halved the deficit on a 3-pointer by Lenz with 1.3 seconds to go."


def test_a_number_glued_to_a_word_counts_it_even_after_a_name() -> None:
    # "a Lenz 3-pointer" is no number three labelled by the name, as "Flight 3" would be
    not_contradicted("A Lenz 3-pointer with 1.3 seconds to go halved the deficit.", FINAL_PLAY)
    status, diffs = verdict("A Lenz 2-pointer with 1.3 seconds to go halved the deficit.",
                            FINAL_PLAY)
    assert status == "contradicted" and Difference("number", "2", "3") in diffs, diffs


def test_what_is_left_after_a_count_is_what_remains() -> None:
    passage = "The moment arrived in the third quarter: with 11 seconds to go, Lenz hit a jumper."
    both_ways(
        passage,
        same=["With 11 seconds left in the third quarter, Lenz hit a jumper.",
              "With 11 seconds remaining in the third quarter, Lenz hit a jumper."],
        changed=[("With 11 seconds left in the fourth quarter, Lenz hit a jumper.",
                  Difference("ordinal", "4th", "3rd"))],
    )
    # one who left is no count of what remains
    status, diffs = verdict("With 11 seconds left in the third quarter, Lenz arrived.",
                            "With 11 seconds left in the third quarter, Lenz departed.")
    assert status == "contradicted", diffs


AGO = ("The probe succeeded in shifting the asteroid's orbit, the agency announced. The agency "
       "attempted the test two weeks ago.")


def test_a_span_after_the_deed_done_that_long_ago_is_the_same_span() -> None:
    status, diffs = verdict(
        "Two weeks after attempting the test, the agency announced that the probe had shifted "
        "the asteroid's orbit.", AGO,
    )
    assert status == "ok", diffs


def test_a_span_before_the_deed_done_that_long_ago_contradicts() -> None:
    status, diffs = verdict(
        "Two weeks before attempting the test, the agency announced that the probe had shifted "
        "the asteroid's orbit.", AGO,
    )
    assert status == "contradicted" and Difference("wording", "before", "ago") in diffs, diffs
    # a span later than a deed the passage does not date back still stands against "ago"
    status, diffs = verdict("A year later the minister axed the line.",
                            "A year ago the minister axed the line.")
    assert status == "contradicted", diffs


LOST_TO = "Lenz finished with 26 points. However, the Kestrels lost 114-124 to the Norvia Hawks."


def test_a_loss_to_a_winner_is_the_winners_win() -> None:
    not_contradicted("Lenz scored 26 points, but the Norvia Hawks won 124-114.", LOST_TO)
    status, diffs = verdict("Lenz finished with 26 points, but the Kestrels won 124-114.",
                            LOST_TO)
    assert status == "contradicted", diffs
    assert Difference("wording", "won", "lost") in diffs, diffs


FASTER_ORBIT = "Since the impact the moonlet completes an orbit 33 minutes faster than before."


def test_a_span_of_time_said_faster_is_so_much_less_time() -> None:
    both_ways(
        FASTER_ORBIT,
        same=["Since the impact the moonlet takes 33 minutes less to complete an orbit than "
              "before."],
        changed=[("Since the impact the moonlet takes 33 minutes longer to complete an orbit "
                  "than before.", Difference("wording", "longer", "faster"))],
    )
    # the same span said of each side of a comparison says the same
    not_contradicted("Kray was 2 seconds faster than Lenz in the final.",
                     "Lenz was 2 seconds slower than Kray in the final.")
    status, diffs = verdict("Kray ran the final 2 seconds faster than Lenz.",
                            "Kray ran the final 2 seconds slower than Lenz.")
    assert status == "contradicted", diffs


def test_slightly_and_a_little_bound_as_their_comparator_does() -> None:
    both_ways(
        "With just over 40 people in the hall, Lenz spoke for an hour.",
        same=["With slightly more than 40 people in the hall, Lenz spoke for an hour.",
              "With a little over 40 people in the hall, Lenz spoke for an hour."],
        changed=[("With a little under 40 people in the hall, Lenz spoke for an hour.",
                  Difference("comparator", "fewer than 40", "more than 40"))],
    )
    # away from a comparator, "little" is a word of its own the passage must carry
    status, diffs = verdict("Lenz finished with little time to spare, in 2:00:35.",
                            "Lenz finished with plenty of time to spare, in 2:00:35.")
    assert status != "ok", diffs


def test_a_total_between_a_number_and_its_noun_leaves_the_noun_counted() -> None:
    passage = "All told, Lenz accounted for 399 of the Hawks' 455 yards in the final."
    not_contradicted("Of the Hawks' 455 total yards, 399 were accounted for by Lenz.", passage)
    status, diffs = verdict("Of the Hawks' 445 total yards, 399 were accounted for by Lenz.",
                            passage)
    assert status == "contradicted" and Difference("number", "445", "455") in diffs, diffs


def test_a_no_that_answers_denies_nothing_after_it() -> None:
    passage = ("Is the plant ready? No. Reaching energy gain has been seen for decades as a "
               "crucial step in proving that fusion plants are possible.")
    assert not extract("No. Reaching energy gain has been seen as a step.").of("negation")
    status, diffs = verdict(
        "Reaching energy gain has been seen for decades as a crucial step in proving that "
        "fusion plants are possible.", passage,
    )
    assert status == "ok", diffs
    # a "no" that refuses is still a denial
    assert extract("The board said no.").of("negation")
    status, diffs = verdict(
        "Reaching energy gain has not been seen as a crucial step in proving that fusion plants "
        "are possible.", passage,
    )
    assert status == "contradicted", diffs


NON_PANDEMIC = "Kestrel reported the lowest announced crowd for any non-pandemic final."


def test_non_before_a_word_says_what_not_says() -> None:
    not_contradicted(
        "Kestrel reported the lowest announced crowd for any final not during the pandemic.",
        NON_PANDEMIC,
    )
    status, diffs = verdict(
        "Kestrel reported the lowest announced crowd for any final, not the pandemic ones.",
        "Kestrel reported the lowest announced crowd for any final, the pandemic ones included.",
    )
    assert status == "contradicted", diffs


BACK_AND_FORTH = (
    "In a back-and-forth game, the two teams were tied at 19 at the end of regulation. Lenz "
    "kicked a 27-yard field goal in overtime to give the Hawks a 22-19 lead."
)


def test_the_halves_of_a_paired_compound_oppose_nothing() -> None:
    status, diffs = verdict(
        "The teams were level at 19 when regulation ended. Lenz then put the Hawks 22-19 ahead "
        "with a 27-yard field goal in overtime.", BACK_AND_FORTH,
    )
    assert status == "ok", diffs
    status, diffs = verdict(
        "The teams were level at 19 when regulation ended. Lenz then put the Hawks 22-19 ahead "
        "with a 37-yard field goal in overtime.", BACK_AND_FORTH,
    )
    assert status == "contradicted" and Difference("number", "37", "27") in diffs, diffs


ANNOUNCED = (
    "On 13 May 2022 the energy minister stood at a podium in Norvia and announced the result. "
    "Eight days earlier, the Kestrel lasers had fired a pulse into the capsule."
)


def test_a_span_after_a_deed_is_the_passages_span_back_to_it() -> None:
    status, diffs = verdict(
        "The result was announced by the energy minister in Norvia on 13 May 2022, eight days "
        "after the Kestrel lasers fired.", ANNOUNCED,
    )
    assert status == "ok", diffs
    status, diffs = verdict(
        "The result was announced by the energy minister in Norvia on 13 May 2022, nine days "
        "after the Kestrel lasers fired.", ANNOUNCED,
    )
    assert status == "contradicted", diffs
    # a span counted from nothing named is no span back to what was told
    status, diffs = verdict("A year later Lenz broke the record.",
                            "Lenz set the record. A year earlier, Kray had broken it.")
    assert status != "ok", diffs


def test_absorbing_is_the_opposite_of_releasing() -> None:
    passage = "When two nuclei are forced close enough together, they fuse and release a neutron."
    both_ways(
        passage,
        same=["When two nuclei are forced close enough together, they fuse and release a "
              "neutron."],
        changed=[("When two nuclei are forced close enough together, they fuse and absorb a "
                  "neutron.", Difference("wording", "absorb", "release"))],
    )


SHOT = ("Each shot of the Kestrel laser requires 410MJ of electrical energy and returns 4.65 "
        "megajoules.")


def test_energy_units_read_as_units_in_any_spelling() -> None:
    both_ways(
        SHOT,
        same=["Electrical energy each Kestrel laser shot requires: 410 MJ.",
              "Each shot of the Kestrel laser requires 410 megajoules of electrical energy and "
              "returns 4,650 kJ."],
        changed=[("Each shot of the Kestrel laser requires 410 GJ of electrical energy and "
                  "returns 4.65 megajoules.", Difference("unit", "410 gj", "410 mj"))],
    )
    # a unit in capitals after a number is no name the passage must give
    assert not extract("Output of the shot: 3.88 MJ.").of("name")
    assert [f.unit for f in extract("a 400MW plant and a 5 GW grid").of("number")] == ["mw", "gw"]


def test_a_span_summed_over_leaves_the_unit_counted() -> None:
    passage = "The only active player in the top 25 is Kray, who has 26,684 career points."
    not_contradicted("Kray, with 26,684 points, is the only active player in the top 25.",
                     passage)
    status, diffs = verdict("Kray, with 26,864 points, is the only active player in the top 25.",
                            passage)
    assert status == "contradicted" and Difference("number", "26,864", "26,684") in diffs, diffs
    # a noun that says what kind of point it is stays its unit
    assert [f.unit for f in extract("He had only one break point.").of("number")] == ["break"]


def test_north_of_a_figure_is_more_than_it() -> None:
    passage = "The plant ran at a net loss north of 99% of the energy it drew."
    both_ways(
        passage,
        same=["The plant ran at a net loss of more than 99% of the energy it drew."],
        changed=[("The plant ran at a net loss of less than 99% of the energy it drew.",
                  Difference("comparator", "fewer than 99", "more than 99"))],
    )


POSTS = ("Tom Lenz, chief engineer for Kestrel, said the crash also left the probe spinning "
         "slowly. The outcome was a triumph, said Ana Ortiz, director of Kestrel's science "
         "division.")


def test_a_post_said_before_its_holder_is_the_holders_post() -> None:
    # the body's name and its post's holder trade no places: one tells who the other is
    status, diffs = verdict(
        "Kestrel's chief engineer, Tom Lenz, said the crash also left the probe spinning slowly.",
        POSTS,
    )
    assert status == "ok", diffs


def test_a_post_given_to_one_who_holds_another_contradicts() -> None:
    status, diffs = verdict(
        "Kestrel's chief engineer, Ana Ortiz, said the crash also left the probe spinning "
        "slowly.", POSTS,
    )
    assert status == "contradicted", diffs
    assert Difference("name", "Ana Ortiz", "Tom Lenz") in diffs, diffs
    # a post the passage gives no other post's holder may be held by two ("a co-founder")
    status, diffs = verdict(
        "Omnix's co-founder, Bea Kray, said the firm would list its shares in 2026.",
        "Arvo Ortiz, co-founder of Omnix, said the firm would list its shares in 2026.",
    )
    assert status != "contradicted", diffs


CONVERSE = "Norvia's 3-1 semi-final defeat to England drew 11.15M viewers."


def test_one_sides_win_over_another_is_the_others_defeat_to_it() -> None:
    status, diffs = verdict("England's 3-1 semi-final win over Norvia drew 11.15 million viewers.",
                            CONVERSE)
    assert status == "ok", diffs
    status, diffs = verdict("Norvia's 3-1 semi-final win over England drew 11.15 million viewers.",
                            CONVERSE)
    assert status == "contradicted", diffs
    assert Difference("wording", "win", "defeat") in diffs, diffs
    status, diffs = verdict(
        "England's 3-1 semi-final defeat to Norvia drew 11.15 million viewers.", CONVERSE
    )
    assert status == "contradicted", diffs


SWAPPED_TOLLS = "There are 1464 deaths in Norvia. In Kestrel the number of deaths is 256."


def test_two_names_each_given_the_others_value_contradict() -> None:
    not_contradicted("Norvia counts 1,464 deaths and Kestrel 256.", SWAPPED_TOLLS)
    status, diffs = verdict("Kestrel counts 1,464 deaths and Norvia 256.", SWAPPED_TOLLS)
    assert status == "contradicted", diffs
    assert Difference("number", "1,464", "256") in diffs, diffs


ELIDED_UNIT = ("To make those 1.85 megajoules of laser light, the Kestrel plant drew roughly 360 "
               "megajoules from the wall. The reaction returned 4.65.")


def test_a_value_whose_unit_is_understood_may_hold_the_claims_role() -> None:
    not_contradicted(
        "The Kestrel plant drew roughly 360 megajoules from the wall, and the reaction returned "
        "4.65 megajoules.", ELIDED_UNIT,
    )
    status, diffs = verdict(
        "The Kestrel plant drew roughly 360 megajoules from the wall, and the reaction returned "
        "1.85 megajoules.", ELIDED_UNIT,
    )
    assert status == "contradicted" and Difference("number", "1.85", "4.65") in diffs, diffs


TARGETS = ("The original mission target had been Norvia, but it was changed to Kestria when it was "
           "clear that the launch would take place in 2004.")


def test_names_exchanged_between_places_said_in_other_words() -> None:
    status, diffs = verdict(
        "The original mission target had been Norvia, but it was switched to Kestria when it "
        "became clear the launch would take place in 2004.", TARGETS,
    )
    assert status == "ok", diffs
    status, diffs = verdict(
        "The original mission target had been Kestria, but it was switched to Norvia when it "
        "became clear the launch would take place in 2004.", TARGETS,
    )
    assert status == "contradicted", diffs
    assert Difference("name", "Kestria … Norvia", "Norvia … Kestria") in diffs, diffs


def test_twice_is_a_count_of_two_times() -> None:
    passage = "Kray won the title two times, in 2019 and 2021."
    both_ways(
        passage,
        same=["Kray won the title twice, in 2019 and 2021."],
        changed=[("Kray won the title three times, in 2019 and 2021.",
                  Difference("number", "3", "2"))],
    )
    status, diffs = verdict("Kray won the title three times, in 2019 and 2021.",
                            "Kray won the title twice, in 2019 and 2021.")
    assert status == "contradicted" and Difference("number", "3", "2") in diffs, diffs
    # a multiplier is no count of times
    assert not extract("Prices rose twice as fast as wages.").of("number")
    assert not extract("Norvia is twice the size of Kestria.").of("number")


SHARE_LOST = "People who had the weekly Zelora injection saw their weight drop by 12% on average."


def test_a_figure_said_as_a_share_is_no_count_or_measure() -> None:
    both_ways(
        SHARE_LOST,
        same=["People on the weekly Zelora injection lost 12% of their weight on average."],
        changed=[("People on the weekly Zelora injection lost 12 kilograms on average.",
                  Difference("unit", "12 kilograms", "12 %"))],
    )
    status, diffs = verdict("Kray is one of the 44 Tour starters who will ride at the Games.",
                            "Kray is one of the 44 percent of Tour starters who will ride at "
                            "the Games.")
    assert status == "contradicted", diffs
    # a small count met in another unit may be another fact altogether
    status, diffs = verdict("Kray won 3 stages of the Tour, his 12th in all.",
                            "Kray won 3% of his races and 12 stages of the Tour in all.")
    assert Difference("unit", "3 stages", "3 %") not in diffs, diffs


# --- superlatives after an owner or a stressing word; a group is no rank ------------------------


def test_a_superlative_after_an_owner_or_a_stressing_word_ranks() -> None:
    both_ways(
        "Ortiz bought a 7.4% stake in Omnix, making him the company's single largest "
        "shareholder.",
        same=[
            "Ortiz's 7.4% stake made him the biggest single shareholder of Omnix.",
            "With 7.4% of Omnix, Ortiz became its largest shareholder.",
        ],
        changed=[
            ("With 7.4% of Omnix, Ortiz became its second-largest shareholder.",
             Difference("ordinal", "2nd", "1st")),
        ],
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Omnix is one of the largest makers of gliders.",
        "Omnix ranks among the world's most valuable makers of gliders.",
        "Omnix is among the biggest makers of gliders.",
    ],
)
def test_a_member_of_a_group_of_the_biggest_has_no_rank(text: str) -> None:
    assert extract(text).of("ordinal") == []
    status, diffs = verdict("Omnix is the largest maker of gliders.", text)
    assert status != "ok", diffs


def test_another_superlative_of_the_same_rank_is_no_rival() -> None:
    passage = (
        "Kray had won 27 games in a row at the Kestrel Arena, the longest winning run at the "
        "oldest ground of the country since it opened in 1931."
    )
    assert verdict(
        "Kray had won 27 straight games at the Kestrel Arena, the longest such run since the "
        "ground opened in 1931.", passage,
    ) == ("ok", [])
    status, diffs = verdict(
        "Kray had won 27 straight games at the Kestrel Arena, the second-longest such run "
        "since the ground opened in 1931.", passage,
    )
    assert status == "contradicted", diffs


def test_never_before_another_deed_orders_the_deeds_and_ranks_nothing_first() -> None:
    passage = (
        "The richest man in the country, Ortiz, first agreed to sit on the Omnix board, then "
        "changed course and bid for the whole company at $41.50 a share."
    )
    status, diffs = verdict(
        "Ortiz never agreed to sit on the Omnix board before bidding for the whole company at "
        "$41.50 a share.", passage,
    )
    assert status == "contradicted", diffs
    # "never ... before" with nothing after it still says "the first"
    assert verdict(
        "No Vantor player before Kray had scored in a final.",
        "Kray became the first Vantor player to score in a final.",
    )[0] == "ok"


# --- the whole a part is counted from, however the clause opens ---------------------------------


def test_a_whole_opened_after_a_semicolon_or_with_an_owner_is_a_whole() -> None:
    both_ways(
        "A total of 52 patients received the drug. Of the 38 patients followed for two years, "
        "33 were free of crises for at least a year.",
        same=["The drug was given to 52 patients; of the 38 followed for two years, 33 were "
              "free of crises for at least a year."],
        changed=[("The drug was given to 52 patients; of the 38 followed for two years, 30 were "
                  "free of crises for at least a year.", Difference("number", "30", "33"))],
    )  # fmt: skip
    both_ways(
        "Kray led 1,112 of the 1,404 laps in the season.",
        same=["Of the season's 1,404 laps, Kray led 1,112."],
        changed=[("Of the season's 1,404 laps, Kray led 1,121.",
                  Difference("number", "1,121", "1,112"))],
    )  # fmt: skip


def test_all_of_a_whole_in_the_passage_is_the_whole_and_the_part() -> None:
    passage = "All 120 seats in the assembly are elected.\n61 seats needed for a majority"
    assert verdict("Seats needed for a majority: 61 of 120.", passage) == ("ok", [])
    status, diffs = verdict("Seats needed for a majority: 60 of 120.", passage)
    assert status == "contradicted", diffs
    # in a claim, "all 59" is the part as well: 48 of them is not all
    status, diffs = verdict(
        "Ortiz's party won all 59 seats in the assembly.",
        "Ortiz's party won 48 of the 59 seats in the assembly.",
    )
    assert status == "contradicted", diffs


# --- units written squared or joined by hyphens ------------------------------------------------


def test_an_area_written_squared_or_in_words_is_one_unit() -> None:
    assert [f.unit for f in extract("It covers 583 km² of land.").of("number")] == ["km²"]
    assert [f.unit for f in extract("It covers 583 km2 of land.").of("number")] == ["km²"]
    both_ways(
        "The island covers a surface area of just 583 square kilometres.",
        same=["The island covers a surface area of only 583 km².",
              "The island covers a surface area of only 583 km2."],
        changed=[("The island covers a surface area of only 583 mi².",
                  Difference("unit", "583 mi²", "583 square kilometres"))],
    )  # fmt: skip
    status, diffs = verdict("The island covers only 583 km².", "The island is just 583 km long.")
    assert status != "ok", diffs


def test_a_share_joined_by_a_hyphen_is_a_share() -> None:
    both_ways(
        "Five 31.5-km laps took in the 2.3-km, 6.4-percent Kestrel climb.",
        same=["The Kestrel climb: 2.3 km at 6.4 percent.", "The Kestrel climb: 2.3 km at 6.4%."],
        changed=[("The Kestrel climb: 2.3 km at 6.8 percent.",
                  Difference("number", "6.8", "6.4"))],
    )  # fmt: skip


# --- a name that is a common noun too; a stretch run the other way ------------------------------


def test_a_name_that_is_a_common_noun_is_said_in_small_letters() -> None:
    passage = "Long ago, two stars that were 12 to 15 times the size of the sun merged."
    assert verdict(
        "The two stars that merged were 12 to 15 times the size of the Sun.", passage
    ) == ("ok", [])
    status, diffs = verdict(
        "The two stars that merged were 12 to 15 times the size of Jupiter.", passage
    )
    assert status != "ok", diffs


def test_a_stretch_run_the_other_way_contradicts() -> None:
    both_ways(
        "On 3 June the storm will carry heavy rain from the southwest to the northeast across "
        "the region.",
        same=["On 3 June the storm will carry heavy rain across the region from the southwest to "
              "the northeast."],
        changed=[("On 3 June the storm will carry heavy rain across the region from the northeast "
                  "to the southwest.",
                  Difference("wording", "from northeast to southwest",
                             "from southwest to northeast"))],
    )  # fmt: skip


# --- a capitalised word before a measure; match-play margins; within / outside -----------------


def test_a_sentence_opening_word_before_a_measure_is_no_label() -> None:
    assert [f.unit for f in extract("Located 23 km south-west of Lenz, the park is new.")
            .of("number")] == ["km"]  # fmt: skip
    assert [f.unit for f in extract("Flight 610 crashed.").of("number")] == ["#flight"]
    both_ways(
        "Located 23 km south-west from the centre of Lenz, the 90-hectare park has 14 lakes.",
        same=["The park is located 23 km south-west of the centre of Lenz."],
        changed=[("The park is located 23 miles south-west of the centre of Lenz.",
                  Difference("unit", "23 miles", "23 km"))],
    )  # fmt: skip


def test_a_match_play_margin_is_read_as_a_score() -> None:
    passage = (
        "Kray and Lenz tore through Ortiz and Vantor with a 5&4 win, while Norvia added a "
        "3 & 2 victory over Kestrel."
    )
    assert [f.value for f in extract(passage).of("range")] == [
        (Fraction(5), Fraction(4)), (Fraction(3), Fraction(2))
    ]
    both_ways(
        passage,
        same=["Kray and Lenz tore through Ortiz and Vantor 5&4."],
        changed=[("Kray and Lenz tore through Ortiz and Vantor 4&3.",
                  Difference("range", "4–3", "5–4"))],
    )  # fmt: skip


def test_outside_is_the_opposite_of_within() -> None:
    both_ways(
        "The balloon came to rest within the marked recovery area north of Lenz.",
        same=["The balloon landed within the marked recovery area north of Lenz."],
        changed=[("The balloon landed outside the marked recovery area north of Lenz.",
                  Difference("wording", "outside", "within"))],
    )  # fmt: skip


# --- a claim's range against the passage's one figure -------------------------------------------


@pytest.mark.parametrize(
    ("claim", "passage", "inside"),
    [
        ("The list price of Zelora is between £2.4m and £2.6m.",
         "The list price of Zelora is £2.15m.", False),
        ("The list price of Zelora is between £2.0m and £2.6m.",
         "The list price of Zelora is £2.15m.", True),
        ("Between 900 and 1,100 Omnix employees lost their jobs on Monday.",
         "About 760 employees lost their jobs on Monday.", False),
        ("Each shot needs between 150 and 180 MJ of electrical energy.",
         "Each shot needs 240MJ of electrical energy.", False),
        ("Each shot needs between 220 and 260 MJ of electrical energy.",
         "Each shot needs 240MJ of electrical energy.", True),
        ("Omnix forecast current-quarter revenue of between USD 13 billion and USD 14 billion.",
         "Omnix forecast its revenue in the current quarter will hit USD 16 billion.", False),
        ("Omnix forecast current-quarter revenue of between USD 15 billion and USD 17 billion.",
         "Omnix forecast its revenue in the current quarter will hit USD 16 billion.", True),
        ("The Kestrel party received between 1.2 million and 1.6 million votes.",
         "The Kestrel party received over 1.6 million votes.", False),
        ("The Kestrel party received between 1.2 million and 1.6 million votes.",
         "The Kestrel party received almost 1.5 million votes.", True),
    ],
)  # fmt: skip
def test_a_range_against_one_figure_outside_it_contradicts(
    claim: str, passage: str, inside: bool
) -> None:
    status, diffs = verdict(claim, passage)
    if inside:
        assert status != "contradicted", diffs
    else:
        assert status == "contradicted", diffs
        assert any(d.kind == "range" for d in diffs), diffs


# --- a passage whose wording differs much but which accounts for every word -------------------


@pytest.mark.parametrize(
    ("passage", "same", "changed"),
    [
        ("The landing site on the moonlet that measures some 6 kilometres long by 2.5 kilometres "
         "wide and 2 kilometres thick - some liken its shape to a shoe - is to be at its tip.",
         "The moonlet is roughly 6 km in length, 2.5 km in width and 2 km in thickness.",
         "The moonlet is roughly 7 km in length, 2.5 km in width and 2 km in thickness."),
        ("Officials said on Tuesday that engineers had for the first time run the turbine for a "
         "full day without a single fault.",
         "Day of the announcement: Tuesday.", "Day of the announcement: Monday."),
    ],
)  # fmt: skip
def test_a_claim_every_word_of_which_the_passage_accounts_for_is_judged_though_worded_apart(
    passage: str, same: str, changed: str
) -> None:
    a = analyse(same, passage, reference=REFERENCE)
    assert a.score < 66 and a.status == "ok", (a.score, a.note)
    # a differing fact in so unlike a passage is not stated, never contradicted
    b = analyse(changed, passage, reference=REFERENCE)
    assert b.status == "missing", (b.score, b.note)


# --- grams and ounces; basis points ------------------------------------------------------------


def test_a_mass_in_grams_or_ounces_is_a_measure() -> None:
    both_ways(
        "About 5.3 ounces (150 grams) of dust from the moon is inside the canister.",
        same=["Dust from the moon in the canister: roughly 150 grams (5.3 ounces).",
              "Dust from the moon in the canister: about 0.15 kilograms."],
        changed=[("Dust from the moon in the canister: roughly 150 kilograms.",
                  Difference("unit", "about 150 kilograms", "about 150 grams"))],
    )  # fmt: skip


def test_basis_points_are_no_percentage_points() -> None:
    both_ways(
        "The yield on a five-year note rose 25 basis points to 3.72 per cent.",
        same=["The five-year note yield rose 25 basis points to 3.72 per cent."],
        changed=[("The five-year note yield rose 25 percentage points to 3.72 per cent.",
                  Difference("unit", "25 percentage points", "25 basis points"))],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("passage", "same", "changed", "words"),
    [
        ("The launch of the Kestrel rocket failed on its third attempt.",
         "On its third attempt the launch of the Kestrel rocket failed.",
         "The launch of the Kestrel rocket was successful on its third attempt.",
         ("successful", "failed")),
        ("Officials disclosed the cost of the Omnix contract, $5 million.",
         "Officials revealed the cost of the Omnix contract, $5 million.",
         "Officials withheld the cost of the Omnix contract, $5 million.",
         ("withheld", "disclosed")),
        ("In March the Zelora fund kept its 9% stake in Omnix.",
         "In March the Zelora fund retained its 9% stake in Omnix.",
         "In March the Zelora fund sold its 9% stake in Omnix.", ("sold", "kept")),
    ],
)  # fmt: skip
def test_deeds_and_their_opposites(
    passage: str, same: str, changed: str, words: tuple[str, str]
) -> None:
    both_ways(passage, same=[same], changed=[(changed, Difference("wording", *words))])


def test_a_name_given_only_beside_the_sentence_put_in_anothers_place_contradicts() -> None:
    passage = (
        "Kray, who won the 2019 title, finished third behind Lenz and Ortiz. Vantor, the coach "
        "of the Kestrel club, praised Lenz after the race in Norvia."
    )
    both_ways(
        passage,
        same=["After the race in Norvia, Kestrel club coach Vantor praised Lenz."],
        changed=[("Vantor, the coach of the Kestrel club, praised Ortiz after the race.",
                  Difference("name", "Ortiz", "Lenz"))],
    )  # fmt: skip


def test_a_name_put_in_anothers_place_before_a_score_contradicts() -> None:
    both_ways(
        "In the final the Kestrel captain beat Lenz 6-4 in the third set, and Ortiz lost in the "
        "semi-final.",
        same=["In the final the Kestrel captain beat Lenz in the third set."],
        changed=[("In the final the Kestrel captain beat Ortiz in the third set.",
                  Difference("name", "Ortiz", "Lenz"))],
    )  # fmt: skip


def test_volumes_and_races_named_by_distance_in_two_units() -> None:
    assert [f.unit for f in extract("2,000 litres (2 m³) of water").of("number")] == [
        "litres", "m³"
    ]
    both_ways(
        "The Kestrel dam holds 5 cubic kilometres of water.",
        same=["The Kestrel dam holds 5 km³ of water."],
        changed=[("The Kestrel dam holds 5 cubic metres of water.",
                  Difference("unit", "5 cubic metres", "5 cubic kilometres"))],
    )  # fmt: skip
    status, diffs = verdict("The 200-mile race starts in Lenz.", "The 200-km race starts in Lenz.")
    assert status == "contradicted" and any(d.kind == "unit" for d in diffs), diffs
    assert verdict("The 200 km race starts in Lenz.", "The 200-km race starts in Lenz.")[0] == "ok"


@pytest.mark.parametrize(
    ("passage", "same", "changed", "words"),
    [
        ("Critics praised the Kestrel plan when it was published in 2021.",
         "When it was published in 2021, the Kestrel plan was praised by critics.",
         "Critics criticised the Kestrel plan when it was published in 2021.",
         ("criticised", "praised")),
        ("The Omnix fund recorded inflows of $0.8 billion in May.",
         "In May the Omnix fund took in inflows of $0.8 billion.",
         "The Omnix fund recorded outflows of $0.8 billion in May.", ("outflows", "inflows")),
        ("The state ran a surplus of $4 billion in 2022.",
         "In 2022 the state had a surplus of $4 billion.",
         "The state ran a deficit of $4 billion in 2022.", ("deficit", "surplus")),
        ("The Kestrel club was promoted to the top division in 2015.",
         "In 2015 the Kestrel club won promotion to the top division.",
         "The Kestrel club was relegated from the top division in 2015.",
         ("relegated", "promoted")),
        ("After a slip in the opening game, Ortiz held his serve and led 4-1.",
         "After a slip in the opening game, Ortiz kept his serve and led 4-1.",
         "After a slip in the opening game, Ortiz dropped his serve and led 4-1.",
         ("dropped", "held")),
        ("The Kestrel rover stopped near the base of a steep ridge.",
         "Near the base of a steep ridge the Kestrel rover stopped.",
         "The Kestrel rover stopped near the top of a steep ridge.", ("top", "base")),
        ("The Omnix board congratulated the union on its new pay deal.",
         "The Omnix board praised the union on its new pay deal.",
         "The Omnix board criticised the union over its new pay deal.",
         ("criticised", "congratulated")),
        ("It was the quickest count the Kestria board had run.",
         "It was the fastest count the Kestria board had run.",
         "It was the slowest count the Kestria board had run.",
         ("slowest", "quickest")),
        ("Lenz was absent from the Kestrel ceremony in May.",
         "Lenz missed the Kestrel ceremony in May.",
         "Lenz attended the Kestrel ceremony in May.", ("attended", "absent")),
    ],
)  # fmt: skip
def test_judgements_and_movements_and_their_opposites(
    passage: str, same: str, changed: str, words: tuple[str, str]
) -> None:
    status, diffs = verdict(same, passage)
    assert status != "contradicted", diffs
    status, diffs = verdict(changed, passage)
    assert status == "contradicted" and Difference("wording", *words) in diffs, diffs


def test_a_bound_said_after_what_is_counted_bounds_the_number() -> None:
    assert [f.comparator for f in extract("Omnix sold 5 million units at most.").of("number")] == [
        "<="
    ]
    assert [f.comparator for f in extract("It took three hours at the very least.")
            .of("number")] == [">="]  # fmt: skip
    assert [f.comparator for f in extract("Kray ran 5 km at least once a week.")
            .of("number")] == [None]  # fmt: skip
    both_ways(
        "Omnix sold more than 5 million phones in 2023.",
        same=["In 2023 Omnix sold 5 million phones at least."],
        changed=[("In 2023 Omnix sold 5 million phones at most.",
                  Difference("comparator", "up to 5,000,000", "more than 5,000,000"))],
    )  # fmt: skip


# --- clock times in words; fractions joined by a hyphen ----------------------------------------


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("the gates opened at a quarter to seven", (6, 45, None, False)),
        ("at half past nine", (9, 30, None, False)),
        ("at seven o'clock", (7, 0, None, False)),
        ("at 6.45 in the morning", (6, 45, None, True)),
        ("a quarter past 10 at night", (22, 15, None, True)),
    ],
)
def test_a_time_of_day_in_words(text: str, clock: tuple[int, int, None, bool]) -> None:
    assert [f.value for f in extract(text).of("time")] == [clock]


def test_a_quarter_or_half_of_something_is_no_time() -> None:
    assert extract("a quarter of the votes, half past the post").of("time") == []


def test_a_clock_time_in_words_against_digits() -> None:
    both_ways(
        "Crowds queued from first light; the doors opened at a quarter to eight.",
        same=["The doors opened at 7.45 in the morning, with crowds queuing from first light."],
        changed=[("The doors opened at 8.45 in the morning, with crowds queuing from first "
                  "light.", Difference("time", "8:45", "7:45"))],
    )  # fmt: skip


def test_a_fraction_joined_by_a_hyphen_keeps_its_bound() -> None:
    assert [(f.value, f.comparator) for f in extract("slightly more than one-half litre")
            .of("number")] == [(Fraction(1, 2), ">")]  # fmt: skip
    both_ways(
        "The jug holds only slightly more than one-half litre of milk.",
        same=["The jug holds a little more than half a litre of milk."],
        changed=[("The jug holds a little less than half a litre of milk.",
                  Difference("comparator", "fewer than half", "more than half litre"))],
    )  # fmt: skip


def test_not_enough_is_insufficient() -> None:
    passage = "The 2,400 new homes are insufficient to meet the 2030 target of Lenz."
    not_contradicted(
        "The 2,400 new homes are not enough to meet the 2030 target of Lenz.", passage
    )
    status, diffs = verdict(
        "The 2,400 new homes are not enough to meet the 2030 target of Lenz.",
        "The 2,400 new homes are enough to meet the 2030 target of Lenz.",
    )
    assert status == "contradicted", diffs


def test_the_doer_of_one_deed_joined_to_the_one_another_was_done_to_contradicts() -> None:
    both_ways(
        "Lenz beat Ortiz 3-1 in the final, while Kray beat Vantor in the semi-final.",
        same=["Kray beat Vantor in the semi-final.", "Lenz beat Ortiz in the final."],
        changed=[("Lenz beat Vantor in the final.", Difference("name", "Vantor", "Ortiz"))],
    )  # fmt: skip


def test_a_deed_moved_to_another_event_of_the_passage_contradicts() -> None:
    both_ways(
        "Lenz beat Ortiz 3-1 in Sunday's final, while Kray beat Vantor in the semi-final.",
        same=["Kray beat Vantor in the semi-final.", "Lenz beat Ortiz 3-1 in the final."],
        changed=[("Kray beat Vantor in the final.",
                  Difference("wording", "in the final", "in the semi-final")),
                 ("Lenz beat Ortiz 3-1 in the semi-final.",
                  Difference("wording", "in the semi-final", "in the final"))],
    )  # fmt: skip


def test_a_value_replaced_instead_of_another_is_the_start_of_a_change() -> None:
    both_ways(
        "The threshold at which buyers in Norvia begin to pay the Kestrel tax will increase "
        "from £350,000 to £450,000.",
        same=["Buyers in Norvia will now start paying the Kestrel tax at £450,000 instead of "
              "£350,000."],
        changed=[("Buyers in Norvia will now start paying the Kestrel tax at £350,000 instead of "
                  "£450,000.", Difference("negation", "not 450,000", None))],
    )  # fmt: skip


def test_a_negated_verb_of_two_words_said_as_one_noun() -> None:
    # "instead of selling it off" is "rather than opting for a selloff"
    passage = ("Kestrel confirmed its decision to keep the Omnix mobile unit within the group "
               "rather than opting for a selloff.")
    claim = "Kestrel confirmed it will keep the Omnix mobile unit instead of selling it off."
    assert not [d for d in differences(claim, passage) if d.kind == "negation"]
    status, diffs = verdict(claim, passage)
    assert status == "ok", diffs
    # the unit sold off after all: the claim's denial is not the passage's
    status, diffs = verdict(claim, "Kestrel confirmed its decision to sell off the Omnix "
                            "mobile unit, to keep the group lean.")
    assert status == "contradicted", diffs
    assert Difference("negation", "instead of", None) in diffs


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        ("Lenz was overwhelmed when he heard the news, while Ortíz was grateful.",
         "Ortiz was overwhelmed when he heard the news, while Lenz was grateful."),
        ("Lenz was overwhelmed when he heard the news, while Ortiz was grateful.",
         "Ortíz was overwhelmed when he heard the news, while Lenz was grateful."),
    ],
)
def test_names_swapped_though_one_side_writes_them_with_accents(claim: str, passage: str) -> None:
    status, diffs = verdict(claim, passage)
    assert status == "contradicted", diffs
    assert any(d.kind == "name" for d in diffs)


def test_one_name_with_and_without_its_accents_in_its_place() -> None:
    status, diffs = verdict(
        "Ortíz was overwhelmed when he heard the news, while Lenz was grateful.",
        "Ortiz was overwhelmed when he heard the news, while Lenz was grateful.",
    )
    assert status == "ok", diffs
    assert spelled_as_in("Ortíz met Lenz in Zürich", "Ortiz met Lenz in Zurich") == (
        "Ortiz met Lenz in Zurich"
    )


PLACED_YEARS = (
    "Ortiz started at Kestrel in 2003 as a researcher. In 2008, Kestrel gave her an "
    "ultimatum to either leave or be demoted."
)


def test_a_year_opening_its_sentence_is_the_date_of_that_sentences_event() -> None:
    # "In 2008, Kestrel gave her an ultimatum": 2008 is the ultimatum's year
    status, diffs = verdict(
        "Ortiz started at Kestrel in 2003, and in 2008 Kestrel gave her an ultimatum to leave.",
        PLACED_YEARS,
    )
    assert status == "ok", diffs
    status, diffs = verdict(
        "Ortiz started at Kestrel in 2008, and in 2003 Kestrel gave her an ultimatum to leave.",
        PLACED_YEARS,
    )
    assert status == "contradicted", diffs
    assert any(d.kind == "date" for d in diffs)


def test_a_count_before_reports_is_no_teller() -> None:
    # "312 reports" counts reports; nobody named "312" reported anything
    passage = "The board received 312 reports. It considered 170 reports serious."
    claim = "The board judged 170 of 312 reports serious."
    assert teller_moved(claim, extract(claim), passage, extract(passage)) == []
    # ... while a teller who gives another figure still moves the claim's
    claim = "The charity said 100 people were injured."
    passage = "According to the ministry, 100 people were hurt; the charity put the number at 150."
    assert teller_moved(claim, extract(claim), passage, extract(passage)) == [
        Difference("number", "100", "150")
    ]


PRONOUN_SUBJECT = (
    "The safety board received 312 reports of possible faults at its depots. It considered "
    "170 reports about 65 depots serious enough for further inquiry."
)


def test_a_sentence_opening_with_it_is_about_the_subject_before() -> None:
    # "It considered 170": the board's judgement is the 170, not the 312 it received
    status, diffs = verdict(
        "The safety board found 170 reports about 65 depots serious enough for further "
        "inquiry.", PRONOUN_SUBJECT,
    )
    assert not [d for d in diffs if d.kind == "number"], diffs
    assert status != "contradicted"
    status, diffs = verdict(
        "The safety board found 312 reports about 65 depots serious enough for further "
        "inquiry.", PRONOUN_SUBJECT,
    )
    assert status == "contradicted", diffs
    assert Difference("number", "312", "170") in diffs


@pytest.mark.parametrize("written", ["metres", "meters"])
def test_a_labelled_value_has_the_labels_role(written: str) -> None:
    # "Lead after 20 metres: 0.05 seconds.": the label says what 0.05 is, and 20 is the
    # passage's 20 metres (in either spelling)
    passage = (f"After just 20 {written} Lenz's lead over Ortiz was already 0.05, a gulf in "
               "sprinting terms.")
    status, diffs = verdict("Lenz's lead over Ortiz after 20 metres: 0.05 seconds.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("Lenz's lead over Ortiz after 40 metres: 0.05 seconds.", passage)
    assert status == "contradicted", diffs
    assert Difference("number", "40", "20") in diffs


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        ("The capsule hit the atmosphere moving at more than 24,500 miles per hour.",
         "The capsule hit the atmosphere traveling faster than 24,500 miles per hour."),
        ("The capsule hit the atmosphere moving faster than 24,500 miles per hour.",
         "The capsule hit the atmosphere traveling at more than 24,500 miles per hour."),
        ("Kestria's comets have orbital periods shorter than 12 years.",
         "Kestria's comets have orbital periods of less than 12 years."),
    ],
)
def test_a_measures_comparison_before_a_number_is_its_comparator(
    claim: str, passage: str
) -> None:
    status, diffs = verdict(claim, passage)
    assert status == "ok", diffs


def test_a_measures_comparison_turned_contradicts() -> None:
    status, diffs = verdict(
        "The capsule hit the atmosphere moving slower than 24,500 miles per hour.",
        "The capsule hit the atmosphere traveling faster than 24,500 miles per hour.",
    )
    assert status == "contradicted", diffs
    assert any(d.kind == "comparator" for d in diffs)
    # with no number it is a word of its own, turned into its opposite
    status, diffs = verdict(
        "The Kestrel balloon burst much lower than officials had expected.",
        "The Kestrel balloon burst much higher than officials had expected.",
    )
    assert status == "contradicted", diffs
    assert Difference("wording", "lower", "higher") in diffs


def test_votes_against_another_count_compares_them() -> None:
    # "18,402 votes against 9,115" weighs two counts; "291 votes against" counts noes
    status, diffs = verdict(
        "With most of the count in, Ortiz had 18,402,311 votes against 9,115,702 for Lenz.",
        "With most of the votes counted, Ortiz garnered 18,402,311 votes over Lenz's 9,115,702.",
    )
    assert status == "ok", diffs
    passage = ("The results showed that 7,410 members, or 96.2% of the overall vote, were in "
               "favor of the motion with only 291 votes against.")
    status, diffs = verdict(
        "With 7,410 members, 96.2% of the vote, in favour of the motion, just 291 voted no.",
        passage,
    )
    assert status == "ok", diffs
    status, diffs = verdict(
        "With 7,410 members, 96.2% of the vote, in favour of the motion, just 291 voted yes.",
        passage,
    )
    assert status != "ok", diffs


def test_none_with_more_is_the_most_of_a_count() -> None:
    # "no one had ever received more votes than" says "the most votes ever"
    passage = ("Ortiz received 27.4 million votes, the most votes ever cast for a candidate in "
               "a presidential election in Kestria.")
    status, diffs = verdict(
        "No candidate in Kestria had ever received more votes than the 27.4 million cast for "
        "Ortiz.", passage,
    )
    assert status == "ok", diffs
    status, diffs = verdict(
        "Ortiz received 27.4 million votes, the fewest votes ever cast for a candidate in a "
        "presidential election in Kestria.", passage,
    )
    assert status == "contradicted", diffs


@pytest.mark.parametrize(
    "passage",
    [
        "Vela's 14 jumps in the Kestria final are the most ever landed by a skater in the event.",
        "Vela landed 14 jumps in the Kestria final, most by any skater in the event.",
    ],
)
def test_none_with_more_is_the_most_however_the_superlative_is_put(passage: str) -> None:
    # "the most ever", "most by any": the most of a count, without a plural noun after "most"
    status, diffs = verdict(
        "No skater has landed more jumps in the Kestria final than Vela's 14.", passage
    )
    assert status == "ok", diffs
    status, diffs = verdict(
        "No skater has landed more jumps in the Kestria final than Vela's 15.", passage
    )
    assert status == "contradicted", diffs
    assert Difference("number", "15", "14") in diffs
    # ranked second, someone has more: the claim's "no" is denied
    status, diffs = verdict(
        "No skater has landed more jumps in the Kestria final than Vela's 14.",
        passage.replace("the most ever", "the second most ever").replace(
            "most by any", "second most by any"
        ),
    )
    assert status == "contradicted", diffs


COORDINATED_RANKS = (
    "This was the 12th direct presidential election and 11th vice presidential election in "
    "Kestria since 1951."
)


def test_two_joined_values_each_keep_their_own_words() -> None:
    # "the 12th presidential election and 11th vice presidential election": the words between
    # are the 12th's, not the 11th's
    status, diffs = verdict(
        "It was Kestria's 12th direct presidential election since 1951 and its 11th vice "
        "presidential election.", COORDINATED_RANKS,
    )
    assert status == "ok", diffs
    status, diffs = verdict(
        "It was Kestria's 11th direct presidential election since 1951 and its 12th vice "
        "presidential election.", COORDINATED_RANKS,
    )
    assert status == "contradicted", diffs
    assert Difference("ordinal", "11th", "12th") in diffs


def test_a_year_set_off_after_a_range_of_days_dates_both_ends() -> None:
    # "From March 4 to August 19, 2021": both days are in 2021
    assert [f.value for f in extract("From March 4 to August 19, 2021, the union was out.")
            .of("range")] == [((2021, 3, 4), (2021, 8, 19))]  # fmt: skip
    assert [f.value for f in extract("From November 6 to March 14, 2023, it ran.")
            .of("range")] == [((2022, 11, 6), (2023, 3, 14))]  # fmt: skip
    passage = ("From March 4 to August 19, 2021, the Kestrel union went on strike. Lasting 168 "
               "days, it is the second-longest stoppage, behind the 1979 strike (175 days).")
    status, diffs = verdict(
        "From 4 March to 19 August 2021 the Kestrel union went on strike.", passage
    )
    assert status == "ok", diffs
    status, diffs = verdict(
        "From 4 March to 19 August 2020 the Kestrel union went on strike.", passage
    )
    assert status == "contradicted", diffs


ACCORDING = ("The strike has cost the region's economy over $4.2 billion and 31,000 jobs in the "
             "industry, according to Omnix.")


def test_a_teller_named_after_according_to_stands_for_the_claims() -> None:
    status, diffs = verdict(
        "According to Omnix, the strike has cost the region's economy over $4.2 billion and "
        "31,000 jobs.", ACCORDING,
    )
    assert status == "ok", diffs
    status, diffs = verdict(
        "According to Kestrel, the strike has cost the region's economy over $4.2 billion and "
        "31,000 jobs.", ACCORDING,
    )
    assert status == "contradicted", diffs
    assert Difference("name", "Kestrel", "Omnix") in diffs


def test_an_age_turned_is_the_birthday_had() -> None:
    passage = ("Lenz, who celebrated his 31st birthday the day after winning the 400 m, became "
               "the first man to do it.")
    status, diffs = verdict("Lenz turned 31 the day after winning the 400 m.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("Lenz turned 32 the day after winning the 400 m.", passage)
    assert status != "ok", diffs


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        ("Omnix overtook Kestrel on Tuesday as the region's largest lender.",
         "Omnix surpassed Kestrel on Tuesday as the region's largest lender."),
        ("Kestrel projected third-quarter revenue of $14 billion.",
         "Kestrel forecast that its third-quarter revenue would be $14 billion."),
        ("Kestrel's third cup was sealed on Saturday.",
         "On Saturday Kestrel secured their third cup."),
    ],
)
def test_verbs_of_overtaking_forecasting_and_securing_in_other_words(
    claim: str, passage: str
) -> None:
    status, diffs = verdict(claim, passage)
    assert status == "ok", diffs


def test_names_swapped_around_a_verb_said_with_its_synonym() -> None:
    status, diffs = verdict(
        "Kestrel overtook Omnix on Tuesday as the region's largest lender.",
        "Omnix surpassed Kestrel on Tuesday as the region's largest lender.",
    )
    assert status == "contradicted", diffs
    assert any(d.kind == "name" for d in diffs)


# Two names related by a few words the passage says in other words of the same sense: the
# order of the names tells who did what to whom, unless a title ("chairman of"), a possessive
# or the passive voice turns the relation round.
ACQUISITION = (
    "The weather in Brask was mild. Vantor agreed to acquire Omnix for $4 billion in March. "
    "Officials gave no further details."
)


def test_names_swapped_around_a_relation_told_in_other_words() -> None:
    both_ways(
        ACQUISITION,
        same=["Vantor agreed in March to buy Omnix for $4 billion.",
              "In March, Omnix was bought by Vantor for $4 billion."],
        changed=[],
    )  # fmt: skip
    status, diffs = verdict("Omnix agreed in March to buy Vantor for $4 billion.", ACQUISITION)
    assert status == "contradicted", diffs
    assert any(d.kind == "name" and "Vantor" in (d.source or "") for d in diffs), diffs


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        ("Ada Vela, the governor of Kestria, dismissed the port's harbour master on Monday.",
         "Kestria Governor Ada Vela fired the port's harbour master on Monday."),
        ("Tom Lund had led Harlow Council since 2003.",
         "Harlow Council leader Tom Lund has stepped down after leading the council since 2003."),
        ("In a Kestria Radio interview on Friday evening, Lund said the talks had failed.",
         "\"The talks have failed,\" Lund said in a Friday evening Kestria Radio interview."),
    ],
)
def test_a_title_or_a_time_between_two_names_is_no_relation_turned_round(
    claim: str, passage: str
) -> None:
    status, diffs = verdict(claim, passage)
    assert not any(d.kind == "name" for d in diffs), diffs


RANGE_IN_GRAMS = "The Kestrel camera weighs between 480 and 520 grams (1.1 to 1.15 pounds)."


def test_a_range_between_two_values_has_the_unit_after_it() -> None:
    assert [f.unit for f in extract(RANGE_IN_GRAMS).of("range")] == ["g"]
    status, diffs = verdict("The Kestrel camera weighs 480 to 520 g.", RANGE_IN_GRAMS)
    assert status == "ok", diffs
    status, diffs = verdict(
        "The Kestrel camera weighs between 480 and 520 kilograms.", RANGE_IN_GRAMS
    )
    assert status == "contradicted", diffs
    assert Difference("unit", "480–520 kg", "480–520 g") in diffs


def test_a_bound_where_the_passage_says_about_is_not_stated() -> None:
    passage = "The Kestrel network covers about a quarter of the region, analysts said."
    status, diffs = verdict(
        "The Kestrel network covers more than a quarter of the region.", passage
    )
    assert status == "missing", diffs
    assert Difference("comparator", "more than a quarter", None) in diffs
    status, diffs = verdict("The Kestrel network covers roughly a quarter of the region.", passage)
    assert status == "ok", diffs
    # a bound the passage turns the other way still contradicts
    status, diffs = verdict(
        "The Kestrel network covers less than a quarter of the region.",
        "The Kestrel network covers more than a quarter of the region, analysts said.",
    )
    assert status == "contradicted", diffs


def test_falling_short_of_a_figure_is_a_bound_not_a_denial() -> None:
    assert not extract("Turnout fell short of 80%, officials said.").of("negation")
    assert extract("Ortiz fell short of an outright win.").of("negation")


def test_a_clock_time_with_hour_and_minutes_run_together() -> None:
    assert [(f.kind, f.value) for f in extract("The strike ends as of 1145 p.m. on Friday.")
            .of("time")] == [("time", (23, 45, None, True))]  # fmt: skip
    passage = "The union said the strike would end as of 1145 p.m. on Friday."
    status, diffs = verdict("The strike would end at 11:45 p.m. on Friday.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("The strike would end at 11:45 a.m. on Friday.", passage)
    assert status == "contradicted", diffs
    # a count of metres is no time
    assert [f.kind for f in extract("He ran the 1500 m at noon.").facts] == ["number", "time"]


JOINED_RANKS = (
    "This was the 12th direct presidential election and 11th vice presidential election since "
    "1951."
)


def test_what_follows_two_joined_values_holds_of_both() -> None:
    # "since 1951" dates the 12th election as it dates the 11th
    status, diffs = verdict("This was the 12th direct presidential election since 1951.",
                            JOINED_RANKS)  # fmt: skip
    assert status == "ok", diffs
    status, diffs = verdict("This was the 13th direct presidential election since 1951.",
                            JOINED_RANKS)  # fmt: skip
    assert status == "contradicted", diffs
    # a value with a date of its own is still bound to it
    status, diffs = verdict("Kestrel won 5 races in 2020.", "Kestrel won 5 races in 2019 and 3 "
                            "titles in 2020.")  # fmt: skip
    assert status == "contradicted", diffs
    assert Difference("date", "2020", "2019") in diffs


def test_the_vote_against_another_share_compares_them() -> None:
    passage = ("Ortiz won the run-off with 54% of the vote against 46% for Lenz, with turnout "
               "at 84%.")
    status, diffs = verdict("Ortiz won 54% of the vote; Lenz took 46%.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("Ortiz won 46% of the vote; Lenz took 54%.", passage)
    assert status == "contradicted", diffs


def test_the_same_figure_of_something_named_otherwise_is_no_contradiction() -> None:
    passage = "At 168 days, the strike was five days shorter than the 173-day walkout of 1979."
    status, diffs = verdict("The strike lasted 168 days, five fewer than the 1979 walkout.",
                            passage)  # fmt: skip
    assert status != "contradicted", diffs
    status, diffs = verdict("The strike lasted 168 days, six fewer than the 1979 walkout.",
                            passage)  # fmt: skip
    assert status == "contradicted", diffs
    assert Difference("number", "6", "5") in diffs


@pytest.mark.parametrize("opening", ["In March the", "In March, the", "By March the"])
def test_a_month_that_opens_the_passage_is_read(opening: str) -> None:
    passage = f"{opening} panel approved the merger of the two lenders."
    status, diffs = verdict("The merger was approved by the panel in March.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("The merger was approved by the panel in May.", passage)
    assert status == "contradicted", diffs
    assert [d.kind for d in diffs] == ["date"]


def test_a_change_in_points_is_not_one_in_per_cent() -> None:
    passage = "Backing for the plan rose by 4 percentage points to 46%, the Kestria poll found."
    for same in ("Backing for the plan rose by 4 points to 46%.",
                 "Backing for the plan rose by 4pp to 46%."):
        status, diffs = verdict(same, passage)
        assert status == "ok", (same, diffs)
    status, diffs = verdict("Backing for the plan rose by 4 per cent to 46%.", passage)
    assert status == "contradicted", diffs
    assert [d.kind for d in diffs] == ["unit"]
    # another figure in the other unit states nothing about the claim's
    status, diffs = verdict("The Omnix index fell 1.5% on Monday.",
                            "The Omnix index fell 410 points on Monday.")
    assert status == "missing", diffs


def test_words_given_to_another_speaker_are_contradicted() -> None:
    passage = ("Kray spoke first, to the crowd outside. \"What the harbour towns need most now "
               "is a new ferry service,\" said Lenz, who had campaigned on transport.")
    status, diffs = verdict("Lenz said that what the harbour towns need most now is a new ferry "
                            "service.", passage)  # fmt: skip
    assert status == "ok", diffs
    status, diffs = verdict("Kray said that what the harbour towns need most now is a new ferry "
                            "service.", passage)  # fmt: skip
    assert status == "contradicted", diffs
    assert Difference("name", "Kray", "Lenz") in diffs
    # a name after "said" with no quote or comma before it is what is reported, not who says it
    passage = "The watchdog said Kray was on course to miss the target of a surplus in 2031."
    status, diffs = verdict("Kray was on course to miss the target of a surplus in 2031, the "
                            "watchdog said.", passage)  # fmt: skip
    assert status == "ok", diffs


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_thousands_set_apart_by_a_space_are_one_number(space: str) -> None:
    passage = f"In all, a total of 48{space}312 ballot boxes were sent to 3{space}250 schools."
    status, diffs = verdict("Some 48,312 ballot boxes went to 3,250 schools.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("Some 48,312 ballot boxes went to 3,520 schools.", passage)
    assert status == "contradicted", diffs
    assert Difference("number", "3,520", "3,250") in diffs


def test_a_row_of_figures_is_not_one_number() -> None:
    assert [f.value for f in extract("Seats 120 150 100 Votes").of("number")] == [120, 150, 100]


def test_an_hour_and_some_minutes_is_one_span() -> None:
    passage = "Engineers confirmed the probe's signal an hour and seven minutes after lift-off."
    status, diffs = verdict("The probe's signal was confirmed 1 hour 7 minutes after lift-off.",
                            passage)  # fmt: skip
    assert status == "ok", diffs
    for changed in ("The probe's signal was confirmed 1 hour 40 minutes after lift-off.",
                    "The probe's signal was confirmed less than an hour after lift-off."):
        status, diffs = verdict(changed, passage)
        assert status == "contradicted", (changed, diffs)


def test_a_place_is_matched_with_the_place_of_the_same_kind_of_thing() -> None:
    passage = ("The flight opens Kestria's third crewed mission and the first lunar "
               "mission, which left the pad on Friday.")
    status, diffs = verdict("Kestria's first lunar mission left the pad on Friday.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("Kestria's second lunar mission left the pad on Friday.", passage)
    assert status == "contradicted", diffs


def test_a_relative_clause_after_a_value_tells_its_role() -> None:
    passage = ("Of the more than 12 million members who were asked to vote in the Kestria ballot "
               "this week over 7 million have done so.")
    status, diffs = verdict("More than 12 million members were asked to vote in the Kestria "
                            "ballot this week, and over 7 million did so.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("More than 15 million members were asked to vote in the Kestria "
                            "ballot this week, and over 7 million did so.", passage)
    assert status == "contradicted", diffs
    assert Difference("number", "more than 15,000,000", "more than 12,000,000") in diffs


def test_a_name_given_again_in_brackets_is_the_claims_name() -> None:
    passage = "The probe will circle the Kestrel point 2 (K2) of the Norvia system, far from home."
    status, diffs = verdict("The probe will circle the K2 point of the Norvia system.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("The probe will circle the K3 point of the Norvia system.", passage)
    assert status != "ok", diffs


def test_a_span_then_a_deed_reads_the_same_from_either_end() -> None:
    passage = "After 212 days of travel, the Kestrel probe was put into orbit on 6 May."
    status, diffs = verdict("The Kestrel probe travelled for 212 days before it was put into "
                            "orbit on 6 May.", passage)  # fmt: skip
    assert status == "ok", diffs
    status, diffs = verdict("The Kestrel probe was put into orbit 212 days before 6 May.",
                            "The Kestrel probe was put into orbit 212 days after 6 May.")
    assert status == "contradicted", diffs


def test_pounds_weighed_are_a_mass() -> None:
    passage = "The Kestrel lander weighs 640 kg, and its launch cost 90 million pounds."
    status, diffs = verdict("The Kestrel lander weighs 640 pounds.", passage)
    assert status == "contradicted", diffs
    assert [d.kind for d in diffs] == ["unit"]
    [cost] = [f for f in extract(passage).of("number") if f.value == 90_000_000]
    assert cost.unit == "pounds"  # money, or at least no mass


def test_a_name_with_its_short_form_is_one_word_of_a_denial() -> None:
    passage = ("The minister did not request that the Kestria Office for Fiscal Review (KOFR) "
               "produce a full forecast to go with the statement.")
    status, diffs = verdict("The minister asked the KOFR to produce a full forecast to go with "
                            "the statement.", passage)  # fmt: skip
    assert status == "contradicted", diffs
    assert Difference("negation", None, "not") in diffs
    status, diffs = verdict("The minister did not ask the KOFR to produce a full forecast to go "
                            "with the statement.", passage)  # fmt: skip
    assert status == "ok", diffs


def test_a_month_after_by_is_no_doer() -> None:
    passage = "By contrast, Omnix had 310 million daily users by July 2021, a filing showed."
    status, diffs = verdict("Omnix daily users, July 2021: 310 million (filing).", passage)
    assert status == "ok", diffs
    status, diffs = verdict("Omnix daily users, July 2021: 130 million (filing).", passage)
    assert status == "contradicted", diffs


def test_a_score_not_out_is_no_denial() -> None:
    passage = "Lenz stayed unbeaten on 47 off 83 balls as Kestria won by four wickets."
    status, diffs = verdict("Lenz was 47 not out off 83 balls.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("Lenz was 74 not out off 83 balls.", passage)
    assert status == "contradicted", diffs
    status, diffs = verdict("Lenz was not out of the side.", "Lenz was out of the side.")
    assert status == "contradicted", diffs


def test_allowing_is_the_opposite_of_preventing() -> None:
    passage = "The new code is meant to prevent the sale of customer records between banks."
    status, diffs = verdict("The new code is meant to allow the sale of customer records between "
                            "banks.", passage)  # fmt: skip
    assert status == "contradicted", diffs
    assert Difference("wording", "allow", "prevent") in diffs
    status, diffs = verdict("The new code is meant to stop the sale of customer records between "
                            "banks.", passage)  # fmt: skip
    assert status == "ok", diffs


def test_a_value_before_against_a_name_is_that_names() -> None:
    passage = "Lenz made big scores against Norvia (76) and Kestria (64) in the group stage."
    status, diffs = verdict("In the group stage Lenz made 76 against Norvia and 64 against "
                            "Kestria.", passage)  # fmt: skip
    assert status == "ok", diffs
    status, diffs = verdict("In the group stage Lenz made 64 against Norvia and 76 against "
                            "Kestria.", passage)  # fmt: skip
    assert status == "contradicted", diffs
    assert Difference("number", "64", "76") in diffs


def test_a_figure_given_to_what_another_figure_counts_is_contradicted() -> None:
    passage = ("Omnix said it would cut 1,180 jobs in Norvia, where it has 3,900 employees. Kray "
               "caught eight passes; Lenz had four catches.")
    status, diffs = verdict("Omnix had 1,180 employees in Norvia.", passage)
    assert status == "contradicted", diffs
    assert Difference("number", "1,180", "3,900") in diffs
    status, diffs = verdict("Omnix has 3,900 employees in Norvia.", passage)
    assert status == "ok", diffs
    # the count of another verb, or of another person, is no rival
    status, diffs = verdict("Omnix said it would cut 1,180 employees in Norvia.", passage)
    assert status != "contradicted", diffs


def test_the_same_figure_in_a_unit_of_nearly_the_same_size_is_another_measure() -> None:
    passage = "The Kestrel rover stopped within 200 metres of the ridge."
    status, diffs = verdict("The Kestrel rover stopped within 200 yards of the ridge.", passage)
    assert status == "contradicted", diffs
    assert [d.kind for d in diffs] == ["unit"]
    # a figure converted with its rounding is the same measure
    status, diffs = verdict("The Kestrel rover stopped within 220 yards of the ridge.", passage)
    assert status == "ok", diffs


@pytest.mark.parametrize(
    ("mine", "theirs", "same"),
    [
        ("The Kestria board tightened the rules in 2023.",
         "The Kestria board loosened the rules in 2023.",
         "In 2023 the Kestria board loosened the rules."),
        ("The Kestria board tightened the rules in 2023.",
         "The Kestria board eased the rules in 2023.",
         "In 2023 the Kestria board eased the rules."),
        ("Omnix was the winner of the Norvia contract.",
         "Omnix was the loser of the Norvia contract.",
         "Of the Norvia contract, Omnix was the loser."),
        ("The lander's battery was charged during the day.",
         "The lander's battery was drained during the day.",
         "During the day the lander's battery was drained."),
    ],
)
def test_more_opposites_contradict(mine: str, theirs: str, same: str) -> None:
    status, diffs = verdict(mine, theirs)
    assert status == "contradicted", diffs
    status, diffs = verdict(same, theirs)
    assert status == "ok", diffs


def test_a_name_put_in_anothers_place_is_placed_by_the_words_after_it_too() -> None:
    passage = ("Lenz met Kray in Vienna on Tuesday. The talks were the first since Lenz visited "
               "Geneva in 2019.")
    status, diffs = verdict("The talks were the first since Lenz visited Geneva in 2019.",
                            passage)  # fmt: skip
    assert status == "ok", diffs
    status, diffs = verdict("The talks were the first since Kray visited Geneva in 2019.",
                            passage)  # fmt: skip
    assert status == "contradicted", diffs
    assert Difference("name", "Kray", "Lenz") in diffs


def test_a_name_said_only_inside_a_longer_word_can_be_put_in_anothers_place() -> None:
    passage = "Omnix, the Norvian oil firm, signed a deal with Vantor Energy of Kestria."
    status, diffs = verdict("Omnix signed a deal with Vantor Energy of Kestria.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("Omnix signed a deal with Vantor Energy of Norvia.", passage)
    assert status == "contradicted", diffs
    assert Difference("name", "Norvia", "Kestria") in diffs


@pytest.mark.parametrize(
    ("denied", "said", "against"),
    [
        ("The Kestrel mission was not a success.", "The Kestrel mission was a failure.",
         "The Kestrel mission was a success."),
        ("The Kestrel rover no longer responds to commands.",
         "The Kestrel rover has stopped responding to commands.",
         "The Kestrel rover still responds to commands."),
        ("The Norvia results have not yet been certified.",
         "The Norvia results are still awaiting certification.",
         "The Norvia results were certified on Monday."),
        ("No club has won the Kestria Cup more times than Omnix FC.",
         "Omnix FC has won the Kestria Cup more times than any other club.",
         "Omnix FC has won the Kestria Cup fewer times than two other clubs."),
        ("The Norvia Open was not held in 2020 because of the pandemic.",
         "The 2020 Norvia Open was cancelled because of the pandemic.",
         "The Norvia Open was held in 2020 despite the pandemic."),
    ],
)
def test_a_denial_said_in_other_words_agrees(denied: str, said: str, against: str) -> None:
    status, diffs = verdict(denied, said)
    assert status == "ok", diffs
    status, diffs = verdict(denied, against)
    assert status != "ok", diffs


def test_a_word_a_denial_reaches_is_not_opposed_by_its_opposite() -> None:
    status, diffs = verdict("None of the 40 Kestria passengers was hurt.",
                            "All 40 Kestria passengers escaped unhurt.")
    assert status != "contradicted", diffs
    status, diffs = verdict("All 40 Kestria passengers were hurt.",
                            "All 40 Kestria passengers escaped unhurt.")
    assert status == "contradicted", diffs


def test_a_word_said_of_none_of_a_group_is_not_opposed_by_its_opposite() -> None:
    # the other way round: the passage denies the word of its subject ("None of ... was hurt")
    passage = "None of the 40 Kestria passengers was hurt when the coach left the road."
    for same in ("All 40 Kestria passengers were unhurt when the coach left the road.",
                 "The 40 Kestria passengers were all unhurt."):
        status, diffs = verdict(same, passage)
        assert status == "ok", (same, diffs)
    status, diffs = verdict(
        "Several of the 40 Kestria passengers were hurt when the coach left the road.", passage
    )
    assert status == "contradicted", diffs
    # a denial of another clause's subject denies nothing of this one
    status, diffs = verdict(
        "Three Kestria officers were unhurt.",
        "Although no arrests were made, three Kestria officers were hurt.",
    )
    assert status == "contradicted", diffs
    # and an opposite of another sense is no privative: no race "lost" by more is no race "won"
    status, diffs = verdict(
        "No Kestria race had been lost by a bigger margin since Lund took the 1984 race by 10:32.",
        "The margin was the largest in a Kestria race since Lund won the 1984 race by 10:32.",
    )
    assert status == "contradicted", diffs


def test_what_is_pending_or_awaited_has_not_happened() -> None:
    passage = "In June, the Omnix merger was still pending approval by the competition office."
    status, diffs = verdict("In June, the competition office had approved the Omnix merger.",
                            passage)  # fmt: skip
    assert status == "contradicted", diffs
    assert Difference("negation", None, "pending") in diffs
    for same in ("In June, the competition office had yet to approve the Omnix merger.",
                 "In June, the Omnix merger still awaited approval by the competition office."):
        status, diffs = verdict(same, passage)
        assert status == "ok", (same, diffs)


def test_a_figure_the_claim_gives_twice_is_checked_in_each_role() -> None:
    passage = ("Omnix posted sales of $4.19 billion, ahead of the $3.52 billion analysts had "
               "expected.")
    status, diffs = verdict("Omnix posted sales of $4.19 billion, while analysts had "
                            "expected $3.52 billion.", passage)  # fmt: skip
    assert status == "ok", diffs
    status, diffs = verdict("Omnix posted sales of $4.19 billion, while analysts had "
                            "expected $4.19 billion.", passage)  # fmt: skip
    assert status == "contradicted", diffs
    assert Difference("number", "4,190,000,000", "3,520,000,000") in diffs


def test_a_place_and_its_peoples_word_are_one_name() -> None:
    passage = ("The probe left the pad at Vantor on Saturday at 11:50 AM Norvia time (06:20 "
               "GMT). The Norvian space agency and Kestria's expect four months of travel.")
    status, diffs = verdict("The probe lifted off from Vantor on Saturday at 11:50 am Norvian "
                            "time, which was 06:20 GMT.", passage)  # fmt: skip
    assert status != "contradicted", diffs
    status, diffs = verdict("The probe lifted off from Vantor on Saturday at 11:50 am Kestria "
                            "time, which was 06:20 GMT.", passage)  # fmt: skip
    assert status == "contradicted", diffs


def test_a_value_given_to_the_whole_is_not_the_parts() -> None:
    both_ways(
        "The Kestrel vaccine was 88% effective overall but 71% effective in older adults.",
        same=["The Kestrel vaccine was 71% effective in older adults.",
              "The Kestrel vaccine was 88% effective overall."],
        changed=[("The Kestrel vaccine was 88% effective in older adults.",
                  Difference("number", "88", "71"))],
    )
    both_ways(
        "Joblessness in Norvia was 6% overall, against 14% among young people.",
        same=["Joblessness among young people in Norvia was 14%."],
        changed=[("Joblessness among young people in Norvia was 6%.",
                  Difference("number", "6", "14"))],
    )


def test_a_value_given_to_the_whole_apart_from_the_part_places_nothing() -> None:
    # the value of a part stands in another sentence: nothing sets the two against each other
    passage = ("The Kestrel vaccine was 88% effective overall in the trial. Among the older "
               "adults who were followed for a second season, 71% effective was the figure "
               "the makers gave.")
    status, diffs = verdict("The Kestrel vaccine was 88% effective in the trial.", passage)
    assert status == "ok", diffs


def test_the_way_of_a_move_is_a_fact() -> None:
    both_ways(
        "In 2015 Kray moved from Zelora to Norvia, where the firm had its offices.",
        same=["Kray moved to Norvia in 2015.", "Kray moved from Zelora in 2015.",
              "Kray moved to Norvia from Zelora in 2015."],
        changed=[],
    )
    both_ways(
        "Kray moved from Zelora in 2015 after a decade there.",
        same=["Kray moved from Zelora in 2015."],
        changed=[("Kray moved to Zelora in 2015.", Difference("wording", "to", "from"))],
    )
    both_ways(
        "Exports from Kestria rose 5% in the year.",
        same=["Exports from Kestria rose by 5% in the year."],
        changed=[("Exports to Kestria rose 5% in the year.", Difference("wording", "to", "from"))],
    )


def test_to_and_from_outside_a_move_oppose_nothing() -> None:
    status, diffs = verdict("Omnix plans to open a plant in Zelora.",
                            "A letter from Omnix sets out plans to open a plant in Zelora.")
    assert status == "ok", diffs
    status, diffs = verdict("The council voted to close the bridge to traffic.",
                            "The council voted to close the bridge from Monday.")
    assert not any(d.kind == "wording" and d.claim == "to" for d in diffs), diffs


def test_values_two_names_exchange_are_differences() -> None:
    passage = ("Omnix comes first in the carve-up, taking five ministries. Varnak and Vantor "
               "each get four.")
    both_ways(
        passage,
        same=["Omnix gets five ministries, while Varnak and Vantor each get four."],
        changed=[("Varnak gets five ministries, while Omnix and Vantor each get four.",
                  Difference("number", "5", "4"))],
    )
    both_ways(
        "The dark lasts 3 minutes 51 seconds near Zelora; Norvia, close to the longest, gets "
        "3 minutes 47 seconds.",
        same=["Zelora gets 3 minutes 51 seconds of dark, while Norvia gets 3 minutes 47 "
              "seconds."],
        changed=[("Norvia gets 3 minutes 51 seconds of dark, while Zelora gets 3 minutes "
                  "47 seconds.", Difference("number", "3 min 51 s", "3 min 47 s"))],
    )


def test_one_value_said_of_two_names_exchanges_nothing() -> None:
    # the claim's two names share the passage's clause: no value moved from one to the other
    status, diffs = verdict("Varnak got five seats, while Omnix got five too.",
                            "Varnak and Omnix got five seats each.")
    assert not any(d.kind == "number" for d in diffs), diffs


def test_a_denial_the_next_sentence_makes_is_stated() -> None:
    passage = ("The rover was to drop two anchors to grip the ground. However, the anchors "
               "did not drop.")
    claim = "The rover was to drop two anchors to grip the ground, but the anchors failed to drop."
    status, diffs = verdict(claim, passage)
    assert status == "ok", diffs
    # another deed denied, or none: the claim's denial is not the passage's
    for other in ("The rover was to drop two anchors to grip the ground. However, the anchors "
                  "did drop.",
                  "The rover dropped two anchors to grip the ground. However, the legs did not "
                  "open."):
        status, diffs = verdict(claim, other)
        assert status == "contradicted", (other, diffs)
    status, diffs = verdict(claim.replace("failed to drop", "failed to open"), passage)
    assert status != "ok", diffs


def test_a_negator_used_twice_needs_each_deed_denied() -> None:
    passage = "Drivers said that they will join Vantor if the two owners do not drop their plan."
    status, diffs = verdict("Drivers said that they would not join Vantor if the two owners did "
                            "not drop their plan.", passage)
    assert status == "contradicted", diffs


def test_a_denial_of_having_said_with_a_verb_of_losing_agrees() -> None:
    both_ways(
        "In the storm, 1.1 million homes lost power.",
        same=["In the storm, 1.1 million homes were without power."],
        changed=[],
    )
    # the passage loses another thing
    status, diffs = verdict("In the storm, 1.1 million homes were without water.",
                            "In the storm, 1.1 million homes lost power but had water.")
    assert status == "contradicted", diffs
    status, diffs = verdict("In the storm, 1.1 million homes were without power.",
                            "In the storm, 1.1 million homes kept power.")
    assert status == "contradicted", diffs


def test_a_time_told_in_minutes_past_the_hour_is_compared() -> None:
    both_ways(
        "The balloon came down at 12:05 a.m. local time, nearly nine hours after "
        "leaving the field.",
        same=["The balloon came down at five minutes past midnight local time, about nine "
              "hours after leaving the field."],
        changed=[("The balloon came down at ten minutes past midnight local time, about "
                  "nine hours after leaving the field.",
                  Difference("time", "0:10", "0:05"))],
    )


def test_over_a_count_of_starts_is_across_them() -> None:
    both_ways(
        "In 58 starts last season, Lenz averaged 17.2 points, 6.4 rebounds and 3.1 assists.",
        same=["Lenz, last season: 17.2 points, 6.4 rebounds, 3.1 assists over 58 starts."],
        changed=[("Lenz, last season: 17.2 points, 6.4 rebounds, 3.1 assists over 56 starts.",
                  Difference("number", "56", "58"))],
    )


def test_not_since_is_the_first_since() -> None:
    passage = "Lenz became the first Norvian since 1987 to win both titles in one season."
    both_ways(
        passage,
        same=["Not since 1987 had a Norvian won both titles in one season before Lenz."],
        changed=[],
    )
    # a passage that says it happens every year since then is no "first since"
    status, diffs = verdict("Not since 1987 had a Norvian won both titles in one season.",
                            "A Norvian has won both titles in one season every year since 1987.")
    assert status == "contradicted", diffs


def test_a_post_the_passage_gives_only_as_a_deputy_is_not_the_post() -> None:
    both_ways(
        "Ortiz served as deputy prime minister of Kestria until 2020, when Lenz named her "
        "assistant coach of the national side.",
        same=["Ortiz was deputy prime minister of Kestria until 2020.",
              "In 2020 Ortiz became assistant coach of Kestria's national side."],
        changed=[("Ortiz served as prime minister of Kestria until 2020.",
                  Difference("wording", "prime", "deputy prime")),
                 ("In 2020 Lenz named Ortiz coach of the national side.",
                  Difference("wording", "coach", "assistant coach"))],
    )
    # the plain post said as well: nothing lesser about the claim's
    status, diffs = verdict(
        "Lenz served as prime minister of Kestria until 2020.",
        "Lenz served as prime minister of Kestria until 2020, with Ortiz as deputy prime "
        "minister.",
    )
    assert status == "ok", diffs


def test_a_passage_word_that_is_the_claims_own_accounts_for_no_other_claim_word() -> None:
    passage = "Kray was appointed chief financial officer of Omnix in May."
    status, diffs = verdict("Kray was appointed chief executive of Omnix in May.", passage)
    assert status != "ok", diffs
    assert Difference("wording", "executive", None) in diffs
    both_ways(passage, same=["In May Omnix appointed Kray as its chief financial officer.",
                             "Kray became the chief financial officer of Omnix in May."],
              changed=[])


def test_a_value_the_passage_names_otherwise_is_the_value_of_the_claims_name_there() -> None:
    passage = ("The probe is 215 million kilometres (134 million miles) from Kestria and 305 "
               "million kilometres from Norvia.")
    both_ways(
        passage,
        same=["The probe is 305 million kilometres from Norvia.",
              "The probe is now 215 million kilometres from Kestria."],
        changed=[("The probe is 305 million kilometres from Kestria.",
                  Difference("number", "305,000,000", "215,000,000"))],
    )
    # a name before its value in the passage is not taken for the value before it
    status, diffs = verdict(
        "Omnix sold 5 million phones in Norvia.",
        "Omnix sold 2 million tablets, and in Norvia the firm sold 5 million phones.",
    )
    assert status == "ok", diffs


def test_a_doer_and_an_owner_exchanged_are_two_names_in_each_others_place() -> None:
    both_ways(
        "Lenz used this Ortiz engine as the basis for a new engine that burns less fuel.",
        same=["Lenz took the Ortiz engine as the basis for a new one that burns less fuel.",
              "Lenz used Ortiz's engine as the basis for a new engine."],
        changed=[("Ortiz used Lenz's engine as the basis for a new one.",
                  Difference("name", "Ortiz … Lenz's", "Lenz's … Ortiz"))],
    )


def test_a_short_claim_opening_with_another_name_than_the_passage_is_contradicted() -> None:
    both_ways(
        "Omnix will build the new bridge, with steel supplied by Varnak.",
        same=["Omnix will build the new bridge.",
              "Varnak will supply the steel for the new bridge."],
        changed=[("Varnak will build the new bridge.", Difference("name", "Varnak", "Omnix"))],
    )


def test_british_and_american_spellings_are_one_word() -> None:
    both_ways(
        "The watchdog's report on Omnix was unfavorable, and its plan was unauthorized.",
        same=["The watchdog's report on Omnix was unfavourable.",
              "Omnix's plan was unauthorised, the watchdog's report said."],
        changed=[("The watchdog's report on Omnix was favourable.",
                  Difference("wording", "favourable", "unfavorable")),
                 ("Omnix's plan was authorised, the watchdog's report said.",
                  Difference("wording", "authorised", "unauthorized"))],
    )


@pytest.mark.parametrize(
    ("british", "american"),
    [("favourite", "favorite"), ("colours", "colors"), ("organised", "organized"),
     ("analysing", "analyzing"), ("centre", "center"), ("metres", "meters"),
     ("realisation", "realization"), ("labour", "labor")],
)
def test_a_british_spelling_has_the_american_stem(british: str, american: str) -> None:
    from factbase.analysis.wording import stem

    assert stem(british) == stem(american)


@pytest.mark.parametrize(("a", "b"), [("four", "for"), ("hours", "hors"), ("acre", "acer")])
def test_short_words_keep_their_spelling(a: str, b: str) -> None:
    from factbase.analysis.wording import stem

    assert stem(a) != stem(b)


TRIAL_SITES = (
    "Results came first from Tarvek. A companion trial, Zelta 2, is underway in Norvia, "
    "Kestria, Vantor, Brellin, South Marda, Omnia and the United States, testing a new drug."
)
TRIAL_TITLE = {"title": "Landmark trial in South Marda and Tarvek finds drug safe"}


@pytest.mark.parametrize(
    ("sites", "expected", "replaced"),
    [
        ("Norvia, Kestria, Vantor, Brellin, South Marda, Omnia and the United States", "ok", None),
        # the same members in another order, or a name in its short form
        ("Kestria, Norvia, Vantor, Brellin, South Marda, Omnia and the US", "ok", None),
        # the title and the sentence before name Tarvek, but the list puts South Marda there
        ("Norvia, Kestria, Vantor, Brellin, Tarvek, Omnia and the United States", "contradicted",
         ("Tarvek", "South Marda")),
    ],
)
def test_a_member_of_a_list_of_names_the_passages_list_replaces(
    sites: str, expected: str, replaced: tuple[str, str] | None
) -> None:
    claim = f"The companion Zelta 2 trial is under way in {sites}."
    status, diffs = verdict(claim, TRIAL_SITES, metadata=TRIAL_TITLE)
    assert status == expected, diffs
    if replaced is not None:
        assert any((d.kind, d.claim, d.source) == ("name", *replaced) for d in diffs), diffs



@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a count of centuries is a count of hundreds: "fifty" is "a half-century"
        ("Kray reached fifty in nine of his 11 innings.",
         "Kray scored at least a half-century in nine of his 11 innings.", "ok"),
        ("Kray scored sixty in the final.", "Kray scored a half-century in the final.",
         "contradicted"),
        ("Kray scored a hundred in the final.", "Kray scored a century in the final.", "ok"),
        ("Kray scored a hundred in the final.", "Kray scored a half-century in the final.",
         "contradicted"),
    ],
)
def test_a_bare_number_against_a_count_of_centuries(
    claim: str, passage: str, expected: str
) -> None:
    assert verdict(claim, passage)[0] == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("A third of the voters backed the plan.", "ok"),  # 33%: a third, rounded
        ("More than half of the voters backed the plan.", "contradicted"),
        ("Fewer than half of the voters backed the plan.", "ok"),
        ("Two thirds of the voters backed the plan.", "contradicted"),
    ],
)
def test_a_share_in_words_against_the_percentage_of_the_passage(
    claim: str, expected: str
) -> None:
    passage = "33% of the voters backed the plan, a poll for the Norvia Herald found."
    status, diffs = verdict(claim, passage)
    assert status == expected, diffs


def test_a_word_the_evidence_says_the_opposite_of_is_not_accounted_for_by_the_text_around() -> None:
    passage = (
        "Although the thrusters did not fail, software was changed. Additionally, one of 12 "
        "thrusters on the module failed tests before reentry, but a spare thruster worked."
    )
    # the sentence before says the thrusters did not fail; the evidence says this one failed
    status, diffs = verdict(
        "One of the 12 thrusters on the module passed its tests before reentry.", passage
    )
    assert status != "ok", diffs
    assert verdict(
        "One of the 12 thrusters on the module failed its tests before reentry.", passage
    )[0] == "ok"
    # a claim that says both words of a pair opposes neither ("won ... having lost")
    games = (
        "Omnix lost at home in Game 2 to the Varnaks. Omnix got it done once again against the "
        "Varnaks, 108-95, in Game 4. This was Omnix's second-straight road win after dropping "
        "Game 2 at home."
    )
    claim = (
        "Omnix won Game 4 108-95 for its second straight road victory, having lost Game 2 at "
        "home."
    )
    assert verdict(claim, games)[0] == "ok"


def test_well_saying_how_far_is_no_word_of_quality() -> None:
    passage = (
        "Kray finished in 10.87 seconds, well off her time from last year's championships, "
        "while Lenz finished in 10.92 seconds."
    )
    # "well off her time" is far from it: nothing there says "better"
    status, diffs = verdict("Kray's 10.87 was better than her time from last year's "
                            "championships.", passage)
    assert status != "ok", diffs
    assert verdict("Kray's 10.87 was well off her time from last year's championships.",
                   passage)[0] == "ok"
    assert verdict("Kray played well in the final.", "Kray played well in the final, coaches "
                   "said.")[0] == "ok"


DEED_NEXT_DOOR = (
    "Ivo Lenz won by half a minute ahead of Kestrian rider Omar Tarvek. Defending champion Bea "
    "Kray secured bronze one minute behind in the sprint of the chasing group."
)


def test_a_name_told_only_in_the_sentence_next_to_its_deed_is_not_the_deeds_doer() -> None:
    both_ways(
        DEED_NEXT_DOOR,
        same=["Bea Kray took the bronze, one minute down, in the sprint of the chasing group."],
        changed=[("Omar Tarvek took the bronze, one minute down, in the sprint of the chasing "
                  "group.", Difference("name", "Omar Tarvek", "Bea Kray"))],
    )


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        # a body told by the name of the one who speaks for it
        ("Omnix announced 500 job cuts at the Kestria plants on Monday.",
         "Omnix is in trouble. Chief executive Ivo Lenz announced 500 job cuts at the Kestria "
         "plants on Monday."),
        # a name that describes ("the Vantor United keeper") is no rival
        ("Omar Tarvek emerged as the hero of the final by saving two penalties.",
         "Omar Tarvek was the hero again. The Vantor United keeper emerged as the hero of the "
         "final by saving two penalties."),
        # a name in brackets says whose the other is
        ("Omar Tarvek secured bronze one minute behind in the sprint of the chasing group.",
         "Omar Tarvek was third. The Kestrian (Vantor Cycling) secured bronze one minute "
         "behind in the sprint of the chasing group."),
    ],
)
def test_a_name_beside_the_deed_that_may_be_the_claims_own_is_no_rival(
    claim: str, passage: str
) -> None:
    known = {f.value for f in extract(claim).of("name")}
    assert name_in_the_claims_sentence(claim, passage, known) is None
    status, diffs = verdict(claim, passage)
    assert status == "ok", diffs


CONVERTED_DISTANCES = ("Zelora is now 410 million kilometres (255 million miles) from the Sun "
                       "and 520 million kilometres from Earth.")


def test_a_conversion_in_brackets_after_a_unit_is_its_values_own() -> None:
    # "(255 million miles)" converts the 410 million kilometres before it: the Sun goes with
    # 410 million, Earth with 520 million; and "currently" says what "now" says
    both_ways(
        CONVERTED_DISTANCES,
        same=["Zelora is currently 410 million kilometres from the Sun.",
              "Zelora is at present 520 million kilometres from Earth."],
        changed=[
            ("Zelora is currently 520 million kilometres from the Sun.",
             Difference("number", "520,000,000", "410,000,000")),
            ("Zelora is currently 410 million kilometres from Earth.",
             Difference("number", "410,000,000", "520,000,000")),
        ],
    )


QUALIFIED_COUNTS = ("On its best day, 12 May, Varnak had over 37 million daily active users "
                    "worldwide, with over 84 million active users that day.")


def test_a_count_the_passage_gives_without_one_of_the_claims_words_is_not_the_claims() -> None:
    both_ways(
        QUALIFIED_COUNTS,
        same=["On 12 May Varnak had over 37 million daily active users worldwide.",
              "On 12 May Varnak had over 84 million active users."],
        changed=[("On 12 May Varnak had over 84 million daily active users worldwide.",
                  Difference("number", "more than 84,000,000", "more than 37,000,000"))],
    )


def test_a_count_in_other_words_is_no_count_of_fewer_of_them() -> None:
    # "registrations" are the claim's "sign-ups": not "10 million sign ups" by the evening
    passage = ("\u201c10 million sign ups by the evening,\u201d Lenz wrote. Earlier that day, he "
               "said Varnak had seen two million registrations in its first two hours.")
    status, diffs = verdict("Lenz reported two million sign-ups in the first two hours.", passage)
    assert status == "ok", diffs


OPENED_WITH_THE = "Omnix is also part of the effort. The Kestria Foundation is working with Zelora."


def test_a_name_after_an_opening_the_is_the_name_that_opens_the_sentence() -> None:
    both_ways(
        OPENED_WITH_THE,
        same=["The Kestria Foundation is working with Zelora."],
        changed=[("Omnix is working with Zelora.",
                  Difference("name", "Omnix", "Kestria Foundation"))],
    )
    # one word after "The" may be the claim's name by another name: a club by its nickname
    claim = "Kestria City became the first team to win two titles in a row."
    known = {f.value for f in extract(claim).of("name")}
    assert opening_name_replaced(
        claim, "The Falcons became the first team to win two titles in a row.", known
    ) is None


def test_names_exchanged_where_the_passage_gives_one_name_in_full() -> None:
    both_ways(
        "Kray shares the award with the chemist Bea Lenz, whose designs shaped Kray's studies "
        "of batteries.",
        same=["Lenz's designs shaped Kray's studies of batteries."],
        changed=[("Kray's designs shaped Lenz's studies of batteries.",
                  Difference("name", "Kray's … Lenz's", "Lenz's … Kray's"))],
    )


def test_a_value_the_passage_tells_of_another_in_a_who_clause() -> None:
    both_ways(
        "Kray featured in 64 league games for the club, more than anyone, while forwards Bea "
        "Lenz and Una Ortiz, who played 58 games each, came next.",
        same=["Bea Lenz played 58 games.", "Kray featured in 64 league games for the club."],
        changed=[("Bea Lenz featured in 64 league games for the club.",
                  Difference("number", "64", "58"))],
    )
    both_ways(
        "He lasted 41 days as governor, a term shorter than any but that of Tom Vance, who died "
        "29 days into office in 1961.",
        same=["Tom Vance died 29 days into office in 1961."],
        changed=[("Tom Vance served 41 days in office before dying in 1961.",
                  Difference("number", "41", "29"))],
    )
    # a value the passage gives the name after its clause is the name's own
    both_ways(
        "Bea Lenz, who played 31 games for Omnix in 2019, played 44 games in 2020 for Zelora.",
        same=["Bea Lenz played 44 games in 2020 for Zelora."],
        changed=[("Bea Lenz played 44 games in 2019 for Omnix.",
                  Difference("number", "44", "31"))],
    )


def test_a_quotation_given_to_another_speaker_on_the_line_under_it() -> None:
    passage = (
        "“The drill is precise enough to cut a single hair in two.”\n\n"
        "— Mining engineer Una Kray\n\n"
        "“It is a quiet machine,” said Bea Lenz, head of the Kestria site."
    )
    both_ways(
        passage,
        same=["Una Kray said the drill is precise enough to cut a single hair in two."],
        changed=[("Bea Lenz said the drill is precise enough to cut a single hair in two.",
                  Difference("name", "Bea Lenz", "Una Kray"))],
    )
    # declared after the quotation, and with the words before it in its sentence
    both_ways(
        "The drill cut \"a single hair in two, and did it twice in a row,\" declares Una Kray. "
        "Bea Lenz runs the site.",
        same=["Una Kray declared that the drill cut a single hair in two."],
        changed=[("Bea Lenz declared that the drill cut a single hair in two.",
                  Difference("name", "Bea Lenz", "Una Kray"))],
    )
    # the speaker the claim names before a body ("Una Kray of the Kestria Institute said")
    status, diffs = verdict(
        "Professor Una Kray of the Kestria Institute said the drill is precise enough to cut a "
        "single hair in two.",
        "“The drill is precise enough to cut a single hair in two,” says Una Kray, professor at "
        "the Kestria Institute.",
    )
    assert status == "ok", diffs


NAMED_AGAIN = (
    "As Varnak neared the Sun, hopes rose. Varnak is currently 410 million kilometres (255 "
    "million miles) from the Sun and 520 million kilometres from Earth, moving at 27.5 "
    "kilometres a second. It has covered 4.3 billion kilometres, the agency said.<br />By June "
    "it will pass its nearest point to the Sun."
)


def test_a_name_said_again_in_sentences_without_its_measure_leaves_its_value_alone() -> None:
    both_ways(
        NAMED_AGAIN,
        same=["Varnak is currently 410 million kilometres from the Sun."],
        changed=[("Varnak is currently 520 million kilometres from the Sun.",
                  Difference("number", "520,000,000", "410,000,000"))],
    )
    # the name's value is read where a value of the measure stands before it in its sentence
    claim = "Varnak is currently 520 million kilometres from the Sun."
    assert value_name_moved(
        claim, extract(claim), NAMED_AGAIN, extract(NAMED_AGAIN)
    ) == [Difference("number", "520,000,000", "410,000,000")]


def test_a_figure_in_another_unit_in_the_next_sentence_is_not_the_claims() -> None:
    both_ways(
        "The new line is 14 miles long and cost $2.6 billion. The old line, 14 kilometres "
        "long, closed in 1987.",
        same=["The new line is 14 miles long and cost $2.6 billion.",
              "The old line was 14 kilometres long and closed in 1987."],
        changed=[("The new line is 14 kilometres long and cost $2.6 billion.",
                  Difference("unit", "14 kilometres", "14 miles"))],
    )


def test_a_date_moved_to_another_deed_past_the_names_the_deed_is_done_to() -> None:
    both_ways(
        "Lenz, who founded Zelora in 1996, sold it to Kray in 2012.",
        same=["Lenz sold Zelora to Kray in 2012.", "Lenz founded Zelora in 1996."],
        changed=[("Lenz sold Zelora to Kray in 1996.", Difference("date", "1996", "2012"))],
    )


def test_a_phrase_set_off_after_one_name_given_to_another() -> None:
    both_ways(
        "Omnix, led by Cora Ortiz, bought Zelora, led by Tom Vance, for $3 billion.",
        same=["Omnix, led by Cora Ortiz, bought Zelora for $3 billion."],
        changed=[("Omnix, led by Tom Vance, bought Zelora for $3 billion.",
                  Difference("name", "Tom Vance", "Cora Ortiz"))],
    )
    both_ways(
        "The Vela telescope, built by Omnix, will replace the Pax telescope, built by Zelora, "
        "in 2027.",
        same=["The Vela telescope, built by Omnix, will replace the Pax telescope in 2027."],
        changed=[("The Vela telescope, built by Zelora, will replace the Pax telescope in 2027.",
                  Difference("name", "Zelora", "Omnix"))],
    )
    # a figure, told with another verb
    both_ways(
        "The Omnix X7, which costs $840, outsold the Zelora Z2, priced at $610.",
        same=["The Omnix X7, which costs $840, outsold the Zelora Z2."],
        changed=[("The Omnix X7, priced at $610, outsold the Zelora Z2.",
                  Difference("number", "$610", "$840"))],
    )


def test_a_date_the_passage_gives_the_name_its_sentence_opens_with() -> None:
    both_ways(
        "Vantor was founded in 1987. Brellin, its rival, was founded in 2003.",
        same=["Vantor was founded in 1987.", "Brellin was founded in 2003."],
        changed=[("Vantor was founded in 2003.", Difference("name", "Vantor", "Brellin"))],
    )


def test_a_level_the_passage_dates_in_the_past_is_not_the_claims_now() -> None:
    both_ways(
        "The firm, which had 1,450 staff in 2018, now employs 920.",
        same=["The firm now employs 920 staff.", "The firm had 1,450 staff in 2018."],
        changed=[("The firm now employs 1,450 staff.", Difference("number", "1,450", "920"))],
    )


def test_a_word_of_a_fall_or_a_shutting_against_its_opposite() -> None:
    # a small fall said in a word of its own, against a gain in its place
    both_ways(
        "Shares of Omnix jumped 14 percent, while Vantor's stock slipped 3 percent.",
        same=["Vantor's stock fell 3 percent.", "Vantor's stock slipped 3 percent."],
        changed=[("Vantor's stock gained 3 percent.",
                  Difference("wording", "gained", "slipped"))],
    )
    both_ways(
        "The Zelora mine will close in 2027 and its smelter will stay open until 2030.",
        same=["The Zelora smelter will stay open until 2030."],
        changed=[("The Zelora smelter will stay shut until 2030.",
                  Difference("wording", "shut", "open"))],
    )
    both_ways(
        "The Kestria bridge was closed permanently after the flood of 2019.",
        same=["The Kestria bridge was closed permanently after the 2019 flood."],
        changed=[("The Kestria bridge was closed temporarily after the 2019 flood.",
                  Difference("wording", "temporarily", "permanently"))],
    )


def test_an_opposite_in_a_clause_set_against_the_claims_is_anothers() -> None:
    # "while" and "but" part two clauses: the words of one do not place a word of the other
    both_ways(
        "Exports to Norvia rose sharply, while imports from Kestria fell.",
        same=["Imports from Kestria fell.", "Exports to Norvia rose sharply."],
        changed=[("Imports from Kestria rose.", Difference("wording", "rose", "fell"))],
    )
    both_ways(
        "The Omnix plant will expand its staff, but the Vantor plant will shrink.",
        same=["The Vantor plant will shrink."],
        changed=[("The Vantor plant will expand.", Difference("wording", "expand", "shrink"))],
    )


def test_a_word_between_two_values_is_placed_by_them() -> None:
    # no content word stands beside "add": the values on either side say where it goes
    both_ways(
        "The Zelora mine will close in 2027, cutting 1,200 jobs, the company said.",
        same=["The closure of the Zelora mine in 2027 will cut 1,200 jobs."],
        changed=[("The Zelora mine's closure in 2027 will add 1,200 jobs.",
                  Difference("wording", "add", "cutting"))],
    )
    # "costs" opposes nothing: what a thing costs is no word of its being dear or cheap
    both_ways(
        "The Omnix X7 is heavier than its predecessor but cheaper, at $840.",
        same=["The Omnix X7 costs $840."],
        changed=[("The Omnix X7 is more expensive than its predecessor.",
                  Difference("wording", "expensive", "cheaper"))],
    )


def test_a_comparison_turned_round_past_a_decimal() -> None:
    # the decimal point of "3.1" ends no sentence: the comparison is read whole
    both_ways(
        "Kestria's economy grew by 3.1 percent in 2023, faster than Norvia's, which expanded "
        "by 2.4 percent.",
        same=["Kestria's economy grew faster than Norvia's in 2023."],
        changed=[("Norvia's economy grew faster than Kestria's in 2023.",
                  Difference("name", "Norvia faster than Kestria", "Kestria faster than Norvia"))],
    )


def test_the_clause_that_names_the_claims_subject_says_its_word() -> None:
    both_ways(
        "Lenz, 34, is the oldest player in the squad, while Ortiz, at 19, is the youngest.",
        same=["Ortiz, 19, is the youngest player in the squad.",
              "Lenz, 34, is the oldest player in the squad."],
        changed=[("Ortiz is the oldest player in the squad.",
                  Difference("wording", "oldest", "youngest")),
                 ("Lenz is the youngest player in the squad.",
                  Difference("wording", "youngest", "oldest"))],
    )
    # a clause that names no one is its sentence's subject's
    both_ways(
        "Omnix said its revenue rose to nearly $3 billion last year, while costs fell below "
        "$1 billion for the first time.",
        same=["Omnix costs fell under $1 billion for the first time."],
        changed=[("Omnix costs rose above $1 billion for the first time.",
                  Difference("wording", "rose", "fell"))],
    )


def test_the_opening_name_of_a_sentence_is_read_past_an_aside() -> None:
    both_ways(
        "Una Kray said Omnix would pay $4.2 billion for Zelora. Vantor, a rival bidder, had "
        "offered $3.9 billion.",
        same=["Vantor had offered $3.9 billion."],
        changed=[("Omnix had offered $3.9 billion.", Difference("name", "Omnix", "Vantor"))],
    )


def test_a_bodys_name_with_one_word_swapped_for_another_name_is_not_stated() -> None:
    passage = (
        "The study, led by researchers at the University of Kestria and published in the "
        "Norvia Medical Journal, followed 12,000 adults for 10 years."
    )
    assert verdict("The study was published in the Norvia Medical Journal.", passage)[0] == "ok"
    status, diffs = verdict("The study was published in the Kestria Medical Journal.", passage)
    assert status == "missing"
    assert Difference("name", "Kestria Medical Journal", None) in diffs


def test_the_subject_of_a_sentence_is_read_past_a_phrase_that_opens_it() -> None:
    # "In the final," comes before the subject; the claim says it after
    both_ways(
        "In the final, Ada Vance scored twice before Lio Kray saved a penalty from Tim Ortiz.",
        same=["Ada Vance scored twice in the final."],
        changed=[("Tim Ortiz scored twice in the final.",
                  Difference("name", "Tim Ortiz", "Ada Vance"))],
    )


def test_each_deed_by_its_own_agent_when_two_are_joined() -> None:
    # "developed by Omnix and tested by researchers at Vantor University": two deeds, two
    # agents, the second named by the body its members are from
    both_ways(
        "The vaccine, developed by Omnix and tested by researchers at Vantor University, cut "
        "infections by 62 percent among adults over 65.",
        same=["The vaccine was developed by Omnix.",
              "The vaccine was tested by researchers at Vantor University."],
        changed=[("The vaccine was developed by Vantor University.",
                  Difference("name", "Vantor University", "Omnix")),
                 ("The vaccine was tested by Omnix.",
                  Difference("name", "Omnix", "Vantor University"))],
    )


def test_a_speakers_words_in_a_sentence_of_two_speakers() -> None:
    # "According to Lenz, ..., but Ortiz ... said ...": each clause has its own speaker
    both_ways(
        "According to Lenz, the dam's designer, the structure can hold back 40 million cubic "
        "metres, but Ortiz, an engineer who inspected it, said it was built with substandard "
        "concrete.",
        same=["Ortiz said the dam was built with substandard concrete.",
              "According to Lenz, the structure can hold back 40 million cubic metres."],
        changed=[("Lenz said the dam was built with substandard concrete.",
                  Difference("name", "Lenz", "Ortiz")),
                 ("According to Ortiz, the structure can hold back 40 million cubic metres.",
                  Difference("name", "Ortiz", "Lenz"))],
    )
    # a closing "according to" names who reported the speaker's words, not the speaker
    both_ways(
        'Vance wept in court. "I have felt deep pain every day," she told the court, according '
        "to Kestria Radio reporter Una Kray.",
        same=["Vance told the court she had felt deep pain every day, Kestria Radio reported."],
        changed=[],
    )


def test_a_date_goes_with_the_deed_before_what_it_is_done_to() -> None:
    # the deed of "won the title in 2023" is "won", past its object
    both_ways(
        "Lenz finished second in 2022 and won the title in 2023.",
        same=["Lenz finished second in 2022."],
        changed=[("Lenz won the title in 2022.", Difference("date", "2022", "2023"))],
    )


def test_the_name_that_opens_a_sentence_is_the_subject_of_each_of_its_clauses() -> None:
    # "Lenz" is the subject of both clauses: it gives 2022 no claim to the title
    both_ways(
        "Lenz finished second in 2022 and won the title in 2023.",
        same=["Lenz won the title in 2023."],
        changed=[("Lenz finished second in 2023.", Difference("date", "2023", "2022"))],
    )


def test_a_name_near_the_claims_start_is_placed_by_the_words_around_it() -> None:
    # two words before the name and the word after it stand around another name
    both_ways(
        "Regulators in Norvia approved the merger on Monday, a week after Kestria's competition "
        "authority blocked it.",
        same=["Regulators in Norvia approved the merger on Monday.",
              "Kestria's competition authority blocked the merger."],
        changed=[("Regulators in Kestria approved the merger on Monday.",
                  Difference("name", "Kestria", "Norvia"))],
    )
    # the claim's name beside the other one, the word after it differing: nothing replaced
    both_ways(
        "Regulators in Norvia and Kestria approved the merger on Monday.",
        same=["Regulators in Kestria approved the merger on Monday."],
        changed=[],
    )


def test_an_aside_with_a_place_after_the_opening_name_is_passed_over() -> None:
    # ", a nurse from Brellin," says who the opening name is; the claim's name replaced it
    both_ways(
        "Ada Vance, a nurse from Brellin, was the first person to receive the vaccine, followed "
        "by Tom Lenz, 81.",
        same=["Ada Vance was the first person to receive the vaccine."],
        changed=[("Tom Lenz was the first person to receive the vaccine.",
                  Difference("name", "Tom Lenz", "Ada Vance"))],
    )


def test_a_description_set_off_before_a_name_leaves_its_place_to_the_words_before_it() -> None:
    # "replaced by his assistant, Joe Kelso": "replaced by" places Kelso
    both_ways(
        "Harlow's coach, Tom Brellin, was sacked on Sunday and replaced by his assistant, Joe "
        "Kelso.",
        same=["Tom Brellin was sacked on Sunday and replaced by Joe Kelso."],
        changed=[("Joe Kelso was sacked on Sunday and replaced by Tom Brellin.",
                  Difference("name", "Joe Kelso … Tom Brellin", "Tom Brellin … Joe Kelso"))],
    )


def test_a_deed_between_two_names_is_read_when_its_second_name_ends_the_sentence() -> None:
    # "Vantor." is the name "Vantor": the doer of one deed joined to another's
    both_ways(
        "Lenz beat Ortiz 3-1 in the final, while Kray beat Vantor in the semi-final.",
        same=["In the semi-final, Kray beat Vantor."],
        changed=[("In the final, Lenz beat Vantor.",
                  Difference("name", "Lenz … Vantor", "Lenz … Ortiz"))],
    )


def test_a_word_put_in_the_place_of_a_like_word_of_the_passage_contradicts() -> None:
    # "bleeding" is the passage's word, but in the place of the risk that fell
    both_ways(
        "The drug reduced the risk of death by 20% compared with a placebo, but raised the risk "
        "of bleeding.",
        same=["Compared with a placebo, the drug cut the risk of death by 20%.",
              "The drug raised the risk of bleeding."],
        changed=[("The drug reduced the risk of bleeding by 20% compared with a placebo.",
                  Difference("wording", "bleeding", "death"))],
    )
    # a name the passage gives the same thing by elsewhere, in no like place, replaces nothing
    both_ways(
        "In May the agency approved the drug; the FDA later said supplies would recover by June.",
        same=["In May the FDA approved the drug."],
        changed=[],
    )


def test_a_post_of_a_body_given_to_another_holder_contradicts() -> None:
    # "the prime minister of Norvia" is Lenz's post; the passage gives Vance another
    both_ways(
        "Guests included the president of Kestria, Ada Vance, and the prime minister of Norvia, "
        "Tom Lenz.",
        same=["Tom Lenz attended as prime minister of Norvia.",
              "The president of Kestria, Ada Vance, attended."],
        changed=[("Ada Vance attended as prime minister of Norvia.",
                  Difference("name", "Ada Vance", "Tom Lenz")),
                 ("Tom Lenz, the president of Kestria, attended.",
                  Difference("name", "Tom Lenz", "Ada Vance"))],
    )


def test_short_of_a_figure_is_just_under_it() -> None:
    both_ways(
        "The fire destroyed just short of 400 homes, officials said.",
        same=["The fire destroyed almost 400 homes, officials said.",
              "The fire destroyed fewer than 400 homes."],
        changed=[("The fire destroyed at least 400 homes.",
                  Difference("comparator", "at least 400", "almost 400")),
                 ("The fire destroyed more than 400 homes.",
                  Difference("comparator", "more than 400", "almost 400"))],
    )


def test_the_opening_name_is_read_past_a_clause_of_who_or_which() -> None:
    # ", who trained under Ortiz at the Brellin academy," says what Lenz did; Lenz coaches
    both_ways(
        "Lenz, who trained under Ortiz at the Brellin academy, now coaches the national team.",
        same=["Lenz now coaches the national team."],
        changed=[("Ortiz now coaches the national team.", Difference("name", "Ortiz", "Lenz"))],
    )


def test_a_rate_that_eased_or_slowed_fell() -> None:
    both_ways(
        "Kestria's inflation rate eased to 3.1% in May from 3.6% in April.",
        same=["Kestria's inflation rate eased to 3.1% in May."],
        changed=[("Kestria's inflation rate rose to 3.1% in May.",
                  Difference("wording", "rose", "eased"))],
    )
    both_ways(
        "Growth in Norvia slowed to 1.2% in the third quarter.",
        same=["Growth in Norvia slowed to 1.2% in the third quarter."],
        changed=[("Growth in Norvia climbed to 1.2% in the third quarter.",
                  Difference("wording", "climbed", "slowed"))],
    )


def test_a_title_before_its_holders_name_is_a_post_of_its_body() -> None:
    # "Kestrian President Ada Vance": the title before the name, the body before the title
    both_ways(
        "Guests included Kestrian Foreign Minister Ada Vance, Norvian President Tom Lenz and "
        "the president of Zelora, Cora Ortiz.",
        same=["Tom Lenz attended as president of Norvia.",
              "Ada Vance, the foreign minister of Kestria, attended.",
              "Zelora's president, Cora Ortiz, attended."],
        changed=[("Tom Lenz attended as president of Zelora.",
                  Difference("name", "Tom Lenz", "Cora Ortiz")),
                 ("Cora Ortiz, the foreign minister of Kestria, attended.",
                  Difference("name", "Cora Ortiz", "Ada Vance"))],
    )
    # a title in lower case after its body, and one set off before its holder's name
    both_ways(
        "The senate panel chair, Sen. Ada Vance, announced the result, and house panel chair "
        "Tom Lenz seconded it.",
        same=["House panel chair Tom Lenz seconded the result.",
              "Senate panel chair Ada Vance announced the result."],
        changed=[("Senate panel chair Tom Lenz announced the result.",
                  Difference("name", "Tom Lenz", "Sen. Ada Vance"))],
    )


def test_the_post_a_passage_gives_a_name_of_another_body_contradicts() -> None:
    both_ways(
        "Kestrian President Ada Vance met Norvia's prime minister, Tom Lenz, in March.",
        same=["Ada Vance, the president of Kestria, met Tom Lenz in March.",
              "Tom Lenz, the prime minister of Norvia, met Ada Vance in March."],
        changed=[("Ada Vance, the president of Norvia, met Tom Lenz in March.",
                  Difference("name", "Norvia", "Kestrian")),
                 ("Tom Lenz, the prime minister of Kestria, met Ada Vance in March.",
                  Difference("name", "Kestria", "Norvia"))],
    )
    # one holder with posts of two bodies keeps both
    both_ways(
        "Omnix chief executive Tom Lenz, also chairman of Vantor, spoke first.",
        same=["Tom Lenz, the chief executive of Omnix, spoke first.",
              "Vantor's chairman, Tom Lenz, spoke first."],
        changed=[],
    )


def test_a_not_said_in_other_words_partners_one_in_a_claim_of_several_sentences() -> None:
    # the claim's "not disclosed" partners the passage's "not revealed" of the sentence its
    # second sentence aligns with, and is not then counted again as the passage's own denial
    passage = (
        "Omnix is also expected to be a cheap mission. While Omnix has not revealed the latest "
        "cost breakdown of the mission, a previous query revealed that the government had "
        "allocated about $378 million for the mission."
    )
    status, diffs = verdict(
        "Omnix is likewise expected to be a low-cost mission. Omnix has not disclosed an "
        "up-to-date cost breakdown, but an earlier query showed the government had allotted "
        "about $378 million to the mission.",
        passage,
    )
    assert status != "contradicted", diffs
    assert not [d for d in diffs if d.kind == "negation"], diffs
    both_ways(
        passage,
        same=[],
        changed=[("Omnix is likewise expected to be a low-cost mission. Omnix has disclosed an "
                  "up-to-date cost breakdown, and an earlier query showed the government had "
                  "allotted about $378 million to the mission.",
                  Difference("negation", None, "not"))],
    )


def test_a_shortfall_is_no_fall_and_no_rise() -> None:
    # "fell ... short" and "came up short" say one shortfall, in any of their words
    both_ways(
        "Lenz accepted the result, in which he came up short by 700,000 votes.",
        same=["Lenz, who fell 700,000 votes short, accepted the result."],
        changed=[("Lenz, who fell 70,000 votes short, accepted the result.",
                  Difference("number", "70,000", "700,000"))],
    )
    both_ways(
        "Lenz fell 700,000 votes short of a majority.",
        same=["Lenz came up 700,000 votes short of a majority.",
              "Lenz was 700,000 votes short of a majority."],
        changed=[("Lenz came up 70,000 votes short of a majority.",
                  Difference("number", "70,000", "700,000"))],
    )
    # a fall that is no shortfall is still a fall
    both_ways(
        "Support for Lenz fell 7 points in May.",
        same=["Support for Lenz dropped 7 points in May."],
        changed=[("Support for Lenz rose 7 points in May.", Difference("wording", "rose", "fell"))],
    )


def test_a_word_the_passage_says_only_inside_a_shortfall_does_not_account_for_a_win() -> None:
    # the sentences around the evidence are read with their phrases said plainly too: the
    # "came" of "came up short" is no account of "won"
    passage = "Lenz, 77, accepted the result, in which he came up short by 700,000 votes."
    status, diffs = verdict("Lenz won by 700,000 votes.", passage)
    assert status != "ok", diffs
    status, diffs = verdict("Lenz came up short by 700,000 votes.", passage)
    assert status == "ok", diffs


def test_after_which_tells_the_order_of_its_two_clauses() -> None:
    # "X, after which Y" is "X before Y" and "Y after X"
    both_ways(
        "Lenz was sworn in as president, after which Vance was sworn in as vice president.",
        same=["Lenz was sworn in before Vance.", "Vance was sworn in after Lenz."],
        changed=[("Lenz was sworn in after Vance.", Difference("wording", "after", "before"))],
    )
    both_ways(
        "The merger closed in May, before which Kray had resigned.",
        same=["The merger closed after Kray had resigned."],
        changed=[("The merger closed before Kray had resigned.",
                  Difference("wording", "before", "after"))],
    )


def test_two_names_put_in_the_other_order_contradict() -> None:
    both_ways(
        "Lenz was sworn in as president, after which Vance was sworn in as vice president.",
        same=["Vance was sworn in after Lenz.", "Lenz was sworn in before Vance."],
        changed=[("Vance was sworn in before Lenz.",
                  Difference("name", "Vance before Lenz", "Lenz before Vance"))],
    )
    both_ways(
        "Ortiz testified after Kray, the firm's former chief executive.",
        same=["Kray testified before Ortiz."],
        changed=[("Ortiz testified before Kray.",
                  Difference("name", "Ortiz before Kray", "Kray before Ortiz"))],
    )


# --- numbers, dates and ranks in more of the ways pages write them -----------------------------


def test_a_whole_number_and_a_half_in_digits() -> None:
    both_ways(
        "The Varnak survey took 8 and half years and covered 3.2 billion km.",
        same=["The Varnak survey took eight and a half years to cover 3.2 billion km."],
        changed=[(
            "The Varnak survey took nine and a half years to cover 3.2 billion km.",
            Difference("number", "9.5", "8.5"),
        )],
    )
    assert [f.value for f in extract("10 and a half years")] == [Fraction(21, 2)]
    assert [f.value for f in extract("2 and a half million people")] == [Fraction(2_500_000)]
    # "half of them" is a share of its own, not half a unit of the number before
    assert [f.value for f in extract("it signed 12 and half of them left")] == [
        Fraction(12), Fraction(1, 2)
    ]


def test_one_in_a_large_whole_is_a_share_in_digits_and_words() -> None:
    both_ways(
        "The odds of the reading being chance are about one in four million, the Omnix team said.",
        same=["The Omnix team put the odds of the reading being chance at roughly one in "
              "4 million."],
        changed=[(
            "The Omnix team put the odds of the reading being chance at roughly one in "
            "5 million.",
            Difference("number", "about 0.00002", "about 0.000025"),
        )],
    )
    assert [f.value for f in extract("one in 5,000 people")] == [Fraction(1, 50)]
    assert [f.kind for f in extract("one in 2010")] == ["date"]  # a year, not a whole


def test_a_year_first_date_with_the_months_name() -> None:
    both_ways(
        "Launch 2019-Mar-07 from Kestria, aboard a Vantor 9 rocket.",
        same=["The launch from Kestria was on 7 March 2019."],
        changed=[(
            "The launch from Kestria was on 7 April 2019.",
            Difference("date", "7 April 2019", "7 March 2019"),
        )],
    )


def test_a_superlative_that_opens_an_item_of_a_list() -> None:
    passage = (
        "* Top scorer: Harlow Kelso of Norvia (six goals) * Fastest goal: after 71 seconds, "
        "scored by Brellin's Ana Lenz against Kestria in the group stage"
    )
    both_ways(
        passage,
        same=["Brellin's Ana Lenz scored the quickest goal, after 71 seconds, against Kestria "
              "in the group stage."],
        changed=[(
            "Brellin's Ana Lenz scored the second-fastest goal, after 71 seconds, against "
            "Kestria in the group stage.",
            Difference("ordinal", "2nd", "1st"),
        )],
    )
    assert ("ordinal", 1) in [(f.kind, f.value) for f in extract("Largest crowd: 88,000")]
    assert "fastest" not in [f.value for f in extract(passage) if f.kind == "name"]


def test_a_noun_or_verb_ending_in_est_is_no_superlative() -> None:
    assert extract("They walked into the forest at night") == FactSet([])
    assert extract("The protest grew") == FactSet([])
    assert [f.unit for f in extract("the deadliest storm")] == ["superlative"]


def test_a_currency_abbreviation_with_its_stop_ends_no_sentence() -> None:
    passage = (
        "The Varnak probe, launched in March 2019 to map the moon's poles, cost Rs. 412 crore. "
        "Its successor cost more."
    )
    both_ways(
        passage,
        same=["Launched in March 2019, the Varnak probe cost Rs 412 crore."],
        changed=[(
            "Launched in March 2019, the Varnak probe cost Rs 412 million.",
            Difference("number", "412,000,000", "4,120,000,000"),
        )],
    )


def test_a_respectively_list_of_labelled_names() -> None:
    passage = (
        "The next two probes, Omnix-2 and the newer Omnix-3, were built at a cost of Rs. 845 "
        "crore and Rs. 530 crore respectively, less than one film's budget."
    )
    both_ways(
        passage,
        same=[
            "Omnix-2 was built at a cost of Rs 845 crore.",
            # a name's value after a colon, as a label gives it
            "Omnix-2 cost: Rs 845 crore. Omnix-3: Rs 530 crore.",
        ],
        changed=[
            ("Omnix-2 was built at a cost of Rs 530 crore.",
             Difference("number", "5,300,000,000", "8,450,000,000")),
            ("Omnix-2 cost: Rs 530 crore. Omnix-3: Rs 845 crore.",
             Difference("number", "5,300,000,000", "8,450,000,000")),
        ],
    )
    both_ways(
        "The two ships, Vantor-2 and the newer Vantor-3, cost $845 million and $530 million "
        "respectively.",
        same=["Vantor-3 cost $530 million."],
        changed=[("Vantor-3 cost $845 million.",
                  Difference("number", "845,000,000", "530,000,000"))],
    )


def test_a_month_in_that_year_takes_the_year_named_before() -> None:
    passage = (
        "The Kestria probe was woken from its long sleep in January 2016 for the approach. "
        "It entered orbit around the moon in August that year after a decade-long trek."
    )
    both_ways(
        passage,
        same=["The Kestria probe entered orbit around the moon in August 2016 after a "
              "decade-long trek."],
        changed=[],
    )
    status, diffs = verdict(
        "The Kestria probe entered orbit around the moon in August 2015 after a decade-long "
        "trek.", passage
    )
    assert status == "contradicted"
    assert [d.claim for d in diffs if d.kind == "date"] == ["August 2015"]
    assert [f.value for f in extract("It was founded in 1999 and in May of the same year it "
                                     "listed.")] == [(1999, None, None), (1999, 5, None)]


def test_a_count_said_as_the_rank_of_its_last_one() -> None:
    passage = (
        "The final was Varnak's 31st match in cup history, a new record for matches played. "
        "Omnix had held the record since 1998."
    )
    both_ways(
        passage,
        same=["Playing in the final took Varnak to a record 31 cup matches."],
        changed=[],
    )
    status, _ = verdict("Playing in the final took Varnak to a record 32 cup matches.", passage)
    assert status != "ok"
    both_ways(
        "That third century took Lenz's career tally to 44 hundreds, the most in the format.",
        same=["His 44th hundred gave Lenz the most in the format."],
        changed=[],
    )
    ranked = "Vance lost only three times. The Kestria race was Vance's 37th career win."
    assert verdict("Vance's career wins after Kestria: 37.", ranked)[0] == "ok"
    # the count before the race leaves the race's own win out
    assert verdict("Vance's career wins before Kestria: 37.", ranked)[0] != "ok"
    # a rank of its own on the other side outweighs a count of the same number
    status, _ = verdict(
        "Kelso won his third title in Brellin.",
        "Kelso won his second title in Brellin, the first of three titles he took in all.",
    )
    assert status != "ok"


def test_a_value_the_claim_gives_to_another_count_is_no_rival() -> None:
    passage = (
        "Lenz smashed 17 fours and 9 sixes, scoring an incredible 188* to take the Vantors to "
        "a thrilling three-wicket win."
    )
    same = (
        "With 9 sixes and 17 fours, Lenz made an unbeaten 188 that gave Norvia a three-wicket "
        "victory."
    )
    assert [d for d in differences(same, passage) if d.kind == "number"] == []
    changed = same.replace("188", "198")
    assert Difference("number", "198", "188") in differences(changed, passage)
    # a value set against another with its noun left out counts the same thing: a swap
    swapped = (
        "Brellin made 212 tackles in the final, against Kestria's 97.",
        "Norvia forced Kestria into making 212 tackles. In comparison, Brellin made just 97.",
    )
    assert verdict(*swapped)[0] == "contradicted"


def test_a_neighbours_date_is_no_counterpart_of_values_stated_elsewhere() -> None:
    passage = (
        "Her 812 points this season are the most ever won by a single rider in the Vantor "
        "Series, passing the old record set by Omnix Kray, who took 740 in the 2007 "
        "season.\n\nLenz finished with a mean of 91.4 and a podium rate of 88.2 over the "
        "season, winning three stages along the way."
    )
    status, diffs = verdict("Lenz in the 2023 Vantor Series: mean 91.4, podium rate 88.2.", passage)
    assert status == "missing" and Difference("date", "2023", None) in diffs, diffs
    # with the claim's values in the date's own sentence, the date is the claim's counterpart
    status, diffs = verdict("Omnix Kray took 740 in the 2009 season.", passage)
    assert status == "contradicted" and Difference("date", "2009", "2007") in diffs, diffs


def test_a_name_the_passage_gives_another_names_deed_in_parallel_asides() -> None:
    # Two products, each with its maker set off after it: the claim gives each the other's.
    passage = (
        "Vela, developed by Omnix Labs and Brellin Partners, was approved in the spring. "
        "Lyra, developed by a small lab in Kestria, joins Vela as the second such product."
    )
    both_ways(
        passage,
        same=["Vela was developed by Omnix Labs, while Lyra was developed by a small lab."],
        changed=[(
            "Vela was developed by a small lab, while Lyra was developed by Omnix Labs.",
            Difference("name", "Lyra … Omnix Labs", "Vela … Omnix Labs"),
        )],
    )


def test_a_value_the_passage_binds_to_the_name_the_claim_gives_another_value() -> None:
    # each value bound to a name in one phrase: by the verb after it, or the head it measures
    both_ways(
        "Measuring just 90 m (300 ft) across, Tarvex is a moonlet of the larger 410-m (1,350-ft) "
        "asteroid Quoral.",
        same=["Quoral measures 410 m across, while Tarvex, a moonlet of it, measures 90 m."],
        changed=[(
            "Tarvex measures 410 m across, while Quoral, the asteroid it is a moonlet of, "
            "measures 90 m.",
            Difference("name", "410 of Tarvex", "410 of Quoral"),
        )],
    )
    # by its owner, or a clause about it
    both_ways(
        "Arno Kray finished on 412 points. His 412 points this season broke the old record set "
        "by Tomas Lenz, who scored 380 in the 2009 season.",
        same=["Kray's 412 points broke the record of 380 points that Lenz had set in 2009."],
        changed=[(
            "Kray's 380 points broke the record of 412 points that Lenz had set in 2009.",
            Difference("name", "380 of Kray", "380 of Lenz"),
        )],
    )


def test_a_deed_with_a_decimal_given_to_a_name_the_passage_gives_another_deed() -> None:
    # the deed runs past ".04" (no sentence ends there); the claim's name, said later in the
    # other's sentence, does something else ("won his heat"), so the deed is not its own
    both_ways(
        "Brask finished behind Tarn Vell in the heats by a .04-second margin on Sunday, while "
        "Varno won his heat in 9.91 seconds, the fastest of the day.",
        same=["In the heats on the day, Brask finished .04 seconds behind Tarn Vell."],
        changed=[(
            "In the heats on the day, Varno finished .04 seconds behind Tarn Vell.",
            Difference("name", "Varno finished", "Brask finished"),
        )],
    )


def test_two_events_ordered_by_the_name_opening_the_clause_past_a_title() -> None:
    # the name nearest "before" is a title ("Deputy Governor"); the clause's opening name is
    # the one whose event is ordered
    both_ways(
        "The ceremony was held in front of the Halvorn Capitol. Kelso was sworn in as governor, "
        "after which Vance was sworn in as Deputy Governor.",
        same=["Kelso was sworn in as governor before Vance was sworn in as Deputy Governor."],
        changed=[(
            "Vance was sworn in as Deputy Governor before Kelso was sworn in as governor.",
            Difference("name", "Vance before Kelso", "Kelso before Vance"),
        )],
    )


def test_a_value_the_passage_gives_another_verb_against_the_value_of_the_claims_verb() -> None:
    # the second value leaves its noun unsaid ("more than 200"): the verb right before each
    # value tells which deed it counts
    both_ways(
        "The storm killed 41 people and injured more than 200, while 3,000 homes were left "
        "without power.",
        same=[
            "The storm injured more than 200 people and killed 41.",
            "The storm killed 41 people.",
        ],
        changed=[("The storm injured 41 people.", Difference("number", "41", "more than 200"))],
    )
    # a light verb or a verb past another number tells no deed: "has won 13, ten of them"
    status, diffs = verdict(
        "Of the 16 races so far, Brask has won 13, ten of them in a row.",
        "Brask, who has won 13 of 16 races so far including 10 in a row, said he was tired.",
    )
    assert not any(d.kind == "number" for d in diffs), diffs


def test_a_count_told_as_the_subject_of_its_deed_against_the_count_of_the_claims_deed() -> None:
    # The verb after a count that opens its clause tells its deed as well as a verb before
    # one: "of whom 800 received the drug" counts those who received it, not "enrolled 1,200"
    both_ways(
        "The Tarvex study enrolled 1,200 adults, of whom 800 received the new drug and the "
        "rest a placebo.",
        same=[
            "800 adults received the new drug in the Tarvex study.",
            "The Tarvex study enrolled 1,200 adults.",
        ],
        changed=[(
            "1,200 adults received the new drug in the Tarvex study.",
            Difference("number", "1,200", "800"),
        )],
    )
    both_ways(
        "Quoral hired 300 engineers in 2021, and 40 of them have since resigned.",
        same=[
            "40 Quoral engineers have resigned since 2021.", "Quoral hired 300 engineers in 2021."
        ],
        changed=[(
            "300 Quoral engineers have resigned since 2021.", Difference("number", "300", "40")
        )],
    )
    both_ways(
        "The fire at the Brellin depot killed 14 people and 60 were injured.",
        same=["60 people were injured in the fire at the Brellin depot."],
        changed=[(
            "14 people were injured in the fire at the Brellin depot.",
            Difference("number", "14", "60"),
        )],
    )


def test_the_level_the_passage_gives_now_claimed_for_the_earlier_time() -> None:
    passage = (
        "Omnix reported revenue of $4.2 billion for the quarter, up from $3.9 billion a year "
        "earlier, and a net profit of $610 million."
    )
    both_ways(
        passage,
        same=[
            "A year earlier Omnix's revenue was $3.9 billion.",
            "Omnix's quarterly revenue was $4.2 billion, up from $3.9 billion a year earlier.",
        ],
        changed=[
            ("A year earlier Omnix's revenue was $4.2 billion.",
             Difference("number", "4,200,000,000", "3,900,000,000")),
            ("Omnix's revenue the previous year was $4.2 billion.",
             Difference("number", "4,200,000,000", "3,900,000,000")),
        ],
    )


def test_a_level_claimed_of_a_subject_the_passage_gives_another_value() -> None:
    # the claim's subject ("turnout") stands far from its value; the sentence's opening ("in
    # the first round") is said of every value in it
    both_ways(
        "In the first round Kestria's Party took 38% of the vote and Norvia's Union 24%, with "
        "turnout at 71%.",
        same=["Turnout in the first round was 71%.", "Kestria's Party took 38% of the vote."],
        changed=[
            ("Turnout in the first round was 38%.", Difference("number", "38", "71")),
            ("Turnout was 38% in the first round.", Difference("number", "38", "71")),
        ],
    )


def test_a_span_later_the_claim_gives_itself_holds_no_role_of_its_date() -> None:
    # "nine months later" dates the birth from 5 April 1994; the claim says so in its own
    # words, so its date is no other deed's (a date "30 days later" the claim does not give
    # still is: test_a_date_the_passage_gives_another_deed_before_a_span_later_contradicts)
    status, diffs = verdict(
        "Kray was born roughly nine months after 5 April 1994, the date since which Omnix's "
        "record had stood.",
        "Omnix's record had stood since 5 April 1994. Kray, now 31, was born about nine months "
        "later.",
    )
    assert status != "contradicted" and not any(d.kind == "date" for d in diffs), diffs


def test_an_irregular_past_deed_given_to_the_agent_of_another_deed() -> None:
    # "led" is a deed in the active voice as "funded" is
    both_ways(
        "The study, led by researchers at Halvorn University, was funded by the Brellin Trust.",
        same=["The Brellin Trust funded the study.", "Halvorn University led the study."],
        changed=[(
            "The Brellin Trust led the study.",
            Difference("name", "Brellin Trust", "Halvorn University"),
        )],
    )


def test_a_place_put_after_a_verb_and_small_word_the_passage_gives_another_place() -> None:
    # the passage's subject ends in other words ("born in Norvia, moved to"), so only the
    # nearest two place the name, with the words after it agreeing ("in 1998")
    both_ways(
        "Kelso, who was born in Norvia, moved to Kestria in 1998 and became mayor of Halvorn "
        "in 2010.",
        same=["Kelso moved to Kestria in 1998.", "Kelso became mayor of Halvorn in 2010."],
        changed=[("Kelso moved to Halvorn in 1998.", Difference("name", "Halvorn", "Kestria"))],
    )
    # a value's words place no name: "64 million British adults" / "64 million U.K. adults"
    status, _ = verdict(
        "Some 64 million British adults watched the final in 2019.",
        "About 64 million U.K. adults watched the final in 2019, a survey found.",
    )
    assert status != "contradicted"


def test_the_place_a_name_is_based_in_given_to_another_name() -> None:
    both_ways(
        "The Kestria-based firm Omnix acquired Vantor, based in Norvia, for $3 billion in 2021.",
        same=[
            "Omnix, based in Kestria, acquired Vantor in 2021.",
            "The Kestria-based firm Omnix acquired the Norvia-based Vantor in 2021.",
        ],
        changed=[
            ("The Norvia-based firm Omnix acquired Vantor in 2021.",
             Difference("name", "Omnix (Norvia)", "Omnix (Kestria)")),
            ("Omnix, based in Norvia, acquired Vantor in 2021.",
             Difference("name", "Omnix (Norvia)", "Omnix (Kestria)")),
        ],
    )


def test_a_rank_the_passage_gives_the_name_its_sentence_opens_with() -> None:
    both_ways(
        "Omnix overtook Vantor last year to become the second-largest carmaker in Kestria, "
        "behind Brellin.",
        same=["Omnix became the second-largest carmaker in Kestria last year."],
        changed=[(
            "Brellin is the second-largest carmaker in Kestria.",
            Difference("name", "Brellin", "Omnix"),
        )],
    )


def test_a_value_of_a_deal_the_passage_tells_of_the_other_party_the_claim_names() -> None:
    # the passage's sentence opens with the party the claim names after a comma ("Vantor,");
    # a value of a deal is both parties' (the other way, a name the claim never gives, is
    # test_a_date_the_passage_gives_the_name_its_sentence_opens_with)
    status, diffs = verdict(
        "Omnix paid $40 million for Vantor, which had 300 staff.",
        "Vantor, which fetched $40 million, had 300 staff when Omnix bought it.",
    )
    assert status != "contradicted" and not any(d.kind == "name" for d in diffs), diffs


# --- number words that write two numbers, not one --------------------------------------------


def test_a_digit_word_before_a_fraction_is_not_added_to_it() -> None:
    # "two one-hundredths" is two (hundredths), never "two one" = 3
    passage = "Vela took the title by two one-hundredths of a second over Lyra."
    status, diffs = verdict("Vela took the title by two hundredths of a second.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("Vela took the title by three hundredths of a second.", passage)
    assert status == "contradicted", diffs
    assert Difference("number", "3", "2") in diffs


# --- "one" before a unit of time, in a span told in two units -----------------------------------


def test_one_unit_then_another_is_one_span() -> None:
    both_ways(
        "Lenz finished one minute and three seconds behind Vela in the Kestria time trial.",
        same=[
            "Lenz finished a minute and three seconds behind Vela in the Kestria time trial.",
            "Lenz finished 1 minute 3 seconds behind Vela in the Kestria time trial.",
        ],
        changed=[
            (
                "Lenz finished a minute and four seconds behind Vela in the Kestria time trial.",
                Difference("number", "1 min 4 s", "1 min 3 s"),
            ),
        ],
    )
    passage = "The Varnak line was shut for one hour, 20 minutes on Monday."
    status, diffs = verdict("The Varnak line was shut for 80 minutes on Monday.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("The Varnak line was shut for 90 minutes on Monday.", passage)
    assert status == "contradicted", diffs
    assert any(d.kind in ("number", "unit") and d.claim == "90 minutes" for d in diffs), diffs


# --- an opposite the passage says failed is the claim's word -------------------------------------


def test_an_opposite_that_failed_says_the_claims_word() -> None:
    # "failed to shut" leaves the hatch open: no opposite of "open"
    passage = (
        "The Varnak hatch has failed to shut properly and remains jammed open by loose bolts, "
        "leaving a gap."
    )
    for claim in (
        "Loose bolts have jammed the Varnak hatch open, leaving a gap.",
        "Bolts jammed the Varnak hatch open.",
    ):
        status, diffs = verdict(claim, passage)
        assert status == "ok", (claim, diffs)
    status, diffs = verdict(
        "The Varnak hatch stayed jammed open after the test.",
        "The Varnak hatch closed and stayed jammed shut after the test.",
    )
    assert status == "contradicted", diffs
    assert any(d.kind == "wording" and d.claim == "open" for d in diffs), diffs
    # failing to open is no account of opening
    status, diffs = verdict(
        "The Varnak hatch opened after the test.",
        "The Varnak hatch failed to open after the test.",
    )
    assert status == "contradicted", diffs
    # both negated, the opposites still oppose: "did not close" is no "did not open"
    status, diffs = verdict(
        "Loose bolts meant the Varnak hatch did not close, leaving a gap.",
        "Loose bolts meant the Varnak hatch did not open, leaving a gap.",
    )
    assert status == "contradicted", diffs


def test_names_exchanged_though_one_side_says_what_a_name_is() -> None:
    # "crater Kestria" on one side, "Kestria" on the other: the word before the name describes
    # it, and the words before that place it
    passage = (
        "The first landing site had been crater Kestria, but it was moved to Norvia when the "
        "probe drifted off course."
    )
    for claim in (
        "The first site had been Kestria, but it was shifted to Norvia when the probe drifted "
        "off course.",
        "The first site had been crater Kestria, but it was shifted to Norvia when the probe "
        "drifted off course.",
    ):
        status, diffs = verdict(claim, passage)
        assert status == "ok", (claim, diffs)
    status, diffs = verdict(
        "The first site had been Norvia, but it was shifted to crater Kestria when the probe "
        "drifted off course.", passage,
    )
    assert status == "contradicted", diffs
    assert Difference("name", "Norvia … Kestria", "Kestria … Norvia") in diffs, diffs


# --- a fraction in words and the percentage that rounds it --------------------------------------


@pytest.mark.parametrize(
    ("passage", "same", "changed"),
    [
        ("Omnix shares fell by a third on Monday.", ["33%", "33.3%"], ["30%", "34%"]),
        ("Two-thirds of Varnak voters backed the plan.", ["67%", "66.7%"], ["60%", "70%"]),
        ("Half of Varnak voters backed the plan.", ["50%"], ["40%"]),
    ],
)
def test_a_percentage_that_rounds_a_fraction_in_words_states_it(
    passage: str, same: list[str], changed: list[str]
) -> None:
    def claim(share: str) -> str:
        if passage.startswith("Omnix"):
            return f"Omnix shares fell by {share} on Monday."
        return f"{share} of Varnak voters backed the plan."

    for share in same:
        status, diffs = verdict(claim(share), passage)
        assert status == "ok", (share, diffs)
    for share in changed:
        # never `ok`; contradicted where the passage's share is paired with the claim's
        status, diffs = verdict(claim(share), passage)
        assert status != "ok", (share, diffs)
        assert any(d.kind == "number" and d.claim == share.rstrip("%") for d in diffs), diffs


# --- opposite words of relation that relate two names the other way round ------------------------


@pytest.mark.parametrize(
    ("passage", "same", "changed"),
    [
        (
            "Vela finished ahead of Lyra in the Kestria sprint.",
            "Lyra finished behind Vela in the Kestria sprint.",
            "Vela finished behind Lyra in the Kestria sprint.",
        ),
        (
            "Kelso trails Vance by five points in the latest Kestria poll.",
            "Vance leads Kelso by five points in the latest Kestria poll.",
            "Kelso leads Vance by five points in the latest Kestria poll.",
        ),
        (
            "Omnix lent Vantor $5 million to keep the Kestria plant open.",
            "Vantor borrowed $5 million from Omnix to keep the Kestria plant open.",
            "Omnix borrowed $5 million from Vantor to keep the Kestria plant open.",
        ),
    ],
)
def test_an_opposite_relating_the_names_the_other_way_round_says_the_same(
    passage: str, same: str, changed: str
) -> None:
    status, diffs = verdict(same, passage)
    assert status == "ok", diffs
    status, diffs = verdict(changed, passage)
    assert status == "contradicted", diffs
    assert any(d.kind == "wording" and d.source is not None for d in diffs), diffs


@pytest.mark.parametrize(
    ("passage", "exchanged"),
    [
        (
            "Kelso's daughter, Vela, runs the Omnix foundation.",
            "Vela's daughter, Kelso, runs the Omnix foundation.",
        ),
        (
            "Omnix's chief executive, Vela, met Kestria officials on Monday.",
            "Vela's chief executive, Omnix, met Kestria officials on Monday.",
        ),
    ],
)
def test_a_post_and_its_holder_exchanged_in_apposition(passage: str, exchanged: str) -> None:
    # "X's daughter, Y" tells who Y is; the passage saying "Y's daughter, X" says the other way
    status, diffs = verdict(passage, passage)
    assert status == "ok", diffs
    status, diffs = verdict(exchanged, passage)
    assert status == "contradicted", diffs
    assert any(d.kind == "name" for d in diffs), diffs
    # the apposition alone, the holder's name told elsewhere, exchanges nothing
    status, diffs = verdict(
        "Omnix's chief executive, Vela, met Kestria officials.",
        "Vela, who runs Omnix as its chief executive, met Kestria officials.",
    )
    assert not any(d.kind == "name" for d in diffs), diffs


# --- two things put in order without their values -------------------------------------------


@pytest.mark.parametrize(
    ("passage", "same", "changed", "difference"),
    [
        (
            "The 2021 final drew 61,240 fans, against 64,118 at the 2017 final.",
            "The 2021 final drew fewer fans than the 2017 final.",
            "The 2021 final drew more fans than the 2017 final.",
            Difference("comparator", "more fans than the 2017 final", "61,240 against 64,118"),
        ),
        (
            "Kelso scored 8 goals in the tournament and Harlow scored 7.",
            "Kelso scored more goals than Harlow in the tournament.",
            "Kelso scored fewer goals than Harlow in the tournament.",
            Difference("comparator", "fewer goals than Harlow in the tournament", "8 against 7"),
        ),
        (
            "Omnix had 1,200 stores in 2016 and 900 in 2023.",
            "Omnix had fewer stores in 2023 than in 2016.",
            "Omnix had more stores in 2023 than in 2016.",
            Difference("comparator", "more stores in 2023 than in 2016", "900 against 1,200"),
        ),
    ],
)
def test_an_order_of_two_things_is_read_from_the_values_the_passage_gives_each(
    passage: str, same: str, changed: str, difference: Difference
) -> None:
    both_ways(passage, same=[same], changed=[(changed, difference)])


def test_an_order_of_two_things_the_passage_neither_says_nor_gives_values_for_is_unsupported(
) -> None:
    passage = "Kelso and Harlow both played every match of the Varnak tournament in 2019."
    claim = "Kelso scored more goals than Harlow in the Varnak tournament."
    status, diffs = verdict(claim, passage)
    assert status == "missing"
    assert Difference("wording", "more", None) in diffs
    # said in words, the comparison is the passage's own
    said = "In the Varnak tournament in 2019, Kelso scored more goals than Harlow."
    assert verdict(claim, said)[0] == "ok"
    # a number of times is no order of two things
    times = "Kelso said more than once that the Varnak tournament of 2019 was his last."
    assert verdict("Kelso said more than once that the Varnak tournament of 2019 was his last.",
                   times)[0] == "ok"


# --- a share of a group on the other side of half ----------------------------------------------


def test_a_share_of_a_group_on_the_other_side_of_half_contradicts() -> None:
    both_ways(
        "Most of the 300 members of the Varnak guild voted for the plan in March.",
        same=[
            "A majority of the 300 members of the Varnak guild voted for the plan in March.",
            "The vast majority of the 300 members of the Varnak guild voted for the plan in March.",
        ],
        changed=[(
            "Few of the 300 members of the Varnak guild voted for the plan in March.",
            Difference("comparator", "few", "most"),
        ), (
            "A minority of the 300 members of the Varnak guild voted for the plan in March.",
            Difference("comparator", "a minority", "most"),
        )],
    )
    both_ways(
        "Less than half of the Kestria budget was spent on roads in 2018.",
        same=["Under half of the Kestria budget was spent on roads in 2018."],
        changed=[(
            "Most of the Kestria budget was spent on roads in 2018.",
            Difference("comparator", "most", "less than half"),
        )],
    )
    # all of a group is more than half of it
    both_ways(
        "All of the Lyra residents had heard of the scheme by 2019.",
        same=["Most of the Lyra residents had heard of the scheme by 2019."],
        changed=[(
            "Few of the Lyra residents had heard of the scheme by 2019.",
            Difference("comparator", "few", "all"),
        )],
    )


def test_too_late_to_denies_what_follows() -> None:
    both_ways(
        "The Harlow rescue team reached the Lyra shore too late to save the crew on Monday.",
        same=[
            "The Harlow rescue team failed to save the crew on Monday.",
            "The Harlow rescue team reached the Lyra shore but could not save the crew on Monday.",
        ],
        changed=[(
            "The Harlow rescue team reached the Lyra shore in time to save the crew on Monday.",
            Difference("negation", None, "too late to"),
        )],
    )
    # one "too ... to" against another in other words says the same denial
    both_ways(
        "Kelso said he felt Kray was too tired to improve on the Varnak record of 19.40.",
        same=["Kelso said Kray was too tired to beat the 19.40 Varnak record."],
        changed=[],
    )


@pytest.mark.parametrize(
    ("passage", "source"),
    [
        ("Two years earlier Varnak had inflicted a 17-11 defeat on Norvia at Lyra.",
         "defeat on Norvia"),
        ("Two years earlier Varnak handed Norvia a heavy 17-11 defeat at Lyra.",
         "handed Norvia a heavy 17-11 defeat"),
    ],
)
def test_a_defeat_dealt_to_a_side_says_who_won(passage: str, source: str) -> None:
    both_ways(
        passage,
        same=["Two years earlier Varnak had beaten Norvia 17-11 at Lyra."],
        changed=[(
            "Two years earlier Norvia had beaten Varnak 17-11 at Lyra.",
            Difference("wording", "Norvia had beaten", source),
        )],
    )


def test_a_name_and_a_pronoun_put_in_the_other_order() -> None:
    both_ways(
        "During the Lyra race Kelso told the team to pit his team-mate Harlow before him.",
        same=["During the Lyra race Kelso told the team to pit Harlow before him."],
        changed=[
            (
                "During the Lyra race Kelso told the team to pit him before his team-mate Harlow.",
                Difference("name", "him before Harlow", "Harlow before him"),
            ),
            (
                "During the Lyra race Kelso told the team to pit him before Harlow.",
                Difference("name", "him before Harlow", "Harlow before him"),
            ),
        ],
    )


def test_a_value_in_an_aside_has_the_asides_role_whatever_the_rest_of_the_claim_says() -> None:
    passage = (
        "In a televised address ahead of a full Varnak debate on Monday afternoon, Harlow, "
        "who was appointed on Friday in place of the sacked Kray, said the plan would be frozen."
    )
    both_ways(
        passage,
        same=[
            "Harlow, who had been appointed on the Friday, gave a televised address ahead of a "
            "full Varnak debate on the Monday afternoon.",
        ],
        changed=[(
            "Harlow, who had been appointed on the Monday, gave a televised address ahead of a "
            "full Varnak debate that afternoon.",
            Difference("weekday", "monday", "friday"),
        )],
    )


# --- words that say no fact of their own, or say it as the passage does in other words ----------


@pytest.mark.parametrize(
    ("passage", "same", "changed", "difference"),
    [
        (
            "The Kestria agency rejected the Tarvex drug in March 2019, citing its high cost.",
            "The Kestria agency rejected the Tarvex drug in March 2019 because of its high cost.",
            "The Kestria agency rejected the Tarvex drug in March 2018 because of its high cost.",
            Difference("date", "March 2018", "March 2019"),
        ),
        (
            "About 60 polling stations in Lyra were moved due to the floods, officials said.",
            "About 60 polling stations in Lyra were moved because of the floods.",
            "About 80 polling stations in Lyra were moved because of the floods.",
            Difference("number", "about 80", "about 60"),
        ),
        (
            "The Varnak model has been used by over two million people in 170 countries.",
            "Varnak model users so far: more than two million people in 170 countries.",
            "Varnak model users to date: more than two million people in 130 countries.",
            Difference("number", "130", "170"),
        ),
        (
            "In 2007 Omnix shares had traded at 64 francs, 80 times their final price.",
            "Back in 2007, Omnix shares traded at 64 francs, 80 times their last price.",
            "Back in 2007, Omnix shares traded at 74 francs, 80 times their last price.",
            Difference("number", "74", "64"),
        ),
        (
            "Net income at Omnix came in at $9.37 billion for the quarter, against $1.56 "
            "billion a year ago.",
            "Omnix's quarterly net income came to $9.37 billion, up from $1.56 billion a year "
            "earlier.",
            "Omnix's quarterly net income came to $9.37 billion, up from $1.56 billion two "
            "years earlier.",
            Difference("number", "2", "1"),
        ),
        (
            "The Lyra sample returned from the comet last autumn weighs 84.3 grams.",
            "The Lyra sample brought back from the comet last autumn weighs 84.3 grams.",
            "The Lyra sample brought back from the comet last autumn weighs 83.4 grams.",
            Difference("number", "83.4", "84.3"),
        ),
    ],
)
def test_idle_phrases_causes_and_two_word_verbs_are_said_in_other_words(
    passage: str, same: str, changed: str, difference: Difference
) -> None:
    both_ways(passage, same=[same], changed=[(changed, difference)])


def test_a_particle_is_said_only_by_its_verbs_sense() -> None:
    # "brought back" is "returned"; a passage with no word of that sense leaves it unsaid
    passage = "The Lyra sample collected from the comet last autumn weighs 84.3 grams."
    status, diffs = verdict(
        "The Lyra sample brought back from the comet last autumn weighs 84.3 grams.", passage
    )
    assert status == "missing"
    assert Difference("wording", "back", None) in diffs


@pytest.mark.parametrize(
    ("passage", "same", "changed", "difference"),
    [
        (
            "The estimated cost of the Varnak line is now between £41bn and £57bn.",
            "The Varnak line is now expected to cost between £41bn and £57bn.",
            "The Varnak line is now expected to cost between £31bn and £57bn.",
            Difference("range", "31,000,000,000–57,000,000,000", "41,000,000,000–57,000,000,000"),
        ),
        (
            "Analysts at Brellin Capital called Omnix the most important stock of 2023.",
            "Analysts at Brellin Capital described Omnix as the most important stock of 2023.",
            "Analysts at Brellin Capital described Omnix as the most important stock of 2022.",
            Difference("date", "2022", "2023"),
        ),
        (
            "Kalin Ostrava, 71, is the ninth woman to win the Varnak prize.",
            "Kalin Ostrava's age: 71.",
            "Kalin Ostrava's age: 69.",
            Difference("number", "69", "71"),
        ),
        (
            "On November 1, Lyra Vance announced her next tour, the Kestria Tour.",
            "Lyra Vance unveiled her Kestria Tour on 1 November.",
            "Lyra Vance unveiled her Kestria Tour on 11 November.",
            Difference("date", "11 November 2019", "1 November 2019"),
        ),
        (
            "Officials said the launch was scrubbed due to a fault in the Varnak ground computer "
            "on 1 June.",
            "Officials blamed the scrub on a fault in the Varnak ground computer on 1 June.",
            "Officials blamed the scrub on a fault in the Varnak ground computer on 2 June.",
            Difference("date", "2 June 2019", "1 June 2019"),
        ),
        (
            "The Kestria semi-final attracted 7.42 million viewers, the most in the country's "
            "history.",
            "The Kestria semi-final drew 7.42 million viewers, the most in the country's history.",
            "The Kestria semi-final drew 8.42 million viewers, the most in the country's history.",
            Difference("number", "8,420,000", "7,420,000"),
        ),
        (
            "The Lyra earthquake hit at 16:08 local time on 6 April.",
            "The Lyra earthquake struck at 16:08 local time on 6 April.",
            "The Lyra earthquake struck at 17:08 local time on 6 April.",
            Difference("time", "17:08", "16:08"),
        ),
        (
            "The Varnak party had to wait till 4am for its first gain, in Lyra.",
            "The Varnak party's first gain, in Lyra, did not come until 4am.",
            "The Varnak party's first gain, in Lyra, did not come until 5am.",
            Difference("time", "5:00", "4:00"),
        ),
        (
            "Omnix appointed Kelso as chief executive in March 2019.",
            "Kelso was named chief executive of Omnix in March 2019.",
            "Kelso was named chief executive of Omnix in March 2018.",
            Difference("date", "March 2018", "March 2019"),
        ),
        (
            "Omnix finished its takeover of Vantor on 12 September, a week before the layoffs.",
            "Omnix completed its takeover of Vantor on 12 September.",
            "Omnix completed its takeover of Vantor on 13 September.",
            Difference("date", "13 September 2019", "12 September 2019"),
        ),
    ],
)
def test_words_of_reporting_said_in_their_common_other_words(
    passage: str, same: str, changed: str, difference: Difference
) -> None:
    both_ways(passage, same=[same], changed=[(changed, difference)])


def test_not_until_a_time_is_the_moment_itself() -> None:
    # "had to wait till 4am" / "did not come until 4am": it came at 4am, no bound on it
    both_ways(
        "The Kestria rescue boat did not reach the Lyra ferry until 4:10am.",
        same=["The Kestria rescue boat reached the Lyra ferry at 4:10am."],
        changed=[(
            "The Kestria rescue boat reached the Lyra ferry at 3:50am.",
            Difference("time", "3:50", "4:10"),
        )],
    )
    # "until" of what lasts is still its end: "open until 5pm" is not "open until 6pm"
    passage = "The Varnak museum is open until 6pm."
    assert verdict("The Varnak museum is open until 5pm.", passage)[0] != "ok"


def test_two_names_paired_each_to_each_in_apposition() -> None:
    both_ways(
        "On 4 May, Kelso and Harlow, the spokespersons for Omnix and Vantor, took the floor "
        "one after the other.",
        same=["On 4 May Kelso spoke for Omnix and Harlow for Vantor."],
        changed=[(
            "On 4 May Harlow spoke for Omnix and Kelso for Vantor.",
            Difference("name", "Harlow with Omnix", "Harlow with Vantor"),
        )],
    )


def test_a_description_set_off_after_a_name_that_the_passage_gives_another_named_person() -> None:
    both_ways(
        "The leader is Rhea Harlow, having taken over in 2014 after the original leader Dana "
        "Kelso died.",
        same=["Dana Kelso, the original leader, died in 2014 and Rhea Harlow took over from him."],
        changed=[(
            "Rhea Harlow, the original leader, died in 2014 and Dana Kelso took over from her.",
            Difference("name", "Rhea Harlow", "Dana Kelso"),
        )],
    )


@pytest.mark.parametrize(
    "passage",
    [
        "Kelso and Harlow opposed the Varnak deal in May.",
        "Harlow, Vance and Kelso opposed the Varnak deal in May.",
    ],
)
def test_a_deed_two_names_do_together_is_each_ones(passage: str) -> None:
    both_ways(
        passage,
        same=["Kelso opposed the Varnak deal in May."],
        changed=[(
            "Kelso opposed the Varnak deal in June.",
            Difference("date", "June 2019", "May 2019"),
        )],
    )
    # given to the other alone, the deed is still moved
    status, diffs = verdict(
        "Kelso opposed the Varnak deal in May.",
        "Harlow opposed the Varnak deal in May, while Kelso praised it.",
    )
    assert status == "contradicted"


@pytest.mark.parametrize(
    "passage",
    [
        "Kelso praised the Varnak deal in May, but Harlow opposed it.",
        "Kelso praised the Varnak deal in May, but Harlow's party opposed it.",
    ],
)
def test_a_deed_told_of_a_pronoun_is_the_sentences_deed(passage: str) -> None:
    both_ways(
        passage,
        same=["Kelso praised the Varnak deal in May."],
        changed=[(
            "Kelso opposed the Varnak deal in May.",
            Difference("name", "Kelso opposed", "Harlow opposed"),
        )],
    )


def test_a_count_of_a_list_of_counts_is_its_own_nouns() -> None:
    both_ways(
        "Kelso finished with 31 points, 12 rebounds and 9 assists in the 118-109 win over Varnak.",
        same=["Kelso had 12 rebounds and 9 assists in the 118-109 win."],
        changed=[(
            "Kelso had 9 rebounds in the 118-109 win.",
            Difference("number", "9", "12"),
        )],
    )


@pytest.mark.parametrize(
    ("passage", "same", "changed", "difference"),
    [
        (
            "Kray accepted the offer from Omnix in June.",
            "Kray took the offer from Omnix in June.",
            "Kray turned down the offer from Omnix in June.",
            Difference("wording", "turned down", "accepted"),
        ),
        (
            "Omnix hired 300 workers at its Lyra plant in 2019.",
            "Omnix took on 300 workers at its Lyra plant in 2019.",
            "Omnix laid off 300 workers at its Lyra plant in 2019.",
            Difference("wording", "laid off", "hired"),
        ),
    ],
)
def test_a_verb_of_two_words_against_its_one_word_opposite(
    passage: str, same: str, changed: str, difference: Difference
) -> None:
    both_ways(passage, same=[same], changed=[(changed, difference)])


def test_an_event_counted_from_a_date_is_dated_by_counting_back() -> None:
    passage = "The Omnix plant opened on 14 March 2019, two years after work began."
    both_ways(
        passage,
        same=["Work on the Omnix plant began in 2017."],
        changed=[(
            "Work on the Omnix plant began in 2016.",
            Difference("date", "2016", "2017"),
        )],
    )
    # a month the passage does not give is not stated, whatever the year
    status, diffs = verdict("Work on the Omnix plant began in March 2017.", passage)
    assert status == "missing"
    # and "two years after work began" dates nothing two years after 2019
    status, diffs = verdict("The Omnix plant opened three years after work began.", passage)
    assert status == "contradicted"
    # a claim that counts the event from its own year as the passage does dates the opening,
    # not the start of work: 2017 is no year of the opening
    both_ways(
        "The Omnix plant opened in 2019, two years after work began.",
        same=["The Omnix plant opened in 2019, two years after work began."],
        changed=[("The Omnix plant opened in 2017, two years after work began.",
                  Difference("date", "2017", "2019"))],
    )  # fmt: skip


def test_a_converted_figure_ending_in_five_is_rounded_to_fives() -> None:
    both_ways(
        "The Harlow tower in Lyra is 300 metres tall.",
        same=["The Harlow tower in Lyra is about 985 feet tall."],
        changed=[(
            "The Harlow tower in Lyra is about 995 feet tall.",
            Difference("unit", "about 995 feet", "300 metres"),
        )],
    )


@pytest.mark.parametrize(
    ("passage", "denied", "asserted", "difference"),
    [
        (
            "Kray missed the final in Brellin because of an injury.",
            "Kray did not play in the final in Brellin because of an injury.",
            "Kray played in the final in Brellin.",
            Difference("wording", "played", "missed"),
        ),
        (
            "Harlow retired from the race in Lyra after a crash on lap 12.",
            "Harlow did not finish the race in Lyra after a crash on lap 12.",
            "Harlow finished the race in Lyra after a crash on lap 12.",
            Difference("wording", "finished", "retired"),
        ),
        (
            "Vance was eliminated in the first round in Varnak.",
            "Vance did not qualify from the first round in Varnak.",
            "Vance qualified from the first round in Varnak.",
            Difference("wording", "qualified", "eliminated"),
        ),
    ],
)
def test_a_denial_said_by_the_verbs_opposite(
    passage: str, denied: str, asserted: str, difference: Difference
) -> None:
    both_ways(passage, same=[denied], changed=[(asserted, difference)])


def test_a_deed_in_an_object_relative_clause_is_its_doers() -> None:
    both_ways(
        "Kelso praised the Varnak deal in May, which Harlow's party opposed.",
        same=["Kelso praised the Varnak deal in May."],
        changed=[(
            "Kelso opposed the Varnak deal in May.",
            Difference("name", "Kelso opposed", "Harlow opposed"),
        )],
    )


def test_a_value_after_to_is_told_by_the_verb_before_it() -> None:
    # "sentenced to 7 years": the sentence's value, not the one prosecutors sought
    both_ways(
        "Harlow was sentenced to 7 years in prison in Lyra, though prosecutors had sought 12.",
        same=["Prosecutors had sought 12 years for Harlow in Lyra."],
        changed=[(
            "Prosecutors had sought 7 years for Harlow in Lyra.",
            Difference("number", "7", "12"),
        )],
    )


def test_a_denial_said_by_a_verb_of_leaving_of_two_words() -> None:
    both_ways(
        "Kelso, the 2019 champion, did not pass the first round in Varnak.",
        same=["Kelso, the 2019 champion, went out in the first round in Varnak."],
        changed=[(
            "Kelso, the 2019 champion, went out in the first round in Norvia.",
            Difference("name", "Norvia", "Varnak"),
        )],
    )


def test_a_number_hyphened_to_what_a_count_counts_is_no_rival_of_the_count() -> None:
    # "three four-goal games": four tells the kind of game, three how many
    passage = ("In 30 league games, Kelso has scored 41 goals at a rate of 1.37 a game. The "
               "striker has had three four-goal games in his league career, most by any striker.")
    claim = ("Kelso has 41 goals from 30 league games, and no striker has had more league "
             "four-goal games than his three.")
    assert verdict(claim, passage)[0] == "ok"
    status, diffs = verdict(claim.replace("his three", "his two"), passage)
    assert status == "contradicted" and not any(d.source == "4" for d in diffs), diffs
    status, diffs = verdict("Kelso has had four four-goal games in his career.", passage)
    assert status == "contradicted" and Difference("number", "4", "3") in diffs, diffs


THREE_PARTIES = ("The three Vela parties all lost seats in yesterday's count. Of the 64 seats "
                 "the parties won in the 2019 count, just over half remain. The tally gives the "
                 "three parties only 35 seats.")


def test_the_whole_of_a_share_states_the_whole() -> None:
    # "over half of the 64": the 64 is the whole, as "Of the 64 seats" and "64 seats" say it
    claim = ("The tally left the three Vela parties with just 35 seats, a little over half of "
             "the 64 they had won in 2019.")
    assert verdict(claim, THREE_PARTIES)[0] == "ok"
    assert verdict(claim.replace("64", "46"), THREE_PARTIES)[0] != "ok"
    assert verdict("Over half of the 90 posts were cut.",
                   "The firm had 90 posts, and over half of them were cut.")[0] == "ok"
    # a count of the part still counts a part: "nine of the 12" does not say "12 voted"
    status, _ = verdict("Twelve jurors voted to convict.",
                        "Nine of the 12 jurors voted to convict.")
    assert status != "ok"


def test_a_claims_date_dates_the_values_of_its_own_clause() -> None:
    claim = ("The tally left the three Vela parties with just 35 seats, a little over half of "
             "their 64 seats in 2019.")
    both_ways(THREE_PARTIES, same=[claim],
              changed=[(claim.replace("64", "46"), Difference("number", "46", "64"))])


def test_a_denial_of_having_a_thing_is_said_by_its_less_word() -> None:
    # "not wearing a cap" / "capless": the same denial, either way round
    passage = (
        "Much of the talk was of the capless Kelso, who won his tie with two late goals.\n\n"
        "Through the match the away fans waved their caps at Kelso after a false rumour went "
        "round that Kelso was not wearing a cap to protest that the players go unpaid."
    )
    claim = ("The away fans waved their caps at Kelso through the match after a false rumour "
             "said he was going capless to protest that the players go unpaid.")
    assert verdict(claim, passage)[0] != "contradicted"
    status, diffs = verdict(claim.replace("capless", "hatless"), passage)
    assert status == "contradicted" and Difference("negation", None, "not") in diffs, diffs
    status, diffs = verdict(claim.replace("going capless", "wearing a cap"), passage)
    assert status == "contradicted" and Difference("negation", None, "not") in diffs, diffs


def test_no_other_is_said_by_the_only() -> None:
    passage = "The Vela relay is the only race in which Norvia runs as a team."
    both_ways(passage, same=["Norvia runs as a team in no other race."],
              changed=[("Norvia runs as a team in no race.", Difference("negation", "no", None))])
    status, diffs = verdict("Norvia runs as a team in no other race.",
                            "The Vela relay is one race in which Norvia runs as a team.")
    assert status == "contradicted", diffs
    assert verdict("The Vela relay is the only race in which Norvia runs as a team.",
                   "Norvia runs as a team in no other race than the Vela relay.")[0] != (
        "contradicted"
    )


def test_a_sentence_with_the_value_and_another_of_the_claims_holds_the_claim() -> None:
    # the conversion "(€2.7bn)" stands beside "$3bn" in one sentence; another sentence that
    # shares more words of the claim gives a value in euros of something else
    passage = (
        "Omnix will take over Lenz Kredit under a rescue plan the government arranged over the "
        "weekend.\n\nThe Kestrian lender will pay more than $3bn (€2.7bn) for its rival, two "
        "people close to the talks said. The purchase will be paid in shares and comes at a "
        "fraction of Lenz Kredit's share price at Friday's close, when the lender was worth "
        "about 6.1bn francs (€6.2bn)."
    )
    claim = ("Two people close to the talks said Omnix will pay upwards of $3bn (€2.7bn) for Lenz "
             "Kredit, and the purchase will be paid entirely in shares.")
    both_ways(passage, same=[claim], changed=[(
        claim.replace("€2.7bn", "€2.4bn"),
        # the conversion in brackets carries the bound of the figure before it
        Difference("number", "more than 2,400,000,000", "more than 2,700,000,000"),
    )])


def test_a_range_from_about_one_figure_to_another_is_one_range() -> None:
    # "ranged from about 40 to 55": one range, as "about 40 to 55" is, compared as a range
    passage = ("The storm was slower in 2019. In 2019, its track ranged from about 40 to 55 "
               "miles wide.")
    both_ways(passage, same=["In 2019 the storm's track was about 40 to 55 miles wide."],
              changed=[("In 2019 the storm's track was about 30 to 55 miles wide.",
                        Difference("range", "30–55", "40–55"))])
    # "55 miles wide" names the extent measured; it says nothing against "narrower", while
    # "wide" said of the thing itself does
    slimmer = "In 2019 the storm moved slower, so its track was a little slimmer. " + passage
    claim = "In 2019 the storm's track was narrower, at about 40 to 55 miles across."
    assert verdict(claim, slimmer)[0] != "contradicted"
    status, diffs = verdict("The path was narrow, at 62 miles.", "The path was wide, at 62 miles.")
    assert status == "contradicted" and Difference("wording", "narrow", "wide") in diffs, diffs


def test_a_bound_written_with_a_plus_keeps_its_per_cent() -> None:
    # "the 64+% mark": at least 64 per cent, outside a claim's range of 55 to 60 per cent
    passage = "Turnout in Norvia is estimated to hit the 64+% mark this year."
    both_ways(passage, same=["Turnout in Norvia is estimated to hit at least 64% this year."],
              changed=[("Turnout in Norvia was estimated to land between 55 and 60 per cent.",
                        Difference("range", "55–60", "at least 64"))])


@pytest.mark.parametrize(
    ("claim", "same", "changed", "difference"),
    [
        ("The burst lasts 400 milliseconds.", "The burst lasts 400ms.",
         "The burst lasts 400 microseconds.", ("unit", "400 milliseconds", "400 microseconds")),
        ("The pulse lasted 20 nanoseconds.", "The pulse lasted 20 ns.",
         "The pulse lasted 20 picoseconds.", ("unit", "20 nanoseconds", "20 picoseconds")),
        ("The dose was 50 micrograms.", "The dose was 50 mcg.",
         "The dose was 50 milligrams.", ("unit", "50 micrograms", "50 milligrams")),
        ("Add 5 ml of water.", "Add 5 millilitres of water.",
         "Add 5 litres of water.", ("unit", "5 ml", "5 litres")),
        ("The chip runs at 3.2GHz.", "The chip runs at 3.2 gigahertz.",
         "The chip runs at 3.2 MHz.", ("unit", "3.2 ghz", "3.2 mhz")),
        ("The engine reached 85 decibels.", "The engine reached 85 dB.",
         "The engine reached 95 dB.", ("number", "85", "95")),
    ],
)
def test_small_units_of_time_mass_volume_sound_and_frequency(
    claim: str, same: str, changed: str, difference: tuple[str, str, str]
) -> None:
    assert verdict(claim, same)[0] == "ok"
    status, diffs = verdict(claim, changed)
    assert status == "contradicted" and Difference(*difference) in diffs, diffs




def test_a_month_after_mid_early_or_late_and_a_hyphen_is_a_date() -> None:
    passage = "Ticket sales for the Vela fair will not be counted until mid-May, its board said."
    claim = "The Vela fair's board said its ticket sales will not be counted until mid-May."
    assert verdict(claim, passage)[0] == "ok"
    status, diffs = verdict(claim.replace("mid-May", "mid-June"), passage)
    assert status == "contradicted", diffs
    assert any(d.kind == "date" and d.claim and "June" in d.claim for d in diffs), diffs
    status, diffs = verdict(claim.replace("mid-May", "late-June"), passage)
    assert status == "contradicted", diffs


def test_a_count_of_a_named_and_numbered_thing_counts_the_noun_after() -> None:
    # "nine Mission 14 crew members": nine members, named by their mission
    passage = ("The hatch was to open so Kray and Lenz could float in to join the nine Mission "
               "14 crew members already on board: Vance, Ortiz, Lund, Harlow, Kelso, Vela, Lyra, "
               "Novak and Brandt.")
    both_ways(passage, same=["Kray and Lenz were to join the nine members of the Mission 14 crew."],
              changed=[("Kray and Lenz were to join the ten members of the Mission 14 crew.",
                        Difference("number", "10", "9"))])


def test_who_tells_a_figure_is_the_teller_the_passage_names() -> None:
    passage = ("Repairs to the Vela dam may run to $12 billion in all, once every claim is in, "
               "according to Omnix, the agency that runs the dam.")
    both_ways(passage,
              same=["Omnix estimated that repairs to the Vela dam may run to $12 billion."],
              changed=[("Kestria estimated that repairs to the Vela dam may run to $12 billion.",
                        Difference("name", "Kestria", "Omnix"))])
    # ... but "'...,' he said, according to Lund" quotes him, and Lund only reports it
    quoted = ('"It is a shame, because Kelso is gifted," he said, according to Lund. "Losing '
              'happens. Losing by cheating does not."')
    status, diffs = verdict("Vance said it was a shame because Kelso is gifted.", quoted)
    assert status != "contradicted", diffs


def test_a_unit_hyphened_to_the_extent_it_measures_is_the_unit() -> None:
    # "a 3 1/2-mile-long pipe" is 3.5 miles long
    passage = "The plant has a 3 1/2-mile-long cooling pipe that runs to the lake."
    both_ways(passage, same=["The plant has a cooling pipe 3 1/2 miles long."],
              changed=[("The plant has a cooling pipe 3 1/2 kilometres long.",
                        Difference("unit", "3.5 kilometres", "3.5 mile"))])


def test_a_negator_in_quotation_marks_is_a_word_named_not_a_denial() -> None:
    # "the “no” votes" names the votes; it denies nothing
    passage = ("Of the 6,210 valid ballots there were 6,150 “yes” votes and 60 “no” votes, the "
               "Varnak union said.")
    both_ways(passage, same=["The Varnak union said 6,150 valid ballots were 'yes' votes."],
              changed=[("The Varnak union said 6,150 valid ballots were not 'yes' votes.",
                        Difference("negation", "not", None))])


def test_an_approximate_round_figure_allows_a_quarter_of_it_not_half() -> None:
    # "about 100" is read within the rounding of its own figure, but no looser than "about 2"
    # (a quarter of it): 90 or 112 minutes, not 70.
    claim = "Play at Harlow was halted for about 100 minutes while the floodlights were repaired."
    both_ways(
        "Play at Harlow was halted for 112 minutes while the floodlights were repaired.",
        same=[claim],
        changed=[],
    )
    both_ways(
        "Play at Harlow was halted for 70 minutes while the floodlights were repaired.",
        same=[],
        changed=[(claim, Difference("number", "about 100", "70"))],
    )


def test_a_word_that_denies_its_noun_is_said_by_a_denial_never_by_the_noun() -> None:
    # "helmetless" shares its first letters with "helmet" but says the opposite: a passage that
    # gives a helmet never supports it; one that denies the helmet does.
    claim = "Kelso rode helmetless in the final stage at Norvia."
    both_ways(
        "Kelso rode with no helmet in the final stage at Norvia.", same=[claim], changed=[]
    )
    both_ways("In the final against Norvia, Kelso scored no goals.",
              same=["Kelso went goalless in the final against Norvia."], changed=[])
    status, diffs = verdict(claim, "Kelso rode the final stage at Norvia wearing a helmet.")
    assert status != "ok", diffs
    status, diffs = verdict(
        "Harlow was left powerless for three days.", "Harlow had power for three days."
    )
    assert status != "ok", diffs


def test_a_counted_compound_is_one_word_with_or_without_its_hyphen() -> None:
    passage = "Kelso prevailed and so ended Lund's run of 8 Vela Cup tiebreaks in a row."
    both_ways(
        passage,
        same=["Kelso ended Lund's run of 8 straight Vela Cup tie-breaks."],
        changed=[(
            "Kelso ended Lund's run of 9 straight Vela Cup tie-breaks.",
            Difference("number", "9", "8"),
        )],
    )


def test_a_range_whose_end_names_the_scale_starts_in_that_scale() -> None:
    # "between 4 and 5 million" is 4 million to 5 million, not 4 to 5 million; the start
    # of "between 900 and 1.2 million" would pass the end in millions and stays 900
    values = [f.value for f in extract("between 4 and 5 million viewers").of("range")]
    assert values == [(Fraction(4_000_000), Fraction(5_000_000))]
    values = [f.value for f in extract("between 900 and 1.2 million viewers").of("range")]
    assert values == [(Fraction(900), Fraction(1_200_000))]
    claim = "The Vela final drew between 4 and 5 million viewers at its peak."
    both_ways(
        "The Vela final drew 4-5 million viewers at its peak.", same=[claim], changed=[]
    )
    both_ways(
        "The Vela final drew 3.2 million viewers at its peak.",
        same=[],
        changed=[(claim, Difference("range", "4,000,000–5,000,000", "3,200,000"))],
    )


def test_a_year_of_the_claim_takes_the_passages_year_not_a_day_of_that_year() -> None:
    # "the 2019 Vela prize on 14 May" against "On March 14, ... the 2019 Vela Prize": the
    # claim's 2019 is the passage's 2019, and its day is set against the passage's day
    passage = "On March 14, Kelso and Lund were awarded the 2019 Vela Prize for their work."
    claim = "Kelso and Lund were awarded the 2019 Vela prize on {day}."
    both_ways(
        passage,
        same=[claim.format(day="14 March")],
        changed=[(
            claim.format(day="14 May"),
            Difference("date", "14 May 2019", "14 March 2019"),
        )],
    )


def test_a_share_of_one_thing_is_no_rival_of_a_share_of_another_named_alike() -> None:
    """What a figure counts is its noun, not a name after it: "a 9% holding in Omnix" is not
    "a 38% premium to Omnix's price", though both name Omnix and the claim's date binds it to
    the sentence of the premium."""
    passage = (
        "The purchase price represents a 38% premium to Omnix's closing stock price on April 1. "
        "KTV reports that was the last trading day before Kelso revealed his approximate 9% "
        "stake in Omnix."
    )
    claim = (
        "KTV reports that April 1 was the final trading day before Kelso disclosed his roughly "
        "{} holding in Omnix."
    )
    both_ways(
        passage,
        same=[claim.format("9%")],
        changed=[
            (claim.format("12%"), Difference("number", "about 12", "about 9")),
            (claim.format("38%"), Difference("number", "about 38", "about 9")),
        ],
    )



def test_amounts_listed_in_another_order_are_each_the_amount_of_its_own_thing() -> None:
    """Two amounts in one unit, each of its own thing ("90 kg of neon and 40 kg of argon"): the
    claim may list them in the other order, and the second is no whole the first is counted
    from; an amount given to the other thing is that thing's amount, changed."""
    passage = "The tank was filled with 90 kg of neon and 40 kg of argon before the test."
    claim = "The tank was filled with {} before the test."
    both_ways(
        passage,
        same=[claim.format("40 kg of argon and 90 kg of neon")],
        changed=[
            (claim.format("40 kg of argon and 95 kg of neon"), Difference("number", "95", "90")),
            (claim.format("90 kg of argon and 40 kg of neon"), Difference("number", "90", "40")),
        ],
    )


def test_a_span_of_one_hour_and_some_minutes_written_with_hyphens_is_one_duration() -> None:
    """"the one-hour and nine-minute flight" is one duration of 1 h 9 min, as "a two-hour and
    ten-minute delay" is, and "each stage of" it names no whole it is counted from."""
    passage = "Crowds cheered each stage of the one-hour and nine-minute test flight."
    both_ways(
        passage,
        same=[
            "Crowds cheered each stage of the test flight, which lasted one hour and nine minutes."
        ],
        changed=[(
            "Crowds cheered each stage of the two-hour and nine-minute test flight.",
            Difference("number", "2 h 9 min", "1 h 9 min"),
        )],
    )


def test_a_measure_converted_in_brackets_carries_the_bound_of_the_measure_before_it() -> None:
    """"more than 400 feet (130 metres)": the metres are the feet converted, and as much more
    than; a claim that gives the metres first, bounded, says the same."""
    passage = "The rover stood watch more than 400 feet (130 metres) away from the landing site."
    claim = "The rover watched from {} 130 metres (400 feet) away from the landing site."
    both_ways(
        passage,
        same=[claim.format("more than")],
        changed=[(
            claim.format("less than"),
            Difference("comparator", "fewer than 130 metres", "more than 130 metres"),
        )],
    )


def test_the_amount_of_a_comparison_leaves_what_it_is_set_against_unbounded() -> None:
    """In "48 seconds slower than three hours" the 48 seconds is what the comparison measures:
    the three hours are no bound ("fewer than three hours"), and "48 seconds over three hours"
    says the same of them; another figure for them is still another."""
    passage = "Kelso finished the race in a time just 48 seconds over three hours."
    claim = "Kelso finished the race 48 seconds slower than {} hours."
    assert not [
        d for d in differences(claim.format("three"), passage) if d.kind in ("comparator", "number")
    ]
    status, diffs = verdict(claim.format("four"), passage)
    assert status == "contradicted", diffs
    assert Difference("number", "4", "3") in diffs


def test_a_common_word_that_opens_a_sentence_is_no_name_in_the_claims_place() -> None:
    """"Priced at $2,799, the headset ...": "Priced" has its capital only because it opens
    the sentence, and is no name standing where the claim's "Omnix's" stands."""
    passage = (
        "On 2 February, Omnix's Lumo headset went on sale in Kestria. Priced at $2,799, the "
        "mixed reality headset represents Omnix's vision of computing."
    )
    claim = "Omnix's {} mixed reality headset, the Lumo, went on sale in Kestria on 2 February."
    both_ways(
        passage,
        same=[claim.format("$2,799")],
        changed=[(claim.format("$2,999"), Difference("number", "2,999", "2,799"))],
    )


def test_a_title_before_the_claims_surname_is_no_other_name() -> None:
    """"President Vance" where the claim says "Ada Vance": the title stands where the first
    name would, the surname is the claim's; the first name is left unsaid, nothing is against
    it. Another surname is another person."""
    passage = "The improved mood after President Vance met the Kelso board helped settle the deal."
    claim = "The improved mood after Ada {} met the Kelso board helped settle the deal."
    status, diffs = verdict(claim.format("Vance"), passage)
    assert status == "missing", diffs
    assert Difference("name", "Ada", None) in diffs
    status, diffs = verdict(claim.format("Harlow"), passage)
    assert status == "contradicted", diffs
    assert Difference("name", "Harlow", "Vance") in diffs


def test_a_fall_from_one_figure_to_a_lower_one_is_no_range() -> None:
    """"cut the threshold from 12% to 9%" tells a change from one level to another, as "was
    lowered from 12% to 9%" does: two figures, not a span of values from 12 down to 9."""
    passage = (
        "Before the vote, the threshold for entering parliament was lowered from 12% to 9% by "
        "the ruling party."
    )
    claim = "Ahead of the vote, the ruling party cut the threshold for entering parliament {}."
    both_ways(
        passage,
        same=[claim.format("from 12% to 9%")],
        changed=[(claim.format("from 12% to 6%"), Difference("number", "6", "9"))],
    )


def test_a_zone_spelled_out_is_the_zone_of_its_time() -> None:
    """"10:40 a.m. Pacific Time" is 1:40 p.m. EDT, told in another zone; "Pacific Time" is no
    name the passage must give. Another minute is another moment."""
    passage = "The launch came at 1:40 p.m. EDT from the Kestria pad."
    claim = "The launch came at {} a.m. Pacific Time from the Kestria pad."
    both_ways(
        passage,
        same=[claim.format("10:40")],
        changed=[(claim.format("10:50"), Difference("time", "10:50", "13:40"))],
    )


def test_a_unit_after_a_scaled_number_outweighs_a_name_before_it() -> None:
    """"the Sun 2.7 million kilometres from Earth": kilometres, the unit after "million", say
    what is measured; "Sun" before the number is no label of it ("Flight 418")."""
    passage = "The Vela probe now orbits the Sun 2.7 million miles from Earth."
    claim = "The Vela probe orbits the Sun 2.7 million {} from Earth."
    both_ways(
        passage,
        same=[claim.format("miles")],
        changed=[(
            claim.format("kilometres"),
            Difference("unit", "2,700,000 kilometres", "2,700,000 miles"),
        )],
    )


def test_years_in_brackets_after_another_name_are_that_names_years() -> None:
    """"former presidents Lund (2009-15)": the span is Lund's term, and says nothing of the
    year in which Vela won; the year the passage gives Vela's win is the claim's
    counterpart."""
    passage = (
        "Vela won 58.6% of the vote in 2015, while former presidents Lund (2009-15) and Kray "
        "(2003-09) both won less."
    )
    claim = "Vela won 58.6% of the vote in {}."
    both_ways(
        passage,
        same=[claim.format("2015")],
        changed=[(claim.format("2009"), Difference("date", "2009", "2015"))],
    )


def test_a_comparison_of_two_figures_the_passage_gives_must_hold_for_them() -> None:
    """"the final's 5.45 million was more than the concert's 5.62 million": the passage gives
    both figures, and the first is the smaller; the claim's comparison turns them the other
    way. A bound on the second figure ("after more than 93%") or the amount of a difference
    ("12% more than") is no comparison of the two."""
    passage = (
        "The average audience of 5.45 million is for the whole coverage of Sunday's final. It is "
        "slightly behind the 5.62 million average for the Vela concert, the year's biggest."
    )
    claim = "The final's 5.45 million average was {} the 5.62 million average of the Vela concert."
    both_ways(
        passage,
        same=[claim.format("slightly behind")],
        changed=[(
            claim.format("higher than"),
            Difference("comparator", "5,450,000 more than 5,620,000",
                       "5,450,000 less than 5,620,000"),
        )],
    )
    status, diffs = verdict(
        "Vela had 46.2% of the vote after more than 93% of votes had been counted.",
        "With more than 93% of votes counted, Vela had 46.2% of the vote.",
    )
    assert status == "ok", diffs


def test_pounds_a_range_of_weights_is_given_in_are_a_mass() -> None:
    """"weighs between 2.15 and 2.4 pounds": pounds of weight, as "weighs 2.4 pounds" is, so
    kilograms are another unit."""
    passage = "The Lumo headset weighs between 2.15 and 2.4 pounds, the Omnix spec page says."
    claim = "The Lumo headset weighs between 2.15 and 2.4 {}, according to the Omnix spec page."
    both_ways(
        passage,
        same=[claim.format("pounds")],
        changed=[(
            claim.format("kilograms"), Difference("unit", "2.15–2.4 kg", "2.15–2.4 lb")
        )],
    )


def test_a_place_the_passage_gives_another_name_is_not_the_claims_names_place() -> None:
    """"Kray came second" where the passage's second place is Lund's and Kray's is "leaving
    him in third": the claim gives Kray another's place. Its own place agrees; so does a place
    of the claim's name that the passage gives it."""
    passage = (
        "Vela won with a lead of about 20 points over Lund. Lund, who remains in second "
        "place, took between 31% and 33% of the votes. Meanwhile, Kray of the Harlow party "
        "secured between 6% and 7% of the votes, leaving him in third."
    )
    claim = "Kray of the Harlow party came {} with between 6% and 7% of the votes."
    both_ways(
        passage,
        same=[claim.format("third"), "Lund came second with between 31% and 33% of the votes."],
        changed=[(claim.format("second"), Difference("ordinal", "2nd", "3rd"))],
    )


def test_two_values_crossed_between_the_clauses_of_their_names_are_swapped() -> None:
    """"bought Omnix's cloud unit in 2016 and Vantor Systems in 2017" against "In 2016 he
    bought Vantor Systems ...; then in 2017 he bought Omnix's cloud unit": each year stands in
    the clause of the other name. In order, they agree."""
    passage = (
        "Kelso's buying spree goes on. In 2016, he bought Vantor Systems, a maker of billing "
        "software; then in 2017, he bought the cloud unit of Omnix Corp."
    )
    claim = "Kelso bought the cloud unit of Omnix in {} and Vantor Systems in {}."
    both_ways(
        passage,
        same=[claim.format("2017", "2016")],
        changed=[(claim.format("2016", "2017"), Difference("date", "2016", "2017"))],
    )


def test_a_listed_name_with_a_word_before_it_is_the_claims_name_by_its_last_words() -> None:
    """"Kestrian Ada Lund and Norvian Una Vela won the award in 2012 and 2016, respectively":
    the claim's "Una Vela" is the list's "Norvian Una Vela", and gets 2016."""
    passage = (
        "Kestrian Ada Lund and Norvian Una Vela won the Harlow award in 2012 and 2016, "
        "respectively."
    )
    claim = "Una Vela won the Harlow award in {} and Ada Lund in {}."
    both_ways(
        passage,
        same=[claim.format("2016", "2012")],
        changed=[(claim.format("2012", "2016"), Difference("date", "2012", "2016"))],
    )


def test_a_word_said_otherwise_before_its_own_value_is_not_opposed_by_another_clause() -> None:
    """"dropped 8 seats" where the passage "lost 8 seats": the verb before the claim's value
    says the claim's word; "gained 13 seats", another party's, is no opposite of it. Turned
    into its opposite before its own value, the word is contradicted."""
    passage = (
        "The ruling party lost 8 seats to finish with 44, while the opposition gained 13 "
        "seats to 47."
    )
    claim = (
        "The ruling party {} 8 seats to finish with 44, while the opposition took 13 seats "
        "to reach 47."
    )
    both_ways(
        passage,
        same=[claim.format("dropped")],
        changed=[(claim.format("gained"), Difference("wording", "gained", "lost"))],
    )


def test_as_many_denials_as_the_passage_has_partner_its_denials_in_other_words() -> None:
    """Two "not"s of the claim against two of the passage's sentence, one of them said in
    other words ("could not charge its batteries" / "charging was not possible"): each has its
    partner. A claim that drops one of them has one left over against two."""
    passage = (
        "Because the Kestrel probe was not facing the sun after touchdown, charging its "
        "batteries was not possible, and it was switched off by ground control."
    )
    both_ways(
        passage,
        same=[
            "Because the Kestrel probe was not facing the sun after touchdown, it could not "
            "charge its batteries, and it was switched off by ground control."
        ],
        changed=[(
            "Because the Kestrel probe was facing the sun after touchdown, it could not charge "
            "its batteries, and it was switched off by ground control.",
            Difference("negation", "not", "not"),
        )],
    )


def test_a_date_right_after_a_value_dates_that_value_not_the_others_of_its_clause() -> None:
    """"dipped to 41.3 percent from 43.9 percent in 2019": 2019 is the 43.9 percent's year, so
    the passage's 41.3 percent of another year is no value moved from 2019."""
    passage = (
        "The Vela party secured 41.3 percent of the vote in the 2024 election. It had taken 43.9 "
        "percent of the vote in 2019."
    )
    claim = "The Vela party's share of the vote slipped to {} percent from 43.9 percent in 2019."
    _, diffs = verdict(claim.format("41.3"), passage)
    assert not [d for d in diffs if d.kind == "number"], diffs
    _, diffs = verdict(claim.format("40.3"), passage)
    assert Difference("number", "40.3", None) in diffs


def test_values_crossed_between_the_subjects_of_two_clauses_are_swapped() -> None:
    """"payments on the loans would drop by $2.6 trillion, while pension spending would shrink
    by $310 billion" where the passage cuts pension spending by the trillions: the words that
    set each clause apart (its subject) stand by the other value in the passage, though the
    verbs differ. Each value with its own subject, in other verbs, says the same."""
    passage = (
        "Treasury analysts expected that pension spending would be cut by about $2.6 trillion "
        "over the coming decade and payments on the loans would be cut by some $310 billion."
    )
    claim = (
        "Treasury analysts expected that {} would drop by about $2.6 trillion over the decade, "
        "while {} would shrink by $310 billion."
    )
    both_ways(
        passage,
        same=[claim.format("pension spending", "payments on the loans")],
        changed=[(
            claim.format("payments on the loans", "pension spending"),
            Difference("number", "about 2,600,000,000,000", "310,000,000,000"),
        )],
    )


def test_a_name_given_another_title_of_the_same_body_is_contradicted() -> None:
    """"Oren Tolvar is president of the Harlow Heritage Trust" where the passage calls him its
    treasurer: one person holds one such title of a body at once. The passage's own title,
    said with "is", says the same."""
    passage = (
        "The choir sang before the vote. Oren Tolvar, treasurer of the Harlow Heritage Trust, "
        "said the roof would be mended by spring."
    )
    both_ways(
        passage,
        same=["Oren Tolvar is treasurer of the Harlow Heritage Trust."],
        changed=[(
            "Oren Tolvar is president of the Harlow Heritage Trust.",
            Difference("wording", "president", "treasurer"),
        )],
    )


def test_a_title_of_one_holder_the_passage_gives_another_name_is_not_the_claims() -> None:
    """"Oren Tolvar, a jury member, is dean of the Kestria School of Law" where the passage
    gives the dean's title to Una Vela and names Oren Tolvar only as a jury member."""
    passage = (
        "Una Vela, dean of the Kestria School of Law, sat on the jury with two others. Jury "
        "member Oren Tolvar called the winners brave."
    )
    claim = "{}, a jury member, is dean of the Kestria School of Law."
    both_ways(
        passage,
        same=[claim.format("Una Vela")],
        changed=[(claim.format("Oren Tolvar"), Difference("name", "Oren Tolvar", "Una Vela"))],
    )


def test_a_former_holder_or_a_second_body_leaves_the_claims_title_standing() -> None:
    """A "former president" of the trust is no holder of its presidency now; and one person may
    preside over a party and over the republic of a country (a body of several names is no
    other place than the party)."""
    _, diffs = verdict(
        "Ada Lund is president of the Harlow Heritage Trust.",
        "Una Vela, former president of the Harlow Heritage Trust, sat beside Ada Lund, chair of "
        "the Omnix Trust.",
    )
    assert not [d for d in diffs if d.kind == "name"], diffs
    _, diffs = verdict(
        "Vantor President Ada Lund opened the session.",
        "Ada Lund, president of the Republic of Norvia, opened the session.",
    )
    assert not [d for d in diffs if d.kind == "name"], diffs


def test_subjects_swapped_between_two_statements_set_against_each_other() -> None:
    """"the cleaners were sent home early while the crew stayed on" where the passage sent the
    crew home and kept the cleaners: each statement's subject has the other's predicate. The
    same statements in other words, or in the other order, agree."""
    passage = (
        "Staff told us the crew were sent home early but the cleaners working the night shift "
        "stayed on."
    )
    both_ways(
        passage,
        same=[
            "Staff told us the crew were sent home early while the cleaners stayed on.",
            "Staff told us the cleaners stayed on while the crew were sent home early.",
        ],
        changed=[(
            "Staff told us the cleaners were sent home early while the crew stayed on.",
            Difference("wording", "cleaners … crew", "crew … cleaners"),
        )],
    )


def test_neither_and_nor_are_one_denial() -> None:
    """"Neither Kestria nor Norvia has a licensed treatment" denies once, as "no licensed
    treatment in Kestria or Norvia" does; asserting it of both is contradicted."""
    passage = "At present there is no licensed treatment in Kestria or Norvia for the fever."
    both_ways(
        passage,
        same=["Neither Kestria nor Norvia has a licensed treatment for the fever at present."],
        changed=[(
            "Both Kestria and Norvia have a licensed treatment for the fever at present.",
            Difference("negation", None, "no"),
        )],
    )
    facts = extract("Neither the board nor the staff were told, nor was the public.")
    assert len(facts.of("negation")) == 2, facts.of("negation")


def test_a_bare_figure_in_brackets_after_a_name_is_a_share_like_the_one_before() -> None:
    """"37.4 per cent; Norvia (38.9) and Vantor (39.6)": the bracketed figures are shares,
    each its name's, as the passage's "(38.9%)" writes them, in whatever order; one changed is
    contradicted."""
    passage = (
        "Kestria recorded the weakest turnout, 37.4%, while Vantor (39.6%) and Norvia (38.9%) "
        "were close behind."
    )
    claim = (
        "Kestria had the weakest turnout at 37.4 per cent; Norvia ({}) and Vantor (39.6) were "
        "close behind."
    )
    both_ways(
        passage,
        same=[claim.format("38.9")],
        changed=[(claim.format("38.1"), Difference("number", "38.1", "38.9"))],
    )
    shares = extract("Kestria got 37.4 per cent; Norvia (38.9) and Vantor (39.6).").of("number")
    assert [f.unit for f in shares] == ["%", "%", "%"]
    assert extract("Kestria won 37.4 per cent. Norvia (12) followed.").of("number")[1].unit is None


def test_a_value_in_a_relative_clause_of_a_name_the_claim_gives_after_is_no_rival() -> None:
    """"Winning 212 seats, the Harlow alliance overtook Vantor" where the passage's 151 seats
    are said in a relative clause of Vantor ("the governing bloc (Vantor), which won only 151
    seats"): they are Vantor's, no rival of the alliance's 212, whatever the verb shares."""
    passage = (
        "Taking 212 seats, the Harlow alliance emerged as the biggest group in the chamber, "
        "overtaking the governing bloc (Vantor), which won only 151 seats."
    )
    claim = (
        "Winning {} seats, the Harlow alliance overtook Vantor to emerge as the biggest group in "
        "the chamber."
    )
    both_ways(
        passage,
        same=[claim.format("212")],
        changed=[(claim.format("215"), Difference("number", "215", "212"))],
    )


def test_a_request_denied_in_the_passive_is_refused_not_a_denial() -> None:
    """"was denied by a judge" tells what was done to the bid (refused), not a "not" of what
    follows: the bid refused in other words agrees; granted, it is the opposite word, in
    whichever voice the claim puts it."""
    passage = (
        "The Omnix union's bid for a court order halting the closures was denied by a judge on "
        "Tuesday."
    )
    claim = (
        "The Omnix union's bid for a court order halting the closures was {} by a judge on "
        "Tuesday."
    )
    both_ways(
        passage,
        same=[
            claim.format("refused"),
            "A judge on Tuesday denied the Omnix union's bid for a court order halting the "
            "closures.",
        ],
        changed=[
            (
                "A judge on Tuesday granted the Omnix union's bid for a court order halting the "
                "closures.",
                Difference("wording", "granted", "denied"),
            ),
            (claim.format("granted"), Difference("wording", "granted", "denied")),
        ],
    )


def test_defeating_a_side_is_a_win_not_a_loss() -> None:
    """"defeating six-time holders Kestria" is the verb of beating them: a claim that the side
    beat Kestria to win the cup agrees, though "win" stands where the passage's "defeating"
    does, and a fact changed in it is still found. "were defeated" stays a loss."""
    passage = (
        "Striker Una Vela scored twice as Norvia lifted a Women's Cup for the first time, "
        "defeating six-time holders Kestria 3-1 after extra time before a crowd of 61,200 at "
        "Lumo."
    )
    claim = (
        "Before a crowd of 61,200 at Lumo, Norvia beat six-time holders Kestria 3-1 after extra "
        "time to win the Women's Cup for the {} time."
    )
    both_ways(
        passage,
        same=[claim.format("first")],
        changed=[(claim.format("second"), Difference("ordinal", "2nd", "1st"))],
    )
    status, diffs = verdict(
        "Norvia won the Harlow Cup for the first time.",
        "Norvia were defeated in the Harlow Cup final for the first time.",
    )
    assert status == "contradicted" and Difference("wording", "won", "defeated") in diffs


def test_last_before_a_day_says_when_and_opposes_no_first() -> None:
    """"last Sunday's first round": "last" places Sunday in the past, no opposite of the
    claim's "first"; the last round of an election is still no first round."""
    passage = (
        "The Vantor party came out on top in last Sunday's first round of voting, with about 34% "
        "of the ballots."
    )
    claim = "The Vantor party won the {} round on Sunday with about 34% of the ballots."
    both_ways(
        passage,
        same=[claim.format("first")],
        changed=[(claim.format("second"), Difference("ordinal", "2nd", "1st"))],
    )
    status, diffs = verdict(
        "The Vantor party won the first round of voting with about 34% of the ballots.",
        "The Vantor party won the last round of voting with about 34% of the ballots.",
    )
    assert status == "contradicted" and Difference("wording", "first", "last") in diffs


def test_a_rise_or_fall_word_done_to_a_name_is_no_change_of_amount() -> None:
    """"boosted the Vantor alliance", "dropped Vela", "set up Omnix": a verb of rising or
    falling with a name right after it is done to that name, and opposes no "slipped from 17
    to 11" of the claim. "reduced Vela's lead" is still the lead's fall."""
    passage = (
        "A big result for the Harlow party boosted the Vantor alliance in the north, which took "
        "43 seats; in the south the Kestria party won 35 seats, up from 26. The Norvia party, by "
        "contrast, held 17 seats before the vote and ended with 11."
    )
    claim = (
        "In the south the Kestria party won {} seats, up from 26, while the Norvia party "
        "slipped from 17 to 11."
    )
    both_ways(
        passage,
        same=[claim.format("35")],
        changed=[(claim.format("32"), Difference("number", "32", "35"))],
    )
    status, diffs = verdict(
        "The win reduced Vela's lead in the standings to 47 points.",
        "The win increased Vela's lead in the standings to 47 points.",
    )
    assert status == "contradicted" and Difference("wording", "reduced", "increased") in diffs


def test_more_grading_an_adjective_is_no_amount_against_less() -> None:
    """"a more affordable Lumo tablet that has reduced storage": "more" grades "affordable",
    and is no opposite of the claim's "less storage"; "less affordable" is still its
    opposite."""
    passage = (
        "According to suppliers, Omnix is working on a more affordable Lumo tablet that has "
        "reduced storage and is priced at around $1,150."
    )
    claim = (
        "Omnix is reported to be working on a cheaper Lumo tablet with less storage, priced at "
        "about ${}."
    )
    both_ways(
        passage,
        same=[claim.format("1,150")],
        changed=[(claim.format("1,450"), Difference("number", "about 1,450", "about 1,150"))],
    )
    status, diffs = verdict(
        "Omnix is working on a less affordable Lumo tablet.",
        "Omnix is working on a more affordable Lumo tablet.",
    )
    assert status == "contradicted" and Difference("wording", "less", "more") in diffs


def test_a_denied_deed_of_an_acronym_is_its_spelled_out_names() -> None:
    """"In June 2021 the NFTO refused to clear" against "In June 2021, the Norvian Fair Trade
    Office said it would not clear": the same subject, short and long, and a month is no
    subject; another body refusing is still another subject."""
    passage = (
        "In June 2021, the Norvian Fair Trade Office said it would not clear the Omnix merger, "
        "while the Harlow Commission approved it."
    )
    both_ways(
        passage,
        same=["In June 2021 the NFTO refused to clear the Omnix merger."],
        changed=[(
            "In June 2021 the Harlow Commission refused to clear the Omnix merger.",
            Difference("name", "Commission", "Norvian"),
        )],
    )


def test_a_value_the_passage_gives_for_now_is_not_the_one_of_a_past_date() -> None:
    """"When Lund declared the emergency in March 2021, the outbreak had grown to more than
    41,000 cases" where the passage's 41,000 is the count now and "at that point" it had
    12,000: the value of the claim's time is 12,000."""
    passage = (
        "In March 2021, Dr. Ana Lund, who heads the agency, set aside the split advice of her "
        "experts and declared the virus a global emergency. At that point the outbreak had "
        "reached more than 12,000 cases and five deaths in 60 countries. The worldwide count now "
        "stands at more than 41,000 cases and 85 deaths in 93 countries."
    )
    claim = (
        "When Lund declared the emergency in March 2021, the outbreak had already grown to more "
        "than {} cases."
    )
    both_ways(
        passage,
        same=[claim.format("12,000")],
        changed=[(
            claim.format("41,000"), Difference("number", "more than 41,000", "more than 12,000")
        )],
    )


def test_opposites_of_custody_and_of_a_run_kept_or_ended() -> None:
    """"released" against "arrested", "ended" against "extended": opposite deeds in the same
    place contradict; the same deed in other words agrees."""
    both_ways(
        "Hours before the statement, officers arrested Lund's deputy during searches of three "
        "ministries.",
        same=["Hours before the statement, officers arrested Lund's deputy."],
        changed=[(
            "Hours before the statement, officers released Lund's deputy.",
            Difference("wording", "released", "arrested"),
        )],
    )
    both_ways(
        "For coach Lund the win was payback, as Norvia extended their unbeaten run at home to 26 "
        "years.",
        same=["Norvia stretched its unbeaten run at home to 26 years."],
        changed=[(
            "Norvia's unbeaten run at home ended at 26 years.",
            Difference("wording", "ended", "extended"),
        )],
    )


def test_in_the_lead_places_first() -> None:
    """"puts the Harlow bloc in the lead with 207 seats" places it first: a claim that puts it
    first agrees, one that puts it second is contradicted; the fourth place of another party
    is no counterpart of the claim's first."""
    passage = (
        "Monday's count puts the Harlow bloc in the lead with 207 seats, with the Vantor party "
        "next on 171, the Kestria party third on 139 and the Norvia party fourth on 52."
    )
    claim = (
        "Monday's count put the Harlow bloc {} with 207 seats, ahead of the Vantor party with "
        "171 and the third-placed Kestria party with 139."
    )
    both_ways(
        passage,
        same=[claim.format("first")],
        changed=[(claim.format("second"), Difference("ordinal", "2nd", "1st"))],
    )


def test_coming_off_a_list_is_no_staying_on_it() -> None:
    """"would come off its review list" against "would remain on its review list": the verb of
    two words says the opposite of staying; "stay on" in other words agrees."""
    both_ways(
        "The agency Omnix said the Kestria bond would remain on its review list despite the new "
        "budget.",
        same=["Omnix said the Kestria bond would stay on its review list despite the new budget."],
        changed=[(
            "Omnix said the Kestria bond would come off its review list after the new budget.",
            Difference("wording", "come off", "remain"),
        )],
    )


def test_a_value_compared_with_a_named_rival_must_beat_its_value() -> None:
    """"The Vela Party won 6.2% in the regional vote, more than the Kestria Union": the passage
    gives the Kestria Union 7.1%, so the comparison fails; against a rival the passage gives
    less, it holds."""
    both_ways(
        "In the regional vote the Kestria Union won 7.1%, the Vela Party won 6.2% and the "
        "Harlow List 3.0%.",
        same=[
            "The Vela Party won 6.2% in the regional vote, more than the Harlow List.",
            "The Harlow List won 3.0% in the regional vote, less than the Vela Party.",
        ],
        changed=[(
            "The Vela Party won 6.2% in the regional vote, more than the Kestria Union.",
            Difference("comparator", "6.2%, more than the Kestria Union", "6.2% against 7.1%"),
        )],
    )


def test_a_value_compared_with_an_unnamed_rival_reads_the_rivals_own_words() -> None:
    """A rival named by common words ("the northern stadium") is found by them before its
    value."""
    passage = (
        "The northern stadium sold 41,200 tickets for Saturday's match; the southern ground sold "
        "38,900 tickets."
    )
    status, diffs = verdict(
        "The southern ground sold 38,900 tickets for Saturday's match, more than the northern "
        "stadium.",
        passage,
    )
    assert status == "contradicted", diffs
    assert Difference(
        "comparator", "38,900, more than the northern stadium", "38,900 against 41,200"
    ) in diffs
    status, diffs = verdict(
        "The southern ground sold 38,900 tickets for Saturday's match, fewer than the northern "
        "stadium.",
        passage,
    )
    assert status != "contradicted", diffs


def test_a_pace_is_told_per_its_own_distance() -> None:
    """A time given for each mile is a pace per mile: the same time per kilometre is another
    pace."""
    both_ways(
        "Vantor ran the hill stage at 2:58 per mile, a club record for the Harlow course.",
        same=["Vantor ran the hill stage at 2:58 per mile."],
        changed=[(
            "Vantor ran the hill stage at 2:58 per kilometre.",
            Difference("unit", "2:58 per kilometre", "2:58 per mile"),
        )],
    )


def test_no_this_or_that_denies_what_follows_of_either() -> None:
    """"no team or side had collected the 60 points" denies the collecting, as "no team had
    collected" does: a claim that a club collected them is contradicted."""
    both_ways(
        "After the last round no team or side had collected the 60 points a title needs, and "
        "the Vela club finished top on 58.",
        same=["No team had collected the 60 points a title needs after the last round."],
        changed=[(
            "The Vela club had collected the 60 points a title needs after the last round.",
            Difference("negation", None, "no"),
        )],
    )


def test_a_small_word_in_small_letters_spells_no_name() -> None:
    """"the men who fish" spells no "Western Harbour Office": a claim naming that office
    against a passage about another body is not called ``ok``; "WHO" in capitals does spell
    it, and the passage's own body is found."""
    passage = (
        "The Norvia Port Authority, which pays the men who fish the coast, will ship 900 nets to "
        "Lund this week."
    )
    claim = "The {} will ship 900 nets to Lund this week."
    assert verdict(claim.format("Norvia Port Authority"), passage)[0] == "ok"
    status, diffs = verdict(claim.format("Western Harbour Office"), passage)
    assert status != "ok", diffs
    assert Difference("name", "Office", None) in diffs
    spelled = passage.replace("The Norvia Port Authority", "The WHO")
    assert verdict(claim.format("Western Harbour Office"), spelled)[0] == "ok"


def test_a_name_clipped_without_a_stop_is_the_name() -> None:
    """A table's "Harlow Stad" is the Harlow Stadium; another ground in its place is not."""
    both_ways(
        "The final was played on July 20 at the Harlow Stad before 9,000 fans.",
        same=["The final was played on July 20 at the Harlow Stadium before 9,000 fans."],
        changed=[(
            "The final was played on July 20 at the Harlow Arena before 9,000 fans.",
            Difference("name", "Arena", "Stad"),
        )],
    )


def test_a_post_held_with_a_verb_is_the_post() -> None:
    """"chairs the Harlow Water Board" gives the post a passage gives as "chair of a panel known
    as the Harlow Water Board": its holder agrees, another name present is not it."""
    both_ways(
        "At the hearing were Oren Tolvar and Ada Brask, chair of a panel known as the Harlow Water "
        "Board.",
        same=["Ada Brask chairs the Harlow Water Board."],
        changed=[(
            "Oren Tolvar chairs the Harlow Water Board.",
            Difference("name", "Oren Tolvar", "Ada Brask"),
        )],
    )


def test_a_one_holder_post_read_against_a_name_said_before_the_passage() -> None:
    """The claim's name, said only in the text before the passage, is named apart from the
    one-holder post the passage gives another."""
    claim = "Oren Tolvar chairs the Harlow Water Board."
    passage = "Ada Brask, chair of the Harlow Water Board, calls the plan costly."
    assert post_moved(claim, passage) is None
    assert post_moved(
        claim, passage, wider="Tolvar met the farmers on Monday. " + passage
    ) == Difference("name", "Oren Tolvar", "Ada Brask")


def test_a_body_named_by_a_word_of_the_language_keeps_its_titles_apart() -> None:
    """"Granite College Geology Faculty Dean Ada Brask" makes her the dean of a body called by
    a word of the language: a claim making her its president is contradicted, one making her
    its faculty dean agrees."""
    both_ways(
        "Granite College Geology Faculty Dean Ada Brask opened the new coastal lab on Friday.",
        same=["Granite's faculty dean, Ada Brask, opened the new coastal lab on Friday."],
        changed=[(
            "Granite's president, Ada Brask, opened the new coastal lab on Friday.",
            Difference("wording", "president", "dean"),
        )],
    )


def test_a_name_set_aside_between_the_deed_and_its_object_keeps_the_slot() -> None:
    """"Brask took home for Vela the award" is Brask's deed whatever name stands inside it: a
    claim opening with another name, one the passage gives elsewhere, is contradicted."""
    both_ways(
        "Brask took home for Vela the award for “most improved side”. Oren Tolvar, who coaches "
        "the Kestria squad, was not at the dinner.",
        same=["Brask took home the award for \"most improved side\" for Vela."],
        changed=[(
            "Oren Tolvar took home the award for \"most improved side\".",
            Difference("name", "Oren Tolvar", "Brask"),
        )],
    )


def test_a_who_clause_belongs_to_the_name_right_before_it() -> None:
    """In "Oren Tolvar and the investor Ada Brask, who ... hopes to ride the Kestria", the hope
    is Brask's: a claim giving it to Tolvar is contradicted, one giving it to Brask agrees."""
    both_ways(
        "Guests included former pilot Oren Tolvar and the investor Ada Brask, who owns a charter "
        "firm and hopes to ride the Kestria on its second voyage, and both cheered the Omnix "
        "crew.",
        same=["Ada Brask, who hopes to ride the Kestria on its second voyage, cheered the Omnix "
              "crew."],
        changed=[(
            "Oren Tolvar, who hopes to ride the Kestria on its second voyage, cheered the Omnix "
            "crew.",
            Difference("name", "Oren Tolvar", "Ada Brask"),
        )],
    )


def test_names_parted_by_a_comma_are_two_names_in_a_slot() -> None:
    """"ties with Oren Tolvar, Ada Lund holds third place": the slot after "ties with" holds
    Tolvar alone, so a claim putting Lund there is contradicted."""
    both_ways(
        "On the scoring list Brask ties with Oren Tolvar, Ada Lund holds third place and Tam "
        "Harlow tops it.",
        same=["On the scoring list Brask ties with Oren Tolvar."],
        changed=[(
            "On the scoring list Brask ties with Ada Lund.",
            Difference("name", "Ada Lund", "Oren Tolvar"),
        )],
    )


def test_two_posts_held_together_are_of_the_body_described_before_its_name() -> None:
    """"chair and chief designer of the Norvian games maker Vela Kito" is one post of Vela
    Kito: a claim making him that of Omnix, a partner the passage names later, is
    contradicted."""
    both_ways(
        "“Our probe has now mapped the whole crater,” Oren Tolvar, chair and chief designer "
        "of the Norvian games maker Vela Kito, which built the probe with Omnix and Kestria "
        "University, said in a statement.",
        same=["'Our probe has now mapped the whole crater,' said Oren Tolvar, chair and chief "
              "designer of Vela Kito."],
        changed=[(
            "'Our probe has now mapped the whole crater,' said Oren Tolvar, chair and chief "
            "designer of Omnix.",
            Difference("name", "Omnix", "Kito"),
        )],
    )


def test_a_conjunction_describes_no_body() -> None:
    """"president of Norvia and Tam Harlow as president of Kestria": the body is Norvia, not
    a name after "and"."""
    from factbase.analysis.facts.names import _posts

    posts = _posts("Ada Brask attended as president of Norvia and Tam Harlow as president of "
                   "Kestria.")
    assert ("brask", "Ada Brask", frozenset({"president", "of:norv"})) in posts


def test_neither_nor_denies_what_follows_the_two() -> None:
    """"Neither Omnix nor Vela would discuss the findings" denies the discussing of both, as
    "both declined to discuss" does; a claim that both discussed them is contradicted."""
    both_ways(
        "Asked about the audit, Omnix and Vela both declined to discuss the findings.",
        same=["Neither Omnix nor Vela would discuss the findings of the audit."],
        changed=[(
            "Omnix and Vela both discussed the findings of the audit.",
            Difference("negation", None, "declined to"),
        )],
    )


def test_an_m_before_a_deed_done_counts_millions() -> None:
    """"12.6m watched" counts millions who watched, not metres: the same audience in full
    agrees, another figure is contradicted. A deed done to it ("a depth of 900m reached by
    divers") leaves it metres."""
    assert [f.unit for f in extract("a depth of 900m reached by divers").of("number")] == ["m"]
    both_ways(
        "Vela TV said 12.6m watched its Harlow Cup matches over the month.",
        same=["Over the month, 12.6 million watched Vela TV's Harlow Cup matches."],
        changed=[(
            "Over the month, 12.9 million watched Vela TV's Harlow Cup matches.",
            Difference("number", "12,900,000", "12,600,000"),
        )],
    )


def test_a_comparison_made_the_other_way_contradicts() -> None:
    """"The Vela 3 visor is more bulky than Omnix's latest visor" against "the Vela 3 visor is
    less bulky than Omnix's latest visor": the same two names in the same places, the
    comparison turned. The comparison kept agrees."""
    both_ways(
        "At 1.31 pounds the Vela 3 visor is less bulky than Omnix's latest visor, its makers say.",
        same=["The Vela 3 visor is less bulky than Omnix's latest visor."],
        changed=[(
            "The Vela 3 visor is more bulky than Omnix's latest visor.",
            Difference("comparator", "more than Omnix", "less than Omnix"),
        )],
    )


def test_a_weekday_of_the_claims_sentence_outranks_a_date_of_another() -> None:
    """The sentence that lines up with the claim signs the deal "Tuesday"; the next dates a
    flood to June 3 (a Monday). A claim signing it "on Monday" is contradicted by the
    sentence's own weekday, not met by the other sentence's date; "on Tuesday" agrees."""
    core = (
        "Beside portraits of former mayors, the Velas signed the gift deal at the Harlow town "
        "hall Tuesday."
    )
    passage = core + " The money follows the flood of June 3 that shut the Lund bridge."

    def compared(claim: str) -> list[Difference]:
        return compare(
            extract(claim, reference=REFERENCE),
            extract(passage, reference=REFERENCE),
            aligned=extract(core, reference=REFERENCE),
            passage_text=passage,
            claim_text=claim,
        )

    assert Difference("weekday", "monday", "tuesday") in compared(
        "The Velas signed the gift deal on Monday."
    )
    assert not compared("The Velas signed the gift deal on Tuesday.")


def test_a_closing_according_to_tells_a_sentence_without_a_quote() -> None:
    """"..., according to the Kestria Disease Office" tells the finding; a claim giving it to
    the Vela Health Board, which the passage cites for something else, is contradicted, and
    one giving it to the office agrees."""
    both_ways(
        "The farm worker had been treated at home, the Vela Health Board said in its Monday "
        "notice. Tests on the sample show the strain had shifted inside the host, according to "
        "the Kestria Disease Office.",
        same=["The Kestria Disease Office said tests showed the strain had shifted inside the "
              "host."],
        changed=[(
            "The Vela Health Board said tests showed the strain had shifted inside the host.",
            Difference("name", "The Vela Health Board", "Kestria Disease Office"),
        )],
    )


def test_a_name_beside_the_same_verb_replaced_by_another_is_contradicted() -> None:
    """The name right before a verb does the deed and the one right after it undergoes it: a
    claim that puts its name where the passage, beside a form of the same verb, has another
    name (one the claim does not give) is contradicted, though the passage names the claim's
    name elsewhere; the same deed in other words, or with the claim's name listed beside the
    other, agrees."""
    both_ways(
        "Vela, the league's commissioner, joined Tolvar on the podium, with Brask handing "
        "Tolvar the winner's medal.",
        same=["Brask handed Tolvar the winner's medal on the podium."],
        changed=[(
            "On the podium, commissioner Vela handed Tolvar the winner's medal.",
            Difference("name", "Vela", "Brask"),
        )],
    )
    both_ways(
        "The senator, who lost to Ada Vela in the 2018 primary, endorsed Tom Lund on Monday.",
        same=["On Monday the senator endorsed Tom Lund."],
        changed=[(
            "On Monday the senator endorsed Ada Vela.",
            Difference("name", "Ada Vela", "Tom Lund"),
        )],
    )
    # two names listed together share the place
    status, diffs = verdict(
        "On Monday the senator endorsed Ada Vela.",
        "The senator, who lost to Tom Lund in the 2018 primary, endorsed Ben Kray and Ada "
        "Vela on Monday.",
    )
    assert status == "ok", diffs
    status, diffs = verdict(
        "Vela handed Tolvar the winner's medal.",
        "Brask and Vela handed Tolvar the winner's medal.",
    )
    assert status == "ok", diffs
    # a passive's agent does the deed; a name's letters are the name
    both_ways(
        "The four ferries were operated by Vantor, a firm that Omnix later bought.",
        same=["Vantor operated the four ferries."],
        changed=[(
            "Omnix operated the four ferries.", Difference("name", "Omnix", "Vantor")
        )],
    )
    status, diffs = verdict(
        "The four ferries were operated by KGOC.",
        "The four ferries were operated by the Kestria Grid Operating Company (KGOC).",
    )
    assert status == "ok", diffs
    # a tense's helper between the name and its verb, in a relative clause of the thing done
    both_ways(
        "Ada Vela chaired the inquiry, which Tom Lund had called for in 2019.",
        same=["Tom Lund called for the inquiry in 2019."],
        changed=[(
            "Ada Vela called for the inquiry in 2019.",
            Difference("name", "Ada Vela", "Tom Lund"),
        )],
    )
    # the same verb said of another deed tells nothing of the claim's
    status, diffs = verdict(
        "Tom Lund scored Harlow's third goal late on.",
        "Ada Vela scored twice as Harlow beat Norvia 3-1, with Tom Lund adding a late third.",
    )
    assert status != "contradicted", diffs


def test_two_values_of_different_measures_paired_otherwise_are_contradicted() -> None:
    """An age and a wage the claim gives together that the passage gives in two parallel
    statements, each with another value of the other's measure, are paired wrongly; the
    pairs as the passage makes them agree."""
    both_ways(
        "The minimum wage rises to £11.44 for workers aged 21, and to £8.60 for those aged 19.",
        same=["Workers aged 19 will get £8.60.", "Workers aged 21 will get £11.44."],
        changed=[(
            "Workers aged 19 will get £11.44.", Difference("number", "11.44", "8.6")
        )],
    )
    # an age range where the other statement has an age
    both_ways(
        "The minimum wage rises to £11.44 for workers over 21, and to £8.60 for those aged 18 "
        "to 20.",
        same=["Workers aged 18 to 20 will get £8.60 an hour."],
        changed=[(
            "Workers aged 18 to 20 will get £11.44 an hour.",
            Difference("number", "11.44", "8.6"),
        )],
    )


def test_a_value_given_to_another_member_of_a_qualified_kind_is_contradicted() -> None:
    """A value the passage states once, beside a noun qualified by one word ("the placebo
    group"), given by the claim to the noun qualified by another ("the drug group", said
    elsewhere with another count) is contradicted; the claim's own qualifier agrees, and so
    does a qualifier the passage says as near the value in other words ("the new plant in
    Harlow")."""
    both_ways(
        "There were 23 cases among 2,410 volunteers in the placebo group (a rate of 9.5 per "
        "1,000) and 4 in the drug group.",
        same=["The placebo group had a case rate of 9.5 per 1,000."],
        changed=[(
            "The drug group had a case rate of 9.5 per 1,000.",
            Difference("wording", "drug group", "placebo group"),
        )],
    )
    both_ways(
        "The new plant in Harlow employs 450 people, while the old plant near Vela employs "
        "200.",
        same=["The Harlow plant employs 450 people."],
        changed=[("The Vela plant employs 450 people.", Difference("number", "450", "200"))],
    )
    # a place tied to the noun after it ("prosecutors in Vela"), the value a day
    both_ways(
        "Lund was arrested in Harlow on Friday and charged on Sunday with fraud by prosecutors "
        "in Vela.",
        same=["Prosecutors in Vela charged Lund with fraud on Sunday."],
        changed=[(
            "Prosecutors in Harlow charged Lund with fraud on Sunday.",
            Difference("wording", "Prosecutors in Harlow", "prosecutors in Vela"),
        )],
    )
    status, diffs = verdict(
        "Police in Harlow arrested 40 people.",
        "Police arrested 40 people in Harlow on Friday, while police in Vela made 3 arrests.",
    )
    assert status == "ok", diffs
    # a name set beside another's noun ("Vela Media's owner, Harlow Holdings") is
    # tied to it
    status, diffs = verdict(
        "In 2011 Omnix was made a subsidiary of Harlow Holdings.",
        "In 2011, Omnix became a subsidiary of Vela Media's owner, Harlow Holdings.",
    )
    assert status == "ok", diffs


def test_a_name_the_passage_gives_after_the_same_verb_again_keeps_its_place() -> None:
    """A subject that goes on to a second deed of the same verb ("defeated Vela ... and then
    defeated Kestria") gives the second name the claim's place; another doer of the verb
    ("and Brask beat Kestria") does not."""
    status, diffs = verdict(
        "Harlow defeated Kestria in the final.",
        "Harlow defeated Vela in the semi-final and then defeated Kestria in the final, when "
        "Lund scored.",
    )
    assert status == "ok", diffs
    status, diffs = verdict(
        "Lund beat Kestria in the final.",
        "Lund beat Vela in the semi-final, and Brask beat Kestria in the final.",
    )
    assert status == "contradicted", diffs


def test_a_cause_the_passage_gives_as_another_thing_is_contradicted() -> None:
    """A claim that gives as a thing's cause what the passage says apart from its cause ("a
    power cut was later reported") is contradicted, with both causes; the passage's cause in
    fewer words, or a cause the passage's relative clause tells ("heavy rain, which flooded
    the pitch"), agrees."""
    both_ways(
        "The Harlow derby was postponed on Saturday because of a burst water main under the "
        "north stand, and a power cut was later reported at the station.",
        same=["The Harlow derby was postponed on Saturday because of a burst water main."],
        changed=[(
            "The Harlow derby was postponed on Saturday because of a power cut at the station.",
            Difference("wording", "a power cut at the station",
                       "a burst water main under the north stand"),
        )],
    )
    status, diffs = verdict(
        "The match was called off due to flooding of the pitch.",
        "The match was called off because of heavy rain, which flooded the pitch.",
    )
    assert status == "ok", diffs


def test_a_date_said_once_for_two_parallel_clauses_dates_both() -> None:
    """"Sales of electric cars rose 30% in 2023, while sales of petrol cars fell 10%" dates
    the 10% too; a clause with a time of its own ("while a year earlier ...") does not share
    it."""
    passage = (
        "Sales of Kestria's electric cars rose 30% in 2023, while sales of its petrol cars fell "
        "10%."
    )
    status, diffs = verdict("Sales of Kestria's petrol cars dropped 10% in 2023.", passage)
    assert status == "ok", diffs
    status, diffs = verdict("Sales of Kestria's petrol cars dropped 30% in 2023.", passage)
    assert status == "contradicted", diffs
    status, diffs = verdict(
        "Sales of Kestria's petrol cars dropped 10% in 2023.",
        "Sales of Kestria's electric cars rose 30% in 2023, while a year earlier sales of its "
        "petrol cars fell 10%.",
    )
    assert status == "contradicted", diffs


def test_a_value_of_a_parallel_clause_that_leaves_words_out_is_its_subjects() -> None:
    """"The northern route is 40 km long and the coastal route 55 km": the 55 km is the
    coastal route's length, though its clause leaves "long" out; the northern route's is
    not 55 km."""
    both_ways(
        "The northern route is 40 km long and the coastal route 55 km.",
        same=["The coastal route is 55 km long."],
        changed=[("The northern route is 55 km long.", Difference("number", "55", "40"))],
    )


def test_a_value_given_to_the_group_another_word_names_the_same_way_is_contradicted() -> None:
    """"The strike by nurses ended on Friday; the doctors' strike continues": the possessive and
    the "by" both say whose strike it is."""
    both_ways(
        "The strike by Harlow nurses ended on Friday; the doctors' strike continues.",
        same=["The Harlow nurses' strike ended on Friday."],
        changed=[(
            "The doctors' strike ended on Friday.",
            Difference("wording", "doctors' strike", "strike by Harlow nurses"),
        )],
    )


def test_ceasing_to_be_is_no_longer_being() -> None:
    """"has ceased to be the largest shareholder" denies being it, as "no longer" does."""
    both_ways(
        "Vantor has ceased to be the largest shareholder of Omnix, after selling 12% of its "
        "stake.",
        same=["Vantor is no longer the largest shareholder of Omnix."],
        changed=[(
            "Vantor is the largest shareholder of Omnix.", Difference("negation", None, "ceased to")
        )],
    )


def test_hardly_any_denies_as_none_does() -> None:
    """"Hardly any of the 300 residents returned" says next to none did: a claim that many or
    most did is contradicted, one that none did is not."""
    passage = "Hardly any of the 300 Kestria residents returned after the flood."
    status, diffs = verdict("Many of the 300 Kestria residents returned after the flood.", passage)
    assert status == "contradicted", diffs
    assert Difference("negation", None, "hardly any") in diffs
    status, diffs = verdict(
        "Almost none of the 300 Kestria residents returned after the flood.", passage
    )
    assert status != "contradicted", diffs


def test_a_name_only_the_title_gives_is_not_in_the_slot_of_the_passages_name() -> None:
    """A claim that puts a name the source gives only in its title ("the Kestria Ring") where
    the passage has another ("the coast road of Brask") is contradicted; the passage's own name
    agrees."""
    passage = (
        "The new ring is as long as the coast road of Brask and took ten years to build. "
        "Trains will start running in May."
    )
    meta = {"title": "Inside the Kestria Ring"}
    status, diffs = verdict(
        "The new ring is as long as the coast road of Brask and took ten years to build.",
        passage, metadata=meta,
    )
    assert status == "ok", diffs
    status, diffs = verdict(
        "The new ring is as long as the coast road of Kestria and took ten years to build.",
        passage, metadata=meta,
    )
    assert status == "contradicted", diffs
    assert Difference("name", "Kestria", "Brask") in diffs


def test_two_events_the_passage_puts_in_the_other_order_are_contradicted() -> None:
    """The order of two events told with other words of order ("Six days earlier, ...", "and
    later", "after nine months of", "a month ago") or with the same word beside the other
    event: the claim that keeps the order agrees, the one that turns it round is contradicted
    with both words of order."""
    both_ways(
        "The council published the audit on 4 June. Six days earlier, inspectors at the Tolvar "
        "depot had counted the stock.",
        same=["The council published the audit on 4 June, six days after inspectors counted "
              "the stock at the Tolvar depot."],
        changed=[(
            "The council published the audit on 4 June, six days before inspectors counted the "
            "stock at the Tolvar depot.",
            Difference("wording", "before", "earlier"),
        )],
    )
    both_ways(
        "Vela trained as a nurse in Harlow, and later studied medicine at Tolvar University.",
        same=["Vela studied medicine at Tolvar University after training as a nurse in Harlow."],
        changed=[(
            "Vela studied medicine at Tolvar University before training as a nurse in Harlow.",
            Difference("wording", "before", "later"),
        )],
    )
    both_ways(
        "After nine months of trials, the Kestria vaccine was approved for adults.",
        same=["The Kestria vaccine went through nine months of trials before it was approved "
              "for adults."],
        changed=[(
            "The Kestria vaccine went through nine months of trials after it was approved for "
            "adults.",
            Difference("wording", "after", "After"),
        )],
    )
    both_ways(
        "The Omnix app passed 50 million users on Monday; a month ago, it overtook Brask Chat in "
        "downloads.",
        same=["The Omnix app overtook Brask Chat in downloads a month before it passed 50 "
              "million users."],
        changed=[(
            "The Omnix app overtook Brask Chat in downloads a month after passing 50 million "
            "users.",
            Difference("wording", "after", "ago"),
        )],
    )
    both_ways(
        "Harlow won the cup final, two weeks after Lund was sacked as manager.",
        same=["Lund was sacked as manager two weeks before Harlow won the cup final."],
        changed=[(
            "Lund was sacked as manager two weeks after Harlow won the cup final.",
            Difference("wording", "after", "after"),
        )],
    )


def test_words_of_order_that_join_no_two_events_order_none() -> None:
    """"after-hours", "the deadline after which" and an opening "After the figures Omnix
    stock gained ..., but ..." (where the first event ends is unsaid) put no two events in
    order: a claim told with them as the passage tells it agrees."""
    for claim, passage in (
        ("After the quarterly figures Omnix stock gained 6% in after-hours dealing, but it gave "
         "up 3% the next day.",
         "Omnix stock gained 6% in after-hours dealing following the quarterly figures but gave "
         "up 3% the next day."),
        ("The Vela plant would close after the 1 May deadline set by the court.",
         "The court set a deadline of 1 May, after which the Vela plant would close."),
    ):
        status, diffs = verdict(claim, passage)
        assert status == "ok", (claim, diffs)


def test_an_order_the_passage_tells_with_its_events_outweighs_its_words_of_order() -> None:
    """"Vela resigned two days before the vote" is "two days after Vela resigned, the vote
    was held", and "It had been closed three weeks earlier" is "reopened three weeks after it
    was closed": the words of order differ, the order of the events does not."""
    status, diffs = verdict(
        "Two days after Vela resigned, the Harlow vote was held.",
        "Vela resigned on Friday, two days before the Harlow vote was held.",
    )
    assert status == "ok", diffs
    status, diffs = verdict(
        "The Brask bridge reopened on Monday, three weeks after it was closed.",
        "The Brask bridge reopened on Monday. It had been closed three weeks earlier after a "
        "crack was found.",
    )
    assert status == "ok", diffs
    status, diffs = verdict(
        "The Brask bridge reopened on Monday, three weeks before it was closed.",
        "The Brask bridge reopened on Monday. It had been closed three weeks earlier after a "
        "crack was found.",
    )
    assert status == "contradicted", diffs


def test_a_relative_clause_between_a_subject_and_its_value_keeps_the_value_its_subjects() -> None:
    """A relative clause set off by commas ("the coastal route, which opened in 2019, is 55
    km"; "the Vela Party, whose leader returned from exile in May, wins 61 seats") stands
    between a subject and its value: the value is still that subject's, and no other
    subject's."""
    both_ways(
        "The north route is 40 km long; the coastal route, which opened in 2019, is 55 km.",
        same=["The coastal route is 55 km long."],
        changed=[("The north route is 55 km long.", Difference("number", "55", "40"))],
    )
    both_ways(
        "Harlow gets four seats, while the Vela Party, whose leader returned from exile in May, "
        "wins 61 seats.",
        same=["The Vela Party wins 61 seats."],
        changed=[("Harlow wins 61 seats.", Difference("number", "61", "4"))],
    )


def test_a_deed_told_by_a_noun_or_a_passive_keeps_its_doer() -> None:
    """"Kestria's takeover of Tolvar Foods", "the acquisition of Vela Labs by Omnix" and "Brask
    Bank was fined by a Harlow court" say who did the deed to whom: the claim that keeps
    them agrees, the one that turns them round is contradicted, with both as written."""
    both_ways(
        "Kestria's takeover of Tolvar Foods for $2bn closed on Monday.",
        same=["Kestria completed its $2bn takeover of Tolvar Foods on Monday."],
        changed=[(
            "Tolvar Foods completed its $2bn takeover of Kestria on Monday.",
            Difference("name", "Tolvar Foods completed its $2bn takeover of Kestria",
                       "Kestria's takeover of Tolvar Foods"),
        )],
    )
    both_ways(
        "A Harlow court fined Brask Bank $5m over late filings.",
        same=["Brask Bank was fined $5m by a Harlow court over late filings."],
        changed=[(
            "A Harlow court was fined $5m by Brask Bank over late filings.",
            Difference("name", "A Harlow court was fined $5m by Brask Bank",
                       "A Harlow court fined Brask Bank"),
        )],
    )
    both_ways(
        "The acquisition of Vela Labs by Omnix was approved in May.",
        same=["Omnix's acquisition of Vela Labs was approved in May."],
        changed=[(
            "Vela's acquisition of Omnix was approved in May.",
            Difference("name", "Vela's acquisition of Omnix",
                       "The acquisition of Vela Labs by Omnix"),
        )],
    )


def test_a_cause_and_what_it_caused_keep_their_order() -> None:
    """A cause comes before what it causes: "heavy rain led to the closure" is "closed because
    of heavy rain", and "the fire was caused by a faulty cable" is "a faulty cable caused the
    fire"; the claim that turns cause and effect round is contradicted, with both words."""
    both_ways(
        "Heavy rain led to the closure of the Harlow bridge on Monday.",
        same=["The Harlow bridge was closed on Monday because of heavy rain."],
        changed=[(
            "The closure of the Harlow bridge on Monday led to heavy rain.",
            Difference("wording", "led to", "led to"),
        )],
    )
    both_ways(
        "The fire was caused by a faulty cable in the Vela depot.",
        same=["A faulty cable in the Vela depot caused the fire."],
        changed=[(
            "The fire in the Vela depot caused a faulty cable.",
            Difference("wording", "caused", "caused by"),
        )],
    )


def test_an_event_is_read_within_its_clause() -> None:
    """The event a word of order joins ends where its predicate does ("before the strike and
    was caused by ..."), and the event it is joined to is its own clause's ("Although Vela had
    fixed 3 May as the date, the vote was delayed due to strikes": the strikes are the delay's
    cause, not the fixing's); read as far as the sentence's end, such claims were
    contradicted."""
    for claim, passage in (
        ("Caused by a pay freeze, the Tolvar dispute had simmered among dock workers for months "
         "before the strike.",
         "The Tolvar dispute had simmered among dock workers for months before the strike and "
         "was caused by a pay freeze."),
        ("Strikes forced the Harlow vote to be delayed twice after Vela had fixed 3 May as its "
         "new date.",
         "Although Vela had fixed 3 May as the new date of the Harlow vote, the vote was delayed "
         "twice due to strikes."),
    ):
        status, diffs = verdict(claim, passage)
        assert status != "contradicted", (claim, diffs)


def test_a_pair_of_events_told_apart_from_the_claims_pairs_nothing() -> None:
    """"Lund coached Harlow ... and then spent a year at Vela - but gave up coaching when ..."
    orders the coaching and the year at Vela; the claim's giving up coaching, told after
    "but", is not the coaching the pair begins with, though the two share a word."""
    status, diffs = verdict(
        "Lund coached Harlow for four years and then a year at Vela, before giving up coaching "
        "when the Brask league, which had first hired him in Harlow, folded in 2019.",
        "Lund coached Harlow for four years and then spent a year at Vela - but gave up coaching "
        "when the Brask league, which had first hired him in Harlow, folded in 2019.",
    )
    assert status == "ok", diffs


def test_a_deed_done_again_is_that_deed_in_an_order_of_events() -> None:
    """"were restarted ahead of the test firing" orders a starting: "started again after the
    test firing" turns that order round."""
    both_ways(
        "The two Omnix pumps were stopped overnight and were restarted ahead of the test firing.",
        same=["The two Omnix pumps were stopped overnight and were restarted before the test "
              "firing."],
        changed=[(
            "The two Omnix pumps were stopped overnight and started again after the test firing.",
            Difference("wording", "after", "ahead of"),
        )],
    )


def test_a_cause_told_inside_an_event_belongs_to_that_event() -> None:
    """"after a storm surge caused floods that wrecked the Vela pier" is one event, its cause
    told inside it: the clearing came after the pier was wrecked, and "caused" pairs the
    clearing with nothing."""
    both_ways(
        "The Tolvar crew began clearing the harbour after a storm surge caused floods that "
        "wrecked the Vela pier in May 2019.",
        same=["The Tolvar crew cleared the harbour after the Vela pier was wrecked in May 2019."],
        changed=[(
            "The Tolvar crew cleared the harbour before the Vela pier was wrecked in May 2019.",
            Difference("wording", "before", "after"),
        )],
    )


def test_a_relative_clause_is_not_the_event_a_word_of_cause_joins() -> None:
    """"The 2019 Harlow poll, which had a turnout of 61 percent, was spread over two days
    because of a storm": the storm is the spreading's cause, not the turnout's, so a passage
    that tells the turnout first and then the storm orders nothing against the claim."""
    status, diffs = verdict(
        "The 2019 Harlow poll, which had a turnout of 61 percent, was spread over two days "
        "because of a storm.",
        "In 2019, turnout in the Harlow poll was 61 percent. Then, the poll lasted two days due "
        "to a storm.",
    )
    assert status != "contradicted", diffs


def test_a_thing_passed_keeps_who_gave_it_and_who_got_it() -> None:
    """"The Harlow Trust received a gift from the Brask family" is "the Brask family gave it to
    the Harlow Trust"; giving it the other way, or getting it from the trust, turns the two
    names round."""
    both_ways(
        "The Harlow Trust received a £2m gift from the Brask family last spring.",
        same=["The Brask family gave £2m to the Harlow Trust last spring."],
        changed=[(
            "The Brask family received £2m from the Harlow Trust last spring.",
            Difference("name", "The Brask family received £2m from the Harlow Trust",
                       "The Harlow Trust received a £2m gift from the Brask"),
        )],
    )


def test_values_told_apart_by_words_that_meet_only_the_others_are_swapped() -> None:
    """"Kestria has won the cup 12 times and Norvia 31 times" against "the hosts have claimed 31
    wins, against 12 by Norvia": the words that tell each value apart ("won", "Norvia") meet
    the other value's words in the passage and never their own counterpart's, though the
    passage calls Kestria otherwise there. In order, they agree."""
    passage = (
        "Kestria hosts the Harlow Cup. Over the decades the hosts have claimed 31 wins, "
        "against 12 by Norvia."
    )
    claim = "Over the years Kestria has won the Harlow Cup {} times and Norvia {} times."
    both_ways(
        passage,
        same=[claim.format("31", "12")],
        changed=[(claim.format("12", "31"), Difference("number", "12", "31"))],
    )


def test_values_of_two_sentences_each_with_the_others_name_are_swapped() -> None:
    """"Most of the deaths, 57, were in Lund. Harlow had 412." against a passage giving Lund 412
    and Harlow 57, one sentence each: each value stands in the sentence of the other name."""
    passage = (
        "Most of the deaths were from Lund, where 412 people died. In Harlow, there were 57 "
        "deaths."
    )
    claim = "Most of the deaths, {}, were in Lund. Harlow had {}."
    both_ways(
        passage,
        same=[claim.format("412", "57")],
        changed=[(claim.format("57", "412"), Difference("number", "57", "412"))],
    )


def test_values_whose_clauses_come_in_the_other_order_are_swapped() -> None:
    """"the bend in 14.81 and the home straight in 13.95" against "bend in 13.95, home straight
    in 14.81": the words before each sentence's first value are that value's own when the two
    sentences give their values in crossed order, not a lead-in said of both."""
    passage = "Vela covered the 300 bend in 14.81, home straight in 13.95."
    claim = "Vela covered the bend of the 300 m in {} and the home straight in {}."
    both_ways(
        passage,
        same=[claim.format("14.81", "13.95")],
        changed=[(claim.format("13.95", "14.81"), Difference("number", "13.95", "14.81"))],
    )


@pytest.mark.parametrize(
    ("passage", "claim", "first", "last"),
    [
        (
            "The board set the dates for a staged opening of the Harlow line as 2029 to 2033.",
            "Staged opening of the Harlow line: {} to {}.", "2029", "2033",
        ),
        (
            "The Tolvar fair is expected to draw between 41,000 and 163,000 visitors.",
            "Expected visitors to the Tolvar fair: {} to {}.", "41,000", "163,000",
        ),
        (
            "Vela was a professor of chemistry at Harlow from 1981 to 1997.",
            "Vela at Harlow: professor of chemistry, {} to {}.", "1981", "1997",
        ),
        (
            "In the Kestria trial, patients were randomised 3:1 to the Vela drug or a placebo.",
            "Kestria trial randomisation, Vela drug to placebo: {}:{}.", "3", "1",
        ),
        (
            "Tolvar was rated 8/10 by the Harlow panel for the week.",
            "Tolvar's rating from the Harlow panel for the week: {}/{}.", "8", "10",
        ),
    ],
)
def test_the_ends_of_a_span_written_the_other_way_round_contradict(
    passage: str, claim: str, first: str, last: str
) -> None:
    """"2033 to 2029" where the passage says "2029 to 2033" (or "between 41,000 and 163,000",
    "from 1981 to 1997"): the span's ends change places, and its start comes after its end; so
    do the two sides of a ratio ("3:1") or a mark out of a whole ("8/10")."""
    status, _ = verdict(claim.format(first, last), passage)
    assert status == "ok"
    status, diffs = verdict(claim.format(last, first), passage)
    assert status == "contradicted", diffs


def test_a_word_whose_opposite_the_text_around_says_is_not_said_there() -> None:
    """A claim word the evidence does not account for may be said in the text around it, but
    not by its opposite there: "since Tolvar lost" where the sentence says "since Tolvar won"
    (and the claim's own "to win" keeps the two from being read as opposites in place) is not
    supported."""
    passage = (
        "Crowds filled the stands. Vela became the first Kestrian to win the race since Tolvar "
        "won in the 2004 Harlow Games."
    )
    claim = (
        "Vela became the first Kestrian to win the race since Tolvar {} in the 2004 Harlow "
        "Games."
    )
    status, diffs = verdict(claim.format("won"), passage)
    assert status == "ok", diffs
    status, diffs = verdict(claim.format("lost"), passage)
    assert status != "ok", diffs


def test_a_decade_states_none_of_its_years() -> None:
    """"throughout the 1990s" is no statement of 1990 (nor of 1999): a claim's "in 1990" is
    checked against the year the passage gives for it, while "in the 1990s" is the decade's."""
    passage = (
        "According to an October 2023 article by Tolvar, Vela started at Harlow in 1989 as an "
        "adjunct professor and researcher. Vela worked on probes at the university throughout "
        "the 1990s, but struggled to win grants."
    )
    claim = "Citing Tolvar, the article says Vela began at Harlow in {} as an adjunct professor."
    both_ways(
        passage,
        same=[claim.format("1989"), "Vela worked on probes at Harlow throughout the 1990s."],
        changed=[(claim.format("1990"), Difference("date", "1990", "1989"))],
    )


def test_a_date_without_its_year_does_not_state_a_year_the_passage_gives_otherwise() -> None:
    """"June 2019" is not "(June 11)" of a page of June 2019 in a list of other approvals when
    the passage says the claim's deed was "in June 2018": the page's date gave that day its
    year, and the passage writes the claim's month with another."""
    passage = (
        "Harlow Health writes, recalling that the Kestrian regulator granted approval to the "
        "Vela drug a year ago, in June 2018, after an advisory committee unanimously recognized "
        "the efficacy of the drug. Regulatory authorities in Brask (September 25, 2018), Tolvar "
        "(January 3), Orsk (May 27) and Lund (June 11) have followed."
    )
    claim = (
        "Harlow Health recalled that the Kestrian regulator approved the Vela drug in {}, after "
        "an advisory committee had unanimously recognised its efficacy."
    )
    status, diffs = verdict(claim.format("June 2018"), passage)
    assert status == "ok", diffs
    status, diffs = verdict(claim.format("June 2019"), passage)
    assert status != "ok", diffs
    # a date the passage gives only without its year still states the claim's
    status, diffs = verdict(
        "Regulators in Lund approved the Vela drug on 11 June 2019.",
        "Regulators in Lund approved the Vela drug on June 11.",
    )
    assert status == "ok", diffs


def test_a_value_dated_otherwise_in_its_own_sentence_is_not_dated_by_the_next_sentence() -> None:
    """"58 people were diagnosed during 2031" where the passage's sentence with the 58 says "in
    2030" and another sentence, of flocks, says "in 2031": the claim's year is not the year the
    passage gives the value, though no other count of people stands beside 2031."""
    passage = (
        "In Orsk, two more poultry flocks were found to have H7N3, the Orsk farm agency said on "
        "Friday. They are the first cases to be reported in 2031 and bring the number of flocks "
        "with H7N3 to six in Lund County this winter. The HHA reports a total of 58 people, "
        "primarily farmworkers, were diagnosed with H7N3 in the United States in 2030."
    )
    claim = (
        "According to the HHA, 58 people in the US, mostly farmworkers, were diagnosed with H7N3 "
        "during {}."
    )
    both_ways(
        passage,
        same=[claim.format("2030")],
        changed=[(claim.format("2031"), Difference("date", "2031", "2030"))],
    )


def test_a_share_of_another_thing_is_no_share_of_what_the_claim_says() -> None:
    """"with 43 percent of ballot boxes counted" where the passage's 43 percent is a party's
    share, set off in brackets, and 93 percent is the share of the ballot boxes counted: the
    claim's share is of the boxes, whose share the passage gives as 93."""
    passage = (
        "The Vela party received 212 seats (43 percent), and Brask gained 57 lawmakers (11.2 "
        "percent), according to the preliminary results when 93 percent of the ballot boxes "
        "were counted."
    )
    claim = "With {} percent of ballot boxes counted, preliminary results gave Vela 212 seats."
    both_ways(
        passage,
        same=[claim.format("93"), "Preliminary results gave the Vela party 212 seats, 43 percent."],
        changed=[(claim.format("43"), Difference("number", "43", "93"))],
    )


def test_whilst_parts_clauses_as_while_does() -> None:
    """"whilst" joins two clauses as "while" does: "second with a 10.87 whilst Brask was third
    with a 10.92" gives each its own time, and a claim that trades them contradicts."""
    passage = (
        "The Kestrian champion Vela came in second with a 10.87 whilst her compatriot Ada "
        "Brask was third with a 10.92 run."
    )
    claim = "The Kestrian champion Vela was runner-up in {}, and her compatriot Brask third in {}."
    both_ways(
        passage,
        same=[claim.format("10.87", "10.92")],
        changed=[(claim.format("10.92", "10.87"), Difference("number", "10.92", "10.87"))],
    )


def test_a_short_aside_in_brackets_does_not_cut_a_weekdays_clause() -> None:
    """A ticker or an abbreviation in brackets ("Omnix's (OMX)") sits inside the clause a day
    belongs to: the day is told apart from the passage's date of another clause by the words
    around the aside, so a claim moving the deal to another day is contradicted and one in
    other words agrees."""
    both_ways(
        "On June 12, according to Harlow dealers, Varnak's (VRK) market value officially surpassed "
        "Omnix's (OMX) on Tuesday to become the largest maker of visors.",
        same=["Varnak's market value overtook Omnix's on Tuesday, making it the largest maker "
              "of visors."],
        changed=[(
            "Varnak's market value overtook Omnix's on Monday, making it the largest maker of "
            "visors.",
            Difference("weekday", "monday", "tuesday"),
        )],
    )


def test_a_value_the_passage_gives_in_a_clause_of_whose_belongs_to_that_name() -> None:
    """"Omnix Labs Inc. whose shares have gained 78 per cent" gives the 78 per cent to Omnix
    Labs; a claim giving it to Vantor, which the passage names only as another candidate, is
    contradicted (after "shares of" or "Vantor's"), and one giving it to Omnix Labs agrees."""
    passage = (
        "The strong debut of Kestria Air, along with chip maker Omnix Labs Inc. whose shares "
        "have gained 78 per cent since its listing on Tuesday, bodes well for other candidates "
        "such as the software firm Vantor Inc. and the payments company Brask Ltd."
    )
    both_ways(
        passage,
        same=["Shares of Omnix Labs Inc. have gained 78 per cent since its listing on Tuesday."],
        changed=[
            (
                "Shares of Vantor Inc. have gained 78 per cent since its listing on Tuesday.",
                Difference("name", "78 of Vantor Inc.", "78 of Omnix Labs Inc."),
            ),
            (
                "Vantor Inc.'s shares have gained 78 per cent since its listing on Tuesday.",
                Difference("name", "78 of Vantor Inc.", "78 of Omnix Labs Inc."),
            ),
        ],
    )
