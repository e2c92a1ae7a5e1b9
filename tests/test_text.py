"""Normalisation, its offset map back to the original text, and sentence splitting."""

from __future__ import annotations

import random
import re
from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factbase.analysis.matching import pin
from factbase.analysis.sentences import sentence_spans
from factbase.analysis.text import _ONE_TO_ONE, _one_to_one, norm, normalize, words
from factbase.analysis.verdicts import analyse

CORPUS_DIR = Path(__file__).resolve().parent.parent / "data" / "rotherham"


@cache
def corpus() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(CORPUS_DIR.glob("*.txt"))}


def sentences_of(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentence_spans(text)]


# --- normalisation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # NFKC compatibility forms
        ("\uff21\uff42\uff43", "abc"),  # full-width letters
        ("\ufb01nal", "final"),  # ligature
        ("x\u00b2", "x2"),
        ("\uff11\uff14\uff10\uff10", "1400"),  # full-width digits
        # quotes, curly and straight, single and double
        ("\u2018conservative\u2019", "'conservative'"),
        ("\u201cblatant\u201d", '"blatant"'),
        ("\u201e low \u201f", '" low "'),
        ("\u00abguillemets\u00bb", '"guillemets"'),
        ("Jay\u2019s report", "jay's report"),
        ("Jay`s report", "jay's report"),
        ("Jay\u00b4s report", "jay's report"),
        # every dash
        ("1997\u20132013", "1997-2013"),  # en dash
        ("a \u2014 b", "a - b"),  # em dash
        ("a\u2010b", "a-b"),  # hyphen
        ("a\u2011b", "a-b"),  # non-breaking hyphen
        ("a\u2012b", "a-b"),  # figure dash
        ("a\u2015b", "a-b"),  # horizontal bar
        ("a\u2212b", "a-b"),  # minus sign
        ("a\ufe58b", "a-b"),
        ("a\ufe63b", "a-b"),
        ("a\uff0db", "a-b"),
        # ellipsis, soft hyphen, zero-width characters
        ("and so\u2026", "and so..."),
        ("co\u00adoperate", "cooperate"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        # white space of every kind, line breaks included, collapses to one space
        ("a  b", "a b"),
        ("a\tb", "a b"),
        ("a\nb", "a b"),
        ("a\r\nb", "a b"),
        ("a\n\n\n b", "a b"),
        ("a\u00a0b", "a b"),  # no-break space
        ("a\u2009b", "a b"),  # thin space
        ("a\u3000b", "a b"),  # ideographic space
        ("  leading and trailing \n", "leading and trailing"),
        ("", ""),
        (" \n\t ", ""),
        # case
        ("ROTHERHAM Council", "rotherham council"),
        # thousands separators go; decimal commas and odd groupings stay
        ("1,400 children", "1400 children"),
        ("1,400,000", "1400000"),
        ("\u00a3430,000", "\u00a3430000"),
        ("1,40", "1,40"),
        ("3,4", "3,4"),
        ("12,3456", "12,3456"),
        ("children, 1997", "children, 1997"),
        ("in 2002, 2003 and 2006", "in 2002, 2003 and 2006"),
        ("1,400.5", "1400.5"),
        # drop capitals set on their own line
        ("T\n\n\nhe publication", "the publication"),
        ("T\nhe publication", "the publication"),
        ("motion.\n\n\nT\n\n\nhe publication", "motion. the publication"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected
    assert norm(raw) == expected


def test_normalize_keeps_case_and_separators_when_asked() -> None:
    n = normalize("At least 1,400 Children", casefold=False, drop_thousands=False)
    assert n.text == "At least 1,400 Children"


def test_nfkc_canonical_equivalents_normalise_alike() -> None:
    # "café" typed with a precomposed é and with e + combining acute accent.
    assert norm("caf\u00e9") == norm("cafe\u0301")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("\u2018collective failures\u2019", "'collective failures'"),
        ("1997\u20132013", "1997-2013"),
        ("at least\n\n\n1,400 children", "At least 1400 children"),
        ("Pakistani\u2010heritage", "Pakistani-heritage"),
        ("T\n\n\nhe publication of the Jay Report", "The publication of the Jay Report"),
    ],
)
def test_notation_variants_normalise_alike(a: str, b: str) -> None:
    assert norm(a) == norm(b)


