"""Conflicts as a reader judges them: one quantity, one moment, precision, labels, revisions.

Each class in both directions: the same fact in other words or notation is no conflict; a
changed fact of the same quantity at the same moment is one.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from factbase.analysis.facts import Fact, extract
from factbase.analysis.quantities import is_frame, is_label, quantity, same_quantity
from factbase.analysis.verdicts import analyse
from factbase.conflicts import compatible
from tests.test_conflicts import report_for
from tests.test_conflicts import values as all_values


def number(text: str) -> Fact:
    found = [f for f in extract(text).facts if f.kind in ("number", "range")]
    assert len(found) == 1, found
    return found[0]


def value_sides(report: object) -> list[set[str]]:
    """The sources of each value group of every conflict."""
    return [
        {s.source for s in v.statements}
        for c in report.conflicts  # type: ignore[attr-defined]
        for v in c.values
    ]


# --- precision: intervals a reader would allow --------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("about 41,000 people", "41,000 people"),
        ("some 2 million people", "2.2 million people"),
        ("almost $5 billion", "$4.7 billion"),
        ("more than 2,400 deaths", "2,414 deaths"),
        ("between 15,000 and 30,000 people", "20,000 people"),
        ("between 15,000 and 30,000 people", "30,000 people"),
        # the same figure with fewer decimals
        ("a 9% stake", "a 9.2% stake"),
        ("ran 9.6 seconds", "ran 9.57 seconds"),
        # decimals cut or rounded up, within a hundredth of the figure
        ("collected 137 grams", "collected 137.6 grams"),
        ("won in 10.43 seconds", "won in 10.422 seconds"),
        # one measure in two units
        ("jailed for 9 years and three months", "jailed for 9.25 years"),
        ("jailed for 9 years and three months", "jailed for more than 9 years"),
        # a round figure whose first digit is 1 allows a quarter of it, as "about 2" does
        ("halted for about 100 minutes", "halted for 112 minutes"),
        # "approximate" before a figure says "about"
        ("an approximate 40,000 people", "41,000 people"),
        ("about 100 people", "80 people"),
        # two round figures whose roundings overlap
        ("about 600 volunteers", "some 650 volunteers"),
        # a figure with a word of scale is as precise as its last digit
        ("a deal worth $41 billion", "a deal worth $40.8 billion"),
        ("an opening of $212M", "an opening of $212.3 million"),
        ("around 3,000 seats", "about 3,200 seats"),
    ],
)
def test_values_within_the_precision_of_each_other_are_compatible(a: str, b: str) -> None:
    assert compatible(number(a), number(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("some 2 million people", "2.6 million people"),
        ("about 41,000 people", "43,000 people"),
        ("more than 2,400 deaths", "2,300 deaths"),
        ("between 15,000 and 30,000 people", "40,000 people"),
        ("15,000-20,000 people", "between 25,000 and 30,000 people"),
        ("at least 1,400 children", "up to 1,400 children"),
        ("at least 1,400 children", "at least 1,500 children"),
        ("aged between 11 and 25", "aged between 12 and 25"),
        # decimals that round to another figure; whole numbers keep every digit
        ("a 9% stake", "a 9.6% stake"),
        ("ran 9.7 seconds", "ran 9.57 seconds"),
        ("2,400 deaths", "2,417 deaths"),
        ("a 9% stake", "a 9.9% stake"),
        ("collected 137 grams", "collected 138.4 grams"),
        ("a target of 310 runs", "a target of 311 runs"),
        # "about 10" is no 5 to 15
        ("halted for about 100 minutes", "halted for 70 minutes"),
        ("about 100 people", "140 people"),
        ("about 1,000 people", "1,400 people"),
        # two round figures one step apart: where one's rounding ends the other's begins
        ("about 600 volunteers", "about 700 volunteers"),
        ("around 3,000 seats", "some 4,000 seats"),
        ("about 600 volunteers", "650 volunteers"),
        ("a deal worth $41 billion", "a deal worth $40.3 billion"),
        ("a deal worth 410 million", "a deal worth 409 million"),
    ],
)
def test_values_outside_each_others_precision_are_not(a: str, b: str) -> None:
    assert not compatible(number(a), number(b))


def test_between_reads_numbers_with_thousands_separators_as_one_range() -> None:
    f = number("between 15,000 and 30,000 people died")
    assert f.kind == "range" and f.value == (Fraction(15000), Fraction(30000))


def test_a_change_from_one_value_to_another_is_not_a_range() -> None:
    facts = extract("The toll has dropped from 2,417 to 2,306.").facts
    assert [f.kind for f in facts] == ["number", "number"]


def test_a_fifth_revision_is_an_ordinal_and_a_fifth_of_a_fraction() -> None:
    assert [f.kind for f in extract("a fifth revision of the toll").facts] == ["ordinal"]
    assert [f.value for f in extract("a fifth of the city").facts] == [Fraction(1, 5)]


# --- what a number measures ---------------------------------------------------------------------


def q(text: str) -> frozenset[str]:
    return quantity(text, number(text))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("about 210 homes were destroyed", "some 230 houses burned down"),
        ("a death toll of 2,417", "2,417 people were killed"),
        ("The toll stood at 2,417", "a toll of 2,414"),
        ("turnout was 67.3%", "a turnout of 66.7%"),
        ("everyone within 20 kilometres was told to leave", "a 20 km radius was cleared"),
        ("he had won 8 Vela Cup tiebreaks", "he had won 9 tie-breaks"),
        ("At present there are 1,210 deceased victims", "the regions count 1,215 deaths"),
        ("Today there were 212 dwellings in the valley", "the valley had 230 homes"),
        # "a total of" names no head: what is totalled is the noun after the figure
        ("He led a total of 412 laps", "she had led 415 laps"),
    ],
)
def test_one_quantity_in_other_words_is_the_same(a: str, b: str) -> None:
    assert same_quantity(q(a), q(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("172 passengers were on board", "it crashed 17 minutes after takeoff"),
        ("70% of the city flooded", "108 cases are from the city"),
        ("a $2.5 billion settlement", "2.5 million passengers"),
        ("he had won 8 Vela Cup titles", "he had won 9 tie-breaks"),
        ("At present there are 1,210 injured victims", "the regions count 1,215 deaths"),
        ("He led a total of 412 laps", "she had led 415 races"),
    ],
)
def test_different_quantities_are_not(a: str, b: str) -> None:
    assert not same_quantity(q(a), q(b))


def test_a_name_after_a_counted_noun_is_not_what_a_rival_must_measure() -> None:
    """Read without the names after its noun (as a verdict reads a rival value), a figure
    measures its noun: the same name after two nouns does not make them one quantity."""

    def counted(text: str) -> frozenset[str]:
        return quantity(text, number(text), names_after=False)

    for a, b in (
        ("Kelso disclosed his 9% holding in Omnix", "a 38% premium to Omnix's closing price"),
        ("Vantor hired 40 engineers in Norvia", "Vantor sold 45 trucks in Norvia"),
    ):
        assert not same_quantity(counted(a), counted(b))
    for a, b in (
        ("Kelso disclosed his 9% stake in Omnix", "Kelso had an 11% stake in Omnix"),
        ("1,400 children in Kestria were harmed", "1,500 children were harmed"),
    ):
        assert same_quantity(counted(a), counted(b))
    # a name that alone follows the figure still says what it counts
    assert counted("he won 5 in Kestria") == q("he won 5 in Kestria") != frozenset()


def test_a_span_counted_from_the_day_of_speaking_frames_a_statement() -> None:
    text = "Our services have improved over the last five years."
    assert is_frame(text, number(text))
    plain = "The building work took five years."
    assert not is_frame(plain, number(plain))
    for framed in (
        "Five months ago, the ministry forecast a rise in the cost of the line.",
        "Two hours into the hearing, the judge called a recess.",
    ):
        assert is_frame(framed, number(framed))
    for span in (
        "The hearing lasted two hours before the judge called a recess.",
        "The body was found two days after the crash.",
    ):
        assert not is_frame(span, number(span))


# --- reports ------------------------------------------------------------------------------------


def test_numbers_that_name_things_do_not_disagree_across_statements() -> None:
    texts = {
        "a": "The jet operating Flight 610 crashed into the sea shortly after take-off, "
        "killing everyone on board.",
        "b": "Investigators said the jet operating Flight 302 had crashed into a field "
        "shortly after take-off from the capital.",
    }
    assert all_values(report_for(texts)) == []
    # The same sentence giving another number for the name is a disagreement.
    same = {
        "a": "The jet operating Flight 610 crashed into the sea shortly after take-off.",
        "b": "The jet operating Flight 611 crashed into the sea shortly after take-off.",
    }
    assert all_values(report_for(same)) == [{"610", "611"}]


def test_two_things_of_one_label_do_not_disagree_on_their_other_facts() -> None:
    texts = {
        "a": "On 22 July 2019, the agency launched Orbiter-2 and its lander later crashed.",
        "b": "Orbiter-3 was launched on 14 July 2023.",
    }
    assert all_values(report_for(texts)) == []
    # The same thing with another launch date is a disagreement.
    same = dict(texts, b="Orbiter-2 was launched on 14 July 2019.")
    assert len(all_values(report_for(same))) == 1


@pytest.mark.parametrize(
    ("text", "label"),
    [("Orbiter-3 cost $75 million.", "#orbiter"), ("Covid-19 cases rose.", "#covid")],
)
def test_a_number_glued_to_a_name_by_a_hyphen_names(text: str, label: str) -> None:
    assert [f.unit for f in extract(text).facts if f.kind == "number"][0] == label


def test_one_measure_in_two_systems_is_no_conflict() -> None:
    texts = {
        "a": "The new bridge over the river is 1.2 miles long, the council said on Monday.",
        "b": "The new bridge over the river is about 2 km long, the council said on Monday.",
    }
    assert all_values(report_for(texts)) == []
    other = dict(
        texts, b="The new bridge over the river is about 3 km long, the council said on Monday."
    )
    assert all_values(report_for(other)) == [{"1.2", "about 3"}]


def test_numbers_on_one_rating_scale_do_disagree() -> None:
    texts = {
        "a": "The storm made landfall as a Category 4 hurricane near the parish on Monday.",
        "b": "The storm made landfall as a Category 3 hurricane near the parish on Monday.",
    }
    assert all_values(report_for(texts)) == [{"3", "4"}]


def test_one_quantity_in_other_words_with_another_value_is_found() -> None:
    texts = {
        "a": "The fire in the old town destroyed 210 homes, the fire service said on Monday.",
        "b": "The fire in the old town destroyed 230 houses, according to the fire service.",
    }
    assert all_values(report_for(texts)) == [{"210", "230"}]


def test_an_approximation_that_fits_is_no_conflict() -> None:
    texts = {
        "a": "The fire in the old town destroyed about 41,000 homes, the fire service said.",
        "b": "The fire in the old town destroyed 41,000 homes, according to the fire service.",
    }
    report = report_for(texts)
    assert report.conflicts == [] and report.revisions == []


def test_counts_at_different_moments_are_a_revision_timeline() -> None:
    texts = {
        "a": "As of 1 March, the death toll from the flood in the valley stood at 120.",
        "b": "As of 9 March, the death toll from the flood in the valley stood at 185.",
    }
    report = report_for(texts, published={"a": "2024-03-02", "b": "2024-03-10"})
    assert report.conflicts == []
    [timeline] = report.revisions
    assert [(v.value, v.moment) for v in timeline.values] == [
        ("120", "1 March 2024"), ("185", "9 March 2024")
    ]
    assert timeline.as_dict()["group"] == "revision"


def test_running_counts_published_months_apart_are_a_revision_timeline() -> None:
    texts = {
        "a": "The death toll from the flood in the valley has risen to 120, officials said.",
        "b": "The death toll from the flood in the valley has risen to 185, officials said.",
    }
    apart = report_for(texts, published={"a": "2024-03-02", "b": "2024-05-10"})
    assert apart.conflicts == [] and len(apart.revisions) == 1
    # The same month: the same moment, so two sources disagree.
    close = report_for(texts, published={"a": "2024-03-02", "b": "2024-03-10"})
    assert all_values(close) == [{"120", "185"}] and close.revisions == []


def test_a_figure_dated_to_another_year_than_the_other_page_is_a_revision() -> None:
    texts = {
        "a": "The Vantor Party won 212 seats in the 2019 election to the Kestrian assembly.",
        "b": "The Vantor Party won 187 seats in the election to the Kestrian assembly.",
    }
    apart = report_for(texts, published={"a": "2024-06-05", "b": "2024-06-05"})
    assert apart.conflicts == [] and len(apart.revisions) == 1
    # The undated page written in the year the other dates its figure: one moment.
    same_year = report_for(texts, published={"a": "2024-06-05", "b": "2019-05-30"})
    assert all_values(same_year) == [{"187", "212"}] and same_year.revisions == []


def test_undated_figures_of_pages_years_apart_still_disagree() -> None:
    texts = {
        "a": "The Harlow Tower, finished by the Tolvar company, is 310 metres tall.",
        "b": "The Harlow Tower, finished by the Tolvar company, is 330 metres tall.",
    }
    report = report_for(texts, published={"a": "2019-02-01", "b": "2024-09-12"})
    assert all_values(report) == [{"310", "330"}] and report.revisions == []


@pytest.mark.parametrize(
    "dated",
    [
        # the year is another figure's: the one between them
        "The 48 games of the Norvia cup drew 1,977,560 spectators, beating the record of "
        "1,201,330 set in 2015.",
        # a length of time is no count at a moment
        "After the floods of 2019, the Lund line was closed for 17 months.",
    ],
)
def test_a_year_that_is_not_the_figures_own_does_not_date_it(dated: str) -> None:
    other = {
        "1,977,560": "The 48 games of the Norvia cup drew 1,977,650 spectators in all.",
        "17": "The Lund line was closed for 21 months after the floods, the operator said.",
    }
    key = "1,977,560" if "cup" in dated else "17"
    report = report_for(
        {"a": dated, "b": other[key]}, published={"a": "2023-08-21", "b": "2023-08-22"}
    )
    assert report.revisions == []
    assert any(key in group for group in all_values(report))


def test_one_sentence_never_contradicts_itself() -> None:
    texts = {
        "a": "As of August 2, the death toll in the state has dropped from 2,417 to 2,306.",
        "b": "The death toll in the state has dropped from 2,417 to 2,306, officials said.",
    }
    assert all_values(report_for(texts)) == []


def test_two_dates_of_one_text_disagree_only_where_it_tells_one_event_twice() -> None:
    two_laureates = {
        "a": "He earned his doctorate in 1986 from the University of Kestria. The prize went "
        "to a physicist too. He earned his doctorate in 2009 from the University of Norvia.",
    }
    assert all_values(report_for(two_laureates)) == []
    one_event = {
        "a": "Five men were convicted of fraud in Kestria in 2010. In November 2020, five men "
        "from Kestria were jailed for fraud.",
    }
    assert all_values(report_for(one_event)) == [{"2010", "November 2020"}]


def test_two_figures_one_source_gives_both_of_do_not_contradict_each_other() -> None:
    # one text tells the two apart (a place's toll and the region's): two sources each giving
    # one of them do not disagree
    apart = {
        "a": "The flood killed 1,270 people in Kestria. Across the whole region, the flood "
        "killed 1,610 people.",
        "b": "The flood killed 1,270 people, officials in Kestria said on Monday.",
        "c": "The flood killed 1,610 people, the regional authority said on Monday.",
    }
    assert all_values(report_for(apart)) == []
    # no text gives both: the two figures of one toll disagree
    told_once = {
        "b": "The flood killed 1,270 people, officials in Kestria said on Monday.",
        "c": "The flood killed 1,610 people, officials in Kestria said on Monday.",
    }
    assert all_values(report_for(told_once)) == [{"1,270", "1,610"}]


def test_the_items_of_one_list_are_not_two_things_the_source_tells_apart() -> None:
    # the source gives 2003 in another sentence too, yet its list's first year is what the
    # other source's list gives otherwise
    listed = {
        "a": "In 2012, a study by Kelso found many cases in Kestria. Further warnings came in "
        "2011, 2012 and 2015 with three reports known to the Kestria council.",
        "b": "Further warnings came in 2012, 2012 and 2015 with three reports known to the "
        "Kestria council.",
    }
    assert all_values(report_for(listed)) == [{"2011", "2012"}]


def test_a_loose_form_of_one_side_joins_it_though_it_fits_that_side_in_two_precisions() -> None:
    # "about 4.35" fits "4.35" and "about 4.4", which fit each other: one side, shown once
    srcs = {
        "a": "The Vela shot released about 4.35 megajoules of energy, the lab said.",
        "b": "The Vela shot released 4.35 megajoules of energy, the lab said.",
        "c": "The Vela shot released about 4.4 megajoules of energy, the lab said.",
        "d": "The Vela shot released 3.1 megajoules of energy, the lab said.",
    }
    (conflict,) = report_for(srcs).conflicts
    shown = {v.value: {s.source for s in v.statements} for v in conflict.values}
    assert "about 4.35" not in shown
    assert shown["4.35"] >= {"a", "b"} and shown["3.1"] == {"d"}


def test_a_range_written_in_its_unit_is_one_value_against_another_notation() -> None:
    deal = "The Omnix deal is worth $3.5m-$4m, analysts said."
    same = "The Omnix deal is worth between $3.5 million and $4 million, analysts said."
    assert all_values(report_for({"a": deal, "b": same})) == []
    other = "The Omnix deal is worth $5m-$6m, analysts said."
    assert all_values(report_for({"a": deal, "b": other})) == [
        {"3,500,000–4,000,000", "5,000,000–6,000,000"}
    ]


def test_a_sentence_giving_the_other_value_too_does_not_contradict_it() -> None:
    both = {
        "a": "Turnout in Kestria was 71.4 percent, lower than the 72.6 percent in 2021 and 75.3 "
        "percent in 2017.",
        "b": "In 2021, the turnout in Kestria was 72.6 percent, the commission said.",
    }
    assert all_values(report_for(both)) == []
    other = {
        "a": "He completed 29-of-41 passes for 318 yards, three touchdowns and an interception.",
        "b": "He completed 29-of-41 passes for 298 yards, three touchdowns and an interception.",
    }
    assert all_values(report_for(other)) == [{"318", "298"}]


def test_a_rate_and_a_count_of_one_thing_are_two_quantities() -> None:
    rate = "Lenz averaged 24.8 points a game over his career with the Hawks."
    game = {"a": rate, "b": "Lenz finished with 21 points in the game against the Hawks."}
    assert all_values(report_for(game)) == []
    rates = {"a": rate, "b": "Lenz averaged 22.8 points per game over his career with the Hawks."}
    assert all_values(report_for(rates)) == [{"24.8", "22.8"}]


def test_values_beside_different_names_are_about_different_subjects() -> None:
    texts = {
        "a": "The final tally stood at 365 seats for the Conservatives, 203 for Labour.",
        "b": "The final tally stood at 365 seats for the Conservatives, 202 for Labour.",
    }
    assert all_values(report_for(texts)) == [{"203", "202"}]
    apart = {
        "a": "In the final tally the Conservatives won 365 seats, the commission said.",
        "b": "In the final tally the Labour party won 203 seats, the commission said.",
    }
    assert all_values(report_for(apart)) == []


def test_sums_of_money_for_different_things_are_not_compared() -> None:
    texts = {
        "a": "Morvath secured a $12.5 billion margin loan from a group of banks for the purchase.",
        "b": "Morvath secured $21 billion in equity from his own fortune for the purchase.",
    }
    assert all_values(report_for(texts)) == []
    other = {
        "a": "The buyer agreed to pay $44 billion for the social network in April.",
        "b": "The buyer agreed to pay $43 billion for the social network in April.",
    }
    assert all_values(report_for(other)) == [{"44,000,000,000", "43,000,000,000"}]


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("PARIS, May 4 (Kestria Press) - Firefighters fought the blaze all night.", True),
        ("May 4 (Kestria Press) - Firefighters fought the blaze all night.", True),
        ("Posted on 13 December 2019\nThe party won the election.", True),
        ("Fri 19 Apr 2024\nThe party won the election.", True),
        ("The report was published on 26 August 2014 by the council.", False),
        ("On 29 October 2018, the jet crashed into the sea.", False),
        ("3 May 2019 – the fire was put out.", False),
    ],
)
def test_datelines_and_page_dates_are_not_event_facts(text: str, furniture: bool) -> None:
    from factbase.analysis.statements import is_furniture

    date = next(f for f in extract(text, reference=(2019, 5, 4)).facts if f.kind == "date")
    assert is_furniture(text, date) is furniture


def test_a_dateline_never_disagrees_with_the_event_date() -> None:
    texts = {
        "a": "PARIS, May 4 (Kestria Press) - The fire at the warehouse broke out on 15 April 2019.",
        "b": "The fire at the warehouse broke out on 15 April 2019, officials said on May 4.",
    }
    report = report_for(texts, published={"a": "2019-05-04", "b": "2019-05-04"})
    assert all_values(report) == []


def test_a_relative_date_with_no_publication_date_never_disagrees() -> None:
    texts = {
        "a": "The council approved the new budget for the harbour yesterday, officials said.",
        "b": "The council approved the new budget for the harbour on 14 May, officials said.",
    }
    undated = report_for(texts, published={"b": "2024-05-15"})
    assert all_values(undated) == []
    # Dated, "yesterday" is a day, and the days differ.
    dated = report_for(texts, published={"a": "2024-05-20", "b": "2024-05-15"})
    assert all_values(dated) == [{"19 May 2024", "14 May 2024"}]


def test_ordinals_are_compared_as_facts() -> None:
    texts = {
        "a": "The agency published the fourth estimate of the damage to the harbour on Monday.",
        "b": "The agency published the fifth estimate of the damage to the harbour on Monday.",
    }
    assert all_values(report_for(texts)) == [{"4th", "5th"}]
    ranks = {
        "a": "It was the third deadliest storm to strike the coast, the agency said.",
        "b": "The first victim was identified two days after the storm struck the coast.",
    }
    assert all_values(report_for(ranks)) == []


def test_an_ordinal_counted_since_a_moment_is_not_a_plain_rank() -> None:
    texts = {
        "a": "The club won its first league title since 1986 after a late goal on Sunday.",
        "b": "The club won its third league title and its first since 1986 on Sunday.",
    }
    assert all_values(report_for(texts)) == []
    plain = {
        "a": "The club won its third league title after a late goal on Sunday.",
        "b": "The club won its fourth league title after a late goal on Sunday.",
    }
    assert all_values(report_for(plain)) == [{"3rd", "4th"}]


def test_ordinals_before_different_nouns_rank_different_things() -> None:
    texts = {
        "a": "The striker scored his second penalty to become the first player ever to score "
        "a hat-trick in the final.",
        "b": "The striker is only the second player to score a hat-trick in the final.",
    }
    assert all_values(report_for(texts)) == [{"1st", "2nd"}]


def test_ranks_among_the_doers_of_different_deeds_are_not_compared() -> None:
    texts = {
        "a": "Lenz was the first rider in 30 years to win three mountain stages in one week.",
        "b": "With that victory Lenz became the third rider in history to take the sprint and "
        "youth jerseys together.",
    }
    assert all_values(report_for(texts)) == []
    players = {
        "a": "Lenz is the first player to average 33 points and 12 rebounds in a cup series.",
        "b": "Lenz is the 11th player to win two league titles and one cup award.",
    }
    assert all_values(report_for(players)) == []
    one_deed = {
        "a": "Lenz became the first rider ever to win the three mountain stages in one week.",
        "b": "Lenz became only the third rider in history to win three mountain stages in a "
        "single week.",
    }
    assert all_values(report_for(one_deed)) == [{"1st", "3rd"}]


def test_a_deed_told_before_is_the_deed_of_to_do_it() -> None:
    told = "Norvia was the first side to win two cups in a row; Kestria is the third team to do it."
    other = {"a": "Kestria became the second team to reach the final without losing a game.",
             "b": told}  # fmt: skip
    assert all_values(report_for(other)) == []
    same = {"a": "Kestria became the second team to win two cups in a row.", "b": told}
    assert all_values(report_for(same)) == [{"2nd", "3rd"}]


def test_an_outer_bound_holds_over_an_estimate_inside_it() -> None:
    f = number("The storm could cost as much as an estimated $125 billion.")
    assert f.comparator == "<="
    assert compatible(f, number("The storm cost $120 billion."))


def test_a_place_in_the_opening_phrase_is_the_subject_of_the_sentence() -> None:
    texts = {
        "a": "In Kestria, there were 238 deaths from the storm, the state said.",
        "b": "In Alabama, there were 15 deaths from the storm, the state said.",
    }
    assert all_values(report_for(texts)) == []


def test_a_place_in_the_opening_phrase_is_not_compared_with_a_sentence_naming_others() -> None:
    texts = {
        "a": "In Kestria, there were 238 deaths from the storm, the state said.",
        "b": "Hurricane Tova (1969), which struck the coast, caused 259 deaths from the storm.",
    }
    assert all_values(report_for(texts)) == []
    # A sentence that names no place may still speak of the same one; one that names it does.
    for other in (
        "There were 236 deaths from the storm, the state said.",
        "Kestria had 236 deaths from the storm, the state said.",
        "There were 236 deaths from the storm in Kestria, the state said.",
    ):
        assert all_values(report_for({"a": texts["a"], "b": other})) == [{"238", "236"}]


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The party lost 60 seats in the north.", True),
        ("The toll was revised, a drop of 113 deaths.", True),
        ("An additional 21 deaths were recorded in the county.", True),
        ("Turnout rose 5% on the last election.", True),
        ("The firm cut its costs by $5bn last year.", True),
        ("He improved the record by 0.05, the largest margin yet.", True),
        ("She finished 0.11 seconds faster than her rival.", True),
        ("There were 21 more deaths in the county.", True),
        ("The party won 203 seats in the north.", False),
        ("Turnout rose to 5% on the last election.", False),
        ("The toll dropped from 2,417 to 2,306.", False),
        ("The two men were killed by 2 gunmen at the gate.", False),
        ("At least 1,400 children were abused in the town.", False),
    ],
)
def test_a_change_or_difference_is_told_from_a_level(text: str, change: bool) -> None:
    from factbase.analysis.facts.roles import is_change

    found = [is_change(text, f) for f in extract(text).facts if f.kind == "number"]
    assert found[0] is change


def test_a_change_is_never_compared_with_a_level() -> None:
    texts = {
        "a": "In the general election the party lost 60 seats across the country.",
        "b": "In the general election the party won 203 seats across the country.",
    }
    assert all_values(report_for(texts)) == []
    changes = {
        "a": "In the general election the party lost 60 seats across the country.",
        "b": "In the general election the party lost 59 seats across the country.",
    }
    assert all_values(report_for(changes)) == [{"60", "59"}]


def test_a_number_a_text_names_something_by_names_it_when_it_stands_bare() -> None:
    from factbase.analysis.statements import source_units

    text = (
        "The Omnix 740 XR crashed on Monday. None of the 172 passengers on board the 740 "
        "survived the crash. Some 740 jobs were lost at the plant in the town."
    )
    units = source_units("a", text, None, statements_only=False)
    found = [(f.text, f.unit) for u in units for _, f in u.value_facts() if f.text == "740"]
    assert found == [("740", "#omnix"), ("740", "#omnix"), ("740", "jobs")]


def test_minutes_of_two_events_in_a_sequence_do_not_disagree() -> None:
    texts = {
        "a": "The striker scored a penalty in the 80th minute to halve the deficit at the stadium.",
        "b": "The captain opened the scoring from the spot in the 23rd minute at the stadium.",
    }
    assert all_values(report_for(texts)) == []
    same = {
        "a": "The striker scored a penalty in the 80th minute to halve the deficit at the stadium.",
        "b": "The striker scored a penalty in the 81st minute to halve the deficit at the stadium.",
    }
    assert all_values(report_for(same)) == [{"80th", "81st"}]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The sprinter broke the 100m world record with 9.57s.", "#m"),
        ("She won her third 200m title in the city.", "#m"),
        ("He set a new 400m Dutch record in the city.", "#m"),
        ("He finished a 10km race in the park.", "#km"),
        ("The bridge is a 100m long crossing.", "m"),
        ("He ran 100 metres in 9.57 seconds.", "metres"),
    ],
)
def test_a_distance_before_what_is_won_or_run_over_it_names_a_race(text: str, unit: str) -> None:
    assert [f.unit for f in extract(text).facts if f.kind == "number"][0] == unit


def test_records_of_two_races_do_not_disagree() -> None:
    texts = {
        "a": "The sprinter breaks 100m world record with 9.57s to win the final.",
        "b": "The sprinter set a new 200m world record on Thursday.",
    }
    assert all_values(report_for(texts)) == []


def test_a_race_named_by_its_distance_is_in_that_unit() -> None:
    race, years = number("the 10 km race"), number("10 years")
    assert race.unit == "#km"
    assert is_label(race)  # two races are two events: "the 100 metres" / "the 200 metres"
    assert number("the 96 metres high spire").unit == "metres"
    from factbase.analysis.facts.values import same_value

    assert not same_value(race, years)
    assert same_value(race, number("a 10 km run"))


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("The Blues gained 48 seats and the Reds lost 60.", [{"blues"}, {"reds"}]),
        ("The final tally stood at 364 seats for the Blues, 203 for the Reds.",
         [{"blues"}, {"reds"}]),
    ],
)
def test_each_value_is_about_the_name_tied_to_it(text: str, subjects: list[set[str]]) -> None:
    from factbase.analysis.statements import COMPARED_KINDS, source_units

    (unit,) = source_units("s", text, None, kinds=COMPARED_KINDS)
    assert [set(unit.subjects[i]) for i, _ in unit.value_facts()] == subjects


# --- times of day, and a name's own year ------------------------------------------------------


def test_times_of_one_moment_on_one_day_are_compared() -> None:
    texts = {
        "a": "The landslide and flood struck the northern coast at 2:56pm on May 3, 2019.",
        "b": "The fires followed the landslide and flood at 14:46 on 3 May 2019.",
    }
    assert all_values(report_for(texts)) == [{"14:56", "14:46"}]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same time in other notation
        ("struck the northern coast at 2:46pm on May 3, 2019",
         "struck the coast at 14:46 on 3 May 2019"),
        # the same moment told in two time zones, or in local time and a zone
        ("struck the northern coast at 14:46 JST on May 3, 2019",
         "struck the coast at 05:46 GMT on 3 May 2019"),
        ("struck the northern coast at 2:46 p.m. local time on May 3, 2019",
         "struck the coast at 5:46 a.m. GMT on 3 May 2019"),
        ("struck the northern coast at 2:46 p.m. Tokyo time on May 3, 2019",
         "struck the coast at 5:46 a.m. GMT on 3 May 2019"),
        ("struck the northern coast at 2:46 p.m. (5:46 a.m. GMT) on May 3, 2019",
         "struck the coast at 5:46 a.m. on 3 May 2019"),
        # a bound that the other time meets
        ("struck the northern coast just before 3pm on May 3, 2019",
         "struck the coast at 14:46 on 3 May 2019"),
        # times of day on different days are different moments
        ("struck the northern coast at 2:46pm on May 3, 2019",
         "struck the coast at 7:32 on 4 May 2019"),
    ],
)
def test_times_of_day_in_other_notation_or_zones_agree(a: str, b: str) -> None:
    texts = {"a": f"The landslide and flood {a}.", "b": f"The landslide and flood {b}."}
    assert [v for v in all_values(report_for(texts)) if any(":" in x for x in v)] == []


def test_a_year_set_off_after_a_name_is_that_names_own() -> None:
    texts = {
        "a": "Cyclone Brisa (1995), the last category 5 hurricane to strike the coast, "
        "caused 26 deaths.",
        "b": "Cyclone Brisa, in 1992, cost approximately $21 billion in insured losses.",
    }
    assert all_values(report_for(texts)) == [{"1995", "1992"}]
    same = dict(texts, a=texts["a"].replace("1995", "1992"))
    assert all_values(report_for(same)) == []
    other = dict(texts, a=texts["a"].replace("Brisa", "Tamsin").replace("1995", "1957"))
    assert all_values(report_for(other)) == []


def test_figures_in_a_sentence_do_not_make_it_a_list() -> None:
    from factbase.analysis.statements import COMPARED_KINDS, source_units

    text = "Cyclone Brisa (1995), category 5, caused 26 deaths and 65 injuries in 3 states."
    assert len(source_units("s", text, None, kinds=COMPARED_KINDS)) == 1
    assert source_units("s", "Page 1 | Page 2 | Page 3 | Page 4 | Next", None) == []


def test_the_only_dates_of_two_alike_statements_of_one_event_are_compared() -> None:
    texts = {
        "a": "On May 20, four days after the blast, people living within a 30-kilometre "
        "(18.6-mile) radius of the refinery were ordered to evacuate.",
        "b": "The government ordered all residents living within a 30-km radius of the Harbor "
        "refinery to evacuate on May 17, 2021.",
    }
    published = {"a": "2021-07-01", "b": "2021-07-01"}
    assert all_values(report_for(texts, published)) == [{"20 May 2021", "17 May 2021"}]
    same = dict(texts, a=texts["a"].replace("May 20", "May 17"))
    assert all_values(report_for(same, published)) == []


def test_a_forecast_and_the_outcome_are_two_moments() -> None:
    outcome = "The Greens won the election with 365 seats, the commission said on Friday."
    texts = {
        "a": outcome,
        "b": "The exit poll showed the Greens winning the election with 368 seats on Friday.",
    }
    assert all_values(report_for(texts)) == []
    told = dict(texts, b="The Greens won the election with 368 seats, officials said on Friday.")
    assert all_values(report_for(told)) == [{"365", "368"}]


def test_what_someone_asked_for_or_what_could_be_is_not_the_outcome() -> None:
    outcome = "The court sentenced the banker to 9 years in prison for the fraud on Friday."
    for asked in (
        "Prosecutors had requested 15 years in prison for the banker for the fraud on Friday.",
        "The banker faced a maximum sentence of 20 years in prison for the fraud on Friday.",
        "The court could sentence the banker to 20 years in prison for the fraud on Friday.",
    ):
        assert all_values(report_for({"a": outcome, "b": asked})) == []
    other = "The court sentenced the banker to 12 years in prison for the fraud on Friday."
    assert all_values(report_for({"a": outcome, "b": other})) == [{"9", "12"}]


def test_the_result_of_a_poll_of_opinion_is_a_fact_like_any() -> None:
    texts = {
        "a": "In the online poll, 75 percent of users voted no on the question of free speech.",
        "b": "In the online poll, 70.4% of users voted no on the question of free speech.",
    }
    assert all_values(report_for(texts)) == [{"75", "70.4"}]


def test_ages_are_compared_only_for_the_person_named_beside_both() -> None:
    texts = {
        "a": "The 23-year-old was not celebrating after the final on Sunday night.",
        "b": "The team rallied around the 35-year-old Ruiz in the final on Sunday night.",
    }
    assert all_values(report_for(texts)) == []
    same = {
        "a": "The team rallied around the 34-year-old Ruiz in the final on Sunday night.",
        "b": "The team rallied around the 35-year-old Ruiz in the final on Sunday night.",
    }
    assert all_values(report_for(same)) == [{"34", "35"}]


# --- numbers that name: the members of a list of labels --------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Floods reached turbines 2, 5 and 7 on Monday.", "#turbine"),
        ("Repairs began at Nos. 1, 3 and 4 pump houses.", "#no"),
        ("Gates 12 and 14 will close at noon.", "#gate"),
    ],
)
def test_every_number_of_a_list_after_a_noun_names(text: str, label: str) -> None:
    numbers = [f for f in extract(text).facts if f.kind == "number"]
    assert len(numbers) >= 2
    assert {f.unit for f in numbers} == {label}


@pytest.mark.parametrize(
    "text",
    ["The judges gave results 4, 5 and 6 points.", "She won 4, 5 and 6 medals in three years."],
)
def test_a_list_of_numbers_that_count_the_noun_after_them_is_counts(text: str) -> None:
    assert not any(is_label(f) for f in extract(text).facts if f.kind == "number")


def test_a_count_of_things_and_the_labels_of_some_of_them_do_not_conflict() -> None:
    texts = {
        "a": "The storm damaged three of the six turbines at the Kestrel wind farm.",
        "b": "The storm damaged turbines 1, 2, and 3 at the Kestrel wind farm.",
    }
    assert all_values(report_for(texts)) == []
    counts = dict(texts, b="The storm damaged four of the six turbines at the Kestrel wind farm.")
    assert all_values(report_for(counts)) == [{"3", "4"}]


def test_a_whole_is_compared_with_wholes_and_a_part_with_parts() -> None:
    texts = {
        "a": "The Greens won 17 of the 40 seats in the region on Friday.",
        "b": "The Greens won 17 seats in the region on Friday; the region has 40 in all.",
    }
    assert all_values(report_for(texts)) == []
    whole_as_part = dict(texts, b="The Greens won 40 seats in the region on Friday.")
    assert all_values(report_for(whole_as_part)) == [{"17", "40"}]
    other_whole = {
        "a": "Across the region, the Greens won 17 of the 40 seats available.",
        "b": "Of the 400 seats available, the Reds have this year taken 201.",
    }
    assert all_values(report_for(other_whole)) == []


def test_one_unit_of_time_said_loosely_frames_its_statement() -> None:
    texts = {
        "a": "A minute later, Varno scored the equaliser with a volley into the top corner.",
        "b": "Varno equalised 97 seconds later with a volley, sending the final into extra time.",
    }
    assert all_values(report_for(texts)) == []
    # Checked against its passage, a span said loosely is still compared.
    found = analyse("An hour later, Varno scored the equaliser with a volley.", texts["a"])
    assert found.status == "contradicted"


def date_of(text: str, reference: tuple[int, int, int]) -> Fact:
    found = extract(text, reference=reference).of("date")
    assert len(found) == 1, found
    return found[0]


def test_a_year_the_text_does_not_write_never_disagrees() -> None:
    # Written in November 2022 of a surrender due "on April 27": the next April, not the last.
    later = date_of("She is due to surrender on April 27, 2023.", (2022, 11, 18))
    assert compatible(date_of("She was ordered to surrender on April 27.", (2022, 11, 18)), later)
    assert not compatible(date_of("She was ordered to surrender on April 28.", (2022, 11, 18)),
                          later)
    assert not compatible(date_of("She surrendered on April 27, 2022.", (2022, 11, 18)), later)
    # A date placed against the publication date says its year: "last January" is the last one.
    assert not compatible(date_of("He gave evidence last January.", (2014, 8, 27)),
                          date_of("He gave evidence in January 2013.", (2014, 8, 27)))


def test_values_in_the_relative_clauses_of_different_people_are_theirs() -> None:
    apart = {
        "a": "Marek Nowak, who came in third at 9.84 seconds, waved to the crowd after the race.",
        "b": "Tom Reid, who came in third at 9.71 seconds, waved to the crowd after the race.",
    }
    assert all_values(report_for(apart)) == []
    same = {
        "a": "Marek Nowak, who came in third at 9.84 seconds, waved to the crowd after the race.",
        "b": "Marek Nowak, who came in third at 9.86 seconds, waved to the crowd after the race.",
    }
    assert all_values(report_for(same)) == [{"9.84", "9.86"}]


def test_the_sets_of_a_score_line_are_not_compared_with_each_other() -> None:
    texts = {
        "a": "Nowak beat Reid 1-6, 7-6, 6-1, 3-6, 6-4 in the final at the club on Sunday.",
        "b": "Nowak beat Reid 6-1, 6-4, 7-5 in the final at the club on Sunday afternoon.",
    }
    assert all_values(report_for(texts)) == []


def test_two_final_scores_that_differ_disagree() -> None:
    texts = {
        "a": "Norvia beat Kestria 4-2 on penalties in the final in Marrowick on Sunday.",
        "b": "Norvia beat Kestria 4-3 on penalties in the final in Marrowick on Sunday.",
    }
    assert all_values(report_for(texts)) == [{"4–2", "4–3"}]


def test_a_measure_and_a_count_of_things_are_never_compared() -> None:
    texts = {
        "a": "The sprinter set four world records from 2005 to 2007.",
        "b": "The sprinter's world record of 9.69 seconds stood from 2008.",
    }
    assert all_values(report_for(texts)) == []
    other = {
        "a": "The sprinter's world record of 9.69 seconds stood until the final.",
        "b": "The sprinter's world record of 9.72 seconds stood until the final.",
    }
    assert all_values(report_for(other)) == [{"9.69", "9.72"}]


def test_ordinals_naming_parts_of_a_series_are_two_parts() -> None:
    texts = {
        "a": "The hosts had taken a 2-0 lead in the first half thanks to goals from Varno.",
        "b": "Varno then scored again late in the second half of extra time and restored the "
        "hosts' lead.",
    }
    assert all_values(report_for(texts)) == []
    # The same part told in the same words with another number is a disagreement.
    same = {
        "a": "The champion lost his serve in the third game of the final set on Sunday.",
        "b": "The champion lost his serve in the fifth game of the final set on Sunday.",
    }
    assert all_values(report_for(same)) == [{"3rd", "5th"}]


def test_an_aim_is_no_value_against_what_happened() -> None:
    texts = {
        "a": "The veteran, who won his record 23rd major title in Paris last month, lost.",
        "b": "The veteran was looking to win a record 24th major title in the final.",
    }
    assert all_values(report_for(texts)) == []
    told = {
        "a": "The veteran, who won his record 23rd major title in Paris last month, lost.",
        "b": "The veteran, who won his record 24th major title in Paris last month, lost.",
    }
    assert all_values(report_for(told)) == [{"23rd", "24th"}]


def test_what_someone_hopes_to_become_is_no_rank_they_have() -> None:
    texts = {
        "a": "Ortiz became the second rider to win both tours in one year, in Kestria on Sunday.",
        "b": "Ortiz will now hope to become the fifth rider to win both tours in one year.",
    }
    assert all_values(report_for(texts)) == []
    told = dict(texts, b="Ortiz is now the fifth rider to win both tours in one year.")
    assert all_values(report_for(told)) == [{"2nd", "5th"}]


def test_what_a_poll_suggests_is_no_result() -> None:
    texts = {
        "a": "The poll suggests the Harbour Party win 191 seats in the general election.",
        "b": "The Harbour Party won 203 seats in the general election, its worst result.",
    }
    assert all_values(report_for(texts)) == []
    told = {
        "a": "The Harbour Party won 191 seats in the general election, its worst result.",
        "b": "The Harbour Party won 203 seats in the general election, its worst result.",
    }
    assert all_values(report_for(told)) == [{"191", "203"}]



def test_figures_of_different_quarters_are_two_moments_not_a_conflict() -> None:
    texts = {
        "a": "Record sales of $4.28 billion, up 12% from Q1, up 31% from a year ago.",
        "b": "Record sales of $6.07 billion, up 42% from Q2, up 57% from a year ago.",
    }
    assert all_values(report_for(texts)) == []
    # the same quarter with another figure is a disagreement
    same = {
        "a": "Record sales of $6.07 billion, up 42% from Q2, up 57% from a year ago.",
        "b": "Record sales of $6.70 billion, up 42% from Q2, up 57% from a year ago.",
    }
    assert all_values(report_for(same)) == [{"6,070,000,000", "6,700,000,000"}]


def test_a_figure_told_for_a_place_the_other_never_names_is_no_conflict() -> None:
    texts = {
        "a": "Kestrel said that although Zelora would usually cost an estimated $19,300 per "
             "year, the final price would depend on the dose.",
        "b": "The drug Zelora will cost 2.1 million lira ($14,800) per year in Norvia and will "
             "be mostly paid for by the state insurer, a ministry panel said.",
    }
    assert all_values(report_for(texts)) == []
    # the same place named on both sides, another figure: a disagreement
    same = {
        "a": "Kestrel said that although Zelora would usually cost an estimated $19,300 per "
             "year in Norvia, the final price would depend on the dose.",
        "b": texts["b"],
    }
    assert all_values(report_for(same)) == [{"about 19,300", "14,800"}]


def test_a_share_that_says_what_it_is_of_against_one_that_does_not_is_no_conflict() -> None:
    texts = {
        "a": "Almost all (99.6 percent) of the votes in the Norvia election were valid.",
        "b": "In the Norvia election, the Varnak party received the most votes with 23.5%.",
    }
    assert all_values(report_for(texts)) == []
    # both say what the share is of, another figure: a disagreement
    same = {
        "a": "In the Norvia election, the Varnak party received the most votes with 25.1%.",
        "b": texts["b"],
    }
    assert all_values(report_for(same)) == [{"25.1", "23.5"}]


def test_figures_orders_of_magnitude_apart_are_two_quantities() -> None:
    texts = {
        "a": "Varnak finished the night with 41 points, taking his career total past Lenz.",
        "b": "Varnak ended his career with 40,512 points, more than Lenz had scored.",
    }
    assert all_values(report_for(texts)) == []
    # the same quantity with a figure near the other's: a disagreement
    near = dict(texts, a="Varnak ended his career with 38,907 points, more than Lenz had scored.")
    assert all_values(report_for(near)) == [{"38,907", "40,512"}]


def test_an_approximate_figure_ten_times_another_is_no_account_of_it() -> None:
    texts = {
        "a": "An estimated 3,000 patients in Norvia are eligible for the Zelora therapy.",
        "b": "Some 30,000 patients in Norvia have the disease that Zelora treats.",
    }
    assert all_values(report_for(texts)) == []
    near = dict(texts, b="An estimated 4,500 patients in Norvia are eligible for the therapy.")
    assert all_values(report_for(near)) == [{"about 3,000", "about 4,500"}]


def test_figures_far_apart_at_two_dates_stay_a_revision_timeline() -> None:
    texts = {
        "a": "As of 3 March, officials said 2,000 homes in Kestria were destroyed by the fire.",
        "b": "As of 19 March, officials said 8,000 homes in Kestria were destroyed by the fire.",
    }
    report = report_for(texts)
    assert report.conflicts == [] and len(report.revisions) == 1


def test_a_range_far_from_a_figure_is_no_account_of_it() -> None:
    texts = {
        "a": "Officials in Kestria said between 1,000 and 1,500 homes were damaged by the storm.",
        "b": "Officials in Kestria said 40,000 homes were damaged or left without power.",
    }
    assert all_values(report_for(texts)) == []
    near = dict(texts, b="Officials in Kestria said 2,400 homes were damaged by the storm.")
    assert all_values(report_for(near)) == [{"1,000–1,500", "2,400"}]


def test_near_figures_of_one_quantity_in_other_words_disagree() -> None:
    texts = {
        "a": "The news agency reports that Zelora, the therapy from Omnix, will be priced at "
             "$3.4 million.",
        "b": "The treatment list price of Zelora is $3.5 million for its use in both diseases, "
             "Kray reported.",
    }
    assert all_values(report_for(texts)) == [{"3,400,000", "3,500,000"}]
    # the same figure in other words: no conflict
    same = dict(texts, b=texts["b"].replace("$3.5 million", "$3.4 million"))
    assert all_values(report_for(same)) == []
    # a near figure of another quantity: no conflict
    other = dict(texts, b="The Zelora trial in Norvia has enrolled 3.5 million patients, Kray "
                          "reported.")
    assert all_values(report_for(other)) == []


def test_a_figure_and_more_than_the_same_figure_agree() -> None:
    texts = {
        "a": "The Omnix app has passed 250 million users in just five days since its launch.",
        "b": "The Omnix app gained more than 250 million users in its first five days.",
    }
    assert all_values(report_for(texts)) == []
    other = dict(texts, b=texts["b"].replace("250 million", "400 million"))
    assert all_values(report_for(other)) == [{"250,000,000", "more than 400,000,000"}]


def test_a_whole_written_with_hyphens_is_a_whole() -> None:
    texts = {
        "a": "Ortiz completed 27-of-39 passes for 281 yards in the Kestria final on Sunday.",
        "b": "In the Kestria final on Sunday, Ortiz completed 27 of 39 passes for two touchdowns.",
    }
    assert all_values(report_for(texts)) == []
    other = dict(texts, b=texts["b"].replace("27 of 39", "28 of 39"))
    assert all_values(report_for(other)) == [{"27", "28"}]


# --- a looser form of one side's figure stands on that side --------------------------------------


def _sides(report: object) -> list[dict[str, set[str]]]:
    """Each conflict's sides: value -> the sources that give it (sides that fit all left out)."""
    return [
        {v.value: {s.source for s in v.statements} for v in c.values if not v.fits_all}
        for c in report.conflicts  # type: ignore[attr-defined]
    ]


