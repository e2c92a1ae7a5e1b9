"""Values given in the order of a list of names: "Zelora and Marvix were added to the list in
March 2022 and August 2022, respectively" gives March 2022 to Zelora and August 2022 to Marvix.
A claim that gives a name the value the list gives another ("Zelora was added in August 2022")
moves the value to another role, however many of its words and values the passage has.
"""

from __future__ import annotations

import re

from factbase.analysis.facts.model import Difference, Fact, FactSet
from factbase.analysis.facts.values import VALUE_KINDS, same_value
from factbase.analysis.sentences import sentence_at

_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_CLAUSE_END = re.compile(r";\s")
# Between two values of one list: a comma, "and" or both ("March 2022 and August 2022").
_VALUE_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)\s*")
# ... or, between two values in one unit, the first's unit in words and its conversion in
# brackets, and a word or two before the second: "150 million euros (£130 million) and a
# reported 90 million euros".
_MEASURED_GAP = re.compile(
    r"\s*(?:[^\W\d_]+\s*){1,2}(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)"
    r"(?:[a-z]+\s+){0,2}"
)
# Between two names of one list: a comma or "and", then at most three words of description
# ("Zelora and its sister drug Marvix").
_NAME_JOIN = re.compile(
    r"[®™’'s]*(?:\s*\([^()]{1,60}\))?\s*(?:,\s*(?:and\s+)?|and\s+)(?:[\w’'-]+\s+){0,3}"
)
# What a name is, between commas right after it: ", head of the Omnix foundation" (the closing
# comma left).
_APPOSED = re.compile(
    r"(?<=[\w’'.]),\s+(?!(?:and|or|who|which)\b)(?:the\s+|a\s+|an\s+)?[a-z][^,;()]{0,60}?(?=,)"
)
# A name's team, party or country in brackets after it ("Una Lee (Acme)"): no name of the list.
_BRACKETED = re.compile(r"\([^()]{1,60}\)")
# A name's own value in brackets right after it: "Ostia (12 May)".
_OWN_BRACKET = re.compile(r"[’'s]*\s*\(([^()]{1,40})\)")
# What ends the clause a claim's name gives its value in (not a comma: "Brask was fifth,
# 12:49 behind"; the next name of the list ends a name's reach anyway).
_CLAUSE_BREAK = re.compile(r"[;:()]|\b(?:while|whilst|but|whereas|although|though|after|before)\b")
_OPENING_NAME = re.compile(r"\s*([A-Z][\w’'-]*)")
# A name's value given after a colon, as a label gives it: "Omnix-2 cost: $412 million".
_LABELLED = re.compile(r"(?:\s+[a-z]+){0,3}:\s*")
# Between two words of one name: spaces, a mark ("Zelora®"), a possessive ("Acme Pharma's").
_WITHIN_NAME = re.compile(r"[\s®™]*")
# Between a value and the name it is of, when the value comes first: "76 against Norvia",
# "12 goals for Kestria".
_VALUE_FOR_NAME = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:against|for|over|versus|vs\.?)\s+(?:the\s+)?", re.I
)
# How far after a name of the list a claim's value may stand to be that name's, in characters.
NAME_REACH = 80
# The fewest letters of the last words of a listed name that may stand for it in a claim ("Lee"
# for "Una Lee"; not "Al").
SURNAME_LETTERS = 3


