"""Negation and what it negates: "not", "never", "no action was taken"."""

from __future__ import annotations

import re
from functools import lru_cache

from factbase.analysis.facts.model import Fact, FactSet
from factbase.analysis.text import norm
from factbase.analysis.wording import account, passage_words

NEGATION_SCOPE = 3
NOT_SCOPE = frozenset(
    """a an the be been being was were is are has have had do does did to of in on at for by
    with as it its this that their his her they he she we you i so any all very more much
    one only yet ever""".split()
)
NEGATOR = re.compile(
    r"\b(?:not|never|no(?!\.\s*\d)|nobody|none|nothing|neither|nor|without|cannot|no longer"
    r"|(?:failed|fails|fail|refused|refuses|refuse|declined|declines|decline) to"
    r"|denied|denies|deny|ruled out|rules out|rule out)\b|n't\b",
    re.I,
)


def same_scope(a: Fact, b: Fact) -> bool:
    """Do two negators negate the same thing: a word of one's scope stands for a word of the
    other's ("did not say how much he paid" / "did not disclose how much he paid")?"""
    wa, wb = (a.unit or "").split(), (b.unit or "").split()
    if not wa or not wb:
        return True
    other = passage_words(wb)
    return not account(wa, other).unaccounted or any(x[:5] == y[:5] for x in wa for y in wb)


def in_scope(neg: Fact, other_text: str, other: FactSet) -> bool:
    """Does the other side speak of what ``neg`` negates?"""
    scope = (neg.unit or "").split()
    if not scope:
        return True
    if not other_text:
        return True
    stems = _stems5(other_text)
    return any(w[:5] in stems for w in scope)


@lru_cache(maxsize=8192)
def _stems5(text: str) -> frozenset[str]:
    return frozenset(w[:5] for w in re.findall(r"[a-z]+", norm(text)))
