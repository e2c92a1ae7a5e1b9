"""Statements: the sentences of sources, with their facts and the words around each fact.

This is the shared ground of ``extract`` (which sentences carry checkable facts) and
``conflicts`` (which passages of different sources state the same thing). Pure: no database.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from factbase.facts import DateValue, Fact, FactSet, extract
from factbase.matching import mask_facts
from factbase.text import STOPWORDS, norm, sentence_spans, words

VALUE_KINDS = ("number", "date", "range")
# Content words each side of a fact that describe what it is about (its role).
ROLE_WINDOW = 8
# Sentences longer than this are page furniture or run-ons, not statements.
MAX_STATEMENT_CHARS = 700
# A sentence with more number facts than this is a list or navigation ("Page 1 | Page 2 ...").
MAX_FACTS = 8
# Prose has stop words; job adverts and navigation do not. Share measured on the bundled corpus:
# article sentences 0.28-0.55, advert and navigation lines 0.00-0.12.
MIN_STOPWORD_SHARE = 0.18
MIN_WORDS = 6

_SUFFIXES = (
    "ations", "ation", "ings", "ing", "ions", "ion", "ments", "ment", "ers", "er", "ies", "ied",
    "es", "ed", "ly", "s",
)
_OFFICIAL = re.compile(
    r"\b(?:Professor|Prof|Dr|Cllr|Councillor|Coun|Chief|Commissioner|Minister|Secretary|"
    r"Superintendent|Inspector|leader|chief executive|director|commissioner|chairman|chair|"
    r"secretary|chief constable)\b"
)


def stem(word: str) -> str:
    """A light stem, enough to meet "commissioned" and "commissioning"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:6]


def stems(normalized: str) -> list[str]:
    return [
        stem(w)
        for w in words(mask_facts(normalized))
        if w not in STOPWORDS and w != "#" and not w[0].isdigit() and len(w) > 1
    ]


@dataclass
class Unit:
    """A sentence of a source (or a claim's text) with its facts.

    Fact offsets are relative to ``text``; ``start`` places the unit in its source.
    """

    key: int
    source_id: str
    start: int  # original offsets in the source text
    end: int
    text: str
    facts: FactSet
    stems: list[str]
    claim_id: int | None = None
    # For each value fact (by index in facts.facts): the stems around it, and the verbs.
    roles: dict[int, list[str]] = field(default_factory=dict)
    verbs: dict[int, set[str]] = field(default_factory=dict)
    # What a number counts: the stems of the two content words after it ("1,400 local children").
    heads: dict[int, set[str]] = field(default_factory=dict)

    def value_facts(self) -> list[tuple[int, Fact]]:
        return [(i, f) for i, f in enumerate(self.facts.facts) if f.kind in VALUE_KINDS]

    def names(self) -> set[str]:
        return {str(f.value) for f in self.facts.of("name")}


def make_unit(
    key: int,
    source_id: str,
    text: str,
    start: int,
    end: int,
    reference: DateValue | None,
    claim_id: int | None = None,
) -> Unit:
    """A unit for ``text`` (a sentence at [start, end) of its source, or a claim)."""
    facts = extract(text, reference=reference)
    unit = Unit(key, source_id, start, end, text, facts, stems(norm(text)), claim_id)
    for i, f in unit.value_facts():
        before = norm(text[:f.start])
        after = norm(text[f.end:])
        unit.roles[i] = stems(before)[-ROLE_WINDOW:] + stems(after)[:ROLE_WINDOW]
        unit.verbs[i] = verb_stems(before, last=True) | verb_stems(after, last=False)
        unit.heads[i] = set(stems(after)[:2]) if f.kind == "number" else set()
    return unit