# --- offset map ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "needle", "real"),
    [
        ("They said at least 1,400 children.", "1400 children", "1,400 children"),
        (
            "at a \u2018conservative\u2019 estimate",
            "'conservative' estimate",
            "\u2018conservative\u2019 estimate",
        ),
        ("between 1997\u20132013, it", "1997-2013", "1997\u20132013"),
        ("at least\n\n\n1,400 children", "at least 1400", "at least\n\n\n1,400"),
        ("x\n\nT\n\n\nhe publication of", "the publication", "T\n\n\nhe publication"),
        ("The \uff32\uff2d\uff22\uff23 said", "rmbc", "\uff32\uff2d\uff22\uff23"),
        ("the \ufb01nal report", "final report", "\ufb01nal report"),
        ("  \n Rotherham  MBC failed", "rotherham mbc", "Rotherham  MBC"),
        ("\u00a3430,000,000 funded", "430000000", "430,000,000"),
    ],
)
def test_to_original_maps_a_match_back_to_the_real_text(
    original: str, needle: str, real: str
) -> None:
    n = normalize(original)
    pos = n.text.find(needle)
    assert pos >= 0, n.text
    start, end = n.to_original(pos, pos + len(needle))
    assert original[start:end] == real


def test_to_original_of_an_empty_span_and_out_of_range_spans() -> None:
    original = "  one  two"
    n = normalize(original)
    assert n.text == "one two"
    assert n.to_original(0, 0) == (2, 2)
    assert n.to_original(len(n.text), len(n.text)) == (len(original), len(original))
    assert n.to_original(-5, 100) == (2, len(original))
    assert n.to_original(4, 2) == (n.offsets[4], n.offsets[4])


def test_from_original_is_the_inverse_at_character_starts() -> None:
    original = "Rotherham \u2013 the report: 1,400 children"
    n = normalize(original)
    for i, o in enumerate(n.offsets[:-1]):
        assert n.from_original(o) <= i
        assert n.offsets[n.from_original(o)] == o


def test_offsets_cover_every_character_and_end_at_the_length() -> None:
    original = "\u201cAt least\n\n1,400\u201d children \u2014 1997\u20132013."
    n = normalize(original)
    assert len(n.offsets) == len(n.text) + 1
    assert n.offsets[-1] == len(original)
    assert list(n.offsets) == sorted(n.offsets)


