"""Statements: the sentences of sources, with their facts and the words around each fact.

This is the shared ground of ``extract`` (which sentences carry checkable facts) and
``conflicts`` (which passages of different sources state the same thing). Pure: no database.
"""

from __future__ import annotations

import bisect
import copy
import dataclasses
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from fractions import Fraction
from functools import lru_cache
from typing import Any

from factbase.analysis.facts import MONTHS, DateValue, Fact, FactSet, extract
from factbase.analysis.facts.extract import PART_NOUNS
from factbase.analysis.facts.numbers import WORDNUM_RE
from factbase.analysis.facts.roles import is_change, is_whole
from factbase.analysis.lexicon import is_noun
from factbase.analysis.quantities import (
    RATING_LABELS,
    is_frame,
    is_label,
    is_rating,
    measured,
    quantity,
)
from factbase.analysis.sentences import is_row, sentence_spans
from factbase.analysis.text import STOPWORDS, Normalized, norm, normalize, words

VALUE_KINDS = ("number", "date", "range")
# Kinds of fact compared across sources: values, ordinals ("the fourth estimate") and times of
# day.
COMPARED_KINDS = (*VALUE_KINDS, "ordinal", "time")
# Kinds of fact ``check`` compares between a claim and a passage: the compared kinds, who did it
# ("NAA Administrator Rilla Harrand signed the order"), what did not happen and the day of the
# week it happened on ("resumed on a Tuesday"). A sentence of prose with one of them can decide a
# claim. (Of the news corpora's labelled claims, 24 give a weekday and no other such fact.)
STATED_KINDS = (*COMPARED_KINDS, "name", "negation", "weekday")
# Content words each side of a fact that describe what it is about (its role).
ROLE_WINDOW = 8
# Sentences longer than this are page furniture or run-ons, not statements.
MAX_STATEMENT_CHARS = 700
# A sentence with more number facts than this is a list or navigation ("Page 1 | Page 2 ...").
MAX_FACTS = 8
# Prose has stop words; job adverts and navigation do not. Share measured on the bundled corpus:
# article sentences 0.28-0.55, advert and navigation lines 0.00-0.12.
MIN_STOPWORD_SHARE = 0.18
# The units a review's library reads keep news prose dense with names and figures ("By March,
# Vantor reported 41 million weekly riders, while ..."), which has fewer: of the sentences of
# the 960 cached news texts, 482 have a share under 0.10 (navigation, bylines, infobox lines), 437
# between 0.10 and 0.18, about half of them statements. On benchmarks/review_news.py the labelled
# source was found for 1,279 of the 1,346 supported claims check supports on the tuning corpora
# at 0.10 (1,277 at 0.14; 1,273 at 0.18), 1,229 of 1,299 held out (1,224; 1,212). The review of
# benchmarks/scale_cli.py's draft (1,000 sources) took 9.6-10.0 s against 8.9-9.2 s, with the same
# verdicts.
PROSE_STOPWORD_SHARE = 0.10
# A line of its own with a value and this many words of letters, no longer than this, is in the
# library's index too (a fact box's "Main span 412 m"). On benchmarks/review_news.py
# (every corpus's sources in one library) the deciding sentence of 11 more tuning claims labelled
# and checked supported (2 held out) is indexed, all of them judged, for 4% more sentences in the
# index; one word or three, 80 or 300 characters, index the same ones within three claims.
VALUE_LINE_WORDS = 2
VALUE_LINE_CHARS = 160
_LETTERED = re.compile(r"[^\W\d_]{2,}")
MIN_WORDS = 6
# Candidate families that agree with a claim on every value, kept for corroboration.
AGREEING = 8
# What a unit says (``Unit.signature``): its content stems, sorted, and its fact values
# (``fact_key``), sorted.
Signature = tuple[tuple[str, ...], tuple[tuple[str, str, str], ...]]

