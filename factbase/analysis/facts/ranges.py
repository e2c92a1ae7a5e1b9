"""Ranges: "between 1997 and 2013", "1997-2013", "aged 11 to 16"."""

from __future__ import annotations

import re
from fractions import Fraction

from factbase.analysis.facts.dates import (
    DATE_DMY,
    DATE_MDY,
    DATE_MY,
    MONTH_RE,
    YEAR_RE,
    DateValue,
    day_number,
    full_year,
    month_number,
)
from factbase.analysis.facts.numbers import parse_number

# "1997-2013", "2013/14" (a financial year).
YEAR_SPAN = re.compile(rf"\b(?P<a>{YEAR_RE}) ?[-/] ?(?P<b>{YEAR_RE}|\d\d)\b(?![-/])")
# "15,000-30,000", "8 to 11 thousand": two numbers joined by a dash, or by "to" before a scale
# word that both share (a dash with a space on one side only is a sign: "+13 -1").
NUMBER_SPAN = re.compile(
    r"(?<![\w.,/-])(?P<a>\d[\d,]*(?:\.\d+)?)(?:-| - | (?P<to>to) )(?P<b>\d[\d,]*(?:\.\d+)?)"
    r"(?: (?P<scale>thousand|million|billion))?\b(?![-/.,]\d)"
)
BETWEEN = re.compile(
    r"\b(?P<kw>(?:aged )?between|(?:aged )?from|aged|ages)(?: the ages of| ages)? "
    r"(?P<a>(?:[^,;:()]|(?<=\d),(?=\d{3})){1,25}?) "
    r"(?:and|to|until|till|-) (?P<b>(?:[^,;:()]|(?<=\d),(?=\d{3})){1,25})",
    re.I,
)
# "in September until November 2009": a stretch of time, from a date on.
IN_UNTIL = re.compile(
    r"\b(?P<kw>in) (?P<a>[^,;:()]{1,25}?) (?:until|till) (?P<b>[^,;:()]{1,25})", re.I
)
HAS_RANGE_WORD = re.compile(r"\b(?:between|from|aged|ages)\b")
# "dropped from 2,417 to 2,306" is a change from one value to another, not a range.
CHANGE_BEFORE = re.compile(
    r"(?<!\w)(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|drop(?:s|ped|ping)?|increas(?:e[sd]?|ing)|"
    r"decreas(?:e[sd]?|ing)|cut|rais(?:e[sd]?|ing)|lower(?:s|ed|ing)?|revis(?:e[sd]?|ing)|"
    r"reduc(?:e[sd]?|ing)|gr[eo]w(?:s|n|ing)?|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|"
    r"chang(?:e[sd]?|ing)|up|down|upped|went|halved|doubled)\s+(?:\w+\s+)?$",
    re.I,
)


def parse_point(text: str, ref: DateValue | None) -> DateValue | Fraction | None:
    """A range endpoint: a date, a year or a number ("early 2005" is 2005)."""
    t = re.sub(r"^(?:early|late|mid-?|the end of|the start of)\s*", "", text.strip(), flags=re.I)
    # "from about 40 to 55": the range's ends, as "about 40 to 55" gives them
    t = re.sub(r"^(?:about|around|roughly|approximately|some)\s+(?=\d)", "", t, flags=re.I)
    t = t.rstrip(",.")
    for rx in (DATE_DMY, DATE_MDY, DATE_MY):
        m = rx.fullmatch(t)
        if m:
            gd = m.groupdict()
            y = full_year(gd.get("y"))
            d = day_number(gd["d"]) if gd.get("d") else None
            return (y, month_number(gd["m"]), d)
    if re.fullmatch(MONTH_RE, t, re.I):
        return (ref[0] if ref else None, month_number(t), None)
    if re.fullmatch(YEAR_RE, t):
        return (int(t), None, None)
    return parse_number(t)
