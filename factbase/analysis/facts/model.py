"""What a fact is: its kind, canonical value, the text it was read from, and how it displays."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction

from factbase.analysis.facts.comparators import COMPARATOR_WORDS
from factbase.analysis.facts.dates import format_date
from factbase.analysis.facts.numbers import format_number
from factbase.analysis.facts.units import unit_name


# Slots: a million facts take 97 MB instead of 146 (a report over 10,000 sources holds every
# fact of every sentence).
@dataclass(frozen=True, slots=True)
class Fact:
    """One fact, with where it stands in the text it was read from."""

    kind: str  # "number" | "date" | "range" | "time" | "ordinal" | "weekday" | "negation" | "name"
    value: object  # canonical: Fraction, DateValue, (lo, hi), negator, name (lower case)
    text: str  # as written
    start: int
    end: int
    comparator: str | None = None
    unit: str | None = None  # the word after a number: what it counts

    def display(self) -> str:
        """The canonical value as people write it."""
        if self.kind == "ordinal" and self.unit == "medal" and self.value in MEDALS:
            return MEDALS[self.value]  # type: ignore[index]
        base = format_value(self.kind, self.value)
        if self.kind == "number" and isinstance(self.value, Fraction):
            base = _in_two_units(self.value, unit_name(self.unit)) or base
        if self.comparator:
            return f"{COMPARATOR_WORDS[self.comparator]} {base}"
        return base


# A measure of time in hours or minutes with a fraction shows in whole units and the next
# smaller one ("3 min 13 s", "6 h 51 min"), as people write it, not as a decimal (3.21667);
# so does a length in feet ("5 ft 9 in").
_SMALLER_UNIT = {"h": ("min", 60), "min": ("s", 60), "ft": ("in", 12)}


def _in_two_units(value: Fraction, unit: str | None) -> str | None:
    """A measure in hours, minutes or feet that is a whole number of the next smaller unit, in
    both ("3 min 13 s", "5 ft 9 in"), or in minutes and seconds to a thousandth ("3 min 51.2 s");
    None for any other value."""
    smaller, parts = _SMALLER_UNIT.get(unit or "", ("", 0))
    if not parts or value.denominator == 1 or value < 0:
        return None
    whole = int(value)
    rest = (value - whole) * parts
    decimals = next((d for d in (0, 1, 2, 3) if (rest * 10**d).denominator == 1), None)
    if decimals is None or (decimals and smaller != "s"):
        return None  # only seconds are written with decimals ("3 min 51.2 s")
    return f"{whole} {unit} {float(rest):.{decimals}f} {smaller}"


# The medals of a podium, by place.
MEDALS = {1: "gold", 2: "silver", 3: "bronze"}


def format_value(kind: str, value: object) -> str:
    if kind == "number":
        assert isinstance(value, Fraction)
        return format_number(value)
    if kind == "date":
        return format_date(value)  # type: ignore[arg-type]
    if kind == "range":
        assert isinstance(value, tuple)
        lo, hi = value
        if isinstance(lo, Fraction):
            return f"{format_number(lo)}–{format_number(hi)}"
        return f"{format_date(lo)}–{format_date(hi)}"
    if kind == "ordinal":
        assert isinstance(value, int)
        last = value % 10 if value % 100 not in (11, 12, 13) else 0
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(last, "th")
        return f"{value}{suffix}"
    if kind == "time":
        assert isinstance(value, tuple)
        hour, minute, second, _meridiem = value
        return f"{hour}:{minute:02d}" + (f":{second:02d}" if second is not None else "")
    return str(value)


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