# --- sentences -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two.", ["One.", "Two."]),
        ("What? Yes! No.", ["What?", "Yes!", "No."]),
        # abbreviations and titles
        ("Prof. Jay said it. Then she left.", ["Prof. Jay said it.", "Then she left."]),
        (
            "Dr. Heal wrote a report. It was ignored.",
            ["Dr. Heal wrote a report.", "It was ignored."],
        ),
        ("Mr. Stone resigned. Ms. Jay spoke.", ["Mr. Stone resigned.", "Ms. Jay spoke."]),
        ("Cllr. Stone resigned. He left.", ["Cllr. Stone resigned.", "He left."]),
        (
            "He lives at No. 10 Downing Street. It is big.",
            ["He lives at No. 10 Downing Street.", "It is big."],
        ),
        ("See e.g. Rotherham. Next.", ["See e.g. Rotherham.", "Next."]),
        # initials
        ("Alexis J. Smith said so. It was done.", ["Alexis J. Smith said so.", "It was done."]),
        ("J. K. Rowling wrote it. Next sentence.", ["J. K. Rowling wrote it.", "Next sentence."]),
        ("J.K. Rowling wrote it. Next sentence.", ["J.K. Rowling wrote it.", "Next sentence."]),
        ("Report by A. Jay. Next sentence.", ["Report by A. Jay.", "Next sentence."]),
        # decimals and figures
        ("The rate was 3.5 per cent. It rose.", ["The rate was 3.5 per cent.", "It rose."]),
        ("It cost \u00a34.5m. Then it rose.", ["It cost \u00a34.5m.", "Then it rose."]),
        ("Section 3.2 of the report. Next.", ["Section 3.2 of the report.", "Next."]),
        ("He was 17.\n12 men were jailed.", ["He was 17.", "12 men were jailed."]),
        (
            "It ended.\n\n1,400 children were exploited.",
            ["It ended.", "1,400 children were exploited."],
        ),
        # quotes after the full stop stay with their sentence
        ('He said "it is over." Then he left.', ['He said "it is over."', "Then he left."]),
        (
            "He said \u2018it is over.\u2019 Then he left.",
            ["He said \u2018it is over.\u2019", "Then he left."],
        ),
        (
            "He asked, \u201cWhy?\u201d She did not answer.",
            ["He asked, \u201cWhy?\u201d", "She did not answer."],
        ),
        ("It was (he said.) True.", ["It was (he said.)", "True."]),
        ("Done. \u201cWe know,\u201d he said.", ["Done.", "\u201cWe know,\u201d he said."]),
        # a full stop not followed by a sentence start
        ("The figure was 1.5 million. it rose.", ["The figure was 1.5 million. it rose."]),
        # line breaks inside a sentence
        (
            "The publication of the report\nwhich highlighted abuse was late. Next.",
            ["The publication of the report\nwhich highlighted abuse was late.", "Next."],
        ),
        (
            "The report (published\nin August) was damning. It was.",
            ["The report (published\nin August) was damning.", "It was."],
        ),
        # blank lines followed by lower case or digits continue the sentence
        ("The report was\n\n\npublished today.", ["The report was\n\n\npublished today."]),
        (
            "at least\n\n\n1,400 children were exploited.",
            ["at least\n\n\n1,400 children were exploited."],
        ),
        ("In summary:\n\nthe council failed.", ["In summary:\n\nthe council failed."]),
        (
            "cases involving\n\n\nchild sexual\n\n\nexploitation (CSE). Her report.",
            ["cases involving\n\n\nchild sexual\n\n\nexploitation (CSE).", "Her report."],
        ),
        # headings split off
        (
            "Resignations\n\n\nJay added that it was blatant.",
            ["Resignations", "Jay added that it was blatant."],
        ),
        (
            "Resignations\nJay added that it was blatant.",
            ["Resignations", "Jay added that it was blatant."],
        ),
        (
            "Heading here\n\nThe body starts. More text.",
            ["Heading here", "The body starts.", "More text."],
        ),
        (
            "Inquiries\n\n\n\u201cWe know,\u201d he said.",
            ["Inquiries", "\u201cWe know,\u201d he said."],
        ),
        (
            "exploitation (CSE). Failings\n\n\nHer report highlighted it.",
            ["exploitation (CSE).", "Failings", "Her report highlighted it."],
        ),
        # a line ending mid-clause is not a heading
        (
            "A long line that ends with a comma and goes on for a good while, really,\n"
            "Then continues.",
            [
                "A long line that ends with a comma and goes on for a good while, really,\n"
                "Then continues."
            ],
        ),
        # a drop capital stays with its sentence
        (
            "Motion.\n\n\nT\n\n\nhe publication of the report. Next.",
            ["Motion.", "T\n\n\nhe publication of the report.", "Next."],
        ),
        # each row of a table is a sentence
        (
            "Most caps\n\n26 - Ana Ruiz, Spain (2006-22)\n\n25 - Fenna Holm, Norway (1982-98)",
            ["Most caps", "26 - Ana Ruiz, Spain (2006-22)", "25 - Fenna Holm, Norway (1982-98)"],
        ),
        # a footnote number glued to the full stop ends the sentence it belongs to
        (
            "It caused 26 deaths.2 Hurricane Ida (2021) caused 91 deaths.3,4 Both were rated.",
            [
                "It caused 26 deaths.2",
                "Hurricane Ida (2021) caused 91 deaths.3,4",
                "Both were rated.",
            ],
        ),
        # ... but a decimal, an abbreviation's number or a number in lower case text is no note
        ("Growth was 3.2 Percent higher.", ["Growth was 3.2 Percent higher."]),
        ("See p.12 Table 3 for it.", ["See p.12 Table 3 for it."]),
        ("Version.2 is out. Next.", ["Version.2 is out.", "Next."]),
        # an abbreviation that can end a sentence ends it before a word that starts sentences
        (
            "It left at 8:38 a.m. The crew lost contact at 8:44 a.m. It fell.",
            ["It left at 8:38 a.m.", "The crew lost contact at 8:44 a.m.", "It fell."],
        ),
        (
            "It is run by Kestria Electric Power Co. The reactor blew.",
            ["It is run by Kestria Electric Power Co.", "The reactor blew."],
        ),
        ("He moved to the U.S. In 2004 he left.", ["He moved to the U.S.", "In 2004 he left."]),
        # ... but not before a time zone, a weekday, a month or a name
        ("It began at 8 a.m. EST and ended.", ["It began at 8 a.m. EST and ended."]),
        ("It opens at 9 a.m. Monday for all.", ["It opens at 9 a.m. Monday for all."]),
        ("It closed at 5 p.m. June 3 this year.", ["It closed at 5 p.m. June 3 this year."]),
        ("Acme Inc. Chief Una Lee spoke.", ["Acme Inc. Chief Una Lee spoke."]),
        ("The U.S. Army came. Mr. The Vantor.", ["The U.S. Army came.", "Mr. The Vantor."]),
        # letters run on from a figure are its unit, suffix or code: no initial, no abbreviation
        ("It left gate 12C. Vela flew on.", ["It left gate 12C.", "Vela flew on."]),
        ("Sales hit $48.6M. Omnix grew.", ["Sales hit $48.6M.", "Omnix grew."]),
        ("Water boils at 100 °C. Oil is hotter.", ["Water boils at 100 °C.", "Oil is hotter."]),
        ("Lund came 41st. Brask won.", ["Lund came 41st.", "Brask won."]),
        ("Lund lives at 41 Rd. Brask St. too.", ["Lund lives at 41 Rd. Brask St. too."]),
        ("It opened at 9a.m. Monday was calm.", ["It opened at 9a.m. Monday was calm."]),
        # a time zone in capitals ends its sentence; "est." in small letters is an abbreviation
        ("Polls shut at 9 p.m. EST. Counting began.",
         ["Polls shut at 9 p.m. EST.", "Counting began."]),
        ("Vela Mill (est. 1921) is old.", ["Vela Mill (est. 1921) is old."]),
        # a full stop glued to the next sentence ends it
        ("He died.The next day it rained.", ["He died.", "The next day it rained."]),
        ("It paid $44 Billion.Omnix took it.", ["It paid $44 Billion.", "Omnix took it."]),
        ("Said KTV.Then it rained.", ["Said KTV.", "Then it rained."]),
        ("It went private. .Omnix agreed.", ["It went private. .", "Omnix agreed."]),
        ("It closed on May 1. .KTV said so.", ["It closed on May 1. .", "KTV said so."]),
        ("He died.KTV News said so.", ["He died.", "KTV News said so."]),
        ("Ask Mr.Smith or St.Louis now.", ["Ask Mr.Smith or St.Louis now."]),
        # ... but not after initials, "e.g.", in a domain name or a decimal
        ("It is in the U.S.The city grew.", ["It is in the U.S.The city grew."]),
        ("It is in the U.S.KTV grew.", ["It is in the U.S.KTV grew."]),
        ("Tools, e.g.The hammer.", ["Tools, e.g.The hammer."]),
        ("See example.com for it.", ["See example.com for it."]),
        ("It rose 3.5Percent.", ["It rose 3.5Percent."]),
        # a bracket opening a broken line goes on with the sentence; a blank line still ends it
        (
            "It works with the Kestria Health Institute\n(KHI), part of Omnix.",
            ["It works with the Kestria Health Institute\n(KHI), part of Omnix."],
        ),
        ("Results\n\n(Updated) The count rose.", ["Results", "(Updated) The count rose."]),
        # ... and a caption in brackets on its own line stands apart from the byline above it
        (
            "By Una Kray on March 2, 2017\n(Photo: Lenz, Ortiz)\nKESTRIA - The board met.",
            ["By Una Kray on March 2, 2017", "(Photo: Lenz, Ortiz)", "KESTRIA - The board met."],
        ),
        # white space around sentences is trimmed
        ("   One.   \n\n  Two.  ", ["One.", "Two."]),
        ("", []),
        ("  \n ", []),
    ],
)
def test_sentence_spans(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


def test_sentence_spans_point_into_the_text_in_order() -> None:
    for text in corpus().values():
        spans = sentence_spans(text)
        assert spans
        prev_end = 0
        for s in spans:
            assert prev_end <= s.start < s.end <= len(text)
            assert not text[s.start].isspace() and not text[s.end - 1].isspace()
            prev_end = s.end


def test_sentence_spans_on_the_broken_magazine_page() -> None:
    name = next(n for n in corpus() if n.startswith("002_"))
    sentences = sentences_of(corpus()[name])
    joined = next(s for s in sentences if "1,400 children" in s)
    assert joined.startswith("T\n\n\nhe publication of the Jay Report")
    assert "at least\n\n\n1,400 children were sexually exploited in Rotherham" in joined
    assert joined.endswith("further inquiries.")
    assert "Resignations" in sentences
    assert "Inquiries" in sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 1400 children", ["at", "least", "1400", "children"]),
        ("rate of 3.5 per cent.", ["rate", "of", "3.5", "per", "cent"]),
        ("jay's report, 1997-2013", ["jay's", "report", "1997", "2013"]),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


# --- properties ------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(text=st.text(), data=st.data())
def test_every_normalised_position_maps_into_the_original(text: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(text)), label="start")
    j = data.draw(st.integers(i, len(text)), label="end")
    for original in (text, text[i:j]):
        n = normalize(original)
        assert len(n.offsets) == len(n.text) + 1
        assert n.offsets[-1] == len(original)
        assert all(0 <= o < len(original) for o in n.offsets[:-1])
        assert all(a <= b for a, b in pairwise(n.offsets))
        s = data.draw(st.integers(0, len(n.text)), label="norm start")
        e = data.draw(st.integers(s, len(n.text)), label="norm end")
        os_, oe = n.to_original(s, e)
        assert 0 <= os_ <= oe <= len(original)