@pytest.mark.parametrize(
    ("loose", "tight", "other"),
    [
        ("about 41,000", "41,000", "45,000"),
        ("25", "25.3", "27.9"),
    ],
)
def test_a_looser_form_of_one_sides_figure_joins_that_side(
    loose: str, tight: str, other: str
) -> None:
    texts = {
        "a": f"The Harlow stadium now holds {loose} seats, the club said on Monday.",
        "b": f"The Harlow stadium now holds {tight} seats, the club said on Monday.",
        "c": f"The Harlow stadium now holds {other} seats, the club said on Monday.",
    }
    assert _sides(report_for(texts)) == [{tight: {"a", "b"}, other: {"c"}}]


def test_a_year_joins_the_side_of_the_day_it_contains() -> None:
    texts = {
        "a": "The Kestria probe was launched in 2004 from the Vantor pad.",
        "b": "The Kestria probe was launched on 2 March 2004 from the Vantor pad.",
        "c": "The Kestria probe was launched on 2 March 2005 from the Vantor pad.",
    }
    assert _sides(report_for(texts)) == [{"2 March 2004": {"a", "b"}, "2 March 2005": {"c"}}]


@pytest.mark.parametrize(
    ("loose", "tight", "other"),
    [
        # "about 42,000" allows neither 41,000 nor 45,000: a third figure
        ("about 42,000", "41,000", "45,000"),
        # "about 40,000" allows 41,000 but gives another figure: its own side
        ("about 40,000", "41,000", "48,000"),
    ],
)
def test_another_figure_keeps_its_own_side(loose: str, tight: str, other: str) -> None:
    texts = {
        "a": f"The Harlow stadium now holds {loose} seats, the club said on Monday.",
        "b": f"The Harlow stadium now holds {tight} seats, the club said on Monday.",
        "c": f"The Harlow stadium now holds {other} seats, the club said on Monday.",
    }
    (sides,) = _sides(report_for(texts))
    assert sides == {loose: {"a"}, tight: {"b"}, other: {"c"}}