_SUFFIXES = (
    "ations", "ation", "ings", "ing", "ions", "ion", "ments", "ment", "ers", "er", "ies", "ied",
    "es", "ed", "ly", "s",
)
_OFFICIAL = re.compile(
    r"\b(?:Professor|Prof|Dr|Cllr|Councillor|Coun|Chief|Commissioner|Minister|Secretary|"
    r"Superintendent|Inspector|leader|chief executive|director|commissioner|chairman|chair|"
    r"secretary|chief constable)\b"
)


# The noun of a part of a sequence right after an ordinal: "the fifth phase", "third-round".
_PART_AFTER = re.compile(r"[\s-]+(" + "|".join(PART_NOUNS) + r")s?\b", re.I)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem, enough to meet "commissioned" and "commissioning"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:6]


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
    # The stems around each value fact, weighted by nearness (1 beside it, 1/2 one word off...).
    near: dict[int, dict[str, float]] = field(default_factory=dict)
    # Value facts that are datelines or page furniture, by index: never compared.
    furniture: AbstractSet[int] = frozenset()
    # Value facts that frame the statement ("over the last five years"), by index.
    frames: AbstractSet[int] = frozenset()
    # Numbers that are the whole a part is counted from ("48 of the 59 seats": 59), by index.
    wholes: AbstractSet[int] = frozenset()
    # Numbers that are a change or a difference ("lost 60 seats", "a drop of 113"), by index.
    changes: AbstractSet[int] = frozenset()
    # The names standing beside each value fact in its clause ("365 seats for the Conservatives").
    subjects: dict[int, frozenset[str]] = field(default_factory=dict)
    # The names of the sentence's opening phrase, which every value of it is about ("In
    # Kestria, there were 238 deaths").
    scope: frozenset[str] = frozenset()
    # The name each value belongs to, set off after it ("Hurricane Orla (1992)").
    owners: dict[int, frozenset[str]] = field(default_factory=dict)
    # What a number or numeric range measures, as concepts (``analysis.quantities``).
    quantities: dict[int, frozenset[str]] = field(default_factory=dict)

    def placed(
        self, key: int, source_id: str, start: int, end: int, claim_id: int | None = None
    ) -> Unit:
        """The same sentence standing elsewhere (a copy of it in another source, a claim of the
        same words): its own key, source, offsets and claim, its parts shared with this one,
        which nothing changes once a unit is made."""
        out = copy.copy(self)
        out.key, out.source_id, out.start, out.end = key, source_id, start, end
        out.claim_id = claim_id
        return out

    def value_facts(self) -> list[tuple[int, Fact]]:
        """The facts of ``COMPARED_KINDS``, with their index in ``facts.facts``. Read once and
        kept (not to be changed by the caller): a report asks it millions of times. Whoever
        replaces a fact of ``facts`` afterwards calls ``facts_changed``."""
        cached: list[tuple[int, Fact]] | None = self.__dict__.get("_value_facts")
        if cached is None:
            cached = [(i, f) for i, f in enumerate(self.facts.facts) if f.kind in COMPARED_KINDS]
            self.__dict__["_value_facts"] = cached
        return cached

    def facts_changed(self) -> None:
        """Forget what was read of ``facts`` (``value_facts``, ``labels``) once one changed."""
        self.__dict__.pop("_value_facts", None)
        self.__dict__.pop("_labels", None)

    def names(self) -> set[str]:
        return {str(f.value) for f in self.facts.of("name")}

    def labels(self) -> dict[str, frozenset[object]]:
        """The numbers its labels carry, by label ("Vantor-3": {"#vantor": {3}});
        a rating ("Category 3") says what a label says of one thing, not which thing it is.
        Read once: a report asks it of every pair of statements."""
        cached: dict[str, frozenset[object]] | None = self.__dict__.get("_labels")
        if cached is None:
            found: dict[str, set[object]] = {}
            for _, f in self.value_facts():
                if f.kind == "number" and is_label(f) and f.unit and not is_rating(f):
                    found.setdefault(f.unit, set()).add(f.value)
                elif f.kind == "ordinal" and f.unit is None:
                    part = _PART_AFTER.match(self.text, f.end)
                    label = "#" + part.group(1).lower() if part is not None else ""
                    if label and label not in RATING_LABELS:  # "the fifth phase" is phase 5
                        found.setdefault(label, set()).add(
                            Fraction(f.value) if isinstance(f.value, int) else f.value
                        )
            cached = {k: frozenset(v) for k, v in found.items()}
            self.__dict__["_labels"] = cached
        return cached

    def signature(self) -> Signature:
        """What the unit says, notation aside: its content stems and its fact values.

        Copies of one sentence in many sources (a wire story, a stock phrase) share it."""
        values = tuple(sorted(fact_key(f) for _, f in self.value_facts()))
        return (tuple(sorted(set(self.stems))), values)


