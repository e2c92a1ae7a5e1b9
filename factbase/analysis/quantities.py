"""What a number measures: the thing it counts, read from the words beside it.

"1,836 deaths", "a death toll of 1,836", "the toll stood at 1,836" and "1,836 people were
killed" all measure deaths; "210 homes" and "230 houses" measure one thing in two words; "149
passengers" and "13 minutes" do not. A quantity is a set of concepts (word stems, their synonym
groups and their WordNet synsets); two quantities are the same when their concepts meet. Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factbase.analysis import lexicon
from factbase.analysis.facts import Fact
from factbase.analysis.text import STOPWORDS
from factbase.analysis.wording import is_light, stem, synonyms

# Content words read after a number ("149 passengers and eight crew": passengers, crew), and
# before it when joined by a word that introduces a value ("a death toll of 1,836").
AFTER_WORDS = 2
BEFORE_WORDS = 2
# Labels whose numbers rank on one scale ("a Category 4 hurricane" vs "Category 3"): two of
# them can disagree. Other labelled numbers name things ("Flight 610", "Boeing 737"): two
# different ones are two different things, never a disagreement.
RATING_LABELS = frozenset({"#category", "#level", "#grade", "#stage", "#class", "#tier"})

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Where the words about a number end: punctuation, a clause joint, another number.
_STOP_AFTER = re.compile(r"[,;:.!?()\[\]\"“”]|\s[-–—]\s|\d|\b(?:and|or|but|which|who|that)\b")
# Words between a number and the noun before it that introduce a value.
_INTRODUCERS = frozenset(
    """of at was is were are be been stood reached hit totalled totaled totalling numbered
    put as to from by around about nearly almost some over under than more less fewer least
    most estimated rose fell climbed dropped reaching""".split()
)
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


def is_frame(text: str, f: Fact) -> bool:
    """Is the number a span counted back or forward from the day of speaking?"""
    return (
        f.kind == "number"
        and (f.unit or "") in _TIME_UNITS
        and _FRAME.search(text, max(0, f.start - 20), f.start) is not None
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
    keys.update(f"s{i}" for i in lexicon.synonyms_of(word))
    return frozenset(keys)


def _content(words: list[str]) -> list[str]:
    return [
        w for w in words
        if len(w) > 1 and w not in STOPWORDS and w not in _NOT_QUANTITY and not is_light(w)
    ]


def measured_words(text: str, f: Fact) -> tuple[str, ...]:
    """The words that say what the number ``f`` of ``text`` measures (lower case)."""
    if is_label(f):
        return ((f.unit or "#"),)
    out: list[str] = []
    if f.unit and f.unit[0] in "%$£€¥":
        out.append(f.unit)
    tail = text[f.end:f.end + 80]
    stop = _STOP_AFTER.search(tail)
    after = _content([w.lower() for w in _WORD.findall(tail[: stop.start() if stop else None])])
    out.extend(after[:AFTER_WORDS])
    head = text[max(0, f.start - 60):f.start]
    cut = max((m.end() for m in re.finditer(r"[,;:.!?()\[\]\"“”]|\d", head)), default=0)
    before = [w.lower() for w in _WORD.findall(head[cut:])]
    # "a death toll of", "the toll stood at": the noun before the words introducing the value.
    k = len(before)
    while k and before[k - 1] in _INTRODUCERS:
        k -= 1
    if k < len(before) or not after:
        out.extend(_content(before[:k])[-BEFORE_WORDS:])
    return tuple(dict.fromkeys(out))


def quantity(text: str, f: Fact) -> frozenset[str]:
    """The concepts of what ``f`` measures; empty when the words do not say."""
    words = measured_words(text, f)
    if not words:
        return frozenset()
    return frozenset().union(*(concepts(w) if w[0].isalpha() else {w} for w in words))


_SYMBOLS = frozenset("%$£€¥")


def same_quantity(a: frozenset[str], b: frozenset[str]) -> bool:
    """Can two quantities be one? Unknown (empty) fits anything; known ones must meet, and a
    share or a sum of money is only ever the same kind of share or money ("80%" is not "108")."""
    if not a or not b:
        return not ({k for k in a if k in _SYMBOLS} or {k for k in b if k in _SYMBOLS})
    if {k for k in a if k in _SYMBOLS} != {k for k in b if k in _SYMBOLS}:
        return False
    return not a.isdisjoint(b)