def test_an_ordinal_before_a_part_of_a_sequence_labels_it() -> None:
    """"the fifth phase" is phase 5: its distance is not another text's "Phase 3" distance,
    while a text giving the third phase another distance than "Phase 3" disagrees."""
    texts = {
        "a": "Phase 3 of the Harlow tour, from Lund to Vela, covers 182 km.",
        "b": "Riders face 166 km from Lund to Vela in the fifth phase of the Harlow tour.",
    }
    assert all_values(report_for(texts)) == []
    same = dict(texts, b=texts["b"].replace("fifth", "third"))
    assert all_values(report_for(same)) == [{"182", "166"}]


def test_a_figure_and_its_conversion_in_brackets_differ_once_not_twice() -> None:
    # The bracketed miles restate the kilometres: one difference, not two different statements.
    texts = {
        "a": "The Tolvar probe was 214 million km (133 million miles) from the Sun when it "
        "reached orbit, mission staff said.",
        "b": "Mission staff said the Tolvar probe was 241 million km (150 million miles) from "
        "the Sun when it reached orbit.",
    }
    assert any({"214,000,000", "241,000,000"} <= c for c in all_values(report_for(texts)))
    same = dict(
        texts,
        b="Mission staff said the Tolvar probe was 214 million kilometres (133 million miles) "
        "from the Sun when it reached orbit.",
    )
    assert all_values(report_for(same)) == []