def fact_key(f: Fact) -> tuple[str, str, str]:
    """A fact's kind, canonical value and comparator, comparable across texts."""
    return (f.kind, repr(f.value), f.comparator or "")


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
    n, positions, words_, stems_ = content_tokens(text)
    unit = Unit(key, source_id, start, end, text, facts, list(stems_), claim_id)
    names = facts.of("name")
    unit.scope = scope_of(text, names)
    furniture, frames, wholes, changes = set(), set(), set(), set()
    for i, f in unit.value_facts():
        k1 = bisect.bisect_left(positions, n.from_original(f.start))
        k2 = bisect.bisect_left(positions, n.from_original(f.end))
        lo, hi = max(0, k1 - ROLE_WINDOW), k2 + ROLE_WINDOW
        unit.roles[i] = list(stems_[lo:k1] + stems_[k2:hi])
        unit.verbs[i] = {
            stems_[k]
            for k in (*range(lo, k1), *range(k2, min(hi, len(words_))))
            if len(words_[k]) > 4
            and words_[k].endswith(("ed", "ing"))
            and stems_[k] not in REPORTING_VERBS
        }
        near: dict[str, float] = {}
        for k in range(lo, min(hi, len(stems_))):
            if k1 <= k < k2:
                continue
            d = k1 - 1 - k if k < k1 else k - k2
            near[stems_[k]] = max(near.get(stems_[k], 0.0), 1 / (1 + d))
        unit.near[i] = near
        numeric = f.kind in ("number", "ordinal") or (
            f.kind == "range" and not isinstance(f.value[0], tuple)  # type: ignore[index]
        )
        unit.quantities[i] = quantity(text, _change_start(text, f) or f) if numeric else frozenset()
        unit.subjects[i] = subjects_of(text, f, names)
        unit.owners[i] = owners_of(text, f, names)
        if is_furniture(text, f) or _loose_rank(text, f) or is_score(text, f):
            furniture.add(i)
        if is_frame(text, f):
            frames.add(i)
        if is_whole(text, f):
            wholes.add(i)
        if is_change(text, f):
            changes.add(i)
    unit.furniture, unit.frames, unit.wholes, unit.changes = furniture, frames, wholes, changes
    return unit


# How far a name may stand from a value, in its clause, to be what the value is about: before
# it ("The Conservatives won the election with 365 seats") and after it ("364 seats for the
# Conservatives, 203 for Labour").
SUBJECT_BEFORE = 40
SUBJECT_AFTER = 25
_CLAUSE_BREAK = re.compile(r"[,;:.!?()]")
_VALUE_BETWEEN = re.compile(r"\d")
# A person's relative clause, whose values are that person's: "Powell, who came third in 9.84",
# "Gay, whose 9.71 was ...".
_RELATIVE_GAP = re.compile(r"\s*,\s*(?:who|whose)\b[^,;:.!?()]*$")
# What may stand between a value and a name after it that is its subject: a preposition, after
# at most one word ("203 for Labour", "365 seats for the Conservatives"), or one word alone.
_TIED_AFTER = re.compile(
    r"^(?:\s*[\w'’%-]+)?\s*(?:for|to|by|of|from|in|at|on|with)\b|^\s*[\w'’-]*\s*$"
)


