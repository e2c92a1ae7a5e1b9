"""Comparators: "at least", "more than", "up to", "fewer than", "about" and their kin."""

from __future__ import annotations

import re

# Comparators, longest first, mapped to a canonical symbol.
COMPARATORS = {
    "no fewer than": ">=", "no less than": ">=", "not less than": ">=", "at least": ">=",
    "a minimum of": ">=", "as young as": ">=", "as low as": ">=", "as few as": ">=",
    "upwards of": ">", "upward of": ">", "in excess of": ">", "more than": ">", "greater than": ">",
    "just over": ">", "slightly over": ">", "a little over": ">", "slightly more than": ">",
    "a little more than": ">", "just above": ">", "slightly above": ">", "over": ">",
    "above": ">", "north of": ">", "exceeding": ">", "exceeded": ">",
    "exceeds": ">", "topped": ">", "tops": ">", "topping": ">", "surpassed": ">",
    "surpasses": ">", "surpassing": ">", "eclipsed": ">", "eclipsing": ">",
    "broke through": ">", "breaking through": ">", "breaks through": ">", "beyond": ">",
    "no more than": "<=", "not more than": "<=", "at most": "<=", "a maximum of": "<=",
    "up to": "<=", "as many as": "<=", "as much as": "<=", "as old as": "<=", "as high as": "<=",
    "as long as": "<=",
    "within": "<=", "no later than": "<=",
    "fewer than": "<", "less than": "<", "just under": "<", "slightly under": "<",
    "a little under": "<", "slightly less than": "<", "a little less than": "<",
    "just below": "<", "slightly below": "<", "under": "<", "below": "<", "south of": "<",
    # Just short of the value: agrees with "about", "up to" and "fewer than", never with
    # "more than" or "at least".
    "nearly": "<~", "almost": "<~", "not quite": "<~", "close to": "<~", "just shy of": "<~",
    "shy of": "<~",
    "just short of": "<~", "a little short of": "<~", "slightly short of": "<~",
    "approximately": "~", "an approximate": "~", "approximate": "~", "approx.": "~",
    "an estimated": "~", "estimated": "~", "roughly": "~", "around": "~",
    "about": "~", "some": "~", "circa": "~", "c.": "~", "more or less": "~",
}
# A measure's own "more than" and "fewer than", before a number: "faster than 900 km/h", "older
# than 40", "shorter than 12 years". Elsewhere they are words of their own ("lower than
# expected"), which a claim must account for.
MEASURE_COMPARISONS = frozenset(
    "faster higher longer larger bigger heavier taller deeper wider older".split()
)
MEASURE_COMPARISONS_DOWN = frozenset(
    "slower lower shorter smaller lighter younger shallower narrower".split()
)
COMPARATORS.update({f"{w} than": ">" for w in MEASURE_COMPARISONS})
COMPARATORS.update({f"{w} than": "<" for w in MEASURE_COMPARISONS_DOWN})
COMPARATOR_WORDS = {
    ">=": "at least", ">": "more than", "<=": "up to", "<": "fewer than", "<~": "almost",
    "~": "about",
}
LOWER = {">=", ">"}
UPPER = {"<=", "<", "<~"}

# Signs written right before a number: "<1,600", ">1,700", "~1,900".
SIGNS = {">": ">", "<": "<", "~": "~", "≥": ">=", "≤": "<=", "≈": "~", "+": ">="}
COMP_RE = "|".join(
    sorted((re.escape(k) for k in COMPARATORS), key=len, reverse=True)
)
COMPARATOR_NEGATION = re.compile(
    r"\s+(?:(?:fewer|less|more|greater)\s+than\b|quite\s+(?=\d))", re.I
)


STRICT = {">", "<"}


def comparators_agree(claim: str | None, passage: str | None) -> bool:
    """Can the claim's bound hold of the passage's value? A strict bound in the claim never
    holds of the exact number it names: "fewer than 80" is not "80". (The other way round, a
    claim may round "more than 1,400" to "1,400".)"""
    if claim == "~" or passage == "~":
        return True
    if claim is None or passage is None:
        return passage is not None or claim not in STRICT
    return (claim in LOWER) == (passage in LOWER) and (claim in UPPER) == (passage in UPPER)