def test_one_measure_in_feet_and_in_metres_is_compared_converted() -> None:
    # 262 ft is 79.9 m: a third of the figure, yet one height; a slip of a few metres shows.
    texts = {
        "a": "Finished in 1911, the copper spire of the Brask tower is 262 feet tall, the city "
        "guide says.",
        "b": "According to the city archive, the copper spire of the Brask tower is 86 metres "
        "tall.",
    }
    assert all_values(report_for(texts)) == [{"262", "86"}]
    same = dict(
        texts,
        b="According to the city archive, the copper spire of the Brask tower is 80 metres "
        "tall.",
    )
    assert all_values(report_for(same)) == []


def test_a_figure_in_another_unit_takes_the_side_it_converts_to() -> None:
    # 12.5 miles is 20.1 km: the same side as "20 km", not a third value.
    texts = {
        "a": "Residents within 20 km of the Harlow plant were told to leave their homes on "
        "Tuesday, officials said.",
        "b": "On Tuesday officials told residents within 12.5 miles of the Harlow plant to leave "
        "their homes.",
        "c": "Officials said on Tuesday that residents within 30 km of the Harlow plant were told "
        "to leave their homes.",
    }
    sides = value_sides(report_for(texts))
    assert {"a", "b"} in sides and {"c"} in sides


