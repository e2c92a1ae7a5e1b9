"""Facts found in a span of text: numbers, dates, ranges, comparators, negation and names.

Fuzzy matching finds the passage; the facts decide whether it says the same thing. Every fact
is reduced to a canonical value so that notation never matters (``1,400`` = ``1400``,
``twelve`` = ``12``, ``26th August 2014`` = ``August 26, 2014``, ``1997–2013`` = ``between 1997
and 2013``) while any change of value does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache

from factbase.text import norm, normalize

# --- vocabulary ------------------------------------------------------------------------------

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
MONTH_NAMES = (
    "", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
_UNITS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_SUFFIX_SCALES = {"k": 1000, "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9}
_FRACTIONS = {
    "half": Fraction(1, 2), "a half": Fraction(1, 2), "one half": Fraction(1, 2),
    "a third": Fraction(1, 3), "one third": Fraction(1, 3), "two thirds": Fraction(2, 3),
    "two-thirds": Fraction(2, 3), "a quarter": Fraction(1, 4), "one quarter": Fraction(1, 4),
    "three quarters": Fraction(3, 4), "three-quarters": Fraction(3, 4),
    "a fifth": Fraction(1, 5), "one fifth": Fraction(1, 5), "a tenth": Fraction(1, 10),
}

# Comparators, longest first, mapped to a canonical symbol.
_COMPARATORS = {
    "no fewer than": ">=", "no less than": ">=", "not less than": ">=", "at least": ">=",
    "a minimum of": ">=", "as young as": ">=", "as low as": ">=", "as few as": ">=",
    "upwards of": ">", "in excess of": ">", "more than": ">", "greater than": ">",
    "just over": ">", "over": ">", "above": ">", "exceeding": ">",
    "no more than": "<=", "not more than": "<=", "at most": "<=", "a maximum of": "<=",
    "up to": "<=", "as many as": "<=", "as old as": "<=", "as high as": "<=",
    "fewer than": "<", "less than": "<", "just under": "<", "under": "<", "below": "<",
    "approximately": "~", "an estimated": "~", "estimated": "~", "roughly": "~", "around": "~",
    "about": "~", "nearly": "~", "almost": "~", "some": "~", "close to": "~", "circa": "~",
    "c.": "~",
}
COMPARATOR_WORDS = {
    ">=": "at least", ">": "more than", "<=": "up to", "<": "fewer than", "~": "about",
}
_LOWER = {">=", ">"}
# A passage name counts as the counterpart of a claim's missing name when it stands at about the
# same relative place (share of the aligned text) in the passage as the missing one in the claim.
NAME_POSITION_SLACK = 0.3
# Capitalised words this close (a space, or " of ") belong to one name: "Borough of Rotherham".
NAME_GAP = 4
_UPPER = {"<=", "<"}

_NEGATORS = frozenset(
    "not n't never no nobody none nothing neither nor without cannot".split()
)
# Content words after a negator that make up what it negates ("no action was taken": action,
# taken).
NEGATION_SCOPE = 3
_NOT_SCOPE = frozenset(
    """a an the be been being was were is are has have had do does did to of in on at for by
    with as it its this that their his her they he she we you i so any all very more much
    one only yet ever""".split()
)
_HONORIFICS = frozenset(
    """mr mrs ms miss dr prof professor cllr coun councillor sir dame lord lady rev reverend
    chief superintendent inspector sergeant constable officer the""".split()
)
_NOT_NAMES = frozenset(
    """a an the and or but if of in on at to for from by with as is are was were be been it its
    this that these those there their they he she his her we our you your i my not no so than
    then also into after before between during while which who what when where why how all any
    both each more most other some such only said says according however although though
    yet since until unless because despite following shortly soon another many much several
    every few here one two three four five six seven eight nine ten first last next new read
    click video page have has had do did does will would could should may might must can
    monday tuesday wednesday thursday friday saturday sunday""".split()
) | frozenset(MONTHS)

# --- facts -----------------------------------------------------------------------------------

DateValue = tuple[int | None, int | None, int | None]


@dataclass(frozen=True)
class Fact:
    """One fact, with where it stands in the text it was read from."""

    kind: str  # "number" | "date" | "range" | "negation" | "name"
    value: object  # canonical: Fraction, DateValue, (lo, hi), negator, name (lower case)
    text: str  # as written
    start: int
    end: int
    comparator: str | None = None
    unit: str | None = None  # the word after a number: what it counts

    def display(self) -> str:
        """The canonical value as people write it."""
        base = format_value(self.kind, self.value)
        if self.comparator:
            return f"{COMPARATOR_WORDS[self.comparator]} {base}"
        return base


def format_value(kind: str, value: object) -> str:
    if kind == "number":
        assert isinstance(value, Fraction)
        return _format_number(value)
    if kind == "date":
        return _format_date(value)  # type: ignore[arg-type]
    if kind == "range":
        assert isinstance(value, tuple)
        lo, hi = value
        if isinstance(lo, Fraction):
            return f"{_format_number(lo)}–{_format_number(hi)}"
        return f"{_format_date(lo)}–{_format_date(hi)}"
    return str(value)


def _format_number(v: Fraction) -> str:
    if v.denominator == 1:
        return f"{v.numerator:,}"
    for words, frac in _FRACTIONS.items():
        if frac == v and not words.startswith("one"):
            return words
    return f"{float(v):g}"


def _format_date(v: DateValue | str) -> str:
    if isinstance(v, str):
        return v
    y, m, d = v
    parts = []
    if d:
        parts.append(str(d))
    if m:
        parts.append(MONTH_NAMES[m])
    if y:
        parts.append(str(y))
    return " ".join(parts)


@dataclass(frozen=True)
class Difference:
    """A fact of the claim that the passage does not carry, or carries with another value."""

    kind: str
    claim: str | None
    source: str | None

    def as_dict(self) -> dict[str, str | None]:
        return {"kind": self.kind, "claim": self.claim, "source": self.source}


@dataclass
class FactSet:
    facts: list[Fact] = field(default_factory=list)

    def of(self, *kinds: str) -> list[Fact]:
        return [f for f in self.facts if f.kind in kinds]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.facts)

    def __len__(self) -> int:
        return len(self.facts)


# --- extraction ------------------------------------------------------------------------------

_MONTH_RE = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_YEAR_RE = r"(?:1[89]\d\d|20\d\d)"
_DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_WORDNUM_RE = (
    r"(?:(?:" + "|".join(list(_TENS) + list(_UNITS)) + r")(?:[- ](?:"
    + "|".join(["one", *_UNITS]) + r"))?(?:[- ](?:hundred|thousand|million|billion))?"
    r"|(?:one|a) (?:hundred|thousand|million|billion))"
)
_FRACTION_RE = "|".join(sorted((re.escape(k) for k in _FRACTIONS), key=len, reverse=True))
_NUM_RE = (
    r"(?P<cur>[£$€])?(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)"
    r"(?:\s?(?P<scale>million|billion|thousand|bn|mn|m|k)\b)?"
    r"(?P<pct>\s?(?:%|per ?cent\b|percent\b))?"
)
_COMP_RE = "|".join(
    sorted((re.escape(k) for k in _COMPARATORS), key=len, reverse=True)
)

_DATE_DMY = re.compile(
    rf"\b(?P<d>{_DAY_RE})(?: of)? (?P<m>{_MONTH_RE})(?:,? (?P<y>{_YEAR_RE}))?\b", re.I
)
_DATE_MDY = re.compile(
    rf"\b(?P<m>{_MONTH_RE}) (?P<d>{_DAY_RE})(?:,? (?P<y>{_YEAR_RE}))?\b(?![,.]?\d)", re.I
)
_DATE_MY = re.compile(rf"\b(?P<m>{_MONTH_RE}),? (?P<y>{_YEAR_RE})\b", re.I)
_DATE_NUMERIC = re.compile(r"\b(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>\d{4}|\d{2})\b")
_DATE_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
_RELATIVE = re.compile(
    rf"\b(?P<rel>last|this|next|earlier this|later this) (?P<what>{_MONTH_RE}|year|month)\b"
    r"|\b(?P<day>today|yesterday|this (?:morning|afternoon|evening))\b",
    re.I,
)
_YEAR = re.compile(rf"(?<![\d,.£$€])\b(?P<y>{_YEAR_RE})\b(?!s\b|'s\b|,\d|\.\d|%)")
_YEAR_SPAN = re.compile(rf"\b(?P<a>{_YEAR_RE}) ?- ?(?P<b>{_YEAR_RE}|\d\d)\b(?!-)")
_BETWEEN = re.compile(
    r"\b(?P<kw>(?:aged )?between|(?:aged )?from|aged|ages)(?: the ages of| ages)? "
    r"(?P<a>[^,;:()]{1,25}?) "
    r"(?:and|to|until|till|-) (?P<b>[^,;:()]{1,25})",
    re.I,
)
_NUMBER = re.compile(rf"(?<![\w.,]){_NUM_RE}(?![\w]|[.,]\d)", re.I)
_WORD_NUMBER = re.compile(
    rf"\b(?:(?P<frac>{_FRACTION_RE})|(?P<words>{_WORDNUM_RE}))\b", re.I
)
_NEG = re.compile(
    r"\b(?:not|never|no|nobody|none|nothing|neither|nor|without|cannot)\b|n't\b", re.I
)
_CAP_WORD = re.compile(r"\b[A-Z][\w'’&.-]*[\w]|\b[A-Z]\b")
_TOKEN_BEFORE = re.compile(r"([\w.']+)\W*$")


_COMPARATOR_NEGATION = re.compile(r"\s+(?:fewer|less|more|greater)\s+than\b", re.I)
# Cheap tests that let extraction skip whole families of patterns.
_HAS_DIGIT = re.compile(r"\d")
_HAS_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_HAS_RANGE_WORD = re.compile(r"\b(?:between|from|aged|ages)\b")
_HAS_RELATIVE = re.compile(r"\b(?:last|this|next|today|yesterday)\b")
_NUMBER_WORDS = frozenset(
    [*_UNITS, *_TENS, *_SCALES, "half", "third", "thirds", "quarter", "quarters", "fifth",
     "tenth"]
)


def _month(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _day(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _year(s: str | None, century_hint: int = 2000) -> int | None:
    if not s:
        return None
    y = int(s)
    if len(s) == 2:
        y += century_hint
    return y


def parse_number(text: str) -> Fraction | None:
    """The value of a number as written: ``1,400``, ``1400``, ``twelve``, ``a third``, ``£4.5m``."""
    t = text.strip().lower()
    m = _NUMBER.fullmatch(t)
    if m:
        return _number_value(m)
    m = _WORD_NUMBER.fullmatch(t)
    if m:
        return _word_value(m)
    return None


def _number_value(m: re.Match[str]) -> Fraction:
    v = Fraction(m.group("num").replace(",", ""))
    scale = (m.group("scale") or "").lower()
    if scale:
        v *= _SCALES.get(scale) or _SUFFIX_SCALES[scale]
    return v


def _word_value(m: re.Match[str]) -> Fraction:
    if m.group("frac"):
        return _FRACTIONS[m.group("frac").lower()]
    total = 0
    current = 0
    for w in re.split(r"[- ]", m.group("words").lower()):
        if w in ("a", "one"):
            current += 1
        elif w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w in _SCALES:
            current = max(current, 1) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total += current
                current = 0
    return Fraction(total + current)


def _parse_point(text: str, ref: DateValue | None) -> DateValue | Fraction | None:
    """A range endpoint: a date, a year or a number ("early 2005" is 2005)."""
    t = re.sub(r"^(?:early|late|mid-?|the end of|the start of)\s*", "", text.strip(), flags=re.I)
    t = t.rstrip(",.")
    for rx in (_DATE_DMY, _DATE_MDY, _DATE_MY):
        m = rx.fullmatch(t)
        if m:
            gd = m.groupdict()
            y = _year(gd.get("y"))
            d = _day(gd["d"]) if gd.get("d") else None
            return (y, _month(gd["m"]), d)
    if re.fullmatch(_MONTH_RE, t, re.I):
        return (ref[0] if ref else None, _month(t), None)
    if re.fullmatch(_YEAR_RE, t):
        return (int(t), None, None)
    return parse_number(t)


class _Extractor:
    def __init__(self, original: str, reference: DateValue | None) -> None:
        self.norm = normalize(original, casefold=False, drop_thousands=False)
        self.text = self.norm.text
        self.reference = reference
        self.taken = [False] * (len(self.text) + 1)
        self.facts: list[Fact] = []

    def free(self, s: int, e: int) -> bool:
        return not any(self.taken[s:e])

    def add(
        self,
        kind: str,
        value: object,
        s: int,
        e: int,
        comparator: str | None = None,
        unit: str | None = None,
        claim_span: bool = True,
    ) -> None:
        if claim_span:
            for k in range(s, e):
                self.taken[k] = True
        os_, oe = self.norm.to_original(s, e)
        self.facts.append(
            Fact(kind, value, self.norm.original[os_:oe], os_, oe, comparator, unit)
        )

    def comparator_before(self, s: int) -> tuple[str | None, int]:
        head = self.text[max(0, s - 30):s].lower()
        m = re.search(rf"\b({_COMP_RE}) $", head)
        if not m:
            return None, s
        return _COMPARATORS[m.group(1)], s - (len(head) - m.start())

    def unit_after(self, e: int) -> str | None:
        m = re.match(r"\s*(?:-\s*)?([A-Za-z][A-Za-z'-]*)", self.text[e:e + 30])
        if not m:
            return None
        word = m.group(1).lower()
        return None if word in ("and", "or", "to", "of", "in", "on", "at", "by") else word

    def run(self) -> list[Fact]:
        t = self.text
        ref = self.reference
        low = t.lower()
        digits = _HAS_DIGIT.search(t) is not None
        months = digits and _HAS_MONTH.search(low) is not None
        # Ranges first: their endpoints are not separate facts.
        for m in _BETWEEN.finditer(t) if _HAS_RANGE_WORD.search(low) else ():
            a = _parse_point(m.group("a"), ref)
            if a is None:
                continue
            # The longest run of words after "and"/"to" that reads as an endpoint.
            tail = m.group("b")
            cuts = [k for k in range(len(tail), 0, -1) if k == len(tail) or tail[k] == " "]
            for k in cuts:
                b = _parse_point(tail[:k], ref)
                if b is not None and type(a) is type(b):
                    end = m.start("b") + len(tail[:k].rstrip(".,"))
                    if self.free(m.start(), end):
                        self.add("range", (a, b), m.start(), end)
                    break
        for m in _YEAR_SPAN.finditer(t) if digits else ():
            if not self.free(m.start(), m.end()):
                continue
            first = int(m.group("a"))
            last_s = m.group("b")
            last = int(last_s) if len(last_s) == 4 else (first // 100) * 100 + int(last_s)
            if len(last_s) == 2 and last <= first:
                last += 100  # "1999-00"
            if last <= first or last - first > 100:
                continue
            self.add("range", ((first, None, None), (last, None, None)), m.start(), m.end())
        # Dates, most specific first.
        date_patterns = (
            (_DATE_ISO, _DATE_NUMERIC) if digits else ()
        ) + ((_DATE_DMY, _DATE_MDY, _DATE_MY) if months else ())
        for rx in date_patterns:
            for m in rx.finditer(t):
                if not self.free(m.start(), m.end()):
                    continue
                gd = m.groupdict()
                month = int(gd["m"]) if gd["m"].isdigit() else _month(gd["m"])
                if not 1 <= month <= 12:
                    continue
                if rx is _DATE_MDY and t[m.start()].islower():
                    continue  # "may 5" in running text is rarely a date
                y = _year(gd.get("y"))
                d = _day(gd["d"]) if gd.get("d") else None
                if y is None and ref is not None and rx in (_DATE_DMY, _DATE_MDY):
                    y = ref[0]
                self.add("date", (y, month, d), m.start(), m.end())
        for m in _RELATIVE.finditer(t) if _HAS_RELATIVE.search(low) else ():
            if not self.free(m.start(), m.end()):
                continue
            value = _resolve_relative(m, ref)
            self.add("date", value, m.start(), m.end())
        for m in _YEAR.finditer(t) if digits else ():
            if not self.free(m.start(), m.end()):
                continue
            comp, _ = self.comparator_before(m.start())
            if comp is not None:
                continue  # "more than 2000" counts something
            self.add("date", (int(m.group("y")), None, None), m.start(), m.end())
        # Numbers.
        for m in _NUMBER.finditer(t) if digits else ():
            if not self.free(m.start(), m.end()):
                continue
            comp, _ = self.comparator_before(m.start())
            unit = "%" if m.group("pct") else self.unit_after(m.end())
            self.add("number", _number_value(m), m.start(), m.end(), comp, unit)
        has_word_number = not _NUMBER_WORDS.isdisjoint(re.findall(r"[a-z]+", low))
        for m in _WORD_NUMBER.finditer(t) if has_word_number else ():
            if not self.free(m.start(), m.end()):
                continue
            comp, _ = self.comparator_before(m.start())
            self.add(
                "number", _word_value(m), m.start(), m.end(), comp, self.unit_after(m.end())
            )
        for m in _NEG.finditer(t):
            if _COMPARATOR_NEGATION.match(t, m.end()):
                continue  # "no fewer than" is a bound, not a negation
            # What is negated: the content words that follow, up to the end of the clause.
            clause = re.split(r"[,;:.!?()]| - ", t[m.end():m.end() + 80], maxsplit=1)[0]
            scope = [
                w for w in re.findall(r"[a-z]+", clause.lower()) if w not in _NOT_SCOPE
            ][:NEGATION_SCOPE]
            self.add(
                "negation", "not", m.start(), m.end(), unit=" ".join(scope), claim_span=False
            )
        self.names()
        self.facts.sort(key=lambda f: (f.start, f.end))
        return self.facts

    def names(self) -> None:
        t = self.text
        for m in _CAP_WORD.finditer(t):
            word = m.group(0).rstrip(".'’")
            if word.lower().endswith(("'s", "’s")):
                word = word[:-2]
            low = word.lower()
            if not word or low in _NOT_NAMES or low in _HONORIFICS:
                continue
            if not self.free(m.start(), m.end()):
                continue
            if (
                _sentence_initial(t, m.start())
                and not _followed_by_capital(t, m.end())
                and not (word.isupper() and len(word) > 1)
            ):
                continue  # "Children were ..." - a capital only because a sentence starts here
            self.add("name", low, m.start(), m.start() + len(word), claim_span=False)


def _sentence_initial(t: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and (t[k].isspace() or t[k] in "\"'([“‘"):
        k -= 1
    return k < 0 or t[k] in ".!?:;|" or t[k].isdigit() and k < 4


def _followed_by_capital(t: str, end: int) -> bool:
    m = re.match(r"\s+([A-Z])", t[end:end + 3])
    return m is not None


def _resolve_relative(m: re.Match[str], ref: DateValue | None) -> DateValue | str:
    phrase = m.group(0).lower()
    if ref is None or ref[0] is None:
        return phrase
    y, mo, d = ref
    if m.group("day"):
        if phrase == "yesterday":
            return phrase if d is None else _previous_day(ref)
        return (y, mo, d)
    assert y is not None
    rel = m.group("rel").lower()
    what = m.group("what").lower()
    if what == "year":
        return (y - 1 if rel == "last" else y + 1 if rel == "next" else y, None, None)
    if what == "month":
        if mo is None:
            return phrase
        if rel == "last":
            return (y - 1, 12, None) if mo == 1 else (y, mo - 1, None)
        if rel == "next":
            return (y + 1, 1, None) if mo == 12 else (y, mo + 1, None)
        return (y, mo, None)
    month = _month(what)
    if rel == "last":
        if mo is None:
            return phrase
        return (y if month < mo else y - 1, month, None)
    if rel == "next":
        if mo is None:
            return phrase
        return (y if month > mo else y + 1, month, None)
    return (y, month, None)


def _previous_day(ref: DateValue) -> DateValue:
    import datetime as _dt

    y, m, d = ref
    assert y and m and d
    prev = _dt.date(y, m, d) - _dt.timedelta(days=1)
    return (prev.year, prev.month, prev.day)


def parse_reference_date(value: str | None) -> DateValue | None:
    """A publication date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) to resolve "last October"."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip())
    if not m:
        return None
    import datetime as _dt

    try:
        _dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None  # "2014-13" or "2014-02-30"
    return (
        int(m.group(1)),
        int(m.group(2)) if m.group(2) else None,
        int(m.group(3)) if m.group(3) else None,
    )


