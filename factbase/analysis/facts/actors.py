"""Who did a deed to whom, where a noun tells the deed: "Omnix's takeover of Vantor" is
Omnix taking Vantor over, and so is "the takeover of Vantor by Omnix"; "Vantor completed its
takeover of Omnix" gives the deed the other way round. A passive tells the doer after "by"
("the court was fined by the bank" against "the court fined the bank").

Each text's deeds are read as (doer, done to, the deed's word) from a few plain forms: a
name's deed of another ("X's takeover of Y", "X completed its takeover of Y"), a deed of a
name by another ("the takeover of Y by X"), a name doing a deed to another ("X fined Y") and
its passive ("Y was fined by X"), and a thing passed from one name to another ("X gave ... to
Y", "Y received ... from X"). A claim's deed that the passage tells between the same two
names the other way round, and never the claim's way, has its roles swapped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factbase.analysis import lexicon
from factbase.analysis.facts.model import Difference
from factbase.analysis.facts.roles import SYMMETRIC_VERBS
from factbase.analysis.text import STOPWORDS
from factbase.analysis.wording import stem

# A name: capitalised words, with "of" or "de" inside ("Bank of Harlow"); "The" before it
# and one lower-case word after it ("the Harlow court") are read with it.
_NAME = r"(?:[A-Z][\w'\u2019.&-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w'\u2019.&-]*)*)"
_THE = r"(?:(?:[Tt]he|[Aa]n?)\s+)?"
_HEAD = r"(?:\s+[a-z]{3,})?"
# Up to three words between a name's possessive and its deed's noun ("Omnix's $4bn hostile
# takeover of"); figures and adjectives, no verb.
_MODIFIERS = r"(?:[\w$\u00a3\u20ac.,%-]+\s+){0,3}?"
_POSSESSIVE = re.compile(
    rf"(?P<doer>{_NAME})(?:'s|\u2019s)\s+{_MODIFIERS}(?P<deed>[a-z]{{4,}})\s+of\s+{_THE}"
    rf"(?P<done>{_NAME})"
)
_ITS = re.compile(
    rf"(?P<doer>{_NAME}){_HEAD}\s+(?:[a-z]+\s+){{1,2}}?(?:its|his|her|their)\s+{_MODIFIERS}"
    rf"(?P<deed>[a-z]{{4,}})\s+of\s+{_THE}(?P<done>{_NAME})"
)
_BY = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+{_MODIFIERS}(?P<deed>[a-z]{{4,}})\s+of\s+{_THE}(?P<done>{_NAME}){_HEAD}"
    rf"\s+by\s+{_THE}(?P<doer>{_NAME})"
)
_ACTIVE = re.compile(
    rf"(?P<doer>{_NAME}){_HEAD}\s+(?P<deed>[a-z]{{4,}})\s+{_THE}(?P<done>{_NAME})"
)
_PASSIVE = re.compile(
    rf"(?P<done>{_NAME}){_HEAD}\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
    rf"(?P<deed>[a-z]{{4,}})\s+(?:[\w$\u00a3\u20ac.,%-]+\s+){{0,3}}?by\s+{_THE}(?P<doer>{_NAME})"
)


# A thing passed from one name to another: "to" marks who got it after a verb of giving,
# "from" marks who gave it after a verb of getting ("A gave $5m to B" is "B received $5m from
# A"; "B got it from A" is no "B gave it to A").
_GIVING = frozenset(
    "gave give gives given donated donate donates lent lend lends sold sell sells paid pay pays "
    "sent send sends handed hand hands transferred transfer transfers awarded award awards "
    "granted grant grants".split()
)
_GETTING = frozenset(
    "received receive receives got get gets obtained obtain obtains accepted accept accepts "
    "borrowed borrow borrows bought buy buys won win wins".split()
)
_GIVING_RE = "|".join(sorted(_GIVING, key=len, reverse=True))
_GETTING_RE = "|".join(sorted(_GETTING, key=len, reverse=True))
# Up to six words of the thing passed ("a $5m donation", "his 40% stake").
_THING = r"(?:[\w$\u00a3\u20ac.,%'\u2019-]+\s+){0,6}?"
_GIVEN = re.compile(
    rf"(?P<giver>{_NAME}){_HEAD}\s+(?:has\s+|have\s+|had\s+)?(?P<deed>{_GIVING_RE})\s+"
    rf"{_THING}to\s+{_THE}(?P<getter>{_NAME})"
)
_GOTTEN = re.compile(
    rf"(?P<getter>{_NAME}){_HEAD}\s+(?:has\s+|have\s+|had\s+)?(?P<deed>{_GETTING_RE})\s+"
    rf"{_THING}from\s+{_THE}(?P<giver>{_NAME})"
)
# What a deed of passing is called in ``_Deed.word``: one word for giving and getting alike.
_PASSED = "passed"


@dataclass(frozen=True)
class _Deed:
    doer: str
    done: str
    word: str
    shown: str


def _plain(name: str) -> str:
    """A name's words, lower case, without "the" or a full stop after it."""
    words = (w.strip(".,").lower() for w in name.split())
    return " ".join(w for w in words if w and w not in STOPWORDS)


def _deeds(text: str) -> Iterator[_Deed]:
    """The deeds ``text`` tells in the forms above, with who did them to whom."""
    for pattern, verb in ((_POSSESSIVE, False), (_ITS, False), (_BY, False), (_ACTIVE, True),
                          (_PASSIVE, True)):  # fmt: skip
        for m in pattern.finditer(text):
            deed = m.group("deed")
            if deed in STOPWORDS:
                continue
            if verb and (not lexicon.is_verb_form(deed) or deed in SYMMETRIC_VERBS):
                continue  # "Harlow played Vela" is "Vela played Harlow"
            if not verb and not lexicon.is_noun(deed):
                continue
            doer, done = _plain(m.group("doer")), _plain(m.group("done"))
            if doer and done and doer != done:
                yield _Deed(doer, done, deed, m.group(0))
    for pattern in (_GIVEN, _GOTTEN):
        for m in pattern.finditer(text):
            giver, getter = _plain(m.group("giver")), _plain(m.group("getter"))
            if giver and getter and giver != getter:
                yield _Deed(giver, getter, _PASSED, m.group(0))


def _same_deed(a: str, b: str) -> bool:
    if _PASSED in (a, b):
        return a == b
    return (
        stem(a) == stem(b)
        or bool(lexicon.related(a) & lexicon.related(b))
        or lexicon.same_sense(a, b)
    )


def _same_name(a: str, b: str) -> bool:
    """One name, or one of its words for it ("Omnix" and "Omnix Group")."""
    wa, wb = set(a.split()), set(b.split())
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def deeds_reversed(claim: str, passage: str) -> list[Difference]:
    """The claim's deeds that the passage tells between the same two names the other way
    round (and never the claim's way), with both as written."""
    theirs = list(_deeds(passage))
    if not theirs:
        return []
    out: list[Difference] = []
    for mine in _deeds(claim):
        alike = [t for t in theirs if _same_deed(mine.word, t.word)]
        kept = any(_same_name(mine.doer, t.doer) and _same_name(mine.done, t.done) for t in alike)
        turned = next(
            (t for t in alike if _same_name(mine.doer, t.done) and _same_name(mine.done, t.doer)),
            None,
        )
        if turned is not None and not kept:
            out.append(Difference("name", mine.shown, turned.shown))
    return out