@cache
def corpus_sentences() -> list[tuple[str, int, int]]:
    """(file name, start, end) of every corpus sentence with a few words in it."""
    out = []
    for name, text in corpus().items():
        for s in sentence_spans(text):
            if len(text[s.start : s.end].split()) >= 3:
                out.append((name, s.start, s.end))
    return out


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_an_exact_substring_is_always_pinned(data: st.DataObject) -> None:
    name, s_start, s_end = data.draw(st.sampled_from(corpus_sentences()), label="sentence")
    text = corpus()[name]
    # A quote as a user copies it: whole words of the sentence, as written.
    tokens = [
        (s_start + m.start(), s_start + m.end()) for m in re.finditer(r"\S+", text[s_start:s_end])
    ]
    i = data.draw(st.integers(0, len(tokens) - 1), label="first word")
    # Short quotes are the likeliest to occur elsewhere too; draw them often.
    extra = data.draw(st.one_of(st.integers(0, 2), st.integers(0, len(tokens))), label="length")
    j = min(i + extra, len(tokens) - 1)
    q_start, q_end = tokens[i][0], tokens[j][1]
    quote = text[q_start:q_end]
    loc = pin(quote, text)
    assert loc is not None, quote
    assert normalize(text[loc.start : loc.end]).text == norm(quote)
    full = normalize(text).text
    if full.count(norm(quote)) == 1 and text.count(quote) == 1:
        assert (loc.start, loc.end) == (q_start, q_end)
    # Whole words are found as whole words, not inside longer ones ("men" in "women", "14" in
    # "1,400"). A fragment of a drop capital ("T" or "he" of "T\n\nhe") is a word only in part.
    after_drop_cap = re.search(r"(?:^|\n)[ \t]*[A-Z]\s*\n\s*$", text[:q_start]) is not None
    ends_in_letter = re.search(r"(?:^|\s)[A-Z]$", quote) is not None
    if quote[0].isalnum() and not after_drop_cap:
        assert loc.start == 0 or not text[loc.start - 1].isalnum(), (quote, loc)
    if quote[-1].isalnum() and not ends_in_letter:
        assert loc.end == len(text) or not text[loc.end].isalnum(), (quote, loc)