def test_words_between_two_figures_up_to_a_conjunction_are_the_first_ones() -> None:
    text = "The Vantor plan included $30 billion in loans as well as $9 billion in equity."
    loans, equity = [f for f in extract(text).facts if f.kind == "number"]
    other = "Investors in Vantor put up $10 billion in equity."
    assert same_quantity(quantity(text, equity), q(other))
    assert not same_quantity(quantity(text, loans), q(other))


def test_a_figure_rounded_in_one_account_anchors_another_that_differs() -> None:
    # "$30 billion" is "$30.4 billion" rounded: the accounts agree on the loans, and so the
    # equity, $9 billion against $10 billion, is a disagreement of one statement.
    texts = {
        "a": "In its filing on Monday, Vantor said the deal would be funded by $30.4 billion "
        "in loans and would use $9 billion in equity.",
        "b": "The deal is funded by $30 billion in loans as well as $10 billion in equity, "
        "Vantor's filing shows.",
    }
    assert all_values(report_for(texts)) == [{"9,000,000,000", "10,000,000,000"}]
    same = dict(texts, b=texts["b"].replace("$10 billion", "$9 billion"))
    assert all_values(report_for(same)) == []


def test_an_approximate_figure_takes_the_side_of_the_figure_it_rounds() -> None:
    # "about $41 million" is "$41.3 million" rounded: one side, against "$47 million".
    texts = {
        "a": "Kestria Films said its thriller took about $41 million overseas at the weekend.",
        "b": "The thriller took $41.3 million overseas at the weekend, Kestria Films said.",
        "c": "Kestria Films said on Monday that the thriller took $47 million overseas at the "
        "weekend.",
    }
    sides = value_sides(report_for(texts))
    assert {"a", "b"} in sides and {"c"} in sides


