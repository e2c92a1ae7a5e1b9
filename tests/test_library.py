"""The library: a claim checked against the excerpt around a sentence, once per distinct excerpt."""

from __future__ import annotations

import pytest

from factbase.analysis.statements import Unit, make_unit
from factbase.checking import CheckResult
from factbase.library import EXCERPT_CHARS, Library, LibrarySource

CLAIM = "Jay's inquiry found that 1,400 children were abused."
STORY = (
    "The report was published on Tuesday. My inquiry found that 1,400 children were abused. "
    "The council apologised."
)
SENTENCE = "My inquiry found that 1,400 children were abused."
# Ahead of the story: the same lines within an excerpt's reach, and before them lines that
# differ, so that only the offsets of the copies' excerpts differ.
NEAR = "Markets were calm and trading was thin all day.\n" * (EXCERPT_CHARS // 20)
SHORT_LEAD = "Elsewhere the weather was mild.\n" + NEAR
LONG_LEAD = "In sport the home side lost again.\n" * 5 + NEAR


def source(sid: str, lead: str, **meta: str | None) -> LibrarySource:
    return LibrarySource(sid, lead + STORY, 1, meta.pop("published", "2024-03-05"), **meta)


def unit_of(s: LibrarySource) -> Unit:
    start = s.text.index(SENTENCE)
    return make_unit(0, s.id, SENTENCE, start, start + len(SENTENCE), None)


def alone(s: LibrarySource) -> CheckResult:
    """The check of the claim against ``s`` in a library of its own: nothing to share."""
    return Library([s]).check_near(CLAIM, unit_of(s))


def test_a_copy_with_the_same_excerpt_and_metadata_shares_the_check(checks: list[str]) -> None:
    a = source("a", SHORT_LEAD, author="Alexis Jay")
    b = source("b", LONG_LEAD, author="Alexis Jay")
    lib = Library([a, b])
    first, copy = lib.check_near(CLAIM, unit_of(a)), lib.check_near(CLAIM, unit_of(b))
    assert checks == ["a"]
    expected = alone(b)
    assert copy == expected
    assert copy.source == "b" and copy.start == b.text.index(SENTENCE) != first.start
    assert copy.passage == b.text[copy.start:copy.end]  # type: ignore[index]
    assert copy.differences is not first.differences


@pytest.mark.parametrize(
    "changed",
    [{"author": "Sam Smith"}, {"title": "Alexis Jay reports"}, {"publisher": "The Herald"},
     {"url": "https://example.org/jay"}, {"published": "2019-01-01"}],
)  # fmt: skip
def test_a_copy_that_says_otherwise_of_itself_is_checked_on_its_own(
    checks: list[str], changed: dict[str, str]
) -> None:
    a = source("a", SHORT_LEAD, author="Alexis Jay")
    b = source("b", LONG_LEAD, **{"author": "Alexis Jay", **changed})
    lib = Library([a, b])
    lib.check_near(CLAIM, unit_of(a))
    assert lib.check_near(CLAIM, unit_of(b)) == alone(b)
    assert checks[:2] == ["a", "b"]


def test_copies_under_other_outlets_share_the_check_of_their_excerpt(checks: list[str]) -> None:
    """What the two say of themselves has no word of the claim in it: the check reads none of
    it, and one check of the excerpt they share stands for both."""
    claim = "The inquiry found that 1,400 children were abused."
    a = source("a", SHORT_LEAD, publisher="The Kestria Herald", url="https://a.example/story")
    b = source("b", LONG_LEAD, publisher="Varnak Daily", author="Tom Lund",
               url="https://b.example/news/4417")  # fmt: skip
    lib = Library([a, b])
    first, copy = lib.check_near(claim, unit_of(a)), lib.check_near(claim, unit_of(b))
    assert checks == ["a"]
    assert copy == Library([b]).check_near(claim, unit_of(b))
    assert copy.source == "b" and copy.start == b.text.index(SENTENCE) != first.start


def test_a_two_letter_name_the_claim_is_attributed_to_keeps_its_copy_apart() -> None:
    """ "According to the UN": the outlet "UN News" answers for it, another outlet does not,
    though the two give the same sentence."""
    sentence = "In the flood 40 people died, officials said."
    claim = "According to the UN, 40 people died in the flood."
    a = LibrarySource("a", "Weather was calm. " + sentence, 1, "2024-03-05", publisher="UN News")
    b = LibrarySource("b", "Weather was calm. " + sentence, 1, "2024-03-05",
                      publisher="Daily Post")  # fmt: skip

    def unit(s: LibrarySource) -> Unit:
        start = s.text.index(sentence)
        return make_unit(0, s.id, sentence, start, start + len(sentence), None)

    lib = Library([a, b])
    assert lib.check_near(claim, unit(a)).status == "ok"
    assert lib.check_near(claim, unit(b)) == Library([b]).check_near(claim, unit(b))
    assert lib.check_near(claim, unit(b)).status != "ok"


def test_the_metadata_of_a_copy_can_change_its_verdict() -> None:
    """What makes sharing across other metadata wrong: the byline decides "Jay's inquiry"."""
    a = source("a", SHORT_LEAD, author="Alexis Jay")
    b = source("b", LONG_LEAD, author="Sam Smith")
    lib = Library([a, b])
    assert lib.check_near(CLAIM, unit_of(a)).status == "ok"
    assert lib.check_near(CLAIM, unit_of(b)).status != "ok"


def test_a_copy_with_another_excerpt_is_checked_on_its_own(checks: list[str]) -> None:
    a = source("a", SHORT_LEAD, author="Alexis Jay")
    b = LibrarySource("b", LONG_LEAD + STORY.replace("Tuesday", "Monday"), 1, "2024-03-05",
                      author="Alexis Jay")  # fmt: skip
    lib = Library([a, b])
    lib.check_near(CLAIM, unit_of(a))
    assert lib.check_near(CLAIM, unit_of(b)) == alone(b)
    assert checks[:2] == ["a", "b"]


@pytest.mark.parametrize(
    ("b_meta", "alike"),
    [
        ({"author": "Yoon Lee"}, True),  # the same metadata
        ({"author": "Sam Smith", "publisher": "The Herald"}, True),  # nothing of the claim's
        ({"author": "Alexis Jay"}, False),  # b's byline says "Jay"
        ({"author": "Yoon Lee", "title": "The Jays of Lund"}, False),  # "Jay", another form
        # "inquiry" is no name: a title that says it cannot change the verdict
        ({"author": "Yoon Lee", "title": "Inquiries into abuse"}, True),
    ],
)
def test_copies_read_alike_unless_their_metadata_says_a_word_the_sentence_lacks(
    b_meta: dict[str, str], alike: bool
) -> None:
    """``Jay's`` and ``inquiry`` are not in the sentence: a byline or title that says the name
    can change the verdict (see above); one that says the common noun, or says neither, cannot."""
    claim = "Jay's inquiry found that 1,400 children were abused."
    sentence = "The report found that 1,400 children were abused."
    story = STORY.replace("My inquiry", "The report")
    a = LibrarySource("a", SHORT_LEAD + story, 1, "2024-03-05", author="Yoon Lee")
    b = LibrarySource("b", LONG_LEAD + story, 1, "2024-03-05", **b_meta)
    ua, ub = (
        make_unit(0, s.id, sentence, s.text.index(sentence),
                  s.text.index(sentence) + len(sentence), None)
        for s in (a, b)
    )  # fmt: skip
    assert Library([a, b]).same_reading(claim, ua, ub) is alike
    if alike:  # and so they do
        assert Library([a]).check_near(claim, ua).status == (
            Library([b]).check_near(claim, ub).status
        )


# Curly and straight quotes, odd spacing and a capital that lower case turns into two characters.
QUOTED = (
    "The mayor said \u201cwe  will  rebuild\u201d and\tadded \u2018soon\u2019.\n"
    "\u0130stanbul's \"port\" reopened:   it\u2019s \u201cbusy\u201d again."
)


def test_squash_straightens_quotes_lowers_case_and_joins_white_space() -> None:
    from factbase.library import squash

    translated = QUOTED.translate(
        str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})
    )
    assert squash(QUOTED) == " ".join(translated.lower().split())
    assert squash(QUOTED).startswith('the mayor said "we will rebuild" and added \'soon\'.')


