"""What a number measures: the thing it counts, read from the words beside it.

"2,417 deaths", "a death toll of 2,417", "the toll stood at 2,417" and "2,417 people were
killed" all measure deaths; "210 homes" and "230 houses" measure one thing in two words; "149
passengers" and "17 minutes" do not. A quantity is a set of concepts (word stems, their synonym
groups and their WordNet synsets); two quantities are the same when their concepts meet. Pure.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache

from factbase.analysis import lexicon
from factbase.analysis.facts import Fact
from factbase.analysis.facts.comparators import COMP_RE
from factbase.analysis.facts.numbers import SCALES, SUFFIX_SCALES
from factbase.analysis.facts.units import unit_name
from factbase.analysis.text import COMPOUND_HYPHEN, STOPWORDS
from factbase.analysis.wording import is_light, stem, synonyms

# Content words read after a number ("172 passengers and eight crew": passengers, crew), and
# before it when joined by a word that introduces a value ("a death toll of 2,417").
AFTER_WORDS = 2
BEFORE_WORDS = 2
# Labels whose numbers rank on one scale ("a Category 4 hurricane" vs "Category 3"): two of
# them can disagree. Other labelled numbers name things ("Flight 418", "Omnix 740"): two
# different ones are two different things, never a disagreement.
RATING_LABELS = frozenset({"#category", "#level", "#grade", "#stage", "#class", "#tier"})

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Where the words about a number end: punctuation, a clause joint, another number.
_STOP_AFTER = re.compile(r"[,;:.!?()\[\]\"“”]|\s[-–—]\s|\d|\b(?:and|or|but|which|who|that)\b")
# A word of scale right after a figure ("25 billion"), and the words that join two phrases.
_SCALE_WORD = re.compile(
    rf"^\s*-?\s*(?:{'|'.join(sorted({*SCALES, *SUFFIX_SCALES}, key=len, reverse=True))})\b",
    re.I,
)
_CONJUNCTION = re.compile(r"\b(?:and|or|but|while|whilst|whereas|plus|as well as)\b", re.I)
_PREPOSITIONS = frozenset("from in on for among across within after during".split())
# Words between a number and the noun before it that introduce a value.
_INTRODUCERS = frozenset(
    """of at was is were are be been stood reached hit totalled totaled totalling numbered
    put as to from by estimated rose fell climbed dropped reaching""".split()
)
# Words of a comparator before a number ("at least", "as young as", "about"): not what it
# measures. The comparators are the ones the facts are read with.
_SPACED = COMP_RE.replace(r"\ ", " ").replace(" ", r"\s+")
_COMPARATIVE = re.compile(rf"(?:\b(?:{_SPACED})\s*)+$", re.I)
_NOT_QUANTITY = frozenset(
    """per cent percent per each total some about around nearly almost least more than over
    under up down just only roughly approximately estimated additional another further other
    new first last""".split()
)


# "over the last five years", "in the past 24 hours": a span that frames a statement from the day
# it was made, not a value it reports; two speakers frame theirs differently.
_FRAME = re.compile(
    r"\b(?:last|past|next|previous|coming|recent)\s+$", re.I
)
_TIME_UNITS = frozenset(
    "seconds minutes hours days weeks months years decades centuries".split()
)


# "in the 14 months between August 2010 and October 2011": the length of a period the sentence
# dates anyway; the statement is what happened in it.
# "five months ago", "two hours into the hearing": counted from the day of writing or from the
# start of an event, a span places the statement in time; it is not what the statement reports.
_PERIOD_AFTER = re.compile(
    r"\s+[a-z]+\s+(?:between|from|since|until|starting|ending|ago|into)\b", re.I
)


def is_frame(text: str, f: Fact) -> bool:
    """Is the number a span that frames its statement: counted back or forward from the day of
    speaking, the length of a period the sentence dates, or one unit of time said loosely ("a
    minute later": 97 seconds may be told so)?"""
    if f.kind != "number":
        return False
    if f.text.lower().startswith(("a ", "an ")) and f.comparator is None:
        return True
    if (f.unit or "") not in _TIME_UNITS:
        return False
    return (
        _FRAME.search(text, max(0, f.start - 20), f.start) is not None
        or _PERIOD_AFTER.match(text, f.end) is not None
    )


def is_label(f: Fact) -> bool:
    return (f.unit or "").startswith("#")


def is_rating(f: Fact) -> bool:
    return (f.unit or "") in RATING_LABELS


@lru_cache(maxsize=65536)
def concepts(word: str) -> frozenset[str]:
    """Keys that stand for ``word``: its stem, its synonym group and its first WordNet senses."""
    keys = set(synonyms(word))
    keys.add(stem(word))
    unit = unit_name(word)
    if unit is not None:
        keys.add("u:" + unit)  # "km", "kilometres" and "kilometers" are one unit
    keys.update(f"s{i}" for i in lexicon.synonyms_of(word))
    return frozenset(keys)


def _content(words: list[str]) -> list[str]:
    return [
        w for w in words
        if len(w) > 1 and w not in STOPWORDS and w not in _NOT_QUANTITY and not is_light(w)
    ]


# "48 of the 59 seats": 48 counts seats and 59 is the total they are out of.
_PART_OF = re.compile(
    r"(?:\s+(?:out\s+)?of\s+(?:the\s+)?|-of-)(?:[\d,.]+|[a-z]+-?[a-z]*)\s+(?=[a-z])", re.I
)
_TOTAL_BEFORE = re.compile(r"\d[\d,.]*\s+(?:out\s+)?of\s+(?:the\s+)?$", re.I)
HEAD = "h:"  # prefix of the concepts of a head noun ("toll" in "a death toll of 2,417")


def measured(
    text: str, f: Fact, *, names_after: bool = True
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What the number ``f`` of ``text`` measures: its head nouns, the ones a value is given
    for ("a death toll of 2,417", "a majority of 80 seats"), and its unit words, the ones it
    counts ("2,417 deaths", "80 seats"), in lower case. Without ``names_after``, a name after
    the counted noun is not among them."""
    if is_label(f):
        return (), ((f.unit or "#"),)
    units: list[str] = []
    heads: list[str] = []
    if f.unit and f.unit[0] in "%$£€¥":
        units.append(f.unit)
    elif isinstance(f.value, Fraction) and f.value < 1 and f.text[:1].isalpha():
        units.append("%")  # "a third of cases" is a share, like "34% of cases"
    tail = text[f.end:f.end + 80]
    part = _PART_OF.match(tail)
    if part is not None:
        tail = tail[part.end():]  # "48 of the 59 seats": 48 seats
    stop = _STOP_AFTER.search(tail)
    # "tie-breaks" is "tiebreaks"; names before the noun qualify it ("14 Grand Slam
    # tiebreaks" counts tiebreaks), unless nothing else follows ("20 Grand Slams").
    said = _WORD.findall(COMPOUND_HYPHEN.sub("", tail[: stop.start() if stop else None]))
    named = 0
    while named < len(said) and said[named][:1].isupper():
        named += 1
    counted = said[named:]
    if not names_after:
        # A name after the counted noun says whose or where, not what is counted ("a 9%
        # holding in Omnix" and "a 38% premium to Omnix's price" measure two things).
        counted = [w for k, w in enumerate(counted) if k == 0 or not w[:1].isupper()]
    after = _content([w.lower() for w in counted]) or _content([w.lower() for w in said])
    units.extend(after[:AFTER_WORDS])
    head = text[max(0, f.start - 60):f.start]
    if _TOTAL_BEFORE.search(head):
        heads.append("total")
    cut = max((m.end() for m in re.finditer(r"[,;:.!?()\[\]\"“”]|\d", head)), default=0)
    after_figure = cut > 0 and head[cut - 1].isdigit()
    head = head[cut:]
    if after_figure:
        # Words between two figures up to a conjunction are the first one's ("$25 billion in
        # loans as well as $22 billion in equity": "billion" and "loans" are not what the
        # second measures).
        head = _SCALE_WORD.sub("", head, count=1)
        joined = list(_CONJUNCTION.finditer(head))
        if joined:
            head = head[joined[-1].end():]
    comparative = _COMPARATIVE.search(head)
    if comparative is not None:
        head = head[: comparative.start()]
    before = [w.lower() for w in _WORD.findall(head)]
    # "a death toll of", "the toll stood at": the noun before the words introducing the value.
    k = bare = len(before)
    while k and before[k - 1] in _INTRODUCERS:
        k -= 1
    phrase = before[:k]
    if k < bare and phrase and phrase[-1] == "there":
        phrase = []  # "At present there are 1,210 deaths": "there are" names no head
    if k < bare and phrase and phrase[-1] in _NOT_QUANTITY:
        phrase = []  # "he led a total of 412 laps": "a total of" names no head either
    if k < bare:
        # "the death toll from the flood in the valley stood at": the head is the noun before
        # the first preposition, not the last words before the value.
        cut_at = next(
            (j for j, w in enumerate(phrase) if w in _PREPOSITIONS and _content(phrase[:j])),
            len(phrase),
        )
        phrase = phrase[:cut_at]
    nouns = _content(phrase)[-BEFORE_WORDS:]
    if k < bare:
        heads.extend(nouns)
    elif not after:
        units.extend(nouns)
    return tuple(dict.fromkeys(heads)), tuple(dict.fromkeys(units))


def measured_words(text: str, f: Fact) -> tuple[str, ...]:
    """The words that say what the number ``f`` of ``text`` measures: heads, then units."""
    heads, units = measured(text, f)
    return tuple(dict.fromkeys((*heads, *units)))


def _keys(word: str) -> frozenset[str]:
    return concepts(word) if word[0].isalpha() else frozenset({word})


def quantity(text: str, f: Fact, *, names_after: bool = True) -> frozenset[str]:
    """The concepts of what ``f`` measures (a head's marked with ``HEAD``); empty when the
    words do not say. ``names_after``: see ``measured``."""
    heads, units = measured(text, f, names_after=names_after)
    out: set[str] = set()
    for w in heads:
        out.update(HEAD + k for k in _keys(w))
    for w in units:
        out.update(_keys(w))
    return frozenset(out)


SYMBOLS = frozenset("%$£€¥")


def same_quantity(a: frozenset[str], b: frozenset[str]) -> bool:
    """Can two quantities be one? Unknown (empty) fits anything; known ones must meet, and a
    share or a sum of money is only ever the same kind of share or money ("80%" is not "108").

    Heads are compared with heads, or with the other's units when it has no head ("a death
    toll of 2,417" and "2,417 deaths"); units with units ("a majority of 80 seats" is not "650
    seats": its head, the majority, is not what the other counts).
    """
    sym_a, sym_b = a & SYMBOLS, b & SYMBOLS
    if sym_a != sym_b:
        return False
    a, b = a - SYMBOLS, b - SYMBOLS  # "$" says money, not what the money is for
    if not a or not b:
        return True
    heads_a = {k[len(HEAD):] for k in a if k.startswith(HEAD)}
    heads_b = {k[len(HEAD):] for k in b if k.startswith(HEAD)}
    units_a, units_b = a - {HEAD + k for k in heads_a}, b - {HEAD + k for k in heads_b}
    if heads_a and heads_b:
        return not heads_a.isdisjoint(heads_b) and (
            not units_a or not units_b or not units_a.isdisjoint(units_b)
        )
    if heads_a or heads_b:
        heads, units = (heads_a, units_b) if heads_a else (heads_b, units_a)
        return not heads.isdisjoint(units)
    return not units_a.isdisjoint(units_b)