def test_one_page_of_many_giving_both_figures_does_not_hide_their_disagreement() -> None:
    # Eleven pages give the toll as 1,270 or 1,610 and one gives both in one paragraph: the one
    # page does not tell the others' figures apart.
    texts = {
        f"p{i}": f"The flood killed {toll} people, officials in Kestria told the {paper} on "
        "Monday."
        for i, (toll, paper) in enumerate(
            [("1,270", "Vela Post"), ("1,270", "Brask Herald"), ("1,270", "Tolvar Times"),
             ("1,270", "Lund Courier"), ("1,270", "Harlow Star"), ("1,610", "Norvia Daily"),
             ("1,270", "Brask Echo"), ("1,610", "Omnix News"), ("1,610", "Vantor Mail"),
             ("1,610", "Kestria Voice"), ("1,610", "Lund Gazette")]
        )
    }
    texts["both"] = (
        "The flood killed 1,270 people in Kestria. Across the whole region, the flood killed "
        "1,610 people."
    )
    assert {"1,270", "1,610"} in all_values(report_for(texts))


def test_craft_named_by_a_number_are_two_subjects() -> None:
    # "Orsk-7" and "Vela-2" name two craft, as two names would: their launch dates differ
    # because they are two launches.
    first = "Orsk-7 was launched on 9 July from the northern range."
    two = {"a": first, "b": "Vela-2 lifted off on 12 August and was launched from the range."}
    assert report_for(two, published={"a": "2031-09-01", "b": "2031-09-01"}).conflicts == []
    one = {"a": first, "b": "Orsk-7 lifted off on 12 August and was launched from the range."}
    report = report_for(one, published={"a": "2031-09-01", "b": "2031-09-01"})
    assert all_values(report) == [{"9 July 2031", "12 August 2031"}]