@pytest.mark.parametrize(
    "quote", ["we will rebuild", "We Will Rebuild", "it's \u201cbusy\u201d", "port", "rebuilt"]
)
def test_a_quote_is_found_as_in_the_fully_prepared_source(quote: str) -> None:
    from factbase.analysis.matching import pin, prepare

    library = Library([LibrarySource("q", QUOTED, 1, None)])
    assert library.find_quote(quote, "q") == pin(quote, prepare(QUOTED))


def test_the_excerpt_keeps_a_long_sentence_before_that_names_the_subject() -> None:
    """``check`` reads the sentence before a passage, where "it" is named; an excerpt must keep
    it whole however long, or the claim found in the whole source is not found on the excerpt."""
    before = (
        "Last spring the Varnak inquiry, which had heard from "
        + ", ".join(f"witness number {n} of the northern district" for n in range(1, 16))
        + ", reported to the council on a Tuesday."
    )
    assert len(before) > EXCERPT_CHARS
    sentence = "It found that 1,400 children were abused."
    text = "The council met.\n" + before + " " + sentence + " The council apologised."
    s = LibrarySource("a", text, 1, "2024-03-05")
    start = text.index(sentence)
    unit = make_unit(0, "a", sentence, start, start + len(sentence), None)
    lib = Library([s])
    claim = "The Varnak inquiry found that 1,400 children were abused."
    assert lib.check_whole(claim, "a").status == "ok"
    assert lib.check_near(claim, unit).status == "ok"
    # ... and the sentence before does not make a changed fact agree
    assert lib.check_near(claim.replace("1,400", "1,600"), unit).status == "contradicted"