# A value set off after a name by brackets or commas is the name's own: "Hurricane Orla
# (1992)", "Hurricane Orla, in 1992, cost".
_OWN_GAP = re.compile(r"\s*\(\s*|,\s*in\s+")
_OWN_CLOSE = re.compile(r"\s*[),]")


def _owns(text: str, name: Fact, f: Fact) -> bool:
    return (
        name.end <= f.start
        and _OWN_GAP.fullmatch(text, name.end, f.start) is not None
        and _OWN_CLOSE.match(text, f.end) is not None
    )


def owners_of(text: str, f: Fact, names: Sequence[Fact]) -> frozenset[str]:
    """The name whose own value ``f`` is, set off after it ("Hurricane Orla (1992)")."""
    return frozenset(str(n.value) for n in names if _owns(text, n, f))


# "In Kestria, there were 238 deaths": a place or party named in the sentence's opening
# phrase is what every value of the sentence is about.
_OPENING = re.compile(r"\s*(?:In|At|For|Across|Throughout|Within|Among|Outside)\s+[^,;:]{1,40},")


def scope_of(text: str, names: Sequence[Fact]) -> frozenset[str]:
    """The names of the sentence's opening phrase ("In Kestria, ..."), lower case."""
    opening = _OPENING.match(text)
    if opening is None:
        return frozenset()
    return frozenset(str(n.value) for n in names if n.end <= opening.end())


# The figure a change starts from, before the level it reaches: "fell from 231 to 219".
_FROM_TO_BEFORE = re.compile(
    r"\bfrom\s+(?:an?\s+|the\s+)?([$£€]?\d[\d,.]*(?:\s*(?:%|percent|per\s+cent))?)"
    r"\s+to\s+(?:an?\s+|the\s+)?$",
    re.I,
)


def _change_start(text: str, f: Fact) -> Fact | None:
    """The figure a change to ``f`` starts from ("from 231 to 219" for 219), standing in for
    ``f`` where the words say what both measure: the words between them are the first's."""
    m = _FROM_TO_BEFORE.search(text, max(0, f.start - 60), f.start)
    if m is None:
        return None
    return replace(f, start=m.start(1), end=m.end(1), text=m.group(1))


# A sentence opening with a participle's phrase ("Launched by a Zeta rocket in November 2031,
# the Vela probe ..."): the phrase tells of the subject that follows it.
_PARTICIPLE_OPENING = re.compile(r"\s*[A-Z][a-z]+(?:ed|en|lt|wn)\b[^,;:.!?]{0,80},\s*(?:the\s+)?")


def subjects_of(text: str, f: Fact, names: Sequence[Fact]) -> frozenset[str]:
    """The names beside the value ``f`` in its clause, lower case."""
    found: set[str] = set(scope_of(text, names))
    opening = _PARTICIPLE_OPENING.match(text)
    if opening is not None and f.end <= opening.end():
        found.update(str(n.value) for n in names if n.start == opening.end())
    for n in names:
        if n.end <= f.start:
            gap = text[n.end:f.start]
            if _owns(text, n, f):
                found.add(str(n.value))  # "Hurricane Orla (1992)": the name's own value
                continue
            # Another value between them has the name ("The Conservatives gained 48 seats and
            # Labour lost 60": the Conservatives are 48's).
            if f.start - n.end <= SUBJECT_BEFORE and not _VALUE_BETWEEN.search(gap) and (
                not _CLAUSE_BREAK.search(gap) or _RELATIVE_GAP.match(gap)
            ):
                found.add(str(n.value))
        elif n.start >= f.end:
            gap = text[f.end:n.start]
            # A name after a value is its own when a preposition ties them ("364 seats for
            # the Conservatives"); after "and" it starts the next one ("48 seats and Labour
            # lost 60").
            if (
                n.start - f.end <= SUBJECT_AFTER and not _CLAUSE_BREAK.search(gap)
                and _TIED_AFTER.match(gap)
            ):
                found.add(str(n.value))
    return frozenset(found)