def test_a_value_in_an_opening_participle_phrase_is_the_following_subjects() -> None:
    opening = (
        "Launched by a Brask rocket in November 2031, Vela spent the next winter drifting "
        "slowly toward the comet."
    )
    # The opening phrase tells of Vela, the subject after it, as well as of the rocket's maker.
    same = {"a": opening, "b": "The Vela spacecraft launched into space in November 2030."}
    assert all_values(report_for(same)) == [{"November 2030", "November 2031"}]
    other = {
        "a": opening,
        "b": "The Orsk mission launched on 7 October 2034 aboard a Brask rocket from the coast.",
    }
    assert all_values(report_for(other)) == []


def test_figures_far_apart_need_alike_sentences_to_be_one_quantity() -> None:
    first = (
        "Some 1,900 households in the valley lost power after the storm brought down lines "
        "near the old mill and the school, the utility said."
    )
    later = (
        "The storm left {} households without power, and crews from three counties worked "
        "through the night to restore the lines."
    )
    # Nearly twice the figure, in sentences that share a few words: two counts.
    assert all_values(report_for({"a": first, "b": later.format("3,500")})) == []
    # Closer figures in the same sentences, or the far one in a sentence alike: one count.
    assert all_values(report_for({"a": first, "b": later.format("2,300")})) == [
        {"about 1,900", "2,300"}
    ]
    alike = "Some 3,500 households in the valley lost power after the storm, the utility said."
    assert all_values(report_for({"a": first, "b": alike})) == [{"about 1,900", "about 3,500"}]