def extract(text: str, *, reference: DateValue | None = None) -> FactSet:
    """Every fact in ``text``; offsets point into ``text`` as given."""
    return FactSet(list(_extract(text, reference)))


@lru_cache(maxsize=65536)
def _extract(text: str, reference: DateValue | None) -> tuple[Fact, ...]:
    return tuple(_Extractor(text, reference).run())


# --- comparison ------------------------------------------------------------------------------


def _date_covers(passage: object, claim: object) -> bool:
    """The passage's date says at least what the claim's does (it may be more precise)."""
    if isinstance(passage, str) or isinstance(claim, str):
        return passage == claim
    assert isinstance(passage, tuple) and isinstance(claim, tuple)
    if passage[0] is None and passage[1] is not None and passage[2] is not None:
        # "died on May 7" in an article of unknown date: the year is not stated, not different.
        passage = (claim[0], passage[1], passage[2])
    return all(c is None or p == c for p, c in zip(passage, claim, strict=True))


def _comparators_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == "~" or b == "~":
        return True
    return (a in _LOWER) == (b in _LOWER) and (a in _UPPER) == (b in _UPPER)


def _same_value(c: Fact, p: Fact) -> bool:
    if c.kind == "number":
        if p.kind == "range":
            assert isinstance(p.value, tuple)
            lo, hi = p.value
            return isinstance(lo, Fraction) and c.value in (lo, hi)
        # "40%" and "40 of the victims" are different facts.
        return p.kind == "number" and c.value == p.value and (c.unit == "%") == (p.unit == "%")
    if c.kind == "date":
        if p.kind == "date":
            return _date_covers(p.value, c.value)
        if p.kind == "range":
            assert isinstance(p.value, tuple)
            lo, hi = p.value
            return isinstance(lo, tuple) and (
                _date_covers(lo, c.value) or _date_covers(hi, c.value)
            )
        return False
    if c.kind == "range":
        if p.kind != "range":
            return False
        assert isinstance(c.value, tuple) and isinstance(p.value, tuple)
        clo, chi = c.value
        plo, phi = p.value
        if isinstance(clo, tuple) and isinstance(plo, tuple):
            return _date_covers(plo, clo) and _date_covers(phi, chi)
        return bool(clo == plo and chi == phi)
    return False


