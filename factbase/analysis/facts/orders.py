"""Two things a claim puts in order without their values: "the 2021 final drew more fans than
the 2017 final", "Kelso scored fewer goals than Harlow". The words of such a claim are all in a
passage that gives the two values ("61,240 fans, against 64,118 at the 2017 final"), whichever
way the claim orders them; only the values say which way is right.

Each value of the passage is given to the side of the comparison whose own words (a name or a
year the other side does not have) stand nearest to it in its sentence; when each side has one
value, the claim's order must hold between them.
"""

from __future__ import annotations

import re
from fractions import Fraction

from factbase.analysis import lexicon
from factbase.analysis.facts.model import Difference, Fact, FactSet
from factbase.analysis.sentences import sentence_spans
from factbase.analysis.text import STOPWORDS
from factbase.analysis.wording import stem

_MORE = frozenset({"more", "higher", "greater", "larger", "bigger"})
_FEWER = frozenset({"fewer", "less", "lower", "smaller"})
# The comparative, up to three words of what it compares, and the other side after "than".
_ORDERED = re.compile(
    r"\b(?P<word>" + "|".join(sorted(_MORE | _FEWER)) + r")\b"
    r"(?P<noun>(?:\s+[\w-]+){0,3}?)\s+than\s+(?P<other>[^,;:.!?]+)",
    re.I,
)
_CLAUSE_START = re.compile(r"(?:^|[,;:]\s+|\s[-\u2013\u2014]\s)(?=[^,;:]*$)")
_WORD = re.compile(r"[A-Za-z][\w'’-]*|\b(?:1[89]|20)\d\d\b")
_HOW_OFTEN = re.compile(r"(?:once|twice|thrice)\b", re.I)
_COMPARED = re.compile(
    r"\b(?:than|compared|against|versus|vs|ahead|behind|outnumber\w*|exceed\w*|surpass\w*|"
    r"beat\w*|top\w*|trail\w*|most|least|fewest|highest|lowest|largest|smallest|biggest|"
    r"greatest|increase\w*|decrease\w*|rise|rose|fell|fall|drop\w*|up|down|double\w*|"
    r"tripl\w*|half|twice|times)\b", re.I)
# How far from a value (in characters, within its sentence) the words of its side may stand.
# Both splits of benchmarks/news.py give the same verdicts from 20 to 100 (no claim of theirs
# orders two things without values the passage gives); 60 reaches a name across a short clause
# ("Harlow in the Varnak tournament scored 7").
SIDE_REACH = 60


def _keys(part: str, kind: str) -> set[str]:
    """The words of one ``kind`` ("year", "name" or "noun") that may tell one side of a
    comparison from the other."""
    out = set()
    for m in _WORD.finditer(part):
        w = m.group(0)
        low = w.lower()
        if low in STOPWORDS:
            continue
        if w[0].isdigit():
            if kind == "year":
                out.add(w)
        elif w[0].isupper():
            if kind == "name":
                out.add(re.sub(r"['’]s$", "", w))
        elif kind == "noun" and lexicon.is_noun(low) and not lexicon.is_inflected_verb(low):
            out.add(low)
    return out


def _places(text: str, keys: set[str]) -> list[int]:
    """Where the words ``keys`` stand in ``text`` (a lower-case key in any case)."""
    out = []
    for m in _WORD.finditer(text):
        w = re.sub(r"['’]s$", "", m.group(0))
        if w in keys or w.lower() in keys:
            out.append(m.start())
    return out


def _side_keys(claim_text: str, m: re.Match[str]) -> tuple[set[str], set[str]] | None:
    """The words only the first side of the comparison has, and those only the other has."""
    before = claim_text[:m.start()]
    start = [c.end() for c in _CLAUSE_START.finditer(before)]
    # the first side's words run up to "than": "had more stores in 2023 than"
    mine_text = claim_text[start[-1] if start else 0:m.start("other")]
    theirs_text = m.group("other")
    # the sides told apart by the first kind of word each has its own of: the years of "more
    # fans in 2023 than in 2016" (the subject, said once, is both sides')
    for kind in ("year", "name", "noun"):
        mine, theirs = _keys(mine_text, kind), _keys(theirs_text, kind)
        a, b = mine - theirs, theirs - mine
        if a and b:
            return a, b
    return None


def _counts_alike(f: Fact, noun: str) -> bool:
    """Does value ``f`` count what the comparison compares (or say nothing of what it counts)?"""
    return f.unit is None or not noun or stem(f.unit) == noun


def order_against_values(
    claim_text: str, claim: FactSet, passage_text: str, passage: FactSet
) -> list[Difference]:
    """A comparison of two things the claim makes without their values ("drew more fans than
    the 2017 final") that the values the passage gives each thing turn the other way."""
    if " than " not in claim_text or not passage_text:
        return []
    out = []
    for m in _ORDERED.finditer(claim_text):
        if any(f.start >= m.start() for f in claim.of("number", "range")):
            continue  # a bound ("more than 4,000") or the other's value said: compared as values
        if _HOW_OFTEN.match(m.group("other")):
            continue  # "more than once": a number of times
        sides = _side_keys(claim_text, m)
        if sides is None:
            continue
        nouns = m.group("noun").split()
        noun = stem(nouns[0]) if nouns and lexicon.is_noun(nouns[0].lower()) else ""
        found = _ordered_values(passage_text, passage, sides, noun)
        if found is None:
            if not _COMPARED.search(passage_text):
                out.append(Difference("wording", m.group("word").lower(), None))
            continue
        a, b = found
        assert isinstance(a.value, Fraction) and isinstance(b.value, Fraction)
        word = m.group("word").lower()
        holds = a.value > b.value if word in _MORE else a.value < b.value
        if not holds:
            said = " ".join(f"{m.group('word')}{m.group('noun')} than {m.group('other')}".split())
            out.append(Difference("comparator", said, f"{a.display()} against {b.display()}"))
    return out


def _ordered_values(
    passage_text: str, passage: FactSet, sides: tuple[set[str], set[str]], noun: str
) -> tuple[Fact, Fact] | None:
    """The one value the passage gives each side, from the sentence that gives both."""
    values = [f for f in passage.of("number") if isinstance(f.value, Fraction)]
    for span in sentence_spans(passage_text):
        inside = [f for f in values if span.start <= f.start < span.end]
        if len(inside) < 2 or any(f.comparator for f in inside):
            continue
        if noun and not any(f.unit and stem(f.unit) == noun for f in inside):
            continue
        inside = [f for f in inside if _counts_alike(f, noun)]
        units = {f.unit for f in inside if f.unit}
        if len(units) > 1:
            continue
        sentence = passage_text[span.start:span.end]
        places = [[span.start + p for p in _places(sentence, keys)] for keys in sides]
        if not all(places):
            continue
        given: list[list[Fact]] = [[], []]
        for f in inside:
            near = [
                min((abs(p - f.start) for p in side), default=SIDE_REACH + 1) for side in places
            ]
            if min(near) > SIDE_REACH or near[0] == near[1]:
                return None
            given[near.index(min(near))].append(f)
        mine, theirs = given
        if not mine or not theirs:
            continue
        if len({f.value for f in mine}) > 1 or len({f.value for f in theirs}) > 1:
            return None
        return mine[0], theirs[0]
    return None
