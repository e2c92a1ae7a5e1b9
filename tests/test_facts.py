"""Facts: the same value in another notation never differs; another value always does."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factbase.analysis.facts import (
    DateValue,
    Difference,
    compare,
    extract,
    parse_number,
    parse_reference_date,
)

ARTICLE_DATE = (2014, 8, 26)  # the Star and the LGC articles were published on 26 August 2014


def differences(claim: str, passage: str, reference: DateValue | None = None) -> list[Difference]:
    return compare(
        extract(claim, reference=reference),
        extract(passage, reference=reference),
        passage_text=passage,
        claim_text=claim,
    )


# --- parsing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,400", Fraction(1400)),
        ("1400", Fraction(1400)),
        ("1,400,000", Fraction(1_400_000)),
        ("3.5", Fraction(7, 2)),
        ("twelve", Fraction(12)),
        ("Twelve", Fraction(12)),
        ("seventeen", Fraction(17)),
        ("twenty-one", Fraction(21)),
        ("forty five", Fraction(45)),
        ("one hundred", Fraction(100)),
        ("a hundred", Fraction(100)),
        ("two thousand", Fraction(2000)),
        ("a third", Fraction(1, 3)),
        ("one third", Fraction(1, 3)),
        ("half", Fraction(1, 2)),
        ("a half", Fraction(1, 2)),
        ("two thirds", Fraction(2, 3)),
        ("three-quarters", Fraction(3, 4)),
        ("\u00a3430m", Fraction(430_000_000)),
        ("\u00a34.5m", Fraction(4_500_000)),
        ("\u00a3430 million", Fraction(430_000_000)),
        ("1.5 million", Fraction(1_500_000)),
        ("3bn", Fraction(3_000_000_000)),
        ("40%", Fraction(40)),
        ("40 per cent", Fraction(40)),
        ("40 percent", Fraction(40)),
        ("  1,400  ", Fraction(1400)),
    ],
)
def test_parse_number(text: str, value: Fraction) -> None:
    assert parse_number(text) == value


def test_pc_glued_to_a_number_is_per_cent_and_a_changed_share_differs() -> None:
    (share,) = extract("Unemployment in Lyra was 4.1pc in May.").of("number")
    assert (share.value, share.unit) == (Fraction(41, 10), "%")
    assert Difference("number", "4.4", "4.1") in differences(
        "Unemployment in Lyra was 4.4 per cent in May.", "Unemployment in Lyra was 4.1pc in May."
    )
    # a count of personal computers is no share
    assert [f.unit for f in extract("The school bought 12 PCs in May.").of("number")] != ["%"]


@pytest.mark.parametrize(
    "text",
    [
        "Kelso, who is 5ft 9in tall, won.",
        "Kelso, who is 5 feet 9 inches tall, won.",
        "Kelso, who is 5 ft 9 in tall, won.",
        "The 5-foot-9 Kelso won.",
        "The 5′ 9″ Kelso won.",
    ],
)
def test_feet_and_inches_are_one_length(text: str) -> None:
    (height,) = extract(text).of("number")
    assert (height.value, height.unit) == (Fraction(69, 12), "ft")
    assert height.display() == "5 ft 9 in"


def test_a_height_in_other_inches_differs_and_in_other_notation_agrees() -> None:
    passage = "Kelso, who is 5ft 9in tall, won the Lyra high jump."
    assert differences("Kelso, who is 5 feet 9 inches tall, won the Lyra high jump.", passage) == []
    assert Difference("number", "5 ft 10 in", "5 ft 9 in") in differences(
        "Kelso, who is 5ft 10in tall, won the Lyra high jump.", passage
    )
    # feet, then inches of another measure, are two lengths
    assert [f.value for f in extract("It fell 6 feet in 4 seconds.").of("number")] == [6, 4]


def test_minutes_glued_to_their_number_join_the_seconds_after_them() -> None:
    (swum,) = extract("Kelso swam the Lyra final in 3min 51.20sec.").of("number")
    assert (swum.value, swum.display()) == (Fraction(289, 75), "3 min 51.2 s")
    passage = "Kelso swam the Lyra final in 3min 51.20sec."
    assert differences("Kelso swam the Lyra final in 3 minutes 51.2 seconds.", passage) == []
    assert Difference("number", "3 min 52.2 s", "3 min 51.2 s") in differences(
        "Kelso swam the Lyra final in 3min 52.20sec.", passage
    )


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("300 or so people came.", "~"),
        ("300-odd people came.", "~"),
        ("Not quite 300 people came.", "<~"),
    ],
)
def test_rough_counts_written_around_the_number_are_bounds(text: str, comparator: str) -> None:
    facts = extract(text)
    assert [f.comparator for f in facts.of("number")] == [comparator]
    assert facts.of("negation") == []  # "not quite 300" bounds the count; it denies nothing


def test_a_rough_count_agrees_with_its_neighbourhood_and_not_with_another_figure() -> None:
    assert differences("About 300 people came to Lyra.", "300-odd people came to Lyra.") == []
    assert Difference("number", "more than 400", "about 300") in differences(
        "More than 400 people came to Lyra.", "300 or so people came to Lyra."
    )
    assert differences("Not quite 300 people came to Lyra.", "Some 300 people came to Lyra.") == []
    assert Difference("comparator", "almost 300", "more than 300") in differences(
        "Not quite 300 people came to Lyra.", "More than 300 people came to Lyra."
    )


def test_no_before_a_number_mid_sentence_labels_it_and_denies_nothing() -> None:
    facts = extract("Kelso is the world No 2 in the Lyra rankings.")
    assert facts.of("negation") == []
    assert [(f.value, f.unit) for f in facts.of("number")] == [(2, "#no")]
    passage = "Kelso is the world No 2 in the Lyra rankings."
    assert differences("Kelso is the world No. 2 in the Lyra rankings.", passage) == []
    assert Difference("number", "3", "2") in differences(
        "Kelso is the world No. 3 in the Lyra rankings.", passage
    )
    # opening a sentence, "No" still denies: "No 10-year-old may work there."
    assert extract("No 10-year-old may work in Lyra.").of("negation") != []


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("The deal is worth $3.5m-$4m.", 3_500_000, 4_000_000, "$"),
        ("The deal is worth £3m to £4m.", 3_000_000, 4_000_000, "£"),
        ("Highs of 30C-35C are due.", 30, 35, "°C"),
        ("A 5%-7% rise is due.", 5, 7, "%"),
    ],
)
def test_two_figures_written_in_one_unit_and_joined_are_one_range(
    text: str, low: int, high: int, unit: str
) -> None:
    (span,) = extract(text).facts
    assert (span.kind, span.value, span.unit) == ("range", (low, high), unit)


@pytest.mark.parametrize("text", ["Sales rose from $3m to $4m.", "Sales rose $3m to $4m."])
def test_a_change_from_one_figure_to_another_is_no_range(text: str) -> None:
    assert [f.kind for f in extract(text).facts] == ["number", "number"]


def test_a_range_in_one_unit_is_compared_as_one_value() -> None:
    passage = "The Omnix deal is worth $3.5m-$4m, analysts said."
    assert differences("The Omnix deal is worth $3.5 million to $4 million, analysts said.",
                       passage) == []
    assert Difference("range", "4,500,000–5,000,000", "3,500,000–4,000,000") in differences(
        "The Omnix deal is worth $4.5m-$5m, analysts said.", passage
    )


@pytest.mark.parametrize("text", ["", "abc", "1,40", "children", "Rotherham"])
def test_parse_number_rejects_non_numbers(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        # one number in words, however many words it takes
        ("Some two hundred and forty-six delegates came.", [246]),
        ("It sold nineteen hundred and seven copies.", [1907]),
        ("The hall holds three hundred thousand people.", [300_000]),
        ("Ninety-nine runners finished.", [99]),
        # number words side by side that write no one number are each their own
        ("Vela finished two one-hundredths of a second ahead.", [2]),
        ("Stages four five and six were cut.", [4, 5, 6]),
        ("Seats went to parties twelve three and nine.", [12, 3, 9]),
        ("The twenty thirty plan was dropped.", [20, 30]),
    ],
)
def test_number_words_side_by_side_make_one_number_only_when_they_write_one(
    sentence: str, numbers: list[int]
) -> None:
    found = [f.value for f in extract(sentence) if f.kind == "number"]
    assert found == [Fraction(n) for n in numbers]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The Omnix plant employs a dozen engineers.", 12),
        ("Two dozen eggs were sold.", 24),
        ("Vela tried half a dozen times.", 6),
        ("The strike lasted a dozen and a half days.", 18),
    ],
)
def test_a_dozen_is_twelve(sentence: str, value: int) -> None:
    assert [f.value for f in extract(sentence) if f.kind == "number"] == [Fraction(value)]


def test_dozens_is_no_number() -> None:
    assert not extract("Dozens of people were hurt in Kestria.").of("number")


@pytest.mark.parametrize("text", ["five one", "twelve three", "forty fifty"])
def test_parse_number_rejects_number_words_that_write_no_one_number(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2014-08-26", (2014, 8, 26)),
        ("2014-10", (2014, 10, None)),
        ("2014", (2014, None, None)),
        (" 2014-8-6 ", (2014, 8, 6)),
        ("", None),
        (None, None),
        ("August 2014", None),
        ("26/08/2014", None),
    ],
)
def test_parse_reference_date(text: str | None, value: DateValue | None) -> None:
    assert parse_reference_date(text) == value


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("at least 1,400 children", "number", Fraction(1400)),
        ("in 2013", "date", (2013, None, None)),
        ("on 26 August 2014", "date", (2014, 8, 26)),
        ("on 26/8/14", "date", (2014, 8, 26)),
        ("in October 2013", "date", (2013, 10, None)),
        ("between 1997 and 2013", "range", ((1997, None, None), (2013, None, None))),
        ("1997\u20132013", "range", ((1997, None, None), (2013, None, None))),
        ("aged between 11 and 25", "range", (Fraction(11), Fraction(25))),
        ("it was not", "negation", "not"),
        ("Professor Alexis Jay wrote", "name", "jay"),
    ],
)
def test_extract_reads_each_kind(text: str, kind: str, value: object) -> None:
    facts = extract(text)
    assert value in [f.value for f in facts.of(kind)]


def test_extract_offsets_point_into_the_text_as_given() -> None:
    text = "The \u2018conservative\u2019 estimate: at least\n\n\n1,400 children, 1997\u20132013."
    for fact in extract(text):
        assert text[fact.start : fact.end] == fact.text
    number = extract(text).of("number")[0]
    assert number.text == "1,400"
    assert number.comparator == ">="
    assert number.unit == "children"


def test_years_after_a_comparator_count_things() -> None:
    facts = extract("more than 2000 children")
    assert [f.kind for f in facts.of("number", "date")] == ["number"]


# --- same value, other notation: no difference -----------------------------------------------


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        # numbers
        ("1,400 children were exploited.", "1400 children were exploited."),
        ("1400 children were exploited.", "1,400 children were exploited."),
        ("\u201c1400\u201d children were exploited.", "1,400 children were exploited."),
        ("2,409 children across England", "2409 children across England"),
        ("twelve years of failure", "12 years of failure"),
        ("the first 12 years", "the first twelve years"),
        ("seventeen cases", "17 cases"),
        ("one hundred cases", "100 cases"),
        ("a third of cases", "one third of cases"),
        ("just over a third of cases", "just over a third of cases"),
        ("half of cases", "a half of cases"),
        ("The projects cost \u00a3430m.", "The projects cost \u00a3430 million."),
        ("The projects cost \u00a3430m.", "The projects cost \u00a3430,000,000."),
        ("\u00a34.5m", "\u00a34,500,000"),
        ("1.5 million", "1,500,000"),
        ("40% of victims", "40 per cent of victims"),
        ("40% of victims", "40 percent of victims"),
        ("3.5 per cent", "3.5%"),
        ("Sales rose 3.5pc in May.", "Sales rose 3.5 per cent in May."),
        # years and dates
        ("It happened in 2013.", "It happened in 2013."),
        ("published on 26 August 2014", "published on 26th August 2014"),
        ("published on 26 August 2014", "published on August 26, 2014"),
        ("published on 26 August 2014", "published on 26/8/14"),
        ("published on 26 August 2014", "published on 26/08/2014"),
        ("published on 26 August 2014", "published on 2014-08-26"),
        ("published on 26th August 2014", "published on 26 August 2014"),
        ("published on August 26, 2014", "published on 26 August 2014"),
        ("commissioned in October 2013", "commissioned in October 2013"),
        ("commissioned in October 2013", "commissioned in Oct 2013"),
        ("commissioned in October 2013", "commissioned in October, 2013"),
        # a year (or month) in the claim is covered by a full date in the passage
        ("published in 2014", "published on 26 August 2014"),
        ("published in August 2014", "published on 26 August 2014"),
        ("published in 2014", "published on 26th August 2014"),
        ("exploited in 2005", "exploited between 1997 and 2013 and in 2005"),
        # ranges
        ("exploited 1997\u20132013", "exploited 1997-2013"),
        ("exploited 1997-2013", "exploited 1997\u20132013"),
        ("exploited 1997\u20132013", "exploited between 1997 and 2013"),
        ("exploited 1997\u20132013", "exploited from 1997 to 2013"),
        ("exploited between 1997 and 2013", "exploited 1997\u20132013"),
        ("exploited between 1997 and 2013", "exploited from 1997 to 2013"),
        ("exploited from 1997 to 2013", "exploited between 1997 and 2013"),
        ("seminars in 2004-2005", "seminars in 2004-05"),
        ("funding for 1999-2000", "funding for 1999-00"),
        ("aged between 11 and 25", "aged between 11 and 25"),
        # comparators
        ("at least 1,400 children", "1,400 children"),
        ("1,400 children", "at least 1,400 children"),
        ("at least 1,400 children", "no fewer than 1,400 children"),
        ("no fewer than 1,400 children", "at least 1,400 children"),
        ("not more than 1,400 children", "up to 1,400 children"),
        ("at most 1,400 children", "up to 1,400 children"),
        ("more than 1,400 children", "at least 1,400 children"),
        ("about 1,400 children", "at least 1,400 children"),
        ("nearly 1,400 children", "1,400 children"),
        ("fewer than 1,400 children", "under 1,400 children"),
        ("over 1,400 children", "more than 1,400 children"),
        # negation on both sides
        ("The council was not negligent.", "The council was not negligent."),
        ("no action was taken against the abusers.", "No action was taken against the abusers."),
        ("The council never acted.", "The council never acted."),
        ("The reports weren't acted on.", "The reports were not acted on."),
        # names
        ("The leader of Rotherham Council resigned.", "The leader of Rotherham council resigned."),
        ("The leader of Rotherham council resigned.", "The leader of Rotherham Council resigned."),
        ("Roger Stone resigned.", "Roger Stone resigned."),
        ("ROTHERHAM failed its children.", "Rotherham failed its children."),
        ("Rotherham\u2019s council failed.", "Rotherham's council failed."),
        ("Alexis Jay's report was damning.", "Alexis Jay\u2019s report was damning."),
        (
            "RMBC commissioned the inquiry.",
            "Rotherham Metropolitan Borough Council commissioned the inquiry.",
        ),
        (
            "Rotherham Metropolitan Borough Council commissioned the inquiry.",
            "RMBC commissioned the inquiry.",
        ),
        ("The SYP failed.", "South Yorkshire Police failed."),
        # nothing to compare
        ("The council failed.", "The council failed."),
        ("", ""),
    ],
)
def test_same_value_other_notation(claim: str, passage: str) -> None:
    assert differences(claim, passage) == []


# --- another value: a difference of the right kind, with both values -------------------------


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # numbers
        (
            "1,400 children were exploited.",
            "1,500 children were exploited.",
            Difference("number", "1,400", "1,500"),
        ),
        (
            "1400 children were exploited.",
            "1,500 children were exploited.",
            Difference("number", "1,400", "1,500"),
        ),
        ("twelve years of failure", "13 years of failure", Difference("number", "12", "13")),
        ("a third of cases", "half of cases", Difference("number", "a third", "half")),
        (
            "The projects cost \u00a3430m.",
            "The projects cost \u00a3450m.",
            Difference("number", "430,000,000", "450,000,000"),
        ),
        ("40% of victims", "45 per cent of victims", Difference("number", "40", "45")),
        ("12 recommendations", "15 recommendations", Difference("number", "12", "15")),
        ("1,400 children and 12 years", "1,400 children", Difference("number", "12", None)),
        # years and dates
        ("It happened in 2013.", "It happened in 2014.", Difference("date", "2013", "2014")),
        (
            "published on 26 August 2014",
            "published on 27 August 2014",
            Difference("date", "26 August 2014", "27 August 2014"),
        ),
        (
            "published on 26 August 2014",
            "published on 26 September 2014",
            Difference("date", "26 August 2014", "26 September 2014"),
        ),
        (
            "published on 26/8/14",
            "published on 27th August 2014",
            Difference("date", "26 August 2014", "27 August 2014"),
        ),
        (
            "commissioned in October 2013",
            "commissioned in September 2013",
            Difference("date", "October 2013", "September 2013"),
        ),
        (
            "commissioned in October 2013",
            "commissioned in October 2012",
            Difference("date", "October 2013", "October 2012"),
        ),
        (
            "published in 2013",
            "published on 26 August 2014",
            Difference("date", "2013", "26 August 2014"),
        ),
        # ranges
        (
            "exploited 1997\u20132013",
            "exploited 1997\u20132014",
            Difference("range", "1997\u20132013", "1997\u20132014"),
        ),
        (
            "exploited between 1997 and 2013",
            "exploited between 1998 and 2013",
            Difference("range", "1997\u20132013", "1998\u20132013"),
        ),
        (
            "exploited from 1997 to 2013",
            "exploited 1997-2014",
            Difference("range", "1997\u20132013", "1997\u20132014"),
        ),
        (
            "aged between 11 and 25",
            "aged between 12 and 25",
            Difference("range", "11\u201325", "12\u201325"),
        ),
        # comparators
        (
            "at least 1,400 children",
            "up to 1,400 children",
            Difference("comparator", "at least 1,400", "up to 1,400"),
        ),
        (
            "up to 1,400 children",
            "at least 1,400 children",
            Difference("comparator", "up to 1,400", "at least 1,400"),
        ),
        (
            "more than 1,400 children",
            "fewer than 1,400 children",
            Difference("comparator", "more than 1,400", "fewer than 1,400"),
        ),
        (
            "over 1,400 children",
            "under 1,400 children",
            Difference("comparator", "more than 1,400", "fewer than 1,400"),
        ),
        (
            "no more than 1,400 children",
            "at least 1,400 children",
            Difference("comparator", "up to 1,400", "at least 1,400"),
        ),
        # negation
        (
            "The reports were not ignored.",
            "The reports were ignored.",
            Difference("negation", "not", None),
        ),
        (
            "The reports were ignored.",
            "The reports were not ignored.",
            Difference("negation", None, "not"),
        ),
        (
            "The reports weren't ignored.",
            "The reports were ignored.",
            Difference("negation", "n't", None),
        ),
        ("The council never acted.", "The council acted.", Difference("negation", "never", None)),
        ("The council acted.", "The council never acted.", Difference("negation", None, "never")),
        (
            "No action was taken against the abusers.",
            "Action was taken against the abusers.",
            Difference("negation", "no", None),
        ),
        (
            "Action was taken against the abusers.",
            "No action was taken against the abusers.",
            Difference("negation", None, "no"),
        ),
        # names
        (
            "The leader of Rotherham Council resigned.",
            "The leader of Sheffield Council resigned.",
            Difference("name", "Rotherham", "Sheffield"),
        ),
        (
            "Professor Alexis Jay wrote the report.",
            "Professor Alexis Smith wrote the report.",
            Difference("name", "Jay", "Smith"),
        ),
        (
            "Cllr Roger Stone resigned.",
            "Cllr Roger Kimber resigned.",
            Difference("name", "Stone", "Kimber"),
        ),
    ],
)
def test_other_value_differs(claim: str, passage: str, expected: Difference) -> None:
    assert expected in differences(claim, passage)


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a full date in the claim is not covered by a bare year in the passage: it says less
        (
            "published on 26 August 2014",
            "published in 2014",
            Difference("date", "26 August 2014", None),
        ),
        # a year-less date never stands for a year
        ("It happened in 2011.", "It happened on 5 March.", Difference("date", "2011", None)),
        (
            "He died on 7 May 2019.",
            "He died on 7 May.",
            Difference("date", "7 May 2019", None),
        ),
        # ... but a year-less date of another day is another date
        (
            "He died on 7 May 2019.",
            "He died on 9 May.",
            Difference("date", "7 May 2019", "9 May"),
        ),
    ],
)
def test_a_less_precise_passage_date_states_less(
    claim: str, passage: str, expected: Difference
) -> None:
    assert differences(claim, passage) == [expected]


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        ("40% of the victims were girls.", "40 of the victims were girls."),
        ("40 of the victims were girls.", "40% of the victims were girls."),
    ],
)
def test_a_percentage_is_not_a_count(claim: str, passage: str) -> None:
    assert any(d.kind == "number" for d in differences(claim, passage))


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        (
            "The leader of Sheffield Council, Roger Stone, resigned.",
            "The leader of Rotherham Council, Martin Kimber, resigned.",
            [
                Difference("name", "Sheffield", "Rotherham"),
                Difference("name", "Roger", "Martin"),
                Difference("name", "Stone", "Kimber"),
            ],
        ),
        (
            "Theresa May appointed Fiona Woolf in Rotherham.",
            "Theresa May appointed Louise Casey in Rotherham.",
            [Difference("name", "Fiona", "Louise"), Difference("name", "Woolf", "Casey")],
        ),
    ],
)
def test_each_missing_name_is_paired_with_the_name_in_its_place(
    claim: str, passage: str, expected: list[Difference]
) -> None:
    assert differences(claim, passage) == expected


def test_an_acronym_the_passage_does_not_spell_out_is_missing() -> None:
    diffs = differences("The NHS failed.", "South Yorkshire Police failed.")
    assert [(d.kind, d.claim) for d in diffs] == [("name", "NHS")]


def test_every_claim_name_that_is_missing_is_reported() -> None:
    diffs = differences("Roger Stone resigned.", "Martin Kimber resigned.")
    assert Difference("name", "Roger", "Martin") in diffs
    assert Difference("name", "Stone", "Kimber") in diffs


def test_a_number_in_the_passage_only_is_no_difference() -> None:
    assert differences("1,400 children", "1,400 children over 12 years") == []


def test_difference_as_dict_has_stable_keys() -> None:
    d = Difference("number", "1,400", "1,500")
    assert d.as_dict() == {"kind": "number", "claim": "1,400", "source": "1,500"}


# --- relative dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "reference", "value"),
    [
        ("last October", ARTICLE_DATE, (2013, 10, None)),
        ("last January", ARTICLE_DATE, (2014, 1, None)),
        ("last August", ARTICLE_DATE, (2013, 8, None)),
        ("this October", ARTICLE_DATE, (2014, 10, None)),
        ("next January", ARTICLE_DATE, (2015, 1, None)),
        ("next August", ARTICLE_DATE, (2015, 8, None)),
        ("this year", ARTICLE_DATE, (2014, None, None)),
        ("earlier this year", ARTICLE_DATE, (2014, None, None)),
        ("last year", ARTICLE_DATE, (2013, None, None)),
        ("next year", ARTICLE_DATE, (2015, None, None)),
        ("last month", ARTICLE_DATE, (2014, 7, None)),
        ("this month", ARTICLE_DATE, (2014, 8, None)),
        ("next month", ARTICLE_DATE, (2014, 9, None)),
        ("today", ARTICLE_DATE, (2014, 8, 26)),
        ("this afternoon", ARTICLE_DATE, (2014, 8, 26)),
        ("yesterday", ARTICLE_DATE, (2014, 8, 25)),
        ("yesterday", (2014, 3, 1), (2014, 2, 28)),
        ("last month", (2014, 1, 15), (2013, 12, None)),
        ("next month", (2014, 12, 15), (2015, 1, None)),
        ("last January", (2014, 1, 15), (2013, 1, None)),
        ("this year", (2014, None, None), (2014, None, None)),
        # a reference without a month cannot place a month
        ("last October", (2014, None, None), "last october"),
        ("last month", (2014, None, None), "last month"),
        # no reference: kept as written
        ("last October", None, "last october"),
        ("this year", None, "this year"),
        ("yesterday", None, "yesterday"),
    ],
)
def test_relative_dates_resolve_against_the_reference(
    phrase: str, reference: DateValue | None, value: object
) -> None:
    dates = extract(f"It happened {phrase}.", reference=reference).of("date")
    assert [d.value for d in dates] == [value]


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        ("It was commissioned last October.", "It was commissioned in October 2013."),
        ("It was commissioned in October 2013.", "It was commissioned last October."),
        ("He appeared last January.", "He appeared in January 2014."),
        ("It was recognised this year.", "It was recognised in 2014."),
        ("It was recognised in 2014.", "It was recognised earlier this year."),
        ("The report was published today.", "The report was published on 26 August 2014."),
        ("It was published on 26 August.", "It was published on 26 August 2014."),
    ],
)
def test_relative_dates_agree_with_the_absolute_date(claim: str, passage: str) -> None:
    assert differences(claim, passage, reference=ARTICLE_DATE) == []


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        (
            "It was commissioned last October.",
            "It was commissioned in October 2014.",
            Difference("date", "October 2013", "October 2014"),
        ),
        (
            "He appeared last January.",
            "He appeared in January 2013.",
            Difference("date", "January 2014", "January 2013"),
        ),
        (
            "It was recognised this year.",
            "It was recognised in 2013.",
            Difference("date", "2014", "2013"),
        ),
        (
            "It was commissioned in October 2012.",
            "It was commissioned last October.",
            Difference("date", "October 2012", "October 2013"),
        ),
    ],
)
def test_relative_dates_differ_from_another_date(
    claim: str, passage: str, expected: Difference
) -> None:
    assert expected in differences(claim, passage, reference=ARTICLE_DATE)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It opened on 14 March last year.", (2013, 3, 14)),
        ("It opened on March 14 last year.", (2013, 3, 14)),
        ("It opened in March last year.", (2013, 3, None)),
        ("It opened in March of last year.", (2013, 3, None)),
        ("It will open in May next year.", (2015, 5, None)),
        ("Sales passed the mark in February this year.", (2014, 2, None)),
        # told from the year named before it, else from the day of writing
        ("It was founded in 2009 and opened on 3 May the following year.", (2010, 5, 3)),
        ("It was founded in 2009 after a loss in May the previous year.", (2008, 5, None)),
        ("It was to open on 9 June of the following year.", (2015, 6, 9)),
    ],
)
def test_a_month_with_a_year_told_in_words_is_one_date(text: str, value: DateValue) -> None:
    dates = extract(text, reference=ARTICLE_DATE).of("date")
    assert dates[-1].value == value
    # the words that tell the year are the month's, not a year of their own
    assert not any(d.value == (value[0], None, None) and d.text.endswith("year") for d in dates)


@pytest.mark.parametrize(
    "text", ["Prices rose over the next year.", "Over the last year, sales rose."]
)
def test_the_next_or_last_year_is_no_year_from_the_day_of_writing(text: str) -> None:
    assert extract(text, reference=ARTICLE_DATE).of("date") == []


def test_a_month_and_a_year_told_in_words_are_compared_as_one_date() -> None:
    said = "The Kestria plant opened on 14 March 2013."
    passage = "The Kestria plant opened on March 14 last year."
    assert differences(said, passage, reference=ARTICLE_DATE) == []
    assert Difference("date", "14 March 2014", "14 March 2013") in differences(
        "The Kestria plant opened on 14 March 2014.", passage, reference=ARTICLE_DATE
    )


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The summit ran March 2-4, 2020, in Lyra.", (2020, 3, 2), (2020, 3, 4)),
        ("The summit ran 2-4 March 2020 in Lyra.", (2020, 3, 2), (2020, 3, 4)),
        ("The summit ran from 2 to 4 March 2020 in Lyra.", (2020, 3, 2), (2020, 3, 4)),
        ("The summit ran Oct. 11 to 13, 2013, in Lyra.", (2013, 10, 11), (2013, 10, 13)),
        ("Between April 9 and 11, blasts shook Lyra.", (2014, 4, 9), (2014, 4, 11)),
    ],
)
def test_days_of_one_month_are_one_span_of_dates(
    text: str, start: DateValue, end: DateValue
) -> None:
    facts = extract(text, reference=ARTICLE_DATE)
    assert [f.value for f in facts.of("range")] == [(start, end)]
    assert facts.of("number") == []  # the days are no count


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The Lyra festival ran on 3 and 4 May 2019.", [3, 4]),
        ("The Lyra festival ran on May 3 and 4, 2019.", [3, 4]),
        ("The Lyra festival ran on 3, 4 and 5 May 2019.", [3, 4, 5]),
    ],
)
def test_days_of_one_month_in_a_list_are_each_a_date(text: str, days: list[int]) -> None:
    dates = extract(text, reference=ARTICLE_DATE).of("date")
    assert [d.value for d in dates] == [(2019, 5, day) for day in days]
    passage = text
    assert differences(f"The Lyra festival ran on {days[0]} May 2019.", passage) == []
    assert Difference("date", "9 May 2019", f"{days[0]} May 2019") in differences(
        "The Lyra festival ran on 9 May 2019.", passage
    )


@pytest.mark.parametrize(
    "text", ["It opened on 3 and 4 May 2014.", "They won 3-1 in March 2014."]
)
def test_two_days_named_or_a_score_beside_a_month_are_no_span(text: str) -> None:
    assert [f for f in extract(text, reference=ARTICLE_DATE).of("range")
            if isinstance(f.value[0], tuple)] == []  # type: ignore[index]


def test_a_span_of_days_is_compared_as_dates() -> None:
    passage = "The Lyra summit ran March 2-4, 2020, in Varnak."
    assert differences("The Lyra summit ran from 2 to 4 March 2020 in Varnak.", passage) == []
    assert Difference("range", "2 April 2020–4 April 2020", "2 March 2020–4 March 2020") in (
        differences("The Lyra summit ran April 2-4, 2020, in Varnak.", passage)
    )


def test_without_a_reference_relative_dates_stay_textual() -> None:
    # Nothing to resolve "last October" against: it only agrees with the same words.
    assert (
        differences("It was commissioned last October.", "It was commissioned last October.") == []
    )
    assert Difference("date", "last october", "October 2013") in differences(
        "It was commissioned last October.", "It was commissioned in October 2013."
    )
    assert Difference("date", "last october", "last september") in differences(
        "It was commissioned last October.", "It was commissioned last September."
    )


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("He has scored 12 World Cup goals.", "goals"),
        ("She won 2 Golden Ball awards.", "awards"),
        ("The party won 258 seats.", "seats"),
    ],
)
def test_a_name_between_a_number_and_its_noun_is_not_what_it_counts(text: str, unit: str) -> None:
    (number,) = extract(text).of("number")
    assert number.unit == unit


def test_a_name_owning_the_next_number_is_not_in_the_role_of_the_one_before() -> None:
    from factbase.analysis.facts.roles import _clause_words
    from factbase.analysis.verdicts import analyse

    text = "She had run 51.20 to beat Anna Lee's 51.45 from the world final."
    first = next(f for f in extract(text).of("number") if f.text == "51.20")
    assert _clause_words(text, first.start, first.end) == {"run", "beat"}
    passage = (
        "A year after she clocked 51.20 seconds at the national trials to beat Anna Lee's "
        "“unbeatable” 51.45 from the world final, she cut another tenth."
    )
    found = analyse("At the trials she ran 51.20 to beat Anna Lee's 51.45.", passage).differences
    assert [d for d in found if d.kind == "number"] == []
    swapped = analyse("At the trials she ran 51.45 to beat Anna Lee's 51.20.", passage).differences
    assert [d for d in swapped if d.kind == "number"] != []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The other families had one or two children each.", (1, 2)),
        ("It took 5 or 6 weeks to rebuild.", (5, 6)),
        ("Two or three boats were lost.", (2, 3)),
    ],
)
def test_two_counts_offered_as_alternatives_are_a_range(text: str, value: tuple[int, int]) -> None:
    (f,) = [f for f in extract(text).facts if f.kind in ("range", "number")]
    assert f.kind == "range" and f.value == tuple(Fraction(v) for v in value)


@pytest.mark.parametrize(
    "text", ["Either one or the other will win.", "It opens in 2019 or 2020 at the latest."]
)
def test_alternatives_that_are_no_counts_are_no_range(text: str) -> None:
    assert not [f for f in extract(text).facts if f.kind == "range"]


def test_a_count_outside_the_alternatives_contradicts() -> None:
    from factbase.analysis.verdicts import analyse

    passage = "Most families had three children; the other families had one or two children each."
    found = analyse("The other families had between two and four children each.", passage)
    assert found.status == "contradicted", found.differences
    same = analyse("The other families had one or two children each.", passage)
    assert same.status == "ok", same.differences


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("It reaches minus 233C at night.", -233, "°C"),
        ("Temperatures of −40°F were recorded.", -40, "°F"),
        ("It reaches 40 °C by noon.", 40, "°C"),
        ("It was 104 degrees Fahrenheit in the shade.", 104, "°F"),
        ("A 2C rise in temperature is expected.", 2, "°C"),
    ],
)
def test_temperatures_are_read_with_their_scale_and_sign(text: str, value: int, unit: str) -> None:
    numbers = extract(text).of("number")
    assert [(f.value, f.unit) for f in numbers] == [(Fraction(value), unit)]
    assert not extract(text).of("name")


def test_a_dash_before_other_numbers_is_no_sign() -> None:
    assert [f.value for f in extract("a -0.9m/s wind reading").of("number")] == [Fraction(9, 10)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [("The probe arrives a month after launch.", "month"), ("It rained an hour later.", "hour")],
)
def test_a_unit_of_time_after_a_is_one_of_it(text: str, unit: str) -> None:
    assert [(f.value, f.unit) for f in extract(text).of("number")] == [(Fraction(1), unit)]


@pytest.mark.parametrize(
    "text",
    ["They treated 8,000 a day.", "The ferry sails twice a week.", "It made a second landfall."],
)
def test_a_rate_or_an_ordinal_is_no_span_of_time(text: str) -> None:
    assert not [f for f in extract(text).of("number") if f.value == 1]


@pytest.mark.parametrize(
    "text",
    [
        "She was sentenced to 9 years in prison (111 months). [5]",
        "The bridge opened in 2010.[12] The next one followed.",
        "He said so.[3][4] Then he left.",
        "He was freed on April 20, 2023. [4] [5]",
    ],
)
def test_citation_markers_are_no_numbers(text: str) -> None:
    assert not [f for f in extract(text).of("number") if f.display() in ("3", "4", "5", "12")]


def test_a_number_in_brackets_inside_a_sentence_is_read() -> None:
    assert [f.display() for f in extract("the [50] cases").of("number")] == ["50"]


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("Over seven matches in the tournament he kept three clean sheets.", None),
        ("Over three seasons, the club won two titles.", None),
        ("Over 2,400 people died in the storm.", ">"),
        ("He served over 10 years in prison.", ">"),
    ],
)
def test_a_span_opening_a_clause_is_no_bound(text: str, comparator: str | None) -> None:
    assert extract(text).of("number")[0].comparator == comparator


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        # Across the span: the work done over it.
        ("The bridge was built over four years by 300 workers.", None),
        ("Engineers raised the orbit several times over three weeks.", None),
        # A bound on the span: how long something took or lasted.
        ("The trial lasted over three weeks.", ">"),
        ("She was jailed for over four years.", ">"),
        ("The repairs took over two years.", ">"),
        ("A career spanning over 20 years.", ">"),
    ],
)
def test_over_a_span_after_a_verb_of_doing_is_across_it(
    text: str, comparator: str | None
) -> None:
    [f] = [f for f in extract(text).of("number") if f.unit in ("years", "weeks")]
    assert f.comparator == comparator


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        # A quantity spread across events: "over" says across them.
        ("The band sold two million tickets over 38 shows.", None),
        ("The tour took an estimated $939 million in tickets over 328 shows.", None),
        ("He scored 12 goals over 38 games.", None),
        # After a verb, or before an age, "over" bounds.
        ("The band played over 38 shows that year.", ">"),
        ("The club has 20 members over 30 years old.", ">"),
    ],
)
def test_over_events_after_a_quantity_is_across_them(text: str, comparator: str | None) -> None:
    [f] = [f for f in extract(text).of("number") if f.unit in ("shows", "games", "years")]
    assert f.comparator == comparator


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a guideline range of 9.25 years to 12 years", (Fraction("9.25"), Fraction(12))),
        ("a sentence of 18 months to 24 months", (Fraction(18), Fraction(24))),
        ("residents between 20 km and 30 km from the plant", (Fraction(20), Fraction(30))),
    ],
)
def test_a_range_with_its_unit_said_twice_is_one_range(text: str, value: tuple) -> None:
    assert [f.value for f in extract(text).of("range")] == [value]


def test_two_values_joined_by_and_without_between_stay_two() -> None:
    assert [f.display() for f in extract("trips of 20 km and 30 km").of("number")] == ["20", "30"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("She was jailed for 9 years and three months.", [(Fraction(37, 4), "years")]),
        ("He served 12 years and 11 months.", [(Fraction(155, 12), "years")]),
        ("The delay lasted 2 hours, 30 minutes.", [(Fraction(5, 2), "hours")]),
        ("a 2 hour 30 minute delay", [(Fraction(5, 2), "hour")]),
        # abbreviated: the minutes' "min", the seconds' letter
        ("The fastest lap took 3 min 13 s that day.", [(Fraction(193, 60), "min")]),
        ("a 10 min walk", [(10, "min")]),
        # Not one measure: the smaller part is a whole larger unit or more, or counts another
        # thing.
        ("He served 5 years and 14 months.", [(5, "years"), (14, "months")]),
        ("It took 3 years and 11 deaths.", [(3, "years"), (11, "deaths")]),
    ],
)
def test_a_measure_in_two_units_of_time_is_one_value(
    text: str, values: list[tuple[object, str]]
) -> None:
    found = [(f.value, f.unit) for f in extract(text).facts if f.kind == "number"]
    assert found == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The mission cost Rs 615 crore.", Fraction(6_150_000_000)),
        ("The election cost Rs 1.35 lakh crore.", Fraction(1_350_000_000_000)),
        ("About 5 lakh people attended.", Fraction(500_000)),
        ("Two crore people voted.", Fraction(20_000_000)),
    ],
)
def test_lakh_and_crore_are_scales(text: str, value: Fraction) -> None:
    assert [f.value for f in extract(text).of("number")] == [value]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("It could be around 20 to 30 degrees Celsius at noon.", (20, 30, "°C")),
        ("A probe two to three centimetres long.", (2, 3, "cm")),
        ("The hop covered 30 to 40 cm.", (30, 40, "cm")),
    ],
)
def test_a_span_of_a_unit_joined_by_to_is_a_range(text: str, span: tuple) -> None:
    [r] = extract(text).of("range")
    assert r.value == (Fraction(span[0]), Fraction(span[1])) and r.unit == span[2]


@pytest.mark.parametrize(
    "text",
    ["Temperatures rose 20 to 30 degrees overnight.", "The vote was 20 to 30 against."],
)
def test_a_change_or_a_tally_joined_by_to_is_no_range(text: str) -> None:
    assert not extract(text).of("range")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It drops to about 10 degrees Celsius below zero at night.", -10),
        ("The pass was 5C below zero.", -5),
        ("Overnight it was 12 degrees below zero.", -12),
    ],
)
def test_degrees_below_zero_are_negative(text: str, value: int) -> None:
    assert [f.value for f in extract(text).of("number")] == [Fraction(value)]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Runners faced a 41-degree wind chill (5C) at the start.", ["°F", "°C"]),
        ("It was 30 degrees (86F) in the shade.", ["°C", "°F"]),
        # a conversion that does not fit either scale says nothing of it
        ("It was 20 degrees (5C) at dawn.", ["degrees", "°C"]),
    ],
)
def test_degrees_converted_in_brackets_are_of_the_other_scale(
    text: str, units: list[str]
) -> None:
    assert [f.unit for f in extract(text).of("number")] == units


def test_a_temperature_in_the_scale_of_its_conversion_differs() -> None:
    passage = "Runners faced a 41-degree wind chill (5C) at the start."
    assert differences("The wind chill at the start was 41F.", passage) == []
    assert differences("The wind chill at the start was 5C.", passage) == []
    assert [d.kind for d in differences("The wind chill at the start was 41C.", passage)] == [
        "number"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "She won in 2 hours 0 minutes 35 seconds.",
        "She won in 2 hours, 0 minutes and 35 seconds.",
        "She won in 2hrs 0mins 35secs.",
        "She won in two hours and 35 seconds.",
    ],
)
def test_a_measure_in_three_units_is_one_measure(text: str) -> None:
    [f] = extract(text).of("number")
    assert f.value * 3600 == 7235


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a common word opening a sentence before a day or month is no name
        ("Once Tuesday's tally was in, Vela raised its forecast.", ["vela"]),
        ("Since March the Harlow plant has been shut.", ["harlow"]),
        # a name the lexicon does not know stays one
        ("Omnix Monday said it would buy Vela.", ["omnix", "vela"]),
    ],
)
def test_a_sentences_first_word_before_a_day_or_month(text: str, names: list[str]) -> None:
    assert [f.value for f in extract(text).of("name")] == names


def test_a_name_is_read_without_its_accents() -> None:
    assert [f.value for f in extract("Mbappé and Modrić scored.").of("name")] == [
        "mbappe", "modric"
    ]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("One in five voters backed the party.", 20),
        ("Roughly one in 20 of its staff lost their jobs.", 5),
        ("Three in every four homes were flooded.", 75),
    ],
)
def test_one_in_n_is_a_share(text: str, share: int) -> None:
    [f] = extract(text).of("number")
    assert (f.value, f.unit) == (Fraction(share), "%")


def test_one_in_a_span_or_a_year_is_no_share() -> None:
    assert not [f for f in extract("He scored one in 10 minutes in 2019.").of("number")
                if f.unit == "%"]


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("an additional Can$282 million", "C$", Fraction(282_000_000)),
        ("AU$3m in grants", "A$", Fraction(3_000_000)),
        ("NZ$4m", "NZ$", Fraction(4_000_000)),
        ("HK$5bn", "HK$", Fraction(5_000_000_000)),
        ("US$282 million", "US$", Fraction(282_000_000)),
        ("USD 5 million", "US$", Fraction(5_000_000)),
        ("EUR 5m", "€", Fraction(5_000_000)),
        ("$282 million", "$", Fraction(282_000_000)),
    ],
)
def test_a_currency_before_a_number_is_its_unit(text: str, unit: str, value: Fraction) -> None:
    [f] = extract(text).of("number")
    assert (f.unit, f.value) == (unit, value)


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        # what someone is convicted or charged under: terms, not a bound
        ("She was convicted in January under three felony counts of wire fraud.", None),
        ("He was charged under two sections of the act.", None),
        # a bound on a count
        ("Under 20 charges were filed.", "<"),
        ("He was charged with under 20 counts.", "<"),
        ("Under 300 people attended.", "<"),
    ],
)
def test_under_the_terms_of_a_charge_is_no_bound(text: str, comparator: str | None) -> None:
    [f] = extract(text).of("number")
    assert f.comparator == comparator


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("added in March and August 2022", (2022, 3, None)),
        ("on 5 March or 6 April 2021", (2021, 3, 5)),
        # no year said after it: the reference's
        ("in March, and in 2021 again", (2019, 3, None)),
        ("he left in March and 2,000 people came", (2019, 3, None)),
    ],
)
def test_a_date_without_its_year_shares_the_year_of_the_date_it_is_listed_with(
    text: str, value: tuple[int, int, int | None]
) -> None:
    first = extract(text, reference=(2019, 1, 1)).of("date")[0]
    assert first.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("from March to June 2020", ((2020, 3, None), (2020, 6, None))),
        ("from November to March 2020", ((2019, 11, None), (2020, 3, None))),
    ],
)
def test_a_span_of_months_is_in_the_year_said_at_its_end(
    text: str, value: tuple[tuple[int, int, None], tuple[int, int, None]]
) -> None:
    (span,) = extract(text, reference=(2015, 1, 1)).of("range")
    assert span.value == value


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ortiz of Chile (227) is second, and Brandt leads the way.", 2),
        ("On the list Ortiz was third.", 3),
        ("Ortiz is now fourth on the all-time list.", 4),
    ],
)
def test_a_place_said_with_a_verb_of_being_is_an_ordinal(text: str, place: int) -> None:
    assert [f.value for f in extract(text).of("ordinal")] == [place]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sales are expected to grow by 21% to 29% this year.", (21, 29)),
        ("Growth of between 18% to 26% at constant rates.", (18, 26)),
    ],
)
def test_two_percentages_joined_by_to_are_a_range(text: str, value: tuple[int, int]) -> None:
    (span,) = extract(text).of("range")
    assert span.value == (Fraction(value[0]), Fraction(value[1]))


def test_a_change_from_one_percentage_to_another_is_no_range() -> None:
    text = "Turnout dropped from 66.5% to 68.1% of voters."
    assert not extract(text).of("range")
    assert [f.value for f in extract(text).of("number")] == [Fraction("66.5"), Fraction("68.1")]


def test_a_dash_with_a_space_on_one_side_is_a_sign_not_a_span() -> None:
    assert extract("Change +47 -59 +13 -1").of("range") == []
    assert [f.display() for f in extract("15,000 - 30,000 people").of("range")] == [
        "15,000–30,000"
    ]


# --- a clock time glued to the word before it; "upward of" --------------------------------------


def test_a_clock_time_glued_to_a_word_is_read_whole() -> None:
    # Text flattened from a table runs a label into its time: the whole time, never its tail.
    glued = extract("Kickoff19:45:00 (local) Final whistle21:40:12")
    assert [f.value for f in glued.of("time")] == [(19, 45, 0, True), (21, 40, 12, True)]
    assert differences("Kickoff: 19:45:00 local.", "Kickoff19:45:00 (local)") == []
    assert differences("Kickoff: 19:45:30 local.", "Kickoff19:45:00 (local)") != []
    # A number glued to a word is still no time without its colon ("A320", "Route A3 at 5pm").
    times = [f.value for f in extract("The A320 left Route A3 at 5pm").of("time")]
    assert times == [(17, 0, None, True)]


def test_upward_of_is_more_than() -> None:
    passage = "Officials estimated upward of 85,000 fans came."
    assert differences("More than 85,000 fans came.", passage) == []
    assert Difference("comparator", "fewer than 85,000", "more than 85,000") in differences(
        "Fewer than 85,000 fans came.", passage
    )


def test_minutes_and_seconds_abbreviated_compare_with_those_spelled_out() -> None:
    passage = "The fastest lap took 3 minutes and 13 seconds."
    assert differences("Fastest lap: 3 min 13 s.", passage) == []
    diffs = differences("Fastest lap: 3 min 18 s.", passage)
    assert any(d.kind == "number" for d in diffs), diffs


def test_a_number_hyphen_frequency_counts_the_span() -> None:
    # "six-monthly" is once in six months: six months, as "six-month" is.
    [f] = extract("The six-monthly review was held.").of("number")
    assert (f.value, f.unit) == (6, "month")
    assert differences("a six-monthly review", "a six-month review") == []
    assert Difference("unit", "2 week", "2 month") in differences(
        "the two-weekly review", "the two-month review"
    )
    # Without the hyphen the adjective says how often the thing counted comes.
    assert [f.unit for f in extract("12 monthly payments").of("number")] == ["monthly"]


def test_as_long_as_bounds_a_span_and_conditions_a_count() -> None:
    passage = "The storm lasted for as long as six hours."
    assert differences("The storm lasted for up to six hours.", passage) == []
    assert Difference("comparator", "at least 6 hours", "up to 6 hours") in differences(
        "The storm lasted for at least six hours.", passage
    )
    # "as long as 40 members agree": a condition, no bound on the 40
    [count] = extract("It holds as long as 40 members agree.").of("number")
    assert count.comparator is None


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("lasting 3 minutes and 13 seconds", "3 min 13 s"),
        ("The fastest lap took 3 min 13 s", "3 min 13 s"),
        ("a delay of two and a half hours", "2 h 30 min"),
        ("a delay of 90 minutes", "90"),
        ("a sentence of 9 years and three months", "9.25"),
        ("a 2.5% rise", "2.5"),
    ],
)
def test_a_measure_of_time_with_a_fraction_shows_in_two_units(text: str, shown: str) -> None:
    [f] = extract(text).of("number")
    assert f.display() == shown


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("came down at one minute past midnight", (0, 1, None, True)),
        ("left at ten past six", (6, 10, None, False)),
        ("began at twenty-five minutes to nine in the evening", (20, 35, None, True)),
        ("ended at 10 minutes after noon", (12, 10, None, True)),
    ],
)
def test_minutes_counted_from_an_hour_are_a_time(text: str, value: tuple[object, ...]) -> None:
    assert [f.value for f in extract(text).of("time")] == [value]


@pytest.mark.parametrize("text", ["five to six people came", "two minutes before the end",
                                  "scored 20 minutes after half-time"])
def test_a_count_before_to_or_after_is_no_time(text: str) -> None:
    assert not extract(text).of("time")


def test_a_figure_with_decimals_is_shown_with_its_thousands_and_every_digit() -> None:
    from factbase.analysis.facts.numbers import format_number

    assert format_number(Fraction("2317.6")) == "2,317.6"
    assert format_number(Fraction("1234567.891")) == "1,234,567.891"
    assert format_number(Fraction(2318)) == "2,318"
    assert format_number(Fraction("9.57")) == "9.57"


@pytest.mark.parametrize(
    ("text", "halves"),
    [
        # a noun "half" is glued to, or a half of a match or a year, is no share
        ("The half-time score was 1-0 to Norvia.", []),
        ("Kray won the half-marathon in 59 minutes.", []),
        ("Her half-brother won the race.", []),
        ("Kray made 14 tackles in the first half alone.", []),
        ("Sales rose in the second half of the year.", []),
        # a half of a unit, or of a whole, is one
        ("A half-hour later the polls closed.", [(Fraction(1, 2), "hour")]),
        ("Half of the voters stayed at home.", [(Fraction(1, 2), None)]),
        ("The other half of the team stayed at home.", [(Fraction(1, 2), None)]),
    ],
)
def test_half_as_part_of_a_noun_or_a_period_is_no_share(
    text: str, halves: list[tuple[Fraction, str | None]]
) -> None:
    found = [(f.value, f.unit) for f in extract(text).of("number") if f.value == Fraction(1, 2)]
    assert found == halves


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("The Omnix ship sailed 300 nautical miles.", "The Omnix ship sailed 300 kilometres.",
         "contradicted"),
        ("The Omnix server holds 5 terabytes.", "The Omnix server holds 5 gigabytes.",
         "contradicted"),
        ("The Omnix server holds 5,000 GB.", "The Omnix server holds 5 terabytes.", "ok"),
        ("The comet is 4 light-years away.", "The comet is 4 astronomical units away.",
         "contradicted"),
    ],
)
def test_units_of_sea_distance_data_and_astronomy(claim: str, passage: str, expected: str) -> None:
    diffs = differences(claim, passage)
    if expected == "ok":
        assert not diffs, diffs
    else:
        assert any(d.kind in ("unit", "number") and d.source for d in diffs), diffs


def test_over_after_a_word_of_dispute_is_what_it_is_about() -> None:
    # "sued ... over $40 million of unpaid taxes": the figure disputed, no bound
    sued = extract("Omnix was sued by the Kestria government in March over $40 million of "
                   "unpaid taxes.").of("number")
    assert [(f.value, f.comparator) for f in sued] == [(40_000_000, None)]
    row = extract("The row over 300 job cuts deepened on Monday.").of("number")
    assert [(f.value, f.comparator) for f in row] == [(300, None)]
    # elsewhere "over" bounds the figure
    crowd = extract("Over 300 people attended the protest in Brellin.").of("number")
    assert [(f.value, f.comparator) for f in crowd] == [(300, ">")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("were women (20 million 111 thousand 908).", Fraction(20_111_908), None),
        # the unit as the same figure in plain digits has it ("3.4 million dollars", "$2.35bn")
        ("The fund raised 3 million 400 thousand dollars.", Fraction(3_400_000), "dollars"),
        ("a cost of $2 billion 350 million", Fraction(2_350_000_000), "$"),
    ],
)
def test_digit_groups_with_falling_scales_are_one_figure(
    text: str, value: Fraction, unit: str | None
) -> None:
    numbers = extract(text).of("number")
    assert [(f.value, f.unit) for f in numbers] == [(value, unit)]


def test_digit_groups_with_falling_scales_compare_as_one_figure() -> None:
    passage = "Turnout was 1 million 250 thousand voters."
    assert differences("Turnout was 1,250,000 voters.", passage) == []
    assert differences("Turnout was 1,205,000 voters.", passage) == [
        Difference("number", "1,205,000", "1,250,000")
    ]
    # scales that do not fall are two figures
    assert len(extract("from 2 million 3 million people").of("number")) == 2