def shared_facts(claim_values: Sequence[Fact], passage: FactSet) -> int:
    """How many of the claim's number, date and range facts the passage states too."""
    pool = passage.of("number", "date", "range")
    return sum(1 for c in claim_values if any(_same_value(c, p) for p in pool))


def _counterpart(c: Fact, candidates: Sequence[Fact]) -> Fact | None:
    kinds = {"number": ("number",), "date": ("date", "range"), "range": ("range", "date")}
    pool = [p for p in candidates if p.kind in kinds.get(c.kind, ())]
    if not pool:
        return None

    def rank(p: Fact) -> tuple[int, int, float]:
        same_kind = 0 if p.kind == c.kind else 1
        same_unit = 0 if (c.unit and p.unit == c.unit) else 1
        if c.kind == "number" and p.kind == "number":
            assert isinstance(c.value, Fraction) and isinstance(p.value, Fraction)
            dist = abs(float(c.value) - float(p.value)) / (abs(float(c.value)) + 1)
        elif c.kind == "date" and p.kind == "date":
            dist = _date_distance(c.value, p.value)
        else:
            dist = 0.0
        return (same_unit if c.kind == "number" else same_kind, same_kind, dist)

    return min(pool, key=rank)


def _date_distance(a: object, b: object) -> float:
    if not (isinstance(a, tuple) and isinstance(b, tuple)):
        return 1e9
    ya, ma, _ = a
    yb, mb, _ = b
    if ya is None or yb is None:
        return 1e6 + abs((ma or 0) - (mb or 0))
    return abs(ya * 12 + (ma or 6) - yb * 12 - (mb or 6))


