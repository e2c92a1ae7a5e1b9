"""Comparing the facts of a claim with those of its passage: the differences that matter."""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction
from functools import lru_cache

from factbase.analysis.facts.comparators import COMPARATOR_WORDS, comparators_agree
from factbase.analysis.facts.dates import date_consistent, date_covers, date_distance
from factbase.analysis.facts.model import Difference, Fact, FactSet, format_value
from factbase.analysis.facts.names import (
    acronym_in,
    context_counterpart,
    name_words,
    part_of_present_name,
    spelled_out_acronym,
)
from factbase.analysis.facts.negation import in_scope, same_scope
from factbase.analysis.facts.units import unit_name, units_clash
from factbase.analysis.text import STOPWORDS
from factbase.analysis.wording import is_light, opposites, stem, synonyms

# Facts with a value: compared value for value, each needing its counterpart in the passage.
VALUE_KINDS = ("number", "date", "range", "time", "ordinal", "weekday")
# Which passage kinds can state a claim fact of each kind.
_COUNTERPART_KINDS = {
    "number": ("number",),
    "date": ("date", "range"),
    "range": ("range", "date"),
    "time": ("time",),
    "ordinal": ("ordinal",),
    "weekday": ("weekday", "date"),
}
# Words that end the clause a fact belongs to: its role is told by the words of its clause.
# Commas inside numbers ("46,014") end nothing.
_CLAUSE = re.compile(
    r"(?<!\d),|,(?!\d)|[;:()\[\]]| - | – | and | but | while | whereas | which | who "
)
# What bounds the role of a fact: its clause and sentence, and this many content words on each
# side ("108 of the 135 unresolved cases ... New Orleans": New Orleans is 108's, not 135's).
_ROLE_CLAUSE = re.compile(
    r"(?<!\d),|,(?!\d)|[;:()\[\]]|[.!?](?:\s|$)| - | – | but | while | whereas | which | who "
)
ROLE_WINDOW = 4
# Words after a number among which the thing it counts is looked for ("1,400 local children").
COUNTED_WORDS = 3
# A name standing as the start of a longer word of at least this many letters is that word's
# ("Ethiopia" in "Ethiopian").
NAME_PREFIX = 5
# Weight of a shared name against a shared common word when telling which fact plays a role,
# and the least a rival must share to take the role: a name, or two words.
NAME_ROLE_WEIGHT = 3
MIN_ROLE_SCORE = 2
# Kinds whose counterpart, among several, must share the claim's role words: a list of clock
# times or ranks says nothing of which one the claim means.
ROLE_BOUND_KINDS = frozenset({"time", "ordinal", "weekday"})
# When the value's own clause shares some of the role, a rival must share this much more (and
# twice as much) to take it: "the first portion expired" against "the second time Musk let the
# margin loan commitment expire".
ROLE_MARGIN = 3
# Leading letters two words must share to count as one word in a role ("Ethiopia" and
# "Ethiopians", "passenger" and "passengers").
ROLE_PREFIX = 5
_WEEKDAY_NAMES = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)


