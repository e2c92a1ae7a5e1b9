"""Comparators: "at least", "more than", "up to", "fewer than", "about" and their kin."""

from __future__ import annotations

import re

# Comparators, longest first, mapped to a canonical symbol.
COMPARATORS = {
    "no fewer than": ">=", "no less than": ">=", "not less than": ">=", "at least": ">=",
    "a minimum of": ">=", "as young as": ">=", "as low as": ">=", "as few as": ">=",
    "upwards of": ">", "in excess of": ">", "more than": ">", "greater than": ">",
    "just over": ">", "over": ">", "above": ">", "exceeding": ">",
    "no more than": "<=", "not more than": "<=", "at most": "<=", "a maximum of": "<=",
    "up to": "<=", "as many as": "<=", "as old as": "<=", "as high as": "<=",
    "within": "<=", "no later than": "<=",
    "fewer than": "<", "less than": "<", "just under": "<", "under": "<", "below": "<",
    # Just short of the value: agrees with "about", "up to" and "fewer than", never with
    # "more than" or "at least".
    "nearly": "<~", "almost": "<~", "close to": "<~", "just shy of": "<~",
    "approximately": "~", "an estimated": "~", "estimated": "~", "roughly": "~", "around": "~",
    "about": "~", "some": "~", "circa": "~", "c.": "~", "more or less": "~",
}
COMPARATOR_WORDS = {
    ">=": "at least", ">": "more than", "<=": "up to", "<": "fewer than", "<~": "almost",
    "~": "about",
}
LOWER = {">=", ">"}
UPPER = {"<=", "<", "<~"}

COMP_RE = "|".join(
    sorted((re.escape(k) for k in COMPARATORS), key=len, reverse=True)
)
COMPARATOR_NEGATION = re.compile(r"\s+(?:fewer|less|more|greater)\s+than\b", re.I)


def comparators_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == "~" or b == "~":
        return True
    return (a in LOWER) == (b in LOWER) and (a in UPPER) == (b in UPPER)