def compare(
    claim: FactSet,
    passage: FactSet,
    *,
    aligned: FactSet | None = None,
    passage_text: str = "",
    claim_text: str = "",
    context_text: str = "",
) -> list[Difference]:
    """The differences between what a claim states and what its passage states.

    ``aligned`` holds the facts of the part of the passage that lines up with the claim; it
    decides negation (a "not" elsewhere in a long passage is about something else). Names are
    checked against ``passage_text`` as well, so "Rotherham Council" in the claim agrees with
    "Rotherham council" in the passage, and against ``context_text`` (the text just before
    the passage), where the person a passage calls "he" is named.
    """
    diffs: list[Difference] = []
    value_kinds = ("number", "date", "range")
    p_values = passage.of(*value_kinds)
    used: set[int] = set()

    unmatched: list[Fact] = []
    for c in claim.of(*value_kinds):
        hit = next(
            (i for i, p in enumerate(p_values) if i not in used and _same_value(c, p)), None
        )
        if hit is None:
            hit = next((i for i, p in enumerate(p_values) if _same_value(c, p)), None)
        if hit is None:
            unmatched.append(c)
            continue
        used.add(hit)
        p = p_values[hit]
        if not _comparators_agree(c.comparator, p.comparator):
            diffs.append(
                Difference(
                    "comparator",
                    COMPARATOR_WORDS[c.comparator or "~"] + " " + format_value(c.kind, c.value),
                    COMPARATOR_WORDS[p.comparator or "~"] + " " + format_value(p.kind, p.value),
                )
            )
    leftovers = [p for i, p in enumerate(p_values) if i not in used]
    for c in unmatched:
        other = _counterpart(c, leftovers)
        if other is not None:
            leftovers.remove(other)
        kind = c.kind if c.kind != "range" else "range"
        diffs.append(
            Difference(kind, c.display(), other.display() if other is not None else None)
        )

    # Negation: does the claim deny what the passage asserts, or the other way round? Only a
    # negator whose scope (the words it negates) the other side also speaks of counts: "who did
    # not receive the level of service" says nothing about a claim on an apology.
    region = aligned if aligned is not None else passage
    c_neg = [f for f in claim.of("negation") if _in_scope(f, passage_text, passage)]
    p_neg = [f for f in passage.of("negation") if _in_scope(f, claim_text, claim)]
    # Each relevant negator must have a partner on the other side negating the same thing:
    # "these reports were not ignored" against "these reports were ignored and no action was
    # taken" is two unmatched negations, not two that cancel out.
    lone_c = [f for f in c_neg if not any(_same_scope(f, g) for g in p_neg)]
    lone_p = [f for f in p_neg if not any(_same_scope(f, g) for g in c_neg)]
    if lone_c or lone_p:
        diffs.append(
            Difference(
                "negation",
                lone_c[0].text.lower() if lone_c else None,
                lone_p[0].text.lower() if lone_p else None,
            )
        )

    # Names: each name in the claim must stand in the passage.
    passage_words = _name_words(passage_text + " " + context_text) if passage_text else {
        f.value for f in passage.of("name")
    }
    claim_names = {f.value for f in claim.of("name")}
    present = {f.start for f in claim.of("name") if f.value in passage_words}
    missing = [
        f for f in claim.of("name")
        if f.value not in passage_words
        and not _acronym_in(str(f.value), passage_text)
        and not _spelled_out_acronym(f, claim.of("name"), passage_words)
        and not _part_of_present_name(
            f, claim.of("name"), present, claim_text, passage_text, claim_names
        )
    ]
    if missing:
        spare = [f for f in region.of("name") if f.value not in claim_names]
        for f in missing:
            other = _nearest_name(f, spare, claim=claim, region=region)
            if other is not None:
                spare.remove(other)
            diffs.append(
                Difference("name", f.text, other.text if other is not None else None)
            )
    return diffs


