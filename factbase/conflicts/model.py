"""What a conflicts report holds: statements, the values they give, conflicts, corroborations."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache

from factbase.analysis.facts import COMPARATOR_WORDS, Fact, format_value
from factbase.analysis.facts.numbers import SCALES, SUFFIX_SCALES
from factbase.analysis.facts.units import (
    approximate_margin,
    converted,
    decimal_step,
    same_when_converted,
    step,
)
from factbase.analysis.facts.values import base_unit, time_fits

# What a group of disagreeing values is: sources that disagree on one value at one moment, or a
# revision timeline (one quantity given successive values at successive moments).
CONFLICT = "conflict"
REVISION = "revision"
# A stored claim whose value, as the user wrote it, differs from what sources say.
CLAIM = "claim"
# Words that make a count a running one, so that it holds on the day it was published.
RUNNING = re.compile(
    r"\b(?:so far|to date|as of|now|currently|latest|updated|revised|has (?:risen|fallen|"
    r"dropped|climbed|grown|increased|decreased|reached)|have (?:risen|fallen|dropped|climbed|"
    r"grown|increased|decreased|reached)|rose to|fell to|climbed to|remain|remains|still)\b",
    re.I,
)


@dataclass
class Statement:
    source: str
    passage: str
    start: int
    end: int
    claim_id: int | None
    paragraph: int
    fact_start: int  # offsets of the fact in the source text (-1 for a claim's own text)
    fact_end: int
    fact_text: str

    def as_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "passage": self.passage,
            "start": self.start,
            "end": self.end,
            "claim_id": self.claim_id,
        }


@dataclass
class ValueGroup:
    value: str
    statements: list[Statement] = field(default_factory=list)
    # A less precise value that fits every other ("2013" beside September and October 2013).
    fits_all: bool = False
    # When the value holds ("2006-08"), in a revision timeline.
    moment: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "value": self.value,
            "moment": self.moment,
            "statements": [s.as_dict() for s in self.statements],
        }


@dataclass
class Conflict:
    id: str
    kind: str  # the kind of fact: number, date, range, ...
    summary: str
    values: list[ValueGroup]
    topic: str | None = None
    kind_of_group: str = CONFLICT  # CONFLICT or REVISION
    quantity: str | None = None  # what the values measure, in the passages' words
    note: str | None = None  # why a claim stands apart ("the source changed since ...")

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "group": self.kind_of_group,
            "kind": self.kind,
            "quantity": self.quantity,
            "note": self.note,
            "summary": self.summary,
            "values": [v.as_dict() for v in self.values],
        }

    def verdict(self) -> str:
        parts: list[str] = []
        vague: list[str] = []
        for v in self.values:
            where = ", ".join(sorted({f"{s.source} ¶{s.paragraph}" for s in v.statements}))
            at = f" (as of {v.moment})" if v.moment else ""
            (vague if v.fits_all else parts).append(f"{v.value}{at}: {where}")
        sources = {s.source for v in self.values for s in v.statements if not v.fits_all}
        if self.kind_of_group == REVISION:
            who = "successive figures"
        elif self.kind_of_group == CLAIM:
            who = self.note or "a claim as written differs from the sources"
        elif len(sources) == 1:
            who = "one source contradicts itself"
        else:
            who = "sources disagree"
        line = f"{who} on the {self.kind} · " + " · ".join(parts)
        if vague:
            line += " (fits either: " + "; ".join(vague) + ")"
        if self.note and self.kind_of_group != CLAIM:
            line += f" ({self.note})"
        return line


@dataclass
class Corroboration:
    summary: str
    value: str
    kind: str
    sources: list[str]
    independent_sources: int
    merged: list[list[str]]
    statements: list[Statement]

    def as_dict(self) -> dict[str, object]:
        return {
            "summary": self.summary,
            "value": self.value,
            "sources": self.sources,
            "independent_sources": self.independent_sources,
            "merged": self.merged,
        }


@dataclass
class ConflictReport:
    conflicts: list[Conflict]
    corroborations: list[Corroboration]
    claims: int
    sources: int
    syndicated: list[list[str]]
    revisions: list[Conflict] = field(default_factory=list)
    claims_disputed: list[Conflict] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "conflicts": [c.as_dict() for c in self.conflicts],
            "revisions": [c.as_dict() for c in self.revisions],
            "claims": [c.as_dict() for c in self.claims_disputed],
            "corroborations": [c.as_dict() for c in self.corroborations],
        }


def value_key(f: Fact) -> tuple[object, ...]:
    return (f.kind, f.value)


def compatible(a: Fact, b: Fact) -> bool:
    """Could both facts be true of the same thing? Notation never matters, precision may.

    Decided by kind, value and comparator alone, so decided once per pair of those: a report
    asks it of the same pairs of figures again and again (1.2 million times in one report of
    benchmarks/scale_cli.py at 1,000 sources). Two numbers in two units of one measure ("1.2
    miles", "about 2 km") are compared converted, within the rounding either is written with.

    Numbers and ranges compare as intervals, the way a reader takes them: "about 41,000" is
    41,000 give or take half its rounding (40,500-41,500), "almost 5 billion" is up to 5 billion
    and down by its rounding, "more than 2,400" has no upper bound, a range is one value. Two
    facts are compatible when their intervals meet, except that two ranges, or two bounds the
    same way ("at least 1,400" / "at least 1,500"), are each the figure their source gives and
    must be equal.
    """
    va, vb = a.value, b.value
    if (
        a.unit != b.unit and a.unit and b.unit and a.kind == b.kind == "number"
        and isinstance(va, Fraction) and isinstance(vb, Fraction)
    ):
        # "1.2 miles" and "about 2 km": one measure in two systems, within either's rounding.
        into_a = converted(vb, base_unit(b.unit), base_unit(a.unit))
        if into_a is not None:
            if same_when_converted(va, base_unit(a.unit), vb, base_unit(b.unit)) or (
                same_when_converted(vb, base_unit(b.unit), va, base_unit(a.unit))
            ):
                return True
            vb = into_a
    if a.kind == "date" and b.kind == "date":
        # A year the text does not write ("on April 27") was taken from the publication date:
        # it may be the year before or after, so only the rest is compared.
        va, vb = _written_year(a), _written_year(b)
    return _compatible_values(
        a.kind, va, a.comparator, b.kind, vb, b.comparator, scaled_step(a), scaled_step(b)
    )


# A figure written with a word of scale: "$68.7 billion", "$153M", "1.5bn", "14 million".
_SCALES = {w: v for w, v in (*SCALES.items(), *SUFFIX_SCALES.items()) if v >= 1000}
_SCALED = re.compile(
    rf"(\d[\d,]*)(?:\.(\d+))?\s*-?\s*({'|'.join(sorted(_SCALES, key=len, reverse=True))})\b",
    re.I,
)


def scaled_step(f: Fact) -> Fraction | None:
    """The place of the last digit of a figure written with a word of scale ("$68.7 billion":
    100 million; "$69 billion": a billion), which the number alone does not keep; None for a
    figure written out in full."""
    if f.kind != "number" or not isinstance(f.value, Fraction) or not f.text:
        return None
    written = _written_scale(f.text)
    if written is None or written[1] != abs(f.value):
        return None  # "5m" of metres, or a figure read otherwise
    return written[0]


@lru_cache(maxsize=65536)
def _written_scale(text: str) -> tuple[Fraction, Fraction] | None:
    """The place of the last digit and the magnitude of a figure written with a word of scale
    in ``text``. Read once per text: ``compatible`` asks it of every pair of facts it is given,
    millions of times in one report."""
    m = _SCALED.search(text)
    if m is None:
        return None
    decimals = m[2] or ""
    scale = _SCALES[m[3].lower()]
    magnitude = Fraction(f"{m[1].replace(',', '')}.{decimals or '0'}") * scale
    return Fraction(scale, 10 ** len(decimals)), magnitude


_YEAR_WRITTEN = re.compile(r"\d{4}|['’]\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")


# Words that place a date relative to the publication date: its year is said, not assumed.
_RELATIVE_WORDS = re.compile(
    r"\b(?:last|next|this|yesterday|today|tomorrow|ago|earlier|later|previous|coming)\b", re.I
)


def _written_year(f: Fact) -> object:
    """The date's value, without its year when the text neither writes one nor places the date
    against the publication date ("on April 27", but not "last January")."""
    value = f.value
    if (
        isinstance(value, tuple) and value and f.text and not _YEAR_WRITTEN.search(f.text)
        and not _RELATIVE_WORDS.search(f.text)
    ):
        return (None, *value[1:])
    return value


@lru_cache(maxsize=65536, typed=True)
def _compatible_values(
    kind_a: str, value_a: object, comparator_a: str | None,
    kind_b: str, value_b: object, comparator_b: str | None,
    step_a: Fraction | None = None, step_b: Fraction | None = None,
) -> bool:
    a = Fact(kind_a, value_a, "", 0, 0, comparator_a)
    b = Fact(kind_b, value_b, "", 0, 0, comparator_b)
    if a.kind == "date" and b.kind == "date":
        return dates_meet(a.value, b.value)
    if a.kind == "time" and b.kind == "time":
        # "around 2:50 pm" allows 2:46 pm; "14:46" is "2:46 p.m."
        return time_fits(a, b) or time_fits(b, a)
    ia, ib = interval(a), interval(b)
    if ia is not None and ib is not None:
        if a.kind == "range" and b.kind == "range":
            return a.value == b.value  # "aged 11 to 25" against "aged 12 to 25"
        if a.value == b.value and _opposed(a.comparator, b.comparator):
            return False  # "at least 1,400" against "up to 1,400": said to disagree
        if _bound(a.comparator) and _bound(a.comparator) == _bound(b.comparator):
            # "at least 1,400" against "at least 1,500": each the figure its source gives
            return a.value == b.value
        if decimals_dropped(a, b, step_a, step_b) or decimals_dropped(b, a, step_b, step_a):
            return True
        if a.value == b.value and a.kind == b.kind == "number" and not (
            a.comparator and b.comparator
        ):
            return True  # "250 million users" / "more than 250 million users": one figure
        return ia.meets(ib)
    if a.kind != b.kind:
        return False
    return a.value == b.value and not _opposed(a.comparator, b.comparator)


# A figure written with fewer decimals states a figure within this share of it that rounds up
# or is cut to it (one it rounds to in the usual way it states at any distance). Over the
# tuning corpora of `benchmarks/disagreements.py`, 0.5%, 1% and 2% each drop one notation-only
# conflict of 27 and find the same 34 listed disagreements; also taking whole numbers' zeros as
# rounding ("530 million" / "529 million") lost a listed one (a target of one figure against
# one more).
ROUNDED_WITHIN = Fraction(1, 100)


def decimals_dropped(
    short: Fact, full: Fact, short_step: Fraction | None = None,
    full_step: Fraction | None = None,
) -> bool:
    """Is ``short`` ``full`` written with fewer decimals: rounded ("a 9% stake" / "a 9.2% stake",
    "9.6 seconds" / "9.57 seconds"), or rounded up or cut within ``ROUNDED_WITHIN`` of it ("137
    grams" / "137.6 grams", "10.43 seconds" / "10.422 seconds")? "9%" is no rounding of "9.9%",
    and whole numbers keep their digits: "2,400" is no rounding of "2,417", nor "310" of
    "311". A figure written with a word of scale is as precise as its last digit
    (``short_step``, ``full_step``: see ``scaled_step``): "$69 billion" rounds "$68.7 billion",
    "530 million" does not round "529 million"."""
    if short.kind != "number" or full.kind != "number" or short.comparator or full.comparator:
        return False
    if not isinstance(short.value, Fraction) or not isinstance(full.value, Fraction):
        return False
    last = short_step or decimal_step(short.value)
    if last <= (full_step or decimal_step(full.value)):
        return False
    gap = abs(full.value - short.value)
    if gap * 2 <= last:
        return True
    # a whole number's zeros may be its digits: a target of 310 is no 311
    return step(short.value) <= 1 and gap < last and gap <= ROUNDED_WITHIN * abs(full.value)


def _bound(c: str | None) -> str | None:
    """Which way a comparator bounds a value: "lower", "upper", or None for exact or about."""
    if c in (">=", ">"):
        return "lower"
    if c in ("<=", "<", "<~"):
        return "upper"
    return None


def _opposed(ca: str | None, cb: str | None) -> bool:
    lower, upper = {">=", ">"}, {"<=", "<", "<~"}
    return bool(ca in lower and cb in upper or ca in upper and cb in lower)


def dates_meet(av: object, bv: object) -> bool:
    if isinstance(av, str) or isinstance(bv, str):
        # "yesterday" in a page with no publication date could be any day: it never disagrees.
        return True
    assert isinstance(av, tuple) and isinstance(bv, tuple)
    return all(x is None or y is None or x == y for x, y in zip(av, bv, strict=True))


@dataclass(frozen=True)
class Interval:
    """The values a number or range allows; ``None`` ends are unbounded."""

    lo: Fraction | None
    hi: Fraction | None
    lo_open: bool = False
    hi_open: bool = False

    def meets(self, other: Interval) -> bool:
        return _below(self, other) and _below(other, self)


def _below(a: Interval, b: Interval) -> bool:
    """Does ``a`` start no later than ``b`` ends?"""
    if a.lo is None or b.hi is None:
        return True
    if a.lo_open or b.hi_open:
        return a.lo < b.hi
    return a.lo <= b.hi


def interval(f: Fact) -> Interval | None:
    """The interval of a number or numeric range; ``None`` for other kinds."""
    if f.kind == "range":
        assert isinstance(f.value, tuple)
        lo, hi = f.value
        if not isinstance(lo, Fraction) or not isinstance(hi, Fraction) or lo > hi:
            return None  # a score ("4-2") is no interval
        return Interval(lo, hi)
    if f.kind != "number" or not isinstance(f.value, Fraction):
        return None
    v, c = f.value, f.comparator
    if c == "~":
        # Up to the figure that rounds to the next one: "about 400" and "about 500" meet at
        # 450, which a reader rounds to 500, and disagree.
        half = approximate_margin(v)
        return Interval(v - half, v + half, hi_open=True)
    if c == "<~":
        return Interval(v - step(v), v)
    if c == ">":
        return Interval(v, None, lo_open=True)
    if c == ">=":
        return Interval(v, None)
    if c == "<":
        return Interval(None, v, hi_open=True)
    if c == "<=":
        return Interval(None, v)
    return Interval(v, v)


def display(f: Fact) -> str:
    base = format_value(f.kind, f.value)
    return f"{COMPARATOR_WORDS[f.comparator]} {base}" if f.comparator else base