def _without(text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> str:
    """``text[lo:hi]`` without the ``spans`` inside it."""
    out, at = [], lo
    for a, b in sorted(spans):
        if lo <= a and b <= hi and a >= at:
            out.append(text[at:a])
            at = b
    out.append(text[at:hi])
    return "".join(out)


def _in_one_list(text: str, a: Fact, b: Fact) -> bool:
    """Are the values ``a`` then ``b`` of one kind next to each other in one list?"""
    if a.kind != b.kind:
        return False
    gap = text[a.end:b.start]
    return _VALUE_GAP.fullmatch(gap) is not None or (
        a.kind == "number" and a.unit is not None and a.unit == b.unit
        and _MEASURED_GAP.fullmatch(gap) is not None
    )


def _name_groups(facts: list[Fact], text: str) -> list[tuple[int, int, str]]:
    """Adjacent name facts joined into names: (start, end, lower-case words)."""
    groups: list[tuple[int, int, str]] = []
    for f in facts:
        if groups and _WITHIN_NAME.fullmatch(text[groups[-1][1]:f.start]):
            start, _end, words = groups[-1]
            groups[-1] = (start, f.end, f"{words} {f.text.lower()}")
        else:
            groups.append((f.start, f.end, f.text.lower()))
    return groups


def _labels_as_names(text: str, facts: FactSet) -> FactSet:
    """``facts`` with each number that names ("Omnix-2", "Flight 302": a label and its number)
    read as the name it is part of, label and number together."""
    out = []
    for f in facts:
        label = (f.unit or "")[1:] if f.kind == "number" and (f.unit or "").startswith("#") else ""
        m = _LABEL_BEFORE.search(text, 0, f.start) if label else None
        if m is None or m.group(1).lower() != label:
            out.append(f)
            continue
        out.append(Fact("name", text[m.start():f.end].lower(), text[m.start():f.end],
                        m.start(), f.end))  # fmt: skip
    return FactSet([g for g in out if not (g.kind == "name" and _inside_label(g, out))])


# The label right before a number that names: "Omnix-" of "Omnix-2", "Flight " of "Flight 302".
_LABEL_BEFORE = re.compile(r"([A-Za-z][\w’']*)[-\s]$")


def _inside_label(f: Fact, facts: list[Fact]) -> bool:
    """Is the name fact ``f`` a part of a longer name of ``facts`` (its label)?"""
    return any(
        g is not f and g.kind == "name" and g.start <= f.start and f.end <= g.end
        and (g.end - g.start) > (f.end - f.start) for g in facts
    )


def respective_pairs(text: str, facts: FactSet) -> list[tuple[str, Fact]]:
    """The (name, value) pairs a "respectively" sentence of ``text`` gives, in order."""
    for m in _RESPECTIVELY.finditer(text):
        # the sentence (sentence_spans knows "Rs. 412" goes on) or the clause after a
        # semicolon
        lo = sentence_at(text, m.start()).start
        for end in _CLAUSE_END.finditer(text, lo, m.start()):
            lo = end.end()
        # (a value's conversion in brackets is no item of the list: "150 million euros (£130
        # million) and 90 million euros")
        brackets = [(b.start(), b.end()) for b in _BRACKETED.finditer(text, lo, m.start())]
        values = [
            f for f in facts.of(*VALUE_KINDS) if lo <= f.start and f.end <= m.start()
            and not any(a < f.start < b for a, b in brackets)
        ]
        run: list[Fact] = []
        for f in reversed(values):
            if run and not _in_one_list(text, f, run[0]):
                break
            run.insert(0, f)
        if len(run) < 2:
            continue
        bracketed = [(a, b) for a, b in brackets if b <= run[0].start]
        # what a name is, set off by commas ("Ada Lenz, head of the Omnix foundation, and ..."):
        # its names are no names of the list
        apposed = [(b.start(), b.end()) for b in _APPOSED.finditer(text, lo, run[0].start)]
        bracketed += apposed
        names = _name_groups(
            [f for f in facts.of("name") if lo <= f.start and f.end <= run[0].start
             and not any(a <= f.start < b for a, b in bracketed)],
            text,
        )
        # The last list of names before the values ("A, B and C"), as long as theirs.
        listed: list[tuple[int, int, str]] = []
        for group in reversed(names):
            if listed and not _NAME_JOIN.fullmatch(
                _without(text, group[1], listed[0][0], apposed)
            ):
                if len(listed) >= len(run):
                    break
                listed = []
            listed.insert(0, group)
        if len(listed) == len(run) - 1:
            # A list may open the sentence, where its first name is no name fact ("Labour, the
            # Conservatives and the Liberal Democrats won 412, 121 and 72 seats").
            first = _OPENING_NAME.match(text, lo, listed[0][0])
            if first is not None and _NAME_JOIN.fullmatch(text, first.end(1), listed[0][0]):
                listed.insert(0, (first.start(1), first.end(1), first.group(1).lower()))
        if len(listed) < len(run):
            continue
        listed = listed[-len(run):]
        if "and" not in text[listed[-2][1]:listed[-1][0]].split():
            continue  # the last two names of a list are joined by "and"
        return [(name, value) for (_s, _e, name), value in zip(listed, run, strict=True)]
    return []


def _in_order(text: str, facts: FactSet) -> list[tuple[str, Fact]]:
    """The (name, value) pairs of ``text``'s "respectively" sentence, or of its first list of
    names then values read as one."""
    return (
        respective_pairs(text, facts)
        or respective_pairs(_as_respectively(text, facts), facts)
        or _bracketed_pairs(text, facts)
    )


def _bracketed_pairs(text: str, facts: FactSet) -> list[tuple[str, Fact]]:
    """The (name, value) pairs of names each followed by its one value in brackets ("Ostia (12
    May), Varna (3 June) and Lund (9 July)"), when there are two or more."""
    values = facts.of(*VALUE_KINDS)
    out = []
    for _start, end, name in _name_groups(facts.of("name"), text):
        m = _OWN_BRACKET.match(text, end)
        if m is None:
            continue
        inside = [f for f in values if m.start(1) <= f.start and f.end <= m.end(1)]
        if len(inside) == 1 and not text[m.start(1):m.end(1)].replace(
            text[inside[0].start:inside[0].end], ""
        ).strip(" ,"):
            out.append((name, inside[0]))
    return out if len(out) >= 2 and len({v.kind for _, v in out}) == 1 else []


def _as_respectively(text: str, facts: FactSet) -> str:
    """``text`` with "respectively" after its first list of two or more values of one kind
    ("Una and Bo finished in 100th and 126th place"): a list of names then a list of values as
    long is read in order. Offsets before the word are kept."""
    values = sorted(facts.of(*VALUE_KINDS), key=lambda f: f.start)
    for i in range(len(values) - 1):
        run = [values[i]]
        for f in values[i + 1:]:
            if not _in_one_list(text, run[-1], f):
                break
            run.append(f)
        if len(run) >= 2:
            stop = _CLAUSE_BREAK.search(text, run[-1].end)
            at = stop.start() if stop else len(text.rstrip(" .!?"))
            return f"{text[:at]} respectively {text[at:]}"
    return text


def _claim_pairs(text: str, facts: FactSet, names: list[str], kind: str) -> dict[str, Fact]:
    """The value of ``kind`` the claim gives each listed name: its own "respectively" list, or
    the first value after the name, before any other listed name, within ``NAME_REACH``."""
    own = _in_order(text, facts)
    if own:
        return {name: value for name, value in own if value.kind == kind}
    low = text.lower()
    places = {}
    for name in names:
        # the name, or its last words: "Norvian Una Vela" is the claim's "Vela"
        words = name.split()
        for k in range(len(words)):
            tail = " ".join(words[k:])
            m = re.search(rf"\b{re.escape(tail)}\b", low) if len(tail) >= SURNAME_LETTERS else None
            if m is not None:
                places[name] = m
                break
    out: dict[str, Fact] = {}
    values = facts.of(kind)
    # "76 against Norvia and 64 against Kestria": a value right before a word that relates it
    # to the name is the name's
    for name, m in places.items():
        before = next(
            (f for f in values if f.end <= m.start()
             and _VALUE_FOR_NAME.fullmatch(text, f.end, m.start())),
            None,
        )
        if before is not None:
            out[name] = before
    taken = {id(f) for f in out.values()}
    for name, m in places.items():
        if name in out:
            continue
        following = [
            q.start() for other, q in places.items() if other != name and q.start() > m.end()
        ]
        stop = min([m.end() + NAME_REACH, *following])
        found = next(
            (f for f in values if m.end() <= f.start < stop and id(f) not in taken), None
        )
        if found is not None and (
            not _CLAUSE_BREAK.search(text, m.end(), found.start)
            or _LABELLED.fullmatch(text, m.end(), found.start)
        ):
            out[name] = found
    return out


def respectively_moved(
    claim_text: str, claim_facts: FactSet, passage_text: str, passage_facts: FactSet
) -> tuple[list[Difference], set[tuple[str, str]]]:
    """What the passage's "respectively" list says of the claim's values: the differences of a
    value it gives one name that the claim gives another (the claim's value against the one the
    list gives the claim's name), and the values it confirms, as (kind, value shown), which no
    other reading of the passage's roles may then call moved."""
    passage_facts = _labels_as_names(passage_text, passage_facts)
    pairs = _in_order(passage_text, passage_facts)
    if not pairs:
        return [], set()
    claim_facts = _labels_as_names(claim_text, claim_facts)
    theirs = dict(pairs)
    mine = _claim_pairs(claim_text, claim_facts, list(theirs), pairs[0][1].kind)
    out = []
    confirmed = set()
    for name, value in mine.items():
        given = theirs.get(name)
        if given is None:
            continue  # a name of the claim's own list that the passage's list does not have
        if same_value(value, given):
            confirmed.add((value.kind, value.display()))
        elif any(same_value(value, other) for n, other in pairs if n != name):
            out.append(Difference(value.kind, value.display(), given.display()))
    return out, confirmed


# Two names set beside two others in apposition, each to each: "Kelso and Harlow, the
# spokespersons for Omnix and Vantor" pairs Kelso with Omnix and Harlow with Vantor.
_NAME_RUN = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_APPOSED_PAIRS = re.compile(
    rf"(?P<a>{_NAME_RUN})\s+and\s+(?P<b>{_NAME_RUN}),\s+(?:the|their|its)\s+(?:[a-z-]+\s+){{1,3}}?"
    rf"(?:for|of|at|from)\s+(?:the\s+)?(?P<c>{_NAME_RUN})\s+and\s+(?:the\s+)?(?P<d>{_NAME_RUN})"
    r"(?!\s*,?\s*respectively)"
)
# What parts one clause of a claim from the next.
_CLAUSE_PARTS = re.compile(r"[,;:]|\s(?:and|while|whilst|whereas|but)\s")


def _last(name: str) -> str:
    """The last word of a name, as written, without a possessive."""
    return re.sub(r"['’]s$", "", name.split()[-1])


def apposed_pairs_swapped(claim_text: str, passage_text: str) -> list[Difference]:
    """Two names the passage pairs each to each with two others in apposition ("Kelso and
    Harlow, the spokespersons for Omnix and Vantor") that a clause of the claim pairs the other
    way ("Harlow spoke for Omnix")."""
    if " and " not in passage_text:
        return []
    out = []
    for m in _APPOSED_PAIRS.finditer(passage_text):
        a, b, c, d = (_last(m.group(k)) for k in "abcd")
        if len({a, b, c, d}) < 4:
            continue
        partner = {a: c, b: d, c: a, d: b}
        for clause in _CLAUSE_PARTS.split(claim_text):
            names = {_last(n) for n in re.findall(_NAME_RUN, clause)} & partner.keys()
            people = names & {a, b}
            groups = names & {c, d}
            if len(people) == 1 and len(groups) == 1:
                (x,), (y,) = people, groups
                if partner[x] != y:
                    out.append(Difference("name", f"{x} with {y}", f"{x} with {partner[x]}"))
    return out[:1]