def same_value(c: Fact, p: Fact) -> bool:
    """Does passage fact ``p`` state claim fact ``c``, in any notation?"""
    if c.kind == "number":
        if p.kind == "range":
            assert isinstance(p.value, tuple)
            lo, hi = p.value
            return isinstance(lo, Fraction) and c.value in (lo, hi)
        if p.kind != "number" or units_clash(c.unit, p.unit):
            return False
        if c.value == p.value:
            # "40%" and "40 of the victims" are different facts.
            return (c.unit == "%") == (p.unit == "%")
        return _share_equal(c, p) or _share_equal(p, c)
    if c.kind == "date":
        if p.kind == "date":
            return date_covers(p.value, c.value)
        if p.kind == "range":
            assert isinstance(p.value, tuple)
            lo, hi = p.value
            return isinstance(lo, tuple) and (
                date_covers(lo, c.value) or date_covers(hi, c.value)
            )
        return False
    if c.kind == "range":
        if p.kind != "range":
            return False
        assert isinstance(c.value, tuple) and isinstance(p.value, tuple)
        clo, chi = c.value
        plo, phi = p.value
        if isinstance(clo, tuple) and isinstance(plo, tuple):
            return date_covers(plo, clo) and date_covers(phi, chi)
        return bool(clo == plo and chi == phi)
    if c.kind == "time":
        return p.kind == "time" and _same_time(c.value, p.value)
    if c.kind == "weekday":
        if p.kind == "date":
            return _weekday_of(p.value) == c.value
        return p.kind == "weekday" and p.value == c.value
    if c.kind == "ordinal":
        # "the deadliest" ranks first in deadliness, which says nothing of "the first ... to".
        if (c.unit == "superlative") != (p.unit == "superlative"):
            return False
        if c.unit == "superlative":
            return p.kind == "ordinal" and stem(c.text.lower()) == stem(p.text.lower())
    return p.kind == c.kind and p.value == c.value


def _is_share(f: Fact) -> bool:
    """A share of a whole: a percentage or a fraction in words ("half", "two-thirds")."""
    assert isinstance(f.value, Fraction)
    return f.unit == "%" or (0 < f.value < 1 and not f.text[:1].isdigit())


def _share_equal(a: Fact, b: Fact) -> bool:
    """"half" and "50%", "a quarter" and "25 per cent": a fraction and its percentage."""
    assert isinstance(a.value, Fraction) and isinstance(b.value, Fraction)
    return a.unit != "%" and b.unit == "%" and 0 < a.value < 1 and a.value * 100 == b.value and (
        not a.text[:1].isdigit()
    )


def _same_time(a: object, b: object) -> bool:
    assert isinstance(a, tuple) and isinstance(b, tuple)
    ha, ma, sa, meridiem_a = a
    hb, mb, sb, meridiem_b = b
    if ma != mb or (sa is not None and sb is not None and sa != sb):
        return False
    if meridiem_a and meridiem_b:
        return bool(ha == hb)
    return bool(ha % 12 == hb % 12)


def _weekday_of(value: object) -> str | None:
    import datetime as _dt

    if not isinstance(value, tuple) or None in value:
        return None
    y, m, d = value
    try:
        return _WEEKDAY_NAMES[_dt.date(y, m, d).weekday()]
    except ValueError:
        return None


def shared_facts(claim_values: Sequence[Fact], passage: FactSet) -> int:
    """How many of the claim's value facts the passage states too."""
    pool = passage.of(*VALUE_KINDS)
    return sum(1 for c in claim_values if any(same_value(c, p) for p in pool))


def counterpart(
    c: Fact, candidates: Sequence[Fact], claim_text: str = "", passage_text: str = ""
) -> Fact | None:
    """The passage fact that states what ``c`` states, with another value, if one does.

    It must measure the same thing: a number's counterpart has the same unit or none at all
    ("£60,000" is no counterpart of "500 arrests"); a bare number may only meet the evidence's
    one number.
    """
    same_kind = [
        p for p in candidates
        if p.kind in _COUNTERPART_KINDS.get(c.kind, ()) and _same_scale(c, p)
        and _ranks_alike(c, p)
    ]
    pool = [p for p in same_kind if _measures_alike(c, p, claim_text, passage_text)]
    if not pool and c.kind == "number" and c.unit is None and len(same_kind) == 1:
        # A bare number ("Laura Wilson, 19, ...") against the one number its evidence gives.
        pool = same_kind
    if not pool:
        return None
    if len(pool) > 1 and c.kind in ROLE_BOUND_KINDS and claim_text and passage_text:
        # Several times of day, or ranks, in the evidence: only one in the claim's role stands
        # for it ("left at 8:38, lost contact at 8:44"); none in it, and the claim is not
        # answered here.
        role = _clause_words(claim_text, c.start, c.end)
        names = frozenset(w.lower() for w in re.findall(r"\b[A-Z][a-z]+", claim_text))
        pool = [
            p for p in pool
            if _role_score(role, _clause_words(passage_text, p.start, p.end), names)
        ]
        if not pool:
            return None

    def rank(p: Fact) -> tuple[int, int, float]:
        same_kind = 0 if p.kind == c.kind else 1
        same_unit = 0 if (c.unit and p.unit == c.unit) else 1
        if c.kind == "number" and p.kind == "number":
            assert isinstance(c.value, Fraction) and isinstance(p.value, Fraction)
            dist = abs(float(c.value) - float(p.value)) / (abs(float(c.value)) + 1)
        elif c.kind == "date" and p.kind == "date":
            dist = date_distance(c.value, p.value)
        else:
            dist = 0.0
        return (same_unit if c.kind == "number" else same_kind, same_kind, dist)

    return min(pool, key=rank)


