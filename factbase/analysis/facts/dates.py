"""Dates at any precision, relative dates ("last October") and publication dates."""

from __future__ import annotations

import datetime as _dt
import re

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

# The days of the week, Monday first, as ``datetime.date.weekday`` numbers them.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The names of months and days: words of when, never of who.
TIME_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)

DateValue = tuple[int | None, int | None, int | None]

MONTH_RE = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
YEAR_RE = r"(?:1[89]\d\d|20\d\d)"
# A decade: "the 1990s", "the 2010s" (read as the range of its ten years).
DECADE = re.compile(r"\b((?:1[5-9]|20)\d0)s\b")
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

DATE_DMY = re.compile(
    rf"\b(?P<d>{DAY_RE})(?: of)? (?P<m>{MONTH_RE})(?:,? (?P<y>{YEAR_RE}))?\b", re.I
)
DATE_MDY = re.compile(
    rf"\b(?P<m>{MONTH_RE}) (?P<d>{DAY_RE})(?:,? (?P<y>{YEAR_RE}))?\b(?![,.]?\d)", re.I
)
# Days of one month, as a span: "March 2-4, 2020", "Oct. 11 to 13", "2-4 March 2020" ("and"
# after "between" only: "on 3 and 4 May" names two days).
_DAY_SPAN_END = rf"(?:,? (?P<y>{YEAR_RE}))?\b(?![-/.,]?\d)"
DAY_SPAN_MDY = re.compile(
    rf"\b(?P<m>{MONTH_RE}) (?P<a>{DAY_RE}) ?(?P<to>-|–|—| to | through | and ) ?(?P<b>{DAY_RE})"
    + _DAY_SPAN_END,
    re.I,
)
DAY_SPAN_DMY = re.compile(
    rf"\b(?P<a>{DAY_RE}) ?(?P<to>-|–|—| to | and ) ?(?P<b>{DAY_RE}) (?P<m>{MONTH_RE})"
    + _DAY_SPAN_END,
    re.I,
)
# Days of one month named in a list: "3 and 4 May 2019", "3, 4 and 5 May", "May 3 and 4, 2019".
_DAY_LIST = rf"{DAY_RE}(?:\s*,\s*{DAY_RE})*,?\s+and\s+{DAY_RE}"
DAY_LIST_DMY = re.compile(
    rf"\b(?P<days>{_DAY_LIST})\s+(?P<m>{MONTH_RE})(?:,?\s+(?P<y>{YEAR_RE}))?\b(?![,.]?\d)", re.I
)
DAY_LIST_MDY = re.compile(
    rf"\b(?P<m>{MONTH_RE})\s+(?P<days>{_DAY_LIST})(?:,?\s+(?P<y>{YEAR_RE}))?\b(?![,.]?\d)", re.I
)
DAY_IN_LIST = re.compile(DAY_RE)
DATE_MY = re.compile(rf"\b(?P<m>{MONTH_RE}),?(?: of)? (?P<y>{YEAR_RE})\b", re.I)
# Day first ("26/8/14", "26.08.2014"); a first number over 12 cannot be a month, so "8/26/2014"
# is read the American way.
DATE_NUMERIC = re.compile(
    r"\b(?P<d>[0-3]?\d)(?P<sep>[/.])(?P<m>[0-3]?\d)(?P=sep)(?P<y>\d{4}|\d{2})\b(?!\.\d)"
)
DATE_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
# Year first with the month's name, as some tables write it: "2019-Mar-07".
DATE_YMD_NAMED = re.compile(
    rf"\b(?P<y>{YEAR_RE})-(?P<m>{MONTH_RE})-(?P<d>[0-3]?\d)\b(?![-/.]?\d)", re.I
)
RELATIVE = re.compile(
    rf"\b(?P<rel>last|this|next|earlier this|later this) (?P<what>{MONTH_RE}|year|month)\b"
    r"|\b(?P<day>today|yesterday|this (?:morning|afternoon|evening))\b",
    re.I,
)
YEAR = re.compile(rf"(?<![\d,.£$€])\b(?P<y>{YEAR_RE})\b(?!s\b|'s\b|,\d|\.\d|%)")
HAS_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
HAS_RELATIVE = re.compile(r"\b(?:last|this|next|today|yesterday)\b")


def month_number(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def day_number(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def full_year(s: str | None, century_hint: int = 2000) -> int | None:
    if not s:
        return None
    y = int(s)
    if len(s) == 2:
        y += century_hint
    return y


def resolve_relative(m: re.Match[str], ref: DateValue | None) -> DateValue | str:
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
    month = month_number(what)
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
    try:
        _dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None  # "2014-13" or "2014-02-30"
    return (
        int(m.group(1)),
        int(m.group(2)) if m.group(2) else None,
        int(m.group(3)) if m.group(3) else None,
    )


def format_date(v: DateValue | str) -> str:
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


def date_covers(passage: object, claim: object) -> bool:
    """The passage's date says at least what the claim's does (it may be more precise)."""
    if isinstance(passage, str) or isinstance(claim, str):
        return passage == claim
    assert isinstance(passage, tuple) and isinstance(claim, tuple)
    # A year-less "on 5 March" never covers "in 2011": what the passage does not say is not
    # stated (``date_consistent`` tells that apart from a different date).
    return all(c is None or p == c for p, c in zip(passage, claim, strict=True))


def date_consistent(passage: object, claim: object) -> bool:
    """Could both be the same date: every part both state is equal ("7 May" and "7 May 2019");
    of two spans of dates, each end ("2004–2005" and "November 2004–2005")."""
    if not (isinstance(passage, tuple) and isinstance(claim, tuple)):
        return passage == claim
    if len(passage) != len(claim):
        return False
    return all(
        p is None or c is None or p == c
        or (isinstance(p, tuple) and isinstance(c, tuple) and date_consistent(p, c))
        for p, c in zip(passage, claim, strict=True)
    )


def may_be_one_time(loose: object, exact: object) -> bool:
    """Could the date ``loose`` be the time ``exact`` says: a relative date no page date places
    ("last week"), or one whose every stated part agrees ("February" and "3 February")?"""
    return not isinstance(loose, tuple) or date_consistent(loose, exact)


def date_distance(a: object, b: object) -> float:
    if not (isinstance(a, tuple) and isinstance(b, tuple)):
        return 1e9
    ya, ma, _ = a
    yb, mb, _ = b
    if ya is None or yb is None:
        return 1e6 + abs((ma or 0) - (mb or 0))
    return abs(ya * 12 + (ma or 6) - yb * 12 - (mb or 6))