# Formatting noise: what differs between two copies of the same words.
_SPACES = [" ", "  ", "\n", " \n", "\n\n", "\n\n\n", "\t", "\u00a0"]
_SWAPS = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "'": "\u2019",
    '"': "\u201d",
    "\u2013": "-",
    "-": "\u2013",
}


def _add_separators(digits: str) -> str:
    out = ""
    while len(digits) > 3:
        out = "," + digits[-3:] + out
        digits = digits[:-3]
    return digits + out


def _is_year(value: int) -> bool:
    return 1800 <= value <= 2099


def add_noise(claim: str, rng: random.Random) -> str:
    out: list[str] = []
    for ch in claim:
        if ch == " " and rng.random() < 0.3:
            out.append(rng.choice(_SPACES))
        elif ch in _SWAPS and rng.random() < 0.5:
            out.append(_SWAPS[ch])
        else:
            out.append(ch)
    noisy = "".join(out)

    def numbers(m: re.Match[str]) -> str:
        raw = m.group(0)
        bare = raw.replace(",", "")
        if _is_year(int(bare)) or rng.random() < 0.5:
            return raw
        return bare if "," in raw else _add_separators(bare)

    return re.sub(
        r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.,]\d)|(?<![\d.,])\d{4,}(?![\d.,]\d)", numbers, noisy
    )