def _ranks_alike(c: Fact, p: Fact) -> bool:
    """A superlative ("the costliest", first) stands against another rank of the same kind
    ("the second-costliest"), never against a plain "first"."""
    if c.kind != "ordinal" or p.kind != "ordinal":
        return True
    if c.unit == "superlative" or p.unit == "superlative":
        return c.value != p.value and c.unit != p.unit
    return True


def _same_scale(c: Fact, p: Fact) -> bool:
    """Ranges of numbers meet ranges of numbers, ranges of dates meet dates."""
    def numeric(f: Fact) -> bool:
        return f.kind == "number" or (
            f.kind == "range" and isinstance(f.value, tuple) and isinstance(f.value[0], Fraction)
        )

    return numeric(c) == numeric(p)


def _measures_alike(c: Fact, p: Fact, claim_text: str = "", passage_text: str = "") -> bool:
    """Do two numbers count the same thing: the same unit, or a shared word just after them
    ("1,400 children" and "1,600 local children")?"""
    if c.kind != "number" or p.kind != "number":
        return True
    if _is_share(c) != _is_share(p):
        return False  # "half" is no counterpart of "Musk, 50"
    if units_clash(c.unit, p.unit):
        return True  # the same measure in another unit: a unit difference
    if c.unit is None or p.unit is None:
        return c.unit is None and p.unit is None
    if c.unit.startswith("#") or p.unit.startswith("#"):
        return c.unit == p.unit  # labelled numbers: "Flight 610" only meets another flight
    if c.unit.lower() == p.unit.lower() or unit_name(c.unit) is not None:
        return unit_name(c.unit) == unit_name(p.unit)
    c_words = _words_after(claim_text, c.end) if claim_text else (c.unit.lower(),)
    p_words = _words_after(passage_text, p.end) if passage_text else (p.unit.lower(),)
    return any(_alike(a, b) for a in c_words for b in p_words)


def _words_after(text: str, end: int) -> tuple[str, ...]:
    """The first few words after a number, up to the end of its clause."""
    m = _CLAUSE.search(text, end)
    stretch = text[end:m.start() if m else len(text)]
    return tuple(re.findall(r"[^\W\d_]+", stretch.lower())[:COUNTED_WORDS])


def _alike(a: str, b: str) -> bool:
    """One word for the role of a fact: the same, the same stem or prefix, or synonyms."""
    if a == b:
        return True
    if len(a) >= ROLE_PREFIX and len(b) >= ROLE_PREFIX and a[:ROLE_PREFIX] == b[:ROLE_PREFIX]:
        return True
    return stem(b) in synonyms(a)


@lru_cache(maxsize=65536)
def _clause_words(text: str, start: int, end: int) -> frozenset[str]:
    """The role of the fact at text[start:end]: up to ``ROLE_WINDOW`` content words on each
    side of it, within its clause and sentence."""
    lo = 0
    for m in _ROLE_CLAUSE.finditer(text, 0, start):
        lo = m.end()
    nxt = _ROLE_CLAUSE.search(text, end)
    hi = nxt.start() if nxt else len(text)

    def content(stretch: str) -> list[str]:
        found = re.findall(r"[^\W\d_]+", stretch.lower())
        return [w for w in found if w not in STOPWORDS and len(w) > 2]

    before = content(text[lo:start])[-ROLE_WINDOW:]
    after = content(text[end:hi])[:ROLE_WINDOW]
    return frozenset(before + after)