# Datelines and page furniture: "PARIS, May 4 (Kestria Press) -", "Posted on 13 December 2019", a
# date alone on its line. They say when a page was written, not when anything in it happened.
_CITY_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Za-z.' -]{1,40},[ \t]*$")
_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][a-z]{2,8},?[ \t]*)?$")  # "Fri 19 Apr 2024"
_AGENCY_DASH = re.compile(r"[ \t]*\([^()\n]{1,30}\)[ \t]*[-–—]")
_DASH = re.compile(r"[ \t]*[-–—]")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_FURNITURE_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:posted|published|updated|last updated|first published|modified|date|dated)"
    r"[ \t]*(?:on|at|:)?[ \t]*(?:[A-Z][a-z]{2,8},?[ \t]*)?$",
    re.I,
)


def is_furniture(text: str, f: Fact) -> bool:
    """Is the date ``f`` a dateline or a page's own date rather than a fact it reports?

    "PARIS, May 4 -" and "May 4 (Kestria Press) -" open a story; "Posted on 13 December 2019" and a
    date alone on its line date the page.
    """
    if f.kind != "date":
        return False
    before = text[max(0, f.start - 60):f.start]
    if _FURNITURE_BEFORE.search(before):
        return True
    dash = _DASH.match(text, f.end) or _AGENCY_DASH.match(text, f.end)
    if _CITY_BEFORE.search(before) and dash:
        return True
    if _LINE_BEFORE.search(before) and _AGENCY_DASH.match(text, f.end):
        return True
    return bool(_LINE_BEFORE.search(before) and _LINE_END.match(text, f.end))


_NUMBER_AFTER = re.compile(rf"[ -]+(?:\d|(?:{WORDNUM_RE})\b)", re.I)


# Another pair of counts next to one: the sets of a match ("1-6, 7-6 (8/6), 6-1").
_PAIR_NEAR = re.compile(r"\d{1,2}\s?[-–]\s?\d{1,2}\b")
SCORE_REACH = 12


def is_score(text: str, f: Fact) -> bool:
    """Is the "range" one of a line of scores ("1-6, 7-6 (8/6), 6-1")? One set's score says
    nothing against another's, and the line is the match's, not a span of values."""
    if f.kind != "range" or not isinstance(f.value, tuple) or not isinstance(f.value[0], Fraction):
        return False
    near = text[max(0, f.start - SCORE_REACH):f.start] + " " + text[f.end:f.end + SCORE_REACH]
    return _PAIR_NEAR.search(near) is not None


def _loose_rank(text: str, f: Fact) -> bool:
    """An ordinal that ranks nothing a source could be checked on: a superlative ("the most
    vulnerable") or the start of a span ("the first twelve years")."""
    return f.kind == "ordinal" and (
        f.unit == "superlative" or _NUMBER_AFTER.match(text, f.end) is not None
    )


# Verbs of saying name no event: "announced" links "the council announced an inquiry" with
# "the commissioner announced three reviews" though they are different statements.
REPORTING_VERBS = frozenset(
    stem(w)
    for w in """announced announcing stated stating reported reporting added adding claimed
    claiming revealed revealing confirmed confirming explained explaining described describing
    saying telling warned warning noted noting insisted insisting""".split()
)

_TOKEN = re.compile(r"[0-9]+(?:\.[0-9]+)?|[^\W\d_]+(?:'[^\W\d_]+)?")