def _nearest_name(
    missing: Fact, spare: list[Fact], *, claim: FactSet, region: FactSet
) -> Fact | None:
    """The passage name standing where the claim's missing name stands, if one does.

    Positions are compared as shares of the span the facts cover on each side, so that the
    third name of the claim meets the third name of the passage.
    """
    if not spare:
        return None
    if len(spare) == 1:
        return spare[0]

    def relative(f: Fact, facts: FactSet) -> float:
        lo = min(g.start for g in facts)
        hi = max(g.start for g in facts)
        return (f.start - lo) / max(1, hi - lo)

    rel = relative(missing, claim)
    best = min(spare, key=lambda f: abs(relative(f, region) - rel))
    return best if abs(relative(best, region) - rel) <= NAME_POSITION_SLACK else None


def _part_of_present_name(
    f: Fact,
    names: list[Fact],
    present: set[int],
    claim_text: str,
    passage_text: str,
    claim_names: set[object],
) -> bool:
    """"Martin" of "Martin Kimber" when the passage says "Kimber": one name, found.

    Not when the passage puts another word in its place: "West Yorkshire Police" against
    "South Yorkshire Police", "Sheffield Council" against "Rotherham Council".
    """
    if not claim_text:
        return False
    for other in names:
        if other.start not in present or other is f:
            continue
        lo, hi = sorted((f, other), key=lambda x: x.start)
        gap = claim_text[lo.end:hi.start]
        if re.fullmatch(r"(?:\s+[A-Z][\w'’.-]*)*\s+", gap) is None:
            continue
        replaced = f.start < other.start and _preceded_by_other_name(
            str(other.value), passage_text, claim_names
        )
        return not replaced
    return False