def _may_rival(c: Fact, q: Fact, claim_text: str, passage_text: str) -> bool:
    """Could ``q`` state ``c`` with another value: no other unit, nor another counted thing
    when both say what they count ("Ethiopia with nine" may; "No. 1" never meets "360
    people")."""
    if c.kind != "number":
        return True
    if units_clash(c.unit, q.unit) or (c.unit == "%") != (q.unit == "%"):
        return False
    if c.unit is None or q.unit is None:
        return not (c.unit or q.unit or "").startswith("#")
    return _measures_alike(c, q, claim_text, passage_text)


def _role_overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    return any(_alike(x, y) for x in a for y in b)


def _role_score(role: frozenset[str], other: frozenset[str], names: frozenset[str]) -> int:
    """How much of a claim fact's role another clause shares; a shared name weighs most."""
    return sum(
        NAME_ROLE_WEIGHT if x in names else 1 for x in role if any(_alike(x, y) for y in other)
    )


def _role_rival(
    c: Fact, p: Fact, pool: Sequence[Fact], claim_text: str, passage_text: str
) -> Fact | None:
    """Another passage fact in the role the claim gives its value, when ``p`` is not in it.

    "Ethiopia had six passengers" against "Egypt with six, Ethiopia with nine": the six is
    Egypt's; the nine stands where the claim puts Ethiopia's. The rival must share more of the
    role than any other fact of its kind.
    """
    if not claim_text or not passage_text:
        return None
    role = _clause_words(claim_text, c.start, c.end)
    own = _clause_words(passage_text, p.start, p.end)
    # A value standing alone in its clause ("On March 18, ...") has no role to tell apart.
    if not role or not own:
        return None
    names = frozenset(w.lower() for w in re.findall(r"\b[A-Z][a-z]+", claim_text))
    own_score = _role_score(role, own, names)
    scored = sorted(
        (
            (_role_score(role, _clause_words(passage_text, q.start, q.end), names), k)
            for k, q in enumerate(pool)
            if q.kind == p.kind and q is not p and not same_value(c, q)
            and _may_rival(c, q, claim_text, passage_text)
        ),
        reverse=True,
    )
    if not scored or scored[0][0] < MIN_ROLE_SCORE:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None  # two facts fit the role as well: no telling which
    if own_score and not (
        scored[0][0] >= own_score + ROLE_MARGIN and scored[0][0] >= 2 * own_score
    ):
        return None  # the value's own clause plays the role well enough
    return pool[scored[0][1]]