@lru_cache(maxsize=65536)
def content_tokens(
    text: str,
) -> tuple[Normalized, tuple[int, ...], tuple[str, ...], tuple[str, ...]]:
    """The content words of ``text`` with the facts left out: the normalised text, the words'
    positions in it, the words and their stems.

    Numbers, month names, ordinal suffixes ("26th") and stop words are not content: the words
    around a fact describe it, the fact itself is compared exactly elsewhere.
    """
    n = normalize(text)
    positions: list[int] = []
    out_words: list[str] = []
    out_stems: list[str] = []
    t = n.text
    for m in _TOKEN.finditer(t):
        w = m.group(0)
        if w[0].isdigit() or len(w) < 2 or w in STOPWORDS or w in MONTHS:
            continue
        if m.start() and t[m.start() - 1].isdigit():
            continue  # "th" of "26th"
        positions.append(m.start())
        out_words.append(w)
        out_stems.append(stem(w))
    return n, tuple(positions), tuple(out_words), tuple(out_stems)


def is_prose(text: str, min_share: float = MIN_STOPWORD_SHARE) -> bool:
    """Does a sentence read as prose: not over-long, with enough words and stop words?"""
    if len(text) > MAX_STATEMENT_CHARS:
        return False
    ws = words(norm(text))
    if len(ws) < MIN_WORDS:
        return False
    # A share of the words: figures are what a statement states, not a sign of a list.
    lettered = [w for w in ws if not w[0].isdigit()]
    share = sum(1 for w in lettered if w in STOPWORDS) / max(1, len(lettered))
    return share >= min_share


def is_statement(text: str, facts: FactSet, kinds: Sequence[str] = VALUE_KINDS) -> bool:
    """Does a sentence read as prose that states something checkable?"""
    if not is_prose(text):
        return False
    values = facts.of(*kinds)
    if len(facts.of("number")) > MAX_FACTS:
        return False
    return bool(values) or bool(_OFFICIAL.search(text) and facts.of("name"))


def is_value_row(text: str, facts: FactSet) -> bool:
    """A row of a list or table that gives a value ("19 - Davor Lovric, Kestria (2004-16)",
    "- 3 May: 26 deaths", "Goals scored | 164 |"): too terse for prose, yet it states a fact."""
    return is_row(text) and _gives_a_value(text, facts)


def _gives_a_value(text: str, facts: FactSet) -> bool:
    """Does a text that is no prose state a fact compared across sources, with no more
    numbers than a statement and no longer than one?"""
    return (
        len(text) <= MAX_STATEMENT_CHARS
        and bool(facts.of(*COMPARED_KINDS))
        and len(facts.of("number")) <= MAX_FACTS
    )


# The version of what ``source_units`` finds in a text. The units found in each stored source
# version are cached in the database under this number (``statement_cache``, see
# ``factbase.unit_cache``): bump it whenever a change to sentence splitting, fact extraction or
# unit building (this module, ``facts``, ``quantities``, ``sentences``, ``text``, the lexicon)
# could change a unit, or the cache goes on serving units found the old way.
ANALYSIS_VERSION = 1


def source_units(
    source_id: str,
    text: str,
    reference: DateValue | None,
    *,
    first_key: int = 0,
    statements_only: bool = True,
    kinds: Sequence[str] = VALUE_KINDS,
    prose: bool = False,
) -> list[Unit]:
    """The sentences of a source as units: only those that state something checkable (prose
    with a fact of ``kinds``), or with ``prose`` every sentence of prose and every row of a list
    or table that gives a value."""
    out: list[Unit] = []
    key = first_key
    for span in sentence_spans(text):
        sentence = text[span.start:span.end]
        if statements_only and not (
            is_prose_unit(sentence, reference)
            if prose
            else is_statement(sentence, extract(sentence, reference=reference), kinds)
        ):
            continue
        unit = make_unit(key, source_id, sentence, span.start, span.end, reference)
        out.append(unit)
        key += 1
    _carry_labels(out)
    return out


