"""When two facts state the same value, and whether two numbers count the same thing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

from factbase.analysis.facts.comparators import LOWER, UPPER
from factbase.analysis.facts.dates import DECADE, WEEKDAYS, date_covers
from factbase.analysis.facts.model import Fact, FactSet
from factbase.analysis.facts.names import TIME_ZONES, ZONE_SPELLED_AFTER
from factbase.analysis.facts.units import (
    decimal_step,
    dimension,
    in_smallest,
    one_share_change,
    same_dimension,
    same_when_converted,
    unit_name,
    units_clash,
)
from factbase.analysis.text import COMPOUND_HYPHEN, words
from factbase.analysis.wording import account, stem, synonyms

# Facts with a value: compared value for value, each needing its counterpart in the passage.
VALUE_KINDS = ("number", "date", "range", "time", "ordinal", "weekday")


# Which passage kinds can state a claim fact of each kind.
COUNTERPART_KINDS = {
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


# Words after a number among which the thing it counts is looked for ("1,400 local children").
COUNTED_WORDS = 3


# Leading letters two words must share to count as one word in a role ("Ethiopia" and
# "Ethiopians", "passenger" and "passengers").
ROLE_PREFIX = 5


def base_unit(unit: str | None) -> str:
    """The unit a number is written in, without a label's mark or a compound's tail: "#m" and
    "year-old" are in metres and years."""
    return (unit or "").lstrip("#").split("-")[0]


def _measure_and_count(c: Fact, p: Fact) -> bool:
    """Is one a measurement ("6 weeks", "96 metres") and the other a count of something else
    ("6 countries")? A measurement is stated only in a unit of measure (or by a bare number)."""
    if not c.unit or not p.unit:
        return False
    mc = unit_name(base_unit(c.unit))
    mp = unit_name(base_unit(p.unit))
    if (c.unit.startswith("#") or p.unit.startswith("#")) and not (mc and mp):
        return False  # a label ("Flight 610") is compared as a label
    if "%" in (c.unit, p.unit) or _is_share(c) or _is_share(p):
        return False  # shares are compared as shares: "a quarter" is "25%"
    return (mc is None) != (mp is None)


def same_value(c: Fact, p: Fact) -> bool:
    """Does passage fact ``p`` state claim fact ``c``, in any notation?"""
    if minute_alike(c, p) or minute_alike(p, c):
        return c.value == p.value  # "after 23 minutes" / "in the 23rd minute"
    if c.kind == "number":
        if p.kind == "range":
            assert isinstance(p.value, tuple)
            lo, hi = p.value
            # "40 metres" is no end of "30 to 40 cm"; "three weeks" is no side of a "3-0" win
            # (a score: the larger number first)
            return (
                isinstance(lo, Fraction) and c.value in (lo, hi)
                and not units_clash(base_unit(c.unit), p.unit)
                and not (c.unit and isinstance(hi, Fraction) and lo >= hi)
            )
        if p.kind != "number" or _measure_and_count(c, p):
            return False
        # A race named by its distance ("the 100 metres", unit "#m") is in that unit too, and
        # an age in its unit ("850-year-old").
        if units_clash(base_unit(c.unit), base_unit(p.unit)):
            if (c.unit or "").startswith("#"):
                return False
            # "12 months" is "a year": the same measure in an exact multiple of its unit; "about
            # 2 km" is "1.2 miles", within the rounding either is written with.
            a, b = in_smallest(c.value, base_unit(c.unit)), in_smallest(p.value, base_unit(p.unit))
            if a is not None and a == b:
                return True
            assert isinstance(c.value, Fraction) and isinstance(p.value, Fraction)
            if c.value == p.value and not same_when_converted(
                c.value, base_unit(c.unit), p.value, base_unit(p.unit), rounding=False
            ):
                return False  # "10 miles" / "10 kilometres": the same figure, another unit
            return same_when_converted(c.value, base_unit(c.unit), p.value, base_unit(p.unit))
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
            # "from 1990 to 1999" gives its ends; "the 1990s" gives none of its years
            return isinstance(lo, tuple) and DECADE.fullmatch(p.text) is None and (
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
        # "between 480 and 520 grams" is no range in kilograms
        return bool(clo == plo and chi == phi) and not units_clash(
            base_unit(c.unit), base_unit(p.unit)
        )
    if c.kind == "time":
        return p.kind == "time" and time_fits(c, p)
    if c.kind == "weekday":
        if p.kind == "date":
            return _weekday_of(p.value) == c.value
        return p.kind == "weekday" and p.value == c.value
    if c.kind == "ordinal":
        # "the deadliest" ranks first in deadliness, which says nothing of "the first ... to".
        if (c.unit == "superlative") != (p.unit == "superlative"):
            return False
        if c.unit == "superlative":
            # "the biggest cut" is "the largest improvement"; "the deadliest" is not "the largest".
            return p.kind == "ordinal" and _same_superlative(c.text, p.text)
    return p.kind == c.kind and p.value == c.value


def _same_superlative(a: str, b: str) -> bool:
    """Do two superlatives rank by the same measure: their words synonyms or of one sense
    ("the biggest" / "the largest", "the costliest" / "the most expensive")?"""
    if stem(b.lower()) in synonyms(a.lower()):
        return True
    acc = account(words(a.lower()), words(b.lower()))
    return not acc.unaccounted and not acc.opposites


def minute_alike(a: Fact, b: Fact) -> bool:
    """Is ``a`` a count of minutes and ``b`` the ordinal of a minute?"""
    return (
        a.kind == "number" and unit_name(base_unit(a.unit)) == "min"
        and b.kind == "ordinal" and b.unit == "min"
    )


def _is_share(f: Fact) -> bool:
    """A share of a whole: a percentage or a fraction in words ("half", "two-thirds")."""
    assert isinstance(f.value, Fraction)
    return f.unit == "%" or _fraction_in_words(f)


def _fraction_in_words(f: Fact) -> bool:
    return isinstance(f.value, Fraction) and 0 < f.value < 1 and not f.text[:1].isdigit()


def is_word_share(f: Fact) -> bool:
    """Is ``f`` a share written in words, with nothing it counts ("half", "a third", "two
    thirds")?"""
    return f.kind == "number" and f.unit is None and _fraction_in_words(f)


# A time zone after a time of day: "12:32 UTC", "2:46 pm (JST)".
_ZONE_AFTER = re.compile(r"[\s(]*([A-Za-z]{2,4})\b")
_LOCAL_AFTER = re.compile(r"[\s(]*local\b", re.I)

# "6:50pm Paris time", "at 9am New York time".
_PLACE_TIME_AFTER = re.compile(r"\s+((?:[A-Z][a-z]+ ){1,2})time\b")
# "7:49 p.m. (1:49 p.m. ET)": the time, then the same moment in another zone.
_CONVERTED_AFTER = re.compile(r"\s*\(\s*\d{1,2}[:.]?\d{2}")
# Minutes ahead of UTC of the zones news gives times in; two for a zone named without its
# season ("ET" is EST or EDT). IST is India's, the zone most news gives as IST.
ZONE_OFFSETS: dict[str, tuple[int, ...]] = {
    "utc": (0,), "gmt": (0,), "wet": (0,), "bst": (60,), "cet": (60,), "cest": (120,),
    "eet": (120,), "eest": (180,), "ist": (330,), "jst": (540,), "kst": (540,),
    "aest": (600,), "aedt": (660,), "est": (-300,), "edt": (-240,), "et": (-300, -240),
    "cst": (-360,), "cdt": (-300,), "ct": (-360, -300), "mst": (-420,), "mdt": (-360,),
    "mt": (-420, -360), "pst": (-480,), "pdt": (-420,), "pt": (-480, -420), "akst": (-540,),
    "hst": (-600,),
}


def time_zone(text: str, f: Fact) -> str | None:
    """The time zone a time of day is given in, "local" for local time, None if unsaid."""
    if _LOCAL_AFTER.match(text, f.end) or _CONVERTED_AFTER.match(text, f.end):
        return "local"
    spelled = ZONE_SPELLED_AFTER.match(text, f.end)
    if spelled is not None:
        zone, season = spelled.group(1)[0].lower(), spelled.group(2)
        return f"{zone}t" if season is None else f"{zone}{season[0].lower()}t"  # "et", "pst"
    place = _PLACE_TIME_AFTER.match(text, f.end)
    if place is not None:
        return place.group(1).lower()
    m = _ZONE_AFTER.match(text, f.end)
    word = m.group(1).lower() if m else None
    return word if word in TIME_ZONES else None


def other_zone(text_a: str, a: Fact, text_b: str, b: Fact) -> bool:
    """May two times of day be one moment told in two time zones? They may when the texts name
    two zones, or one names a zone or local time and the other does not, and the times are
    whole half-hours apart ("14:46 JST" and "5:46 GMT"; "14:46 local time" and "05:46")."""
    za, zb = _season(time_zone(text_a, a), time_zone(text_b, b))
    if za == zb:
        return False
    assert isinstance(a.value, tuple) and isinstance(b.value, tuple)
    return (a.value[1] - b.value[1]) % 30 == 0


def same_moment(text_a: str, a: Fact, text_b: str, b: Fact) -> bool | None:
    """Are two times of day in two named zones one moment ("6:02 pm IST" and "12:32 UTC")?
    None when either zone is unsaid or unknown, or both are one zone."""
    za, zb = _season(time_zone(text_a, a), time_zone(text_b, b))
    if za is None or zb is None or za == zb or za not in ZONE_OFFSETS or zb not in ZONE_OFFSETS:
        return None
    assert isinstance(a.value, tuple) and isinstance(b.value, tuple)
    # A time without am or pm ("6:02") may be in either half of the day.
    mas, mbs = _clock_minutes(a.value), _clock_minutes(b.value)
    return any(
        (ma - oa - (mb - ob)) % (24 * 60) == 0
        for ma in mas for mb in mbs for oa in ZONE_OFFSETS[za] for ob in ZONE_OFFSETS[zb]
    )


# Zones named without their season, and the seasons' names: "ET" is EST in winter, EDT in
# summer.
_SEASONS = {"et": ("est", "edt"), "ct": ("cst", "cdt"), "mt": ("mst", "mdt"), "pt": ("pst", "pdt")}


def _season(za: str | None, zb: str | None) -> tuple[str | None, str | None]:
    """Two zones, one named without its season taken as the other's season of it: "2:47 a.m.
    ET" against "1:47 a.m. EST" are both Eastern Standard Time, an hour apart."""
    if za in _SEASONS and zb in _SEASONS[za]:
        return zb, zb
    if zb in _SEASONS and za in _SEASONS[zb]:
        return za, za
    return za, zb


def _clock_minutes(value: tuple[int, int, int | None, bool]) -> tuple[int, ...]:
    """Minutes after midnight a time of day may be: one, or two when am or pm is unsaid."""
    hour, minute, _second, meridiem = value
    m = hour * 60 + minute
    return (m,) if meridiem or hour >= 12 else (m, m + 12 * 60)


# How far a percentage may stand from a share in words it is said as, in points: "a third" is
# 33% or 33.3%, "two thirds" 67%; "half" is 50%, or 51% said loosely.
SHARE_POINTS = 1


def share_fits(c: Fact, p: Fact) -> bool:
    """Does the percentage ``p`` fit the share in words ``c`` ("a third" / "33%"; "less than
    half" / "45 percent"), its bound included? Looser than ``_share_equal``, for a share
    already paired with the percentage as its counterpart."""
    if not is_word_share(c) or p.kind != "number" or p.unit != "%":
        return False
    assert isinstance(c.value, Fraction) and isinstance(p.value, Fraction)
    share, pct = c.value * 100, p.value
    if c.comparator in LOWER:
        return pct > share
    if c.comparator in UPPER:
        return pct < share
    return abs(pct - share) <= SHARE_POINTS


def _share_equal(a: Fact, b: Fact) -> bool:
    """"half" and "50%", "a quarter" and "25 per cent": a fraction and its percentage, which
    may round it to its last digit ("a third" and "33%" or "33.3%", not "30%")."""
    assert isinstance(a.value, Fraction) and isinstance(b.value, Fraction)
    if not (a.unit != "%" and b.unit == "%" and 0 < a.value < 1 and not a.text[:1].isdigit()):
        return False
    return abs(a.value * 100 - b.value) * 2 <= decimal_step(b.value)


# How far apart two times of day may be when one is "around" the other.
ABOUT_MINUTES = 15


def time_fits(c: Fact, p: Fact) -> bool:
    """Does the passage's time state the claim's: the same time, or one its bound allows
    ("just before 8 pm" and 7:50 pm; "around 6:20" and 6:25)?"""
    if c.comparator is None and p.comparator is None:
        return _same_time(c.value, p.value)
    a, b = _minutes(c.value, p.value)
    if c.comparator == "~" or p.comparator == "~":
        return abs(a - b) <= ABOUT_MINUTES
    if c.comparator in ("<=", "<"):
        return b <= a and p.comparator not in (">=", ">")
    if c.comparator in (">=", ">"):
        return b >= a and p.comparator not in ("<=", "<")
    return _same_time(c.value, p.value)  # the passage bounds a time the claim states exactly


def _minutes(a: object, b: object) -> tuple[int, int]:
    """Minutes after midnight of two times; a time without am/pm takes the half of the day
    nearer the other."""
    assert isinstance(a, tuple) and isinstance(b, tuple)
    ma, mb = a[0] * 60 + a[1], b[0] * 60 + b[1]
    if not a[3] and abs(ma + 720 - mb) < abs(ma - mb):
        ma += 720
    if not b[3] and abs(mb + 720 - ma) < abs(mb - ma):
        mb += 720
    return ma, mb


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
        return WEEKDAYS[_dt.date(y, m, d).weekday()]
    except ValueError:
        return None


def shared_facts(claim_values: Sequence[Fact], passage: FactSet) -> int:
    """How many of the claim's value facts the passage states too."""
    pool = passage.of(*VALUE_KINDS)
    return sum(1 for c in claim_values if any(same_value(c, p) for p in pool))


def ranks_alike(c: Fact, p: Fact) -> bool:
    """A superlative ("the costliest", first) stands against another rank of the same kind
    ("the second-costliest"), never against a plain "first"."""
    if c.kind != "ordinal" or p.kind != "ordinal":
        return True
    if (c.unit == "medal") != (p.unit == "medal"):
        return False  # "took silver" is no "the second set"
    if c.unit == "superlative" or p.unit == "superlative":
        return c.value != p.value and c.unit != p.unit
    return True


def same_scale(c: Fact, p: Fact) -> bool:
    """Ranges of numbers meet ranges of numbers, ranges of dates meet dates."""
    def numeric(f: Fact) -> bool:
        return f.kind == "number" or (
            f.kind == "range" and isinstance(f.value, tuple) and isinstance(f.value[0], Fraction)
        )

    return numeric(c) == numeric(p)


def measures_alike(c: Fact, p: Fact, claim_text: str = "", passage_text: str = "") -> bool:
    """Do two numbers count the same thing: the same unit, or a shared word just after them
    ("1,400 children" and "1,600 local children")?"""
    if c.kind != "number" or p.kind != "number":
        return True
    if one_share_change(c.unit, p.unit):
        # "2 points" against "2%": one change in the other unit; "500 points" is no "1.5%"
        return c.value == p.value
    if _is_share(c) != _is_share(p):
        return False  # "half" is no counterpart of "Morvath, 50"
    if claim_text and passage_text:
        ages = (an_age(c, claim_text), an_age(p, passage_text))
        if all(ages):
            return True  # "45 years old" / "the 54-year-old"
        if any(ages) and "year" in (unit_name(base_unit(c.unit)), unit_name(base_unit(p.unit))):
            return False  # "38 years old" is no counterpart of "9.25 years in prison"
    if (dimension(c.unit) == "money") != (dimension(p.unit) == "money"):
        return False  # "$939 million in tickets" is no count of tickets
    if units_clash(c.unit, p.unit):
        # The same measure in another unit is a unit difference ("96 feet" / "96 metres");
        # a measure of something else is no counterpart ("1 mph" / "9.57 seconds").
        return same_dimension(c.unit, p.unit)
    if c.unit is None or p.unit is None:
        return c.unit is None and p.unit is None
    if c.unit.startswith("#") and p.unit.startswith("#") and units_clash(
        base_unit(c.unit), base_unit(p.unit)
    ):
        # races named by their distance in two units: "the 200-mile race" / "the 200-km race"
        return same_dimension(base_unit(c.unit), base_unit(p.unit))
    if c.unit.startswith("#") or p.unit.startswith("#"):
        return c.unit == p.unit  # labelled numbers: "Flight 610" only meets another flight
    if c.unit.lower() == p.unit.lower():
        return True
    if unit_name(c.unit) is not None:
        # two known units that do not clash: one ("US$" / "$", "degrees" / "°C")
        return unit_name(p.unit) is not None
    c_words = words_after(claim_text, c.end) if claim_text else (c.unit.lower(),)
    p_words = words_after(passage_text, p.end) if passage_text else (p.unit.lower(),)
    if any(alike(a, b) for a in c_words for b in p_words):
        return True
    if not claim_text or not passage_text:
        return False
    # "8 Vela Cup tiebreaks" / "9 straight Vela Cup tie-breaks": one compound
    c_words = words_after(claim_text, c.end, joined=True)
    p_words = words_after(passage_text, p.end, joined=True)
    return any(alike(a, b) for a in c_words for b in p_words)


# An age: "38 years old", "a 38-year-old", "aged 38", "at the age of 38".
_AGE_AFTER = re.compile(r"[\s-]*years?[\s-]+old\b", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages|at the age of)\s+$", re.I)


def an_age(f: Fact, text: str) -> bool:
    """Does number ``f`` of ``text`` give someone's or something's age ("the 23-year-old",
    "aged 35", "at the age of 19")?"""
    return f.kind == "number" and (
        (f.unit or "").endswith("-old")
        or _AGE_AFTER.match(text, f.end) is not None
        or _AGE_BEFORE.search(text, max(0, f.start - 20), f.start) is not None
    )


def words_after(text: str, end: int, *, joined: bool = False) -> tuple[str, ...]:
    """The first few words after a number, up to the end of its clause; with ``joined``, a
    compound is one word, however it is written ("tie-breaks" as "tiebreaks")."""
    m = _CLAUSE.search(text, end)
    stretch = text[end:m.start() if m else len(text)]
    # Another number starts what another value counts: "12 goals in 14 matches".
    stretch = re.split(r"\s\d", stretch, maxsplit=1)[0]
    if joined:
        stretch = COMPOUND_HYPHEN.sub("", stretch)
    # A name before the counted word says which ones ("12 World Cup goals"), not what they are.
    found = [w for w in re.findall(r"[^\W\d_]+", stretch) if not w[0].isupper()]
    return tuple(w.lower() for w in found[:COUNTED_WORDS])


def alike(a: str, b: str) -> bool:
    """One word for the role of a fact: the same, the same stem or prefix, or synonyms."""
    if a == b:
        return True
    a, b = _BRITISH_TRE.sub(r"ter\1", a), _BRITISH_TRE.sub(r"ter\1", b)  # "metres" / "meters"
    if len(a) >= ROLE_PREFIX and len(b) >= ROLE_PREFIX and a[:ROLE_PREFIX] == b[:ROLE_PREFIX]:
        return True
    return stem(b) in synonyms(a)


# A word's British ending "-tre", which American spelling writes "-ter" ("metre", "centre").
_BRITISH_TRE = re.compile(r"(?<=[a-z]{2})tre(s?)$")


def in_one_unit(a: Fact, b: Fact) -> bool:
    """Are two numbers written in one unit: the same word, or two names of one unit?"""
    return (a.unit or "").lower() == (b.unit or "").lower() or (
        unit_name(a.unit) is not None and unit_name(a.unit) == unit_name(b.unit)
    )


def bound_admits(bound: Fact, value: Fact) -> bool:
    """Does a number bounded one way ("over a billion dollars") hold of another given as it is
    ("$1,039,263,762"), in the same unit: the two say one thing, less and more precisely."""
    if bound.kind != "number" or value.kind != "number" or value.comparator not in (None, "~"):
        return False
    if bound.comparator not in LOWER | UPPER or bound.comparator == "<~":
        return False
    if not in_one_unit(bound, value):
        return False
    assert isinstance(bound.value, Fraction) and isinstance(value.value, Fraction)
    return {
        ">": value.value > bound.value, ">=": value.value >= bound.value,
        "<": value.value < bound.value, "<=": value.value <= bound.value,
    }[bound.comparator]