def compare(
    claim: FactSet,
    passage: FactSet,
    *,
    aligned: FactSet | None = None,
    passage_text: str = "",
    claim_text: str = "",
    context_text: str = "",
    metadata_text: str = "",
    nearby_text: str = "",
) -> list[Difference]:
    """The differences between what a claim states and what its passage states.

    ``aligned`` holds the facts of the part of the passage that lines up with the claim; it
    decides negation (a "not" elsewhere in a long passage is about something else). Names are
    checked against ``passage_text`` as well, so "Rotherham Council" in the claim agrees with
    "Rotherham council" in the passage, against ``context_text`` (the text just before the
    passage), where the person a passage calls "he" is named, and against ``metadata_text``
    (the source's title, publisher, author and address), where "according to the Herald" is
    answered. A claim name found only in ``nearby_text`` (the sentences just after the
    evidence) is not stated by the evidence, but not replaced by another name either.
    """
    diffs: list[Difference] = []
    p_values = passage.of(*VALUE_KINDS)
    used: set[int] = set()

    unmatched: list[Fact] = []
    matched: list[tuple[Fact, Fact]] = []
    for c in claim.of(*VALUE_KINDS):
        hit = next(
            (i for i, p in enumerate(p_values) if i not in used and same_value(c, p)), None
        )
        if hit is None:
            hit = next((i for i, p in enumerate(p_values) if same_value(c, p)), None)
        if hit is None:
            unmatched.append(c)
            continue
        used.add(hit)
        p = p_values[hit]
        rival = _role_rival(c, p, p_values, claim_text, passage_text)
        if rival is not None:
            diffs.append(Difference(c.kind, c.display(), rival.display()))
            continue
        matched.append((c, p))
        if not comparators_agree(c.comparator, p.comparator):
            diffs.append(Difference("comparator", _bounded(c), _bounded(p)))
        opposed = _opposed_anchors(c, p, claim_text, passage_text)
        if opposed is not None:
            diffs.append(Difference("wording", *opposed))
    diffs.extend(_swapped(matched, claim_text, passage_text))
    leftovers = [p for i, p in enumerate(p_values) if i not in used]
    for c in unmatched:
        other = counterpart(c, leftovers, claim_text, passage_text)
        if other is not None:
            leftovers.remove(other)
        diffs.append(_value_difference(c, other))

    # Negation: does the claim deny what the passage asserts, or the other way round? Only a
    # negator whose scope (the words it negates) the other side also speaks of counts: "who did
    # not receive the level of service" says nothing about a claim on an apology.
    region = aligned if aligned is not None else passage
    c_neg = [f for f in claim.of("negation") if in_scope(f, passage_text, passage)]
    p_neg = [f for f in region.of("negation") if in_scope(f, claim_text, claim)]
    # A passage's negator stands alone against the claim only when the claim speaks of most
    # of what it negates; any that speaks of some of it may still partner the claim's own.
    p_bearing = [f for f in p_neg if in_scope(f, claim_text, claim, strict=True)]
    # Each relevant negator must have a partner on the other side negating the same thing:
    # "these reports were not ignored" against "these reports were ignored and no action was
    # taken" is two unmatched negations, not two that cancel out.
    lone_c = [f for f in c_neg if not any(same_scope(f, g) for g in p_neg)]
    lone_p = [f for f in p_bearing if not any(same_scope(f, g) for g in c_neg)]
    if lone_c or lone_p:
        diffs.append(
            Difference(
                "negation",
                lone_c[0].text.lower() if lone_c else None,
                lone_p[0].text.lower() if lone_p else None,
            )
        )
    diffs.extend(
        _name_differences(
            claim, passage, passage_text, claim_text, context_text, metadata_text, nearby_text
        )
    )
    return diffs


def _name_in(name: str, words: frozenset[str]) -> bool:
    """Is the name among ``words``: as written, by stem ("Tories" / "Tory"), or as the start
    of a longer word ("Ethiopia" / "Ethiopian")?"""
    if name in words:
        return True
    s = stem(name)
    for w in words:
        if stem(w) == s:
            return True
        short, long_ = sorted((name, w), key=len)
        if len(short) >= NAME_PREFIX and long_.startswith(short):
            return True
    return False


def _bounded(f: Fact) -> str:
    value = format_value(f.kind, f.value)
    return f"{COMPARATOR_WORDS[f.comparator]} {value}" if f.comparator else value