def is_prose_unit(sentence: str, reference: DateValue | None) -> bool:
    """Sentences of prose and rows of a list or table that give a value: the units of
    ``prose``. (A statement is prose, so prose alone decides; only a row's facts are read.)"""
    if is_prose(sentence, PROSE_STOPWORD_SHARE):
        return True
    # a line of its own that names a value ("Main span 412 m", "Turnout: 71.3%"): a fact box's
    # or a summary's row, however it is set out
    line = (
        "\n" not in sentence.strip() and len(sentence) <= VALUE_LINE_CHARS
        and len(_LETTERED.findall(sentence)) >= VALUE_LINE_WORDS
    )
    return (line or is_row(sentence)) and _gives_a_value(
        sentence, extract(sentence, reference=reference)
    )


def _carry_labels(units: Sequence[Unit]) -> None:
    """A number a text names something by ("the Omnix 740") names it when it stands bare
    ("on board the 740") and counts nothing after it."""
    labels = {
        f.value: f.unit
        for u in units
        for _, f in u.value_facts()
        if f.kind == "number" and is_label(f)
    }
    if not labels:
        return
    for u in units:
        for i, f in u.value_facts():
            label = labels.get(f.value)
            if label is None or f.kind != "number" or is_label(f) or f.comparator:
                continue
            after = measured(u.text, f)[1]
            if after and is_noun(after[0]) and not after[0].endswith("ed"):
                continue  # "737 jobs": a count that happens to be the same number
            named = dataclasses.replace(f, unit=label)
            u.facts.facts[i] = named
            u.facts_changed()
            u.quantities[i] = quantity(u.text, named)


def _same(signature: Any) -> Signature:
    """A unit's signature as its own key (``StemIndex``)."""
    result: Signature = signature
    return result