@pytest.mark.parametrize(
    ("claim", "seed"),
    [("At least 1,400 \u2018local\u2019 children \u2013 1997-2013", s) for s in range(5)],
)
def test_add_noise_changes_notation_only(claim: str, seed: int) -> None:
    noisy = add_noise(claim, random.Random(seed))
    assert norm(noisy) == norm(claim)


@cache
def supported_sentences() -> list[tuple[str, str]]:
    """(file name, sentence) for corpus sentences the checker finds ok as verbatim claims."""
    out = []
    for name, text in corpus().items():
        for sentence in sentences_of(text):
            if len(sentence.split()) < 6:
                continue
            if analyse(sentence, text).status == "ok":
                out.append((name, sentence))
    return out


def test_every_verbatim_sentence_is_ok() -> None:
    candidates = [
        (name, s)
        for name, text in corpus().items()
        for s in sentences_of(text)
        if len(s.split()) >= 6
    ]
    assert len(candidates) > 100
    assert supported_sentences() == candidates


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), seed=st.integers(0, 2**32 - 1))
def test_formatting_noise_never_contradicts_a_verbatim_claim(
    data: st.DataObject, seed: int
) -> None:
    name, sentence = data.draw(st.sampled_from(supported_sentences()), label="sentence")
    noisy = add_noise(sentence, random.Random(seed))
    result = analyse(noisy, corpus()[name])
    assert result.status != "contradicted", (noisy, result.differences)


@given(st.text(alphabet=st.sampled_from(
    "ab Z1,.\n\t\u00a0\u2019\u201c\u201d\u2013\u2014\u2009\u3000\u00e9\u0301x"
)) | st.text())  # fmt: skip
def test_the_one_to_one_fold_changes_exactly_what_translate_would(text: str) -> None:
    assert _one_to_one(text) == text.translate(_ONE_TO_ONE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It ended in May 2008.[41] Then it fell.", "It ended in May 2008. Then it fell."),
        ("It grew[3][4] and fell [citation needed].", "It grew and fell."),
        ("the [50] cases", "the [50] cases"),  # a number in brackets, no mark
    ],
)
def test_reference_marks_are_left_out_and_offsets_still_point_into_the_text(
    text: str, expected: str
) -> None:
    n = normalize(text, casefold=False, drop_thousands=False)
    assert n.text == expected
    for i, ch in enumerate(n.text):
        start, end = n.to_original(i, i + 1)
        assert text[start:end] == ch
