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
            if not lexicon.is_known(w):
                continue  # a name qualifying the noun: "some of the Varnak residents"
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


# Shares of a group on either side of half: "most of the 300 members" is no "few of them".
_OVER_HALF = re.compile(
    r"\b(?:most|(?:the |a )?(?:vast |large |clear |narrow |slim )?majority|more than half"
    r"|over half|nearly all|almost all|the bulk)\b"
)
_UNDER_HALF = re.compile(
    r"(?<!\ba )\b(?:few|(?:the |a )?(?:small |tiny )?minority|less than half|fewer than half"
    r"|under half|hardly any|a handful)\b"
)


def proportion_differences(claim: str, evidence: str) -> list[Difference]:
    """A share of a group the claim puts on one side of half ("few of the 300 members") that
    the evidence puts on the other ("most of the 300 members", or all of them): one difference
    each, the claim's words against the evidence's."""
    under, over = _counted(claim, _UNDER_HALF), _counted(claim, _OVER_HALF)
    if not under and not over:
        return []
    their_over = _counted(evidence, _OVER_HALF) | _counted(evidence, _ALL)
    their_under = _counted(evidence, _UNDER_HALF)
    out = [
        Difference("comparator", said, their_over[noun])
        for noun, said in under.items() if noun in their_over and noun not in their_under
    ]
    out.extend(
        Difference("comparator", said, their_under[noun])
        for noun, said in over.items() if noun in their_under and noun not in their_over
    )
    return out


def proportions_said(claim: str, evidence: str) -> frozenset[str]:
    """The words of the claim's shares of a group that the evidence puts on the same side of
    half in other words ("a majority of the members" / "most of the members")."""
    out: set[str] = set()
    for pattern in (_OVER_HALF, _UNDER_HALF):
        theirs = _counted(evidence, pattern)
        for noun, said in _counted(claim, pattern).items():
            if noun in theirs:
                out.update(said.split())
    return frozenset(out)


# A part of a year a passage counts over: "the first quarter of 2021", "the first six months of
# 2021", "H1 2021".
_PERIOD_PART = re.compile(
    r"\b(?:(?:first|second|third|fourth|final|last|opening|closing|past) "
    r"(?:quarter|half|(?:two|three|four|five|six|seven|eight|nine|ten|eleven) months"
    r"|\d{1,2} months|weeks?|months?) of (?:the |its )?(?:fiscal |financial )?(?:year )?"
    r"|[QH][1-4] |[QH][1-4]/)(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# The span of time a count is given for, named by its unit: "rose 2% in the quarter", "over
# the past year", "for the half".
_SPAN_OF = re.compile(
    r"\b(?:in|for|over|during|through|throughout)\s+(?:the|this|that|its)\s+"
    r"(?:(?:first|second|third|fourth|final|last|latest|past|previous|same|whole|full)\s+)?"
    r"(year|quarter|month|week|half|season|decade)\b",
    re.I,
)


def _spans_differences(claim: str, evidence: str) -> list[Difference]:
    """A count the claim gives for one span of time ("grew 2% in the year") that the evidence
    gives for another, named the same way ("grew 2% in the quarter"), and never for the
    claim's."""
    mine = {m.group(1).lower(): m.group(0) for m in _SPAN_OF.finditer(claim)}
    theirs = {m.group(1).lower(): m.group(0) for m in _SPAN_OF.finditer(evidence)}
    if not mine or not theirs or mine.keys() & theirs.keys():
        return []
    said = next(iter(theirs.values()))
    return [Difference("period", phrase, said) for phrase in mine.values()]


def period_differences(claim: str, evidence: str, claim_has_amount: bool) -> list[Difference]:
    """A count or amount the claim gives for a whole year that the evidence gives for a part of
    it ("$2 billion in 2021" / "$2 billion in the first quarter of 2021"): one difference each,
    the claim's year against the evidence's part. An event in a part of a year happened in the
    year: without an amount there is nothing to count."""
    if not claim_has_amount:
        return []
    spans = _spans_differences(claim, evidence)
    if spans:
        return spans
    parts = {m.group("year"): m.group(0) for m in _PERIOD_PART.finditer(evidence)}
    if not parts:
        return []
    qualified = {m.group("year") for m in _PERIOD_PART.finditer(claim)}
    return [
        Difference("period", year, parts[year])
        for year in dict.fromkeys(_YEAR.findall(claim))
        if year in parts and year not in qualified
        and not re.search(rf"(?<![QH\d/-]){year}\b", _PERIOD_PART.sub("", evidence))
    ]
