"""Values bound together: a claim that pairs two of the passage's values otherwise than the
passage does is contradicted; the same pairs in other words and another order are not.

Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from factbase.analysis.facts import Difference, extract
from factbase.analysis.facts.binding import bound_alike, bound_elsewhere
from factbase.analysis.verdicts import analyse

REFERENCE = (2019, 6, 14)


def verdict(claim: str, passage: str) -> tuple[str, list[Difference]]:
    a = analyse(claim, passage, reference=REFERENCE)
    return a.status, a.differences


def moved(claim: str, passage: str) -> list[Difference]:
    return bound_elsewhere(
        claim, extract(claim, reference=REFERENCE), passage, extract(passage, reference=REFERENCE)
    )


@pytest.mark.parametrize(
    ("passage", "claim", "difference"),
    [
        # a year given to the earlier figure ("up from ... in 2016")
        ("Turnout was 67.5%, up from 47.5% in the first round of 2016.",
         "Turnout in the first round of 2016 was 67.5%.", Difference("number", "67.5", "47.5")),
        # the start and end of a change: each value has its own year
        ("The town's population grew from 1.2 million in 1990 to 1.9 million in 2010.",
         "The town's population was 1.9 million in 1990.", Difference("date", "1990", "2010")),
        # a month set off by commas goes with the ordinal before it
        ("The first trial, in April, failed; the second, in November, worked.",
         "The first trial, in November, failed.", Difference("ordinal", "1st", "2nd")),
        # a name given the other name's count
        ("Garvey won 182 votes, ahead of Lund on 168 and Tolvar on 143.",
         "Lund won 182 votes.", Difference("number", "182", "168")),
    ],
)
def test_a_value_the_passage_binds_to_another_contradicts(
    passage: str, claim: str, difference: Difference
) -> None:
    assert difference in moved(claim, passage)
    status, diffs = verdict(claim, passage)
    assert status == "contradicted", diffs


@pytest.mark.parametrize(
    ("passage", "claims"),
    [
        ("Turnout was 67.5%, up from 47.5% in the first round of 2016.",
         ["Turnout in the first round of 2016 was 47.5%.", "Turnout was 67.5 per cent."]),
        ("The town's population grew from 1.2 million in 1990 to 1.9 million in 2010.",
         ["In 2010 the town had 1.9 million people.", "The town had 1.2 million people in 1990."]),
        ("The first trial, in April, failed; the second, in November, worked.",
         ["In April the first trial failed.", "The second trial, in November, worked."]),
        # the count said of a name with its verb left out ("ahead of Lund on 168")
        ("Garvey won 182 votes, ahead of Lund on 168 and Tolvar on 143.",
         ["Lund won 168 votes.", "Garvey won 182 votes."]),
        # a phrase set off by commas that says more than when: the main clause goes on
        ("In 2010, the firm, which had sold 300 cars in 2009, sold 450 cars.",
         ["The firm sold 450 cars in 2010.", "In 2009 the firm sold 300 cars."]),
        # a list of values: each goes with what the list goes with
        ("Sales rose 5% in 2017 and 2018.", ["Sales rose 5% in 2018."]),
        # a reported date and the year of what was reported are no rivals
        ("Deaths rose 20% to 1,500 in 2018, the ministry said on 4 March.",
         ["On 4 March the ministry said deaths had risen by 20%."]),
        # a name that has a deed of its own is not the part before it
        ("On 12 May, Garcia was elected with 52% of the vote, beating Brellin, who got 48%.",
         ["Brellin got 48% of the vote."]),
        # a name before two joined parts may be the subject of both
        ("The Agency will act from 22 April against shops and from 22 May against plants.",
         ["Plants face action by the Agency from 22 May."]),
        # a claim whose part holds two values of a kind binds neither to the year
        ("Profit was $5 billion in 2018, compared with $3 billion in 2017.",
         ["Profit rose to $5 billion in 2018 from $3 billion a year earlier."]),
    ],
)
def test_values_bound_alike_in_other_words_do_not_contradict(
    passage: str, claims: list[str]
) -> None:
    for claim in claims:
        assert moved(claim, passage) == [], claim
        status, diffs = verdict(claim, passage)
        assert status != "contradicted", (claim, diffs)


def test_a_year_that_binds_the_claims_figure_picks_it_over_another_said_of_the_same_thing() -> None:
    # "profit" is said only beside $5 billion, but the year says which figure the claim means
    passage = "Profit was $5 billion in 2018, compared with $3 billion in 2017."
    claim = "In 2017 profit was $3 billion."
    facts_c, facts_p = extract(claim, reference=REFERENCE), extract(passage, reference=REFERENCE)
    assert bound_alike(claim, facts_c, passage, facts_p, "3,000,000,000", "5,000,000,000")
    assert verdict(claim, passage)[0] == "ok"
    # the other way: the year the claim gives is the other figure's
    wrong = "In 2017 profit was $5 billion."
    assert verdict(wrong, passage)[0] == "contradicted"


@pytest.mark.parametrize(
    ("claim", "right"),
    [
        ("The third test flight, on 14 March 2018, reached space.", True),
        ("The second test flight, on 14 March 2018, reached space.", False),
    ],
)
def test_an_ordinal_before_a_word_ending_in_est_is_a_place_not_a_superlative(
    claim: str, right: bool
) -> None:
    passage = ("The second test flight, on 18 November 2017, lasted eight minutes; the third, on "
               "14 March 2018, reached space.")
    status, diffs = verdict(claim, passage)
    assert (status == "ok") is right, diffs
    assert (status == "contradicted") is not right, diffs


@pytest.mark.parametrize(
    ("claim", "ok"),
    [
        ("It takes a few weeks to dry and plane the timber.", True),
        ("Drying and planing the timber takes a few weeks.", True),
        ("It takes a few months to dry and plane the timber.", False),
        ("It takes a few hours to dry and plane the timber.", False),
    ],
)
def test_a_unit_with_no_number_is_a_word_the_passage_must_say(claim: str, ok: bool) -> None:
    # "a few weeks" has no number to compare its unit with: the unit must be said as a word
    passage = "It takes a few weeks to dry the timber and plane it before the joinery."
    status, diffs = verdict(claim, passage)
    assert (status == "ok") is ok, diffs
    if not ok:
        assert any(d.kind == "wording" and d.source is None for d in diffs), diffs


UNNAMED_SIDE = ("There are 1210 deaths in Norvia. In the other coastal regions the number of "
                "deaths is 340.")


@pytest.mark.parametrize(
    ("claim", "ok"),
    [
        ("The other coastal regions count 340 deaths and Norvia 1,210.", True),
        ("Norvia counts 1,210 deaths and the other coastal regions 340.", True),
        ("The other coastal regions count 1,210 deaths and Norvia 340.", False),
        ("Norvia counts 340 deaths and the other coastal regions 1,210.", False),
    ],
)
def test_a_side_told_by_words_not_a_name_may_have_the_others_value(claim: str, ok: bool) -> None:
    # the second side is no name but words the claim gives it ("the other coastal regions"):
    # Norvia given the regions' count, and the regions Norvia's, swap the two values
    status, diffs = verdict(claim, UNNAMED_SIDE)
    assert (status == "ok") is ok, diffs
    if not ok:
        assert status == "contradicted", diffs
        assert {d.kind for d in diffs} == {"number"}, diffs


def test_a_name_before_both_values_is_no_swap_of_sides() -> None:
    # "the agency" is the subject of both values; a part that names no one is no other side
    passage = ("The agency will act from 22 April against pharmacies. From 22 May it will act "
               "against plants.")
    status, diffs = verdict("The agency will act from 22 April against pharmacies.", passage)
    assert status == "ok", diffs


YIELDS = ("Ten-year yields climbed 25 basis points to 3.35 per cent, and two-year yields, which "
          "had fallen back to 3.4 per cent on Monday, rose by 70 basis points to 3.9 per cent.")


def test_a_change_in_points_binds_the_level_in_per_cent_it_leads_to() -> None:
    # "rose 70 basis points to 3.9 per cent": the change and the level go together
    assert moved("Two-year yields rose by 70 basis points to 3.9 per cent.", YIELDS) == []
    assert moved("Ten-year yields rose by 25 basis points to 3.35 per cent.", YIELDS) == []
    found = moved("Two-year yields rose by 25 basis points to 3.9 per cent.", YIELDS)
    assert Difference("number", "3.9", "3.35") in found, found


@pytest.mark.parametrize(
    ("claim", "ok"),
    [
        ("The probe made three flybys of Norvia and one of Kestria.", True),
        ("The probe flew past Norvia three times and past Kestria once.", True),
        ("The probe made one flyby of Norvia and three of Kestria.", False),
    ],
)
def test_a_count_given_to_the_claims_other_name_is_swapped(claim: str, ok: bool) -> None:
    # "three of Kestria": the passage gives the three to Norvia, and Kestria no count it reads
    passage = "The probe made three flybys of Norvia (in 2005, 2007 and 2009) and one of Kestria."
    status, diffs = verdict(claim, passage)
    if ok:
        assert status != "contradicted", diffs
    else:
        assert status == "contradicted", diffs
        assert Difference("name", "Kestria", "Norvia") in diffs, diffs