class StemIndex:
    """An inverted index from stems to families of units, with IDF weights.

    A family is the set of units with one signature (the same content stems and the same fact
    values): the copies of a sentence across many sources. Candidates are proposed per family,
    so a story repeated a thousand times costs one comparison, not a thousand, and its words
    are not mistaken for common ones.
    """

    def __init__(
        self,
        units: Sequence[Unit],
        keys: Iterable[Hashable] | None = None,
        signature: Callable[[Any], Signature] | None = None,
    ) -> None:
        """``keys``: a key for each unit in the order of ``units``, the same for two units when
        they have the same signature, which ``signature`` reads from it; given when the units'
        signatures are known without reading the units (``units`` is then kept as it is given,
        and may make each unit only when it is asked for: ``unit_cache.StoredUnits``)."""
        read: Callable[[Any], Signature]
        if keys is None or signature is None:
            self.units: Sequence[Unit] = list(units)
            keys, read = (u.signature() for u in self.units), _same
        else:
            self.units, read = units, signature
        self.families: list[list[int]] = []
        self.family_values: list[tuple[object, ...]] = []
        family_of: dict[Hashable, int] = {}
        self.postings: dict[str, list[int]] = defaultdict(list)
        df: Counter[str] = Counter()
        for pos, key in enumerate(keys):
            fam = family_of.get(key)
            if fam is None:
                fam = family_of[key] = len(self.families)
                stems, values = read(key)
                self.families.append([])
                self.family_values.append(values)
                # A family's stems are posted as it is found: families in the order of their
                # first units, as ``candidates`` reads them.
                uniq = set(stems)
                df.update(uniq)
                for s in uniq:
                    self.postings[s].append(fam)
            self.families[fam].append(pos)
        n = max(1, len(self.families))
        self.idf = {s: math.log(1 + n / c) for s, c in df.items()}
        self.default_idf = math.log(1 + n)
        self._by_value: dict[object, list[int]] | None = None

    def weight(self, s: str) -> float:
        return self.idf.get(s, self.default_idf)

    def candidates(self, unit: Unit, limit: int) -> list[tuple[float, int]]:
        """Families sharing the most weighted stems with ``unit``, best first.

        Families that state the unit's own values are agreement; at most ``AGREEING`` of them
        are kept, so that a thousand agreeing copies never crowd out the one that differs.
        """
        scores: dict[int, float] = defaultdict(float)
        # Very common stems add little and cost much: skip those in over half the families.
        cap = max(50, len(self.families) // 2)
        # In a fixed order, so that the sums (and the order of families that tie) are the same
        # in every run, whatever the hash seed.
        for s in sorted(set(unit.stems)):
            post = self.postings.get(s)
            if not post or len(post) > cap:
                continue
            w = self.idf[s]
            for fam in post:
                scores[fam] += w
        own = unit.signature()[1]
        ranked = heapq.nlargest(
            limit + AGREEING, scores.items(), key=lambda kv: (kv[1], -kv[0])
        )  # a tie goes to the family found first
        out: list[tuple[float, int]] = []
        agreeing = 0
        for fam, score in ranked:
            if self.family_values[fam] == own:
                agreeing += 1
                if agreeing > AGREEING:
                    continue
            out.append((score, fam))
            if len(out) >= limit:
                break
        return out

    def stating(self, values: Iterable[object]) -> list[int]:
        """Families that state every one of ``values`` (as ``Unit.signature`` gives them), in
        the order they were found. The map from values to families is made on first use."""
        if self._by_value is None:
            by_value: dict[object, list[int]] = defaultdict(list)
            for fam, own in enumerate(self.family_values):
                for v in dict.fromkeys(own):
                    by_value[v].append(fam)
            self._by_value = by_value
        lists = sorted((self._by_value.get(v, []) for v in set(values)), key=len)
        if not lists or not lists[0]:
            return []
        rest = [set(x) for x in lists[1:]]
        return [fam for fam in lists[0] if all(fam in r for r in rest)]

    def shared_weight(self, unit: Unit, fam: int) -> float:
        """The weight of the stems ``unit`` shares with family ``fam``: its score among
        ``candidates``, without its cap on common stems."""
        total = 0.0
        for s in sorted(set(unit.stems)):
            post = self.postings.get(s)
            if post:  # postings are in the order of families: sorted
                k = bisect.bisect_left(post, fam)
                if k < len(post) and post[k] == fam:
                    total += self.idf[s]
        return total

    def similarity(self, a: Iterable[str], b: Iterable[str]) -> float:
        """IDF-weighted cosine of two stem sets, 0-1."""
        sa, sb = set(a), set(b)
        if not sa or not sb:
            return 0.0
        # math.fsum: the same sum whatever order the sets give their members in.
        shared = math.fsum(self.weight(s) ** 2 for s in sa & sb)
        na = math.sqrt(math.fsum(self.weight(s) ** 2 for s in sa))
        nb = math.sqrt(math.fsum(self.weight(s) ** 2 for s in sb))
        return shared / (na * nb)

    def near_overlap(self, a: dict[str, float], b: dict[str, float]) -> float:
        """Like ``overlap``, each stem weighted by its nearness to the fact on both sides."""
        if not a or not b:
            return 0.0
        shared = math.fsum(self.weight(s) * min(a[s], b[s]) for s in a.keys() & b.keys())
        total_a = math.fsum(self.weight(s) * w for s, w in a.items())
        total_b = math.fsum(self.weight(s) * w for s, w in b.items())
        return shared / min(total_a, total_b)

    def overlap(self, a: Iterable[str], b: Iterable[str]) -> float:
        """IDF-weighted overlap coefficient: shared weight over the smaller side's, 0-1."""
        sa, sb = set(a), set(b)
        if not sa or not sb:
            return 0.0
        shared = math.fsum(self.weight(s) for s in sa & sb)
        return shared / min(
            math.fsum(self.weight(s) for s in sa), math.fsum(self.weight(s) for s in sb)
        )
