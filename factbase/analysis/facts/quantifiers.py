"""All of them, or some: a claim that says a thing of every member of a group ("all 90
passengers survived") asks more than a passage that says it of some of them ("most of the 90
passengers survived"). Such a passage leaves the claim unsupported; a claim that says "some"
where the passage says "all" asks less, and agrees.
"""

from __future__ import annotations

import re

from factbase.analysis import lexicon
from factbase.analysis.facts.model import Difference
from factbase.analysis.wording import stem

_ALL = re.compile(r"\b(?:all|every|each|entire|whole)\b")
_PART = re.compile(
    r"\b(?:some|most|many|several|(?:a )?few|half|part|(?:the |a )?(?:majority|minority)"
    r"|a number|dozens|scores|hundreds|thousands)\b"
)
# Words between a quantifier and the noun it counts: "some of the 90 passengers", "every one
# of the 300 workers", "all 12 of its stores".
_BETWEEN = frozenset("of the a an its their his her our one these those".split())
# How many words after the quantifier its noun may stand.
NOUN_REACH = 5
_WORD = re.compile(r"[a-z]+|\d[\d,.]*")


def _counted(text: str, pattern: re.Pattern[str]) -> dict[str, str]:
    """The stems of the nouns each quantifier of ``pattern`` counts, with the quantifier."""
    low = text.lower()
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(low)]
    out: dict[str, str] = {}
    for m in pattern.finditer(low):
        after = [w for s, w in words if s >= m.end()][:NOUN_REACH]
        for w in after:
            if w in _BETWEEN or w[0].isdigit():
                continue
            if lexicon.is_noun(w):
                out.setdefault(stem(w), m.group(0))
            break
    return out


def scope_differences(claim: str, evidence: str) -> list[Difference]:
    """A group the claim says all of, of which the evidence says only part: one difference
    each, the claim's quantifier against the evidence's ("all" / "most")."""
    part = _counted(evidence, _PART)
    if not part:
        return []
    whole = _counted(evidence, _ALL)
    return [
        Difference("quantifier", said, part[noun])
        for noun, said in _counted(claim, _ALL).items()
        if noun in part and noun not in whole
    ]
