"""Values the claim gives to what the passage gives other values: two values given to each
other's owners ("Leeds made 974 tackles, with Hull next on 874" against "Hull made 974 tackles
... Leeds were next best, with 874"), and a date, weekday or time given to the deed the passage
dates otherwise ("Shares fell 60% on Friday" against "fell 60% on Thursday before trading was
halted on Friday").

A value's owner is the name nearest it in its sentence with no other value of its kind between
them, among the names both texts use; the claim and the passage must bind both values to both
names, crosswise. A value's deed is the verb in the past nearest before it, past prepositions,
values and what they count.
"""

from __future__ import annotations

import re

from factbase.analysis import lexicon
from factbase.analysis.facts.dates import MONTH_NAMES, YEAR_RE
from factbase.analysis.facts.extract import WEEKDAYS
from factbase.analysis.facts.model import Difference, Fact, FactSet
from factbase.analysis.facts.numbers import NUMBER_WORDS
from factbase.analysis.facts.values import same_value
from factbase.analysis.sentences import sentence_at
from factbase.analysis.text import STOPWORDS
from factbase.analysis.wording import stem, synonyms

# Kinds of value whose owners are compared.
OWNED_KINDS = ("number", "date", "time")
_WORD = r"[A-Z][\w’'-]*[A-Za-z]"
_NAME_RUN = re.compile(rf"\b{_WORD}(?:\s+{_WORD})*")
# What parts a claim's value from the name that owns it.
_CLAUSE_BREAK = re.compile(r"[,;:()]")


def _runs(text: str) -> list[tuple[int, int, str]]:
    """Runs of capitalised words, without a leading stop word or number word ("The", "Eight")."""
    out = []
    for m in _NAME_RUN.finditer(text):
        words = m.group(0).split()
        start = m.start()
        while words and (words[0].lower() in STOPWORDS or words[0].lower() in NUMBER_WORDS):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end()
            words = words[1:]
        if words:
            out.append((start, m.end(), " ".join(words).lower()))
    return out


def _owner(
    text: str, f: Fact, values: list[Fact], names: list[tuple[int, int, str]], *, clause: bool
) -> str | None:
    """The shared name nearest ``f`` in its sentence (in its clause, with ``clause``), no other
    value of its kind between: the nearest before it, else the nearest after it."""
    sentence = sentence_at(text, f.start)
    span = (sentence.start, sentence.end)
    others = [v for v in values if v is not f]

    def clear(a: int, b: int) -> bool:
        return not any(a <= v.start < b for v in others) and not (
            clause and _CLAUSE_BREAK.search(text, a, b)
        )

    before = [n for n in names if span[0] <= n[0] and n[1] <= f.start and clear(n[1], f.start)]
    if before:
        return before[-1][2]
    after = [n for n in names if f.end <= n[0] and n[1] <= span[1] and clear(f.end, n[0])]
    return after[0][2] if after else None


def owners_swapped(
    claim_text: str, claim_facts: FactSet, passage_text: str, passage_facts: FactSet
) -> list[Difference]:
    """The claim's value of one owner against the value the passage gives that owner, when the
    two texts give two values to two names crosswise."""
    c_runs, p_runs = _runs(claim_text), _runs(passage_text)
    shared = {n for _s, _e, n in c_runs} & {n for _s, _e, n in p_runs}
    if len(shared) < 2:
        return []
    c_names = [r for r in c_runs if r[2] in shared]
    p_names = [r for r in p_runs if r[2] in shared]
    for kind in OWNED_KINDS:
        mine = claim_facts.of(kind)
        theirs = passage_facts.of(kind)
        if len(mine) < 2 or len(theirs) < 2:
            continue
        for i, c1 in enumerate(mine):
            for c2 in mine[i + 1:]:
                if same_value(c1, c2) or (c1.unit and c2.unit and c1.unit != c2.unit):
                    continue
                p1 = [p for p in theirs if same_value(c1, p)]
                p2 = [p for p in theirs if same_value(c2, p)]
                if len(p1) != 1 or len(p2) != 1 or p1[0] is p2[0]:
                    continue
                a1 = _owner(claim_text, c1, mine, c_names, clause=True)
                a2 = _owner(claim_text, c2, mine, c_names, clause=True)
                b1, b2 = (
                    _owner(passage_text, p, theirs, p_names, clause=True)
                    or _owner(passage_text, p, theirs, p_names, clause=False)
                    for p in (p1[0], p2[0])
                )
                if a1 and a2 and a1 != a2 and (b1, b2) == (a2, a1):
                    return [Difference(kind, c1.display(), c2.display())]
    return []


# Kinds of value a deed is dated by.
DATED_KINDS = ("date", "weekday", "time")
_TOKENS = re.compile(r"[A-Za-z][\w’'-]*|\d[\d,.:%]*")


def _deed_before(text: str, f: Fact) -> str | None:
    """The verb nearest before ``f`` in its sentence, within ``DEED_REACH`` words, past
    prepositions, values and what they count, names and other words ("Shares fell 60% on
    Friday": "fell"; "sold Omnix to Kray in 2001": "sold"; "won the title in 2022": "won")."""
    lo = max(text.rfind(".", 0, f.start), text.rfind(";", 0, f.start)) + 1
    stretch = text[lo:f.start]
    for m in reversed(list(_TOKENS.finditer(stretch))):
        w = m.group(0)
        low = w.lower()
        if w[:1].isdigit() or low in STOPWORDS or len(low) < 3 or w[:1].isupper():
            continue  # a value, a word of grammar, or a name the deed is done to ("sold
            # Omnix to Kray in 2001")
        between = stretch[m.end():]
        if _DATEISH.search(between) or len(_TOKENS.findall(between)) > DEED_REACH:
            return None  # a list of dates, or a deed too far to date
        # a deed is a verb in the past or a participle ("fell", "halted"), not a noun
        # ("titles", "years"), which may be what the deed is done to or a word of its result
        # ("won the title in 2022", "finished second in 2022")
        if lexicon.is_inflected_verb(low) and not low.endswith("s"):
            return low
    return None


# Words between a deed and the value that dates it ("fell 60% on Friday").
DEED_REACH = 4
_DATEISH = re.compile(
    rf"\b(?:{YEAR_RE}|{'|'.join(WEEKDAYS)}|{'|'.join(m.lower() for m in MONTH_NAMES[1:])})\b",
    re.I,
)


def deed_moved(
    claim_text: str, claim_facts: FactSet, passage_text: str, passage_facts: FactSet
) -> list[Difference]:
    """A date, weekday or time the claim gives to the deed the passage dates otherwise: "Shares
    fell 60% on Friday" against "Shares fell 60% on Thursday before trading was halted on
    Friday"."""
    out = []
    for c in claim_facts.of(*DATED_KINDS):
        mine = _deed_before(claim_text, c)
        if mine is None:
            continue
        found = [p for p in passage_facts.of(c.kind) if same_value(c, p)]
        if len(found) != 1:
            continue
        own = _deed_before(passage_text, found[0])
        if own is None or synonyms(mine) & {stem(own)}:
            continue
        for q in passage_facts.of(c.kind):
            if same_value(c, q) or same_value(q, c):
                continue
            theirs = _deed_before(passage_text, q)
            if (
                theirs is not None and synonyms(mine) & {stem(theirs)}
                and own not in claim_text.lower()
            ):
                out.append(Difference(c.kind, c.display(), q.display()))
                break
    return out