def _preceded_by_other_name(word: str, passage_text: str, claim_names: set[object]) -> bool:
    pattern = re.compile(rf"([A-Z][\w'’-]*)\s+{re.escape(word)}\b", re.I)
    for m in pattern.finditer(normalize(passage_text, casefold=False).text):
        before = m.group(1)
        low = before.lower().rstrip(".'’")
        if low.endswith(("'s", "’s")):
            low = low[:-2]
        if before[0].isupper() and low not in claim_names and low not in _NOT_NAMES | _HONORIFICS:
            return True
    return False


def _same_scope(a: Fact, b: Fact) -> bool:
    """Do two negators negate the same thing (their first negated word, by stem)?"""
    wa, wb = (a.unit or "").split(), (b.unit or "").split()
    if not wa or not wb:
        return True
    return wa[0][:5] == wb[0][:5]


def _in_scope(neg: Fact, other_text: str, other: FactSet) -> bool:
    """Does the other side speak of what ``neg`` negates?"""
    scope = (neg.unit or "").split()
    if not scope:
        return True
    if not other_text:
        return True
    stems = _stems5(other_text)
    return any(w[:5] in stems for w in scope)


def _spelled_out_acronym(
    f: Fact, names: list[Fact], passage_words: frozenset[str] | set[object]
) -> bool:
    """"Rotherham Metropolitan Borough Council" in the claim, "RMBC" in the passage."""
    group: list[Fact] = []
    for g in sorted(names, key=lambda g: g.start):
        if group and g.start - group[-1].end > NAME_GAP:
            if f in group:
                break
            group = []
        group.append(g)
    if f not in group or len(group) < 2:
        return False
    initials = "".join(str(g.value)[0] for g in group)
    return initials in passage_words


@lru_cache(maxsize=8192)
def _stems5(text: str) -> frozenset[str]:
    return frozenset(w[:5] for w in re.findall(r"[a-z]+", norm(text)))


@lru_cache(maxsize=8192)
def _name_words(text: str) -> frozenset[str]:
    low = norm(text)
    out = set(re.findall(r"[\w&.-]+", low))
    out |= {w[:-2] for w in out if w.endswith("'s")}
    out |= {w.rstrip(".") for w in out}
    return frozenset(out)


def _acronym_in(name: str, text: str) -> bool:
    """``rmbc`` stands for "Rotherham Metropolitan Borough Council" in ``text``."""
    if not text or len(name) < 2 or not name.isalpha():
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Z][a-z]+", text)).lower()
    return name in initials


def facts_summary(facts: Iterable[Fact]) -> list[dict[str, object]]:
    """Plain dictionaries for JSON output."""
    return [
        {
            "kind": f.kind,
            "value": f.display(),
            "text": f.text,
            "start": f.start,
            "end": f.end,
        }
        for f in facts
    ]