def verb_stems(normalized: str, *, last: bool) -> set[str]:
    """Stems of the verb-like words among the ``ROLE_WINDOW`` content words next to a fact.

    Without a tagger: a word ending in -ed or -ing. The
    event a date or number belongs to ("commissioned", "jailed", "appeared") is what tells two
    statements of one fact from two facts that merely share a topic.
    """
    ws = words(mask_facts(normalized))
    content = [k for k, w in enumerate(ws) if w not in STOPWORDS and w != "#"]
    picked = content[-ROLE_WINDOW:] if last else content[:ROLE_WINDOW]
    return {
        stem(ws[k]) for k in picked if len(ws[k]) > 4 and ws[k].endswith(("ed", "ing"))
    }


def is_statement(text: str, facts: FactSet) -> bool:
    """Does a sentence read as prose that states something checkable?"""
    if len(text) > MAX_STATEMENT_CHARS:
        return False
    ws = words(norm(text))
    if len(ws) < MIN_WORDS:
        return False
    share = sum(1 for w in ws if w in STOPWORDS) / len(ws)
    if share < MIN_STOPWORD_SHARE:
        return False
    values = facts.of(*VALUE_KINDS)
    if len(facts.of("number")) > MAX_FACTS:
        return False
    return bool(values) or bool(_OFFICIAL.search(text) and facts.of("name"))


def source_units(
    source_id: str,
    text: str,
    reference: DateValue | None,
    *,
    first_key: int = 0,
    statements_only: bool = True,
) -> list[Unit]:
    """The sentences of a source as units (only those that state something checkable)."""
    out: list[Unit] = []
    key = first_key
    for span in sentence_spans(text):
        sentence = text[span.start:span.end]
        unit = make_unit(key, source_id, sentence, span.start, span.end, reference)
        if statements_only and not is_statement(sentence, unit.facts):
            continue
        out.append(unit)
        key += 1
    return out


class StemIndex:
    """An inverted index from stems to units, with IDF weights: candidates without all-pairs."""

    def __init__(self, units: Sequence[Unit]) -> None:
        self.units = list(units)
        self.postings: dict[str, list[int]] = defaultdict(list)
        df: Counter[str] = Counter()
        for pos, u in enumerate(self.units):
            uniq = set(u.stems)
            df.update(uniq)
            for s in uniq:
                self.postings[s].append(pos)
        n = max(1, len(self.units))
        self.idf = {s: math.log(1 + n / c) for s, c in df.items()}
        self.default_idf = math.log(1 + n)

    def weight(self, s: str) -> float:
        return self.idf.get(s, self.default_idf)

    def candidates(self, unit: Unit, limit: int) -> list[tuple[float, Unit]]:
        """Units sharing the most weighted stems with ``unit``, best first."""
        scores: dict[int, float] = defaultdict(float)
        # Very common stems add little and cost much: skip those in over half the units.
        cap = max(50, len(self.units) // 2)
        for s in set(unit.stems):
            post = self.postings.get(s)
            if not post or len(post) > cap:
                continue
            w = self.idf[s]
            for pos in post:
                scores[pos] += w
        best = sorted(scores.items(), key=lambda kv: -kv[1])[:limit]
        return [(score, self.units[pos]) for pos, score in best]

    def similarity(self, a: Iterable[str], b: Iterable[str]) -> float:
        """IDF-weighted cosine of two stem sets, 0-1."""
        sa, sb = set(a), set(b)
        if not sa or not sb:
            return 0.0
        shared = sum(self.weight(s) ** 2 for s in sa & sb)
        na = math.sqrt(sum(self.weight(s) ** 2 for s in sa))
        nb = math.sqrt(sum(self.weight(s) ** 2 for s in sb))
        return shared / (na * nb)

    def overlap(self, a: Iterable[str], b: Iterable[str]) -> float:
        """IDF-weighted overlap coefficient: shared weight over the smaller side's, 0-1."""
        sa, sb = set(a), set(b)
        if not sa or not sb:
            return 0.0
        shared = sum(self.weight(s) for s in sa & sb)
        return shared / min(sum(self.weight(s) for s in sa), sum(self.weight(s) for s in sb))