def test_the_figure_a_change_starts_from_is_no_rival_of_a_figure_for_now() -> None:
    change = "The number of women in the Kestrian assembly fell from 231 to 219 at the election."
    now = "There are {} women in the new Kestrian assembly after the election."
    assert all_values(report_for({"a": change, "b": now.format(219)})) == []
    # The level it reached is compared as any other, and two starting figures with each other.
    reached = (
        "The number of women in the Kestrian assembly is 219, down from 231, after the election."
    )
    assert all_values(report_for({"a": reached, "b": now.format(224)})) == [{"219", "224"}]
    other_start = change.replace("231", "236")
    assert all_values(report_for({"a": change, "b": other_start})) == [{"231", "236"}]


def test_a_year_a_span_is_counted_from_is_compared_only_with_such_years() -> None:
    since = (
        "It was the first time since the 2004 election that the Vantor Party lost the capital "
        "to a rival."
    )
    dated = "The Vantor Party lost the capital to a rival in the 2016 election."
    assert all_values(report_for({"a": since, "b": dated})) == []
    other_since = since.replace("2004", "2008")
    assert all_values(report_for({"a": since, "b": other_since})) == [{"2004", "2008"}]


def test_a_forecast_word_tells_a_value_only_in_its_clause_and_not_as_a_yardstick() -> None:
    beat = "The Brask alliance took 188 seats, better than predicted, in the Kestrian vote."
    told = "The Brask alliance took 194 seats in the Kestrian vote, officials said."
    assert all_values(report_for({"a": beat, "b": told})) == [{"188", "194"}]
    foretold = "The Brask alliance was expected to take 194 seats in the Kestrian vote."
    assert all_values(report_for({"a": beat, "b": foretold})) == []
    # "seeks" tells the next clause's aim, not the cost before it.
    cost = "The Vela probe will cost 2.3 billion dollars and seeks to map the Tolvar belt."
    other = "The 2.9 billion dollar Vela probe should map the Tolvar belt."
    assert all_values(report_for({"a": cost, "b": other})) == [{"2,300,000,000", "2,900,000,000"}]


def test_the_level_a_change_reaches_measures_what_its_start_measures() -> None:
    change = "The death toll from the flood in the valley rose from 120 to 185 on Monday."
    other = "The death toll from the flood in the valley stood at {} on Monday."
    assert all_values(report_for({"a": change, "b": other.format(190)})) == [{"185", "190"}]
    assert all_values(report_for({"a": change, "b": other.format(185)})) == []