def _anchors(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The content words right before and right after a fact, within its clause."""
    lo = 0
    for m in _ROLE_CLAUSE.finditer(text, 0, start):
        lo = m.end()
    nxt = _ROLE_CLAUSE.search(text, end)
    hi = nxt.start() if nxt else len(text)

    def content(stretch: str) -> list[str]:
        found = re.findall(r"[^\W\d_]+", stretch.lower())
        return [w for w in found if w not in STOPWORDS and len(w) > 2 and not is_light(w)]

    before, after = content(text[lo:start]), content(text[end:hi])
    return (before[-1] if before else None, after[0] if after else None)


def _opposed_anchors(
    c: Fact, p: Fact, claim_text: str, passage_text: str
) -> tuple[str, str] | None:
    """The claim's value stands by a word whose opposite stands by the passage's: "Labour
    gained 60 seats" against "Labour lost 60"."""
    if not claim_text or not passage_text:
        return None
    mine = [w for w in _anchors(claim_text, c.start, c.end) if w]
    theirs = [w for w in _anchors(passage_text, p.start, p.end) if w]
    for a in mine:
        against = opposites(a)
        for b in theirs:
            if stem(b) in against and stem(b) not in synonyms(a):
                return a, b
    return None


def _swapped(
    matched: list[tuple[Fact, Fact]], claim_text: str, passage_text: str
) -> list[Difference]:
    """Two values of the claim standing where the passage puts each other's: "$21 billion in
    loans and $25.5 billion of equity" against "$25.5 billion in loans and $21 billion in
    equity". The words next to each value decide, names weighing most."""
    if not claim_text or not passage_text or len(matched) < 2:
        return []
    names = frozenset(w.lower() for w in re.findall(r"\b[A-Z][a-z]+", claim_text))

    def words_by(f: Fact, text: str) -> frozenset[str]:
        return frozenset(w for w in _anchors(text, f.start, f.end) if w)

    out = []
    for i, (c1, p1) in enumerate(matched):
        for c2, p2 in matched[i + 1:]:
            if c1.kind != c2.kind or c1.value == c2.value:
                continue
            a1, a2 = words_by(c1, claim_text), words_by(c2, claim_text)
            b1, b2 = words_by(p1, passage_text), words_by(p2, passage_text)
            swapped = _role_score(a1, b2, names) + _role_score(a2, b1, names)
            straight = _role_score(a1, b1, names) + _role_score(a2, b2, names)
            if swapped >= MIN_ROLE_SCORE and swapped > straight and _role_score(
                a1, b2, names
            ) and _role_score(a2, b1, names):
                out.append(Difference(c1.kind, c1.display(), c2.display()))
    return out


def _value_difference(c: Fact, other: Fact | None) -> Difference:
    """The difference for a claim value the passage does not state."""
    if other is None:
        return Difference(c.kind, c.display(), None)
    if c.kind == "number" and units_clash(c.unit, other.unit):
        return Difference("unit", f"{c.display()} {c.unit}", f"{other.display()} {other.unit}")
    if c.kind in ("date", "range") and other.kind == c.kind and date_consistent(
        other.value, c.value
    ):
        # "7 May" against "7 May 2019": the passage says less, not something else.
        return Difference(c.kind, c.display(), None)
    return Difference(c.kind, c.display(), other.display())


def _name_differences(
    claim: FactSet,
    passage: FactSet,
    passage_text: str,
    claim_text: str,
    context_text: str,
    metadata_text: str,
    nearby_text: str = "",
) -> list[Difference]:
    """Each name of the claim must stand in the passage (or the source's own metadata)."""
    if passage_text:
        passage_words = name_words(" ".join((passage_text, context_text, metadata_text)))
    else:
        passage_words = frozenset(str(f.value) for f in passage.of("name"))
    names = claim.of("name")
    claim_names = {f.value for f in names}
    present = {f.start for f in names if _name_in(str(f.value), passage_words)}
    around = name_words(nearby_text) if nearby_text else frozenset()
    diffs = []
    for f in names:
        if (
            f.start in present
            or acronym_in(str(f.value), passage_text)
            or spelled_out_acronym(f, names, passage_words)
            or part_of_present_name(f, names, present, claim_text, passage_text, claim_names)
        ):
            continue
        # Named only in the text around the evidence: not stated here, but not replaced either.
        other = None if _name_in(str(f.value), around) else context_counterpart(
            f, claim_text, passage_text, claim_names
        )
        diffs.append(Difference("name", f.text, other))
    return diffs
